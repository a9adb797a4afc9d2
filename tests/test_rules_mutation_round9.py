"""Mutation round 9 (issue 15; ``scripts/mutation.py --seed 9 --per-module 8`` over the fifteen modules the script
knows, then ``--seed 109 --per-module 15`` over the corpus reader, the flattened tables, metadata and the confidence
rules): each test pins one keyword, character or bound of a rule that no test had held.

Each test is a short text written for it, in my own words, that needs exactly that word of the rule; the expected
values were written by reading the text, so the mutant that drops the word fails the test. Where the survivor was
one alternative of a table of words, the test runs every alternative of that table, so that no other one of them
survives a later sample. Survivors judged equivalent are listed, with the reason, in
``scripts/mutation_equivalent.md``."""
import pytest

from analysis.parse.confidence import assess, organ_core
from analysis.parse.corpus import normalize, read_document
from analysis.parse.divisions import level_of_issuer, level_of_word
from analysis.parse.extract import find_training, find_yearless, read_parenthetical
from analysis.parse.extract.units import split_units
from analysis.parse.metadata import Field, canonical_number, is_field_line, read_metadata
from analysis.parse.one_line import one_line_breaks
from analysis.parse.structure import _section_kind
from analysis.parse.text_tables import is_unit_list, find_text_tables
from convention_docs import headerless_table, normalized, plan_corpus, rows, source_value, text_value


# == the first sample (--seed 9 --per-module 8, all fifteen modules) =======================================

# -- metadata (analysis/parse/metadata.py) ----------------------------------------------------------

@pytest.mark.parametrize("label", ["发文字号", "发布文号", "文件编号", "政策文号", "文号", "字号"])
def test_a_document_number_loses_the_label_run_into_it(label):
    """``canonical_number``'s labels: a 文号 read with its page label run into it (文号：某政办发[2023]5号) is the
    number alone, in its standard form."""
    assert canonical_number(f"{label}：某政办发[2023]5号") == "某政办发〔2023〕5号"


@pytest.mark.parametrize("word, region", [("省", "山西省"), ("自治区", "内蒙古自治区"), ("市", "长治市"),
                                          ("州", "恩施土家族苗族自治州"), ("盟", "锡林郭勒盟"), ("县", "平遥县"),
                                          ("区", "太原市小店区"), ("旗", "鄂托克旗")])
def test_a_cover_naming_its_document_by_the_level_word_alone(word, region):
    """``_cover_title_with_its_region``'s level words: the cover's title names the document by its level word
    alone (关于印发县数字政府建设实施方案的通知), its sentence in full (现将《平遥县数字政府…》印发): the title is the
    sentence's, with its region."""
    source = (f"关于印发{word}数字政府建设实施方案的通知\n各有关单位：\n"
              f"现将《{region}数字政府建设实施方案》印发给你们，请认真贯彻执行。\n2024年3月1日\n")
    assert text_value(source, "title") == f"{region}数字政府建设实施方案"


_NEWS_BODY = "近日，某市水利局组织开展河湖管护专项行动，清理河道垃圾二百余吨，拆除违章建筑十余处，河湖面貌明显改善。\n"


@pytest.mark.parametrize("first_line", ["河湖管护专项行动。取得新成效", "河湖管护专项行动，取得新成效",
                                        "河湖管护专项行动；取得新成效", "河湖管护专项行动：取得新成效",
                                        "河湖管护专项行动14:30启动", "河湖管护专项行动！取得新成效",
                                        "河湖管护专项行动？取得新成效", "河湖管护专项行动!取得新成效",
                                        "河湖管护专项行动?取得新成效"])
def test_a_first_line_holding_sentence_punctuation_is_no_headline(first_line):
    """``_headline``'s sentence signs, the ASCII ! and ? the normalizer keeps among them: a news item's first line
    holding one is no headline (the item is left without a title); the same line without it is the headline."""
    assert text_value("河湖管护专项行动取得新成效\n" + _NEWS_BODY, "title") == "河湖管护专项行动取得新成效"
    assert text_value(f"{first_line}\n{_NEWS_BODY}", "title") == ""


@pytest.mark.parametrize("word, region", [("省", "山西省"), ("自治区", "内蒙古自治区"), ("市", "长治市"),
                                          ("州", "恩施土家族苗族自治州"), ("盟", "锡林郭勒盟"), ("县", "平遥县"),
                                          ("区", "太原市小店区"), ("旗", "鄂托克旗")])
def test_a_title_s_organ_under_its_level_word_is_the_page_field_s_organ_in_full(word, region):
    """``_complete_issuer``'s level words: the title opens with 县卫健委 (the short name under a bare level word), the
    page's 发布机构 field names 平遥县卫生健康委员会 (same level, same first character of the organ): the issuer is
    the field's, with its region."""
    source = (f"发布机构：{region}卫生健康委员会\n发布日期：2024-03-01\n{word}卫健委关于做好2024年夏季食品安全工作的通知\n"
              "各有关单位：\n为切实做好夏季食品安全工作，保障人民群众饮食安全，现将有关事项通知如下。\n一、加强监督检查\n")
    assert source_value(source, "issuer") == f"{region}卫生健康委员会"


