"""The words of every figure: document labels, source lines, and the notes that say what is missing.

Used by :mod:`analysis.figures` and :mod:`analysis.figures.reuse_plots` alike, so that a
document has one label in every figure: :func:`doc_labels` (region, year and
kind, from the manifest or from what was read from the text), :func:`sources`
(the "issuer (year)" entries of the source line, or for a study's many documents
their number and where they are listed, after the corpus's name:
:mod:`analysis.compare.corpus_title`), :class:`Words` (Chinese as read, or
English via the glossary — and where the glossary gives none, a numbered
``[no entry k]`` that the figure's notes explain, never invented pinyin), and
:func:`note` / :func:`message_figure` (a grey note in place of a panel or figure
that has nothing to draw).
"""
from __future__ import annotations

import re

import numpy as np
from matplotlib.figure import Figure

from . import style
from .glossary import Glossary, has_cjk
from ..parse.metadata import division_of
from ..compare.corpus_title import CorpusTitle, default_corpus_title
from ..compare.documents import manifest_rows, region_zh, year_of

__all__ = ["TEXT", "SOURCES_LISTED", "DOCUMENT_LIST", "check_lang", "Words", "manifest_rows", "year_of", "region_zh",
           "short_region", "doc_labels", "sources", "title", "note", "message_figure"]

#: A source line names each document's issuer up to this many documents; past it, it gives their
#: number and where they are listed (:data:`DOCUMENT_LIST`), and names only the focus documents.
SOURCES_LISTED = 8
#: Where ``python -m analysis parse`` lists the documents of the corpus.
DOCUMENT_LIST = "data/processed/documents.csv"

#: Words of this module, Chinese and English; :mod:`analysis.figures` adds its own.
TEXT = {
    "no_docs": {"zh": "语料中没有可绘制的文件", "en": "No document in the corpus to draw"},
    "unknown_issuer": {"zh": "发文机关不详", "en": "issuer unknown"},
    "nd": {"zh": "日期不详", "en": "n.d."},
    "untitled": {"zh": "未具名文件", "en": "Untitled document"},
    "n_documents": {"zh": "{n}个文件（清单：{path}）", "en": "{n} documents (list: {path})"},
    "named": {"zh": "图中点名：", "en": "named: "},
    "no_entry": {"zh": "", "en": "[no entry {k}]"},
    "no_entry_note": {"zh": "", "en": "[no entry {ks}]: a Chinese name or term without English in data/glossary.csv "
                                      "(notebook 01 lists them; add a row to give it English)."},
}
# a document of another or of unknown kind is a 文件 / document: never called a plan by default
_KIND_WORD = {"plan": ("方案", "plan"), "report": ("报告", "report"), "other": ("文件", "document"), "": ("文件", "document")}
_CJK_PAREN = re.compile(r"\s*[（(][^()（）]*[\u3400-\u9fff][^()（）]*[)）]")


def _t(key: str, lang: str) -> str:
    return TEXT[key][lang]


def check_lang(lang: str) -> None:
    if lang not in ("zh", "en"):
        raise ValueError(f"lang must be 'zh' or 'en', not {lang!r}")


class Words:
    """The words of one figure in one language: Chinese as read, or English via the glossary.

    A name or term the glossary cannot give English for (:meth:`analysis.figures.glossary.Glossary.english`)
    is written ``[no entry k]``, numbered in order of first use; :meth:`notes` explains the numbers
    for the figure's foot. ``corpus_title`` (a :class:`~analysis.compare.corpus_title.CorpusTitle`) is
    what the figure calls the corpus in its source line; ``None``: computed from the corpus drawn.
    """

    def __init__(self, lang: str, glossary: Glossary | None = None, corpus_title: CorpusTitle | None = None):
        self.lang = lang
        self.glossary = glossary if glossary is not None else (Glossary.load() if lang == "en" else None)
        self.corpus_title = corpus_title
        self.unlisted: dict[str, int] = {}

    def __call__(self, zh: str, kind: str = "term") -> str:
        if zh is None or (isinstance(zh, float) and np.isnan(zh)):
            return ""
        if self.lang == "zh":
            return str(zh)
        found = self.glossary.english(str(zh), kind)
        if found:
            return found
        k = self.unlisted.setdefault(str(zh).strip(), len(self.unlisted) + 1)
        return _t("no_entry", "en").format(k=k)

    def codebook(self, label_en: str) -> str:
        """A codebook English label without its Chinese gloss: ``Legal publicity (普法)`` → ``Legal publicity``."""
        text = _CJK_PAREN.sub("", str(label_en)).strip()
        return self(text, "term") if has_cjk(text) else text

    def notes(self) -> list[str]:
        """The note that explains the ``[no entry k]`` labels of this figure (none when there are none)."""
        if not self.unlisted:
            return []
        n = len(self.unlisted)
        return [_t("no_entry_note", "en").format(ks=str(n) if n == 1 else f"1–{n}")]


def short_region(region: str) -> str:
    """The region as a Chinese label writes it: the most specific place of the path (any province's,
    ``data/divisions.csv``), its level word dropped where the name stays two characters or more
    (青海省西宁市 → 西宁, 广东省深圳市 → 深圳, 河北省衡水市安平县 → 安平县, 河北省 → 河北,
    延边朝鲜族自治州 → 延边州); a region the table does not know, as it is written."""
    div, _ = division_of(region)
    short = div.name if div is not None and div.level != "provincial" and len(div.name) >= 2 else region
    short = re.sub(r"(维吾尔|壮族|回族)?自治区$", "", short)
    short = re.sub(r"^(.{2}).*族自治州$", r"\1州", short)
    if short == "全国":
        return "全国（部）"
    return short.rstrip("市省") if len(short) > 2 else short


