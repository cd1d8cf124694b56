// The CodeMirror 6 editor: line numbers, history, auto-indent, bracket
// matching, highlighting of the current language's keywords and builtins
// (the words come from the language packs, generated at build time), and
// the compiler's diagnostics as squiggles with the message on hover.
import { EditorState, Compartment } from '@codemirror/state';
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection,
  highlightSpecialChars,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab, insertNewlineAndIndent } from '@codemirror/commands';
import {
  StreamLanguage, HighlightStyle, syntaxHighlighting, bracketMatching, indentService, indentUnit,
} from '@codemirror/language';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import { tags } from '@lezer/highlight';

const IDENT = /^[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?j?)/;
const STRING_START = /^([rRbBfFuU]{0,2})('''|"""|'|")/;

/** A StreamLanguage for one language pack's words: {keywords, builtins}. */
export function multilingualLanguage(words) {
  const keywords = new Set();
  const phrases = []; // multi-word keywords ("tant que"), longest first
  for (const k of words.keywords) (k.includes(' ') ? phrases.push(k) : keywords.add(k));
  phrases.sort((a, b) => b.length - a.length);
  const builtins = new Set(words.builtins);
  const defWords = new Set(words.defs);
  return StreamLanguage.define({
    name: 'multilingual',
    startState: () => ({ string: null, afterDef: false }),
    token(stream, state) {
      if (state.string) return continueString(stream, state);
      if (stream.eatSpace()) return null;
      if (stream.peek() === '#') {
        stream.skipToEnd();
        return 'comment';
      }
      const str = stream.match(STRING_START, false);
      if (str && (str[1] === '' || !WORD_CHAR.test(stream.string.charAt(stream.pos + str[0].length)))) {
        stream.match(STRING_START);
        state.string = str[2];
        return continueString(stream, state);
      }
      if (stream.match(NUMBER)) return 'number';
      if (stream.peek() === '@') {
        stream.next();
        stream.match(IDENT);
        return 'meta';
      }
      for (const p of phrases) {
        if (stream.match(p, false) && !WORD_CHAR.test(stream.string.charAt(stream.pos + p.length) || ' ')) {
          const before = stream.pos === 0 ? ' ' : stream.string.charAt(stream.pos - 1);
          if (!WORD_CHAR.test(before)) {
            stream.pos += p.length;
            return 'keyword';
          }
        }
      }
      const id = stream.match(IDENT);
      if (id) {
        const w = id[0];
        if (state.afterDef) {
          state.afterDef = false;
          return 'def';
        }
        if (keywords.has(w)) {
          if (defWords.has(w)) state.afterDef = true;
          return 'keyword';
        }
        if (builtins.has(w)) return 'builtin';
        return 'variableName';
      }
      const c = stream.next();
      if ('()[]{}'.includes(c)) return 'bracket';
      if ('+-*/%=<>!&|^~:.,'.includes(c)) return 'operator';
      return null;
    },
    languageData: { commentTokens: { line: '#' } },
    tokenTable: { builtin: tags.standard(tags.variableName), def: tags.function(tags.definition(tags.variableName)) },
  });
}

function continueString(stream, state) {
  const q = state.string;
  while (!stream.eol()) {
    if (stream.next() === '\\') {
      stream.next();
      continue;
    }
    if (stream.string.slice(stream.pos - 1, stream.pos - 1 + q.length) === q) {
      stream.pos += q.length - 1;
      state.string = null;
      return 'string';
    }
  }
  if (q.length === 1) state.string = null; // an unterminated one-line string ends here
  return 'string';
}

// Indentation: the previous non-blank line's, one level more after a line
// that ends with ':' (a block opener in every language).
const blockIndent = indentService.of((cx, pos) => {
  let line = cx.state.doc.lineAt(pos);
  while (line.number > 1) {
    line = cx.state.doc.line(line.number - 1);
    const text = line.text.replace(/#.*$/, '').trimEnd();
    if (!text) continue;
    const indent = /^[ \t]*/.exec(line.text)[0].replace(/\t/g, '    ').length;
    return text.endsWith(':') ? indent + 4 : indent;
  }
  return 0;
});

const highlight = HighlightStyle.define([
  { tag: tags.keyword, class: 'tok-keyword' },
  { tag: tags.standard(tags.variableName), class: 'tok-builtin' },
  { tag: tags.function(tags.definition(tags.variableName)), class: 'tok-def' },
  { tag: tags.string, class: 'tok-string' },
  { tag: tags.number, class: 'tok-number' },
  { tag: tags.comment, class: 'tok-comment' },
  { tag: tags.meta, class: 'tok-meta' },
  { tag: tags.operator, class: 'tok-operator' },
]);

/**
 * Creates the editor in `parent`. options: {doc, words, rtl, onChange(text),
 * onRun(), label}. Returns {view, setText, getText, setWords(words, rtl),
 * showDiagnostics(list), goTo(line, col)}.
 */
export function createEditor(parent, options) {
  const language = new Compartment();
  const direction = new Compartment();
  const run = () => {
    options.onRun();
    return true;
  };
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        bracketMatching(),
        highlightActiveLine(),
        lintGutter(),
        indentUnit.of('    '),
        blockIndent,
        syntaxHighlighting(highlight),
        language.of(multilingualLanguage(options.words)),
        direction.of(dirAttrs(options.rtl)),
        keymap.of([
          { key: 'Mod-Enter', run, preventDefault: true },
          { key: 'Enter', run: insertNewlineAndIndent },
          ...defaultKeymap,
          ...historyKeymap,
          indentWithTab,
        ]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) options.onChange(u.state.doc.toString());
        }),
        EditorView.contentAttributes.of({ 'aria-label': options.label ?? 'Program', spellcheck: 'false' }),
      ],
    }),
  });

  return {
    view,
    getText: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    setWords(words, rtl) {
      view.dispatch({ effects: [language.reconfigure(multilingualLanguage(words)), direction.reconfigure(dirAttrs(rtl))] });
    },
    /** list: [{line, col, message}] (1-based, col in code points). */
    showDiagnostics(list) {
      const doc = view.state.doc;
      const marks = [];
      for (const d of list) {
        if (!d.line || d.line > doc.lines) continue;
        const from = position(doc, d.line, d.col);
        const line = doc.line(d.line);
        const rest = line.text.slice(from - line.from);
        const word = /^[\p{L}\p{M}\p{N}_]+/u.exec(rest);
        const to = Math.min(line.to, from + (word ? word[0].length : 1));
        marks.push({ from, to: Math.max(to, from), severity: 'error', message: d.message });
      }
      view.dispatch(setDiagnostics(view.state, marks));
    },
    goTo(line, col) {
      const doc = view.state.doc;
      if (!line || line > doc.lines) return;
      const pos = position(doc, line, col || 1);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
  };
}

/** Offset in the document of (line, col), col 1-based in code points. */
export function position(doc, line, col) {
  const l = doc.line(line);
  let offset = 0;
  let n = 1;
  for (const ch of l.text) {
    if (n >= col) break;
    offset += ch.length;
    n++;
  }
  return l.from + offset;
}

// Right to left (Arabic): each line takes the direction of its first strong
// character, so a line of Latin names and numbers stays left to right.
function dirAttrs(rtl) {
  if (!rtl) return EditorView.contentAttributes.of({ dir: 'ltr' });
  return [
    EditorView.contentAttributes.of({ dir: 'rtl' }),
    EditorView.perLineTextDirection.of(true),
    EditorView.theme({ '.cm-line': { unicodeBidi: 'plaintext' } }),
  ];
}
