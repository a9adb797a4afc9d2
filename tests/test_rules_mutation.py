"""Rule-level tests for the extraction rules the mutation run (``scripts/mutation.py``) found
unpinned: each case is a phrase written in a convention plans and reports use, in my own words,
that needs exactly one word, period or bracket of a rule, so dropping that word breaks the case.

The expected values were written by reading each phrase. Mutants no phrase can tell apart are
listed with the reason in ``scripts/mutation_equivalent.md``.
"""
import pytest

from analysis.parse.extract import find_citations, find_targets, find_training
from analysis.parse.extract.training import AUDIENCES

# -- training: hours and sessions a year, by audience (analysis/extract/training.py) -------------

#: (phrase, [(audience, hours a year, sessions a year)])
TRAINING = [
    # the period hours are counted in
    ("执法人员每年参加法律知识培训不少于40学时", [("执法人员", 40.0, None)]),
    ("执法人员每年度参加业务培训不少于20学时", [("执法人员", 20.0, None)]),
    ("执法人员每半年参加业务培训不少于8学时", [("执法人员", 16.0, None)]),
    ("执法人员每季度参加业务培训不少于6学时", [("执法人员", 24.0, None)]),
    ("执法人员每季参加业务培训不少于6学时", [("执法人员", 24.0, None)]),
    ("执法人员每月参加业务培训不少于2学时", [("执法人员", 24.0, None)]),
    ("执法人员每周参加业务学习不少于1学时", [("执法人员", 52.0, None)]),
    ("执法人员年均参加培训不少于32课时", [("执法人员", 32.0, None)]),
    ("执法人员年人均参加培训不少于30学时", [("执法人员", 30.0, None)]),
    ("执法人员全年参加培训不少于20小时", [("执法人员", 20.0, None)]),
    # how often: 每季度 / 每季 / 每半年 / 每年度 / 每周, 全年 and 年均 counts
    ("领导班子成员每季度集中学法一次", [("领导班子成员", None, 4.0)]),
    ("领导班子成员每季集中学法一次", [("领导班子成员", None, 4.0)]),
    ("执法人员每半年开展一次轮训", [("执法人员", None, 2.0)]),
    ("执法人员每年度开展轮训不少于2次", [("执法人员", None, 2.0)]),
    ("执法人员每周开展一次业务学习", [("执法人员", None, 52.0)]),
    ("执法人员全年开展集中学法不少于6次", [("执法人员", None, 6.0)]),
    ("执法人员年均参加轮训不少于3次", [("执法人员", None, 3.0)]),
    # each word that says the phrase is about study, alone in its phrase
    ("执法人员每月开展一次集中学习", [("执法人员", None, 12.0)]),
    ("执法人员每年组织培训不少于2次", [("执法人员", None, 2.0)]),
    ("执法人员每年累计不少于40学时", [("执法人员", 40.0, None)]),
    ("执法人员年均不少于32课时", [("执法人员", 32.0, None)]),
    ("执法人员每年轮训一次", [("执法人员", None, 1.0)]),
    ("执法人员每季度举办一次法治讲堂", [("执法人员", None, 4.0)]),
    ("领导干部每半年开展一次专题研讨", [("领导班子成员", None, 2.0)]),
    ("执法人员每年参加一次网上学考", [("执法人员", None, 1.0)]),
    ("领导班子成员每年授课不少于2次", [("领导班子成员", None, 2.0)]),
    # study that is not legal training: a Party lecture, a self-review, a case-file review
    ("领导班子成员每季度开展一次党课学习", []),
    ("执法人员每月开展一次对照检视学习", []),
    ("执法人员每半年开展一次案卷评查交流学习", []),
    # the audience, as each document names it
    ("领导班子每年集中学法不少于4次", [("领导班子成员", None, 4.0)]),
    ("主要负责人每年集中学法不少于4次", [("领导班子成员", None, 4.0)]),
    ("基层站所执法人员每月开展一次集中学习", [("基层站所执法人员", None, 12.0)]),
    ("基层执法站所全员每月开展一次集中学习", [("基层站所执法人员", None, 12.0)]),
    # … named in the phrase itself, not carried from an earlier phrase that names another
    ("领导干部要带头学法，执法人员每年轮训不少于2次", [("执法人员", None, 2.0)]),
    ("领导干部要带头学法，执法队伍每年轮训不少于2次", [("执法人员", None, 2.0)]),
    # 每人 / 每名 are everyone, not the leaders named before them; with no staff named before, 全体人员
    ("领导干部要带头学法，每人每年参加培训不少于40学时", [("全体人员", 40.0, None)]),
    ("领导干部要带头学法，每名同志每年参加培训不少于40学时", [("全体人员", 40.0, None)]),
    ("执法人员要加强学习，每人每年参加培训不少于40学时", [("执法人员", 40.0, None)]),
    ("基层执法站所全员每月开展一次集中学习", [("基层站所执法人员", None, 12.0)]),
    # sentences end at 。！？ and a line end; phrases at ，；
    ("领导干部每年集中学法不少于4次。每年组织培训不少于2次", [("领导班子成员", None, 4.0), ("未写明", None, 2.0)]),
    ("领导干部每年集中学法不少于4次！每年组织培训不少于2次", [("领导班子成员", None, 4.0), ("未写明", None, 2.0)]),
    ("领导干部每年集中学法不少于4次？每年组织培训不少于2次", [("领导班子成员", None, 4.0), ("未写明", None, 2.0)]),
    ("领导干部每年集中学法不少于4次\n每年组织培训不少于2次", [("领导班子成员", None, 4.0), ("未写明", None, 2.0)]),
    ("执法人员每年参加培训不少于40学时，领导干部每季度集中学法一次",
     [("执法人员", 40.0, None), ("领导班子成员", None, 4.0)]),
    ("执法人员每年参加培训不少于40学时；领导干部每季度集中学法一次",
     [("执法人员", 40.0, None), ("领导班子成员", None, 4.0)]),
]


