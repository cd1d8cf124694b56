#!/usr/bin/env python3
"""Check that the language packs cover the conformance programs.

For every localized program CONF/<lang>/NAME.ml (lang != en) whose English
version CONF/en/NAME.ml exists, both programs are split into words (strings
and comments skipped, f-string fields included), every word is mapped to a
language-independent form with the packs in src/lang/packs:

  keyword spelling (longest multi-word phrase first) -> KW:<CONCEPT>
  builtin alias                                       -> its English name
  anything else                                       -> itself

and the two word sequences are compared line by line. A mismatch means a
keyword/builtin of the localized program is missing from its pack (or maps to
the wrong thing). Words of the localized program that are neither keywords,
builtins nor names used by the English program are listed as "unknown" for
eyeballing. Programs without an English twin (and the mixed en/fr seeds/) are
only scanned for unknown words, with all packs of the folder's languages.

Usage: tools/check_pack_coverage.py [--conformance DIR] [--packs DIR] [-v]
Exit status 1 when a mismatch is found.
"""
import argparse
import builtins
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY_BUILTINS = set(dir(builtins))


def load_pack(path):
    kw, bi = {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, _, value = line.partition("=")
            key = key.strip()
            spellings = [s.strip() for s in value.split("|")]
            if key.startswith("keyword "):
                for s in spellings:
                    kw[s] = "KW:" + key[8:].strip()
            elif key.startswith("builtin "):
                for s in spellings:
                    bi[s] = key[8:].strip()
    return kw, bi


def is_start(ch):
    return ch == "_" or unicodedata.category(ch)[0] == "L" or unicodedata.category(ch) in ("Mn", "Mc")


def is_cont(ch):
    return is_start(ch) or unicodedata.category(ch) == "Nd"


QUOTES = {'"': '"', "'": "'", "«": "»", "「": "」", "“": "”", "‘": "’"}


def split_words(src):
    """Splits src into words, skipping comments and string literals but
    including the expressions of f-string fields. Returns ([(line, word,
    start, end)], src); start/end are offsets into src, or 0/0 for words found
    inside f-string fields (those never join into multi-word keywords)."""

    def scan_code(text, base_line):
        res = []
        j, m, ln = 0, len(text), base_line
        while j < m:
            ch = text[j]
            if ch == "\n":
                ln += 1
                j += 1
            elif ch == "#":
                while j < m and text[j] != "\n":
                    j += 1
            elif is_start(ch):
                k = j
                while k < m and is_cont(text[k]):
                    k += 1
                word = text[j:k]
                # string prefix?
                if k < m and text[k] in "\"'" and word.lower() in ("f", "r", "b", "rb", "br", "u", "fr", "rf"):
                    j, ln, inner = read_string(text, k, ln)
                    if "f" in word.lower():
                        res.extend(scan_fields(inner, ln))
                    continue
                res.append((ln, word, j, k))
                j = k
            elif ch in QUOTES:
                j, ln, _ = read_string(text, j, ln)
            elif ch.isdigit():
                while j < m and (is_cont(text[j]) or text[j] == "."):
                    j += 1
            else:
                j += 1
        return res

    def read_string(text, j, ln):
        q = text[j]
        close = QUOTES[q]
        if q in "\"'" and text[j:j + 3] == q * 3:
            end = text.find(q * 3, j + 3)
            end = len(text) if end < 0 else end
            inner = text[j + 3:end]
            return end + 3, ln + inner.count("\n"), inner
        k = j + 1
        while k < len(text) and text[k] != close:
            if text[k] == "\\" and q in "\"'":
                k += 1
            k += 1
        inner = text[j + 1:k]
        return k + 1, ln + inner.count("\n"), inner

    def scan_fields(inner, ln):
        res = []
        depth, start = 0, None
        j = 0
        while j < len(inner):
            c = inner[j]
            if c == "{":
                if depth == 0 and inner[j + 1:j + 2] == "{":
                    j += 2
                    continue
                if depth == 0:
                    start = j + 1
                depth += 1
            elif c == "}" and depth > 0:
                depth -= 1
                if depth == 0 and start is not None:
                    field = inner[start:j]
                    # drop a format spec / conversion at depth 0
                    cut = len(field)
                    d = 0
                    for t, fc in enumerate(field):
                        if fc in "([{":
                            d += 1
                        elif fc in ")]}":
                            d -= 1
                        elif d == 0 and (fc == ":" or (fc == "!" and field[t + 1:t + 2] != "=")):
                            cut = t
                            break
                    res.extend((ln, w, 0, 0) for (_, w, _, _) in scan_code(field[:cut], ln))
            j += 1
        return res

    toks = scan_code(src, 1)
    return toks, src


def map_words(src, kw, bi):
    """Returns [(line, mapped, original)] with multi-word keywords joined."""
    toks, text = split_words(src)
    res = []
    i = 0
    while i < len(toks):
        ln, w, start, end = toks[i]
        best = None
        # try up to 2 more words separated only by spaces/tabs on the same line
        phrase, last = w, i
        for extra in (1, 2):
            j = i + extra
            if j >= len(toks) or end == 0:
                break
            ln2, w2, s2, e2 = toks[j]
            prev_end = toks[j - 1][3]
            gap = text[prev_end:s2]
            if ln2 != ln or s2 == 0 or not gap or gap.strip(" \t"):
                break
            phrase = phrase + " " + w2
            if phrase in kw:
                best = (phrase, j)
        if best:
            res.append((ln, kw[best[0]], best[0]))
            i = best[1] + 1
            continue
        if w in kw:
            res.append((ln, kw[w], w))
        elif w in bi:
            res.append((ln, bi[w], w))
        else:
            res.append((ln, w, w))
        i += 1
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conformance", default="/work/shared/conformance")
    ap.add_argument("--packs", default=os.path.join(ROOT, "src/lang/packs"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    packs = {}
    for f in sorted(os.listdir(args.packs)):
        if f.endswith(".lang"):
            packs[f[:-5]] = load_pack(os.path.join(args.packs, f))
    en_kw, en_bi = packs["en"]
    builtin_names = set(PY_BUILTINS)
    for kw, bi in packs.values():
        builtin_names.update(bi.values())

    bad = 0
    checked = 0
    for lang in sorted(os.listdir(args.conformance)):
        d = os.path.join(args.conformance, lang)
        if lang == "en" or not os.path.isdir(d):
            continue
        langs = ["en", "fr"] if lang == "seeds" else [lang]
        kw, bi = {}, {}
        for l in langs:
            if l not in packs:
                print(f"{lang}: no pack")
                bad += 1
                continue
            kw.update(packs[l][0])
            bi.update(packs[l][1])
        for name in sorted(os.listdir(d)):
            if not name.endswith(".ml"):
                continue
            path = os.path.join(d, name)
            with open(path, encoding="utf-8") as f:
                loc = map_words(f.read(), kw, bi)
            en_path = os.path.join(args.conformance, "en", name)
            checked += 1
            en_names = set()
            problems = []
            if os.path.exists(en_path) and lang != "seeds":
                with open(en_path, encoding="utf-8") as f:
                    eng = map_words(f.read(), en_kw, {})
                en_names = {m for (_, m, _) in eng}
                lines_loc, lines_en = {}, {}
                for ln, m, o in loc:
                    lines_loc.setdefault(ln, []).append((m, o))
                for ln, m, o in eng:
                    lines_en.setdefault(ln, []).append((m, o))
                for ln in sorted(set(lines_loc) | set(lines_en)):
                    a = [m for m, _ in lines_loc.get(ln, [])]
                    b = [m for m, _ in lines_en.get(ln, [])]
                    if a != b:
                        problems.append(f"  line {ln}: localized -> {' '.join(a)}\n"
                                        f"  {' ' * len(str(ln))}       english   -> {' '.join(b)}")
            unknown = sorted({o for (_, m, o) in loc
                              if m == o and o not in en_names and o not in builtin_names
                              and o not in en_kw})
            rel = f"{lang}/{name}"
            if problems:
                bad += 1
                print(f"{rel}: MISMATCH")
                for p in problems:
                    print(p)
            elif args.verbose:
                print(f"{rel}: ok")
            if unknown:
                print(f"{rel}: unknown words (user names?): {', '.join(unknown)}")
    print(f"checked {checked} programs, {bad} with mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
