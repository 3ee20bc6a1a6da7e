# TypeError for int() of None.
int(None)
