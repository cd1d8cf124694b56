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

# ---------------------------------------------------------------- Formatter
from string import Formatter

fm = Formatter()
print(fm.format("{} + {} = {}", 1, 2, 3), fm.format("{0}{1}{0}", "ab", "cd"), fm.format("{x:>6}|{y:.3f}", x="hi", y=2.0 / 3))
print(fm.format("{0!r} {0!s} {0!a}", "é"), fm.format("{:{}{}}", 3.14159, ".", "2f"), fm.format("{{}} {{{0}}}", 7))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(fm.format("{0[1]} {1.x} {1.y:+d} {2[a][0]} {p.x}", [5, 6], Point(3, -4), {"a": [9]}, p=Point("px", 0)))
print(fm.vformat("{a}-{b}", (), {"a": 1, "b": 2}), fm.format(""), fm.format("plain"), fm.format("{0:{1}}", 42, "08b"))
print(list(fm.parse("a{0!r:>{1}}b{{c}}{}d}}")), list(fm.parse("")), list(fm.parse("{:}{!s}{x.y[z]}")))
print(fm.get_field("0.y", [Point(1, 2)], {}), fm.get_field("k[2]", (), {"k": "abcd"}), fm.get_value(0, ["v"], {}), fm.get_value("k", (), {"k": 1}))
print(fm.convert_field(5, None), fm.convert_field("x", "r"), fm.format_field(3.5, "08.2f"))
for f, a, k in [("{", (), {}), ("}", (), {}), ("a}b", (), {}), ("{0", (1,), {}), ("{0!", (1,), {}), ("{0!r", (1,), {}),
                ("{0!rx}", (1,), {}), ("{0:{1}", (1, 2), {}), ("{0{}", (1,), {}), ("{0!z}", (1,), {}), ("{}{0}", (1,), {}),
                ("{0}{}", (1,), {}), ("{1}", (1,), {}), ("{x}", (), {}), ("{0.}", (1,), {}), ("{0[}", ([1],), {}),
                ("{0[0]x}", ([1],), {}), ("{0:{0:{0}}}", (1,), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {})]:
    show("format %r" % f, lambda: fm.format(f, *a, **k))


class Upper(Formatter):
    def format_field(self, value, format_spec):
        return format(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return Formatter.get_value(self, key, args, kwargs)


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError("unused: " + ", ".join(sorted(unused)))


print(Upper().format("{0} {name} {missing} {1:x}", "abc", 255, name="bob"))
print(Strict().format("{a}", a=1))
show("strict", lambda: Strict().format("{a}", a=1, b=2, c=3))
