#include "methods.h"

#include <stdbool.h>
#include <string.h>

static const MethodSig methods[] = {
    /* int */
    /* int (and bool: method_find), the receiver boxed: rt_int_methods.c */
    {T_INT, BI_NONE, "bit_length", 0, "rt_int_obj_bit_length", "", "", T_INT},
    {T_INT, BI_NONE, "bit_count", 0, "rt_int_obj_bit_count", "", "", T_INT},
    {T_INT, BI_NONE, "conjugate", 0, "rt_int_obj_conjugate", "", "", T_INT},
    {T_INT, BI_NONE, "as_integer_ratio", 0, "rt_int_obj_as_integer_ratio", "", "", T_TUPLE},
    {T_INT, BI_NONE, "to_bytes", 0, "rt_int_obj_to_bytes", "", "NNN", T_OBJ},
    {T_INT, BI_NONE, "to_bytes", 1, "rt_int_obj_to_bytes", "O", "NN", T_OBJ},
    {T_INT, BI_NONE, "to_bytes", 2, "rt_int_obj_to_bytes", "OO", "N", T_OBJ},
    {T_INT, BI_NONE, "to_bytes", 3, "rt_int_obj_to_bytes", "OOO", "", T_OBJ}, /* signed= (method_keywords) */
    /* float, the receiver boxed: rt_float_methods.c */
    {T_FLOAT, BI_NONE, "is_integer", 0, "rt_float_obj_is_integer", "", "", T_BOOL},
    {T_FLOAT, BI_NONE, "conjugate", 0, "rt_float_obj_conjugate", "", "", T_FLOAT},
    {T_FLOAT, BI_NONE, "as_integer_ratio", 0, "rt_float_obj_as_integer_ratio", "", "", T_TUPLE},
    {T_FLOAT, BI_NONE, "hex", 0, "rt_float_obj_hex", "", "", T_STR},
    /* list */
    {T_LIST, BI_NONE, "append", 1, "rt_list_append", "O", "", T_NONE},
    {T_LIST, BI_NONE, "extend", 1, "rt_list_extend", "G", "", T_NONE},
    {T_LIST, BI_NONE, "insert", 2, "rt_list_insert", "IO", "", T_NONE},
    {T_LIST, BI_NONE, "pop", 0, "rt_list_pop", "", "", T_OBJ},
    {T_LIST, BI_NONE, "pop", 1, "rt_list_pop_at", "I", "", T_OBJ},
    {T_LIST, BI_NONE, "remove", 1, "rt_list_remove", "O", "", T_NONE},
    {T_LIST, BI_NONE, "index", 1, "rt_list_index", "O", "", T_INT},
    {T_LIST, BI_NONE, "index", 2, "rt_list_index_in", "OO", "N", T_INT},
    {T_LIST, BI_NONE, "index", 3, "rt_list_index_in", "OOO", "", T_INT},
    {T_LIST, BI_NONE, "count", 1, "rt_list_count", "O", "", T_INT},
    {T_LIST, BI_NONE, "sort", 0, "rt_list_sort", "", "z", T_NONE},
    {T_LIST, BI_NONE, "reverse", 0, "rt_list_reverse", "", "", T_NONE},
    {T_LIST, BI_NONE, "copy", 0, "rt_list_copy", "", "", T_LIST},
    {T_LIST, BI_NONE, "clear", 0, "rt_list_clear", "", "", T_NONE},
    /* tuple */
    {T_TUPLE, BI_NONE, "index", 1, "rt_tuple_index", "O", "", T_INT},
    {T_TUPLE, BI_NONE, "index", 2, "rt_tuple_index_in", "OO", "N", T_INT},
    {T_TUPLE, BI_NONE, "index", 3, "rt_tuple_index_in", "OOO", "", T_INT},
    {T_TUPLE, BI_NONE, "count", 1, "rt_tuple_count", "O", "", T_INT},
    /* range (rt_range.c) */
    {T_RANGE, BI_NONE, "index", 1, "rt_range_index", "O", "", T_INT},
    {T_RANGE, BI_NONE, "count", 1, "rt_range_count", "O", "", T_INT},
    /* dict */
    {T_DICT, BI_NONE, "get", 1, "rt_dict_get", "O", "N", T_OBJ},
    {T_DICT, BI_NONE, "get", 2, "rt_dict_get", "OO", "", T_OBJ},
    {T_DICT, BI_NONE, "keys", 0, "rt_dict_keys", "", "", T_OBJ},
    {T_DICT, BI_NONE, "values", 0, "rt_dict_values", "", "", T_OBJ},
    {T_DICT, BI_NONE, "items", 0, "rt_dict_items", "", "", T_OBJ},
    {T_DICT, BI_NONE, "pop", 1, "rt_dict_pop", "O", "N", T_OBJ},
    {T_DICT, BI_NONE, "pop", 2, "rt_dict_pop", "OO", "", T_OBJ},
    {T_DICT, BI_NONE, "popitem", 0, "rt_dict_popitem", "", "", T_TUPLE},
    {T_DICT, BI_NONE, "setdefault", 1, "rt_dict_setdefault", "O", "n", T_OBJ},
    {T_DICT, BI_NONE, "setdefault", 2, "rt_dict_setdefault", "OO", "", T_OBJ},
    {T_DICT, BI_NONE, "update", 1, "rt_dict_update", "G", "", T_NONE},
    {T_DICT, BI_NONE, "copy", 0, "rt_dict_copy", "", "", T_DICT},
    {T_DICT, BI_NONE, "clear", 0, "rt_dict_clear", "", "", T_NONE},
    /* set */
    {T_SET, BI_NONE, "add", 1, "rt_set_add", "O", "", T_NONE},
    {T_SET, BI_NONE, "discard", 1, "rt_set_discard", "O", "", T_NONE},
    {T_SET, BI_NONE, "remove", 1, "rt_set_remove", "O", "", T_NONE},
    {T_SET, BI_NONE, "pop", 0, "rt_set_pop", "", "", T_OBJ},
    {T_SET, BI_NONE, "update", 1, "rt_set_update", "G", "", T_NONE},
    /* several arguments, and the other in-place operations: one argument
     * after the other (NULL fills the rest) */
    {T_SET, BI_NONE, "update", 0, "rt_set_update_n", "", "NNNN", T_NONE},
    {T_SET, BI_NONE, "update", 2, "rt_set_update_n", "OO", "NN", T_NONE},
    {T_SET, BI_NONE, "update", 3, "rt_set_update_n", "OOO", "N", T_NONE},
    {T_SET, BI_NONE, "update", 4, "rt_set_update_n", "OOOO", "", T_NONE},
    {T_SET, BI_NONE, "difference_update", 0, "rt_set_difference_update", "", "NNNN", T_NONE},
    {T_SET, BI_NONE, "difference_update", 1, "rt_set_difference_update", "O", "NNN", T_NONE},
    {T_SET, BI_NONE, "difference_update", 2, "rt_set_difference_update", "OO", "NN", T_NONE},
    {T_SET, BI_NONE, "difference_update", 3, "rt_set_difference_update", "OOO", "N", T_NONE},
    {T_SET, BI_NONE, "difference_update", 4, "rt_set_difference_update", "OOOO", "", T_NONE},
    {T_SET, BI_NONE, "intersection_update", 0, "rt_set_intersection_update", "", "NNNN", T_NONE},
    {T_SET, BI_NONE, "intersection_update", 1, "rt_set_intersection_update", "O", "NNN", T_NONE},
    {T_SET, BI_NONE, "intersection_update", 2, "rt_set_intersection_update", "OO", "NN", T_NONE},
    {T_SET, BI_NONE, "intersection_update", 3, "rt_set_intersection_update", "OOO", "N", T_NONE},
    {T_SET, BI_NONE, "intersection_update", 4, "rt_set_intersection_update", "OOOO", "", T_NONE},
    {T_SET, BI_NONE, "symmetric_difference_update", 1, "rt_set_symmetric_difference_update", "O", "", T_NONE},
    {T_SET, BI_NONE, "copy", 0, "rt_set_copy", "", "", T_SET},
    {T_SET, BI_NONE, "clear", 0, "rt_set_clear", "", "", T_NONE},
    {T_SET, BI_NONE, "union", 1, "rt_set_union", "O", "", T_SET},
    {T_SET, BI_NONE, "intersection", 1, "rt_set_intersection", "O", "", T_SET},
    {T_SET, BI_NONE, "difference", 1, "rt_set_difference", "O", "", T_SET},
    {T_SET, BI_NONE, "symmetric_difference", 1, "rt_set_symmetric_difference", "O", "", T_SET},
    {T_SET, BI_NONE, "issubset", 1, "rt_set_issubset", "O", "", T_BOOL},
    {T_SET, BI_NONE, "issuperset", 1, "rt_set_issuperset", "O", "", T_BOOL},
    {T_SET, BI_NONE, "isdisjoint", 1, "rt_set_isdisjoint", "O", "", T_BOOL},
    /* str */
    {T_STR, BI_NONE, "upper", 0, "rt_str_upper", "", "", T_STR},
    {T_STR, BI_NONE, "lower", 0, "rt_str_lower", "", "", T_STR},
    {T_STR, BI_NONE, "title", 0, "rt_str_title", "", "", T_STR},
    {T_STR, BI_NONE, "capitalize", 0, "rt_str_capitalize", "", "", T_STR},
    {T_STR, BI_NONE, "swapcase", 0, "rt_str_swapcase", "", "", T_STR},
    {T_STR, BI_NONE, "strip", 0, "rt_str_strip", "", "N", T_STR},
    {T_STR, BI_NONE, "strip", 1, "rt_str_strip", "S", "", T_STR},
    {T_STR, BI_NONE, "lstrip", 0, "rt_str_lstrip", "", "N", T_STR},
    {T_STR, BI_NONE, "lstrip", 1, "rt_str_lstrip", "S", "", T_STR},
    {T_STR, BI_NONE, "rstrip", 0, "rt_str_rstrip", "", "N", T_STR},
    {T_STR, BI_NONE, "rstrip", 1, "rt_str_rstrip", "S", "", T_STR},
    {T_STR, BI_NONE, "replace", 2, "rt_str_replace", "SS", "m", T_STR},
    {T_STR, BI_NONE, "replace", 3, "rt_str_replace", "SSI", "", T_STR},
    {T_STR, BI_NONE, "split", 0, "rt_str_split", "", "Nm", T_LIST},
    {T_STR, BI_NONE, "split", 1, "rt_str_split_sep", "O", "m", T_LIST}, /* sep may be None */
    {T_STR, BI_NONE, "split", 2, "rt_str_split_sep", "OI", "", T_LIST},
    {T_STR, BI_NONE, "rsplit", 0, "rt_str_rsplit", "", "Nm", T_LIST},
    {T_STR, BI_NONE, "rsplit", 1, "rt_str_rsplit_sep", "O", "m", T_LIST},
    {T_STR, BI_NONE, "rsplit", 2, "rt_str_rsplit_sep", "OI", "", T_LIST},
    {T_STR, BI_NONE, "splitlines", 0, "rt_str_splitlines", "", "", T_LIST},
    {T_STR, BI_NONE, "join", 1, "rt_str_join", "G", "", T_STR},
    {T_STR, BI_NONE, "find", 1, "rt_str_find", "S", "", T_INT},
    {T_STR, BI_NONE, "rfind", 1, "rt_str_rfind", "S", "", T_INT},
    {T_STR, BI_NONE, "index", 1, "rt_str_index", "S", "", T_INT},
    {T_STR, BI_NONE, "rindex", 1, "rt_str_rindex_in", "S", "NN", T_INT},
    {T_STR, BI_NONE, "count", 1, "rt_str_count", "S", "", T_INT},
    /* with start[, end]: rt_str_search.c */
#define RANGED(name, fn) \
    {T_STR, BI_NONE, name, 2, fn, "SO", "N", T_INT}, {T_STR, BI_NONE, name, 3, fn, "SOO", "", T_INT}
    RANGED("find", "rt_str_find_in"),
    RANGED("rfind", "rt_str_rfind_in"),
    RANGED("index", "rt_str_index_in"),
    RANGED("rindex", "rt_str_rindex_in"),
    RANGED("count", "rt_str_count_in"),
#undef RANGED
    {T_STR, BI_NONE, "startswith", 1, "rt_str_startswith_any", "O", "", T_BOOL},
    {T_STR, BI_NONE, "endswith", 1, "rt_str_endswith_any", "O", "", T_BOOL},
    {T_STR, BI_NONE, "center", 1, "rt_str_center", "I", "N", T_STR},
    {T_STR, BI_NONE, "center", 2, "rt_str_center", "IS", "", T_STR},
    {T_STR, BI_NONE, "ljust", 1, "rt_str_ljust", "I", "N", T_STR},
    {T_STR, BI_NONE, "ljust", 2, "rt_str_ljust", "IS", "", T_STR},
    {T_STR, BI_NONE, "rjust", 1, "rt_str_rjust", "I", "N", T_STR},
    {T_STR, BI_NONE, "rjust", 2, "rt_str_rjust", "IS", "", T_STR},
    {T_STR, BI_NONE, "zfill", 1, "rt_str_zfill", "I", "", T_STR},
    {T_STR, BI_NONE, "partition", 1, "rt_str_partition", "S", "", T_TUPLE},
    {T_STR, BI_NONE, "rpartition", 1, "rt_str_rpartition", "S", "", T_TUPLE},
    {T_STR, BI_NONE, "isdigit", 0, "rt_str_isdigit", "", "", T_BOOL},
    {T_STR, BI_NONE, "isalpha", 0, "rt_str_isalpha", "", "", T_BOOL},
    {T_STR, BI_NONE, "isalnum", 0, "rt_str_isalnum", "", "", T_BOOL},
    {T_STR, BI_NONE, "isspace", 0, "rt_str_isspace", "", "", T_BOOL},
    {T_STR, BI_NONE, "isupper", 0, "rt_str_isupper", "", "", T_BOOL},
    {T_STR, BI_NONE, "islower", 0, "rt_str_islower", "", "", T_BOOL},
    /* arguments as objects: the runtime raises CPython's TypeError for a
     * wrong one (rt_str_methods.c, rt_obj_case.c, rt_str_search.c) */
    {T_STR, BI_NONE, "startswith", 2, "rt_str_startswith_in", "OO", "N", T_BOOL},
    {T_STR, BI_NONE, "startswith", 3, "rt_str_startswith_in", "OOO", "", T_BOOL},
    {T_STR, BI_NONE, "endswith", 2, "rt_str_endswith_in", "OO", "N", T_BOOL},
    {T_STR, BI_NONE, "endswith", 3, "rt_str_endswith_in", "OOO", "", T_BOOL},
    {T_STR, BI_NONE, "splitlines", 1, "rt_str_splitlines_keep", "O", "", T_LIST},
    {T_STR, BI_NONE, "isascii", 0, "rt_str_isascii", "", "", T_BOOL},
    {T_STR, BI_NONE, "isdecimal", 0, "rt_str_isdecimal", "", "", T_BOOL},
    {T_STR, BI_NONE, "isnumeric", 0, "rt_str_isnumeric", "", "", T_BOOL},
    {T_STR, BI_NONE, "istitle", 0, "rt_str_istitle", "", "", T_BOOL},
    {T_STR, BI_NONE, "isidentifier", 0, "rt_str_isidentifier", "", "", T_BOOL},
    {T_STR, BI_NONE, "isprintable", 0, "rt_str_isprintable", "", "", T_BOOL},
    {T_STR, BI_NONE, "casefold", 0, "rt_str_casefold", "", "", T_STR},
    {T_STR, BI_NONE, "removeprefix", 1, "rt_str_removeprefix", "O", "", T_STR},
    {T_STR, BI_NONE, "removesuffix", 1, "rt_str_removesuffix", "O", "", T_STR},
    {T_STR, BI_NONE, "expandtabs", 0, "rt_str_expandtabs", "", "N", T_STR},
    {T_STR, BI_NONE, "expandtabs", 1, "rt_str_expandtabs", "O", "", T_STR},
    {T_STR, BI_NONE, "translate", 1, "rt_str_translate", "O", "", T_STR},
    {T_STR, BI_NONE, "format_map", 1, "rt_str_format_map", "O", "", T_STR},
    {T_STR, BI_NONE, "encode", 0, "rt_str_encode", "", "NN", T_OBJ},
    {T_STR, BI_NONE, "encode", 1, "rt_str_encode", "O", "N", T_OBJ},
    {T_STR, BI_NONE, "encode", 2, "rt_str_encode", "OO", "", T_OBJ},
    /* bytes and bytearray (values of type T_OBJ: these rows are reached by
     * the run-time dispatch of o.name(...), sema_attr_call) */
    {T_BYTES, BI_NONE, "decode", 0, "rt_bytes_decode", "", "NN", T_STR},
    {T_BYTES, BI_NONE, "decode", 1, "rt_bytes_decode", "O", "N", T_STR},
    {T_BYTES, BI_NONE, "decode", 2, "rt_bytes_decode", "OO", "", T_STR},
    {T_BYTES, BI_NONE, "hex", 0, "rt_bytes_hex", "", "Ny", T_STR},
    {T_BYTES, BI_NONE, "hex", 1, "rt_bytes_hex", "O", "o", T_STR},
    {T_BYTES, BI_NONE, "hex", 2, "rt_bytes_hex", "OI", "", T_STR},
#define SEARCH(name, fn, ret) \
    {T_BYTES, BI_NONE, name, 1, fn, "O", "NN", ret}, {T_BYTES, BI_NONE, name, 2, fn, "OO", "N", ret}, \
    {T_BYTES, BI_NONE, name, 3, fn, "OOO", "", ret}
    SEARCH("count", "rt_bytes_count", T_INT),
    SEARCH("find", "rt_bytes_find", T_INT),
    SEARCH("rfind", "rt_bytes_rfind", T_INT),
    SEARCH("index", "rt_bytes_index", T_INT),
    SEARCH("rindex", "rt_bytes_rindex", T_INT),
    SEARCH("startswith", "rt_bytes_startswith", T_BOOL),
    SEARCH("endswith", "rt_bytes_endswith", T_BOOL),
#undef SEARCH
    {T_BYTES, BI_NONE, "split", 0, "rt_bytes_split", "", "Nm", T_LIST},
    {T_BYTES, BI_NONE, "split", 1, "rt_bytes_split", "O", "m", T_LIST},
    {T_BYTES, BI_NONE, "split", 2, "rt_bytes_split", "OI", "", T_LIST},
    {T_BYTES, BI_NONE, "rsplit", 0, "rt_bytes_rsplit", "", "Nm", T_LIST},
    {T_BYTES, BI_NONE, "rsplit", 1, "rt_bytes_rsplit", "O", "m", T_LIST},
    {T_BYTES, BI_NONE, "rsplit", 2, "rt_bytes_rsplit", "OI", "", T_LIST},
    {T_BYTES, BI_NONE, "join", 1, "rt_bytes_join", "O", "", T_OBJ},
    {T_BYTES, BI_NONE, "strip", 0, "rt_bytes_strip", "", "N", T_OBJ},
    {T_BYTES, BI_NONE, "strip", 1, "rt_bytes_strip", "O", "", T_OBJ},
    {T_BYTES, BI_NONE, "lstrip", 0, "rt_bytes_lstrip", "", "N", T_OBJ},
    {T_BYTES, BI_NONE, "lstrip", 1, "rt_bytes_lstrip", "O", "", T_OBJ},
    {T_BYTES, BI_NONE, "rstrip", 0, "rt_bytes_rstrip", "", "N", T_OBJ},
    {T_BYTES, BI_NONE, "rstrip", 1, "rt_bytes_rstrip", "O", "", T_OBJ},
    {T_BYTES, BI_NONE, "upper", 0, "rt_bytes_upper", "", "", T_OBJ},
    {T_BYTES, BI_NONE, "lower", 0, "rt_bytes_lower", "", "", T_OBJ},
    {T_BYTES, BI_NONE, "replace", 2, "rt_bytes_replace", "OO", "m", T_OBJ},
    {T_BYTES, BI_NONE, "replace", 3, "rt_bytes_replace", "OOI", "", T_OBJ},
    {T_BYTES, BI_NONE, "isdigit", 0, "rt_bytes_isdigit", "", "", T_BOOL},
    {T_BYTES, BI_NONE, "isalpha", 0, "rt_bytes_isalpha", "", "", T_BOOL},
    {T_BYTES, BI_NONE, "isalnum", 0, "rt_bytes_isalnum", "", "", T_BOOL},
    {T_BYTES, BI_NONE, "isspace", 0, "rt_bytes_isspace", "", "", T_BOOL},
    {T_BYTES, BI_NONE, "isupper", 0, "rt_bytes_isupper", "", "", T_BOOL},
    {T_BYTES, BI_NONE, "islower", 0, "rt_bytes_islower", "", "", T_BOOL},
    {T_BYTEARRAY, BI_NONE, "append", 1, "rt_bytearray_append", "O", "", T_NONE},
    {T_BYTEARRAY, BI_NONE, "extend", 1, "rt_bytearray_extend", "O", "", T_NONE},
    {T_BYTEARRAY, BI_NONE, "pop", 0, "rt_bytearray_pop", "", "", T_OBJ},
    {T_BYTEARRAY, BI_NONE, "pop", 1, "rt_bytearray_pop_at", "I", "", T_OBJ},
    {T_BYTEARRAY, BI_NONE, "insert", 2, "rt_bytearray_insert", "IO", "", T_NONE},
    {T_BYTEARRAY, BI_NONE, "remove", 1, "rt_bytearray_remove", "O", "", T_NONE},
    {T_BYTEARRAY, BI_NONE, "clear", 0, "rt_bytearray_clear", "", "", T_NONE},
    {T_BYTEARRAY, BI_NONE, "reverse", 0, "rt_bytearray_reverse", "", "", T_NONE},
    {T_BYTEARRAY, BI_NONE, "copy", 0, "rt_bytearray_copy", "", "", T_OBJ},
};

