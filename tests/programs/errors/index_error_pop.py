# pop from empty list.
[].pop()
