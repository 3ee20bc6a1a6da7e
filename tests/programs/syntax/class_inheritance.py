# Single inheritance, overriding, isinstance.
class Animal:
    sound = "..."
    def speak(self):
        return self.name() + " says " + self.sound
    def name(self):
        return type(self).__name__.lower()
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
for a in (Animal(), Dog(), Puppy()):
    print(a.speak())
print(isinstance(Puppy(), Animal), issubclass(Dog, Puppy))
print(Puppy.__bases__[0].__name__, [c.__name__ for c in Puppy.__mro__])
