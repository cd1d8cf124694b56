/* WAT text of a lowered function, in flat form: one instruction per line,
 * operands before the instruction that takes them (print_flat). */
#include <inttypes.h>
#include <math.h>
#include <string.h>

#include "ir.h"

/* One space per level, at most this many: module.wat is hashed for the
 * lock file and parsed again by wabt, so its whitespace costs compile time;
 * deep nesting would make it quadratic in size. */
#define MAX_INDENT 16

/* v (finite) in hexadecimal exactly as glibc's "%a" prints it, on every
 * host: the C libraries differ for subnormals (glibc 0x0.xxxp-1022, musl
 * and so Emscripten normalise), and both builds must emit the same WAT. */
static void put_hex_double(Buf *out, double v) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint64_t mant = bits & 0xFFFFFFFFFFFFFull;
    int biased = (int)((bits >> 52) & 0x7FF);
    if (bits >> 63) buf_putc(out, '-');
    if (biased == 0 && mant == 0) {
        buf_puts(out, "0x0p+0");
        return;
    }
    buf_puts(out, biased ? "0x1" : "0x0");
    if (mant) {
        char digits[13];
        for (int i = 12; i >= 0; i--, mant >>= 4) digits[i] = "0123456789abcdef"[mant & 0xF];
        int n = 13;
        while (digits[n - 1] == '0') n--;
        buf_putc(out, '.');
        buf_putn(out, digits, (size_t)n);
    }
    int exp = biased ? biased - 1023 : -1022;
    buf_printf(out, "p%c%d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

static void put_f64(Buf *out, double v) {
    if (isnan(v)) buf_puts(out, "nan");
    else if (isinf(v)) buf_puts(out, v > 0 ? "inf" : "-inf");
    else put_hex_double(out, v);
}

/* Integers without printf (the printer is on every compile's path). */
static void put_i64(Buf *out, int64_t v) {
    char tmp[24], *p = tmp + sizeof tmp;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0) *--p = '-';
    buf_putn(out, p, (size_t)(tmp + sizeof tmp - p));
}

static void put_name(Buf *out, const char *name) {
    buf_putn(out, " $", 2);
    buf_puts(out, name);
}

static void put_label(Buf *out, IrLabel l) {
    char tmp[3] = {' ', '$', l.role};
    buf_putn(out, tmp, 3);
    put_i64(out, l.n);
}

static void indent(Buf *out, int depth) {
    buf_putc(out, '\n');
    static const char spaces[MAX_INDENT] = "                ";
    buf_putn(out, spaces, (size_t)(depth < MAX_INDENT ? depth : MAX_INDENT));
}

/* The instruction's own text: its name and immediates. */
static void print_op(const IrFunc *f, const IrIns *ins, Buf *out) {
    buf_puts(out, ir_op_name(ins->op));
    switch (ir_op_shape(ins->op)) {
    case IRS_CONST:
        buf_putc(out, ' ');
        if (ins->op == IR_I32_CONST) put_i64(out, ins->u.i32);
        else if (ins->op == IR_I64_CONST) put_i64(out, ins->u.i64);
        else put_f64(out, ins->u.f64);
        break;
    case IRS_LOCAL: put_name(out, f->locals[ins->u.local].name); break;
    case IRS_GLOBAL:
    case IRS_CALL: put_name(out, ins->u.name); break;
    case IRS_INDIRECT:
        buf_puts(out, " (param i32");
        for (int i = 0; i < ins->u.nparams; i++) buf_puts(out, " i32");
        buf_puts(out, ") (result i32)");
        break;
    case IRS_MEM:
        if (ins->u.offset) {
            buf_puts(out, " offset=");
            put_i64(out, ins->u.offset);
        }
        break;
    case IRS_BLOCK:
        if (ins->op != IR_IF && ins->label.role) put_label(out, ins->label);
        if (ins->result != VT_NONE) {
            buf_puts(out, " (result ");
            buf_puts(out, ir_valtype_name(ins->result));
            buf_putc(out, ')');
        }
        break;
    case IRS_BR: put_label(out, ins->label); break;
    default: break;
    }
}

/* Flat form (the stack machine's order): operands first, then the
 * instruction; block, loop and if with their `end`. A block without a
 * label is only a grouping of the folded tree: its body is printed in its
 * place. Nesting is then that of the program's control flow, not of its
 * expressions: wabt parses blocks recursively, and its JS build (the
 * browser's and npm's assembler) has a small stack. */
static void print_flat(const IrFunc *f, const IrIns *ins, int depth, Buf *out) {
    if (ins->op == IR_BLOCK && !ins->label.role) {
        for (const IrIns *k = ins->kids; k; k = k->next) print_flat(f, k, depth, out);
        return;
    }
    if (ins->op == IR_BLOCK || ins->op == IR_LOOP) {
        indent(out, depth);
        print_op(f, ins, out);
        for (const IrIns *k = ins->kids; k; k = k->next) print_flat(f, k, depth + 1, out);
        indent(out, depth);
        buf_puts(out, "end");
        return;
    }
    if (ins->op == IR_IF) {
        const IrIns *then = NULL, *els = NULL;
        for (const IrIns *k = ins->kids; k; k = k->next) {
            if (k->op == IR_THEN) then = k;
            else if (k->op == IR_ELSE) els = k;
            else print_flat(f, k, depth, out); /* the condition */
        }
        indent(out, depth);
        print_op(f, ins, out);
        if (then)
            for (const IrIns *k = then->kids; k; k = k->next) print_flat(f, k, depth + 1, out);
        if (els) {
            indent(out, depth);
            buf_puts(out, "else");
            for (const IrIns *k = els->kids; k; k = k->next) print_flat(f, k, depth + 1, out);
        }
        indent(out, depth);
        buf_puts(out, "end");
        return;
    }
    for (const IrIns *k = ins->kids; k; k = k->next) print_flat(f, k, depth, out);
    indent(out, depth);
    print_op(f, ins, out);
}

/* " (what $name type)": a function has thousands of locals at most, and
 * formatting each through printf was a tenth of printing a module. */
static void put_local(Buf *out, const char *what, const IrLocal *l) {
    buf_puts(out, what);
    buf_puts(out, l->name);
    buf_putc(out, ' ');
    buf_puts(out, ir_valtype_name(l->type));
    buf_putc(out, ')');
}

void ir_print(const IrFunc *f, Buf *out) {
    buf_puts(out, "(func $");
    buf_puts(out, f->name);
    for (int i = 0; i < f->nlocals; i++)
        if (f->locals[i].kind == IRL_PARAM) put_local(out, " (param $", &f->locals[i]);
    if (f->nresults > 1) {
        buf_puts(out, " (result");
        for (int i = 0; i < f->nresults; i++) buf_puts(out, " f64");
        buf_putc(out, ')');
    } else if (f->result != VT_NONE) {
        buf_printf(out, " (result %s)", ir_valtype_name(f->result));
    }
    bool any = false;
    for (int k = IRL_VAR; k < IRL_KIND_COUNT; k++)
        for (int i = 0; i < f->nlocals; i++) {
            const IrLocal *l = &f->locals[i];
            if ((int)l->kind != k) continue;
            put_local(out, any ? " (local $" : "\n  (local $", l);
            any = true;
        }
    for (const IrIns *k = f->body->kids; k; k = k->next) print_flat(f, k, 1, out);
    buf_puts(out, ")\n");
}
