def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            break
        i += 1
    else:
        return -1
    return i
print(find([4, 5, 6], 5), find([4, 5, 6], 9))
