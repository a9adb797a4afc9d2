"""Synthetic plan pairs with known reused passages, for measuring :mod:`analysis.compare.reuse`.

A *host* plan receives passages taken from a *donor* plan, each edited the way a
drafting office edits what it copies: characters substituted (省 → 市, a year, a
word), words inserted or deleted, two clauses of a sentence swapped, the passage
(or the whole host) written in traditional script, hard line and page breaks
inside it. Everything else in the two plans is drawn from disjoint sentences of
the shipped plans that share no 8-character run with each other, so the
injected passages are the only reuse there is: the ground truth.

Deterministic for a given seed. Positions in the ground truth are offsets in the
files as written (the source text), which :mod:`analysis.compare.reuse` reaches through
``Document.origin``.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

_CONTENT = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
_NUM = "一二三四五六七八九十"
_REGIONS = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
_INSERTS = ["进一步", "切实", "全面", "认真", "扎实", "积极稳妥地", "按照上级要求"]
_SUBSTITUTES = {"省": "市", "市": "县", "全省": "全市", "年": "年度", "加强": "强化", "推进": "推动", "开展": "组织",
                "建立": "健全", "提升": "提高", "执法人员": "执法队员"}
EDIT_KINDS = ("substitution", "insertion", "deletion", "reorder", "traditional", "line_break")


@dataclass(frozen=True)
class Injection:
    """One reused passage: where it is in the donor file and, edited, in the host file."""

    donor: str
    host: str
    donor_start: int
    donor_end: int
    host_start: int
    host_end: int
    host_task: int        # the host task (1-based, in document order) that holds the passage
    edits: tuple[str, ...]


def _content_len(s: str) -> int:
    return len(_CONTENT.findall(s))


def _content(s: str) -> str:
    return "".join(_CONTENT.findall(s))


def sentence_pool(corpus, gram: int = 8) -> list[str]:
    """Sentences of the shipped plans' clauses (split at 。；, 25–90 content characters),
    each kept only when it shares no ``gram``-character run of content with a sentence
    kept before; in corpus order."""
    seen: set[str] = set()
    sentences = []
    for text in corpus.clauses["text"]:
        for s in re.split(r"(?<=[。；])", str(text)):
            s = s.strip().rstrip("；。") + "。"
            c = _content(s)
            if not 25 <= len(c) <= 90 or re.match(r"^[（(\d]", s):
                continue
            grams = {c[k:k + gram] for k in range(len(c) - gram + 1)}
            if grams & seen:
                continue
            seen |= grams
            sentences.append(s)
    return sentences


def _edit(passage: str, rng: random.Random, kinds: list[str]) -> str:
    s = passage
    if "reorder" in kinds:
        clauses = re.split(r"(?<=，)", s.rstrip("。"))
        if len(clauses) >= 2:
            k = rng.randrange(len(clauses) - 1)
            a, b = clauses[k].rstrip("，"), clauses[k + 1].rstrip("，")
            clauses[k], clauses[k + 1] = b + "，", a + ("，" if k + 1 < len(clauses) - 1 else "")
            s = "".join(clauses).rstrip("，") + "。"
    if "substitution" in kinds:
        options = [w for w in _SUBSTITUTES if w in s]
        for w in rng.sample(options, k=min(2, len(options))):
            s = s.replace(w, _SUBSTITUTES[w], 1)
    if "insertion" in kinds:
        cut = [m.start() for m in re.finditer(r"[\u4e00-\u9fff]", s)][3:-3]
        if cut:
            k = rng.choice(cut)
            s = s[:k] + rng.choice(_INSERTS) + s[k:]
    if "deletion" in kinds:
        k = rng.randrange(5, max(6, len(s) - 8))
        if all(_CONTENT.match(ch) for ch in s[k:k + 3]):
            s = s[:k] + s[k + 3:]
    return s


def _break(s: str, rng: random.Random) -> str:
    """A hard line (or page) break inside ``s``, where the normalizer rejoins it."""
    spots = [k for k in range(6, len(s) - 6)
             if re.match(r"[\u4e00-\u9fff]", s[k - 1]) and re.match(r"[\u4e00-\u9fff]", s[k]) and s[k - 1] != s[k]]
    if not spots:
        return s
    k = rng.choice(spots)
    return s[:k] + rng.choice(["\n", "\n\n"]) + s[k:]


class _Writer:
    """Builds a file from pieces, tracking each piece's source offsets."""

    def __init__(self, traditional: bool):
        self.parts: list[str] = []
        self.length = 0
        self.traditional = traditional
        self._s2t = None

    def add(self, s: str, traditional: bool = False) -> tuple[int, int]:
        if self.traditional or traditional:
            if self._s2t is None:
                import opencc

                self._s2t = opencc.OpenCC("s2t.json")
            s = self._s2t.convert(s)
        start = self.length
        self.parts.append(s)
        self.length += len(s)
        return start, self.length

    def text(self) -> str:
        return "".join(self.parts)


