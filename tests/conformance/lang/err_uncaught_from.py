# uncaught exception with an explicit cause (raise from): cause and effect last lines compared
class ConfigError(Exception):
    pass
def read_port(value):
    try:
        return int(value)
    except ValueError as exc:
        raise ConfigError("bad port: " + value) from exc
print(read_port("80"))
read_port("eighty")
print("never printed")
x = 1
