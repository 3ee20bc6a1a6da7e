# TypeError: unsupported operand types.
1 + "a"
