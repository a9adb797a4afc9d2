"""What the comparisons and the figures both read of a document record: its manifest row, its
year and the region it speaks for.

In: ``Corpus`` tables (``documents`` rows as dicts, the manifest). Out: plain values.
"""
from __future__ import annotations

import re

__all__ = ["manifest_rows", "year_of", "region_zh"]

_REGION = re.compile(r"^(.{1,12}?(?:自治区|自治州|特别行政区|省|市|县|区|旗|盟))")


def manifest_rows(corpus) -> dict[str, dict]:
    """doc_id → the manifest row of each listed document (empty without a manifest)."""
    m = corpus.manifest
    if m is None or m.empty or "doc_id" not in m:
        return {}
    return {r["doc_id"]: r for r in m.to_dict("records")}


def year_of(doc: dict) -> str:
    """The year of a document record: of its issue date, else of its period's start; "" when neither is read."""
    for key in ("issue_date", "period_start"):
        v = str(doc.get(key, "") or "")
        if re.match(r"\d{4}", v):
            return v[:4]
    return ""


def region_zh(doc: dict) -> str:
    """The region a document speaks for: the manifest's ``region``, else the head of its issuer or title."""
    region = str(doc.get("region", "") or "").strip()
    if region:
        return region
    for key in ("issuer", "title"):
        text = str(doc.get(key, "") or "").strip()
        if not text:
            continue
        if doc.get("level") == "national" and re.search(r"(部|国务院|总局|中央)", text):
            return "全国"
        m = _REGION.match(text)
        if m:
            return m.group(1)
    return ""
