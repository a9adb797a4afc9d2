"""Rules of the twenty-seventh round, found on batches b27 and b28 after their first contact was recorded, and on the
misreadings mutation round 9 noticed: one invented document per convention (tests/data/synthetic/conventions/a27_*,
written for these rules, in their own words); the expected values were written by reading each document, so breaking
a rule breaks its test. Each document is read as a file the manifest does not list."""
import pytest

from analysis.parse.extract import find_training, read_parenthetical
from analysis.parse.text_tables import _put_score
from convention_docs import corpus, rows, tasks, units, values, warnings


def test_implementing_rules_laid_out_in_parts_are_a_plan_flagged():
    """a27_01: …具体实施细则 ⏎ 一、落实减负政策 ⏎ 1.…（责任单位：…）: rules that carry out a higher document, laid out in parts
    and not in articles, are a plan — read so with a warning, since the title names a regulation."""
    name = "a27_01_implementing_rules_laid_out_as_plan"
    assert values(name, "title", "kind") == ("关于支持小微企业稳岗扩就业的具体实施细则", "plan")
    assert any("实施细则" in m for m in warnings(name, "metadata_uncertain") if m.startswith("kind"))
    assert tasks(name) == [("1", "减免部分行政事业性收费"), ("2", "缓缴社会保险费"), ("3", "扩大普惠贷款投放")]


def test_implementing_rules_in_articles_stay_a_regulation():
    """a27_02: …管理实施细则 ⏎ 第一条 …: written in articles, the rules are a regulation (other), with no tasks."""
    name = "a27_02_implementing_rules_in_articles"
    assert values(name, "title", "kind") == ("某某市公共租赁住房管理实施细则", "other")
    assert tasks(name) == []


def test_a_years_counted_list_of_livelihood_projects_is_that_years_plan():
    """a27_03: 某某县2025年实施30项民生实事: the title (a year's counted list of projects) is read as a title, the list is a
    plan for 2025, and its (一) items with their lead notes are the tasks."""
    name = "a27_03_year_list_of_livelihood_projects"
    assert values(name, "title", "kind", "period_start", "period_end") == (
        "某某县2025年实施30项民生实事", "plan", "2025", "2025")
    assert rows(corpus(name).units, ["task_seq", "unit", "role"]) == [
        (1, "县教育局", "lead"), (2, "县教育局", "lead"), (3, "县卫生健康委", "lead")]


@pytest.mark.parametrize("title, kind", [
    ("关于2024年实施十件民生实事的通知", "plan"),
    ("某市2025年为民办实事项目", "plan"),
    ("某县2023年民生工程", "plan"),
    ("2024年惠民实事", "plan"),
    ("某区2025年重点民生项目", "plan"),
    ("某县2024年实施50项民生实事完成情况", "report"),  # its report, read first by its ending
])
def test_kind_of_a_years_list_of_projects(title, kind):
    from analysis.parse.metadata import _kind_of_title
    assert _kind_of_title(title)[0] == kind


def test_a_plan_named_for_its_years_of_action():
    """a27_04: 印发《某某州乡村旅游提质三年行动（2025—2027年）》: a plan may be named …三年行动 — the cover's title is read,
    a plan of 2025–2027."""
    name = "a27_04_three_year_action_named_so"
    assert values(name, "title", "kind", "period_start", "period_end") == (
        "某某州乡村旅游提质三年行动（2025—2027年）", "plan", "2025", "2027")


def test_a_year_selector_after_the_title_is_no_part_of_it():
    """a27_05: 2024年…统计公报 2024: the page's year selector after the title word is cut; the bulletin is a report."""
    assert values("a27_05_title_with_a_year_selector", "title", "kind", "period_start") == (
        "2024年某某县国民经济和社会发展统计公报", "report", "2024")


def test_a_unit_note_cut_at_the_line_end_is_closed():
    """a27_06: …新建零工驿站3个。（牵头单位：县人社局 ⏎: the page lost the note's closing bracket; the note is read whole,
    and the repair is recorded."""
    name = "a27_06_unit_note_cut_at_line_end"
    assert units(name) == [(1, "县人社局", "lead"), (2, "县就业服务中心", "lead"), (3, "县财政局", "lead")]
    assert (corpus(name).repairs.kind == "closed_note").sum() == 2


