# Packets built in bytearrays (kept alive across collections), framed with
# a length byte, then decoded: the last one is not UTF-8, and the error is
# not caught.

class Packet:
    header = b"PK"

    def __init__(self, payload):
        self.body = bytearray(Packet.header)
        self.body.append(len(payload))
        self.body.extend(payload)

    def payload(self):
        size = self.body[2]
        return bytes(self.body[3:3 + size])


def frames(stream, marker=b"PK"):
    at = 0
    while True:
        at = stream.find(marker, at)
        if at < 0:
            return
        size = stream[at + 2]
        yield stream[at + 3:at + 3 + size]
        at += 3 + size


packets = []
for i in range(20000):
    text = "msg %d: %s" % (i, "é" * (i % 5))
    packets.append(Packet(text.encode("utf-8")))
stream = bytearray()
for p in packets:
    stream += p.body
print(len(packets), len(stream), packets[7].payload(), packets[-1].payload().decode())
seen = 0
for chunk in frames(bytes(stream)):
    seen += len(chunk.decode())
print("decoded", seen)
tail = Packet(b"caf\xc3\xa9 ok").body + Packet(b"\xffbroken").body
for chunk in frames(tail):
    print(chunk.decode("utf-8"))