@pytest.mark.parametrize("word, level", [("省", "provincial"), ("自治区", "provincial"), ("市", "municipal"),
                                         ("州", "municipal"), ("盟", "municipal"), ("县", "county"), ("区", "county"),
                                         ("旗", "county")])
def test_a_title_opening_with_a_bare_level_word_before_a_body_gives_the_level(word, level):
    """``_read_level``'s bare level words before an organ: no issuer is read from 县级应急救援队伍建设实施方案, but
    the title opens with the level word 县 and a body (…队) within twelve characters: the level is the word's."""
    source = f"{word}级应急救援队伍建设实施方案\n一、总体要求\n坚持统筹推进。\n"
    assert text_value(source, "level") == level


_ADDRESSEE_HEADS = [
    ("national", "国", "国务院各部委", "国务院各部委"), ("national", "国", "国务院各部门", "国务院各部门"),
    ("national", "国", "各省、自治区、直辖市人民政府", "各省、自治区、直辖市"),
    ("provincial", "省", "省政府各部门", "省政府各"), ("provincial", "省", "省直各单位", "省直各"),
    ("provincial", "省", "省级各部门", "省级各"), ("provincial", "省", "自治区人民政府各组成部门", "自治区人民政府各"),
    ("provincial", "省", "省政府有关部门，各高等学校", "省政府有关"),
    ("provincial", "省", "各市（州）人民政府", "各市（州）"), ("provincial", "省", "各设区的市（州）", "各设区的市（州）"),
    ("provincial", "省", "各地级以上市人民政府", "各地级以上市"), ("provincial", "省", "各盟市", "各盟市"),
    ("provincial", "省", "各市、县（市、区）人民政府", "各市、县（市、区）"),
    ("provincial", "省", "各设区市人民政府", "各设区市人民政府"),
    ("provincial", "省", "各市、县、自治县人民政府", "各市、县、自治县人民政府"),
    ("municipal", "市", "各县（市、区）人民政府", "各县（市、区）"), ("municipal", "市", "各县市区人民政府", "各县市区"),
    ("municipal", "市", "各县（区）人民政府", "各县（区）"), ("municipal", "市", "各县区人民政府", "各县区"),
    ("municipal", "市", "市政府各部门", "市政府各"), ("municipal", "市", "市直各单位", "市直各"),
    ("municipal", "市", "市级各部门", "市级各"), ("municipal", "市", "市直有关单位，各高等学校", "市直有关"),
    ("county", "县", "县政府各部门", "县政府各"), ("county", "县", "县直各单位", "县直各"),
    ("county", "县", "县级有关单位，各中小学校", "县级有关"), ("county", "县", "各乡镇人民政府", "各乡镇"),
    ("county", "县", "各乡（镇）人民政府", "各乡（镇）"), ("county", "县", "各镇人民政府", "各镇人民政府"),
    ("county", "县", "各乡、镇人民政府", "各乡、镇"), ("county", "县", "各街道办事处", "各街道"),
    ("county", "县", "区政府各部门", "区政府各"), ("county", "县", "区直各单位", "区直各"),
    ("county", "县", "区级各部门", "区级各"),
]


@pytest.mark.parametrize("level, word, head, match", _ADDRESSEE_HEADS)
def test_the_addressees_say_the_sender_s_level(level, word, head, match):
    """``_ADDRESSEES``, every alternative of its four patterns: a notice without any other sign of its level, sent to
    区政府各部门 (…), is a county's; the rule names the words that decided."""
    source = f"关于做好2024年河湖管护工作的通知\n{head}：\n为加强河湖管理，改善水环境质量，现将有关事项通知如下。\n"
    found = read_metadata(normalized(source))["level"]
    assert (found.value, found.rule) == (level, f"addressees name a {word} ({match})")


@pytest.mark.parametrize("clause", ["省委已部署开展河湖清四乱专项行动", "省政府各部门已于年初印发工作计划",
                                    "省级河长已带队开展巡河", "市场监管部门已开展专项检查", "市民群众积极参与巡河护河",
                                    "市长已带队开展巡河"])
def test_a_level_word_opening_another_body_or_word_is_no_author(clause):
    """``_BARE_LEVEL_IN_TEXT``'s refused continuations (委, 政府各, 级, 场, 民, 长): a clause of the opening that
    names 省委, 省政府各部门, 省级河长, 市场, 市民 or 市长 does not say who writes; 全县 later in the sentence does (a
    county's text)."""
    source = f"为做好全年河湖管护工作，{clause}，全县上下要结合实际，认真抓好落实，确保河湖面貌明显改善。\n一、主要任务\n清理河道垃圾。\n"
    assert text_value(source, "level") == "county"


# -- structure (analysis/parse/structure.py) --------------------------------------------------------

_SAFEGUARD_PARTS = ([f"{w}保障" for w in ("经费", "资金", "安全", "后勤", "物资", "人员", "人才", "制度", "政策", "技术", "财政",
                                          "条件", "队伍", "纪律", "要素", "场地", "服务")]
                    + ["宣传发动", "宣传动员", "宣传引导", "宣传报道", "活动组织", "活动保障", "材料收集报送", "信息汇总上报",
                       "资料整理报送", "总结报送", "材料上报"])


