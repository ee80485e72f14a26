print("bye")
exit(0)
