# uncaught ValueError: exit status 1, stdout up to the failure kept, traceback's last line compared
def parse(text):
    return int(text)
def main():
    total = 0
    for item in ["1", "2", "three", "4"]:
        total += parse(item)
        print("running total", total)
    return total
print("starting")
main()
print("never printed")