@pytest.mark.parametrize("heading", _SAFEGUARD_PARTS)
def test_a_part_on_how_the_work_is_safeguarded_or_reported_is_closing_text(heading):
    """``_SAFEGUARD_LABEL``, every word of it: 四、信息汇总上报 (as 经费保障, 宣传发动, 活动组织) says how the work is
    safeguarded, publicised or reported, no unit of work."""
    assert _section_kind(heading, False) == "closing"


def test_a_cover_s_own_bracketed_instructions_are_no_tasks():
    """``_cover_instruction_lines``'s （: a cover issues a plan, then asks (…通知如下：) under its own parts 一、 and 二、,
    with groups （一）（二）; those are instructions about the plan. The plan's tasks are its own （一）（二）."""
    source = ("关于印发某市河湖管护工作方案的通知\n各县区水利局：\n现将《某市河湖管护工作方案》印发给你们，并就有关事项通知如下：\n"
              "一、提高思想认识\n（一）统一思想。各地要高度重视河湖管护工作。\n（二）加强领导。各地要成立工作专班。\n"
              "二、抓好贯彻落实\n各地要结合实际，认真组织实施。\n某市水利局\n2024年3月1日\n某市河湖管护工作方案\n一、主要任务\n"
              "（一）清理河道垃圾。每月巡查一次。\n（二）建设监测站点。实现全覆盖。\n")
    assert rows(plan_corpus(normalized(source)).tasks, ["task_no", "title"]) == [
        ("（一）", "清理河道垃圾"), ("（二）", "建设监测站点")]


def test_a_statistics_row_numbered_ten_is_no_part():
    """``_STAT_ROW`` 十: under a report's part 三, a flattened table's rows 八、… | 3 | 2 |, 九、… (cut before its
    cells) and 十、… | 4 | 1 |: the row 十, with its figures, is a row of the table too (not a part), though the
    row before it was cut; the report's parts stay 一 to 四."""
    source = ("某县2023年政府信息公开工作年度报告\n一、总体情况\n2023年，县政府办公室认真做好政府信息公开工作。\n"
              "二、主动公开政府信息情况\n全年主动公开政府信息120条。\n三、收到和处理政府信息公开申请情况\n"
              "八、本年新收申请数量 | 3 | 2 |\n九、上年结转申请数量\n十、本年度办理结果 | 4 | 1 |\n四、存在的主要问题及改进情况\n"
              "公开内容还不够全面。\n")
    assert [no for no, _ in rows(plan_corpus(source).tasks, ["task_no", "title"])] == ["一", "二", "三", "四"]


# -- one-line pages (analysis/parse/one_line.py) ----------------------------------------------------

def _pieces(page: str) -> list[str]:
    """A one-line page cut where its lost line breaks go."""
    cuts = [0, *one_line_breaks(page), len(page)]
    return [page[a:b] for a, b in zip(cuts, cuts[1:])]


@pytest.mark.parametrize("sign", [".", "、", "）"])
def test_items_of_a_one_line_page_numbered_with_any_sign(sign):
    """``_HEADING``'s signs after an item's number (1. 1、 1）): on a one-line page, each item 1、 2、 3、 after a
    full stop opens a line of its own."""
    page = ("某市水利局关于加强河湖管护工作的通知各县区水利局：为加强河湖管理，改善水环境质量，现提出如下措施。"
            f"1{sign}清理河道垃圾，每月组织巡查一次，做到河面无漂浮物、河岸无垃圾。"
            f"2{sign}建设水质监测站点，实现重点河段全覆盖，监测数据每日上传至市级平台。"
            f"3{sign}加强宣传引导，组织志愿者开展巡河活动，营造全社会共同关心河湖的良好氛围。")
    assert [p[:2] for p in _pieces(page)][-3:] == [f"1{sign}", f"2{sign}", f"3{sign}"]


@pytest.mark.parametrize("year", ["2024", "1998"])
def test_a_first_part_after_a_title_s_date_on_a_one_line_page(year):
    """``_DATE_END``'s centuries (19, 20): on a one-line page, a title followed by its date (…方案2024年3月1日) ends
    where the first part 一、 begins."""
    page = (f"某市河湖管护工作方案{year}年3月1日一、总体要求坚持系统治理，统筹推进河湖管护工作，做到河面无漂浮物、河岸无垃圾。"
            "二、主要任务（一）清理河道垃圾，每月组织巡查一次。（二）建设水质监测站点，实现重点河段全覆盖，监测数据每日上传至市级平台。"
            "三、保障措施加强组织领导，落实工作责任，确保各项任务按期完成。")
    assert _pieces(page)[:2] == [f"某市河湖管护工作方案{year}年3月1日", "一、总体要求坚持系统治理，统筹推进河湖管护工作，做到河面无漂浮物、河岸无垃圾。"]


