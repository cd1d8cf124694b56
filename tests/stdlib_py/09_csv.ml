# csv: reading and writing, the dialects and format parameters, DictReader
# and DictWriter, errors (run in an empty folder of its own).
import csv
import io


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


rows = [["name", "note", "n"], ["ana", "says \"hi\"", 3], ["bo, jr", "two\nlines", 4.5],
        ["", None, True], [" lead", "tab\there", -1]]
with open("out.csv", "w", newline="") as f:
    w = csv.writer(f)
    for r in rows:
        print(w.writerow(r))
    w.writerows([["x"], [""], []])
print(repr(open("out.csv", newline="").read()))
with open("out.csv", newline="") as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)

lines = ['a,b,c', '"q,1",x', '"multi', 'line",y', '', 'end,"with ""quotes"""', ' sp, ace']
print(list(csv.reader(lines)))
print(list(csv.reader(lines, skipinitialspace=True)))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(["1,2.5,\"x\""], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b'])))
print(list(csv.reader(['"a"b,c'])))
print(list(csv.reader(["a\tb"], dialect="excel-tab")))
show("strict", lambda: list(csv.reader(['"a"b,c'], strict=True)))
show("strict end", lambda: list(csv.reader(['"a'], strict=True)))
show("bad line", lambda: list(csv.reader(["a\rb"])))
show("delimiter", lambda: csv.reader([], delimiter="::"))
show("dialect", lambda: csv.reader([], dialect="nope"))
show("keyword", lambda: csv.reader([], delimitr=","))

for quoting in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]:
    with open("q.csv", "w", newline="") as f:
        csv.writer(f, quoting=quoting).writerow(["a", 1, 2.5, None, "b c", ""])
    print(quoting, repr(open("q.csv", newline="").read()))
with open("q.csv", "w", newline="") as f:
    w = csv.writer(f, quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writerow(["a,b", 'q"'])
    show("no escapechar", lambda: csv.writer(f, quoting=csv.QUOTE_NONE).writerow(["a,b"]))
    show("not iterable", lambda: w.writerow(3))
with open("q.csv", "w", newline="") as f:
    csv.writer(f, dialect="unix").writerow(["u", 1])
    csv.writer(f, delimiter="|", lineterminator="\n").writerow(["p|q", "r"])
print(repr(open("q.csv", newline="").read()))

with open("people.csv", "w", newline="") as f:
    dw = csv.DictWriter(f, fieldnames=["first", "last", "age"])
    dw.writeheader()
    dw.writerow({"first": "Ada", "last": "Lovelace", "age": 36})
    dw.writerows([{"first": "Alan", "age": 41}, {"last": "Hopper"}])
    show("extra", lambda: dw.writerow({"first": "x", "middle": "y"}))
    csv.DictWriter(f, ["first"], extrasaction="ignore").writerow({"first": "z", "other": 1})
with open("people.csv", newline="") as f:
    dr = csv.DictReader(f)
    print(dr.fieldnames)
    for d in dr:
        print(dr.line_num, d)
print(list(csv.DictReader(["a,b", "1,2,3", "4"], restkey="rest", restval="?")))
print(list(csv.DictReader(["1,2", "", "3,4"], fieldnames=["x", "y"])))
print(csv.list_dialects()[:3], csv.field_size_limit(), csv.QUOTE_NONE)
csv.register_dialect("semi", delimiter=";")
print(list(csv.reader(["a;b"], "semi")))
