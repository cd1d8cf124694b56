# हिन्दी: a def inside try is not compiled yet.
प्रयास:
    परिभाषा f():
        वापसी 1
अपवाद ValueError:
    छापो(2)
