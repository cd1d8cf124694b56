# हिन्दी.
उठाओ ValueError("x")