def test_two_unit_labels_joined_name_the_units():
    """a27_07: （责任领导：王某；责任单位、科室：局办公室，各县市区局）: a label naming two kinds of body at once names units."""
    assert units("a27_07_two_labels_joined") == [
        (1, "局办公室", "responsible"), (1, "各县市区局", "responsible"), (2, "机关党委", "responsible")]


def test_units_that_organize_the_work_are_responsible():
    """a27_08: （自治区妇联、教育厅、民政厅组织实施）: bodies named before 组织实施 carry the task."""
    assert units("a27_08_units_that_organize_the_work") == [
        (1, "自治区妇联", "responsible"), (1, "教育厅", "responsible"), (1, "民政厅", "responsible"),
        (2, "自治区党委网信办", "responsible"), (2, "公安厅", "responsible"), (2, "团委", "responsible")]


def test_leads_and_a_long_list_of_bodies_that_take_part():
    """a27_09: （A、B牵头，C、D … I参加）: the bodies before 牵头 lead, the nine after it take part (supporting) — a list
    longer than sixty characters after the verb."""
    got = units("a27_09_leads_and_a_long_list_that_takes_part")
    assert [u for u in got if u[0] == 1] == [
        (1, "市人力资源社会保障局", "lead"), (1, "市财政局", "lead"), (1, "市委组织部", "supporting"),
        (1, "市发展改革委", "supporting"), (1, "市教育局", "supporting"), (1, "市工业和信息化局", "supporting"),
        (1, "市商务局", "supporting"), (1, "市国资委", "supporting"), (1, "市市场监管局", "supporting"),
        (1, "市统计局", "supporting"), (1, "国家统计局某市调查队", "supporting")]
    assert [u for u in got if u[0] == 2] == [(2, "市委编办", "lead"), (2, "市教育局", "supporting"),
                                             (2, "市卫生健康委", "supporting")]


def test_a_unit_note_after_a_deadline_note_assigns_the_item():
    """a27_10: 二、实施步骤 ⏎ （一）…（完成时限：2025年6月底）（责任单位：市水利局）: the unit note after the deadline note
    assigns the item, so the schedule-named part holds tasks."""
    name = "a27_10_deadline_note_before_the_unit_note"
    assert tasks(name) == [("（一）", "完成河湖划界复核"), ("（二）", "清理河道非法采砂点")]
    assert units(name) == [(1, "市水利局", "responsible"), (2, "市公安局", "responsible"), (2, "市水利局", "responsible")]


def test_a_short_name_given_inside_the_names_own_bracket():
    """a27_11: 牵头单位：市河湖长制工作领导小组办公室（以下简称市河长办；下同）: the bracket that gives the short name is no
    part of the body's name; the short name later stands for it."""
    assert units("a27_11_alias_inside_the_name_bracket") == [
        (1, "市河湖长制工作领导小组办公室", "lead"), (1, "市水利局", "supporting"),
        (2, "市河湖长制工作领导小组办公室", "lead"), (2, "市生态环境局", "supporting")]


@pytest.mark.parametrize("rule", ["排名第一的为主办单位", "排在第一位的为主办单位", "列首位的为主办单位"])
def test_a_first_named_host_rule_is_no_unit(rule):
    """a27_12: 市水利局、市财政局（排名第一的为主办单位）: the rule in the unit cell names no body; the first body leads."""
    p = read_parenthetical(f"（牵头单位：市水利局、市财政局（{rule}））")
    assert p.units_as_written == ("市水利局", "市财政局")


def test_a_first_named_host_rule_in_a_table_cell():
    assert units("a27_12_first_named_hosts") == [
        (1, "市水利局", "lead"), (1, "市财政局", "responsible"), (2, "市住房城乡建设局", "lead"),
        (2, "市发展改革委", "responsible"), (3, "市水利局", "lead"), (3, "市城管局", "responsible")]


@pytest.mark.parametrize("sentence, audience", [
    ("每年组织乡村医生参加集中培训不少于40学时。", "乡村医生"),
    ("每年组织村干部参加集中培训不少于24学时。", "村干部"),
    ("每年安排社区工作者参加培训不少于30学时。", "社区工作者"),
    ("组织部干部每年参加集中培训不少于50学时。", "组织部干部"),
])
def test_a_training_audience_starts_after_the_verb(sentence, audience):
    assert [t.audience for t in find_training(sentence)] == [audience]


def test_a_thousands_separator_is_no_sentence_sign():
    """新建堤防1,200米: the comma of a number does not make a short cell a sentence (a task cell scores as a short text);
    a comma between words does."""
    assert _put_score("新建堤防1,200米", "task") == 2
    assert _put_score("新建堤防,加固", "task") == 3


