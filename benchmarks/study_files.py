"""A synthetic study: a corpus as a researcher brings it — several levels, regions and policy
domains, plans that implement other plans, progress reports, a manifest that lists most of them.

``write_study(folder, n, seed)`` writes ``folder/raw/*.txt`` and ``folder/manifest.csv``:

* **domains** — transport law enforcement (tasks and clauses of the shipped plans, read from the
  fixture copies under ``tests/data/shipped``) and three more written for this benchmark in our
  own words: rural revitalisation, health, ecology. Each domain has its own task titles, clauses,
  responsible units, organ names and programme names.
* **levels and regions** — programme families, each a national plan implemented by provincial
  plans, those by municipal plans, those by county plans, in real divisions (``data/divisions.csv``:
  a province's cities, a city's counties), so that labels, levels and regions are read as a
  researcher's documents would be.
* **lineage** — a child plan keeps 40–90 % of its parent's tasks (some words substituted or
  inserted, clauses reordered), adds tasks of its own, cites the parent's 文号 in its preamble, and
  names it in the manifest's ``parent`` column.
* **reports** — about one document in twelve is a progress report on a plan of its region.
* **manifest** — about 80 % of the documents are listed (level, region, dates, period, kind,
  parent); a tenth of the listed plans leave the period empty; the rest are unlisted.
* **form** — half-width punctuation, traditional script and hard line breaks in some texts.

Deterministic for a given seed. Not part of the test suite.
"""
from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "tests" / "data" / "shipped"
_NUM = "一二三四五六七八九十"

# ---------------------------------------------------------------------------- domains (our own words)

