# break outside loop.
print("x")
break