def test_a_part_that_names_tasks_keeps_them_above_a_deeper_part():
    """a27_13: 二、重点任务 ⏎ （一）… items, then 三、示范工程 ⏎ （一）group ⏎ 1.…: the deeper part does not make the named task
    part goal text; both parts' items are tasks, each at its own depth."""
    assert tasks("a27_13_named_tasks_shallower_than_a_later_part") == [
        ("（一）", "摸清可用屋顶资源"), ("（二）", "创新项目运营模式"), ("（三）", "做好并网消纳服务"),
        ("1", "建设党政机关屋顶光伏项目"), ("2", "建设学校医院屋顶光伏项目"), ("3", "推进标准厂房屋顶光伏全覆盖")]


def test_a_part_of_conditions_holds_no_tasks():
    """a27_14: 二、项目申报条件 ⏎ 1.…；: the conditions a project must meet are no tasks (and do not push the named task
    part's items into goal text)."""
    assert tasks("a27_14_conditions_part_holds_no_tasks") == [("（一）", "开展粮库屋顶资源评估"), ("（二）", "建设一批屋顶光伏示范粮库")]


@pytest.mark.parametrize("heading, kind", [
    ("项目实施条件", "other"), ("申报条件", "other"), ("支持条件", "other"), ("准入条件", "other"), ("认定条件", "other"),
    ("参评条件", "other"), ("评选条件", "other"), ("申请条件", "other"), ("补助条件", "other"), ("奖补条件", "other"),
    ("享受条件", "other"), ("入选条件", "other"), ("遴选条件", "other"), ("资格条件", "other"), ("参与条件", "other"),
    ("改善办学条件", "tasks"), ("创造良好发展条件", "tasks"),
])
def test_conditions_headings(heading, kind):
    from analysis.parse.structure import _section_kind
    assert _section_kind(heading, False) == kind


def test_the_title_over_a_reports_delivery_subtitle():
    """a27_15: 锚定目标加压奋进 ⏎ 奋力谱写… ⏎ ——在2025年全省水利工作会议上的工作报告: the title is the two lines above the
    subtitle (not the subtitle, which only ends like one); the subtitle says it is a report."""
    assert values("a27_15_title_over_a_delivery_subtitle", "title", "kind") == (
        "锚定目标加压奋进奋力谱写水利高质量发展新篇章", "report")


def test_the_title_over_a_speechs_delivery_subtitle():
    """a27_16: 凝心聚力抓落实 ⏎ ——在…座谈会上的讲话: the line above is the title; a speech is another document."""
    assert values("a27_16_speech_over_a_delivery_subtitle", "title", "kind") == ("凝心聚力抓落实", "other")


# -- after b29/b30's first contact (rules they inspired, each with its own invented text) ----------------------------

def test_a_responsible_departments_note_names_the_units():
    """a27_17: （负责部门：人力资源社会保障部、外交部；适用范围：…）: 负责部门 labels the units as 责任部门 does; A等和各有关省级
    人民政府: the 和 after 等 joins, it opens no name. The notice arranges a pilot (关于在…开展…试点的通知): a plan, flagged."""
    name = "a27_17_units_in_a_responsible_departments_note"
    assert units(name) == [(1, "人力资源社会保障部", "responsible"), (1, "外交部", "responsible"),
                           (2, "住房城乡建设部", "responsible"), (3, "自然资源部", "responsible"),
                           (3, "各有关省级人民政府", "responsible")]
    assert values(name, "kind") == ("plan",)


@pytest.mark.parametrize("value, names", [
    ("商务部、发展改革委等和各有关省级人民政府", ["商务部", "发展改革委", "各有关省级人民政府"]),
    ("市水利局等及各区人民政府", ["市水利局", "各区人民政府"]),
    ("市财政局等与各县政府", ["市财政局", "各县政府"]),
])
def test_a_conjunction_after_deng_opens_no_name(value, names):
    from analysis.parse.extract.units import split_units
    assert split_units(value) == names


def test_a_letter_that_issues_a_plan_is_its_cover():
    """a27_18: 某某省人民政府办公厅关于印发 ⏎ 某某省森林火灾应急预案的函: a letter that issues a document is its cover, as a
    关于印发…的通知 is: the title is the plan's."""
    assert values("a27_18_cover_letter_issuing_a_plan", "title", "kind", "issuer") == (
        "某某省森林火灾应急预案", "plan", "某某省人民政府办公厅")


