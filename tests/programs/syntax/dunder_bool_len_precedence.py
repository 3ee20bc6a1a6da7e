# __bool__ takes precedence over __len__.
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Both()), "yes" if Both() else "no", len(Both()))
