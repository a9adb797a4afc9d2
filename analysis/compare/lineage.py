"""Stage after reuse — lineage: which document implements which, and the evidence.

In:  a :class:`~analysis.io.tables.Corpus` (its manifest ``parent`` column, its
``citations`` and ``documents`` tables) and, optionally, a
:class:`~analysis.compare.reuse.Reuse` of its pairs.
Out: :class:`Lineage` — ``nodes`` (:data:`NODE_COLUMNS`), ``edges``
(:data:`EDGE_COLUMNS`) and ``siblings`` (:data:`SIBLING_COLUMNS`).

A document implements another when

* the manifest says so (``parent``: the parent's doc_id, 文号 or title),
* its text cites the other's 文号 or title (a citation outside the front matter;
  inside the corpus the cited 文号 or title is matched against each document's
  ``doc_number`` and title), or
* it reuses at least ``reuse_threshold`` of its task text from the other (the
  lower level implements the higher; at the same level, the later the earlier —
  unless the two already implement one parent: then they are siblings).

An edge carries every kind of evidence found for it. A document outside the corpus
that a manifest names as parent, or that a document cites in its preamble or goals
(the text that says what the plan implements, before its tasks), is an external
node, its 文号 or title as written; references to the same document — by the same
文号, or by the same title once 《》〈〉 and dashes are unified — are one node.
Siblings are two documents implementing the same parent, with what they share.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import pandas as pd

from ..parse.metadata import LEVELS, canonical_number, level_of_issuer

__all__ = ["NODE_COLUMNS", "EDGE_COLUMNS", "SIBLING_COLUMNS", "LEVEL_ORDER", "Lineage", "build_lineage"]

NODE_COLUMNS = ["node", "external", "title", "doc_number", "level", "kind", "issue_date", "cited_by"]
EDGE_COLUMNS = ["child", "parent", "evidence", "manifest", "citation", "reuse_share", "detail"]
SIBLING_COLUMNS = ["parent", "doc_a", "doc_b", "a_share", "b_share", "passages"]
LEVEL_ORDER = (*LEVELS, "")  # the corpus levels from the top, then documents of no known level

_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}[〔\[［(（【﹝]\s*\d{4}\s*[〕\]］)）】﹞]\s*\d{1,4}\s*号")
_WRAPPER = re.compile(r"^(?P<issuer>.*?)(?:关于)?(?:印发|转发)[<《〈]?(?P<inner>.+?)[>》〉]?(?:的通知)?$")


def _title_key(title: str) -> str:
    """A title as a comparison key: brackets, quotes, spaces dropped; dashes and the 关于印发…的通知 wrapper undone."""
    t = re.sub(r"\s+", "", str(title or ""))
    m = _WRAPPER.match(t)
    if m and len(m.group("inner")) >= 6:
        t = m.group("inner")
    t = re.sub(r"[《》〈〉<>“”\"'‘’]", "", t)
    t = re.sub(r"[—–－‐-]+", "-", t)
    return t.replace("（", "(").replace("）", ")")


def _inner_title(title: str) -> str:
    t = re.sub(r"\s+", "", str(title or ""))
    m = _WRAPPER.match(t)
    t = m.group("inner") if m and len(m.group("inner")) >= 6 else t
    return re.sub(r"^[《〈<]|[》〉>]$", "", t)


def _issuer_of(title: str) -> str:
    m = _WRAPPER.match(re.sub(r"\s+", "", str(title or "")))
    return m.group("issuer") if m else str(title or "")


@dataclass
class Lineage:
    """The lineage graph as tables (see the module docstring)."""

    nodes: pd.DataFrame
    edges: pd.DataFrame
    siblings: pd.DataFrame
    reuse_threshold: float


class _Registry:
    """Corpus documents and external documents, found by 文号 or title key."""

    def __init__(self, corpus):
        self.nodes: dict[str, dict] = {}
        self.by_number: dict[str, str] = {}
        self.by_title: dict[str, str] = {}
        m = corpus.manifest.set_index("doc_id") if "doc_id" in corpus.manifest else None
        for doc in corpus.documents.itertuples():
            title = str(doc.title or "")
            self.nodes[doc.doc_id] = {"node": doc.doc_id, "external": False, "title": title,
                                      "doc_number": str(doc.doc_number or ""), "level": str(doc.level or ""),
                                      "kind": str(doc.kind or ""), "issue_date": str(doc.issue_date or ""),
                                      "cited_by": 0}
            if doc.doc_number:
                self.by_number.setdefault(canonical_number(str(doc.doc_number)), doc.doc_id)
            if title:
                self.by_title.setdefault(_title_key(title), doc.doc_id)
        self._manifest = m

    def find(self, number: str, title: str) -> str | None:
        if number and canonical_number(number) in self.by_number:
            return self.by_number[canonical_number(number)]
        if title and _title_key(title) in self.by_title:
            return self.by_title[_title_key(title)]
        return None

    def external(self, number: str, title: str) -> str:
        """The node of a document outside the corpus, created on first reference."""
        found = self.find(number, title)
        if found is not None:
            node = self.nodes[found]
            if node["external"]:  # a later reference may add what an earlier one lacked
                if title and (not node["title"] or node["title"] == node["doc_number"]):
                    node["title"] = _inner_title(title)
                if title and not node["level"]:
                    node["level"] = level_of_issuer(_issuer_of(title))[0]
                if number and not node["doc_number"]:
                    node["doc_number"] = canonical_number(number)
                    self.by_number.setdefault(node["doc_number"], found)
                if title:
                    self.by_title.setdefault(_title_key(title), found)
            return found
        number = canonical_number(number) if number else ""
        name = number or _inner_title(title)
        level, _, _ = level_of_issuer(_issuer_of(title) if title else "")
        if not level and number:
            level, _, _ = level_of_issuer(re.sub(r"[〔\[(（].*$", "", number))
        self.nodes[name] = {"node": name, "external": True, "title": _inner_title(title), "doc_number": number,
                            "level": level, "kind": "", "issue_date": "", "cited_by": 0}
        if number:
            self.by_number[number] = name
        if title:
            self.by_title[_title_key(title)] = name
        return name


def _parent_reference(parent: str) -> tuple[str, str]:
    """A manifest ``parent`` cell as ``(文号, title)``."""
    parent = str(parent or "").strip()
    m = _NUMBER.search(parent)
    if m and len(parent) <= len(m.group()) + 2:
        return m.group(), ""
    return "", parent


def _direction(nodes: dict, a: str, b: str) -> tuple[str, str]:
    """``(child, parent)`` of two corpus documents related by reuse."""
    la, lb = (LEVEL_ORDER.index(nodes[x]["level"]) if nodes[x]["level"] in LEVEL_ORDER else 4 for x in (a, b))
    if la != lb and la < 4 and lb < 4:
        return (a, b) if la > lb else (b, a)
    da, db = nodes[a]["issue_date"], nodes[b]["issue_date"]
    return (a, b) if (da, a) > (db, b) else (b, a)


def build_lineage(corpus, reuse=None, reuse_threshold: float = 0.5) -> Lineage:
    """The lineage graph of a corpus.

    In: a :class:`~analysis.io.tables.Corpus`; optionally a :class:`~analysis.compare.reuse.Reuse`
    (from :func:`analysis.compare.reuse.compare`) whose pair shares give reuse edges and the
    siblings' shared shares; ``reuse_threshold``: the least share of a document's task
    text reused from another that makes it implement that other.
    Out: :class:`Lineage` — nodes in corpus order then external nodes in order of first
    reference; edges ``child → parent`` with ``evidence`` (``manifest``, ``citation``,
    ``reuse``, joined by ``+``), the matched citation or parent cell, and the child's
    share reused from the parent when the pair was compared; siblings per shared parent.
    """
    reg = _Registry(corpus)
    edges: dict[tuple[str, str], dict] = {}

    def edge(child, parent):
        return edges.setdefault((child, parent), {"child": child, "parent": parent, "manifest": "",
                                                  "citation": "", "reuse_share": None})

    manifest = corpus.manifest
    if "parent" in manifest:
        for rec in manifest.itertuples():
            cell = str(getattr(rec, "parent", "") or "").strip()
            number, title = _parent_reference(cell)
            if not number and not title:
                continue
            in_corpus = cell if cell in reg.nodes and not reg.nodes[cell]["external"] else None  # a doc_id
            parent = in_corpus or reg.find(number, title) or reg.external(number, title)
            if parent != rec.doc_id:
                edge(rec.doc_id, parent)["manifest"] = number or title
    basis = _basis_citations(corpus)
    for c in corpus.citations.itertuples():
        number, title = str(c.number or ""), str(c.title or "")
        target = reg.find(number, title)
        if (target is None or reg.nodes[target]["external"]) and (c.doc_id, number, title) in basis:
            target = reg.external(number, title)  # created, or told what an earlier reference lacked
        if target is None or target == c.doc_id:
            continue
        reg.nodes[target]["cited_by"] += 1
        e = edge(c.doc_id, target)
        if not e["citation"]:
            e["citation"] = number or _inner_title(title)
    shares = reuse.shares if reuse is not None else pd.DataFrame(columns=["doc_a", "doc_b", "a_share", "b_share",
                                                                          "passages"])
    share_of = {}
    for s in shares.itertuples():
        share_of[(s.doc_a, s.doc_b)] = s.a_share
        share_of[(s.doc_b, s.doc_a)] = s.b_share
    parents_of: dict[str, set] = {}
    for child, parent in edges:
        parents_of.setdefault(child, set()).add(parent)
    for s in shares.itertuples():
        if max(_num(s.a_share), _num(s.b_share)) < reuse_threshold:
            continue
        child, parent = _direction(reg.nodes, s.doc_a, s.doc_b)
        same_level = reg.nodes[child]["level"] == reg.nodes[parent]["level"]
        if same_level and parents_of.get(child, set()) & parents_of.get(parent, set()):
            continue  # two plans implementing one parent: siblings, compared in the siblings table
        if _num(share_of[(child, parent)]) >= reuse_threshold:
            edge(child, parent)
    rows = []
    for (child, parent), e in edges.items():
        share = share_of.get((child, parent))
        evidence = [k for k, v in (("manifest", e["manifest"]), ("citation", e["citation"])) if v]
        if share is not None and _num(share) >= reuse_threshold:
            evidence.append("reuse")
        detail = "; ".join(x for x in (f"manifest: {e['manifest']}" if e["manifest"] else "",
                                       f"cites {e['citation']}" if e["citation"] else "",
                                       f"reuses {_num(share):.0%} of its task text" if "reuse" in evidence else "")
                           if x)
        rows.append((child, parent, "+".join(evidence), e["manifest"], e["citation"],
                     None if share is None or pd.isna(share) else float(share), detail))
    order = {n: k for k, n in enumerate(reg.nodes)}
    rows.sort(key=lambda r: (order[r[0]], order[r[1]]))
    edge_frame = pd.DataFrame(rows, columns=EDGE_COLUMNS, dtype=object)
    edge_frame["reuse_share"] = edge_frame["reuse_share"].astype("Float64")
    node_frame = pd.DataFrame(list(reg.nodes.values()), columns=NODE_COLUMNS, dtype=object)
    node_frame["cited_by"] = node_frame["cited_by"].astype("Int64")
    node_frame["external"] = node_frame["external"].astype(bool)
    return Lineage(node_frame, edge_frame, _siblings(edge_frame, shares, order), reuse_threshold)


def _num(v) -> float:
    return 0.0 if v is None or pd.isna(v) else float(v)


def _basis_citations(corpus) -> set[tuple[str, str, str]]:
    """Citations made before the first task (preamble, goals): what a plan says it implements."""
    c = corpus.citations
    before = c[c["task_seq"].isna()]
    return {(d, str(n or ""), str(t or "")) for d, n, t in zip(before["doc_id"], before["number"], before["title"])}


def _siblings(edges: pd.DataFrame, shares: pd.DataFrame, order: dict) -> pd.DataFrame:
    pair = {}
    for s in shares.itertuples():
        pair[(s.doc_a, s.doc_b)] = (s.a_share, s.b_share, s.passages)
        pair[(s.doc_b, s.doc_a)] = (s.b_share, s.a_share, s.passages)
    rows = []
    for parent, group in edges.groupby("parent", sort=False):
        children = sorted(set(group["child"]), key=order.get)
        for a, b in itertools.combinations(children, 2):
            a_share, b_share, n = pair.get((a, b), (None, None, None))
            rows.append((parent, a, b, a_share, b_share, n))
    rows.sort(key=lambda r: (order[r[0]], order[r[1]], order[r[2]]))
    df = pd.DataFrame(rows, columns=SIBLING_COLUMNS, dtype=object)
    df["a_share"] = df["a_share"].astype("Float64")
    df["b_share"] = df["b_share"].astype("Float64")
    df["passages"] = df["passages"].astype("Int64")
    return df
