print("{} is {}".format("a", 1))
print("{0}{1}{0}".format(1, 2))
print("{name}! {n:>4}|".format(name="x", n=7))
print("{:.2f} {:,} {:08.3f}".format(3.14159, 1234567, -2.5))
print("{{literal}} {}".format([1, 2]))
print("{0[1]} {0[0]} {d[k]}".format(["a", "b"], d={"k": "v"}))
print("{!r} {!s}".format("q", "q"))
print("{:{width}}|{:>{width}}|".format("ab", "cd", width=5))
class P:
    def __init__(self):
        self.x = 3
print("{p.x} {0.x}".format(P(), p=P()))
greeting = "Hello, {}! You are {} years old."
print(greeting.format("Ana", 30))
print("{:^9}".format("mid"), "{:x}".format(255), "{:%}".format(0.25))
for bad in ["{} {}", "{0} {}", "{", "}", "{a}", "{:d}"]:
    try:
        print(bad.format(1.5))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
