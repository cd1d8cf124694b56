# build-wasm-bundle reports like check, and writes nothing.
import math
print(math.pi)
