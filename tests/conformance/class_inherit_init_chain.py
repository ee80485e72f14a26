class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} the {self.breed} barks"
class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"
for a in [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]:
    print(a.speak(), isinstance(a, Animal), type(a).__name__)
