// The page side of the DOM builtins (--wasm-target browser): the "env"
// imports of src/runtime/rt_dom.c. The compiler embeds this file in every
// generated host_shim.js, before shim/host_runtime.mjs (shim/shim.mk), and
// the npm host imports it.
//
// Confinement: a program sees the page only through these functions, and
// elements only as handles into the table below. Ids and selectors resolve
// inside `root` (options.root: a Document or an Element; the page's
// document by default), so two programs given two roots cannot reach each
// other's elements: nothing hands out a parent or the document, and
// nothing lets a program run JavaScript in the page (see sanitize).
//
// Strings cross as UTF-8: into the host as (ptr, len) in the module's
// memory; out of it in two steps, the length returned (-1: None) and the
// bytes kept until dom_take copies them where the runtime says.

const WHAT = ['text', 'html', 'value', 'describe']; // dom_set / dom_read (rt_dom.c)

// What would run JavaScript in the page (and so reach all of it): event
// handler attributes, javascript: URLs, and the elements that run or embed
// other code. dom_create and dom_attr refuse them (ValueError in the
// program); dom_html leaves them out of the HTML it puts in the page.
const UNSAFE_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link']);
const unsafeAttr = (name, value) =>
  /^on/i.test(name) || /^srcdoc$/i.test(name) || /^\s*(javascript|vbscript)\s*:/i.test(value.replace(/[\u0000-\u001f]/g, ''));
function sanitize(fragment) {
  for (const e of [...fragment.querySelectorAll('*')]) {
    if (UNSAFE_TAGS.has(e.localName)) {
      e.remove();
      continue;
    }
    for (const a of [...e.attributes]) if (unsafeAttr(a.name, a.value)) e.removeAttribute(a.name);
  }
  return fragment;
}
const INVALID = -2; // what the page refuses (a selector, a tag or attribute name ...): ValueError in the program

