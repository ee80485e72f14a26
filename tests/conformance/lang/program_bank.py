# small class-heavy program: accounts with inheritance, properties, custom exceptions and a ledger
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(account.owner, amount)
        self.account = account
        self.amount = amount
    def __str__(self):
        return self.account.owner + " cannot withdraw " + str(self.amount)
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.owner) + ", " + str(self._balance) + ")"
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        return self.deposit(round(self._balance * self.rate, 2))
class Overdraft(Account):
    limit = 100
    def withdraw(self, amount):
        if amount > self._balance + self.limit:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self
accounts = [Account("ann", 50), Savings("bob", 200), Overdraft("cy")]
accounts[0].deposit(25).withdraw(10)
accounts[1].add_interest().withdraw(5)
accounts[2].withdraw(80)
for acct in accounts:
    try:
        acct.withdraw(120)
    except InsufficientFunds as e:
        print("error:", e, e.args)
print(accounts, [a.id for a in accounts])
print(sorted(accounts, key=lambda a: a.balance), sum(a.balance for a in accounts))
print([a.history for a in accounts])
try:
    accounts[0].deposit(-1)
except ValueError as e:
    print(type(e).__name__, e)
