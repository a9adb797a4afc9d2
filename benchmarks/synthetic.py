"""A synthetic corpus built from the shipped plans, for throughput and scale benchmarks.

Each synthetic plan recombines real tasks of the shipped plans (titles, clause
texts and their 责任单位/完成时限 parentheticals) under a real plan skeleton and
perturbs them the way real documents differ: years shifted, units and deadlines
exchanged, half-width punctuation, traditional script, hard line breaks.
Deterministic for a given seed.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from analysis.io.tables import load_corpus

_NUM = "一二三四五六七八九十"
_DEADLINES = ["2021年12月底前", "2022年底前", "2022年6月30日前", "2023年底前", "持续开展", "持续推进", "长期坚持",
              "2022年3月，完成后持续开展", "每年"]
_LABELS = ["责任单位", "责任部门", "牵头单位"]
_REGIONS = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"]


@dataclass(frozen=True)
class Pool:
    titles: list[str]
    clauses: list[str]
    units: list[str]
    groups: list[str]


def build_pool(corpus=None) -> Pool:
    """Task titles, clause texts, unit names and group titles of the shipped plans."""
    corpus = corpus or load_corpus()
    plans = corpus.documents.loc[corpus.documents["kind"] == "plan", "doc_id"]
    tasks = corpus.tasks[corpus.tasks["doc_id"].isin(plans)]
    clauses = corpus.clauses[corpus.clauses["doc_id"].isin(plans)]
    units = sorted(set(corpus.units["unit"]))
    groups = sorted(set(corpus.sections.loc[corpus.sections["kind"] == "group", "title"]))
    return Pool(sorted(set(tasks["title"])), sorted({t for t in clauses["text"] if t and len(t) > 10}), units, groups)


def synthetic_plan(pool: Pool, rng: random.Random, index: int) -> str:
    """One synthetic plan text (raw, as a file would hold it)."""
    region = rng.choice(_REGIONS) + rng.choice(_REGIONS)
    start = rng.choice([2021, 2022, 2023, 2024])
    title = f"{region}省交通运输综合行政执法队伍建设三年行动方案（{start}-{start + 2}年）"
    lines = [f"{region}省交通运输厅关于印发《{title}》的通知", "各市交通运输局：",
             f"现将《{title}》印发给你们，请认真贯彻落实。", f"{region}省交通运输厅", f"{start}年3月{1 + index % 28}日",
             title, "为进一步提升交通运输综合行政执法队伍素质能力，结合本省实际，制定本方案。",
             "一、工作目标", f"到{start + 2}年底，全省交通运输执法队伍素质能力明显提升。", "二、主要任务"]
    n_groups = rng.randint(3, 6)
    task_no = 0
    for g in range(n_groups):
        lines.append(f"（{_NUM[g]}）{rng.choice(pool.groups)}")
        for _ in range(rng.randint(2, 5)):
            task_no += 1
            lines.append(f"{task_no}.{rng.choice(pool.titles)}")
            for _ in range(rng.randint(1, 3)):
                units = "、".join(rng.sample(pool.units, k=min(len(pool.units), rng.randint(1, 3))))
                deadline = rng.choice(_DEADLINES).replace("2021", str(start)).replace("2022", str(start + 1)).replace(
                    "2023", str(start + 2))
                lines.append(f"{rng.choice(pool.clauses)}（{rng.choice(_LABELS)}：{units}，完成时限：{deadline}）")
    lines += ["三、保障措施", "（一）加强组织领导。各地要高度重视，明确责任分工。", "（二）强化经费保障。将培训经费列入预算。"]
    text = "\n".join(lines) + "\n"
    # perturbations as in real documents
    if rng.random() < 0.3:
        text = text.translate(str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":"}))
    if rng.random() < 0.2:
        import opencc

        text = opencc.OpenCC("s2t.json").convert(text)
    if rng.random() < 0.3:  # a hard break in the middle of some clauses
        out = []
        for line in text.split("\n"):
            if len(line) > 60 and rng.random() < 0.3:
                k = rng.randint(20, 40)
                if line[k - 1] not in "。；：）)" and line[k - 1] != line[k]:
                    line = line[:k] + "\n\n" + line[k:]
            out.append(line)
        text = "\n".join(out)
    return text


def write_corpus(out_dir: str | Path, n: int, seed: int = 0, pool: Pool | None = None) -> list[Path]:
    """Write ``n`` synthetic plans to ``out_dir`` (no manifest: their metadata is read from their text)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    pool = pool or build_pool()
    rng = random.Random(seed)
    paths = []
    for i in range(n):
        path = out_dir / f"plan_{i:05d}.txt"
        path.write_text(synthetic_plan(pool, rng, i), encoding="utf-8")
        paths.append(path)
    return paths
