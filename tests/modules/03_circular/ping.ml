import pong

name = "ping"
order = ["ping starts"]


def other():
    return "ping sees " + pong.name
