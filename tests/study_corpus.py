"""Synthetic study corpora built as tables, at any size: the figure check's 1, 5, 30, 300 and 3,000 documents.

``study_corpus(n)`` builds a :class:`~analysis.io.tables.Corpus` directly — documents, manifest, tasks,
clauses, deadlines, units, training, targets, citations, sections, metadata — without writing or
parsing any text, so 3,000 documents take about a second. The documents form a cascade (national
plans, provincial plans implementing them, municipal plans implementing those, county plans
below), in six policy domains with their own words, in real regions of ``data/divisions.csv``,
issued 2016–2025, with progress reports among the plans. Fields are left out the way real corpora
leave them out: documents outside the manifest (their region read from the issuer), without a
period, without a date, without tasks, without responsible units, without deadlines, without
training requirements. ``study_reuse(corpus)`` gives the reuse comparison of such a corpus as
tables (each plan against its parent, siblings against each other), as
:func:`analysis.compare.reuse.compare` would, without aligning texts.

Same ``n`` and ``seed`` → the same tables.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.compare import reuse as reuse_mod
from analysis.io.tables import Corpus, frames_of, TABLE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]

MANIFEST_COLUMNS = ["doc_id", "file", "title", "issuer", "level", "region", "issue_date", "period_start",
                    "period_end", "programme", "kind", "doc_number", "parent", "note", "title_en", "issuer_en",
                    "region_en", "programme_en", "published_date"]

# Each domain: the ministry, the provincial department and the local bureau (suffixes), the programme,
# task titles, sentences its tasks are written in, the units it names, and its English name.
DOMAINS = {
    "transport": {
        "ministry": "交通运输部", "dept": "交通运输厅", "bureau": "交通运输局", "en": "transport",
        "programme": "交通运输执法队伍素质能力提升",
        "titles": ["加强政治建设", "开展执法人员全员轮训", "规范行政执法程序", "推进执法装备信息化建设", "强化执法监督考核",
                   "加强基层站所规范化建设", "深化区域执法协作", "落实普法责任制", "开展执法案卷评查", "推进四基四化建设",
                   "治理车辆超限超载", "整治出租汽车市场秩序"],
        "sentences": ["全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度",
                      "推广移动执法终端和执法记录仪，实现执法数据互联互通", "开展治超联合执法，严厉打击违法超限运输行为",
                      "规范出租汽车和网约车经营行为，畅通乘客投诉举报渠道", "推进基层执法站所标准化建设，改善执法一线条件",
                      "建立跨区域执法协作机制，加强与公安、市场监管部门的信息共享", "组织执法案卷交叉评查，评选优秀案卷"],
        "units": ["执法局", "法规处", "执法支队", "运输管理处", "公路管理局"],
    },
    "ecology": {
        "ministry": "生态环境部", "dept": "生态环境厅", "bureau": "生态环境局", "en": "ecology",
        "programme": "生态环境保护综合行政执法能力建设",
        "titles": ["加强大气污染防治执法", "开展水污染源排查整治", "推进固体废物规范化管理", "健全排污许可执法监管",
                   "强化生态保护红线监管", "推进环境监测数据质量管理", "开展危险废物专项检查", "提升核与辐射安全监管能力",
                   "推行非现场执法", "完善环境信用评价"],
        "sentences": ["对重点排污单位实行在线监控，超标排放的依法从严处罚", "开展入河排污口排查溯源，建立问题清单并限期整治",
                      "推进危险废物全过程信息化监管，严厉打击非法转移倾倒", "落实排污许可证后监管，核查自行监测和执行报告",
                      "运用无人机、卫星遥感等非现场手段开展执法检查", "建立环境监测数据弄虚作假问题线索移交机制"],
        "units": ["生态环境执法总队", "大气环境处", "水生态环境处", "固体废物与化学品处", "环境监测中心"],
    },
    "education": {
        "ministry": "教育部", "dept": "教育厅", "bureau": "教育局", "en": "education",
        "programme": "教师队伍建设改革",
        "titles": ["加强师德师风建设", "实施教师全员培训", "推进县域内教师交流轮岗", "提高乡村教师待遇", "规范校外培训机构",
                   "完善教师职称评审", "推进中小学校长职级制", "加强特殊教育教师培养", "实施课后服务", "推进智慧教育平台应用"],
        "sentences": ["每名教师五年内参加不少于360学时的全员培训", "推动城镇优秀教师和校长向乡村学校、薄弱学校流动",
                      "落实乡村教师生活补助政策，改善乡村学校教师周转宿舍条件", "对校外培训机构开展常态化巡查，查处违规培训",
                      "将师德表现作为教师资格定期注册和职称评审的首要条件", "依托国家智慧教育平台开展教师数字素养培训"],
        "units": ["教师工作处", "基础教育处", "督导室", "教育考试院", "教师发展中心"],
    },
    "health": {
        "ministry": "国家卫生健康委员会", "dept": "卫生健康委员会", "bureau": "卫生健康委员会", "en": "health",
        "programme": "卫生健康监督执法能力提升",
        "titles": ["加强医疗机构依法执业监管", "开展传染病防治监督检查", "强化公共场所卫生监督", "推进生活饮用水卫生监督",
                   "规范职业健康检查", "打击非法行医", "推进医疗废物规范处置", "开展放射诊疗监督", "推进卫生监督信息化"],
        "sentences": ["对二级以上医疗机构开展依法执业自查和抽查，结果向社会公开", "严厉打击无证行医和超范围执业行为",
                      "落实医疗废物分类收集、暂存和交接登记制度", "对集中式供水单位开展水质抽检，发现问题督促整改",
                      "开展职业病危害因素监测，督促用人单位落实主体责任", "推行卫生监督执法全过程记录"],
        "units": ["卫生健康监督所", "医政医管处", "疾病预防控制处", "职业健康处", "综合监督处"],
    },
    "emergency": {
        "ministry": "应急管理部", "dept": "应急管理厅", "bureau": "应急管理局", "en": "emergency management",
        "programme": "安全生产执法能力提升",
        "titles": ["开展安全生产隐患排查治理", "强化危险化学品安全监管", "推进矿山安全执法", "加强应急救援队伍建设",
                   "完善安全生产执法计划", "开展消防安全专项整治", "推进工贸企业安全生产标准化", "健全应急预案体系"],
        "sentences": ["对重大事故隐患实行挂牌督办，整改不到位的依法停产整顿", "推行安全生产执法检查清单和随机抽查",
                      "组织应急救援队伍开展实战化演练，提升协同处置能力", "建立危险化学品重大危险源在线监测预警系统",
                      "督促企业落实全员安全生产责任制", "每年修订应急预案并组织评估"],
        "units": ["安全生产执法总队", "危险化学品安全监督管理处", "应急指挥中心", "救援协调处", "法规处"],
    },
    "agriculture": {
        "ministry": "农业农村部", "dept": "农业农村厅", "bureau": "农业农村局", "en": "agriculture",
        "programme": "农业综合行政执法能力提升",
        "titles": ["加强农资质量执法", "开展农产品质量安全监管", "推进动物卫生监督", "打击非法捕捞", "强化种子市场监管",
                   "推进农机安全监理", "规范农村宅基地管理", "开展禁渔期执法"],
        "sentences": ["开展农资打假专项行动，严查假劣种子、农药和化肥", "对农产品生产主体开展质量安全抽检",
                      "加强长江流域禁捕水域巡查，严厉打击非法捕捞", "规范畜禽屠宰检疫，落实病死畜禽无害化处理",
                      "推进农业综合行政执法队伍标准化建设", "开展农机安全检验和驾驶人培训"],
        "units": ["农业综合行政执法总队", "种业管理处", "渔业渔政管理局", "畜牧兽医局", "农产品质量安全监管处"],
    },
}
GENERIC = ["各单位要加强组织领导，明确责任分工，确保各项任务落到实处", "建立工作台账，定期调度推进情况",
           "将工作情况纳入年度绩效考核", "及时总结推广经验做法，形成长效机制"]
AUDIENCES = ["执法人员", "领导班子成员", "基层站所执法人员", "新入职人员", "全体干部职工", "专业技术人员"]
_LEVEL_SHARE = [("national", 0.03), ("provincial", 0.17), ("municipal", 0.45), ("county", 0.35)]
_DEADLINE_KINDS = ["date", "date", "date", "ongoing", "date_then_ongoing", "recurring", "relative"]


@lru_cache(maxsize=1)
def _divisions() -> dict[str, list[tuple[str, str]]]:
    """level → [(name, province)] from data/divisions.csv; prefectures carry their province."""
    out: dict[str, list[tuple[str, str]]] = {"provincial": [], "municipal": [], "county": []}
    with open(ROOT / "data" / "divisions.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["level"] == "county" and not re.search(r"[县区市旗]$", row["name"]):
                continue  # 中沙群岛的岛礁及其海域 and the like: no plan is issued there
            out[row["level"]].append((row["name"], row["province"] or row["name"], row["prefecture"]))
    return out


def _levels(n: int, rng) -> list[str]:
    """n levels, from the top, in the shares of a real study (a national plan first, then a provincial one …)."""
    if n <= 4:
        return ["provincial", "national", "municipal", "county"][:n]
    counts = {lv: max(1, int(round(share * n))) for lv, share in _LEVEL_SHARE}
    counts["municipal"] += n - sum(counts.values())
    return [lv for lv, _ in _LEVEL_SHARE for _ in range(counts[lv])]


def _place(level: str, parent_place: tuple | None, rng) -> tuple[str, str, str]:
    """(region as the manifest writes it, the place's own name, province) of a document at ``level``
    below the parent's place (a city of the parent's province, a county of the parent's city)."""
    div = _divisions()
    if level == "national":
        return "全国", "全国", ""
    if level == "provincial":
        name, prov, _ = div["provincial"][int(rng.integers(len(div["provincial"])))]
        return name, name, name
    province = parent_place[2] if parent_place and parent_place[2] else None
    if level == "municipal":
        pool = [d for d in div["municipal"] if province is None or d[1] == province] or div["municipal"]
        name, prov, _ = pool[int(rng.integers(len(pool)))]
        return prov + name, name, prov
    city = parent_place[1] if parent_place and parent_place[1] != parent_place[2] else None
    pool = [d for d in div["county"] if city is None or d[2] == city] or \
           [d for d in div["county"] if province is None or d[1] == province] or div["county"]
    name, prov, pref = pool[int(rng.integers(len(pool)))]
    return prov + (pref if pref != prov else "") + name, name, prov


def _issuer(level: str, place: str, domain: dict) -> str:
    if level == "national":
        return domain["ministry"] + "办公厅"
    if level == "provincial":
        return place + domain["dept"]
    return place + domain["bureau"]


def _tasks(doc_id: str, k_tasks: int, domain: dict, rng) -> list[tuple]:
    titles = list(domain["titles"])
    order = rng.permutation(len(titles))
    rows = []
    for seq in range(1, k_tasks + 1):
        title = titles[order[(seq - 1) % len(titles)]]
        picks = rng.choice(len(domain["sentences"]), size=int(rng.integers(1, 4)), replace=False)
        body = "。".join(domain["sentences"][int(i)] for i in picks)
        if rng.random() < 0.4:
            body += "。" + GENERIC[int(rng.integers(len(GENERIC)))]
        rows.append((doc_id, seq, "二", None, str(seq), title, body + "。", f"line {seq + 3}"))
    return rows


def _deadline_rows(doc_id: str, tasks: list[tuple], period: tuple[int, int] | None, year: int, rng):
    rows, clause_rows = [], []
    start, end = period or (year, year + 2)
    for t in tasks:
        kind = _DEADLINE_KINDS[int(rng.integers(len(_DEADLINE_KINDS)))]
        date = raw = recurrence = None
        if kind in ("date", "date_then_ongoing"):
            y = int(rng.integers(start - (rng.random() < 0.05), end + 1 + (rng.random() < 0.05)))
            month = int(rng.choice([3, 6, 9, 12]))
            date = f"{y}-{month:02d}-{30 if month in (6, 9) else 31}"
            raw = f"{y}年{month}月底前" + ("，长期坚持" if kind == "date_then_ongoing" else "")
        elif kind == "ongoing":
            raw = "持续开展"
        elif kind == "recurring":
            recurrence = str(rng.choice(["yearly", "quarterly", "monthly"]))
            raw = {"yearly": "每年", "quarterly": "每季度", "monthly": "每月"}[recurrence]
        else:
            raw = "方案印发后三个月内"
        rows.append((doc_id, t[1], "clause", raw, kind, date, recurrence))
        clause_rows.append((t[1], raw, kind, date))
    return rows, {seq: (raw, kind, date) for seq, raw, kind, date in clause_rows}


def _unit_names(level: str, domain: dict, rng) -> list[str]:
    own = {"national": "部", "provincial": "厅", "municipal": "局", "county": "局"}[level]
    names = [own + u for u in domain["units"]]
    if level == "provincial":
        names += ["各市" + domain["bureau"]]
    elif level == "municipal":
        names += ["各县（市、区）" + domain["bureau"], "市" + domain["bureau"] + "执法支队"]
    elif level == "county":
        names += ["各乡镇人民政府", "县" + domain["bureau"] + "执法大队"]
    return names


def _document(k: int, level: str, parent: dict | None, rng) -> dict:
    """One document's record: who issued it, where, when, for what period, in which domain."""
    domain_key = parent["domain_key"] if parent else list(DOMAINS)[int(rng.integers(len(DOMAINS)))]
    domain = DOMAINS[domain_key]
    region, name, province = _place(level, parent["place"] if parent else None, rng)
    base_year = (parent["year"] if parent else 2016 + int(rng.integers(0, 7)))
    year = min(2025, base_year + (int(rng.integers(0, 2)) if parent else 0))
    kind = "report" if level != "national" and k and rng.random() < 0.05 else "plan"  # the first is a plan
    span = 0 if kind == "report" else int(rng.choice([1, 2, 2, 2, 4]))
    period = (year, year + span)
    where = "" if level == "national" else name
    issuer = _issuer(level, where if level != "provincial" else name, domain)
    title = (f"{where}{domain['programme']}{'工作进展情况报告' if kind == 'report' else '实施方案'}"
             f"（{period[0]}-{period[1]}年）")
    doc_id = f"{year}_{level}_{domain_key}_{k:04d}{'_report' if kind == 'report' else ''}"
    month, day = int(rng.integers(1, 13)), int(rng.integers(1, 29))
    return {"doc_id": doc_id, "domain_key": domain_key, "domain": domain, "level": level, "kind": kind,
            "region": region, "place": (region, name, province), "issuer": issuer, "title": title, "year": year,
            "period": period, "date": f"{year}-{month:02d}-{day:02d}",
            "number": f"{issuer[:2]}{domain['bureau'][:1]}〔{year}〕{k + 1}号", "parent": parent}


def _tables_of(doc: dict, k: int, rng) -> dict[str, list[tuple]]:
    """The rows of every table for one document, with its fields left out as real documents leave them out."""
    out = {name: [] for name in TABLE_COLUMNS}
    d = doc["doc_id"]
    no_period, no_date = k % 17 == 5, k % 23 == 7
    no_tasks, no_units, no_deadlines, no_training = k % 29 == 11, k % 7 == 3, k % 13 == 4, k % 3 == 2
    period = None if no_period else doc["period"]
    n_tasks = 0 if no_tasks else int(rng.integers(3, 8 if doc["level"] in ("county", "municipal") else 16))
    tasks = _tasks(d, n_tasks, doc["domain"], rng)
    out["tasks"] = tasks
    deadlines, by_task = ([], {}) if no_deadlines else _deadline_rows(d, tasks, period, doc["year"], rng)
    out["deadlines"] = deadlines
    units = [] if no_units else _unit_names(doc["level"], doc["domain"], rng)
    for t in tasks:
        seq = t[1]
        named = [] if not units else [units[int(i)] for i in rng.choice(len(units), size=int(rng.integers(1, 4)),
                                                                           replace=False)]
        raw, kind, date = by_task.get(seq, (None, None, None))
        out["clauses"].append((d, seq, 1, t[6], "责任单位" if named else None, "、".join(named) or None,
                               " | ".join(named) or None, raw, kind, date, t[7]))
        out["units"].extend((d, seq, 1, u, None, "responsible" if j else "lead") for j, u in enumerate(named))
    if not no_training and tasks:
        for j, audience in enumerate(rng.choice(AUDIENCES, size=int(rng.integers(1, 4)), replace=False)):
            hours = float(rng.choice([12, 24, 32, 40, 48, 60, 72, 90])) if j != 1 else None
            times = None if hours else float(rng.choice([1, 2, 4, 12]))
            out["training"].append((d, tasks[0][1], f"{audience}每年培训", str(audience), hours, times))
            if hours:
                out["targets"].append((d, tasks[0][1], f"{audience}每年培训不少于{hours:g}学时", hours, "学时"))
    parent = doc["parent"]
    if parent is not None and k % 4:
        out["citations"].append((d, None, f"《{parent['title']}》", parent["number"] if k % 3 else None))
    out["sections"] = [(d, "一", None, "工作目标", "goal"), (d, "二", None, "主要任务", "tasks")]
    for field in ("title", "issuer", "level", "issue_date"):
        out["metadata"].append((d, field, doc[field if field != "issue_date" else "date"], "text", "", "front matter",
                                "medium", 1, ""))
    out["documents"] = [(d, f"{d}.txt", "txt", doc["title"], doc["issuer"], doc["level"], doc["kind"],
                         doc["domain"]["programme"], "" if no_period else str(period[0]),
                         "" if no_period else str(period[1]), "" if no_date else doc["date"], doc["number"],
                         "simplified", n_tasks, 0, 0)]
    return out


def _manifest_row(doc: dict, k: int, row: tuple) -> dict:
    """The manifest row of a listed document; every 9th document is not listed (its region is read from
    its issuer), every 4th listed one carries English names."""
    listed = k % 9 != 8
    out = dict.fromkeys(MANIFEST_COLUMNS, "")
    cols = TABLE_COLUMNS["documents"]
    out.update({c: ("" if v is None else v) for c, v in zip(cols, row) if c in out})
    if listed:
        out["region"] = doc["region"]
        out["parent"] = doc["parent"]["number"] if doc["parent"] is not None and k % 2 else ""
        if k % 4 == 1:
            out["region_en"] = f"Region {k}"
            out["issuer_en"] = f"{doc['domain']['en'].title()} authority {k}"
    return out


def study_corpus(n: int, seed: int = 0) -> Corpus:
    """A corpus of ``n`` synthetic documents as tables (no texts, no parses: ``parsed`` is empty).

    In: the number of documents (≥ 1) and a seed. Out: a :class:`~analysis.io.tables.Corpus` whose
    documents are in cascade order (national, provincial, municipal, county), each below a
    parent of the level above when there is one.
    """
    if n < 1:
        raise ValueError("a study corpus needs at least one document")
    rng = np.random.default_rng(seed)
    docs: list[dict] = []
    by_level: dict[str, list[dict]] = {}
    above = {"provincial": "national", "municipal": "provincial", "county": "municipal"}
    for k, level in enumerate(_levels(n, rng)):
        pool = [p for p in by_level.get(above.get(level, ""), []) if p["kind"] == "plan"]
        # a quarter of the plans implement no plan in the corpus (their own domain, their own year)
        parent = pool[int(rng.integers(len(pool)))] if pool and rng.random() < 0.75 else None
        doc = _document(k, level, parent, rng)
        docs.append(doc)
        by_level.setdefault(level, []).append(doc)
    rows = {name: [] for name in TABLE_COLUMNS}
    manifest = []
    for k, doc in enumerate(docs):
        part = _tables_of(doc, k, rng)
        for name, r in part.items():
            rows[name].extend(r)
        manifest.append(_manifest_row(doc, k, part["documents"][0]))
    frames = frames_of(rows)
    corpus = Corpus(**frames, manifest=pd.DataFrame(manifest, columns=MANIFEST_COLUMNS, dtype=object), parsed=[])
    corpus.study_parents = {doc["doc_id"]: doc["parent"]["doc_id"] for doc in docs if doc["parent"] is not None}
    return corpus


def study_reuse(corpus: Corpus, seed: int = 0) -> reuse_mod.Reuse:
    """The reuse comparison of a :func:`study_corpus` as :func:`analysis.compare.reuse.compare` returns it: each
    document against its parent (it reuses 20–95 % of its task text from it) and against up to two
    siblings; per task copied / adapted / new consistent with the shares; one passage per pair."""
    rng = np.random.default_rng(seed + 1)
    tasks = corpus.tasks
    chars = {d: [(int(s), str(no), str(ti), len(str(tx))) for s, no, ti, tx in
                 zip(g["task_seq"], g["task_no"], g["title"], g["text"])] for d, g in tasks.groupby("doc_id", sort=False)}
    parents = getattr(corpus, "study_parents", {})
    pairs = [(p, c) for c, p in parents.items()]
    children: dict[str, list[str]] = {}
    for c, p in parents.items():
        children.setdefault(p, []).append(c)
    for kids in children.values():
        pairs += [(a, b) for a, b in zip(kids, kids[1:])] + [(a, b) for a, b in zip(kids, kids[2:])]
    passages, shares, status_rows = [], [], []
    for a, b in pairs:
        ta, tb = chars.get(a, []), chars.get(b, [])
        side = {}
        for d, mine, other in ((a, ta, b), (b, tb, a)):
            reused_total = 0
            for seq, no, title, n_chars in mine:
                r = float(rng.beta(2, 2))
                status = "copied" if r > 0.8 else "adapted" if r > 0.3 else "new"
                reused = int(n_chars * r) if status != "new" else int(n_chars * r * 0.5)
                reused_total += reused
                status_rows.append((d, other, seq, no, title, n_chars, reused, reused if status == "copied" else
                                    reused // 2, round(reused / n_chars, 4) if n_chars else 0.0,
                                    round((reused if status == "copied" else reused // 2) / n_chars, 4)
                                    if n_chars else 0.0, status))
            total = sum(m[3] for m in mine)
            side[d] = (total, reused_total, round(reused_total / total, 4) if total else None)
        n_pass = 1 if ta and tb else 0
        if n_pass:
            passages.append((a, b, 1, 0, 40, 0, 40, 0, 40, 0, 40, ta[0][0], tb[0][0], 40, 40, 0.9, 10, 1, 0, 0,
                             "相同的文字", "相同的文字", "相同的文字"))
        shares.append((a, b, n_pass, *side[a], *side[b]))
    return reuse_mod.Reuse(
        passages=reuse_mod._frame(passages, reuse_mod.PASSAGE_COLUMNS, reuse_mod._PASSAGE_INTS, ("similarity",)),
        shares=reuse_mod._frame(shares, reuse_mod.SHARE_COLUMNS, ("passages", "a_task_chars", "a_reused_chars",
                                                                   "b_task_chars", "b_reused_chars"),
                                ("a_share", "b_share")),
        tasks=reuse_mod._frame(status_rows, reuse_mod.TASK_COLUMNS, ("task_seq", "chars", "reused_chars",
                                                                      "identical_chars"),
                               ("reused_share", "identical_share")))
