"""The demo minutes as PDF, read back with poppler: headings, agreements, the footer hash, embedded fonts, PDF/A.

The PDF is made from the HTML export's own HTML (one HTML path): the text
pdftotext gives back is the text of that HTML, page numbers and the footer
(meeting number, the frozen copy's SHA-256) on every page.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from store import Store
from store.enums import Audience, MeetingStatus
from store.exports.deliver import ExportRequest
from store.exports.pdf import html_to_pdf
from tests.extras import needs_pdf, needs_poppler

pytestmark = [needs_poppler, needs_pdf]


def closed_meeting(store: Store, citizen_id: int) -> int:
    plan = store.plan_of(citizen_id)
    assert plan.id is not None
    closed = [m for m in store.meetings(plan.id) if m.status is MeetingStatus.CLOSED]
    assert closed[-1].id is not None
    return closed[-1].id


def poppler(tool: str, pdf: Path, *args: str) -> str:
    out = subprocess.run([tool, *args, str(pdf), *(["-"] if tool == "pdftotext" else [])], capture_output=True,
                         text=True, check=True, timeout=60)
    return out.stdout


@pytest.fixture
def minutes_pdf(demo_store: Store, demo_citizen_id: int, tmp_path: Path) -> tuple[Path, int]:
    mid = closed_meeting(demo_store, demo_citizen_id)
    prepared = demo_store.prepare_export(ExportRequest("minutes", mid, Audience.AUTHORITY, "pdf"))
    (path,) = demo_store.deliver(prepared, tmp_path / "referat.pdf")
    return path, mid


def test_pdftotext_gives_back_headings_agreements_and_the_footer_hash(
    demo_store: Store, minutes_pdf: tuple[Path, int]
) -> None:
    path, mid = minutes_pdf
    assert path.read_bytes().startswith(b"%PDF-")
    assert path.stat().st_mode & 0o777 == 0o600
    text = poppler("pdftotext", path)
    flat = " ".join(text.split())
    md = demo_store.minutes_markdown(mid, Audience.AUTHORITY)
    headings = [line.lstrip("#").strip() for line in md.splitlines() if line.startswith("#")]
    assert len(headings) > 10
    for heading in headings:
        assert " ".join(heading.split()) in flat, heading
    for a in demo_store.meeting_agreements(mid):
        assert a.what in flat, a.what
    frozen = demo_store.frozen_minutes(mid, Audience.AUTHORITY)
    assert frozen is not None
    pages = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", path)).group(1))  # type: ignore[union-attr]
    assert pages >= 2
    assert text.count(frozen.sha256) == pages + 1  # the footer of every page, and the approval block
    assert text.count(f"Møde nr. {mid}") == pages
    for n in range(1, pages + 1):
        assert f"Side {n} af {pages}" in text
    assert "Godkendelse" in text and "Godkendt og låst, da mødet blev afsluttet: test," in flat


def test_pdffonts_shows_every_font_embedded(minutes_pdf: tuple[Path, int]) -> None:
    path, _ = minutes_pdf
    rows = poppler("pdffonts", path).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        cols = row.split()
        emb = cols[-5]  # name type encoding emb sub uni object ID
        assert emb == "yes", row
    assert any("DejaVu" in r for r in rows)


def test_the_pdf_is_pdf_a_3u_in_danish_with_the_title(demo_store: Store, minutes_pdf: tuple[Path, int]) -> None:
    path, mid = minutes_pdf
    meta = poppler("pdfinfo", path, "-meta")
    assert 'pdfaid:part="3"' in meta and 'pdfaid:conformance="U"' in meta
    assert demo_store.minutes_title(mid) in poppler("pdfinfo", path)
    data = path.read_bytes()
    import zlib

    catalogs = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            catalogs.append(zlib.decompress(m.group(1)))
        except zlib.error:
            continue
    assert any(b"/Lang (da)" in c for c in catalogs + [data])


def test_the_pdf_is_the_html_exports_html(demo_store: Store, demo_citizen_id: int, tmp_path: Path) -> None:
    """Same HTML in, same text out: what the HTML export shows is what the PDF prints (and nothing private
    leaks into a copy for someone who may not see it)."""
    mid = closed_meeting(demo_store, demo_citizen_id)
    html = demo_store.minutes_html(mid, Audience.RELATIVE)
    target = tmp_path / "r.pdf"
    target.write_bytes(html_to_pdf(html))
    text = " ".join(poppler("pdftotext", target).split())
    assert "søvnmedicin" not in text and "svære nætter" not in text
    assert "Samtalen om skalaen" in text or "Skalering" in text
    draft = demo_store.plan_of(demo_citizen_id)
    assert draft.id is not None
    planned = next(m for m in demo_store.meetings(draft.id) if m.status is MeetingStatus.PLANNED)
    assert planned.id is not None
    target.write_bytes(html_to_pdf(demo_store.minutes_html(planned.id, Audience.AUTHORITY)))
    text = " ".join(poppler("pdftotext", target).split())
    assert "Udkast: ikke godkendt, ikke låst" in text and "SHA-256" not in text
