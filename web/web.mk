# Emscripten builds (make web): see web/README.md. Two ES modules, each with
# its wasm embedded:
# - $(WEB_CORE), the compiler: the same library sources as the native CLI
#   ($(LIB_SRCS) $(GEN_SRCS), generated natively by the rules of
#   src/lang/lang.mk and src/runtime/runtime.mk, which the top-level Makefile
#   includes before this file) plus its JS-facing wrappers. shim/compiler.mjs
#   wraps it as `compile(source, options)`; it assembles its modules itself
#   (src/back/wasm), as the native CLI does.
# - $(WEB_CLI), the CLI core of the native CLI ($(CLI_SRCS)) with what it
#   reads of the library (results, tables, language packs) and its host glue:
#   the npm bin runs it, and its Node host compiles with $(WEB_CORE), loaded
#   only for a command that compiles (so --version loads no compiler).

EMCC      ?= emcc
# Debian's emcc 3.1.6 needs Node to find its `acorn` there.
EM_ENV    := NODE_PATH=/usr/share/nodejs
WEB       := $(BUILD)/web
WEB_CORE  := $(WEB)/multilingual_core.mjs
WEB_CLI   := $(WEB)/multilingual_cli.mjs
EM_MARK   := $(BUILD)/.emscripten-done

WEB_CORE_C:= $(LIB_SRCS) $(GEN_SRCS) src/emscripten/ml_exports.c
WEB_CLI_C := $(CLI_SRCS) src/api_result.c src/api_module_file.c src/bundle/artifacts.c src/util/buf.c $(wildcard src/lang/*.c) \
             $(GEN)/lang_packs.c $(GEN)/lang_messages.c src/emscripten/cli_host.c
# Helpers of the EM_JS functions (src/emscripten/*.c), in each module's scope.
WEB_PREJS := src/emscripten/glue.pre.js
WEB_CLI_PREJS := $(WEB_PREJS) src/emscripten/cli_glue.pre.js
WEB_CORE_OBJS := $(patsubst %.c,$(WEB)/obj/%.o,$(WEB_CORE_C))
WEB_CLI_OBJS  := $(patsubst %.c,$(WEB)/obj/%.o,$(WEB_CLI_C))
WEB_CFLAGS:= -std=c11 -Wall -Wextra -Werror -O2 -I src -I $(GEN)
# SINGLE_FILE: Node 20's fetch cannot load the default side file from a
# path. ENVIRONMENT=web,worker: no Node-specific code (require, __dirname,
# process handlers) in the ES module; Node runs it as is (it needs only
# WebAssembly, atob and TextDecoder). No filesystem: the library only
# returns artifacts, and the CLI core's host does its I/O. Exports: the
# ml_js_* functions (EMSCRIPTEN_KEEPALIVE) plus malloc/free for passing
# strings.
WEB_LDFLAGS := -O2 -sMODULARIZE=1 -sEXPORT_ES6=1 \
               -sSINGLE_FILE=1 -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sENVIRONMENT=web,worker \
               -sDYNAMIC_EXECUTION=0 -sEXPORTED_FUNCTIONS=_malloc,_free

.PHONY: web
# Like `make test`: install what is missing first (apt packages and npm ci
# for the native generators and the page's editor, then emscripten), then build.
web: $(EM_MARK)
	$(MAKE) $(WEB_CORE) $(WEB_CLI) $(JS_TABLES) site

# ---- the playground: a static site in $(SITE) (see web/README.md) ---------
# The compiler core once more, for the page: the same objects linked for
# size (-Oz) with the wasm as a side file, so that the browser compiles it
# while it downloads (WebAssembly.instantiateStreaming) and caches it; and
# without its data (the runtime's text and index, the standard library's
# sources: 80% of its bytes), which the page loads once its first screen is
# up, as multilingual_data.bin (src/api_data.h, tools/mkdata.c).
SITE      := $(BUILD)/site
SITE_CORE := $(WEB)/site/multilingual_core.mjs
SITE_DATA := $(WEB)/site/multilingual_data.bin
SITE_LDFLAGS := $(filter-out -O2 -sSINGLE_FILE=1,$(WEB_LDFLAGS)) -Oz
DATA_C    := $(GEN)/runtime_wat.c $(GEN)/stdlib_sources.c src/api_data_builtin.c
SITE_CORE_OBJS := $(patsubst %.c,$(WEB)/obj/%.o,$(filter-out $(DATA_C),$(WEB_CORE_C)) src/emscripten/data_none.c)
SITE_SRCS := $(wildcard web/*.html web/*.css web/*.mjs web/src/*.js web/examples/*.ml) \
             $(LANG_PACKS) shim/compiler.mjs shim/host_runtime.mjs shim/canvas.mjs
.PHONY: site serve
site: $(SITE)/.built
$(SITE)/.built: $(SITE_CORE) $(SITE_DATA) $(JS_TABLES) $(SITE_SRCS) web/web.mk | node_modules/.package-lock.json
	node web/build.mjs --out $(SITE) --core $(SITE_CORE) --data $(SITE_DATA) $(LANG_PACKS)
	@touch $@

$(SITE_CORE): $(SITE_CORE_OBJS) $(WEB_PREJS) web/web.mk | $(EM_MARK)
	@mkdir -p $(dir $@)
	$(EM_ENV) $(EMCC) $(SITE_LDFLAGS) -sEXPORT_NAME=createMultilingualCore \
	    $(addprefix --pre-js ,$(WEB_PREJS)) -o $@ $(SITE_CORE_OBJS)

$(BUILD)/tools/mkdata: tools/mkdata.c src/api_data.c src/api_data.h src/util/buf.c $(GEN)/runtime_wat.c $(GEN)/stdlib_sources.c | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=c11 -Wall -Wextra -Werror -O2 -I src -I $(GEN) -o $@ tools/mkdata.c src/api_data.c src/util/buf.c
$(SITE_DATA): $(BUILD)/tools/mkdata
	@mkdir -p $(dir $@)
	$(BUILD)/tools/mkdata $@

# Serves the built site on 127.0.0.1 (PORT=8000 by default) and prints its URL.
serve: web
	node web/serve.mjs $(SITE) $(or $(PORT),8000)

# After deps: never two apt-get at once, even under make -j.
$(EM_MARK): | deps
	@mkdir -p $(BUILD)
	@if ! command -v $(EMCC) >/dev/null 2>&1; then \
	    echo "installing: emscripten"; \
	    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y emscripten; \
	fi
	@touch $@

# The compiler for npm: its .wasm beside the .mjs (not base64 inside it:
# 4.4 MB of JS to parse and decode cost Node 60-70 ms a start); in Node the
# shim reads it from disk (wasmBinary), a browser fetches it. Linked in a
# folder of its own, since the .mjs names the .wasm by its file name.
$(WEB_CORE): $(WEB_CORE_OBJS) $(WEB_PREJS) web/web.mk | $(EM_MARK)
	@mkdir -p $(WEB)/core.tmp
	$(EM_ENV) $(EMCC) $(filter-out -sSINGLE_FILE=1,$(WEB_LDFLAGS)) -sEXPORT_NAME=createMultilingualCore \
	    $(addprefix --pre-js ,$(WEB_PREJS)) -o $(WEB)/core.tmp/multilingual_core.mjs $(WEB_CORE_OBJS)
	mv $(WEB)/core.tmp/multilingual_core.wasm $(WEB)/multilingual_core.wasm
	mv $(WEB)/core.tmp/multilingual_core.mjs $@

$(WEB_CLI): $(WEB_CLI_OBJS) $(WEB_CLI_PREJS) web/web.mk | $(EM_MARK)
	@mkdir -p $(dir $@)
	$(EM_ENV) $(EMCC) $(WEB_LDFLAGS) -sEXPORT_NAME=createMultilingualCli \
	    $(addprefix --pre-js ,$(WEB_CLI_PREJS)) -o $@.tmp.mjs $(WEB_CLI_OBJS)
	mv $@.tmp.mjs $@

$(WEB)/obj/%.o: %.c web/web.mk | $(GEN_HDRS) $(EM_MARK)
	@mkdir -p $(dir $@)
	$(EM_ENV) $(EMCC) $(WEB_CFLAGS) -MMD -MP -c $< -o $@

-include $(sort $(WEB_CORE_OBJS:.o=.d) $(SITE_CORE_OBJS:.o=.d) $(WEB_CLI_OBJS:.o=.d))
