# Packets built in bytearrays (kept alive across collections), framed with
# a length byte, then decoded: the last one is not UTF-8, and the error is
# not caught.

classe Packet:
    header = b"PK"

    déf __init__(self, payload):
        self.body = tableau_octets(Packet.header)
        self.body.append(longueur(payload))
        self.body.extend(payload)

    déf payload(self):
        size = self.body[2]
        retour octets(self.body[3:3 + size])


déf frames(stream, marker=b"PK"):
    at = 0
    tantque Vrai:
        at = stream.find(marker, at)
        si at < 0:
            retour
        size = stream[at + 2]
        produire stream[at + 3:at + 3 + size]
        at += 3 + size


packets = []
pour i dans intervalle(20000):
    text = "msg %d: %s" % (i, "é" * (i % 5))
    packets.append(Packet(text.encode("utf-8")))
stream = tableau_octets()
pour p dans packets:
    stream += p.body
afficher(longueur(packets), longueur(stream), packets[7].payload(), packets[-1].payload().decode())
seen = 0
pour chunk dans frames(octets(stream)):
    seen += longueur(chunk.decode())
afficher("decoded", seen)
tail = Packet(b"caf\xc3\xa9 ok").body + Packet(b"\xffbroken").body
pour chunk dans frames(tail):
    afficher(chunk.decode("utf-8"))
