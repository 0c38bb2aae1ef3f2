"""A subject (the figure's description) and a language for a PDF written by ``QPdfWriter``.

Qt 6.11's ``QPdfWriter`` sets a title, an author and a creator, but has no subject and
no document language (its only other route, ``setDocumentXmpMetadata``, replaces Qt's XMP
packet and is not read by viewers that show the Info dictionary). So the finished file
gets an *incremental update* (ISO 32000-1, 7.5.6): new revisions of the Info dictionary
(with ``/Subject``) and of the catalog (with ``/Lang``) are appended after the file, with
their own cross-reference section and a trailer pointing back to Qt's (``/Prev``). The
bytes Qt wrote stay as they were; every reader applies the update, as it does for a
signed or annotated PDF.
"""

from __future__ import annotations

import re

_TRAILER = re.compile(
    rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s*(?P<start>\d+)\s*%%EOF\s*$", re.S
)


class PdfUpdateError(ValueError):
    """The PDF is not laid out as this module expects (a classic cross-reference table)."""


def _text_string(text: str) -> bytes:
    """A PDF text string any reader decodes: UTF-16BE with its byte-order mark, in hex."""
    return b"<" + ("\ufeff" + text).encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _reference(trailer: bytes, key: bytes) -> tuple[int, int]:
    found = re.search(rb"/" + key + rb"\s+(\d+)\s+(\d+)\s+R", trailer)
    if found is None:
        raise PdfUpdateError(f"the trailer has no /{key.decode()}")
    return int(found.group(1)), int(found.group(2))


def _dictionary(pdf: bytes, number: int, generation: int) -> bytes:
    """The dictionary of object ``number`` (its last definition), without the final ``>>``."""
    starts = [m.end() for m in re.finditer(rb"(?<!\d)%d %d obj" % (number, generation), pdf)]
    if not starts:
        raise PdfUpdateError(f"object {number} is missing")
    end = pdf.find(b"endobj", starts[-1])
    closing = pdf.rfind(b">>", starts[-1], end)
    if end < 0 or closing < 0:
        raise PdfUpdateError(f"object {number} is not a dictionary")
    return pdf[starts[-1] : closing].strip()


def _without_key(dictionary: bytes, key: bytes) -> bytes:
    return re.sub(rb"/" + key + rb"\s*(\([^)]*\)|<[0-9A-Fa-f]*>|/\w+)", b"", dictionary)


def with_subject_and_language(pdf: bytes, subject: str, language: str = "") -> bytes:
    """``pdf`` with ``/Subject`` in its Info dictionary and, if given, ``/Lang`` (a BCP 47
    code) in its catalog."""
    trailer = _TRAILER.search(pdf[-2048:])
    if trailer is None:
        raise PdfUpdateError("no trailer at the end of the file")
    body = trailer.group("body")
    previous = int(trailer.group("start"))
    size = int(re.search(rb"/Size\s+(\d+)", body).group(1))
    info, root = _reference(body, b"Info"), _reference(body, b"Root")
    identifier = re.search(rb"/ID\s*\[[^\]]*\]", body)

    updates = {
        info: _without_key(_dictionary(pdf, *info), b"Subject")
        + b"\n/Subject "
        + _text_string(subject)
    }
    if language:
        catalog = _without_key(_dictionary(pdf, *root), b"Lang")
        updates[root] = catalog + b"\n/Lang " + _text_string(language)

    output = bytearray(pdf)
    if not output.endswith(b"\n"):
        output += b"\n"
    offsets = {}
    for (number, generation), dictionary in sorted(updates.items()):
        offsets[number, generation] = len(output)
        output += b"%d %d obj\n%s\n>>\nendobj\n" % (number, generation, dictionary)
    table = len(output)
    output += b"xref\n"
    for (number, generation), offset in sorted(offsets.items()):
        output += b"%d 1\n%010d %05d n \n" % (number, offset, generation)
    output += b"trailer\n<<\n/Size %d\n/Root %d %d R\n/Info %d %d R\n/Prev %d\n" % (
        size,
        *root,
        *info,
        previous,
    )
    if identifier is not None:
        output += identifier.group(0) + b"\n"
    output += b">>\nstartxref\n%d\n%%%%EOF\n" % table
    return bytes(output)
