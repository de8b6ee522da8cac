#!/usr/bin/env python3
"""Rewrites a gen_pcap.py capture so that its IPv4 addresses are public: the enrichment benchmark's worst case.

gen_pcap.py uses private clients (10.0.0.0/8) and documentation servers (192.0.2.0/24, 198.51.100.0/24,
203.0.113.0/24), which enrichment never looks up. Each such address a.b.c.d becomes a public one spread over
many networks (first octet 11..90, from b and c), so every distinct client is a GeoIP and ASN lookup. The IPv4
header checksum is recomputed; TCP/UDP checksums are left as they are (PcapSearch does not check them).
IPv6 addresses stay (ULA and documentation: not looked up). Usage: public_addresses.py IN.pcap OUT.pcap
"""
import struct
import sys

PRIVATE_FIRST_OCTETS = {10, 192, 198, 203}


def public(addr: bytes) -> bytes:
    a, b, c, d = addr
    if a not in PRIVATE_FIRST_OCTETS:
        return addr
    return bytes((11 + (b * 7 + c + a) % 80, b, c, d))


def checksum(header: bytes) -> int:
    total = sum(struct.unpack("!%dH" % (len(header) // 2), header))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def rewrite(frame: bytearray) -> None:
    offset, ethertype = 14, struct.unpack_from("!H", frame, 12)[0]
    if ethertype == 0x8100:
        offset, ethertype = 18, struct.unpack_from("!H", frame, 16)[0]
    if ethertype != 0x0800 or len(frame) < offset + 20:
        return
    ihl = (frame[offset] & 0x0F) * 4
    frame[offset + 12:offset + 16] = public(bytes(frame[offset + 12:offset + 16]))
    frame[offset + 16:offset + 20] = public(bytes(frame[offset + 16:offset + 20]))
    frame[offset + 10:offset + 12] = b"\0\0"
    struct.pack_into("!H", frame, offset + 10, checksum(bytes(frame[offset:offset + ihl])))


def main(source: str, target: str) -> None:
    with open(source, "rb") as inp, open(target, "wb") as out:
        out.write(inp.read(24))
        while header := inp.read(16):
            caplen = struct.unpack_from("<I", header, 8)[0]
            frame = bytearray(inp.read(caplen))
            rewrite(frame)
            out.write(header)
            out.write(frame)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
