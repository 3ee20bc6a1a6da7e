# Cannot assign to a literal.
1 = x