@pytest.mark.parametrize("phrase, expected", TRAINING, ids=[p for p, _ in TRAINING])
def test_training_phrase(phrase, expected):
    assert [(t.audience, t.hours_per_year, t.times_per_year) for t in find_training(phrase)] == expected


def test_hours_without_a_period_count_for_a_one_year_report_only():
    """A report's 培训48学时 covers the year it reports on; in a plan the period is unknown."""
    assert find_training("执法人员参加法律知识培训48学时", "年")[0].hours_per_year == 48.0
    assert find_training("执法人员参加法律知识培训48学时")[0].hours_per_year is None


def test_the_usual_audiences_are_the_ones_the_module_names():
    """``AUDIENCES`` lists the usual values of the ``audience`` column, in the figures' order."""
    found = [find_training(p)[0].audience for p in ("执法人员每年轮训一次", "领导干部每年轮训一次", "基层站所执法人员每年轮训一次",
                                                     "每人每年轮训一次", "每年轮训一次")]
    assert tuple(found) == AUDIENCES


#: A requirement in another domain: the staff the phrase names is the audience, no domain's staff assumed.
TRAINING_ANY_DOMAIN = [
    ("乡村医生每年参加业务培训不少于40学时", [("乡村医生", 40.0, None)]),
    ("确保全体教师每年参加培训不少于72学时", [("全体教师", 72.0, None)]),      # the verb 确保 is no part of the name
    ("要求社区工作者每季度集中学习一次", [("社区工作者", None, 4.0)]),
    ("护士每年参加继续教育不少于25学时", [("护士", 25.0, None)]),
    # named after the requirement, in the same sentence
    ("利用支部学习会，做到每月一次集中学习，提升医务人员业务水平", [("医务人员", None, 12.0)]),
    # everyone after the staff: that staff
    ("乡村医生要加强学习，每人每年参加培训不少于40学时", [("乡村医生", 40.0, None)]),
    # an enforcement team (大队, 支队, 中队) studies as its officers
    ("各执法大队每季度至少组织1次业务学习交流", [("执法人员", None, 4.0)]),
    ("各执法支队每年组织培训不少于2次", [("执法人员", None, 2.0)]),
    # nobody named anywhere in the sentence
    ("每年组织培训不少于2次", [("未写明", None, 2.0)]),
]


