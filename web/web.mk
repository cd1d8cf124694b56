# Emscripten build of the compiler (make web): see web/README.md.
