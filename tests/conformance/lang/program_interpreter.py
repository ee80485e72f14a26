# small program: tokenizer and recursive-descent evaluator for arithmetic, with error reporting
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character " + repr(ch) + " at " + str(i))
    return tokens
class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.pos = 0
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("eof", None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.atom()
        while self.peek() in (("op", "*"), ("op", "/")):
            v = v * self.atom() if self.take()[1] == "*" else v // self.atom()
        return v
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return val
        if (kind, val) == ("op", "-"):
            return -self.atom()
        if (kind, val) == ("op", "("):
            v = self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return v
        raise SyntaxError("unexpected " + str(val))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 * (3 + 4) - -5", "100 / 7 / 2", "2 * 3 * 4 * 5 * 6 * 7 * 8 * 9 * 10 * 11 * 12 * 13 * 14 * 15 * 16 * 17 * 18 * 19 * 20 * 21",
            "1 +", "(2", "3 $ 4", "8 / (4 - 4)"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
