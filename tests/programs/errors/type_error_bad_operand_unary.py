# TypeError: bad operand type for unary -: 'str'.
-"x"
