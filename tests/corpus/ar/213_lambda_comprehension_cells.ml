# A lambda in a comprehension closes over the comprehension's variables:
# cells made afresh each time the comprehension runs, read late.
fs = [لامدا: x * 2 لكل x في مدى(3)]
اطبع([f() لكل f في fs])
gs = [(لامدا y: x + y) لكل x في مدى(3)]
اطبع([g(10) لكل g في gs])
hs = [لامدا k=x: k لكل x في "abc"]
اطبع([h() لكل h في hs])
pairs = [لامدا: (a, b) لكل a في مدى(2) لكل b في ("up", "down")]
اطبع([p() لكل p في pairs])
nested = [[لامدا: (i, j) لكل j في مدى(2)] لكل i في مدى(2)]
اطبع([[f() لكل f في row] لكل row في nested])
table = {name: (لامدا n=name: n.upper()) لكل name في ["ab", "cd"]}
اطبع({k: v() لكل k, v في table.items()})
x = "global x"
only = [لامدا: x لكل _ في مدى(2)]
اطبع([f() لكل f في only])


دالة in_function(n):
    total = 10
    adders = [لامدا v: v + i + total لكل i في مدى(n)]
    first = [f(0) لكل f في adders]
    later = [لامدا: i لكل i في مدى(n, n + 2)]
    إرجاع first, [f() لكل f في later], [f(0) لكل f في adders]


اطبع(in_function(3))


دالة evaluated_twice():
    out = []
    مدى(2) ضمن لكل k:
        out.append([لامدا: x + k لكل x في مدى(k + 2)])
    إرجاع [[f() لكل f في row] لكل row في out]


اطبع(evaluated_twice())


دالة gen():
    مدى(2) ضمن لكل k:
        fs = [لامدا: x * k لكل x في مدى(3)]
        أنتج [f() لكل f في fs]


اطبع(قائمة(gen()))


صنف Box:
    دالة makers(self, n):
        إرجاع [لامدا: (self.tag, i) لكل i في مدى(n)]

    tag = "box"


اطبع([f() لكل f في Box().makers(2)])
اطبع(مرتب(مدى(5), key=لامدا v: [v % w لكل w في (2, 3)]))