_DOMAINS = {
    "rural": {
        "programme": "乡村振兴",
        "organ": {"national": "农业农村部", "provincial": "农业农村厅", "municipal": "农业农村局", "county": "农业农村局"},
        "units": ["农业农村局", "乡村振兴局", "财政局", "自然资源局", "各乡镇人民政府", "供销合作社", "住房城乡建设局"],
        "titles": ["发展乡村特色产业", "改善农村人居环境", "加强农村基础设施建设", "推进农村厕所革命", "提升乡村治理水平",
                   "培育新型农业经营主体", "完善农村社会保障体系", "加强乡村人才队伍建设", "推动农村电子商务发展",
                   "保护传统村落和乡村风貌", "巩固拓展脱贫攻坚成果", "深化农村集体产权制度改革", "推进高标准农田建设",
                   "加强农产品质量安全监管", "发展壮大村级集体经济"],
        "clauses": ["因地制宜发展特色种养业，每个乡镇培育一个以上主导产业", "开展村庄清洁行动，农村生活垃圾收运处置体系实现行政村全覆盖",
                    "实施农村公路提档升级工程，新改建农村公路一千公里", "按照群众接受、经济适用的原则推进户用卫生厕所改造",
                    "健全自治法治德治相结合的乡村治理体系，推广积分制管理", "扶持家庭农场和农民合作社规范发展，开展示范社创建",
                    "将符合条件的农村低收入人口纳入社会救助范围，做到应保尽保", "实施乡村振兴人才培育计划，每年培训高素质农民五千人次",
                    "建设县乡村三级物流配送体系，推动农产品上行", "建立传统村落保护名录，落实挂牌保护措施",
                    "健全防止返贫动态监测和帮扶机制，守住不发生规模性返贫底线", "完成农村集体经营性资产股份合作制改革",
                    "新建和改造提升高标准农田，配套建设灌排设施", "推行食用农产品承诺达标合格证制度，加强例行监测",
                    "盘活闲置农房和集体建设用地，拓宽村集体增收渠道", "组织开展乡村振兴专题培训，每季度开展一次集中学习"],
    },
    "health": {
        "programme": "健康促进",
        "organ": {"national": "国家卫生健康委员会", "provincial": "卫生健康委员会", "municipal": "卫生健康委员会", "county": "卫生健康局"},
        "units": ["卫生健康委", "医疗保障局", "疾病预防控制中心", "财政局", "人力资源社会保障局", "市场监督管理局", "各医疗机构"],
        "titles": ["完善基层医疗卫生服务体系", "加强公共卫生应急能力建设", "推进家庭医生签约服务", "提升妇幼健康服务水平",
                   "加强慢性病综合防控", "深化公立医院综合改革", "加强卫生健康人才队伍建设", "推进全民健康信息化建设",
                   "开展爱国卫生运动", "加强中医药传承创新", "提升老年健康服务能力", "加强职业病防治"],
        "clauses": ["推进乡镇卫生院和村卫生室标准化建设，每个乡镇办好一所卫生院", "健全重大疫情监测预警体系，完善应急物资储备",
                    "重点人群家庭医生签约服务覆盖率达到百分之七十五以上", "落实孕产妇和儿童健康管理服务，降低孕产妇死亡率",
                    "开展高血压、糖尿病患者规范管理，管理率达到百分之六十", "建立健全现代医院管理制度，推进薪酬制度改革",
                    "实施基层卫生人才能力提升培训，每人每年参加培训不少于九十学时", "建设区域全民健康信息平台，实现电子健康档案互通共享",
                    "深入开展城乡环境卫生整洁行动，巩固国家卫生城市创建成果", "推动中医医院建设，基层中医馆实现全覆盖",
                    "建设老年友善医疗机构，开展失能老年人健康评估", "开展重点职业病监测，督促用人单位落实主体责任",
                    "医务人员每月开展一次业务学习，每半年组织一次应急演练"],
    },
    "ecology": {
        "programme": "生态环境保护",
        "organ": {"national": "生态环境部", "provincial": "生态环境厅", "municipal": "生态环境局", "county": "生态环境分局"},
        "units": ["生态环境局", "水务局", "林业局", "自然资源局", "发展改革委", "工业和信息化局", "住房城乡建设局"],
        "titles": ["深入打好蓝天保卫战", "强化水污染防治", "推进土壤污染风险管控", "加强生态保护修复", "推动减污降碳协同增效",
                   "完善生态环境监测网络", "严格生态环境执法监管", "提升固体废物处置能力", "加强噪声污染防治",
                   "推进河湖长制落实", "加强农业面源污染治理", "健全生态环境治理体系"],
        "clauses": ["开展挥发性有机物综合治理，细颗粒物平均浓度持续下降", "推进城镇污水处理提质增效，新建改造污水管网二百公里",
                    "建立建设用地土壤污染风险管控和修复名录", "实施山水林田湖草沙一体化保护修复工程",
                    "推动重点行业清洁生产改造，单位地区生产总值二氧化碳排放降低", "实现空气质量和地表水监测站点县级全覆盖",
                    "开展生态环境执法大练兵，执法人员每年参加培训不少于四十学时", "建设一般工业固体废物集中处置设施",
                    "划定噪声敏感建筑物集中区域，加强夜间施工管理", "落实河湖长巡河制度，每月开展一次巡查",
                    "推广测土配方施肥，化肥农药使用量保持负增长", "健全环境信息依法披露制度，完善环境信用评价"],
    },
}
#: Clause parts per domain: a clause is an action on an object with a measure, so that two unrelated plans
#: of one domain share the domain's words but seldom a whole sentence (a plan and its parent share many).
_PARTS = {
    "rural": (["统筹推进", "加快建设", "持续完善", "大力实施", "稳步开展", "着力加强", "全面落实", "探索建立", "深入推进", "积极培育"],
              ["乡村特色产业体系", "农村人居环境整治", "农村公路养护机制", "农村供水保障工程", "村级综合服务设施", "乡村治理积分制度",
               "新型农业经营主体", "农村电商服务网络", "传统村落保护名录", "防止返贫监测机制", "高标准农田建设", "农产品质量追溯体系"],
              ["确保每个乡镇至少培育一个主导产业", "到期末覆盖率达到百分之九十以上", "每年新改建一批示范项目", "形成可复制可推广的经验",
               "建立台账实行动态管理", "纳入年度绩效考核", "每季度通报一次工作进展", "每年组织一次专项督导", "每人每年参加培训不少于三十学时"]),
    "health": (["加快完善", "全面推进", "持续提升", "着力加强", "深入实施", "稳步扩大", "大力发展", "健全完善", "切实落实", "探索推行"],
               ["基层医疗卫生服务网络", "重大疫情监测预警体系", "家庭医生签约服务", "妇幼健康服务体系", "慢性病综合防控", "现代医院管理制度",
                "卫生健康人才培养", "全民健康信息平台", "爱国卫生运动", "中医药传承创新", "老年健康服务体系", "职业病防治体系"],
               ["重点人群覆盖率达到百分之七十五以上", "每个乡镇办好一所卫生院", "实现电子健康档案互通共享", "每半年组织一次应急演练",
                "每月开展一次业务学习", "每人每年参加培训不少于九十学时", "纳入卫生健康目标责任考核", "建立工作台账按月调度"]),
    "ecology": (["深入开展", "全面加强", "持续推进", "着力完善", "严格落实", "加快构建", "系统实施", "扎实推动", "统筹开展", "健全完善"],
                ["挥发性有机物综合治理", "城镇污水处理提质增效", "建设用地土壤污染风险管控", "山水林田湖草沙一体化保护修复",
                 "重点行业清洁生产改造", "生态环境监测网络", "生态环境执法监管", "一般工业固体废物处置", "噪声污染防治",
                 "河湖长制巡河制度", "农业面源污染治理", "环境信息依法披露"],
                ["主要污染物排放总量持续下降", "实现县级监测站点全覆盖", "每月开展一次巡查", "执法人员每年参加培训不少于四十学时",
                 "建立问题清单限期整改", "纳入污染防治攻坚战考核", "每季度开展一次专项检查", "形成长效管理机制"]),
}
_DEADLINES = ["{y}年底前", "{y}年{m}月底前", "持续开展", "长期坚持", "{y}年{m}月，完成后持续开展", "每年{m}月底前", "{y}年{m}月底前",
              "持续推进"]
