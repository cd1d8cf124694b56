# The JS shared by every generated host_shim.js and renderer_template.js
# (shim/dom.mjs, shim/host_values.mjs, then shim/host_runtime.mjs, whose imports of them tools/embed
# drops; shim/canvas.mjs) is embedded in the compiler, so that each
# artifact is one self-contained ES module and the npm API runs exactly the
# same code.
$(GEN)/shim_host_runtime.c: shim/dom.mjs shim/host_values.mjs shim/host_runtime.mjs $(BUILD)/tools/embed
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed ml_shim_host_runtime $@ shim/dom.mjs shim/host_values.mjs shim/host_runtime.mjs
$(GEN)/shim_canvas.c: shim/canvas.mjs $(BUILD)/tools/embed
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed ml_shim_canvas $@ shim/canvas.mjs

GEN_SRCS += $(GEN)/shim_host_runtime.c $(GEN)/shim_canvas.c
