# Built-in exception hierarchy relationships.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, BaseException), (GeneratorExit, Exception), (IndentationError, SyntaxError),
    (TabError, IndentationError), (UnboundLocalError, NameError), (BlockingIOError, OSError),
    (Exception, BaseException), (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception),
    (IOError, OSError), (EnvironmentError, OSError), (AssertionError, Exception), (ValueError, TypeError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(IOError is OSError)
print([c.__name__ for c in KeyError.__mro__])
