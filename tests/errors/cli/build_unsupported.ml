# build-wasm-bundle reports like check, and writes nothing.
class A:
    pass
