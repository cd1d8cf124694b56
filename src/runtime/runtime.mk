# The wasm32 runtime: src/runtime/*.c -> build/runtime/runtime.wasm -> .wat,
# embedded in the compiler as $(GEN)/runtime_wat.c (ml_runtime_wat[]) with
# an index of it (ml_runtime_index_*[]: functions, call graph, types,
# globals, data segments, as text ranges), from which src/back/rtlink.c
# copies what each module reaches without parsing the text again.
HOST_CC     ?= gcc
RT_CC       := clang
# -flto: the objects are LLVM bitcode and wasm-ld optimizes the runtime as
# one program, inlining across files (rt_box_int -> rt_alloc -> the free
# list; rt_dyn_add -> int and float helpers): nbody, spectral-norm and
# closures run 1.2x faster. Functions are of default visibility so that LTO
# keeps every one of them (the generated code calls them by name later);
# -inline-threshold=60 (below -O2's 225) keeps the runtime's text, which the
# browser's compiler embeds, 13% larger gzipped instead of 34%, for the same
# speed (bench/README.md).
RT_CFLAGS   := --target=wasm32-wasi -std=c11 -O2 -flto -fvisibility=default -fno-unroll-loops -DML_RUNTIME_BUILD -Wall -Wextra -Werror \
               -mbulk-memory -mnontrapping-fptoint -msign-ext -mmutable-globals \
               -ffunction-sections -fdata-sections -fno-builtin-printf -I src/runtime
RT_WASI_LIB := /usr/lib/wasm32-wasi
RT_BUILTINS := $(firstword $(wildcard /usr/lib/llvm-14/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a) \
                           $(wildcard /usr/lib/llvm-*/lib/clang/*/lib/wasi/libclang_rt.builtins-wasm32.a))
RT_SRCS     := $(wildcard src/runtime/*.c)
RT_HDRS     := $(wildcard src/runtime/*.h src/runtime/*.def)
RT_OBJS     := $(patsubst src/runtime/%.c,$(BUILD)/runtime/%.o,$(RT_SRCS))

$(BUILD)/runtime/%.o: src/runtime/%.c $(RT_HDRS) src/runtime/runtime.mk
	@mkdir -p $(dir $@)
	$(RT_CC) $(RT_CFLAGS) -c $< -o $@

# No entry point; keep every runtime function (no exports needed); data
# segments unmerged so that only the ones a module uses are copied. A second
# link keeps the relocations, from which tools/rtdeps lists exactly which
# data segments each function addresses (wasm2wat cannot print a module with
# relocations: the linking section's names clash).
RT_LDFLAGS  := -mllvm -inline-threshold=60 --export-dynamic --no-entry --stack-first -z stack-size=262144 --no-gc-sections --no-merge-data-segments \
               --export=__heap_base --export=__data_end --export=rt_exc_state \
               --export=rt_true_obj --export=rt_false_obj --export=rt_small_ints --export=rt_gc_budget --export=rt_gc_shadow
RT_LIBS     := $(RT_WASI_LIB)/libm.a $(RT_WASI_LIB)/libc.a $(RT_BUILTINS)

$(BUILD)/runtime/runtime.wasm: $(RT_OBJS) src/runtime/runtime.mk
	wasm-ld $(RT_LDFLAGS) -o $@ $(RT_OBJS) $(RT_LIBS)

$(BUILD)/runtime/runtime.relocs.wasm: $(RT_OBJS) src/runtime/runtime.mk
	wasm-ld $(RT_LDFLAGS) --emit-relocs -o $@ $(RT_OBJS) $(RT_LIBS)

# Instructions nested deeper than a function's body are indented as its
# body is (4 spaces): the text is whitespace-insensitive (rtlink.c tokenizes
# it), and wasm2wat's nesting indentation was 1.46 of its 3.25 MB, 72 KB of
# the page's compiler gzipped (and copied into every module.wat).
# --export-dynamic gives every exported function a wrapper NAME.command_export
# (calling the constructors first) and exports that: nothing uses them, so the
# wrappers and their exports are dropped from the text.
$(BUILD)/runtime/runtime.wat: $(BUILD)/runtime/runtime.wasm
	wasm2wat --enable-all $< | sed -E 's/^ {6,}/    /' \
	  | awk '/^  \(func \$$[^ ]*\.command_export/ {skip = 1; next} /^  \(/ {skip = 0} /^  \(export .*command_export/ {next} !skip' > $@.tmp
	mv $@.tmp $@

$(BUILD)/runtime/runtime.deps: $(BUILD)/runtime/runtime.relocs.wasm $(BUILD)/tools/rtdeps
	$(BUILD)/tools/rtdeps $< $@

$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=c11 -Wall -Wextra -Werror -O2 -o $@ $<

$(BUILD)/tools/rtdeps: tools/rtdeps.c
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=c11 -Wall -Wextra -Werror -O2 -o $@ $<

# rtindex compiles src/back/rtlink.c's parser in (see tools/rtindex.c).
RTINDEX_SRCS := tools/rtindex.c tools/embed.c src/back/rtlink.c src/back/rtlink.h \
                src/util/arena.c src/util/arena.h src/util/buf.c src/util/buf.h
$(BUILD)/tools/rtindex: $(RTINDEX_SRCS)
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=c11 -Wall -Wextra -Werror -O2 -I src -o $@ tools/rtindex.c src/util/arena.c src/util/buf.c

# The compiler embeds the WAT text followed by the data dependencies, and
# the index rtindex computes from them.
$(GEN)/runtime_wat.c: $(BUILD)/runtime/runtime.wat $(BUILD)/runtime/runtime.deps $(BUILD)/tools/rtindex
	@mkdir -p $(dir $@)
	$(BUILD)/tools/rtindex $@ $(BUILD)/runtime/runtime.wat $(BUILD)/runtime/runtime.deps

GEN_SRCS += $(GEN)/runtime_wat.c
