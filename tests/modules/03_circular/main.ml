# Two modules importing each other: each sees the other once both ran.
import ping
import pong

print(ping.name, pong.name)
print(ping.other(), pong.other())
print(ping.order, pong.order)
