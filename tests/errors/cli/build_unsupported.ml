# build-wasm-bundle reports like check, and writes nothing.
async def fetch():
    return 1
