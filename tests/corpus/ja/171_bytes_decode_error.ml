# Packets built in bytearrays (kept alive across collections), framed with
# a length byte, then decoded: the last one is not UTF-8, and the error is
# not caught.

クラス Packet:
    header = b"PK"

    関数 __init__(self, payload):
        self.body = バイト配列(Packet.header)
        self.body.append(長さ(payload))
        self.body.extend(payload)

    関数 payload(self):
        size = self.body[2]
        戻る バイト列(self.body[3:3 + size])


関数 frames(stream, marker=b"PK"):
    at = 0
    真 間:
        at = stream.find(marker, at)
        at < 0 もし:
            戻る
        size = stream[at + 2]
        生成 stream[at + 3:at + 3 + size]
        at += 3 + size


packets = []
範囲(20000) 内の 各 i に対して:
    text = "msg %d: %s" % (i, "é" * (i % 5))
    packets.append(Packet(text.encode("utf-8")))
stream = バイト配列()
packets 内の 各 p に対して:
    stream += p.body
表示(長さ(packets), 長さ(stream), packets[7].payload(), packets[-1].payload().decode())
seen = 0
frames(バイト列(stream)) 内の 各 chunk に対して:
    seen += 長さ(chunk.decode())
表示("decoded", seen)
tail = Packet(b"caf\xc3\xa9 ok").body + Packet(b"\xffbroken").body
frames(tail) 内の 各 chunk に対して:
    表示(chunk.decode("utf-8"))
