src = "(" * 50 + "1" + ")" * 50
print(eval_like := len(src))
x = ((((((((((1))))))))))
print(x + -(-(-(-1))))