def test_a_notice_title_quoting_another_in_brackets_ends_at_its_own_notice_word():
    """``_NOTICE_TITLE``'s ）: a notice that forwards another, named in brackets (…转发市水利局（关于…的通知）的通知),
    ends at its own 的通知, not at the one inside the brackets."""
    page = ("某县水利局关于转发市水利局（关于加强河湖管护工作的通知）的通知各乡镇人民政府：现将市水利局通知转发给你们，请结合实际认真贯彻落实。"
            "（一）清理河道垃圾，每月组织巡查一次，做到河面无漂浮物、河岸无垃圾、沿岸无违章建筑。"
            "（二）建设水质监测站点，实现重点河段全覆盖，监测数据每日实时上传至市级监管平台，确保数据真实准确。")
    assert _pieces(page)[:2] == ["某县水利局关于转发市水利局（关于加强河湖管护工作的通知）的通知", "各乡镇人民政府："]


# -- units (analysis/parse/extract/units.py) --------------------------------------------------------

def test_a_short_name_given_before_a_semicolon_ends_there():
    """``_ALIAS``'s ；: a lead's short name given in its own brackets with a standing remark after a ；
    (…办公室（以下简称市河长办；下同）) is 市河长办; the ； ends it."""
    p = read_parenthetical("（牵头单位：市河湖长制工作领导小组办公室（以下简称市河长办；下同）；配合单位：市水利局）")
    assert p.alias == "市河长办"


@pytest.mark.parametrize("level", ["省", "市", "区", "县", "乡", "镇", "州", "盟", "旗", "特区", "自治县", "各区", "各旗"])
def test_a_bare_level_before_a_stop_mark_is_part_of_the_next_name(level):
    """``_ADMIN_PREFIX``, every level word: 区、乡镇交通运输执法单位 is one unit (the bodies of both levels), not a
    unit 区 and another."""
    assert split_units(f"{level}、乡镇交通运输执法单位") == [f"{level}、乡镇交通运输执法单位"]


# -- the corpus reader (analysis/parse/corpus.py) ---------------------------------------------------

def test_a_title_repeated_above_parts_indented_with_ideographic_spaces_is_read_once():
    """``_SECTION``'s ideographic space: a page repeats its title above a body whose parts are indented with
    ideographic spaces (⊔⊔一、总体要求); the front matter ends at that part, and the repeated title is dropped."""
    lines = normalized("某市河湖管护工作方案\n某市河湖管护工作方案\n\u3000\u3000一、总体要求\n\u3000\u3000坚持系统治理，统筹推进。\n"
                       "\u3000\u3000二、主要任务\n\u3000\u3000清理河道垃圾。\n").split("\n")
    assert [ln.strip() for ln in lines[:2]] == ["某市河湖管护工作方案", "一、总体要求"]


def test_a_heading_indented_with_a_tab_is_not_joined_to_the_next_line():
    """``_MARKER``'s tab: a group heading indented with a tab (⇥（一）清理河道垃圾, no stop) is a line of its own; the
    sentence under it is not joined to it."""
    lines = normalized("某市河湖管护工作方案\n一、主要任务\n\t（一）清理河道垃圾\n每月组织巡查一次，做到河面无漂浮物。\n").split("\n")
    assert [ln.strip() for ln in lines[2:4]] == ["（一）清理河道垃圾", "每月组织巡查一次，做到河面无漂浮物。"]


def test_a_line_ending_in_a_semicolon_ends_its_clause():
    """``_TERMINAL``'s ；: a line ending with ； has ended its clause; the next line is not joined to it."""
    lines = normalized("某市河湖管护工作方案\n一、主要任务\n（一）清理河道垃圾，每月组织巡查一次，做到河面无漂浮物；\n"
                       "建设监测站点，实现重点河段全覆盖。\n").split("\n")
    assert lines[2:4] == ["（一）清理河道垃圾，每月组织巡查一次，做到河面无漂浮物；", "建设监测站点，实现重点河段全覆盖。"]


@pytest.mark.parametrize("text, script", [("上下左右\n", "simplified"), ("臺北\n", "traditional")])
def test_the_script_of_a_text_with_no_or_one_traditional_character(text, script):
    """``_script_of``'s 0: a text whose characters both scripts share (上下左右) is simplified, nothing to convert
    (not mixed); one traditional character among shared ones (臺北) makes it traditional."""
    assert normalize(text)[4] == script


@pytest.mark.parametrize("end", ["。", "；", "！", "？", "〕", "）", "】"])
def test_a_part_run_in_after_a_closed_sentence_or_note_gets_its_own_line(end):
    """``_split_run_in_headings``' closing signs (。；！？〕）】): a part heading run in after a space (… 二、主要任务)
    opens a line of its own when the words before it have closed (a stop, a question, a note's bracket)."""
    before = {"〕": "执行某政办发〔2024〕", "）": "落实巡河责任（市水利局负责）", "】": "落实巡河责任【市水利局负责】"}.get(
        end, f"河湖管护工作推进较慢，成效不够明显{end}")
    lines = normalized(f"一、存在问题\n{before} 二、主要任务\n清理河道垃圾。\n").split("\n")
    assert lines[1:3] == [before, "二、主要任务"]


