# An uncaught AttributeError on a user object suggests the closest attribute
# name from dir(obj) (instance attributes and methods alike).
class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n

acct = Account()
acct.deposit(5)
print(acct.balance)
acct.deposti(1)
