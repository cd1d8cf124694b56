/* OSError's own behaviour, as CPython's (Objects/exceptions.c): built with
 * (errno, strerror[, filename[, winerror[, filename2]]]) it keeps
 * (errno, strerror) as its args and the rest as attributes, prints
 * "[Errno 2] No such file or directory: 'x.txt'", and OSError itself called
 * with a known errno makes the subclass of that errno (FileNotFoundError
 * for ENOENT). The errno numbers are Linux's, which CPython prints on the
 * machines the tests compare with; rt_os.c maps WASI's own numbers to them. */
#include "rt_obj.h"

/* e->value of an OSError: a tuple (errno, strerror, filename, filename2),
 * None where not given (rt_gc.c marks value for every exception). */
enum { OS_ERRNO, OS_STRERROR, OS_FILENAME, OS_FILENAME2, OS_FIELDS };

static const struct {
    int16_t errno_;
    int16_t kind;
} errno_classes[] = {
    {11, RT_EXC_BLOCKING_IO},     {114, RT_EXC_BLOCKING_IO},        {115, RT_EXC_BLOCKING_IO},
    {10, RT_EXC_CHILD_PROCESS},   {32, RT_EXC_BROKEN_PIPE},         {108, RT_EXC_BROKEN_PIPE},
    {103, RT_EXC_CONNECTION_ABORTED}, {111, RT_EXC_CONNECTION_REFUSED}, {104, RT_EXC_CONNECTION_RESET},
    {17, RT_EXC_FILE_EXISTS},     {2, RT_EXC_FILE_NOT_FOUND},       {21, RT_EXC_IS_A_DIRECTORY},
    {20, RT_EXC_NOT_A_DIRECTORY}, {4, RT_EXC_INTERRUPTED},          {13, RT_EXC_PERMISSION},
    {1, RT_EXC_PERMISSION},       {3, RT_EXC_PROCESS_LOOKUP},       {110, RT_EXC_TIMEOUT},
};

static int is_os_class(RtObj *cls) { return rt_class_derives(cls, rt_exc_class(RT_EXC_OS)); }

/* The class OSError(args) makes: the errno's subclass when cls is OSError
 * itself and args has 2 to 5 items, the first an int; else cls. */
RtObj *rt_oserror_class_for(RtObj *cls, RtObj *args) {
    RtTuple *t = (RtTuple *)args;
    if (cls != rt_exc_class(RT_EXC_OS) || t->len < 2 || t->len > 5 || RT_OBJ_TYPE(t->items[0]) != RT_TYPE_INT)
        return cls;
    /* an int object's value read in place: rt_unbox_int (an instance's
     * __index__, its TypeError) would link the formatting of messages
     * into every module that can raise */
    int64_t n = ((RtInt *)t->items[0])->value;
    for (uint32_t i = 0; i < sizeof errno_classes / sizeof errno_classes[0]; i++)
        if (errno_classes[i].errno_ == n) return rt_exc_class(errno_classes[i].kind);
    return cls;
}

/* Splits an OSError's arguments into its attributes; args keeps the first
 * two when a filename was given (CPython's). Returns the args to keep. */
RtObj *rt_oserror_fields(RtObj *cls, RtObj *args, RtObj **value) {
    if (!is_os_class(cls)) return args;
    RtTuple *t = (RtTuple *)args;
    RtObj *f = rt_tuple_new(OS_FIELDS);
    for (int32_t i = 0; i < OS_FIELDS; i++) rt_tuple_set(f, i, RT_NONE);
    *value = f;
    if (t->len < 2 || t->len > 5) return args;
    rt_tuple_set(f, OS_ERRNO, t->items[0]);
    rt_tuple_set(f, OS_STRERROR, t->items[1]);
    if (t->len >= 3) rt_tuple_set(f, OS_FILENAME, t->items[2]);
    if (t->len == 5) rt_tuple_set(f, OS_FILENAME2, t->items[4]);
    if (t->len == 2) return args;
    RtObj *kept = rt_tuple_new(2);
    rt_tuple_set(kept, 0, t->items[0]);
    rt_tuple_set(kept, 1, t->items[1]);
    return kept;
}

/* errno, strerror, filename, filename2 of an OSError (NULL: not one of them). */
RtObj *rt_oserror_attr(RtExc *e, const char *name) {
    if (!e->value || !is_os_class(e->cls) || RT_OBJ_TYPE(e->value) != RT_TYPE_TUPLE) return 0;
    RtTuple *f = (RtTuple *)e->value;
    if (rt_cstr_eq(name, "errno")) return f->items[OS_ERRNO];
    if (rt_cstr_eq(name, "strerror")) return f->items[OS_STRERROR];
    if (rt_cstr_eq(name, "filename")) return f->items[OS_FILENAME];
    if (rt_cstr_eq(name, "filename2")) return f->items[OS_FILENAME2];
    return 0;
}

/* str(e) of an OSError built with an errno: "[Errno 2] text: 'name'"
 * (" -> 'other'" with a second filename); 0 when args say it instead. */
int32_t rt_oserror_str_into(RtSb *b, RtExc *e) {
    if (!e->value || !is_os_class(e->cls) || RT_OBJ_TYPE(e->value) != RT_TYPE_TUPLE) return 0;
    RtTuple *f = (RtTuple *)e->value;
    if (f->items[OS_ERRNO] == RT_NONE && f->items[OS_STRERROR] == RT_NONE) return 0;
    rt_sb_puts(b, "[Errno ");
    rt_str_into(b, f->items[OS_ERRNO]);
    rt_sb_puts(b, "] ");
    rt_str_into(b, f->items[OS_STRERROR]);
    if (f->items[OS_FILENAME] != RT_NONE) {
        rt_sb_puts(b, ": ");
        rt_repr_into(b, f->items[OS_FILENAME]);
        if (f->items[OS_FILENAME2] != RT_NONE) {
            rt_sb_puts(b, " -> ");
            rt_repr_into(b, f->items[OS_FILENAME2]);
        }
    }
    return 1;
}

/* Raises the OSError subclass of a Linux errno, with CPython's message. */
void rt_raise_os(int32_t errno_, const char *text, RtObj *filename, RtObj *filename2) {
    RtObj *args = rt_tuple_new(filename2 ? 5 : filename ? 3 : 2);
    rt_tuple_set(args, 0, rt_box_int(errno_));
    rt_tuple_set(args, 1, (RtObj *)rt_str_from_bytes(text, rt_cstrlen(text)));
    if (filename) rt_tuple_set(args, 2, filename);
    if (filename2) {
        rt_tuple_set(args, 3, RT_NONE);
        rt_tuple_set(args, 4, filename2);
    }
    RtObj *e = rt_exc_call(rt_exc_class(RT_EXC_OS), args);
    if (e) rt_exc_throw((RtExc *)e);
}
