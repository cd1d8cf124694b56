// The program's console: text arrives in batches and is appended once per
// animation frame (never a DOM write or a scroll per print), so appending
// stays linear; it sticks to the bottom unless the reader scrolled up.
// fd: 0 stdin echo, 1 stdout, 2 stderr, 3 the page's own notes.
const CLASS = { 0: 'in', 1: null, 2: 'err', 3: 'sys' };

export class ConsoleView {
  constructor(el, limit = 8 * 1024 * 1024) {
    this.el = el;
    this.limit = limit; // characters kept; the rest is dropped
    this.queued = [];
    this.chars = 0;
    this.scheduled = false;
    this.stderr = '';
  }

  write(fd, text) {
    if (fd === 2) this.stderr += text;
    const last = this.queued[this.queued.length - 1];
    if (last && last[0] === fd) last[1] += text;
    else this.queued.push([fd, text]);
    if (!this.scheduled) {
      this.scheduled = true;
      requestAnimationFrame(() => this.flush());
    }
  }

  flush() {
    this.scheduled = false;
    if (!this.queued.length) return;
    const el = this.el;
    const atEnd = el.scrollTop + el.clientHeight >= el.scrollHeight - 8;
    const frag = document.createDocumentFragment();
    for (const [fd, text] of this.queued) {
      let t = text;
      if (this.chars + t.length > this.limit && fd !== 3) {
        t = t.slice(0, Math.max(0, this.limit - this.chars));
        if (!t) continue;
      }
      this.chars += t.length;
      if (CLASS[fd]) {
        const span = document.createElement('span');
        span.className = CLASS[fd];
        span.textContent = t;
        frag.append(span);
      } else {
        frag.append(t);
      }
    }
    this.queued = [];
    el.append(frag);
    if (atEnd) el.scrollTop = el.scrollHeight;
  }

  /** Appends a node (e.g. a button) after what is queued. */
  appendNode(node) {
    this.flush();
    this.el.append(node);
  }

  clear() {
    this.queued = [];
    this.chars = 0;
    this.stderr = '';
    this.el.replaceChildren();
  }
}