def _region_en(region: str, glossary: Glossary) -> str | None:
    """A region in English for a label: the glossary's entry; else, for a path of places (四川省内江市隆昌县),
    the most specific place and its province — "Longchang County (Sichuan)"; else the glossary's
    composition; None when there is no English to give."""
    found = glossary.lookup(region, "region")
    if found:
        return found
    div, path = division_of(region)
    if div is not None and div.level != "provincial" and path != div.name and div.province:
        place, province = glossary.english(div.name, "region"), glossary.english(div.province, "region")
        if place and province:
            return f"{place} ({province})"
    return glossary.english(region, "region")


def doc_labels(corpus, lang: str = "zh", glossary: Glossary | None = None) -> dict[str, str]:
    """doc_id → short label for figures: ``天津2021方案`` / ``Tianjin 2021 plan``.

    In: the corpus (its ``documents`` table and manifest rows). The label is
    region, year and kind, from the manifest (``region``, ``region_en``) or,
    for a document without a manifest row, from what was read from its text
    (the region at the head of its issuer or title, the year of its issue date
    or period). A document of which nothing was read is "未具名文件 1" /
    "Untitled document 1". In English the region comes from ``region_en``, else
    the glossary (place names of ``data/divisions.csv`` in pinyin); a region with
    neither is not romanized word by word: the label is the document's doc_id.
    Labels are unique (a repeated label gets "（2）" / " (2)"). Out: a dict in corpus order.
    """
    check_lang(lang)
    glossary = glossary if glossary is not None or lang == "zh" else Glossary.load()
    rows = manifest_rows(corpus)
    labels: dict[str, str] = {}
    untitled = 0
    for doc in corpus.documents.to_dict("records"):
        info = {**doc, **{k: v for k, v in rows.get(doc["doc_id"], {}).items() if str(v or "").strip()}}
        year = year_of(info)
        kind_zh, kind_en = _KIND_WORD.get(str(doc.get("kind") or ""), _KIND_WORD[""])
        region = region_zh(info)
        if not region:
            untitled += 1
            base = f"{_t('untitled', lang)}{'' if lang == 'zh' else ' '}{untitled}"
            label = f"{base}{'（' + year + '）' if lang == 'zh' and year else (' (' + year + ')' if year else '')}"
        elif lang == "en":
            region_en = str(info.get("region_en", "") or "").strip() or _region_en(region, glossary)
            label = f"{region_en} {year} {kind_en}".replace("  ", " ").strip() if region_en else str(doc["doc_id"])
        else:
            label = f"{short_region(region)}{year}{kind_zh}"
        n = 2
        unique = label
        while unique in labels.values():
            unique = f"{label}（{n}）" if lang == "zh" else f"{label} ({n})"
            n += 1
        labels[doc["doc_id"]] = unique
    return labels


def _source(info: dict, doc_id: str, lang: str, words: Words) -> str:
    issuer = str(info.get("issuer", "") or "").strip()
    if lang == "en":
        issuer = (str(info.get("issuer_en", "") or "").strip()
                  or ((words.glossary.english(issuer, "issuer") or doc_id) if issuer else ""))
    issuer = issuer or _t("unknown_issuer", lang)
    year = str(info.get("issue_date", "") or "")[:4] or _t("nd", lang)
    return f"{issuer} ({year})"


def sources(corpus, lang: str, doc_ids=None, words: Words | None = None, focus=None) -> list[str]:
    """The entries of a figure's source line: one "issuer (year)" per document of ``doc_ids`` (default:
    all) — English from ``issuer_en`` or the glossary, else the doc_id — while there are at most
    :data:`SOURCES_LISTED`; past that, "205 documents (list: data/processed/documents.csv)" and the
    entries of the ``focus`` documents among them, which the figure names. The first entry opens with
    the corpus's name (``words.corpus_title``, else computed from the corpus), unless that name is
    the neutral "the corpus (N documents)": ``<corpus_title>——<issuer> (<year>)；…``."""
    words = words or Words(lang)
    out = _document_sources(corpus, lang, doc_ids, words, focus)
    title = words.corpus_title if words.corpus_title is not None else default_corpus_title(corpus)
    if title.named(lang):
        out[0] = f"{title.text(lang)}{'——' if lang == 'zh' else ' — '}{out[0]}"
    return out


def _document_sources(corpus, lang: str, doc_ids, words: Words, focus) -> list[str]:
    rows = manifest_rows(corpus)
    docs = {d["doc_id"]: d for d in corpus.documents.to_dict("records")}
    ids = list(doc_ids) if doc_ids is not None else list(docs)

    def entry(doc_id):
        info = {**docs.get(doc_id, {}), **{k: v for k, v in rows.get(doc_id, {}).items() if str(v or "").strip()}}
        return _source(info, doc_id, lang, words)

    if not ids:
        return [_t("no_docs", lang)]
    if len(ids) <= SOURCES_LISTED:
        return [entry(d) for d in ids]
    inside = set(ids)
    named = [d for d in dict.fromkeys(focus or []) if d in inside]
    out = [_t("n_documents", lang).format(n=f"{len(ids):,}", path=DOCUMENT_LIST)]
    if named:
        out[0] += ("；" if lang == "zh" else "; ") + _t("named", lang) + entry(named[0])
        out += [entry(d) for d in named[1:]]
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


def message_figure(heading: str, text: str, sources: list[str], lang: str, width="full", notes=()) -> Figure:
    """A figure that only says why there is nothing to draw: its title, the note, the source line."""
    with style.house_style():
        fig, ax = style.new_figure(width, height=2.0)
        w = style._width(width)
        note(ax, text, w)
        title(fig, heading, w)
        style.add_source_line(fig, sources, lang=lang, notes=notes)
    return fig
