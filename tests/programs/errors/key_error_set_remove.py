# set.remove of a missing element.
{1, 2}.remove(3)