@pytest.mark.parametrize("phrase, expected", TRAINING_ANY_DOMAIN, ids=[p for p, _ in TRAINING_ANY_DOMAIN])
def test_training_audience_in_any_domain(phrase, expected):
    assert [(t.audience, t.hours_per_year, t.times_per_year) for t in find_training(phrase)] == expected


# -- targets: numbers with their units (analysis/extract/targets.py) ---------------------------

#: (phrase, [(value, unit, approximate)])
TARGETS = [
    ("开展普法宣传活动12场次", [(12.0, "场次", False)]),
    ("检查营运车辆500台次", [(500.0, "台次", False)]),
    ("执法人员年均培训不少于32课时", [(32.0, "课时", False)]),
    ("执法人员全年培训不少于20小时", [(20.0, "小时", False)]),
    ("投诉率下降2个百分点", [(2.0, "个百分点", False)]),
    ("培训执法人员300人", [(300.0, "人", False)]),
    ("举办执法骨干培训班3期", [(3.0, "期", False)]),
    ("开展送法进企业宣讲5场", [(5.0, "场", False)]),
    ("在省级媒体刊发信息20篇", [(20.0, "篇", False)]),
    ("完成年度改革任务12项", [(12.0, "项", False)]),
    ("查处违法违规案件15起", [(15.0, "起", False)]),
    ("检查“两客一危”车辆200辆", [(200.0, "辆", False)]),
    ("配备执法记录仪50台", [(50.0, "台", False)]),
    ("组建执法骨干队伍3支", [(3.0, "支", False)]),
    ("建成标准化执法站所10所", [(10.0, "所", False)]),
    ("排查整治安全隐患点30处", [(30.0, "处", False)]),
    ("公布典型执法案例2批", [(2.0, "批", False)]),
    ("配发执法装备100套", [(100.0, "套", False)]),
    ("制作普法宣传片2部", [(2.0, "部", False)]),
    ("走访个体经营户80户", [(80.0, "户", False)]),
    ("处以罚款5000元", [(5000.0, "元", False)]),
    ("投入执法装备资金2亿元", [(200000000.0, "元", False)]),
    ("走访企业300多家", [(300.0, "家", True)]),
    ("组织执法培训300人左右", [(300.0, "人", True)]),
    # no targets: ordinals, ranges, section numbers, fractions and spans of time
    ("召开第12次局务会议", []),
    ("每个执法小组配备3—5人", []),
    ("每个执法小组配备3-5人", []),
    ("按照标准第4.2条规定执行", []),
    ("按照1/3人员比例轮岗", []),
    ("连续2个年度考核优秀", []),
    ("每2个季度通报一次", []),
    ("受理后3个月内办结", []),
    ("以3个周期为限", []),
]


@pytest.mark.parametrize("phrase, expected", TARGETS, ids=[p for p, _ in TARGETS])
def test_target_phrase(phrase, expected):
    assert [(t.value, t.unit, t.approx) for t in find_targets(phrase)] == expected


# -- citations: titles and document numbers (analysis/extract/citations.py) --------------------

#: 文号 brackets as documents write them: 〔〕 (the standard), [] ［］ 【】 （） ﹝﹞
BRACKETED_NUMBERS = ["交办法〔2021〕5号", "交办法[2021]5号", "交办法［2021］5号", "交办法【2021】5号", "交办法（2021）5号",
                     "交办法﹝2021﹞5号"]


# (a number in （） inside the （） after a title is not read as the title's: one level of brackets only)
@pytest.mark.parametrize("number", [n for n in BRACKETED_NUMBERS if "（" not in n])
def test_a_document_number_in_any_bracket_after_a_title(number):
    text = f"认真落实《交通运输综合行政执法事项指导目录》（{number}）要求"
    assert [(c.title, c.number) for c in find_citations(text)] == [("交通运输综合行政执法事项指导目录", number)]


@pytest.mark.parametrize("number", BRACKETED_NUMBERS)
def test_a_bare_document_number_in_any_bracket(number):
    assert [(c.title, c.number) for c in find_citations(f"严格落实{number}文件要求")] == [(None, number)]


