import string
from string import Template, capwords


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# ---------------------------------------------------------------- constants
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable), len(string.printable))

# ---------------------------------------------------------------- capwords
print(capwords(" aBc  dEf "), capwords("hello world"), repr(capwords("")), capwords("a-b-c", "-"), capwords("x  y", " "))
print(capwords("ÉCOLE élève"), capwords("one\ttwo\nthree"))

# ---------------------------------------------------------------- Template
t = Template("$who likes $what")
print(t.template, t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"), t.safe_substitute(who="tim"))
print(Template("$$ is a dollar, $$$x is ${x}s").substitute(x=5), Template("${a}b ${ab}").substitute(a=1, ab=2))
print(Template("$a$b$c").substitute(a=1, b=[2], c=None), Template("no placeholders").substitute())
print(Template("$_x_1 $X").substitute(_x_1="u", X="up"), Template("$a.b $a-b $a_b").safe_substitute(a="A"))
print(Template("$a ${b} $$ $c $ x").safe_substitute(a=1), Template("${a $b}").safe_substitute(b=2))
print(Template("trailing $").safe_substitute(), Template("$1 $é").safe_substitute(), Template("${}").safe_substitute())
print(Template("$x and $x again").get_identifiers(), Template("$$ ${y} $z $").get_identifiers())
print(Template("$ok").is_valid(), Template("bad $").is_valid(), Template("${bad").is_valid(), Template("$$").is_valid())
print(Template.delimiter, t.delimiter)
show("missing", lambda: Template("$who $what").substitute(who=1))
show("missing braced", lambda: Template("${who}").substitute())
show("invalid end", lambda: Template("cost: $").substitute())
show("invalid space", lambda: Template("a $ b").substitute())
show("invalid line", lambda: Template("line one\nline two $1\n").substitute())
show("invalid brace", lambda: Template("x\ny\n  ${a b}").substitute(a=1))
show("invalid first", lambda: Template("$").substitute())
show("invalid crlf", lambda: Template("a\r\nb\r\n$!").substitute())


class Percent(Template):
    delimiter = "%"


p = Percent("%name is %% %{age} years, $not")
print(p.substitute(name="Bob", age=7), p.safe_substitute(), p.get_identifiers(), p.is_valid())
show("percent missing", lambda: p.substitute(name="x"))


class Hash(Template):
    delimiter = "##"


h = Hash("## ##x ####y ##{z}")
print(h.safe_substitute(x=1, z=3), h.get_identifiers())
show("hash invalid", lambda: h.substitute(x=1, z=3))


class Lookup:
    def __getitem__(self, key):
        if key == "known":
            return "yes"
        raise KeyError(key)


print(Template("$known ${unknown}").safe_substitute(Lookup()))
show("lookup", lambda: Template("$known $unknown").substitute(Lookup()))
