# libFuzzer targets (tests/fuzz/README.md): the compile entry point and
# `translate`, built with clang's -fsanitize=fuzzer,address,undefined over
# the compiler library and libwabt as the native CLI links them. Included by
# the top-level Makefile after LIB_SRCS and GEN_SRCS are complete.
#   make fuzz [FUZZ_TIME=seconds per target] [FUZZ_JOBS=n]
#   make fuzz-smoke [FUZZ_RUNS=executions per target]   (part of make test)
# Corpora found by `make fuzz` accumulate in build/fuzz/corpus/<target>;
# crashes are written to build/fuzz/artifacts/.

FUZZ_CC    ?= clang
FUZZ_CXX   ?= clang++
FUZZ_TIME  ?= 300
FUZZ_RUNS  ?= 1000
FUZZ_JOBS  ?= 1
FUZZ       := $(BUILD)/fuzz
FUZZ_SAN   := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS:= -std=c11 -Wall -Wextra -Werror -O1 -g -I src -I $(GEN) $(FUZZ_SAN) -fsanitize=fuzzer-no-link
FUZZ_CXXFLAGS := -std=c++17 -Wall -Wextra -Werror -O1 -g -I src -Wno-unused-parameter $(FUZZ_SAN) -fsanitize=fuzzer-no-link
FUZZ_TARGETS := compile translate wat runtime
FUZZ_BINS  := $(patsubst %,$(FUZZ)/fuzz_%,$(FUZZ_TARGETS))
FUZZ_LIB_C := $(LIB_SRCS) $(GEN_SRCS)
FUZZ_OBJS  := $(patsubst %.c,$(FUZZ)/obj/%.o,$(FUZZ_LIB_C)) $(FUZZ)/obj/src/wabt/wabt_bridge.o
FUZZ_DICT  := $(FUZZ)/ml.dict
FUZZ_SEEDS := $(FUZZ)/seeds
# libFuzzer options shared by both modes: a program of 4 KB at most, 20 s
# at most per input (an exponential input is a finding too).
FUZZ_OPTS  := -max_len=4096 -timeout=20 -rss_limit_mb=3072 -dict=$(FUZZ_DICT) -artifact_prefix=$(FUZZ)/artifacts/

.PHONY: fuzz fuzz-build fuzz-smoke
fuzz-build: $(FUZZ_BINS) $(FUZZ_DICT) $(FUZZ_SEEDS)/.done

$(FUZZ)/obj/%.o: %.c | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -MMD -MP -c $< -o $@
$(FUZZ)/obj/%.o: %.cc | $(GEN_HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CXX) $(FUZZ_CXXFLAGS) -MMD -MP -c $< -o $@
$(FUZZ)/fuzz_compile $(FUZZ)/fuzz_translate $(FUZZ)/fuzz_wat: $(FUZZ)/fuzz_%: $(FUZZ)/obj/tests/fuzz/fuzz_%.o $(FUZZ_OBJS)
	$(FUZZ_CXX) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ $(WABT_LIBS) -lm
-include $(FUZZ_OBJS:.o=.d) $(patsubst %,$(FUZZ)/obj/tests/fuzz/fuzz_%.d,$(FUZZ_TARGETS))

