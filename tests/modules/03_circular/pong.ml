import ping

name = "pong"
order = ["pong starts"]


def other():
    return "pong sees " + ping.name
