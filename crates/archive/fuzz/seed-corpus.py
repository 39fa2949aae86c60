#!/usr/bin/env python3
"""Writes small seed archives for the `walk` fuzz target into corpus/walk/ (not committed):
ZIPs (stored, deflated, data descriptor, ZIP64, nested, truncated), TAR, tar.gz and gzip."""
import gzip, io, os, tarfile, zipfile

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus", "walk")
os.makedirs(out, exist_ok=True)

def zip_bytes(entries, method=zipfile.ZIP_DEFLATED, force_zip64=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in entries:
            with z.open(zipfile.ZipInfo(name), "w", force_zip64=force_zip64) as f:
                f.write(data)
    return buf.getvalue()

def tar_bytes(entries, mode="w"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()

wav = b"RIFF\x2c\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80\x3e\x00\x00\x00\x7d\x00\x00\x02\x00\x10\x00data\x08\x00\x00\x00" + bytes(8)
files = [("Alexa/a.wav", wav), ("Alexa/t.csv", b"a,b\n1,2\n"), ("K\xfcche.txt", b"x")]
seeds = {
    "deflate.zip": zip_bytes(files),
    "stored.zip": zip_bytes(files, zipfile.ZIP_STORED),
    "zip64.zip": zip_bytes(files, force_zip64=True),
    "nested.zip": zip_bytes([("inner.zip", zip_bytes(files)), ("inner.tar.gz", tar_bytes(files, "w:gz"))]),
    "plain.tar": tar_bytes(files),
    "archive.tar.gz": tar_bytes(files, "w:gz"),
    "single.json.gz": gzip.compress(b'[{"header": "Assistant"}]'),
}
seeds["truncated.zip"] = seeds["deflate.zip"][: len(seeds["deflate.zip"]) // 2]
for name, data in seeds.items():
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
print(f"{len(seeds)} seeds in {out}")
