def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return f"{greeting}, {name}"
    return Greeter
G = make_class("Hi")
print(G().greet("Ann"))
class Outer:
    x = 5
    def m(self):
        return [self.x * i for i in range(3)]
print(Outer().m())
