class AppError(Exception):
    pass
def run():
    raise AppError("application failed: code 7")
run()