@pytest.mark.parametrize("text, number", [
    ("按照劳部发〔1996〕12号执行", "劳部发〔1996〕12号"),            # a number of the 1990s
    ("按照交办法〔20215号要求", "交办法〔20215号"),                  # the closing bracket lost in copying
    ("按照交体法〔19988号要求", "交体法〔19988号"),
    ("依照交通部令2005年第2号执行", "交通部令2005年第2号"),         # a decree with its year
    ("依照建设部令1997年第62号执行", "建设部令1997年第62号"),
    ("依照国务院令第722号执行", "国务院令第722号"),                   # a decree without one
])
def test_bare_numbers_of_every_decade_and_form(text, number):
    assert [c.number for c in find_citations(text)] == [number]


@pytest.mark.parametrize("verb", ["落实", "执行", "根据", "按照", "依据", "依照", "印发", "贯彻", "参照", "转发", "按", "见"])
def test_the_verb_before_a_bare_number_is_not_the_issuers_abbreviation(verb):
    assert [c.number for c in find_citations(f"{verb}某交发〔2023〕5号")] == ["某交发〔2023〕5号"]


@pytest.mark.parametrize("conjunction", ["和", "及", "与"])
def test_two_bare_numbers_joined_by_a_conjunction(conjunction):
    text = f"落实某交发〔2023〕5号{conjunction}某政办发〔2022〕18号"
    assert [c.number for c in find_citations(text)] == ["某交发〔2023〕5号", "某政办发〔2022〕18号"]


@pytest.mark.parametrize("standard", ["GB/T 19001—2016", "GB/T 19001-2016", "JT/T 1045—2016", "JTG 3362—2018",
                                      "DB33/T 1234—2021"])
def test_a_standard_after_a_title(standard):
    assert [(c.title, c.number) for c in find_citations(f"执行《执法装备配备标准》（{standard}）")] == [
        ("执法装备配备标准", standard)]


def test_each_title_takes_only_the_bracket_right_after_it():
    text = "落实《执法事项目录》（交办法〔2021〕5号）和《执法标识》（JT/T 410—2022）的要求"
    assert [(c.title, c.number) for c in find_citations(text)] == [
        ("执法事项目录", "交办法〔2021〕5号"), ("执法标识", "JT/T 410—2022")]


def test_a_title_cited_inside_a_note_takes_the_number_in_its_own_bracket():
    text = "（依据《执法事项目录》（交办法〔2021〕5号）执行）"
    assert [(c.title, c.number) for c in find_citations(text)] == [("执法事项目录", "交办法〔2021〕5号")]


# -- deadlines (analysis/extract/deadlines.py) -------------------------------------------------

from analysis.parse.extract import find_deadlines, parse_deadline  # noqa: E402
from analysis.parse.metadata import parse_written_date, read_metadata  # noqa: E402


@pytest.mark.parametrize("value, kind, date, recurrence", [
    ("每月底前", "recurring", None, "monthly"),          # the end of every month
    ("每月末前", "recurring", None, "monthly"),
    # a value copied from a spreadsheet with an ASCII comma between its two parts
    ("2024年6月底前,持续推进", "date_then_ongoing", "2024-06-30", None),
])
def test_deadline_value(value, kind, date, recurrence):
    assert parse_deadline(value) == parse_deadline(value).__class__(value, kind, date, recurrence)


@pytest.mark.parametrize("quarter", "一二三四")
def test_a_yearly_deadline_in_any_quarter_inside_task_text(quarter):
    found = find_deadlines(f"于每年第{quarter}季度前报送执法统计数据")
    assert [(d.raw, d.kind, d.recurrence) for d in found] == [(f"于每年第{quarter}季度前", "recurring", "yearly")]


# -- metadata (analysis/metadata.py) -------------------------------------------------------------

@pytest.mark.parametrize("written", ["1999年12月20日", "1999-12-20", "1999.12.20"])
def test_a_date_of_the_last_century(written):
    assert parse_written_date(written) == "1999-12-20"


def _meta(text: str) -> dict[str, str]:
    return {k: f.value for k, f in read_metadata(text).items()}


