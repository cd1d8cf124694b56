# The DOM builtins need a page: under --wasm-target wasi (check's target)
# each use is refused where it is, a call or a value.
count = dom_get("count")
handler = dom_on
dom_text(count, 1)
