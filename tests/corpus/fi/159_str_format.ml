tulosta("{} is {}".format("a", 1))
tulosta("{0}{1}{0}".format(1, 2))
tulosta("{name}! {n:>4}|".format(name="x", n=7))
tulosta("{:.2f} {:,} {:08.3f}".format(3.14159, 1234567, -2.5))
tulosta("{{literal}} {}".format([1, 2]))
tulosta("{0[1]} {0[0]} {d[k]}".format(["a", "b"], d={"k": "v"}))
tulosta("{!r} {!s}".format("q", "q"))
tulosta("{:{width}}|{:>{width}}|".format("ab", "cd", width=5))
luokka P:
    maarittele __init__(self):
        self.x = 3
tulosta("{p.x} {0.x}".format(P(), p=P()))
greeting = "Hello, {}! You are {} years old."
tulosta(greeting.format("Ana", 30))
tulosta("{:^9}".format("mid"), "{:x}".format(255), "{:%}".format(0.25))
jokaiselle bad sisalla ["{} {}", "{0} {}", "{", "}", "{a}", "{:d}"]:
    yrita:
        tulosta(bad.format(1.5))
    paitsi (IndexError, ValueError, KeyError) nimella e:
        tulosta(tyyppi(e).__name__, e)