def test_a_charter_is_a_title_and_no_plan():
    meta = _meta("某市出租汽车行业协会章程\n第一章 总则\n第一条 为规范本会行为，制定本章程。\n")
    assert (meta.get("title"), meta.get("kind")) == ("某市出租汽车行业协会章程", "other")


def test_a_field_block_labelled_wenjian_mingcheng():
    meta = _meta("文件名称：某县2024年道路运输安全生产工作要点\n发布机构：某县交通运输局\n\n"
                 "为加强全县道路运输安全生产工作，制定本要点。\n一、重点任务\n1.开展隐患排查。\n")
    assert (meta.get("title"), meta.get("issuer")) == ("某县2024年道路运输安全生产工作要点", "某县交通运输局")


@pytest.mark.parametrize("numeral", "一二三四五六七八九十")
def test_a_part_heading_is_no_title(numeral):
    # a report that opens with one of its parts (第一部分), its title left on the cover page
    meta = _meta(f"第{numeral}部分 2023年工作总结\n2023年，县交通运输局认真落实各项工作部署，取得了明显成效。\n"
                 "一、主要工作\n（一）开展隐患排查。\n")
    assert "title" not in meta and meta["kind"] == "report"


@pytest.mark.parametrize("title", ["省级交通运输执法队伍建设工作方案", "市级交通运输执法队伍建设工作方案",
                                   "县级交通运输执法队伍建设工作方案", "区级交通运输执法队伍建设工作方案",
                                   "旗级交通运输执法队伍建设工作方案", "全县交通运输执法队伍建设工作方案"])
def test_a_title_that_opens_with_its_level_takes_no_page_label_above_it(title):
    # a portal's column label (近期要闻) above a title that opens with a level word is no part of it
    meta = _meta(f"近期要闻\n{title}\n为加强执法队伍建设，制定本方案。\n一、工作任务\n1.开展执法培训。\n")
    assert meta.get("title") == title


_NEWS_BODY = "某县交通运输局组织开展道路运输安全检查，共检查企业12家，排查隐患30处。\n检查组要求各企业落实主体责任。\n"


@pytest.mark.parametrize("line", ["本报讯 ", "新华社 ", "记者 张三 ", "通讯员 李四 ", "责任编辑 王五 ", "编辑：王五 ",
                                  "来源：某县融媒体中心 "])
def test_a_news_item_without_a_title_is_read_by_its_news_words(line):
    assert _meta(line + _NEWS_BODY) == {"kind": "other"}


@pytest.mark.parametrize("byline", ["本报讯 张三", "新华社 发布", "记者 张三", "通讯员 李四", "责任编辑 王五"])
def test_a_byline_the_normalizer_removed_makes_a_news_item(byline):
    assert {k: f.value for k, f in read_metadata(_NEWS_BODY, [(0, byline)]).items()} == {"kind": "other"}


@pytest.mark.parametrize("verb", ["报告", "总结", "汇报", "函告"])
def test_an_opening_that_reports_makes_a_report(verb):
    meta = _meta(f"现将我局2023年法治政府建设工作推进落实的有关情况{verb}如下：\n一、抓好队伍建设\n全年组织培训6次。\n"
                 "二、抓好制度建设\n修订制度3项。\n")
    assert (meta.get("kind"), meta.get("period_start")) == ("report", "2023")


@pytest.mark.parametrize("words", ["提出以下意见", "提出如下措施", "形成以下意见"])
def test_an_opening_that_makes_its_plan_makes_a_plan(words):
    meta = _meta(f"为加快推进全县交通运输执法规范化建设，现就有关事项{words}：\n一、强化队伍建设\n（一）开展执法培训。\n"
                 "二、强化制度建设\n（一）修订执法制度。\n")
    assert meta.get("kind") == "plan"


@pytest.mark.parametrize("heading", ["总体情况", "基本情况", "主要做法", "工作成效", "主要成效", "完成情况", "开展情况",
                                     "存在问题", "存在的问题", "下一步", "工作打算", "主要工作"])
def test_report_headings_make_a_report(heading):
    # no title and no telling opening: two report headings make it a report (one is not enough)
    second = "开展情况" if heading == "完成情况" else "完成情况"
    meta = _meta(f"某县交通运输局\n一、{heading}\n全年组织执法培训6次，查处违法案件120件。\n二、{second}\n"
                 "继续加强执法队伍建设。\n")
    assert meta.get("kind") == "report"


