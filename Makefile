# multilingual: build, test and run. `make run` and `make test` do all the
# set-up a fresh Debian machine needs (apt packages, npm ci).

CC      ?= gcc
CXX     ?= g++
BUILD   := build
GEN     := $(BUILD)/gen
CFLAGS  := -std=c11 -Wall -Wextra -Werror -O2 -g -I src -I $(GEN)
CXXFLAGS:= -std=c++17 -Wall -Wextra -Werror -O2 -g -I src -Wno-unused-parameter
SAN     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
.DEFAULT_GOAL := all

# The compiler library: every stage folder except the wasm32 runtime.
LIB_SRCS := $(wildcard src/*.c src/util/*.c src/lang/*.c src/front/*.c \
                       src/sema/*.c src/back/*.c src/back/*/*.c src/bundle/*.c)
# The CLI core (grammar, usage, messages, commands; no I/O): in the native
# CLI and in the Emscripten build (the npm bin's). Its native host (POSIX
# files, the bundle writer, node for `run`) is the native CLI's alone.
CLI_SRCS := $(wildcard src/cli/*.c)
POSIX_SRCS := $(wildcard src/cli/posix/*.c)
WABT_SRCS:= $(wildcard src/wabt/*.cc)
# Generated C sources (language tables, embedded runtime) are added by the
# stage fragments below; generated headers every object may include, here.
GEN_SRCS :=
GEN_HDRS :=

# ---- facts declared once, generated for C and for JS ----------------------
# The version lives in package.json alone; tools/gen_version.mjs writes it as
# ML_VERSION into $(VERSION_H), rewriting the file only when the version
# changes (so editing package.json's other fields rebuilds nothing).
VERSION_H := $(GEN)/ml_version.h
$(VERSION_H): package.json tools/gen_version.mjs
	@mkdir -p $(dir $@)
	@node tools/gen_version.mjs package.json $@
GEN_HDRS += $(VERSION_H)

# The C tables (artifacts, targets, host failures, version) as an ES module for the JS side; the npm package ships it.
JS_TABLES := $(GEN)/ml_tables.mjs $(GEN)/ml_tables.d.mts
TABLE_DEFS:= src/bundle/artifacts.def src/targets.def src/cli/host_failures.def
$(BUILD)/tools/gentables: tools/gentables.c $(TABLE_DEFS) $(VERSION_H)
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=c11 -Wall -Wextra -Werror -O2 -I src -I $(GEN) -o $@ $<
$(JS_TABLES) &: $(BUILD)/tools/gentables
	$(BUILD)/tools/gentables $(JS_TABLES)

include src/lang/lang.mk
include src/runtime/runtime.mk

# The standard library's modules written in the language (src/stdlib/*.ml),
# embedded in the compiler (tools/genstdlib.c), sorted by name.
STDLIB_ML := $(sort $(wildcard src/stdlib/*.ml))
GEN_SRCS  += $(GEN)/stdlib_sources.c
$(BUILD)/tools/genstdlib: tools/genstdlib.c tools/embed.c
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=c11 -Wall -Wextra -Werror -O2 -o $@ $<
$(GEN)/stdlib_sources.c: $(BUILD)/tools/genstdlib $(STDLIB_ML) src/stdlib
	@mkdir -p $(dir $@)
	$(BUILD)/tools/genstdlib $@ $(STDLIB_ML)
include shim/shim.mk
include web/web.mk
include tests/fuzz/fuzz.mk

# The native `run` writes out the npm bin's WASI runner.
CLI_GEN  := $(GEN)/cli_runner.c
$(CLI_GEN): bin/run_wasi.mjs $(BUILD)/tools/embed
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed ml_cli_runner $@ bin/run_wasi.mjs

ALL_C    := $(LIB_SRCS) $(CLI_SRCS) $(POSIX_SRCS) $(GEN_SRCS) $(CLI_GEN)
OBJS     := $(patsubst %.c,$(BUILD)/obj/%.o,$(ALL_C)) $(patsubst %.cc,$(BUILD)/obj/%.o,$(WABT_SRCS))
ASAN_OBJS:= $(patsubst %.c,$(BUILD)/asan/%.o,$(ALL_C)) $(patsubst %.cc,$(BUILD)/asan/%.o,$(WABT_SRCS))
WABT_LIBS:= -lwabt

.PHONY: all deps run test test-unit bench clean npm-pack
all: $(BUILD)/multilingual $(JS_TABLES)

$(BUILD)/multilingual: $(OBJS)
	$(CXX) -o $@ $^ $(WABT_LIBS) -lm

# Hello world compiled in-process, the library alone (bench/hello_compile.c).
$(BUILD)/bench/hello_compile: bench/hello_compile.c $(patsubst %.c,$(BUILD)/obj/%.o,$(LIB_SRCS) $(GEN_SRCS))
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ -lm

$(BUILD)/multilingual-asan: $(ASAN_OBJS)
	$(CXX) $(SAN) -o $@ $^ $(WABT_LIBS) -lm

$(BUILD)/obj/%.o: %.c | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@
$(BUILD)/obj/%.o: %.cc | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS) -MMD -MP -c $< -o $@
$(BUILD)/asan/%.o: %.c | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(SAN) -O1 -MMD -MP -c $< -o $@
$(BUILD)/asan/%.o: %.cc | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(CXX) $(CXXFLAGS) $(SAN) -O1 -MMD -MP -c $< -o $@

-include $(OBJS:.o=.d) $(ASAN_OBJS:.o=.d)

# ---- set-up -------------------------------------------------------------
# Debian packages: gcc/clang/lld for the compiler and the wasm32 runtime,
# wasi-libc for the runtime's libm, wabt (libwabt.a) for WAT -> wasm,
# nodejs for the test harness and `multilingual run`, python3 for the oracle.
# libclang-rt-14-dev: libFuzzer and the sanitizers' runtimes for tests/fuzz.
APT_PKGS := build-essential clang lld wabt wasi-libc libclang-rt-14-dev-wasm32 libclang-rt-14-dev python3
# Node only when missing: a machine with NodeSource's nodejs (npm included)
# cannot install Debian's npm beside it.
NODE_PKGS:= $(if $(shell command -v node 2>/dev/null),,nodejs npm)
APT_MARK := $(BUILD)/.apt-done
NPM_MARK := node_modules/.package-lock.json
deps: $(APT_MARK) $(NPM_MARK)
$(APT_MARK):
	@mkdir -p $(BUILD)
	@if ! (command -v clang && command -v wasm-ld && command -v wasm2wat && \
	       test -f /usr/lib/x86_64-linux-gnu/libwabt.a -o -f /usr/lib/libwabt.a && \
	       test -f /usr/lib/wasm32-wasi/libm.a && command -v node && command -v python3 && \
	       test -f "$$(clang --print-runtime-dir)/libclang_rt.fuzzer-x86_64.a") >/dev/null 2>&1; then \
	    echo "installing: $(APT_PKGS) $(NODE_PKGS)"; \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $(APT_PKGS) $(NODE_PKGS); \
	fi
	@touch $@
# Browser tests (make test only): Debian's chromium, driven by npm
# playwright-core (a devDependency, so npm ci installs it).
CHROMIUM_MARK := $(BUILD)/.chromium-done
$(CHROMIUM_MARK): | $(APT_MARK) $(EM_MARK)
	@if ! test -x /usr/bin/chromium; then \
	    echo "installing: chromium"; \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; \
	fi
	@touch $@
$(NPM_MARK): package.json package-lock.json | $(APT_MARK)
	npm ci --no-audit --no-fund
	@touch $@

# ---- use ------------------------------------------------------------------
run: deps
	$(MAKE) $(BUILD)/multilingual
	$(BUILD)/multilingual run examples/hello_wasi.ml

# ML_VALIDATE: every module the native CLI builds is also assembled by
# libwabt, which validates it and must write the same bytes (main.c).
test: deps web $(CHROMIUM_MARK)
	$(MAKE) $(BUILD)/multilingual $(BUILD)/multilingual-asan
	$(MAKE) fuzz-smoke
	ML_VALIDATE=1 node --test --test-concurrency=2 tests/

bench: deps
	$(MAKE) $(BUILD)/multilingual $(BUILD)/bench/hello_compile
	$(BUILD)/bench/hello_compile
	node bench/compile_time.mjs && node bench/runtime.mjs
	node --no-warnings bench/speed.mjs 5 && node bench/module_size.mjs

# The npm package: laid out in build/npm (tools/npm_stage.mjs: the files
# package.json lists, npm/README.md as its README), packed there into
# build/multilingual-<version>.tgz.
npm-pack: web
	node tools/npm_stage.mjs
	cd $(BUILD)/npm && npm pack --pack-destination ..

clean:
	rm -rf $(BUILD)