export function makeDom(getMemory, options = {}) {
  const root = options.root ?? (typeof document !== 'undefined' ? document : null);
  const doc = root ? (root.ownerDocument ?? root) : null;
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const nodes = [];           // handle -> element (undefined once released)
  const handles = new Map();  // element -> handle
  const listeners = new Map(); // id -> { node, type, fn, pair }
  const byPair = new Map();   // `${handle}:${type}` -> listener id
  const timers = new Map();   // id -> cancel()
  let nextId = 1;
  let pending = new Uint8Array(0);
  let current = null; // the event being dispatched: { type, target, value, key }
  let dispatch = null; // (id) => the module's __ml_dom_event(id), set by attach
  let inModule = () => false; // whether a call of the module is in progress (attach)
  let busy = false; // dispatching now
  let scheduled = false;
  const queue = [];

  const page = () => {
    if (!root) throw new Error('the DOM builtins need a page, and this host has none: run the module in a page (or give options.root)');
    return root;
  };
  const text = (ptr, len) => dec.decode(new Uint8Array(getMemory().buffer, ptr, len));
  const result = (s) => {
    if (s === null || s === undefined) return -1;
    pending = enc.encode(String(s));
    return pending.length;
  };
  const handleOf = (node) => {
    if (!node || node.nodeType !== 1) return -1;
    let h = handles.get(node);
    if (h === undefined) {
      h = nodes.length;
      nodes.push(node);
      handles.set(node, h);
    }
    return h;
  };
  const node = (h) => {
    const n = nodes[h];
    if (!n) throw new Error(`element handle ${h} is not in use`);
    return n;
  };
  const guarded = (f) => {
    try {
      return f();
    } catch (e) {
      if (e instanceof DOMException) return INVALID;
      throw e;
    }
  };
  const byId = (id) => {
    const r = page();
    if (r.nodeType === 9) return r.getElementById(id);
    for (const e of r.querySelectorAll('[id]')) if (e.id === id) return e;
    return null;
  };
  const unlisten = (id) => {
    const l = listeners.get(id);
    if (!l) return;
    l.node.removeEventListener(l.type, l.fn);
    listeners.delete(id);
    byPair.delete(l.pair);
  };
  // An event or a timer tick: the module runs its handler now, or, when
  // the module is running already (an event the program's own change
  // raised synchronously: a blur when it removes the focused element, say),
  // once that call has returned: a module is never entered twice.
  const fire = (id, event) => {
    if (!dispatch) return;
    queue.push([id, event]);
    drain();
  };
  const drain = () => {
    if (busy || inModule()) {
      if (!scheduled) {
        scheduled = true;
        setTimeout(() => {
          scheduled = false;
          drain();
        }, 0);
      }
      return;
    }
    busy = true;
    try {
      for (let next = queue.shift(); next && dispatch; next = queue.shift()) {
        current = next[1];
        try {
          dispatch(next[0]);
        } catch (e) {
          // a Python exception: its traceback is on stderr already; the
          // page goes on, and so do the next events
          if (e.exitCode === undefined) throw e;
          options.onError?.(e);
        } finally {
          current = null;
        }
      }
    } finally {
      busy = false;
    }
  };
  const snapshot = (ev) => ({
    type: ev.type,
    target: ev.target,
    value: ev.target && 'value' in ev.target ? ev.target.value : null,
    key: typeof ev.key === 'string' ? ev.key : null,
  });

  const env = {
    dom_get: (ptr, len) => handleOf(byId(text(ptr, len))),
    dom_query: (ptr, len) => guarded(() => handleOf(page().querySelector(text(ptr, len)))),
    dom_query_all: (ptr, len) =>
      guarded(() => {
        const found = [...page().querySelectorAll(text(ptr, len))].map(handleOf);
        pending = new Uint8Array(new Int32Array(found).buffer);
        return found.length;
      }),
    dom_create: (ptr, len) =>
      guarded(() => {
        page();
        const tag = text(ptr, len);
        if (UNSAFE_TAGS.has(tag.toLowerCase())) return INVALID;
        return handleOf(doc.createElement(tag));
      }),
    dom_set: (h, what, ptr, len) => {
      const n = node(h);
      const s = text(ptr, len);
      if (WHAT[what] === 'text') n.textContent = s;
      else if (WHAT[what] === 'html') {
        const t = doc.createElement('template');
        t.innerHTML = s;
        n.replaceChildren(sanitize(t.content));
      }
      else if ('value' in n) n.value = s;
    },
    dom_read: (h, what) => {
      const n = node(h);
      switch (WHAT[what]) {
        case 'text': return result(n.textContent);
        case 'html': return result(n.innerHTML);
        case 'value': return result('value' in n ? n.value : null);
        default: return result(n.tagName.toLowerCase() + (n.id ? `#${n.id}` : ''));
      }
    },
    dom_set_attr: (h, np, nl, vp, vl) =>
      guarded(() => {
        const name = text(np, nl);
        const value = text(vp, vl);
        if (unsafeAttr(name, value)) return INVALID;
        node(h).setAttribute(name, value);
        return 0;
      }),
    dom_get_attr: (h, np, nl) => result(node(h).getAttribute(text(np, nl))),
    dom_style: (h, pp, pl, vp, vl) => {
      const prop = text(pp, pl);
      const style = node(h).style;
      if (/[A-Z]/.test(prop)) style[prop] = text(vp, vl); // backgroundColor
      else style.setProperty(prop, text(vp, vl)); // background-color
    },
    dom_class: (h, ptr, len, on) =>
      guarded(() => {
        node(h).classList.toggle(text(ptr, len), on !== 0);
        return 0;
      }),
    dom_append: (parent, child) =>
      guarded(() => {
        node(parent).append(node(child)); // an element into itself or its own child: refused
        return 0;
      }),
    // out of the page; it and the elements inside it released (their
    // handles, pending for the program, and their listeners)
    dom_remove: (h) => {
      const n = node(h);
      n.remove();
      const released = [];
      for (const [e, k] of handles) {
        if (!n.contains(e)) continue;
        released.push(k);
        handles.delete(e);
        nodes[k] = undefined;
      }
      for (const [id, l] of listeners) if (n.contains(l.node)) unlisten(id);
      pending = new Uint8Array(new Int32Array(released).buffer);
      return released.length;
    },
    dom_listen: (h, ptr, len) => {
      const type = text(ptr, len);
      const pair = `${h}:${type}`;
      const known = byPair.get(pair);
      if (known !== undefined) return known; // the program replaces the handler
      const id = nextId++;
      const fn = (ev) => fire(id, snapshot(ev));
      node(h).addEventListener(type, fn);
      listeners.set(id, { node: node(h), type, fn, pair });
      byPair.set(pair, id);
      return id;
    },
    dom_timer: (ms, repeat) => {
      const id = nextId++;
      if (repeat) {
        const t = setInterval(() => fire(id, null), ms);
        timers.set(id, () => clearInterval(t));
      } else {
        const t = setTimeout(() => {
          timers.delete(id);
          fire(id, null);
        }, ms);
        timers.set(id, () => clearTimeout(t));
      }
      return id;
    },
    dom_cancel: (id) => {
      timers.get(id)?.();
      timers.delete(id);
      unlisten(id);
    },
    dom_event: (field) => {
      if (!current) return -1;
      if (field === 0) return result(current.type);
      if (field === 1) return result(current.value);
      if (field === 2) return result(current.key);
      return handleOf(current.target);
    },
    dom_take: (ptr) => {
      new Uint8Array(getMemory().buffer, ptr, pending.length).set(pending);
      pending = new Uint8Array(0);
    },
  };

  return {
    env,
    // The module, once instantiated: call(id) runs its handler of that
    // id; running() tells whether a call of the module is in progress.
    attach: (call, running) => {
      dispatch = call;
      inModule = running;
    },
    // Every listener and timer removed: the program is no longer called.
    dispose: () => {
      for (const id of [...listeners.keys()]) unlisten(id);
      for (const cancel of timers.values()) cancel();
      timers.clear();
      queue.length = 0;
      dispatch = null;
    },
  };
}
