"""English for the Chinese in figures: the project glossary, and place names in pinyin; nothing invented.

In:  ``data/glossary.csv`` (columns ``zh, en, kind``; kinds: ``unit``,
``term``, ``region``, ``issuer``, ``audience``, and ``part`` — pieces such as
交通运输局 or 县 from which names the glossary does not list are composed) and
``data/divisions.csv`` (the names of China's provinces, prefectures and counties).
Out: :class:`Glossary`, whose :meth:`Glossary.english` gives the English of a
Chinese string, or ``None`` when there is none to give, and records what the
glossary lacks (:attr:`Glossary.missing`); and :func:`missing_entries`, the
table the overview notebook shows.

A string is translated, in order, by an entry of its own kind, an entry of any
kind, or — for names of units, issuers and regions — composition: the longest
glossary key at each position (``part`` and ``region`` entries), where a run no
key covers must be a place name of ``data/divisions.csv`` (安平 before 县 makes
安平县), which is written in pinyin (``pypinyin``), the standard English
spelling of Chinese place names: 安平县交通运输局 → "Anping County Transport
Bureau", with 安平县 recorded as missing from the glossary. Any other run has no
English: the string gets none (a term, a unit named by its function such as
人事科, an audience). Figures then say so (:class:`analysis.figures.labels.Words`)
instead of printing invented pinyin words such as "Renshike".
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..parse.corpus import CorpusError
from .cjk import CJK, has_cjk  # noqa: F401  (importers of glossary.CJK)
from ..compare.similarity import place_names

__all__ = ["GLOSSARY_PATH", "KINDS", "CJK", "has_cjk", "load_glossary", "place_names", "Glossary", "pinyin"]

GLOSSARY_PATH = Path(__file__).resolve().parents[2] / "data" / "glossary.csv"
KINDS = ("unit", "term", "region", "issuer", "audience", "part")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_FULL_TO_ASCII = {0x3000: " ", 0x3001: ", ", 0x3002: ". ", 0x300a: '"', 0x300b: '"', 0x3014: "(", 0x3015: ")",
                  0x201c: '"', 0x201d: '"', 0x2014: "-", 0x2026: "..."}


_LEADING = {"省": "Provincial", "市": "Municipal", "县": "County", "区": "District"}


def load_glossary(path: str | Path = GLOSSARY_PATH) -> pd.DataFrame:
    """Read and check the glossary.

    In: a CSV with header ``zh,en,kind`` (UTF-8, BOM allowed). Out: a DataFrame
    of those three string columns in file order. Raises
    :class:`~analysis.parse.corpus.CorpusError` naming the file and line for a missing
    column, an empty cell, an unknown kind, a duplicate ``(zh, kind)`` or an
    ``en`` that holds Chinese.
    """
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: glossary not found")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows or [h.strip() for h in rows[0]][:3] != ["zh", "en", "kind"]:
        raise CorpusError(f"{path}: the header must be zh,en,kind")
    seen: dict[tuple[str, str], int] = {}
    records = []
    for lineno, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        if len(row) != 3:
            raise CorpusError(f"{path} line {lineno}: {len(row)} fields, expected 3 (zh,en,kind; quote an en with a comma)")
        zh, en, kind = (c.strip() for c in row)
        if not zh or not en:
            raise CorpusError(f"{path} line {lineno}: empty zh or en")
        if kind not in KINDS:
            raise CorpusError(f"{path} line {lineno}: unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
        if has_cjk(en):
            raise CorpusError(f"{path} line {lineno}: the English {en!r} holds Chinese characters")
        if (zh, kind) in seen:
            raise CorpusError(f"{path} line {lineno}: duplicate entry {zh!r} ({kind}), first on line {seen[(zh, kind)]}")
        seen[(zh, kind)] = lineno
        records.append((zh, en, kind))
    return pd.DataFrame(records, columns=["zh", "en", "kind"], dtype=object)


@lru_cache(maxsize=1)
def _segmenter():
    from ..compare.similarity import load_tokenizer

    return load_tokenizer()


def pinyin(text: str) -> str:
    """``text`` romanized: Han characters in toneless pinyin, one capitalized word per jieba
    word (石家庄市 → "Shijiazhuang Shi"); full-width punctuation made ASCII; other characters kept."""
    from pypinyin import Style, lazy_pinyin

    out = []
    for piece in re.split(f"({_HAN.pattern})", str(text)):
        if not piece:
            continue
        if _HAN.fullmatch(piece):
            words = [w for w in _segmenter().segment(piece) if w.strip()]
            out.append(" ".join("".join(lazy_pinyin(w, style=Style.NORMAL)).capitalize() for w in words))
        else:
            out.append(unicodedata.normalize("NFKC", piece.translate(_FULL_TO_ASCII)))
    text = " ".join(p.strip() for p in out if p.strip())
    text = re.sub(r"\s+([,.)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    return re.sub(r"\s{2,}", " ", text).strip()


@dataclass
class Glossary:
    """Chinese → English from the glossary table; remembers what it romanized.

    Build with ``Glossary.load()``. :meth:`en` never returns Chinese.
    """

    table: pd.DataFrame
    missing: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: str | Path = GLOSSARY_PATH) -> "Glossary":
        return cls(load_glossary(path))

    def __post_init__(self):
        t = self.table
        self._by_kind = {(z, k): e for z, e, k in zip(t["zh"], t["en"], t["kind"])}
        self._any = {}
        for z, e, k in zip(t["zh"], t["en"], t["kind"]):
            if k != "part":
                self._any.setdefault(z, e)
        self._parts = {z: e for z, e, k in zip(t["zh"], t["en"], t["kind"]) if k in ("part", "region")}
        self._longest = max((len(z) for z in self._parts), default=0)

    def lookup(self, zh: str, kind: str | None = None) -> str | None:
        """The glossary's English for ``zh`` exactly (its own kind first, then any kind), or None."""
        zh = str(zh).strip()
        return self._by_kind.get((zh, kind)) or self._any.get(zh)

    def english(self, zh: str, kind: str = "term") -> str | None:
        """English for ``zh``: its glossary entry, else (units, issuers, regions) composed from glossary
        parts and place names in pinyin; ``None`` when neither gives it. Text without CJK is returned as is.

        What the glossary lacks is recorded in :attr:`missing` as ``(zh, kind) → shown as`` (the
        composed English, or ``None``).
        """
        zh = str(zh).strip()
        if not has_cjk(zh):
            return zh
        found = self.lookup(zh, kind)
        if found:
            return found
        out = self._compose(zh) if kind in ("unit", "issuer", "region") else None
        if out is None and kind == "region" and _HAN.fullmatch(zh) and zh in place_names():
            out = pinyin(zh)  # a place written without its level word (天津)
        self.missing[(zh, kind)] = out
        return out

    def en(self, zh: str, kind: str = "term") -> str:
        """:meth:`english`, or ``""`` when there is none (a caller that must print something says so)."""
        return self.english(zh, kind) or ""

    def _compose(self, zh: str) -> str | None:
        """``zh`` as glossary parts, a run between them written in pinyin only when it is a place name
        (alone, or with the level word after it: 安平 + 县); None when some run is no place."""
        places = place_names()
        pieces: list[str] = []
        run, i = "", 0

        def place(following: str = "") -> bool:
            """Close the pending run: a place name, with ``following`` when the two make the name."""
            nonlocal run
            if not run:
                return True
            if following and run + following in places:
                pieces.append(f"{pinyin(run)} {self._parts[following]}")
            elif run in places:
                pieces.append(pinyin(run))
            else:
                return False
            run = ""
            return True

        while i < len(zh):
            ch = zh[i]
            if not _HAN.match(ch):  # punctuation, digits, Latin: kept, made ASCII
                if not place():
                    return None
                pieces.append(unicodedata.normalize("NFKC", ch.translate(_FULL_TO_ASCII)).strip())
                i += 1
                continue
            match = next((zh[i:i + n] for n in range(min(self._longest, len(zh) - i), 0, -1)
                          if zh[i:i + n] in self._parts), None)
            if match is None:
                run += ch
                i += 1
                continue
            if run and run + match in places:  # 安平 + 县: the level word ends the place name
                place(match)
            elif run:
                if not place():
                    return None
                pieces.append(self._parts[match])
            elif match in _LEADING and not pieces:  # 市交通运输局: a leading level word is an adjective
                pieces.append(_LEADING[match])
            else:
                pieces.append(self._parts[match])
            i += len(match)
        if not place():
            return None
        out = " ".join(p for p in pieces if p)
        out = re.sub(r"\s+([,.)])", r"\1", out)
        out = re.sub(r"\(\s+", "(", out)
        out = re.sub(r"\s{2,}", " ", out).strip()
        return None if not out or has_cjk(out) else out

    def missing_frame(self) -> pd.DataFrame:
        """What the glossary lacked so far: ``zh, kind, shown_as`` (the English composed from parts and
        place names, or empty where the figures could give none), sorted by kind then zh."""
        rows = sorted((k, z, p or "") for (z, k), p in self.missing.items())
        return pd.DataFrame([(z, k, p) for k, z, p in rows], columns=["zh", "kind", "shown_as"], dtype=object)