@pytest.mark.parametrize("organ", ["县委", "县政府", "县人民政府", "县人大"])
def test_the_leadership_a_report_thanks_names_its_level(organ):
    meta = _meta(f"2023年，在{organ}的坚强领导下，交通运输执法工作取得明显成效，全年查处违法案件120件，组织培训6次。\n"
                 "一、主要工作\n全年组织培训6次。\n")
    assert meta.get("level") == "county"


@pytest.mark.parametrize("sep", ["|", "｜", "："])
def test_a_field_block_in_any_separator_gives_the_title(sep):
    # (the issuer of a label|value line is not pinned here: it keeps its label, a known fault)
    meta = _meta(f"名称{sep}某县2024年道路运输安全生产工作要点\n发布机构{sep}某县交通运输局\n\n"
                 "为加强全县道路运输安全生产工作，制定本要点。\n一、重点任务\n1.开展隐患排查。\n")
    assert meta.get("title") == "某县2024年道路运输安全生产工作要点"


# -- page furniture (analysis/corpus.py) -----------------------------------------------------------

from analysis.parse.corpus import normalize  # noqa: E402

# the labels of a page's field block and the field names of a law database, written out (not read from the
# module: a label dropped from its table must fail here)
PAGE_LABELS = ("来源 信息来源 文章来源 稿件来源 发布时间 发布日期 发布机构 发布单位 发布者 作者 公开方式 公开时限 公开范围 公开日期 "
               "统一登记号 字号 浏览次数 点击数 阅读次数 访问量 当前位置 您当前的位置 您现在的位置 您现在所在的位置 您的位置 所在位置 "
               "责任编辑 编辑 审核 校对 扫一扫 分享到 分享至 所属机构 有效性 日期 文字大小 上传人 上传时间 编号").split()
FIELD_NAMES = ("索引号 主题分类 时效性 效力级别 施行日期 发文机关 发文日期 发文字号 成文日期 发布机关 公布日期 实施日期 打印本页 "
               "关闭窗口 打印文本 【打印】 【关闭】 [打印] [关闭]").split()

_PLAN = "某县2024年道路运输安全生产工作要点\n为加强全县道路运输安全生产工作，制定本要点。\n一、重点任务\n1.开展隐患排查。\n"


def _first_line(text: str) -> str:
    return normalize(text)[0].split("\n")[0]


@pytest.mark.parametrize("label", PAGE_LABELS)
@pytest.mark.parametrize("sep", ["：", " "])
def test_every_page_label_above_a_plan_is_furniture(label, sep):
    assert _first_line(f"{label}{sep}某县交通运输局\n{_PLAN}") == "某县2024年道路运输安全生产工作要点"


@pytest.mark.parametrize("name", FIELD_NAMES)
def test_every_law_database_field_name_is_furniture(name):
    assert _first_line(f"{name}某县交通运输局\n{_PLAN}") == "某县2024年道路运输安全生产工作要点"


@pytest.mark.parametrize("word", ["记者", "通讯员", "编辑", "责任编辑", "审核", "校对", "来源"])
def test_a_bracketed_byline_is_furniture(word):
    assert _first_line(f"（{word}：王五）\n{_PLAN}") == "某县2024年道路运输安全生产工作要点"


@pytest.mark.parametrize("tail", ["由会员分享", "可在线阅读", "来自某某文库", "免费下载"])
def test_a_document_sharing_wrapper_is_furniture(tail):
    assert _first_line(f"《某县工作要点.docx》{tail}\n{_PLAN}") == "某县2024年道路运输安全生产工作要点"


# -- structure (analysis/structure.py) ----------------------------------------------------------

from analysis.parse.corpus import Document  # noqa: E402
from analysis.parse.structure import parse_document  # noqa: E402


def _clauses(text: str, task: int = 1) -> list[tuple[str, str | None]]:
    doc = Document(meta={"doc_id": "t", "kind": "plan", "title": ""}, source=text, text=text,
                   origin=list(range(len(text))))
    return [(c.text, c.parenthetical) for c in parse_document(doc).tasks[task - 1].clauses]