/* Methods called on a builtin type itself: bytes.fromhex(s). */
static const MethodSig type_methods[] = {
    {T_STR, BI_STR, "maketrans", 1, "rt_str_maketrans", "O", "NN", T_DICT},
    {T_STR, BI_STR, "maketrans", 2, "rt_str_maketrans", "OO", "N", T_DICT},
    {T_STR, BI_STR, "maketrans", 3, "rt_str_maketrans", "OOO", "", T_DICT},
    {T_INT, BI_INT, "from_bytes", 1, "rt_int_from_bytes_of", "O", "NN", T_INT},
    {T_INT, BI_INT, "from_bytes", 2, "rt_int_from_bytes_of", "OO", "N", T_INT},
    {T_INT, BI_INT, "from_bytes", 3, "rt_int_from_bytes_of", "OOO", "", T_INT}, /* signed= */
    {T_FLOAT, BI_FLOAT, "fromhex", 1, "rt_float_fromhex", "O", "", T_FLOAT},
    {T_BYTES, BI_BYTES, "fromhex", 1, "rt_bytes_fromhex", "O", "", T_OBJ},
    {T_BYTEARRAY, BI_BYTEARRAY, "fromhex", 1, "rt_bytearray_fromhex", "O", "", T_OBJ},
};

static const MethodSig builtins[] = {
    {T_UNKNOWN, BI_LIST, "list", 0, "rt_list_new", "", "z", T_LIST},
    {T_UNKNOWN, BI_LIST, "list", 1, "rt_builtin_list", "G", "", T_LIST},
    {T_UNKNOWN, BI_TUPLE, "tuple", 0, "rt_tuple_new", "", "z", T_TUPLE},
    {T_UNKNOWN, BI_TUPLE, "tuple", 1, "rt_builtin_tuple", "G", "", T_TUPLE},
    {T_UNKNOWN, BI_SET, "set", 0, "rt_set_new", "", "", T_SET},
    {T_UNKNOWN, BI_SET, "set", 1, "rt_builtin_set", "G", "", T_SET},
    {T_UNKNOWN, BI_FROZENSET, "frozenset", 0, "rt_builtin_frozenset", "", "N", T_OBJ},
    {T_UNKNOWN, BI_FROZENSET, "frozenset", 1, "rt_builtin_frozenset", "G", "", T_OBJ},
    {T_UNKNOWN, BI_ID, "id", 1, "rt_builtin_id", "O", "", T_INT},
    /* exit() and quit() (the site module's): sys.exit's SystemExit */
    {T_UNKNOWN, BI_EXIT, "exit", 0, "rt_sys_exit", "", "n", T_NONE},
    {T_UNKNOWN, BI_EXIT, "exit", 1, "rt_sys_exit", "O", "", T_NONE},
    {T_UNKNOWN, BI_QUIT, "quit", 0, "rt_sys_exit", "", "n", T_NONE},
    {T_UNKNOWN, BI_QUIT, "quit", 1, "rt_sys_exit", "O", "", T_NONE},
    {T_UNKNOWN, BI_ASCII, "ascii", 1, "rt_builtin_ascii", "O", "", T_STR},
    {T_UNKNOWN, BI_VARS, "vars", 1, "rt_builtin_vars", "O", "", T_OBJ},
    {T_UNKNOWN, BI_SLICE, "slice", 1, "rt_builtin_slice_stop", "O", "", T_OBJ},
    {T_UNKNOWN, BI_SLICE, "slice", 2, "rt_builtin_slice", "OO", "N", T_OBJ},
    {T_UNKNOWN, BI_SLICE, "slice", 3, "rt_builtin_slice", "OOO", "", T_OBJ},
    {T_UNKNOWN, BI_DICT, "dict", 0, "rt_dict_new", "", "", T_DICT},
    {T_UNKNOWN, BI_DICT, "dict", 1, "rt_builtin_dict", "G", "", T_DICT},
    {T_UNKNOWN, BI_SORTED, "sorted", 1, "rt_builtin_sorted", "G", "z", T_LIST},
    {T_UNKNOWN, BI_REVERSED, "reversed", 1, "rt_builtin_reversed", "O", "", T_OBJ},
    {T_UNKNOWN, BI_SUM, "sum", 1, "rt_builtin_sum", "G", "N", T_OBJ},
    {T_UNKNOWN, BI_SUM, "sum", 2, "rt_builtin_sum", "GO", "", T_OBJ},
    {T_UNKNOWN, BI_MIN, "min", 1, "rt_builtin_min", "G", "", T_OBJ},
    {T_UNKNOWN, BI_MAX, "max", 1, "rt_builtin_max", "G", "", T_OBJ},
    {T_UNKNOWN, BI_ANY, "any", 1, "rt_builtin_any", "G", "", T_BOOL},
    {T_UNKNOWN, BI_ALL, "all", 1, "rt_builtin_all", "G", "", T_BOOL},
    /* enumerate and zip objects: lazy iterators (rt_dyn_iter.c) */
    {T_UNKNOWN, BI_ENUMERATE, "enumerate", 1, "rt_builtin_enumerate", "O", "y", T_OBJ},
    {T_UNKNOWN, BI_ENUMERATE, "enumerate", 2, "rt_builtin_enumerate", "OI", "", T_OBJ},
    {T_UNKNOWN, BI_ZIP, "zip", 0, "rt_builtin_zip4", "", "NNNN", T_OBJ},
    {T_UNKNOWN, BI_ZIP, "zip", 1, "rt_builtin_zip4", "O", "NNN", T_OBJ},
    {T_UNKNOWN, BI_ZIP, "zip", 2, "rt_builtin_zip", "OO", "", T_OBJ},
    {T_UNKNOWN, BI_ZIP, "zip", 3, "rt_builtin_zip4", "OOO", "N", T_OBJ},
    {T_UNKNOWN, BI_ZIP, "zip", 4, "rt_builtin_zip4", "OOOO", "", T_OBJ},
    {T_UNKNOWN, BI_ORD, "ord", 1, "rt_builtin_ord", "O", "", T_INT},
    {T_UNKNOWN, BI_CHR, "chr", 1, "rt_builtin_chr", "I", "", T_STR},
    {T_UNKNOWN, BI_BIN, "bin", 1, "rt_builtin_bin", "I", "", T_STR},
    {T_UNKNOWN, BI_OCT, "oct", 1, "rt_builtin_oct", "I", "", T_STR},
    {T_UNKNOWN, BI_HEX, "hex", 1, "rt_builtin_hex", "I", "", T_STR},
    {T_UNKNOWN, BI_FORMAT, "format", 1, "rt_format", "O", "e", T_STR},
    {T_UNKNOWN, BI_FORMAT, "format", 2, "rt_format", "OS", "", T_STR},
    {T_UNKNOWN, BI_STR, "str", 2, "rt_builtin_str_decode", "OO", "N", T_STR},
    {T_UNKNOWN, BI_STR, "str", 3, "rt_builtin_str_decode", "OOO", "", T_STR},
    {T_UNKNOWN, BI_COMPLEX, "complex", 0, "rt_builtin_complex", "", "NN", T_OBJ},
    {T_UNKNOWN, BI_COMPLEX, "complex", 1, "rt_builtin_complex", "O", "N", T_OBJ},
    {T_UNKNOWN, BI_COMPLEX, "complex", 2, "rt_builtin_complex", "OO", "", T_OBJ},
    {T_UNKNOWN, BI_BYTES, "bytes", 0, "rt_builtin_bytes", "", "NNN", T_OBJ},
    {T_UNKNOWN, BI_BYTES, "bytes", 1, "rt_builtin_bytes", "O", "NN", T_OBJ},
    {T_UNKNOWN, BI_BYTES, "bytes", 2, "rt_builtin_bytes", "OO", "N", T_OBJ},
    {T_UNKNOWN, BI_BYTES, "bytes", 3, "rt_builtin_bytes", "OOO", "", T_OBJ},
    {T_UNKNOWN, BI_BYTEARRAY, "bytearray", 0, "rt_builtin_bytearray", "", "NNN", T_OBJ},
    {T_UNKNOWN, BI_BYTEARRAY, "bytearray", 1, "rt_builtin_bytearray", "O", "NN", T_OBJ},
    {T_UNKNOWN, BI_BYTEARRAY, "bytearray", 2, "rt_builtin_bytearray", "OO", "N", T_OBJ},
    {T_UNKNOWN, BI_BYTEARRAY, "bytearray", 3, "rt_builtin_bytearray", "OOO", "", T_OBJ},
};