def test_a_no_break_space_entity_with_its_semicolon_is_one_space():
    """``_SPACE_ENTITY``'s ;: a page's &nbsp; printed as text is one space, its ; included (no ； is left in the
    sentence)."""
    lines = normalized("某市河湖管护工作方案\n为加强河湖管理，某市水利局&nbsp;某市财政局联合制定本方案。\n").split("\n")
    assert lines[1] == "为加强河湖管理，某市水利局某市财政局联合制定本方案。"


# -- levels of issuers (analysis/parse/divisions.py) ------------------------------------------------

@pytest.mark.parametrize("word, level", [("省", "provincial"), ("自治区", "provincial"), ("市", "municipal"),
                                         ("州", "municipal"), ("盟", "municipal"), ("地区", "municipal"),
                                         ("县", "county"), ("区", "county"), ("旗", "county")])
def test_the_level_each_bare_level_word_names(word, level):
    """``_LEVEL_WORDS``, every word: a banner (旗) is a county's level, a league (盟) or a prefecture (地区) a city's."""
    assert level_of_word(word) == level


@pytest.mark.parametrize("area", ["新区", "开发区", "高新区", "经开区", "示范区"])
def test_a_new_area_under_a_city_has_no_level(area):
    """``_NEW_AREA``, every kind of area: 长治市漳泽湖畔高新区管理委员会 — a zone under a city, its name four characters
    before the kind (so that 高新区 is not read as 高 + 新区) — has none of the four levels (not the city's, not an
    unknown county's)."""
    assert level_of_issuer(f"长治市漳泽湖畔{area}管理委员会") == ("", "", "")


@pytest.mark.parametrize("organ", ["统计局", "发展和改革委员会", "人民政府", "政府", "疾病预防控制中心", "人民法院",
                                   "农业技术推广站", "派出所", "综合执法队", "政务服务办"])
def test_an_unknown_district_s_body_of_any_kind_is_a_county_s(organ):
    """``_COUNTY_BELOW``'s bodies: 长治市上党区人民法院 (a court, …院), like its 统计局 or 人民政府, names a district the
    table does not know: a county's level, under the city."""
    assert level_of_issuer(f"长治市上党区{organ}")[:2] == ("county", "长治市上党区")


# -- how sure a reading is (analysis/parse/confidence.py) -------------------------------------------

@pytest.mark.parametrize("title, word", [
    ("某市河湖管护工作方案共24页", "24页"), ("欢迎访问某市河湖管护工作方案", "欢迎"), ("您好某市河湖管护工作方案", "您好"),
    ("首页某市河湖管护工作方案", "首页"), ("通知公告|某市河湖管护工作方案", "|"), ("通知公告｜某市河湖管护工作方案", "｜"),
    ("某市河湖管护工作方案.doc", ".doc"), ("某市河湖管护工作方案.pdf", ".pdf"), ("某市河湖管护工作方案.wps", ".wps"),
    ("某市河湖管护工作方案手机版", "手机版"), ("无障碍某市河湖管护工作方案", "无障碍"), ("某市河湖管护工作方案VIP", "VIP"),
    ("某市河湖管护工作方案下载", "下载"), ("某市河湖管护工作方案浏览", "浏览"), ("点击某市河湖管护工作方案", "点击"),
    ("某市河湖管护工作方案上传", "上传"), ("某市河湖管护工作方案举报", "举报"), ("登录某市河湖管护工作方案", "登录"),
    ("某市河湖管护工作方案网站", "网站"), ("某市河湖管护工作方案网址", "网址"), ("123456某市河湖管护工作方案", "123456"),
    ("•某市河湖管护工作方案", "•"), ("·某市河湖管护工作方案", "·")])
def test_a_title_carrying_any_page_word_is_low(title, word):
    """``_PAGE_WORDS``, every alternative: a title that still carries a web page's or a sharing site's words (…下载,
    …浏览, …手机版, .wps) is low, and the note names the words."""
    f = Field(title, "title line in the front matter", title, 0)
    rated = assess({"title": f}, {"title": [f]})["title"]
    assert (rated.confidence, rated.note) == ("low", f"the title carries page words ({word})")


@pytest.mark.parametrize("verb", ["印发", "转发", "下发"])
def test_a_field_naming_the_notice_that_forwards_another_document(verb):
    """``_ISSUES``' verbs: beside the title line, a 名称 field 关于转发《某县2024年秸秆禁烧工作方案》的通知 names the
    notice that hands out another document than the title read: the title is low, and the note says which."""
    title = Field("某市2024年河湖管护工作要点", "title line in the front matter", "某市2024年河湖管护工作要点", 0)
    named = f"关于{verb}《某县2024年秸秆禁烧工作方案》的通知"
    field = Field(named, "名称 field", f"名称：{named}", 0)
    rated = assess({"title": title}, {"title": [title, field]})["title"]
    assert (rated.confidence, rated.note) == ("low", "the 名称 field names 《某县2024年秸秆禁烧工作方案》, not the title read")


@pytest.mark.parametrize("rule, level", [
    ("issuer: unknown division ending in 旗", "county"), ("issuer: unknown division ending in 自治区", "provincial"),
    ("title opens with a bare level word 省", "provincial"), ("opening paragraph speaks of a 县 (全县)", "county"),
    ("addressees name a 国 (国务院各部门)", "national")])
