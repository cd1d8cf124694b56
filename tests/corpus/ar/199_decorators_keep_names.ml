# Decorators on nested functions (@wraps inside a decorator), names kept by
# functools.wraps, and fn as an ordinary name (English also spells def fn).
استيراد functools


دالة logged(fn):
    @functools.wraps(fn)
    دالة inner(*args, **kwargs):
        اطبع("calling", fn.__name__, "with", args, kwargs)
        إرجاع fn(*args, **kwargs)
    إرجاع inner


دالة repeat(times):
    دالة decorate(fn):
        @functools.wraps(fn)
        دالة again(*args):
            إرجاع [fn(*args) لكل _ في مدى(times)]
        إرجاع again
    إرجاع decorate


@logged
دالة area(width, height=1):
    إرجاع width * height


@repeat(3)
دالة shout(word):
    إرجاع word.upper() + "!"


اطبع(area(3, height=4), area(5))
اطبع(area.__name__, area.__qualname__, shout.__name__)
اطبع(shout("hey"))


دالة apply(fn, value):
    إرجاع fn(value)


fn = لامدا x: x * 10
اطبع(apply(fn, 4), [fn(i) لكل i في مدى(3)])


دالة outer():
    دالة helper():
        مرر
    إرجاع helper


h = outer()
اطبع(h.__name__, h.__qualname__, apply.__name__, (لامدا: 0).__qualname__)
حاول:
    h(1)
استثناء TypeError كـ e:
    اطبع("TypeError:", e)