#define COUNT(a) (int)(sizeof(a) / sizeof((a)[0]))

/* The parameters of the rows' methods that are often passed by name, in
 * order, each with its default (a literal) when it has one. */
static const struct {
    const char *name, *params;
} keyword_params[] = {
    {"to_bytes", "length=1 byteorder='big' signed=False"},
    {"from_bytes", "bytes byteorder='big' signed=False"},
    {"splitlines", "keepends=False"},
    {"expandtabs", "tabsize=8"},
    {"split", "sep=None maxsplit=-1"},
    {"rsplit", "sep=None maxsplit=-1"},
};

const char *method_params(const char *name) {
    for (int i = 0; i < COUNT(keyword_params); i++)
        if (!strcmp(keyword_params[i].name, name)) return keyword_params[i].params;
    return NULL;
}

const MethodSig *method_find(Type recv, const char *name, int nargs) {
    if (recv == T_BOOL) recv = T_INT; /* bool is an int subclass: int's methods */
    const MethodSig *found = NULL;
    Type found_type = T_UNKNOWN;
    for (int i = 0; i < COUNT(methods); i++) {
        const MethodSig *m = &methods[i];
        if (strcmp(m->name, name)) continue;
        if (recv != T_OBJ) {
            if (m->recv == recv && m->nargs == nargs) return m;
            continue;
        }
        /* Unknown receiver: the name must belong to one type only. */
        if (found_type != T_UNKNOWN && found_type != m->recv) return NULL;
        found_type = m->recv;
        if (m->nargs == nargs) found = m;
    }
    return found;
}

const MethodSig *builtin_row(BuiltinId id, int nargs) {
    for (int i = 0; i < COUNT(builtins); i++)
        if (builtins[i].builtin == id && builtins[i].nargs == nargs) return &builtins[i];
    return NULL;
}

const MethodSig *type_method_find(BuiltinId type, const char *name, int nargs) {
    for (int i = 0; i < COUNT(type_methods); i++)
        if (type_methods[i].builtin == type && type_methods[i].nargs == nargs && !strcmp(type_methods[i].name, name))
            return &type_methods[i];
    return NULL;
}

bool type_method_exists(BuiltinId type, const char *name) {
    for (int i = 0; i < COUNT(type_methods); i++)
        if (type_methods[i].builtin == type && !strcmp(type_methods[i].name, name)) return true;
    return false;
}

bool method_type_has(Type recv, const char *name) {
    for (int i = 0; i < COUNT(methods); i++)
        if (methods[i].recv == recv && !strcmp(methods[i].name, name)) return true;
    return false;
}

bool method_name_exists(const char *name) {
    for (int i = 0; i < COUNT(methods); i++)
        if (!strcmp(methods[i].name, name)) return true;
    return false;
}
