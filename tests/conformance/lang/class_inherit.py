# single inheritance: method override, attribute lookup through bases, issubclass, __bases__
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + Animal.kind(self)
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
p = Puppy("Rex", 1)
print(p.speak(), p.kind(), p.age)
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(Animal("x"), Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Dog, object))
print(issubclass(Dog, (int, Animal)), isinstance(p, (str, Dog)))
print(Puppy.__bases__ == (Dog,), Animal.__bases__ == (object,), Puppy.__base__ is Dog)
print([c.__name__ for c in Puppy.__mro__], [c.__name__ for c in Puppy.mro()])
Animal.sound = "generic"
print(Animal("a").speak(), Dog("d").speak())
class Override(Dog):
    speak = None
try:
    Override("o").speak()
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(p, Dog)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(p).__mro__[1].__name__, Dog.__subclasses__()[0].__name__)