_LABELS = ["责任单位", "牵头单位", "责任部门"]
_INSERTS = ["进一步", "切实", "全面", "认真", "扎实", "积极"]


_POOLS: dict = {}  # domain -> pool, filled on first use (the transport pool reads the shipped plans)


@dataclass
class Doc:
    doc_id: str
    domain: str
    level: str
    region: str
    issuer: str
    title: str
    start: int
    number: str
    date: str
    tasks: list[tuple[str, list[str]]]
    parent: "Doc | None" = None
    kind: str = "plan"
    stated_period: bool = True
    children: list = field(default_factory=list)


def _transport_pool() -> dict:
    """The transport domain from the shipped plans' own tasks and clauses (the fixture copies)."""
    import sys

    sys.path.insert(0, str(ROOT))
    from analysis.io.tables import load_corpus

    corpus = load_corpus(SHIPPED / "raw", SHIPPED / "manifest.csv")
    plans = corpus.documents.loc[corpus.documents["kind"] == "plan", "doc_id"]
    tasks = corpus.tasks[corpus.tasks["doc_id"].isin(plans)]
    clauses = corpus.clauses[corpus.clauses["doc_id"].isin(plans)]
    return {"programme": "执法队伍建设",
            "organ": {"national": "交通运输部", "provincial": "交通运输厅", "municipal": "交通运输局", "county": "交通运输局"},
            "units": sorted(set(corpus.units["unit"]))[:20] + ["执法支队", "法规科"],
            "titles": sorted(set(tasks["title"])),
            "clauses": sorted({re.sub(r"\s+", "", t) for t in clauses["text"] if t and 15 < len(t) < 160})}


