"""Bytes to text: encoding detection, BOM and line endings, binary refusal."""

from __future__ import annotations

from ..errors import InputError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def looks_binary(data: bytes) -> bool:
    """True for content with NUL bytes or many control bytes (images, archives…)."""
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text carries NULs by design
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control / len(sample) > 0.10


def decode(data: bytes, path: str) -> str:
    """Decode ``data`` to text; CRLF and lone CR become LF, a BOM is dropped.

    Raises :class:`InputError` E101 (empty), E102 (binary) or E103 (undecodable).
    """
    if not data.strip():
        raise InputError("E101", path=path)
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise InputError("E103", path=path) from None
            break
    if text is None:
        if looks_binary(data):
            raise InputError("E102", path=path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.strip():
        raise InputError("E101", path=path)
    return text


def _detect(data: bytes, path: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputError("E103", path=path)
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError("E103", path=path) from None
