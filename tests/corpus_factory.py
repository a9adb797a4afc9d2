"""Synthetic plan texts in the conventions of real plans, with any field left out.

``plan_text(spec)`` writes one plan (or report) from a :class:`Spec`;
``write_raw(folder, specs)`` writes several into a raw folder, copying the
shipped documents beside them when asked. Used by the property tests, the
regeneration tests and the figure check (``twelve_specs``: 12 documents with
long names, every level and missing fields).
"""
from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = Path(__file__).parent / "data" / "shipped" / "raw"  # fixture copies of the shipped texts
SHIPPED_MANIFEST = Path(__file__).parent / "data" / "shipped" / "manifest.csv"
SHIPPED_IDS = ["tianjin_2021_plan", "henan_2021_plan", "national_2024_plan", "xining_2024_plan", "tianjin_2023_report"]

_TASKS = [
    ("加强政治理论学习", "执法人员每季度开展一次集中学习，领导班子成员每年参加培训不少于{h}学时。"),
    ("开展执法人员全员轮训", "全面开展执法人员轮训，每人每年培训不少于{h}学时，轮训覆盖率达到100%。"),
    ("规范行政执法程序", "全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。"),
    ("推进执法装备信息化建设", "建设执法信息平台，推广移动执法终端，实现执法数据互联互通。"),
    ("强化执法监督考核", "建立执法评议考核制度，畅通群众投诉举报渠道，开展执法案卷评查。"),
    ("加强基层站所规范化建设", "推进基层执法站所标准化、规范化建设，改善执法一线工作条件。"),
    ("深化区域执法协作", "建立跨区域执法协作机制，加强与公安、市场监管等部门的信息共享。"),
    ("落实普法责任制", "落实谁执法谁普法责任制，开展以案释法，每年组织普法宣传活动。"),
]
_DEADLINES = ["{y}年6月底前", "{y}年底前", "持续开展", "{y}年3月，完成后持续开展", "每年12月底前", "长期坚持"]


@dataclass
class Spec:
    """What one synthetic document says; ``None`` leaves the field out of the text."""

    stem: str
    issuer: str | None = "某省交通运输厅"
    title: str | None = "某省交通运输执法队伍能力提升实施方案"
    period: tuple[int, int] | None = (2022, 2024)
    date: str | None = "2022年3月1日"
    n_tasks: int = 4
    deadlines: bool = True
    units: tuple[str, ...] = ("厅执法局", "各市交通运输局")
    hours: int = 40
    kind: str = "plan"
    extra: dict = field(default_factory=dict)


def plan_text(s: Spec) -> str:
    """The text of a document following ``s``: notice, title, tasks with （责任单位…，完成时限…）."""
    year = s.period[0] if s.period else 2022
    title = s.title or ""
    if title and s.period:
        title += f"（{s.period[0]}-{s.period[1]}年）"
    lines = []
    if s.issuer and title:
        lines.append(f"{s.issuer}关于印发《{title}》的通知")
    lines.append("各有关单位：")
    lines.append("现将方案印发给你们，请认真贯彻落实。" if s.kind == "plan" else "现将有关情况报告如下。")
    if s.issuer:
        lines.append(s.issuer)
    if s.date:
        lines.append(s.date)
    if title:
        lines.append(title)
    if s.n_tasks == 0:
        lines.append("各单位要高度重视，认真组织实施，确保各项工作取得实效。")
        return "\n".join(lines) + "\n"
    lines.append("为提升执法队伍素质能力，制定本方案。" if s.kind == "plan" else "今年以来，我们扎实推进各项工作。")
    lines.append("一、工作目标")
    lines.append("通过三年努力，执法队伍整体素质明显提升。")
    lines.append("二、主要任务")
    for k in range(s.n_tasks):
        head, body = _TASKS[k % len(_TASKS)]
        body = body.format(h=s.hours + 10 * (k % 3))
        paren = []
        if s.units:
            paren.append("责任单位：" + "、".join(s.units[: 1 + k % len(s.units)]))
        if s.deadlines:
            paren.append("完成时限：" + _DEADLINES[k % len(_DEADLINES)].format(y=year + k % 3))
        tail = f"（{'，'.join(paren)}）" if paren else ""
        lines.append(f"{k + 1}.{head}。{body}{tail}")
    lines.append("三、保障措施")
    lines.append("各单位要加强组织领导，抓好工作落实。")
    return "\n".join(lines) + "\n"