@pytest.mark.parametrize("header, is_task", [
    (["序号", "学校名称", "专业名称", "专业类别", "有效期截止时间"], False),  # a results list: category and validity
    (["序号", "企业名称", "类别", "有效期至"], False),
    (["序号", "工作任务", "有效期截止时间"], False),  # validity is no deadline
    (["序号", "重点领域", "责任单位"], False),  # a category alone is no task column
    (["序号", "证书类型", "有效时间"], False),
    (["序号", "工作类别", "具体任务", "责任单位"], True),  # a category beside a task column
    (["序号", "工作任务", "截止时间"], True),
])
def test_a_task_table_header_needs_work_and_a_unit_or_deadline(header, is_task):
    from analysis.ingest.task_tables import is_task_header
    assert is_task_header(header) is is_task


def test_a_flattened_results_list_is_no_task_table():
    """A results list flattened to text (序号 学校名称 专业类别 有效期截止时间): no task table is read from it."""
    from analysis.parse.text_tables import find_text_tables
    lines = ["序号 学校名称 专业类别 有效期截止时间", "1 某某师范大学 中学教育 2028年6月", "2 某某学院 小学教育 2028年6月",
             "3 某某大学 学前教育 2027年6月"]
    assert find_text_tables(lines) == []


@pytest.mark.parametrize("title, kind", [
    ("国务院办公厅关于科技节水建议的复函", "report"),
    ("某部关于某某提案的复函", "report"),
    ("某市水利局关于某某议案的复函", "report"),
    ("某局关于商请支持某某项目建议的函", "other"),  # a letter that proposes, no reply
    ("市卫健委党委关于巡察整改进展情况的通报", "report"),
    ("某局党组关于巡视整改工作进展情况的通报", "report"),
    ("某厅关于巡查发现问题整改情况的通报", "other"),  # an inspection's results made known (a18_04)
    ("关于2023年度安全生产考核结果的通报", "other"),  # results of others made known
])
def test_kind_of_letters_and_circulars_that_report(title, kind):
    from analysis.parse.metadata import _kind_of_title
    assert _kind_of_title(title)[0] == kind


def test_a_site_banner_and_address_before_the_title_are_cut():
    """a27_19: 公文范例站—每日更新www.example-docs.com某某省人民政府关于…的报告: the site's banner and address run into the
    title line are the page's; the title and its organ are read without them."""
    assert values("a27_19_site_banner_before_the_title", "title", "issuer", "kind") == (
        "某某省人民政府关于2024年度法治政府建设情况的报告", "某某省人民政府", "report")


# -- every alternative of the round's own tables (the fresh mutation sample of round 10 met three) ------------------

@pytest.mark.parametrize("count", ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十二", "8", "30", "100"])
@pytest.mark.parametrize("counter", ["项", "件"])
def test_every_count_of_a_years_list_of_projects_ends_a_title(count, counter):
    from convention_docs import text_value
    title = f"某某县2025年实施{count}{counter}民生实事"
    assert text_value(f"{title}\n经县政府同意，2025年我县实施以下民生实事。\n一、教育\n（一）新建幼儿园两所。\n", "title") == title


@pytest.mark.parametrize("projects", ["民生实事", "民生工程", "惠民实事", "为民办实事", "实事项目", "重点民生项目", "为民办实事项目"])
def test_every_kind_of_project_list_is_a_plan(projects):
    from analysis.parse.metadata import _kind_of_title
    assert _kind_of_title(f"某县2025年{projects}")[0] == "plan"


@pytest.mark.parametrize("verb", ["印发", "转发", "下发"])
def test_every_verb_of_a_cover_letter(verb):
    from convention_docs import text_value
    source = (f"某某省人民政府办公厅关于{verb}某某省森林火灾应急预案的函\n各市、县人民政府：\n"
              "《某某省森林火灾应急预案》已经省政府同意，现印发给你们，请认真实施。\n某某省人民政府办公厅\n2024年3月5日\n")
    assert text_value(source, "title") == "某某省森林火灾应急预案"


@pytest.mark.parametrize("verb", ["确保", "要求", "督促", "组织", "推动", "鼓励", "引导", "提升", "提高", "加强", "强化", "培养",
                                  "培训", "开展", "安排", "选派"])
def test_every_verb_before_a_training_audience(verb):
    assert [t.audience for t in find_training(f"每年{verb}乡村医生参加集中培训不少于40学时。")] == ["乡村医生"]