def test_a_bare_level_word_that_fixes_the_level_is_medium(rule, level):
    """``_DECISIVE_WORDS``: a level read from a bare word that names one level only (省, 自治区, 县, 旗; 国 for the
    centre) is medium — the word fixes the level, though no region is named."""
    f = Field(level, rule, "某某", 0)
    rated = assess({"level": f}, {"level": [f]})["level"]
    assert (rated.confidence, rated.note) == ("medium", f"{rule} (the word fixes the level, the region is not named)")


# -- flattened tables (analysis/parse/text_tables.py) -----------------------------------------------

@pytest.mark.parametrize("wrapped", ["3 年内建成的小区居民", "3 月底前建成的小区居民", "15 日内完成整改的小区居民",
                                     "30 %以上小区居民", "3 个以上街道居民", "3 万名小区居民", "3 亿元以上项目周边居民",
                                     "3 .5万名小区居民", "3 、4号街区居民"])
def test_a_wrapped_cell_opening_with_a_number_and_a_measure_is_no_row(wrapped):
    """``_ROW_LINE``'s refused signs after a number (年 月 日 % 个 万 亿 . 、): a wrapped task cell whose next line opens
    15 日内… goes on with the task; it opens no row 15 — the table has rows 1 and 2."""
    [table] = find_text_tables(f"序号 工作任务 牵头单位 完成时限\n1 新建口袋公园，惠及\n{wrapped} 市园林局 2024年底\n"
                               "2 治理水土流失 市水利局 2024年6月底".split("\n"))
    assert [r.no for r in table.rows] == ["1", "2"]
    assert table.column_cells(table.rows[0], "lead") == ["市园林局"]


