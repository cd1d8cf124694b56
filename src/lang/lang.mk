# Language packs: src/lang/packs/<code>.lang -> $(GEN)/lang_packs.c, through
# tools/genpacks (always built natively with HOST_CC, even when CC is emcc).
# Included by the top-level Makefile, which defines BUILD and GEN.

HOST_CC    ?= gcc
# The languages, and their order (the one place it is decided): a pack per
# code; everything else lists the languages from the generated packs.
LANG_ORDER := en fr es de hi ar bn ta zh ja it pt pl nl sv da fi
LANG_PACKS := $(patsubst %,src/lang/packs/%.lang,$(LANG_ORDER))
GENPACKS   := $(BUILD)/tools/genpacks

GEN_SRCS += $(GEN)/lang_packs.c

$(GENPACKS): tools/genpacks.c src/lang/concepts.h
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=c11 -Wall -Wextra -Werror -O2 -o $@ $<

$(GEN)/lang_packs.c: $(GENPACKS) $(LANG_PACKS)
	@mkdir -p $(dir $@)
	$(GENPACKS) $@ $(LANG_PACKS)

# Message catalogs: src/lang/messages/<code>.po -> $(GEN)/lang_messages.c,
# through tools/genmsgs (see src/lang/messages/README.md). A language
# without a catalog gets the English messages.
LANG_MSGS := $(wildcard $(patsubst %,src/lang/messages/%.po,$(LANG_ORDER)))
GENMSGS   := $(BUILD)/tools/genmsgs

GEN_SRCS += $(GEN)/lang_messages.c

$(GENMSGS): tools/genmsgs.c
	@mkdir -p $(dir $@)
	$(HOST_CC) -std=c11 -Wall -Wextra -Werror -O2 -o $@ $<

$(GEN)/lang_messages.c: $(GENMSGS) $(LANG_MSGS)
	@mkdir -p $(dir $@)
	$(GENMSGS) $@ $(LANG_MSGS)