def _divisions() -> dict:
    provinces, cities, counties = [], {}, {}
    with open(ROOT / "data" / "divisions.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["level"] == "provincial":
                provinces.append(row["name"])
            elif row["level"] == "municipal":
                cities.setdefault(row["province"], []).append(row["name"])
            elif row["level"] == "county" and row["prefecture"]:
                counties.setdefault(row["prefecture"], []).append(row["name"])
    provinces = [p for p in provinces if cities.get(p)]
    return {"provinces": provinces, "cities": cities, "counties": counties}


def _note(pool: dict, rng: random.Random, year: int, place: str) -> str:
    """A clause's （责任单位：…，完成时限：…） in one of the conventions plans write; units are often the
    plan's own organs (``place`` + unit), as a county plan names the county's bureaus."""
    units = "、".join((place if rng.random() < 0.6 else "") + u for u in rng.sample(pool["units"], k=rng.randint(1, 2)))
    deadline = rng.choice(_DEADLINES).format(y=year + rng.randint(0, 2), m=rng.randint(1, 12))
    return f"（{rng.choice(_LABELS)}：{units}，完成时限：{deadline}）"


def _clause(domain: str, pool: dict, rng: random.Random) -> str:
    parts = _PARTS.get(domain)
    if parts is None or rng.random() < 0.2:
        return rng.choice(pool["clauses"])
    action, obj, measure = (rng.choice(p) for p in parts)
    return f"{action}{obj}，{measure}"


def _own_tasks(domain: str, pool: dict, rng: random.Random, n: int) -> list[tuple[str, list[str]]]:
    """``n`` tasks: a title and one to three clause bodies each (notes are written with the text)."""
    return [(rng.choice(pool["titles"]), [_clause(domain, pool, rng) for _ in range(rng.randint(1, 3))])
            for _ in range(n)]


def _adapt(tasks, rng: random.Random, keep: float):
    """A child's copy of its parent's tasks: some dropped, a few characters substituted, a word inserted,
    clauses reordered (each generation edits its parent's wording a little more)."""
    kept = [t for t in tasks if rng.random() < keep] or tasks[:1]
    out = []
    for title, clauses in kept:
        new = []
        for c in clauses:
            chars = list(c)
            spots = [k for k, ch in enumerate(chars) if "\u4e00" <= ch <= "\u9fff"]
            for k in rng.sample(spots, k=min(len(spots), len(spots) // 40)):
                chars[k] = rng.choice("市县区局省")
            s = "".join(chars)
            if spots and rng.random() < 0.3:
                k = rng.choice(spots)
                s = s[:k] + rng.choice(_INSERTS) + s[k:]
            new.append(s)
        if len(new) > 1 and rng.random() < 0.3:
            new.reverse()
        out.append((title, new))
    return out


def _text(doc: Doc, rng: random.Random) -> str:
    period = f"（{doc.start}—{doc.start + 2}年）" if doc.stated_period and doc.kind == "plan" else ""
    title = doc.title + period
    if doc.kind == "report":
        lines = [title, f"{doc.start}年以来，我们认真落实工作部署，扎实推进各项任务，现将有关情况报告如下。"]
        for k, (head, clauses) in enumerate(doc.tasks[:6]):
            lines.append(f"{_NUM[k]}、{head}")
            lines.append("；".join(c.rstrip("。") for c in clauses) + "。"
                         + f"全年累计开展培训{rng.randint(20, 90)}学时，覆盖{rng.randint(100, 900)}人次。")
        lines += ["下一步，我们将继续加大工作力度，确保各项任务落到实处。", doc.issuer, doc.date]
        return "\n".join(lines) + "\n"
    lines = [f"{doc.issuer}关于印发《{title}》的通知", doc.number, "各有关单位：",
             f"现将《{title}》印发给你们，请认真贯彻落实。", doc.issuer, doc.date, title]
    if doc.parent is not None:
        lines.append(f"为贯彻落实《{doc.parent.title}》（{doc.parent.number}）精神，结合{doc.region}实际，制定本方案。")
    else:
        lines.append(f"为推进{_DOMAINS.get(doc.domain, {}).get('programme', '执法队伍建设')}工作，制定本方案。")
    lines += ["一、工作目标", f"到{doc.start + 2}年底，各项工作取得明显成效。", "二、主要任务"]
    per_group = max(2, len(doc.tasks) // rng.randint(2, 4))
    for k, (head, clauses) in enumerate(doc.tasks):
        if k % per_group == 0:
            lines.append(f"（{_NUM[min(k // per_group, 9)]}）{head[:2]}方面")
        pool = _POOLS[doc.domain]
        place = "" if doc.level == "national" else re.sub(r"(省|市|县|区|自治区|自治州|盟|旗)$", "", doc.region)[:3]
        notes = [_note(pool, rng, doc.start, place) for _ in clauses]
        lines.append(f"{k + 1}.{head}。{clauses[0]}。{notes[0]}")
        lines += [f"{c}。{n}" for c, n in zip(clauses[1:], notes[1:])]
    lines += ["三、保障措施", "（一）加强组织领导。各地各部门要高度重视，明确责任分工。", "（二）强化督促检查。定期通报工作进展。"]
    text = "\n".join(lines) + "\n"
    if rng.random() < 0.25:
        text = text.translate(str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":"}))
    if rng.random() < 0.1:
        import opencc

        text = opencc.OpenCC("s2t.json").convert(text)
    if rng.random() < 0.2:
        out = []
        for line in text.split("\n"):
            if len(line) > 60 and rng.random() < 0.3:
                k = rng.randint(20, 40)
                if line[k - 1] not in "。；：）)" and line[k - 1] != line[k]:
                    line = line[:k] + "\n" + line[k:]
            out.append(line)
        text = "\n".join(out)
    return text


def plan_documents(n: int, seed: int = 0) -> list[Doc]:
    """The ``n`` documents of the study (families of plans by domain and level, and reports), in order."""
    rng = random.Random(seed)
    pools = _POOLS
    pools.setdefault("transport", _transport_pool())
    pools.update(_DOMAINS)
    div = _divisions()
    docs: list[Doc] = []
    counter = iter(range(10**6))

    def new(domain, level, region, parent, start):
        pool = pools[domain]
        k = next(counter)
        organ = pool["organ"][level]
        issuer = organ if level == "national" else f"{region}{organ}"
        abbrev = {"national": "部", "provincial": region[:1], "municipal": region[:1], "county": region[:1]}[level]
        doc = Doc(doc_id=f"{domain}_{level}_{k:05d}", domain=domain, level=level, region=region, issuer=issuer,
                  title=f"{region if level != 'national' else ''}{pool['programme']}三年行动{'实施' if parent else ''}方案",
                  start=start, number=f"{abbrev}{organ[:2]}发〔{start}〕{k % 97 + 1}号",
                  date=f"{start}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", tasks=[], parent=parent)
        own = _own_tasks(domain, pool, rng, rng.randint(3, 8) if parent else rng.randint(10, 18))
        doc.tasks = (_adapt(parent.tasks, rng, rng.uniform(0.4, 0.9)) + own) if parent else own
        doc.stated_period = rng.random() > 0.08
        if parent:
            parent.children.append(doc)
        docs.append(doc)
        return doc

    families = 0
    while len(docs) < n:
        domain = sorted(pools)[families % len(pools)]  # every domain in turn
        families += 1
        start = rng.choice([2021, 2022, 2023, 2024])
        root = new(domain, "national", "全国", None, start)
        for province in rng.sample(div["provinces"], k=rng.randint(2, 5)):
            if len(docs) >= n:
                break
            p = new(domain, "provincial", province, root, start + rng.randint(0, 1))
            for city in rng.sample(div["cities"][province], k=min(len(div["cities"][province]), rng.randint(1, 3))):
                if len(docs) >= n:
                    break
                c = new(domain, "municipal", city, p, p.start)
                counties = div["counties"].get(city, [])
                for county in rng.sample(counties, k=min(len(counties), rng.randint(0, 2))):
                    if len(docs) >= n:
                        break
                    new(domain, "county", county, c, c.start)
                if len(docs) < n and rng.random() < 0.25:  # a progress report on the city's plan
                    r = new(domain, "municipal", city, None, c.start + 1)
                    r.kind, r.parent, r.tasks = "report", c, c.tasks
                    r.title = f"{city}{pools[domain]['organ']['municipal']}{c.start + 1}年{pools[domain]['programme']}工作情况报告"
    return docs[:n]


def write_study(folder: str | Path, n: int, seed: int = 0, listed_share: float = 0.8) -> tuple[Path, Path]:
    """Write the study's ``raw/`` texts and ``manifest.csv`` under ``folder``; returns ``(raw, manifest)``."""
    folder = Path(folder)
    raw = folder / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    for old in raw.glob("*.txt"):
        old.unlink()
    docs = plan_documents(n, seed)
    rng = random.Random(seed + 1)
    rows = []
    for doc in docs:
        (raw / f"{doc.doc_id}.txt").write_text(_text(doc, rng), encoding="utf-8")
        if rng.random() > listed_share:
            continue
        month, day = re.match(r"\d{4}年(\d+)月(\d+)日", doc.date).groups()
        period = (str(doc.start), str(doc.start + (0 if doc.kind == "report" else 2)))
        if doc.kind == "plan" and rng.random() < 0.1:
            period = ("", "")  # a listed plan whose period the researcher left empty
        parent = "" if doc.parent is None else (doc.parent.doc_id if rng.random() < 0.5 else doc.parent.number)
        rows.append({"doc_id": doc.doc_id, "file": f"{doc.doc_id}.txt", "title": doc.title, "issuer": doc.issuer,
                     "level": doc.level, "region": doc.region, "issue_date": f"{doc.start}-{int(month):02d}-{int(day):02d}",
                     "period_start": period[0], "period_end": period[1], "programme": doc.domain, "kind": doc.kind,
                     "doc_number": doc.number if doc.kind == "plan" else "", "parent": parent})
    manifest = folder / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["doc_id"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return raw, manifest


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="write a synthetic study corpus")
    ap.add_argument("folder")
    ap.add_argument("--plans", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    raw, manifest = write_study(a.folder, a.plans, a.seed)
    print(f"{len(list(raw.glob('*.txt')))} texts in {raw}; manifest {manifest}")