def write_raw(folder: Path, specs: list[Spec], shipped: bool = True,
              listed: dict[str, dict] | None = None) -> tuple[Path, Path]:
    """Write a raw folder (``folder/raw``) and manifest (``folder/manifest.csv``).

    In: specs of synthetic documents; ``shipped`` copies the five shipped texts
    (fixture copies) and their manifest rows; ``listed``: stem → manifest fields
    of the synthetic documents that get a manifest row (``doc_id`` and ``file``
    are the stem's; a column not given is left empty). The others are unlisted:
    their metadata is read from their text. Out: ``(raw_dir, manifest_path)``.
    """
    import csv
    import io

    raw = folder / "raw"
    raw.mkdir(parents=True, exist_ok=True)
    header, *rows = SHIPPED_MANIFEST.read_text(encoding="utf-8").splitlines()
    if shipped:
        for line in rows:
            name = line.split(",")[1]
            shutil.copyfile(RAW / name, raw / name)
    else:
        rows = []
    for s in specs:
        (raw / f"{s.stem}.txt").write_text(plan_text(s), encoding="utf-8")
    columns = header.split(",")
    for stem, fields in (listed or {}).items():
        row = {c: "" for c in columns} | dict(fields) | {"doc_id": stem, "file": f"{stem}.txt"}
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow([row[c] for c in columns])
        rows.append(buf.getvalue())
    manifest = folder / "manifest.csv"
    manifest.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return raw, manifest


LONG_ISSUER = "新疆维吾尔自治区交通运输厅综合行政执法监督管理局"
LONG_UNITS = ("自治区交通运输综合行政执法监督管理局法制审核处", "各地州市交通运输局（交通运输综合行政执法支队）",
              "自治区交通运输厅机关党委")


def twelve_specs() -> list[Spec]:
    """Twelve documents: long names, every level, and each field missing somewhere."""
    return [
        Spec("2022_xinjiang_plan", issuer=LONG_ISSUER, title=LONG_ISSUER + "关于全面提升交通运输行政执法队伍素质能力和执法质量效能的三年行动实施方案",
             units=LONG_UNITS, n_tasks=8),
        Spec("2023_ministry_plan", issuer="交通运输部", title="交通运输执法领域突出问题专项整治工作方案",
             period=(2023, 2025), date="2023年2月1日", n_tasks=6),
        Spec("2023_hebei_plan", issuer="河北省交通运输厅", title="河北省交通运输行政执法质量提升实施方案", period=None, n_tasks=5),
        Spec("2023_shijiazhuang_plan", issuer="石家庄市交通运输局", title="石家庄市交通运输执法能力提升实施方案",
             date=None, units=("市交通运输综合行政执法支队",), period=(2023, 2025)),
        Spec("2024_anping_county_plan", issuer="安平县交通运输局", title="安平县交通运输执法队伍建设实施方案",
             period=(2024, 2026), date="2024年4月8日", deadlines=False),
        Spec("2024_gansu_plan", issuer="甘肃省交通运输厅", title="甘肃省交通运输执法人员培训实施方案",
             period=(2024, 2026), date="2024年1月5日", units=()),
        Spec("2022_notasks_plan", issuer="某市交通运输局", title="某市交通运输执法工作方案", n_tasks=0),
        Spec("2023_nothing", issuer=None, title=None, period=None, date=None, n_tasks=0),
        Spec("2024_chongqing_plan", issuer="重庆市交通运输委员会", title="重庆市交通运输综合行政执法队伍素质能力提升三年行动实施方案",
             period=(2024, 2026), date="2024年6月30日", n_tasks=8, hours=60),
        Spec("2023_yanbian_plan", issuer="延边朝鲜族自治州交通运输局", title="延边朝鲜族自治州交通运输执法规范化建设实施方案",
             period=(2023, 2025), date="2023年9月9日", n_tasks=2),
        Spec("2021_one_task_plan", issuer="某区交通运输局", title="某区交通运输执法培训方案", period=(2021, 2021),
             date="2021年5月5日", n_tasks=1),
        Spec("2024_longnames_plan", issuer="内蒙古自治区交通运输厅", title="内蒙古自治区交通运输厅关于进一步加强和改进全区交通运输综合行政执法队伍建设的实施方案",
             period=(2024, 2027), date="2024年8月1日", units=LONG_UNITS, n_tasks=7),
    ]


def thirty_specs() -> list[Spec]:
    """With the five shipped documents, 30: the twelve of :func:`twelve_specs` and 13 provincial plans."""
    regions = ["山西省", "辽宁省", "吉林省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "湖北省", "湖南省",
               "广东省", "海南省"]
    return twelve_specs() + [
        Spec(f"2024_extra{k}_plan", issuer=r + "交通运输厅", title=r + "交通运输执法能力提升实施方案", period=(2024, 2026),
             date="2024年5月1日", n_tasks=3 + k % 5) for k, r in enumerate(regions)]
