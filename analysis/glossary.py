"""English for the Chinese in figures: the project glossary, with pinyin where it has no entry.

In:  ``data/glossary.csv`` (columns ``zh, en, kind``; kinds: ``unit``,
``term``, ``region``, ``issuer``, ``audience``, and ``part`` — pieces such as
交通运输局 or 县 from which names the glossary does not list are composed).
Out: :class:`Glossary`, whose :meth:`Glossary.en` gives the English of a
Chinese string and records what it had to romanize (:attr:`Glossary.missing`),
and :func:`missing_entries`, the table the overview notebook shows.

A string is translated, in order, by an entry of its own kind, an entry of any
kind, or composition: the longest glossary key at each position (``part`` and
``region`` entries), with runs no key covers romanized in pinyin
(``pypinyin``, words segmented by jieba) — 安平县交通运输局 → "Anping County
Transport Bureau", with 安平 recorded as missing. Terms are not composed: a
term without an entry is romanized whole.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .corpus import CorpusError

__all__ = ["GLOSSARY_PATH", "KINDS", "CJK", "has_cjk", "load_glossary", "Glossary", "pinyin", "missing_entries",
           "glossary_coverage"]

GLOSSARY_PATH = Path(__file__).resolve().parents[1] / "data" / "glossary.csv"
KINDS = ("unit", "term", "region", "issuer", "audience", "part")
#: CJK ideographs, CJK symbols and punctuation, full-width forms: none may appear in an English figure.
CJK = re.compile(r"[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff"
                 r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_FULL_TO_ASCII = {0x3000: " ", 0x3001: ", ", 0x3002: ". ", 0x300a: '"', 0x300b: '"', 0x3014: "(", 0x3015: ")",
                  0x201c: '"', 0x201d: '"', 0x2014: "-", 0x2026: "..."}


_LEADING = {"省": "Provincial", "市": "Municipal", "县": "County", "区": "District"}


def has_cjk(text: str) -> bool:
    """True when ``text`` holds any CJK character (ideograph, CJK punctuation or full-width form)."""
    return bool(CJK.search(str(text)))


def load_glossary(path: str | Path = GLOSSARY_PATH) -> pd.DataFrame:
    """Read and check the glossary.

    In: a CSV with header ``zh,en,kind`` (UTF-8, BOM allowed). Out: a DataFrame
    of those three string columns in file order. Raises
    :class:`~analysis.corpus.CorpusError` naming the file and line for a missing
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
    from .similarity import load_tokenizer

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

    def en(self, zh: str, kind: str = "term") -> str:
        """English for ``zh``: glossary entry, else composed from parts, else pinyin.

        In: a string (Chinese or not) and the kind of thing it names. Out: text
        without CJK characters. Every run that needed pinyin is recorded in
        :attr:`missing` as ``(run, kind) → pinyin``.
        """
        zh = str(zh).strip()
        if not has_cjk(zh):
            return zh
        found = self.lookup(zh, kind)
        if found:
            return found
        if kind not in ("unit", "issuer", "region"):  # a term is one word: romanized whole
            return self._romanize(zh, kind, zh)
        pieces: list[str] = []
        run = ""
        i = 0
        while i < len(zh):
            match = next((zh[i:i + n] for n in range(min(self._longest, len(zh) - i), 0, -1)
                          if zh[i:i + n] in self._parts), None)
            if match in _LEADING and not run and not pieces:
                # 市交通运输局: a leading administrative level is an adjective
                pieces.append(_LEADING[match])
                i += 1
                continue
            if match is None:
                run += zh[i]
                i += 1
                continue
            if run:
                pieces.append(self._romanize(run, kind, zh))
                run = ""
            pieces.append(self._parts[match])
            i += len(match)
        if run:
            pieces.append(self._romanize(run, kind, zh))
        out = " ".join(p for p in pieces if p)
        out = re.sub(r"\s+([,.)])", r"\1", out)
        out = re.sub(r"\(\s+", "(", out)
        return re.sub(r"\s{2,}", " ", out).strip()

    def _romanize(self, run: str, kind: str, whole: str) -> str:
        if not _HAN.search(run):
            return pinyin(run)
        out = pinyin(run)
        self.missing[(whole if len(whole) <= 40 else run, kind)] = out
        return out

    def missing_frame(self) -> pd.DataFrame:
        """What had to be romanized so far: ``zh, kind, pinyin``, sorted by kind then zh."""
        rows = sorted((k, z, p) for (z, k), p in self.missing.items())
        return pd.DataFrame([(z, k, p) for k, z, p in rows], columns=["zh", "kind", "pinyin"], dtype=object)


def missing_entries(corpus, glossary: Glossary | None = None, tokenizer=None) -> pd.DataFrame:
    """Glossary entries the English figures of ``corpus`` need and the glossary lacks.

    Draws nothing: it asks for the English of every label the ``_en`` figures
    show (document labels and sources, responsible units, distinctive terms,
    audiences). Out: ``zh, kind, pinyin`` (the pinyin the figures use instead),
    one row per missing string; empty when the glossary covers everything.
    """
    from . import figures

    glossary = glossary or Glossary.load()
    glossary.missing.clear()
    for zh in figures.english_strings(corpus, tokenizer=tokenizer):
        glossary.en(*zh)
    return glossary.missing_frame()


def glossary_coverage(corpus, glossary: Glossary | None = None, tokenizer=None) -> tuple[int, int]:
    """How many of the distinct Chinese strings the ``_en`` figures of ``corpus`` translate are
    translated without pinyin: ``(covered, total)``."""
    from . import figures

    glossary = glossary or Glossary.load()
    needed = list(dict.fromkeys(figures.english_strings(corpus, tokenizer=tokenizer)))
    covered = 0
    for zh, kind in needed:
        before = len(glossary.missing)
        glossary.missing.clear()
        glossary.en(zh, kind)
        covered += not glossary.missing
        del before
    glossary.missing.clear()
    return covered, len(needed)