def _plan(region: str, title: str, preamble: str, goal: str, closing: str, tasks: list[tuple[str, list[list]]],
          traditional: bool):
    """Write a plan; a clause is a list of pieces, a piece a str or ``("mark", str, edit_kinds)``.
    Returns the text and ``{mark: (start, end, task_no)}``."""
    w = _Writer(traditional)
    full_title = f"{region}市{title}实施方案"
    w.add(f"{region}市交通运输局关于印发《{full_title}》的通知\n各区交通运输局：\n现将《{full_title}》印发给你们，请认真贯彻落实。\n"
          f"{region}市交通运输局\n2024年3月8日\n{full_title}\n")
    w.add(f"{preamble}\n一、总体要求\n{goal}\n二、主要任务\n")
    marks = {}
    task_no = 0
    per_group = max(1, (len(tasks) + 2) // 3)
    for k, (task_title, clauses) in enumerate(tasks):
        if k % per_group == 0:
            w.add(f"（{_NUM[k // per_group]}）{_REGIONS[k // per_group]}组任务\n")
        task_no += 1
        w.add(f"{task_no}.{task_title}。")
        for c, clause in enumerate(clauses):
            for piece in clause:
                if isinstance(piece, tuple):
                    mark, s, kinds = piece
                    marks[mark] = (*w.add(s, traditional="traditional" in kinds), task_no)
                else:
                    w.add(piece)
            w.add("\n")
    w.add(f"三、保障措施\n{closing}\n")
    return w.text(), marks


def make_pair(sentences: list[str], rng: random.Random, index: int,
              n_tasks: int = 8, n_injections: int = 4) -> tuple[str, str, list[Injection]]:
    """One donor and one host plan text and the passages injected from the donor into the host.

    The two plans draw their own sentences (disjoint); a task title is the opening words of a
    sentence of its own. Each injected passage
    is one or two consecutive sentences of a donor clause, edited by two or three of
    :data:`EDIT_KINDS`, and inserted as a clause of a random host task.
    """
    donor_id, host_id = f"pair{index:03d}_donor", f"pair{index:03d}_host"
    need = 3 + n_tasks * 3
    chosen = rng.sample(sentences, 2 * need + 2 * (n_tasks + 1))
    donor_s, host_s = chosen[:need], chosen[need:2 * need]
    # titles: the opening words of sentences of their own, so no title shares a run with the other plan
    t = [_content(x)[:rng.randint(6, 10)] for x in chosen[2 * need:]]
    donor_titles, host_titles = t[:n_tasks + 1], t[n_tasks + 1:]
    # donor: each task has one or two clauses of one or two sentences
    donor_tasks, pool = [], list(donor_s[3:])
    for k in range(n_tasks):
        clauses = []
        for _ in range(rng.randint(1, 2)):
            n = rng.randint(1, 2) if len(pool) > 2 else 1
            clauses.append([pool.pop() for _ in range(n) if pool])
        donor_tasks.append((donor_titles[k + 1], clauses))
    # passages to inject: a run of sentences of one donor clause, each marked in the donor
    candidates = [(k, c) for k, (_, clauses) in enumerate(donor_tasks) for c in range(len(clauses))]
    picks = rng.sample(candidates, k=min(n_injections, len(candidates)))
    donor_plan, injected = [], []
    for k, (title, clauses) in enumerate(donor_tasks):
        out_clauses = []
        for c, sents in enumerate(clauses):
            if (k, c) in picks:
                mark = f"p{len(injected)}"
                kinds = rng.sample([e for e in EDIT_KINDS if e != "traditional"], k=2)
                if rng.random() < 0.3:
                    kinds.append("traditional")
                injected.append((mark, "".join(sents), kinds))
                out_clauses.append([(mark, "".join(sents), ())])
            else:
                out_clauses.append(list(sents))
        donor_plan.append((title, out_clauses))
    donor_traditional = rng.random() < 0.2
    host_traditional = rng.random() < 0.2
    region_d, region_h = rng.sample(_REGIONS, 2)
    donor_text, donor_marks = _plan(region_d, donor_titles[0], donor_s[0], donor_s[1], donor_s[2], donor_plan,
                                    donor_traditional)
    # host: its own clauses, with the edited passages as extra clauses of random tasks
    host_pool = list(host_s[3:])
    host_tasks = [(host_titles[k + 1], [[host_pool.pop()] for _ in range(rng.randint(1, 2))]) for k in range(n_tasks)]
    for mark, passage, kinds in injected:
        edited = _edit(passage, rng, kinds)
        if "line_break" in kinds:
            edited = _break(edited, rng)
        k = rng.randrange(n_tasks)
        clauses = host_tasks[k][1]
        clauses.insert(rng.randint(0, len(clauses)), [(mark, edited, tuple(kinds))])
    host_text, host_marks = _plan(region_h, host_titles[0], host_s[0], host_s[1], host_s[2], host_tasks,
                                  host_traditional)
    injections = []
    for mark, passage, kinds in injected:
        ds, de, _ = donor_marks[mark]
        hs, he, task = host_marks[mark]
        edits = tuple(kinds) + (("traditional",) if host_traditional and "traditional" not in kinds else ())
        injections.append(Injection(donor_id, host_id, ds, de, hs, he, task, edits))
    return donor_text, host_text, injections


def write_pairs(folder: str | Path, corpus, n_pairs: int = 30, seed: int = 0, **kwargs) -> list[Injection]:
    """Write ``n_pairs`` donor/host plans as ``pairNNN_donor.txt`` / ``pairNNN_host.txt`` in ``folder``
    (no manifest) and return every injected passage. ``corpus`` supplies the sentences."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    sentences = sentence_pool(corpus)
    rng = random.Random(seed)
    out = []
    for i in range(n_pairs):
        donor, host, injections = make_pair(sentences, rng, i, **kwargs)
        (folder / f"pair{i:03d}_donor.txt").write_text(donor, encoding="utf-8")
        (folder / f"pair{i:03d}_host.txt").write_text(host, encoding="utf-8")
        out.extend(injections)
    return out


def match(found, truth: list[Injection], min_overlap: float = 0.5) -> tuple[float, float, list, list]:
    """Passage-level precision and recall of ``found`` (a passages DataFrame with ``doc_a`` the
    donor, ``doc_b`` the host) against the injections.

    A found passage and an injection match when, in the donor file and in the host file,
    their source spans overlap by at least ``min_overlap`` of the shorter of the two.
    Out: ``(precision, recall, unmatched found rows, missed injections)``.
    """
    def overlap(s1, e1, s2, e2):
        return max(0, min(e1, e2) - max(s1, s2)) / max(1, min(e1 - s1, e2 - s2))

    by_pair: dict[tuple[str, str], list[Injection]] = {}
    for t in truth:
        by_pair.setdefault((t.donor, t.host), []).append(t)
    hit_truth: set[Injection] = set()
    false = []
    for row in found.itertuples():
        ok = False
        for t in by_pair.get((row.doc_a, row.doc_b), []):
            if (overlap(row.a_source_start, row.a_source_end, t.donor_start, t.donor_end) >= min_overlap
                    and overlap(row.b_source_start, row.b_source_end, t.host_start, t.host_end) >= min_overlap):
                ok = True
                hit_truth.add(t)
        if not ok:
            false.append(row)
    precision = 1 - len(false) / len(found) if len(found) else 1.0
    recall = len(hit_truth) / len(truth) if truth else 1.0
    return precision, recall, false, [t for t in truth if t not in hit_truth]
