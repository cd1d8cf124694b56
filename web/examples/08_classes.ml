# Classes
class Animal:
    def __init__(self, name, sound):
        self.name = name
        self.sound = sound

    def speak(self):
        return self.name + " says " + self.sound


class Dog(Animal):
    def __init__(self, name):
        super().__init__(name, "woof")

    def speak(self):
        return super().speak() + "!"


for pet in [Animal("Cat", "meow"), Dog("Rex")]:
    print(pet.speak(), isinstance(pet, Dog))
