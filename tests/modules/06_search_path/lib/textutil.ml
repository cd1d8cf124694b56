WIDTH = 40


def shout(s):
    return s.upper() + "!"
