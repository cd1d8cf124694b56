# Class-based programs: a binary search tree (20,000 inserts), matrices with __mul__, an abstract base, accounts.
class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        self.size += 1
        if self.root is None:
            self.root = Node(key)
            return
        cur = self.root
        while True:
            if key < cur.key:
                if cur.left is None:
                    cur.left = Node(key)
                    return
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = Node(key)
                    return
                cur = cur.right

    def inorder(self, node, out):
        if node is not None:
            self.inorder(node.left, out)
            out.append(node.key)
            self.inorder(node.right, out)
        return out

    def height(self, node):
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def __len__(self):
        return self.size

    def __contains__(self, key):
        cur = self.root
        while cur is not None:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

t = BST()
x = 12345
for i in range(20000):
    x = (x * 1103515245 + 12345) % 2147483648
    t.insert(x % 100000)
keys = t.inorder(t.root, [])
print(len(t), len(keys), keys[:5], keys[-3:], t.height(t.root) < 60, 500 in t, keys[100] in t)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)

    def __mul__(self, other):
        n = self.n
        return Matrix([[sum([self.rows[i][k] * other.rows[k][j] for k in range(n)]) for j in range(n)] for i in range(n)])

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

m = Matrix([[1, 1], [1, 0]])
p = m
for _ in range(30):
    p = p * m
print(p, p == p * Matrix([[1, 0], [0, 1]]))

class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

shapes = [Circle(1), Sq(2), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(sum([s.area() for s in shapes]) > 7)

class Account:
    interest = 0.02
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("negative balance")
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"

accts = {}
for name in ["ann", "bob", "cid"]:
    accts[name] = Account(name, 10)
accts["ann"].deposit(5).deposit(7.5)
for k, v in accts.items():
    print(k, str(v), len(v.history))
try:
    Account("zed", -1)
except ValueError as e:
    print("error:", e)
print(max(accts.values(), key=lambda a: a.balance).owner)