@pytest.mark.parametrize("numeral", ["1", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"])
def test_a_table_ends_at_the_mark_of_any_attachment(numeral):
    """``_ATTACHMENT``'s numerals: a line 附件七 after a table's last row ends the table; it is no cell of that row."""
    [table] = find_text_tables(["序号 工作任务 牵头单位 完成时限", "1 清理河道垃圾 市水利局 2024年底",
                                "2 治理水土流失 市水利局 2024年6月底", f"附件{numeral}", "某市河湖管护项目清单"])
    assert table.last == 2
    assert [c.text for c in table.rows[-1].cells] == ["2", "治理水土流失", "市水利局", "2024年6月底"]


# -- deadlines and training (analysis/parse/extract) ------------------------------------------------

@pytest.mark.parametrize("deadline", ["6月前", "6月15日前", "6月底前", "6月末前", "年底前", "年底以前", "年底之前"])
def test_a_deadline_without_its_year_inside_task_text(deadline):
    """``_INLINE_YEARLESS``, every form: …，年底前完成全部河段清淤 sets a deadline written without its year."""
    assert find_yearless(f"（一）清理河道垃圾，{deadline}完成全部河段清淤。") == [deadline]


@pytest.mark.parametrize("staff", ["村干部", "乡村医生", "执业医师", "社区护士", "中小学教师", "全体职工", "企业员工",
                                   "社区工作者", "专职社工", "安全管理人员"])
def test_the_staff_a_training_sentence_names(staff):
    """``_STAFF``, every word: 村干部每年参加集中培训不少于40学时 trains village cadres (…干部), as it would nurses
    or social workers."""
    assert [t.audience for t in find_training(f"{staff}每年参加集中培训不少于40学时。")] == [staff]



# == the deepening sample (--seed 109 --per-module 15: corpus, text_tables, metadata, confidence) ==========

# -- the corpus reader (analysis/parse/corpus.py) ---------------------------------------------------

_MARKERS = ([f"{n}、" for n in "一二三四五六七八九十"] + [f"（{n}）" for n in "一二三四五六七八九十"]
            + [f"第{n}条" for n in "一二三四五六七八九十"] + ["1.", "1、", "1﹒", "1）", "（1）", "①", "第一章", "第一节", "第一部分"])


@pytest.mark.parametrize("marker", _MARKERS)
def test_a_line_opening_with_any_item_marker_is_not_joined_to_the_line_above(marker):
    """``_MARKER``, every form and numeral (一、 （五） 第四条 1﹒ （1） ① 第一节 …): a line opening with an item's
    marker starts a new paragraph; it is not joined to the unfinished line above it."""
    lines = normalized(f"某市河湖管护工作方案\n一、主要任务\n坚持系统治理，统筹推进河湖管护\n{marker}清理河道垃圾，每月巡查一次。\n"
                       ).split("\n")
    assert lines[2:4] == ["坚持系统治理，统筹推进河湖管护", f"{marker}清理河道垃圾，每月巡查一次。"]


@pytest.mark.parametrize("tag", ["p", "br", "div", "h1", "h6", "li", "tr", "strong", "b", "em", "i", "span", "font", "u", "td"])
def test_every_tag_of_a_page_saved_with_its_markup_goes(tag):
    """``_MARKUP``, every tag: a page saved with its markup (three tags or more) loses each tag, an inline one
    (<u>…</u>) as well as a block; the words stay."""
    text = normalized(f"<p>某市河湖管护工作方案</p><p>坚持<{tag}>系统治理</{tag}>，统筹推进河湖管护。</p>\n")
    assert "<" not in text and "系统治理" in text


def test_a_document_id_keeps_the_file_name_s_own_underscores(tmp_path):
    """``_doc_id_from_name``'s _: a file plan_河湖_v2.txt is the document plan___v2 — its own underscores kept, the
    Chinese between them one _ — so an id never changes with the rule that makes it."""
    path = tmp_path / "plan_河湖_v2.txt"
    path.write_text("某市河湖管护工作方案\n一、总体要求\n坚持统筹。\n", encoding="utf-8")
    assert read_document(path, meta=None).meta["doc_id"] == "plan___v2"


# -- flattened tables (analysis/parse/text_tables.py) -----------------------------------------------

@pytest.mark.parametrize("heading", [f"{n}、保障措施" for n in "一二三四五六七八九十"]
                         + [f"（{n}）保障措施" for n in "一二三四五六七八九十"])
def test_a_table_ends_at_a_part_or_group_heading_of_any_numeral(heading):
    """``_HEADING``, every numeral in both forms: after a blank line, 一、保障措施 (or （一）保障措施) ends the table above
    it; it is no cell of the last row."""
    [table] = find_text_tables(["序号 工作任务 牵头单位 完成时限", "1 清理河道垃圾 市水利局 2024年底",
                                "2 治理水土流失 市水利局 2024年6月底", "", heading, "加强组织领导，落实工作责任。"])
    assert table.last == 2
    assert [c.text for c in table.rows[-1].cells] == ["2", "治理水土流失", "市水利局", "2024年6月底"]


@pytest.mark.parametrize("when", ["2024年完成", "6月完成", "力争年底完成", "力争年内完成", "力争年中完成", "力争上半年完成",
                                  "力争下半年完成", "每季度开展一次", "长期坚持", "持续推进", "常态化开展", "每年开展一次",
                                  "每月开展一次巡查", "3个月内完成", "3个工作日内办结", "办法出台后完成", "方案印发后实施",
                                  "通知发布后执行", "文件下发后落实"])
def test_a_headerless_table_s_cell_saying_when_is_its_deadline(when):
    """``_DATE_WORDS``, every alternative: in a table without its header, a cell 力争上半年完成 (no date
    ``parse_deadline`` reads, but words of when) goes in the deadline column."""
    table = headerless_table([("清理河道垃圾", "市水利局", when), ("治理水土流失", "市水利局", "2024年6月底前"),
                              ("建设监测站点", "市环境监测站", "2024年9月底前")])
    assert table.column_cells(table.rows[0], "deadline") == [when]


@pytest.mark.parametrize("note", ["（排名第一的为主办单位）", "（列在首位的为主办部门）", "（下同）", "（各县区政府牵头）"])
def test_a_unit_cell_closed_by_a_standing_note_of_any_wording(note):
    """``STANDING_NOTE``'s words (第一, 首位, 下同, 牵头): a cell 市水利局、市财政局（排名第一的为主办单位） lists units; its
    closing note is a rule for reading them, no body."""
    assert is_unit_list(f"市水利局、市财政局{note}")


@pytest.mark.parametrize("numeral", list("一二三四五六七八九十"))
def test_a_row_label_of_any_numeral_above_a_figure_is_no_part(numeral):
    """``ROW_LABEL``'s numerals: under a report's part 二, a table flattened one cell a line — 八、本级收入 ⏎ 167500 — is
    a row (its label numbered like a part), not a part; the report's parts stay 一 to 三."""
    source = (f"某县2023年财政预算执行情况报告\n一、总体情况\n全年财政收入稳定增长。\n二、收入情况\n{numeral}、本级收入\n167500\n"
              "三、下一步工作\n继续加强收入征管。\n")
    assert [no for no, _ in rows(plan_corpus(source).tasks, ["task_no", "title"])] == ["一", "二", "三"]


@pytest.mark.parametrize("sign", ["。", "，", "；", "："])
def test_a_part_whose_heading_holds_a_sentence_sign_is_no_row_label(sign):
    """``ROW_LABEL``'s refused signs (。，；：): 二、主要指标： above a line opening with a figure (98.5%以上的河段…) is a
    part of the plan, not a table's row label."""
    source = (f"某市河湖管护工作方案\n一、总体要求\n坚持系统治理。\n二、主要指标{sign}\n98.5%以上的河段水质达到三类。\n"
              "三、主要任务\n清理河道垃圾。\n")
    assert rows(plan_corpus(source).sections, ["section", "title"]) == [("一", "总体要求"), ("二", f"主要指标{sign}"),
                                                                     ("三", "主要任务")]


@pytest.mark.parametrize("heading", [f"{n}、水质监测" for n in "一二三四五六七八九十"]
                         + [f"（{n}）水质监测" for n in "一二三四五六七八九十"])
def test_a_part_heading_of_any_numeral_between_rows_is_no_cell(heading):
    """``_HEADING``, every numeral in both forms: a part or group heading printed between a table's rows 1 and 2 is
    a heading, not a cell of row 1."""
    [table] = find_text_tables(["序号 工作任务 牵头单位 完成时限", "1 清理河道垃圾 市水利局 2024年底", heading,
                                "2 建设监测站点 市环境监测站 2024年9月底"])
    assert [r.no for r in table.rows] == ["1", "2"] and table.headings == [2]
    assert [c.text for c in table.rows[0].cells] == ["1", "清理河道垃圾", "市水利局", "2024年底"]


def test_a_standing_note_naming_the_first_body_is_set_apart_from_the_last_unit():
    """``STANDING_NOTE`` 第一: a unit cell 市水利局、市财政局（排名第一的为主办单位） in a task table: the note is a rule for
    reading the list, so the last unit is 市财政局, not 市财政局（排名第一的为主办单位）, and (since round 27) the rule makes the
    first body the lead."""
    c = plan_corpus("某市河湖管护工作方案\n一、主要任务\n序号 工作任务 责任单位 完成时限\n"
                    "1 清理河道垃圾 市水利局、市财政局（排名第一的为主办单位） 2024年底\n2 治理水土流失 市水利局 2024年6月底\n")
    units = rows(c.units, ["task_seq", "unit", "role"])
    assert [u for u in units if u[0] == 1] == [(1, "市水利局", "lead"), (1, "市财政局", "responsible")]


# -- metadata (analysis/parse/metadata.py) ----------------------------------------------------------

@pytest.mark.parametrize("meeting", ["工作会议", "表彰大会", "推进会", "企业家座谈会", "开工仪式", "发展论坛", "毕业典礼",
                                     "培训班开班式"])
def test_a_speech_s_title_at_any_kind_of_meeting(meeting):
    """``_SPEECH_TITLE``'s meetings: 在全市河湖管护毕业典礼上的讲话, opening like a sentence (在…), is the speech's title,
    whatever the gathering (会议, 论坛, 典礼, 开班式 …)."""
    source = f"在全市河湖管护{meeting}上的讲话\n同志们：\n今天我们召开这次会议，主要任务是总结工作、部署任务。\n"
    assert text_value(source, "title") == f"在全市河湖管护{meeting}上的讲话"


def test_a_row_of_exactly_two_fields_separated_by_spaces_is_a_field_line():
    """``is_field_line`` >= 2: 文号 某政发〔2018〕53号 时效 有效 — two labels, values after spaces alone — is a line of a
    page's fields."""
    assert is_field_line("文号 某政发〔2018〕53号 时效 有效")


@pytest.mark.parametrize("province, place", [("山西省", "长治市"), ("湖北省", "恩施州"), ("内蒙古自治区", "锡林郭勒盟"),
                                             ("山西省", "平遥县"), ("山西省", "小店区")])
def test_a_compiler_s_note_of_the_province_before_a_title_goes(province, place):
    """``_clean_title``'s place words (市 州 盟 县 区): （内蒙古自治区）锡林郭勒盟2024年…方案 — the bracketed province a
    database files the title under is no part of the title."""
    source = f"（{province}）{place}2024年草原保护工作方案\n一、总体要求\n坚持保护优先，统筹推进。\n"
    assert text_value(source, "title") == f"{place}2024年草原保护工作方案"


@pytest.mark.parametrize("numeral", ["1", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"])
def test_a_cover_s_date_under_its_list_of_attachments_is_the_issue_date(numeral):
    """``_read_signature``'s attachment numerals: a cover notice without its organ on the page, its date right under
    the last attachment's line (附件六：…清单): the date is the cover's signature date."""
    source = ("关于印发某市河湖管护工作方案的通知\n各县区水利局：\n现将《某市河湖管护工作方案》印发给你们，请认真贯彻执行。\n"
              f"附件{numeral}：某市河湖管护项目清单\n2024年3月1日\n某市河湖管护工作方案\n一、总体要求\n坚持系统治理。\n")
    assert text_value(source, "issue_date") == "2024-03-01"


@pytest.mark.parametrize("ahead", ["工作计划", "工作思路", "工作打算", "工作安排", "工作要点", "重点工作", "工作重点"])
def test_parts_looking_back_on_a_year_and_ahead_to_the_next(ahead):
    """``_LOOKS_AHEAD_PART``, every word: no title; 一、2023年工作完成情况 then 二、2024年工作打算 — a report of 2023 and
    2024."""
    source = f"一、2023年工作完成情况\n全年清理河道垃圾二百余吨，完成年度目标。\n二、2024年{ahead}\n继续抓好河湖管护。\n"
    assert (text_value(source, "kind"), text_value(source, "period_start"), text_value(source, "period_end")) == (
        "report", "2023", "2024")


# -- how sure a reading is (analysis/parse/confidence.py) -------------------------------------------

@pytest.mark.parametrize("word", list("省市县区旗州"))
def test_an_organ_under_any_bare_level_word_has_the_same_core(word):
    """``organ_core``'s level words: 州卫生健康委员会 and 卫生健康委 name the same organ (the bare level word goes,
    委员会 is written 委)."""
    assert organ_core(f"{word}卫生健康委员会") == "卫生健康委"
