# try/except/else/finally: control flow order, finally with return/break/continue, re-raise
def run(exc):
    log = []
    try:
        log.append("try")
        if exc:
            raise exc
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except tuple " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(None))
print(run(ValueError("v")))
print(run(IndexError()))
try:
    run(TypeError("not caught"))
except TypeError as e:
    print("outer caught", e)
def ret_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 1:
                raise ValueError
        finally:
            print("finally", i)
            if i == 1:
                break
    return "swallowed"
print(swallow())
try:
    try:
        raise KeyError("inner")
    except KeyError:
        print("handling, then re-raise")
        raise
except KeyError as e:
    print("re-raised", repr(e))
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
