# deepcopy of user objects with nested containers and shared references.
import copy
class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
shared = Node("shared")
root = Node("root", [shared, shared])
c = copy.deepcopy(root)
print(c.children[0] is c.children[1], c.children[0] is shared, c.children[0].v)
d = copy.copy(root)
print(d.children is root.children)
