# TypeError instantiating an abstract class.
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
A()