# The runtime's parsers, compiled natively with the stubs of its imports as
# tests/rt_obj.test.mjs compiles them (a separate object tree: other flags).
FUZZ_RT_SRCS := $(wildcard src/runtime/*.c)
FUZZ_RT_OBJS := $(patsubst %.c,$(FUZZ)/rtobj/%.o,$(FUZZ_RT_SRCS)) $(FUZZ)/rtobj/tests/fuzz/fuzz_runtime.o
FUZZ_RT_CFLAGS := -std=c11 -Wall -Wextra -Werror -O1 -g -DML_RUNTIME_BUILD -DML_RT_NATIVE -I src/runtime \
	$(FUZZ_SAN) -fsanitize=fuzzer-no-link
$(FUZZ)/rtobj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_RT_CFLAGS) -MMD -MP -c $< -o $@
$(FUZZ)/fuzz_runtime: $(FUZZ_RT_OBJS)
	$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $^ -lm
-include $(FUZZ_RT_OBJS:.o=.d)

# The dictionary, from the compiler's own language tables.
$(FUZZ)/gen_dict: tests/fuzz/gen_dict.c src/lang/lang.c src/lang/concepts.c $(GEN)/lang_packs.c
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=c11 -Wall -Wextra -Werror -O2 -I src -I $(GEN) -o $@ $^
$(FUZZ_DICT): $(FUZZ)/gen_dict
	$(FUZZ)/gen_dict $@

# Seeds: every corpus program (compile's and wat's); translate's with a
# first byte naming the target language (the i-th program goes to language
# i mod 17); runtime's from tests/fuzz/runtime_seeds.txt, a line each:
# "parser-byte argument-byte text" (fuzz_runtime.c says what they mean).
$(FUZZ_SEEDS)/.done: $(wildcard tests/corpus/*/*.ml) tests/fuzz/runtime_seeds.txt
	@rm -rf $(FUZZ_SEEDS) && mkdir -p $(FUZZ_SEEDS)/compile $(FUZZ_SEEDS)/translate
	@i=0; for f in $(filter %.ml,$^); do \
	    n=$$(echo $$f | tr / _); cp $$f $(FUZZ_SEEDS)/compile/$$n; \
	    { printf "\\$$(printf %o $$((i % 17)))"; cat $$f; } > $(FUZZ_SEEDS)/translate/$$n; i=$$((i + 1)); \
	done
	@mkdir -p $(FUZZ_SEEDS)/wat $(FUZZ_SEEDS)/runtime && cp $(FUZZ_SEEDS)/compile/* $(FUZZ_SEEDS)/wat/
	@i=0; while IFS= read -r line; do \
	    m=$${line%% *}; rest=$${line#* }; a=$${rest%% *}; t=$${rest#* }; \
	    printf "\\$$(printf %o $$m)\\$$(printf %o $$a)%s" "$$t" > $(FUZZ_SEEDS)/runtime/seed$$i; i=$$((i + 1)); \
	done < tests/fuzz/runtime_seeds.txt
	@touch $@

# A run of FUZZ_TIME seconds per target, nice'd, growing build/fuzz/corpus.
fuzz: fuzz-build
	@mkdir -p $(FUZZ)/artifacts
	@for t in $(FUZZ_TARGETS); do \
	    mkdir -p $(FUZZ)/corpus/$$t; \
	    echo "fuzz_$$t: $(FUZZ_TIME) s"; \
	    nice $(FUZZ)/fuzz_$$t $(FUZZ_OPTS) -max_total_time=$(FUZZ_TIME) -jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS) \
	        -print_final_stats=1 $(FUZZ)/corpus/$$t $(FUZZ_SEEDS)/$$t || exit 1; \
	done

# A fixed number of executions per target from the seeds alone (no corpus
# kept), so that a regression shows in make test.
fuzz-smoke: fuzz-build
	@mkdir -p $(FUZZ)/artifacts
	@for t in $(FUZZ_TARGETS); do \
	    rm -rf $(FUZZ)/smoke/$$t && mkdir -p $(FUZZ)/smoke/$$t; \
	    $(FUZZ)/fuzz_$$t $(FUZZ_OPTS) -runs=$(FUZZ_RUNS) -seed=1 -print_final_stats=1 \
	        $(FUZZ)/smoke/$$t $(FUZZ_SEEDS)/$$t 2>$(FUZZ)/smoke/$$t.log || { tail -40 $(FUZZ)/smoke/$$t.log; exit 1; }; \
	    grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec' $(FUZZ)/smoke/$$t.log | sed "s/^/fuzz_$$t: /"; \
	done
