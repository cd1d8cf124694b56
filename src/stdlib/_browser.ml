"""The DOM builtins of --wasm-target browser: a program's view of the page
it is embedded in, written in the language over the private C module _dom
(src/runtime/rt_dom.c), whose functions are the page host's "env" imports
(shim/dom.mjs).

A program never imports this module: naming one of its builtins (dom_get,
dom_on, set_timeout ...) compiles it in (src/api_units.c), and with
--wasm-target wasi that name is a compile-time error instead.

Elements are Element objects around the host's handles: one object per
element (the host gives the same handle for the same element), so `==` and
`is` compare identity. An element's object, and the handlers of dom_on and
of the timers, are held here (module globals: GC roots) while registered;
dom_remove and a new handler for the same event release them.

Handlers run inside the module with its full semantics; an exception one
raises is reported as an uncaught one (its traceback on stderr) by the
export the host called (__ml_dom_event), and the page goes on.
"""

import _dom


class Element:
    """A page element, by the host's handle (-1 once removed)."""

    def __init__(self, handle):
        self._handle = handle

    def __repr__(self):
        if self._handle < 0:
            return "<Element removed>"
        return "<Element " + _dom.describe(self._handle) + ">"


class Event:
    """What a dom_on handler receives: type ("click" ...), target (the
    Element it happened on), value (the target's value, for input
    events; None if it has none) and key (for keyboard events, else
    None)."""

    def __init__(self, type, target, value, key):
        self.type = type
        self.target = target
        self.value = value
        self.key = key

    def __repr__(self):
        return "<Event " + self.type + " on " + repr(self.target) + ">"


_INVALID = -2     # _dom's answer to what the page refuses (a selector, a name ...)
_elements = {}    # handle -> Element
_handlers = {}    # listener or timer id -> the function to call
_listening = {}   # handle -> the ids of its listeners
_timeouts = set() # the ids of set_timeout timers (called once)
_timers = set()   # the ids of every timer (called without an event)


def _element(handle):
    if handle < 0:
        return None
    e = _elements.get(handle)
    if e is None:
        e = Element(handle)
        _elements[handle] = e
    return e


def _handle(who, el):
    if not isinstance(el, Element):
        raise TypeError(who + "() argument 'el' must be Element, not " + type(el).__name__)
    if el._handle < 0:
        raise ValueError(who + "(): the element was removed from the page")
    return el._handle


def _text(who, name, s):
    if not isinstance(s, str):
        raise TypeError(who + "() argument '" + name + "' must be str, not " + type(s).__name__)
    return s


def _dispatch(id):
    handler = _handlers.get(id)
    if handler is None:
        return
    if id in _timers:
        if id in _timeouts:
            _forget_timer(id)
        handler()
        return
    event = Event(_dom.event_type(), _element(_dom.event_target()), _dom.event_value(), _dom.event_key())
    handler(event)


def _forget_timer(id):
    _handlers.pop(id, None)
    _timers.discard(id)
    _timeouts.discard(id)


def _refused(who, what, s):
    raise ValueError(who + "(): the page refuses the " + what + " " + repr(s))


def dom_get(id):
    """The element with this id (inside the program's root), or None."""
    return _element(_dom.get(_text("dom_get", "id", id)))


def dom_query(selector):
    """The first element matching the CSS selector, or None."""
    h = _dom.query(_text("dom_query", "selector", selector))
    if h == _INVALID:
        _refused("dom_query", "selector", selector)
    return _element(h)


def dom_query_all(selector):
    """Every element matching the CSS selector, in document order."""
    found = _dom.query_all(_text("dom_query_all", "selector", selector))
    if found is None:
        _refused("dom_query_all", "selector", selector)
    return [_element(h) for h in found]


def dom_create(tag):
    """A new element (not in the page until dom_append puts it there); not
    one that runs or embeds other code (script, iframe, object ...)."""
    h = _dom.create(_text("dom_create", "tag", tag))
    if h == _INVALID:
        _refused("dom_create", "tag name", tag)
    return _element(h)


