# An uncaught NameError for a misspelled local variable suggests the local.
def total(values):
    running_sum = 0
    for v in values:
        running_sum += v
    return runing_sum

print("start")
total([1, 2, 3])
