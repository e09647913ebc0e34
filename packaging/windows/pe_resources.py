#!/usr/bin/env python3
"""What a Windows executable carries in its resources: the number of icon
images, icon groups and version blocks, and the version block's strings.

    pe_resources.py gambit.exe  ->  icons=6 groups=1 versions=1
                                    ProductName=Gambit ProductVersion=0.1.0 ...
"""
import struct
import sys

RT_ICON, RT_GROUP_ICON, RT_VERSION = 3, 14, 16


def sections(data):
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    assert data[pe:pe + 4] == b"PE\0\0", "not a PE file"
    count = struct.unpack_from("<H", data, pe + 6)[0]
    opt_size = struct.unpack_from("<H", data, pe + 20)[0]
    first = pe + 24 + opt_size
    for i in range(count):
        name, vsize, vaddr, rsize, raddr = struct.unpack_from("<8sIIII", data, first + 40 * i)
        yield name.rstrip(b"\0"), vaddr, vsize, raddr


def leaves(data, base, rva_to_file, offset=0, depth=0, path=()):
    """(type, name, lang), data bytes for every resource."""
    named, ids = struct.unpack_from("<12xHH", data, base + offset)
    for i in range(named + ids):
        ident, target = struct.unpack_from("<II", data, base + offset + 16 + 8 * i)
        here = path + (ident,)
        if target & 0x80000000:
            yield from leaves(data, base, rva_to_file, target & 0x7FFFFFFF, depth + 1, here)
        else:
            rva, size = struct.unpack_from("<II", data, base + target)
            start = rva_to_file(rva)
            yield here, data[start:start + size]


def main(path):
    data = open(path, "rb").read()
    rsrc = [s for s in sections(data) if s[0] == b".rsrc"]
    if not rsrc:
        print("icons=0 groups=0 versions=0")
        return
    _, vaddr, _, raddr = rsrc[0]
    found = list(leaves(data, raddr, lambda rva: rva - vaddr + raddr))
    count = lambda t: sum(1 for p, _ in found if p[0] == t)
    print(f"icons={count(RT_ICON)} groups={count(RT_GROUP_ICON)} versions={count(RT_VERSION)}")
    for p, block in found:
        if p[0] != RT_VERSION:
            continue
        text = block.decode("utf-16-le", errors="replace")
        for key in ("ProductName", "ProductVersion", "FileVersion", "FileDescription"):
            at = text.find(key)
            if at >= 0:
                value = text[at + len(key):].lstrip("\0").split("\0", 1)[0]
                print(f"{key}={value}")


if __name__ == "__main__":
    main(sys.argv[1])