def dom_text(el, text=None):
    """Sets the element's text (any value, as str() writes it), or returns
    it when no text is given."""
    h = _handle("dom_text", el)
    if text is None:
        return _dom.read_text(h)
    _dom.set_text(h, str(text))


def dom_html(el, html=None):
    """Sets the element's HTML (without what would run JavaScript: event
    handler attributes, javascript: URLs, scripts, frames), or returns it
    when none is given."""
    h = _handle("dom_html", el)
    if html is None:
        return _dom.read_html(h)
    _dom.set_html(h, _text("dom_html", "html", html))


def dom_value(el, value=None):
    """The value of an input (None for an element without one), or sets
    it when a value is given."""
    h = _handle("dom_value", el)
    if value is None:
        return _dom.read_value(h)
    _dom.set_value(h, str(value))


def dom_attr(el, name, value=None):
    """Sets the attribute (not an event handler's, onclick ..., nor a
    javascript: URL), or returns its value (None when the element has no
    such attribute) when no value is given."""
    h = _handle("dom_attr", el)
    name = _text("dom_attr", "name", name)
    if value is None:
        return _dom.get_attr(h, name)
    if _dom.set_attr(h, name, str(value)) == _INVALID:
        _refused("dom_attr", "attribute", name)


def dom_style(el, prop, value):
    """Sets one CSS property of the element ("color", "background-color")."""
    _dom.style(_handle("dom_style", el), _text("dom_style", "prop", prop), str(value))


def dom_class(el, cls, on=True):
    """Adds the class to the element (on=False: removes it)."""
    if _dom.set_class(_handle("dom_class", el), _text("dom_class", "cls", cls), on) == _INVALID:
        _refused("dom_class", "class name", cls)


def dom_append(parent, child):
    """Puts child at the end of parent's children (moving it if it was
    elsewhere)."""
    if _dom.append(_handle("dom_append", parent), _handle("dom_append", child)) == _INVALID:
        raise ValueError("dom_append(): the page refuses to put " + repr(child) + " inside " + repr(parent))


def dom_remove(el):
    """Takes the element out of the page and releases it, the elements
    inside it and their handlers."""
    for h in _dom.remove(_handle("dom_remove", el)):  # el's, and those of the elements inside it
        for id in _listening.pop(h, []):
            _handlers.pop(id, None)
        gone = _elements.pop(h, None)
        if gone is not None:
            gone._handle = -1


def dom_on(el, event, handler):
    """Calls handler(event) at each such event on the element; a second
    handler for the same event replaces the first."""
    h = _handle("dom_on", el)
    if not callable(handler):
        raise TypeError("dom_on() argument 'handler' must be callable, not " + type(handler).__name__)
    _dom.set_dispatcher(_dispatch)
    id = _dom.listen(h, _text("dom_on", "event", event))
    if id not in _handlers:
        _listening.setdefault(h, []).append(id)
    _handlers[id] = handler


def _timer(who, handler, ms, repeat):
    if not callable(handler):
        raise TypeError(who + "() argument 'handler' must be callable, not " + type(handler).__name__)
    if not isinstance(ms, (int, float)):
        raise TypeError(who + "() argument 'ms' must be a number, not " + type(ms).__name__)
    _dom.set_dispatcher(_dispatch)
    id = _dom.timer(ms, repeat)
    _handlers[id] = handler
    _timers.add(id)
    if not repeat:
        _timeouts.add(id)
    return id


def set_timeout(handler, ms):
    """Calls handler() once, after ms milliseconds: a handle for clear_timer."""
    return _timer("set_timeout", handler, ms, False)


def set_interval(handler, ms):
    """Calls handler() every ms milliseconds: a handle for clear_timer."""
    return _timer("set_interval", handler, ms, True)


def clear_timer(handle):
    """Cancels a timer of set_timeout or set_interval (one that has ended
    or was cancelled already: nothing happens)."""
    if handle in _timers:
        _dom.cancel(handle)
        _forget_timer(handle)