@pytest.mark.parametrize("label", ["完成时限", "完成时间"])
def test_a_deadline_note_without_a_colon_is_a_note(label):
    text = f"一、主要任务\n1.加强河道管理。清理河道垃圾（{label}2024年底前）。\n2.强化水质监测。建设监测站点。\n"
    assert _clauses(text) == [("清理河道垃圾", f"（{label}2024年底前）")]


def test_a_cut_off_note_after_a_bracket_left_open_in_the_text():
    # the stray （ of 含县区站点 is text; the note is the last bracket, closed after its last whole item
    text = "一、主要任务\n1.加强河道管理。清理河道垃圾。\n2.强化水质监测。建设监测站点（含县区站点（牵头单位：市水利局、市财"
    assert _clauses(text, 2) == [("建设监测站点（含县区站点", "（牵头单位：市水利局）")]


# -- flattened tables (analysis/text_tables.py) ---------------------------------------------------

from analysis.parse.text_tables import find_text_tables  # noqa: E402


@pytest.mark.parametrize("heading", [f"{n}{sep}水质监测" for n in "二三四五六七八九十" for sep in "、."]
                         + [f"（{n}）水质监测" for n in "二三四五六七八九十"])
def test_a_part_heading_between_the_rows_of_a_flattened_table(heading):
    table, = find_text_tables(["序号 重点任务 牵头单位 完成时限", "1 加强河道管理，清理河道垃圾 市水利局 2023年底", heading,
                               "2 强化水质监测，建设监测站点 市水利局 2024年底"])
    assert table.headings == [2]
    assert [(table.column_cells(r, "task"), table.column_cells(r, "lead")) for r in table.rows] == [
        (["加强河道管理，清理河道垃圾"], ["市水利局"]), (["强化水质监测，建设监测站点"], ["市水利局"])]


# -- one-line pages (analysis/one_line.py) -------------------------------------------------------

from analysis.parse.one_line import one_line_breaks  # noqa: E402

_ONE_LINE_BODY = ("坚持安全第一、预防为主，全面落实企业主体责任。二、重点任务（一）开展隐患排查。全面排查道路运输企业安全隐患，"
                  "建立问题清单。（牵头单位：县交通运输局）（二）加强执法检查。严格查处违法违规行为。（牵头单位：县交通运输局）")


def _pieces(text: str) -> list[str]:
    cuts = [0, *one_line_breaks(text), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:])]


@pytest.mark.parametrize("opener", ['"', "“", "《", "2"])
def test_a_run_in_heading_may_open_with_a_quote_a_title_or_a_number(opener):
    text = ("某县2024年道路运输安全生产工作要点为加强全县道路运输安全生产工作，结合实际，制定本要点。一、总体要求"
            f"坚持安全第一，全面落实企业主体责任。二、{opener}平安交通创建（一）{opener}平安交通创建。全面排查道路运输企业"
            "安全隐患，建立问题清单。（牵头单位：县交通运输局）（二）加强执法检查。严格查处违法违规行为。（牵头单位：县交通运输局）")
    pieces = _pieces(text)
    assert f"二、{opener}平安交通创建" in pieces and any(p.startswith(f"（一）{opener}") for p in pieces)


@pytest.mark.parametrize("end", ["方案", "要点", "计划", "规划", "意见", "报告", "总结", "清单", "措施", "安排", "细则"])
def test_a_title_run_into_the_first_words_of_the_text(end):
    title = f"某县关于加强道路运输安全管理的{end}"
    pieces = _pieces(f"{title}为加强全县道路运输安全管理，结合实际，制定本{end}。一、总体要求{_ONE_LINE_BODY}")
    assert pieces[:2] == [title, f"为加强全县道路运输安全管理，结合实际，制定本{end}。"]


@pytest.mark.parametrize("words", ["由会员分享", "可在线阅读", "来自某某文库", "下载文档", "上传人：某某"])
def test_a_sharing_sites_wrapper_above_a_one_line_page(words):
    wrapper = f"{words}，共12页，欢迎阅读与收藏，更多相关资料请访问本站首页的相关栏目"  # longer than 30 characters
    title = "某县2024年道路运输安全生产工作要点"
    pieces = _pieces(f"{wrapper}\n{title}为加强全县道路运输安全生产工作，结合实际，制定本要点。一、总体要求{_ONE_LINE_BODY}")
    assert pieces[0] == f"{wrapper}\n{title}"


