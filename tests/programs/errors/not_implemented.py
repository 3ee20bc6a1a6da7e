# NotImplementedError from an abstract-style method.
class Base:
    def run(self):
        raise NotImplementedError("subclass must implement run")
Base().run()
