"""The synthetic plan every format fixture is made from (written for these tests; no real
document's text). ``clean_text()`` is the plan as a plain text file; each ``make_<format>.py``
beside this file writes the same plan in its format, and the tests compare the tables parsed
from each format with those parsed from the clean text.

A plan with a cover notice, a 文号, sections 一、二、三、, groups （一）…, numbered tasks with
their （牵头单位：…；配合单位：…；完成时限：…） notes, a closing section, and an attachment that is
a task-division table (序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限) whose 重点任务
cells are merged over several rows.
"""
from __future__ import annotations

ISSUER = "某市人民政府办公室"
DOC_NUMBER = "某政办发〔2024〕12号"
TITLE = "某市养老服务体系建设三年行动方案（2024—2026年）"
COVER_TITLE = f"{ISSUER}关于印发{TITLE}的通知"
ADDRESSEE = "各区县人民政府，市政府各部门："
COVER_BODY = f"《{TITLE}》已经市政府同意，现印发给你们，请结合实际认真贯彻执行。"
SIGNATURE = (ISSUER, "2024年3月15日")
PREAMBLE = ("为贯彻落实《国务院关于加强新时代老龄工作的意见》（国发〔2021〕35号），加快建设居家社区机构相协调、"
            "医养康养相结合的养老服务体系，结合本市实际，制定本方案。")

#: (section heading, [paragraphs]) before the tasks
GOALS = ("一、总体目标", ["到2026年，全市养老服务体系更加健全，养老机构护理型床位占比达到60%以上，"
                     "街道综合养老服务中心覆盖率达到100%。"])

#: the task section: (group heading, [(task number, heading, body, units note)])
TASK_SECTION = "二、重点任务"
TASK_GROUPS = [
    ("（一）完善居家社区养老服务网络", [
        ("1", "建设街道综合养老服务中心。", "每个街道至少建成1个具备全托、日托、上门服务功能的综合养老服务中心。",
         "牵头单位：市民政局；配合单位：市财政局、各区县人民政府；完成时限：2025年12月底前"),
        ("2", "发展老年助餐服务。", "推动社区老年食堂和助餐点建设，到2025年底前城市社区助餐服务覆盖率达到80%。",
         "牵头单位：市民政局；配合单位：市市场监管局；完成时限：持续推进"),
    ]),
    ("（二）提升机构养老服务能力", [
        ("3", "改造提升公办养老机构。", "实施公办养老机构设施改造，提高护理型床位比例。",
         "责任单位：市民政局、市住房城乡建设局；完成时限：2026年6月底前"),
        ("4", "加强养老护理员队伍建设。", "养老护理员每年参加职业技能培训不少于40学时，院长每年参加培训不少于24学时。",
         "牵头单位：市人力资源社会保障局；配合单位：市民政局；完成时限：每年12月底前"),
    ]),
    ("（三）推进医养康养结合", [
        ("5", "深化医养签约合作。", "推动养老机构与周边医疗卫生机构签约合作，签约率保持100%。",
         "牵头单位：市卫生健康委；配合单位：市民政局、市医保局；完成时限：2024年12月底前"),
        ("6", "发展家庭养老床位。", "为居家失能老年人提供专业照护服务，每年新增家庭养老床位500张。",
         "牵头单位：市民政局；配合单位：各区县人民政府；完成时限：2026年12月底前"),
    ]),
]

CLOSING = ("三、保障措施", [
    "（一）加强组织领导。各区县、各部门要把养老服务体系建设纳入重要议事日程，明确责任分工，确保各项任务落到实处。",
    "（二）强化资金保障。市、区县财政要按规定统筹安排资金，支持养老服务设施建设和运营。",
])

#: the attachment: a task-division table; 重点任务 spans the rows of its measures (merged cells)
TABLE_TITLE = "附件：某市养老服务体系建设重点任务分工表"
TABLE_HEADER = ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"]
TABLE_ROWS = [
    ["1", "发展智慧养老", "建设全市统一的养老服务信息平台", "市民政局", "市政务服务数据管理局", "2024年12月底前"],
    ["2", "发展智慧养老", "推广智能养老监护设备在居家养老中的应用", "市工业和信息化局", "市民政局", "2025年底前"],
    ["3", "培育养老服务产业", "引导社会资本举办普惠型养老机构", "市发展改革委", "市民政局、市财政局", "2026年底前"],
    ["4", "培育养老服务产业", "开发适老化旅游和文化产品", "市文化广电旅游局", "市商务局", "持续推进"],
    ["5", "强化人才支撑", "在职业院校开设养老服务相关专业", "市教育局", "市人力资源社会保障局", "2025年9月底前"],
]


def task_lines() -> list[str]:
    """The task section as text lines: group headings, then each task's paragraph with its note."""
    lines = [TASK_SECTION]
    for heading, tasks in TASK_GROUPS:
        lines.append(heading)
        for no, head, body, note in tasks:
            lines.append(f"{no}.{head}{body}（{note}）")
    return lines


def table_lines() -> list[str]:
    """The attachment table as the text a reader renders it to (analysis.ingest.task_tables)."""
    lines = [TABLE_TITLE]
    groups: list[str] = []
    numerals = "一二三四五六七八九十"
    for no, group, measure, lead, support, due in TABLE_ROWS:
        if group not in groups:
            groups.append(group)
            lines.append(f"（{numerals[len(groups) - 1]}）{group}")
        lines.append(f"{no}. {measure}。（牵头单位：{lead}；配合单位：{support}；完成时限：{due}）")
    return lines


def clean_text() -> str:
    """The whole plan as one plain text (what a careful copy of the document would be)."""
    lines = [COVER_TITLE, DOC_NUMBER, "", ADDRESSEE, COVER_BODY, "", *SIGNATURE, "", TITLE, "", PREAMBLE,
             GOALS[0], *GOALS[1], *task_lines(), CLOSING[0], *CLOSING[1], "", *table_lines()]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("plan.txt")
    out.write_text(clean_text(), encoding="utf-8")
