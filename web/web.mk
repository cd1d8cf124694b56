# Emscripten build of the compiler (make web): see web/README.md.
# The same library and CLI core sources as the native CLI ($(LIB_SRCS)
# $(CLI_SRCS) $(GEN_SRCS), generated natively by the rules of
# src/lang/lang.mk and src/runtime/runtime.mk, which the top-level Makefile
# includes before this file) plus the JS-facing wrappers in src/emscripten/,
# compiled by emcc into one ES module with the wasm embedded: $(WEB_CORE).
# shim/compiler.mjs wraps it as `compile(source, options)`, bin/multilingual.mjs
# runs its CLI core; wabt.js (npm `wabt`) assembles the WAT.

EMCC      ?= emcc
# Debian's emcc 3.1.6 needs Node to find its `acorn` there.
EM_ENV    := NODE_PATH=/usr/share/nodejs
WEB       := $(BUILD)/web
WEB_CORE  := $(WEB)/multilingual_core.mjs
EM_MARK   := $(BUILD)/.emscripten-done

WEB_C     := $(LIB_SRCS) $(CLI_SRCS) $(GEN_SRCS) $(wildcard src/emscripten/*.c)
# Helpers of the EM_JS functions (src/emscripten/*.c).
WEB_PREJS := src/emscripten/glue.pre.js
WEB_OBJS  := $(patsubst %.c,$(WEB)/obj/%.o,$(WEB_C))
WEB_CFLAGS:= -std=c11 -Wall -Wextra -Werror -O2 -I src -I $(GEN)
# SINGLE_FILE: Node 20's fetch cannot load the default side file from a
# path. ENVIRONMENT=web,worker: no Node-specific code (require, __dirname,
# process handlers) in the ES module; Node runs it as is (it needs only
# WebAssembly, atob and TextDecoder). No filesystem: the library only
# returns artifacts (the npm bin's host does its I/O). Exports: the ml_js_* functions (EMSCRIPTEN_KEEPALIVE)
# plus malloc/free for passing strings.
WEB_LDFLAGS := -O2 -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createMultilingualCore \
               -sSINGLE_FILE=1 -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sENVIRONMENT=web,worker \
               -sDYNAMIC_EXECUTION=0 -sEXPORTED_FUNCTIONS=_malloc,_free

.PHONY: web
# Like `make test`: install what is missing first (apt packages and npm ci
# for the native generators and wabt.js, then emscripten), then build.
web: $(EM_MARK)
	$(MAKE) $(WEB_CORE) $(JS_TABLES)

# After deps: never two apt-get at once, even under make -j.
$(EM_MARK): | deps
	@mkdir -p $(BUILD)
	@if ! command -v $(EMCC) >/dev/null 2>&1; then \
	    echo "installing: emscripten"; \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y emscripten; \
	fi
	@touch $@

$(WEB_CORE): $(WEB_OBJS) $(WEB_PREJS) web/web.mk | $(EM_MARK)
	@mkdir -p $(dir $@)
	$(EM_ENV) $(EMCC) $(WEB_LDFLAGS) --pre-js $(WEB_PREJS) -o $@.tmp.mjs $(WEB_OBJS)
	mv $@.tmp.mjs $@

$(WEB)/obj/%.o: %.c web/web.mk | $(GEN_HDRS) $(EM_MARK)
	@mkdir -p $(dir $@)
	$(EM_ENV) $(EMCC) $(WEB_CFLAGS) -MMD -MP -c $< -o $@

-include $(WEB_OBJS:.o=.d)
