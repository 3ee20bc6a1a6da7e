# Exception propagating through several frames.
def a(): return b()
def b(): return c()
def c(): return {}["deep"]
a()
