"""One-page "slides" as PDF, written by hand so that their text can be extracted.

An image-only PDF (what Pillow writes) would leave the document search with nothing to
index; a page set in the PDF standard fonts keeps every word searchable. The output has
no timestamps, so the same slide always gives the same bytes.
"""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT = 842, 595  # A4 landscape, in points
MARGIN = 48
BAND_HEIGHT = 96
WRAP_AT = 68


def _pdf_string(text: str) -> bytes:
    """A PDF literal string in WinAnsiEncoding, which covers å, ä, ö and the bullet."""
    encoded = text.encode("cp1252", errors="replace")
    escaped = encoded.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + escaped + b")"


def _colour(rgb: tuple[int, int, int]) -> bytes:
    return " ".join(f"{channel / 255:.3f}" for channel in rgb).encode()


def _content_stream(
    title: str, bullets: list[str], footer: str, colour: tuple[int, int, int]
) -> bytes:
    band_y = PAGE_HEIGHT - BAND_HEIGHT
    ops = [
        b"q " + _colour(colour) + b" rg 0 %d %d %d re f Q" % (band_y, PAGE_WIDTH, BAND_HEIGHT),
        b"BT /F2 26 Tf 1 1 1 rg %d %d Td " % (MARGIN, band_y + 36) + _pdf_string(title) + b" Tj ET",
        b"BT /F1 18 Tf 0.1 0.1 0.1 rg 26 TL %d %d Td" % (MARGIN, band_y - 56),
    ]
    for bullet in bullets:
        lines = textwrap.wrap(bullet, WRAP_AT) or [""]
        ops.append(_pdf_string("\u2022  " + lines[0]) + b" Tj T*")
        ops.extend(_pdf_string("    " + line) + b" Tj T*" for line in lines[1:])
        ops.append(b"T*")
    ops.append(b"ET")
    ops.append(
        b"BT /F1 10 Tf 0.35 0.35 0.35 rg %d %d Td " % (MARGIN, 28) + _pdf_string(footer) + b" Tj ET"
    )
    return b"\n".join(ops)


def slide_pdf(title: str, bullets: list[str], footer: str, colour: tuple[int, int, int]) -> bytes:
    """Return the bytes of a one-page PDF with a coloured title band and bullet points."""
    content = _content_stream(title, bullets, footer, colour)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>" % (PAGE_WIDTH, PAGE_HEIGHT),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        font % b"Helvetica",
        font % b"Helvetica-Bold",
        b"<< /Title " + _pdf_string(title) + b" /Producer (Samverkan) >>",
    ]

    output = bytearray(b"%PDF-1.4\n%\xe5\xe4\xf6\xc5\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (
        len(objects) + 1,
        len(objects),
    )
    output += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(output)
