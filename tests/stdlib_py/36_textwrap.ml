import textwrap

text = ("The quick brown fox jumps over the lazy dog. Hello there -- you goof-ball, "
        "use the -b option!  Supercalifragilisticexpialidocious is a long word.\tTabs\tand\nnewlines too.")
for width in (10, 20, 35, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 25, break_on_hyphens=False, break_long_words=False))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.fill("This is it. And so on. e.g. fine? Yes!", 12, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing  ", 8, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc", 20, expand_tabs=False), textwrap.wrap("a\tb", 20, tabsize=4))
print(repr(textwrap.shorten("Hello  world!", width=12)), repr(textwrap.shorten("Hello  world!", width=11)))
print(repr(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder=" ...")))
doc = """
    def f():
        return 1

      odd
    """
print(repr(textwrap.dedent(doc)))
print(repr(textwrap.dedent("\tone\n\t  two\n")), repr(textwrap.dedent("  a\n\tb\n")))
print(textwrap.indent("one\n\ntwo\n  \nthree", "> "))
print(textwrap.indent("one\ntwo", "+ ", lambda line: "w" in line))
w = textwrap.TextWrapper(width=15, initial_indent="- ")
print(w.wrap("alpha beta gamma delta epsilon zeta eta theta"))
w.width = 25
print(w.fill("alpha beta gamma delta epsilon zeta eta theta"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.wrap("abcdefghijklmnop", 5))
for bad in (lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("x y", 3, max_lines=1, placeholder=" [...]")):
    try:
        bad()
    except ValueError as e:
        print(e)
