"""The words of every figure: document labels, source lines, and the notes that say what is missing.

Used by :mod:`analysis.figures` and :mod:`analysis.reuse_figures` alike, so that a
document has one label in every figure: :func:`doc_labels` (region, year and
kind, from the manifest or from what was read from the text; never the doc_id),
:func:`sources` (the "issuer (year)" entries of the source line), :class:`Words`
(Chinese as read, or English via the glossary), and :func:`note` /
:func:`message_figure` (a grey note in place of a panel or figure that has
nothing to draw).
"""
from __future__ import annotations

import re

import numpy as np
from matplotlib.figure import Figure

from . import style
from .glossary import Glossary, has_cjk

__all__ = ["TEXT", "check_lang", "Words", "manifest_rows", "year_of", "region_zh", "local_region", "doc_labels",
           "sources", "title", "note", "message_figure"]

#: Words of this module, Chinese and English; :mod:`analysis.figures` adds its own.
TEXT = {
    "no_docs": {"zh": "语料中没有可绘制的文件", "en": "No document in the corpus to draw"},
    "unknown_issuer": {"zh": "发文机关不详", "en": "issuer unknown"},
    "nd": {"zh": "日期不详", "en": "n.d."},
    "untitled": {"zh": "未具名文件", "en": "Untitled document"},
}
_KIND_WORD = {"plan": ("方案", "plan"), "report": ("报告", "report")}
_REGION = re.compile(r"^(.{1,12}?(?:自治区|自治州|特别行政区|省|市|县|区|旗|盟))")
_CJK_PAREN = re.compile(r"\s*[（(][^()（）]*[\u3400-\u9fff][^()（）]*[)）]")


def _t(key: str, lang: str) -> str:
    return TEXT[key][lang]


def check_lang(lang: str) -> None:
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")


class Words:
    """The words of one figure in one language: Chinese as read, or English via the glossary."""

    def __init__(self, lang: str, glossary: Glossary | None = None):
        self.lang = lang
        self.glossary = glossary if glossary is not None else (Glossary.load() if lang == "en" else None)

    def __call__(self, zh: str, kind: str = "term") -> str:
        if self.lang == "zh" or zh is None or (isinstance(zh, float) and np.isnan(zh)):
            return "" if zh is None or (isinstance(zh, float) and np.isnan(zh)) else str(zh)
        return self.glossary.en(str(zh), kind)

    def codebook(self, label_en: str) -> str:
        """A codebook English label without its Chinese gloss: ``Legal publicity (普法)`` → ``Legal publicity``."""
        text = _CJK_PAREN.sub("", str(label_en)).strip()
        return self.glossary.en(text, "term") if has_cjk(text) else text


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


def local_region(region: str) -> str:
    """The division a region path ends in: ``青海省西宁市`` → ``西宁市``, ``河北省衡水市安平县`` → ``安平县``
    (``data/divisions.csv``, through :func:`analysis.metadata.division_of`); a region naming one division,
    or none the table knows, as it is written."""
    from .metadata import division_of

    div, path = division_of(region)
    return div.name if div is not None and path != div.name else region


def doc_labels(corpus, lang: str = "zh", glossary: Glossary | None = None) -> dict[str, str]:
    """doc_id → short label for figures: ``天津2021方案`` / ``Tianjin 2021 plan``.

    In: the corpus (its ``documents`` table and manifest rows). The label is
    region, year and kind, from the manifest (``region``, ``region_en``) or,
    for a document without a manifest row, from what was read from its text
    (the region at the head of its issuer or title, the year of its issue date
    or period). Never the doc_id: a document of which nothing was read is
    "未具名文件 1" / "Untitled document 1". Labels are unique (a repeated label gets
    "（2）" / " (2)"). Out: a dict in corpus order.
    """
    check_lang(lang)
    words = Words(lang, glossary)
    rows = manifest_rows(corpus)
    labels: dict[str, str] = {}
    untitled = 0
    for doc in corpus.documents.to_dict("records"):
        info = {**doc, **{k: v for k, v in rows.get(doc["doc_id"], {}).items() if str(v or "").strip()}}
        year = year_of(info)
        kind_zh, kind_en = _KIND_WORD.get(doc.get("kind") or "plan", (str(doc.get("kind")), str(doc.get("kind"))))
        region = region_zh(info)
        if not region:
            untitled += 1
            base = f"{_t('untitled', lang)}{'' if lang == 'zh' else ' '}{untitled}"
            label = f"{base}{'（' + year + '）' if lang == 'zh' and year else (' (' + year + ')' if year else '')}"
        elif lang == "en":
            region_en = str(info.get("region_en", "") or "").strip() or words(region, "region")
            label = f"{region_en} {year} {kind_en}".replace("  ", " ").strip()
        else:
            short = local_region(region)
            short = re.sub(r"(维吾尔|壮族|回族)?自治区$", "", short)
            short = re.sub(r"^(.{2}).*族自治州$", r"\1州", short)
            short = "全国（部）" if short == "全国" else (short.rstrip("市省") if len(short) > 2 else short)
            label = f"{short}{year}{kind_zh}"
        n = 2
        unique = label
        while unique in labels.values():
            unique = f"{label}（{n}）" if lang == "zh" else f"{label} ({n})"
            n += 1
        labels[doc["doc_id"]] = unique
    return labels


def sources(corpus, lang: str, doc_ids=None, words: Words | None = None) -> list[str]:
    """One "issuer (year)" per document, English from ``issuer_en`` or the glossary."""
    words = words or Words(lang)
    rows = manifest_rows(corpus)
    docs = {d["doc_id"]: d for d in corpus.documents.to_dict("records")}
    out = []
    ids = list(doc_ids) if doc_ids is not None else list(docs)
    for doc_id in ids:
        info = {**docs.get(doc_id, {}), **{k: v for k, v in rows.get(doc_id, {}).items() if str(v or "").strip()}}
        issuer = str(info.get("issuer", "") or "").strip()
        if lang == "en":
            issuer = str(info.get("issuer_en", "") or "").strip() or (words(issuer, "issuer") if issuer else "")
        issuer = issuer or _t("unknown_issuer", lang)
        year = str(info.get("issue_date", "") or "")[:4] or _t("nd", lang)
        out.append(f"{issuer} ({year})")
    if not out:
        out = [_t("no_docs", lang)]
    return out


def title(fig, text: str, width_in: float = style.FULL_WIDTH) -> None:
    """The figure's title, wrapped to its width."""
    fig.suptitle(style.wrap_text(text, width_in - 0.2, 10))


def note(ax, text: str, width_in: float) -> None:
    """Write what is missing in the middle of an empty panel."""
    ax.text(0.5, 0.5, style.wrap_text(text, max(0.8, width_in - 0.2), style.ANNOTATION_SIZE), ha="center",
            va="center", transform=ax.transAxes, fontsize=style.ANNOTATION_SIZE, color=style.NOTE_COLOR,
            style="italic")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)


def message_figure(heading: str, text: str, sources: list[str], lang: str, width="full") -> Figure:
    """A figure that only says why there is nothing to draw: its title, the note, the source line."""
    with style.house_style():
        fig, ax = style.new_figure(width, height=2.0)
        w = style._width(width)
        note(ax, text, w)
        title(fig, heading, w)
        style.add_source_line(fig, sources, lang=lang)
    return fig