@pytest.mark.parametrize("organ", ["某县政府", "某县交通局", "某省交通运输厅", "某县政府办公室", "国务院", "某县安全生产委员会"])
def test_a_page_field_whose_organ_runs_into_the_document_number(organ):
    text = (f"发布机构：{organ}某政发〔2024〕3号某县2024年道路运输安全生产工作要点为加强全县道路运输安全生产工作，"
            f"结合实际，制定本要点。一、总体要求{_ONE_LINE_BODY}")
    pieces = _pieces(text)
    assert pieces[:2] == [f"发布机构：{organ}", "某政发〔2024〕3号"]


# -- task tables (analysis/ingest/task_tables.py) --------------------------------------------------

from analysis.ingest.task_tables import column_roles  # noqa: E402

#: every header word a task table writes, by the column it names (written out, not read from the module:
#: a word dropped from COLUMN_WORDS must fail here)
HEADER_WORDS = {
    "deadline": "完成时限 完成时间 时间节点 时限要求 完成期限 截止时间 进度安排 时间安排 时间进度 办结时限 时限 期限",
    "leader": "牵头领导 责任领导 分管领导 分管省领导 分管市领导 分管县领导 分管区领导 联系领导 包保领导 责任人 联系人",
    "lead": "牵头单位 牵头部门 牵头处室 牵头科室 牵头股室 主责单位 主责部门 主办单位 牵头责任单位 牵头负责部门 主要责任单位 牵头",
    "supporting": "配合单位 配合部门 配合处室 参与单位 参与部门 协办单位 协同单位 协助单位 配合",
    "responsible": "责任单位 责任部门 责任处室 责任科室 责任股室 责任主体 实施主体 负责单位 负责部门 承办单位 承担单位 "
                   "实施单位 实施部门 落实单位 责任",
    "no": "序号 编号 项次 序",
    "target": "工作目标 预期目标 目标要求 完成标准 预期成果 成果形式 考核指标 绩效目标",
    "note": "备注 说明",
    "text": "具体措施 细化分工 具体任务 具体内容 任务内容 工作内容 主要内容 工作措施 主要措施 工作举措 改革举措 政策措施 具体工作 "
            "工作事项 任务事项 重点任务 主要任务 工作任务 重点工作 任务名称 任务分解 重点领域 工作类别 任务类别 类别 领域 事项 措施 举措 "
            "任务 内容 项目",
}


@pytest.mark.parametrize("role, word", [(r, w) for r, words in HEADER_WORDS.items() for w in words.split()])
def test_every_header_word_a_task_table_writes(role, word):
    assert column_roles([word]) == [role]


# -- units (analysis/extract/units.py) -----------------------------------------------------------

from analysis.parse.extract import read_parenthetical  # noqa: E402


@pytest.mark.parametrize("sep", ["，", "；"])
def test_a_deadline_closing_a_unit_list_after_a_semicolon_or_a_comma(sep):
    note = read_parenthetical(f"（责任单位：县交通局，县公安局{sep}年底前完成）")
    assert (note.units_as_written, note.deadline_raw) == (("县交通局", "县公安局"), "年底前完成")


@pytest.mark.parametrize("end", ["方案", "要点", "计划", "规划", "意见", "报告", "总结", "情况", "汇报", "清单", "措施", "安排",
                                 "通知"])
@pytest.mark.parametrize("period", ["", "（2024—2026年）"])
def test_a_first_part_run_into_the_title(end, period):
    # …三年行动方案（2024—2026年）一、总体要求…: the first part heading follows the title, the next ones follow it
    title = f"某县道路运输安全生产三年行动{end}{period}"
    pieces = _pieces(f"{title}一、总体要求{_ONE_LINE_BODY * 2}")
    assert pieces[0] == title and pieces[1].startswith("一、总体要求") and "二、重点任务" in pieces
