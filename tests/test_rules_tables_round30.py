"""Mutation round 13 (issue 15): the rule tables round 30 added (structure, corpus, units, metadata, one_line,
text_tables), seed 12's survivors left unpinned, and ``analysis/parse/text_tables.py`` whole.

As the other ``test_rules_tables_*`` files: each test is one table (a regex alternation, a character class, a tuple of
words, a threshold) and its cases run **every** alternative of it, one short invented text per alternative, in my own
words, asserting what a reader sees (a title, an issuer, a task, a unit, a line kept or cut), so that dropping any one
alternative fails a case. Alternatives that cannot change what the module does are listed, with the reason, in
``scripts/mutation_equivalent.md``; what is left, and why, in ``scripts/mutation_results.md`` (round 13)."""
import pytest

from convention_docs import normalized, plan_corpus, rows

from analysis.parse.corpus import normalize
from analysis.parse.text_tables import is_unit_list


# == seed 12's survivors ============================================================================================

@pytest.mark.parametrize("cell", [
    "市水利局、市财政局（由各县区人民政府负责牵头落实）",      # 牵头
    "市水利局、市财政局（以上单位均按此执行，下同）",          # 下同
    "市水利局、市财政局（排在首位的单位负责汇总报送）",        # 首位
    "市水利局、市财政局（排名第一的单位负责汇总报送）",        # 第一
    "市水利局、市财政局（排在首位的单位负责汇总报送）。",      # a stop after the note
    "市水利局、市财政局（排在首位的单位负责汇总报送）；",
])
def test_a_unit_cell_closed_by_a_long_standing_note_lists_units(cell):
    """``STANDING_NOTE``, every word (牵头 下同 首位 第一), both outer brackets and the stop after it: a cell whose list of
    bodies closes with a standing rule longer than a remark (ten characters or more) still lists units only — the
    rule is taken off before the names are read."""
    assert is_unit_list(cell)


def test_a_bare_list_of_units_closing_a_line_with_a_trailing_space():
    """``_RESP_PAREN``'s last alternative, its space before the line end: a task closed by a bare list of bodies in
    brackets, the line padded with a space after it (the normalizer keeps it), names the bodies."""
    c = plan_corpus(normalized("某县河道管护工作方案\n一、主要任务\n1.清理河道垃圾，每月巡查一次（县水利局、县林业局） \n"
                               "2.修复生态岸线。\n"))
    assert rows(c.units, ["task_seq", "unit", "role"]) == [(1, "县水利局", "responsible"), (1, "县林业局", "responsible")]


_LONG_HEADING = "加强河湖管护巡查队伍建设完善河长制工作考核评价体系推进河湖长效管护机制建设工作"  # 40 characters, no sign


_NUMERALS = "一二三四五六七八九十"


@pytest.mark.parametrize("marker", ["三.", "三．", "(三)", "3.", "3．", "3﹒", "3、", "3）", "3)", "(3)", "（3）", "③"]
                         + [f"{n}、" for n in _NUMERALS] + [f"（{n}）" for n in _NUMERALS]
                         + [f"第{n}{w}" for n in _NUMERALS for w in ("章", "节", "条", "部分")])
def test_a_long_last_line_opening_with_an_item_marker_is_no_trailer(marker):
    """``_MARKER`` as the trailer cut reads it (before the width step, so the full-width ． counts): a last line of
    forty characters without a sentence's sign is a page's navigation, cut — unless it opens with an item marker,
    when it is the text's last heading."""
    source = f"某县河湖管护工作方案\n一、主要任务\n清理河道垃圾。\n{marker}{_LONG_HEADING}\n"
    assert [w.message for w in normalize(source)[3] if w.kind == "trailer_cut"] == []
    assert _LONG_HEADING in normalize(source)[0]


# == text_tables: round 30's category column and task header ========================================================

@pytest.mark.parametrize("task_header", ["工作任务", "重点工作", "工作事项", "具体工作"])
def test_a_piece_of_work_column_before_a_measures_column_holds_the_task(task_header):
    """``_TASK_HEADER``, every word (任务, 重点工作, 工作事项, 具体工作): under 序号 {word} 落实措施 牵头单位 完成时限, every row
    with its own cell in the first column, the tasks are that column's cells, not the measures."""
    c = plan_corpus(normalized(
        f"某县全民健身设施补短板工作方案\n序号\n{task_header}\n落实措施\n牵头单位\n完成时限\n"
        "1\n建设一批社区健身步道\n利用河道绿地和闲置空地新建健身步道。\n县住房城乡建设局\n2023年10月底前\n"
        "2\n完善体育公园配套设施\n在县城体育公园增设笼式足球场两处。\n县文化旅游体育局\n2023年12月底前\n"))
    assert list(c.tasks.title) == ["建设一批社区健身步道", "完善体育公园配套设施"]


@pytest.mark.parametrize("heading", [f"{n}、生态保护" for n in _NUMERALS] + [f"{n}.生态保护" for n in "三七"]
                         + [f"（{n}）生态保护" for n in _NUMERALS])
def test_a_category_cell_of_any_numeral_on_its_first_row_s_line(heading):
    """``_HEADING_CELL``, every numeral in both forms (一、 · 一. · （一）): in a table whose category column stands left of
    序号, the category's cell printed on the line of the first row it spans is a heading over the rows; that row is
    read whole (its number, its task, its unit)."""
    from analysis.parse.text_tables import find_text_tables
    [table] = find_text_tables(["类别 | 序号 | 工作任务 | 牵头单位 |", f"{heading} | 1 | 清理河道垃圾。 | 县水利局 |",
                                "2 | 修复岸线。 | 县林业局 |"])
    assert [r.no for r in table.rows] == ["1", "2"]
    assert [c.text for c in table.rows[0].cells] == ["1", "清理河道垃圾。", "县水利局"]


# == structure: tasks numbered by a named numeral (``_NAMED_RE``, ``_named_items``) =================================

@pytest.mark.parametrize("word", ["工程", "行动", "任务", "举措", "项目", "活动", "专项", "计划", "板块", "事项",
                                  "专项行动", "重点任务", "主要任务", "攻坚行动"])
def test_tasks_numbered_by_any_named_numeral(word):
    """``_NAMED_RE``, every word and every word before it (专项 重点 主要 攻坚): two items {word}一、… {word}二、… are
    tasks numbered by a named numeral."""
    from analysis.parse.structure import _task_marker
    assert _task_marker([f"{word}一、清理河道", f"{word}二、修复堤防"]) == "named"


@pytest.mark.parametrize("sign", ["、", "：", ".", " ", "\t", "\u3000", "、 ", "、\t", "、\u3000"])
def test_a_named_numeral_with_any_sign_after_it(sign):
    """``_NAMED_RE``'s signs after the numeral (、 ： . and a run of spaces) and the spaces after a sign."""
    from analysis.parse.structure import _task_marker
    assert _task_marker([f"行动一{sign}清理河道", f"行动二{sign}修复堤防"]) == "named"


def test_named_numerals_read_as_tasks_through_the_plan():
    """The public path: 专项行动一 … 专项行动三 under a part are the plan's tasks, numbered as printed."""
    c = plan_corpus(normalized("某县河湖管护工作方案\n一、主要任务\n专项行动一、清理河道垃圾。每月巡查一次。\n"
                               "专项行动二、修复生态岸线。年内完成。\n专项行动三、建设监测站点。实现全覆盖。\n"))
    assert rows(c.tasks, ["task_no", "title"]) == [("专项行动一", "清理河道垃圾"), ("专项行动二", "修复生态岸线"),
                                                   ("专项行动三", "建设监测站点")]


# == structure: a report's 基本情况 of activities (``_ACTIVITY_ITEM``, ``_reports_activities``) ====================

def _report(text: str):
    from analysis.io.tables import build_corpus
    from analysis.parse.corpus import Document
    text = normalized(text)
    return build_corpus([Document(meta={"doc_id": "t", "kind": "report", "title": "", "level": "county"}, source=text,
                                  text=text, origin=list(range(len(text))))])


_ACTIVITIES = ["运行", "开展", "落实", "完成", "推进", "实施", "执行", "办理", "建设", "培训", "互动", "公开", "整改", "办结"]


@pytest.mark.parametrize("word", _ACTIVITIES)
def test_a_basic_situation_of_any_activity_is_the_work_reported(word):
    """``_ACTIVITY_ITEM``, every word: a report's 一、基本情况 whose （一）（二） items each say how a piece of work went
    (…{word}情况) holds the work reported — its items are the tasks."""
    c = _report(f"一、基本情况\n（一）网站{word}情况\n全年发布信息五百条。\n（二）窗口{word}情况\n全年受理事项三千件。\n"
                "二、存在问题\n人员力量不足。\n")
    assert list(c.tasks.task_no) == ["（一）", "（二）"]


@pytest.mark.parametrize("items, read", [
    (["网站运行情况", "窗口办理情况", "人员编制"], True),             # two of three report work: most
    (["网站运行情况", "窗口办理情况", "人员编制", "部门职责"], False),   # two of four: not most
    (["网站运行情况"], False),                                      # one item is no list of activities
])
def test_most_items_of_a_basic_situation_must_report_work(items, read):
    """``_reports_activities``' bounds: two items at least, and more than half of them on how a piece of work went."""
    body = "".join(f"（{_NUMERALS[k]}）{t}\n全年共计五百件。\n" for k, t in enumerate(items))
    c = _report(f"一、基本情况\n{body}二、存在问题\n人员力量不足。\n")
    assert (list(c.tasks.task_no)[:len(items)] == [f"（{_NUMERALS[k]}）" for k in range(len(items))]) is read


# == structure: a notice that divides its tasks in the sentence before 现将有关事项通知如下 (``_DIVIDES_ITSELF``) ==========

_OWN_PARTS = ("一、细化分工抓落实。各乡镇把承担的任务逐项列入本单位年度计划。\n"
              "二、加强调度抓推进。县农业农村局每月汇总一次进展情况。\n")


def _cover_tasks(sentence: str) -> list:
    return list(plan_corpus(normalized(f"各乡镇人民政府：\n{sentence}\n{_OWN_PARTS}")).tasks.task_no)


@pytest.mark.parametrize("sentence", [
    "县政府决定将工作任务逐项分解下达。现将有关事项通知如下：",
    "县政府决定将工作任务分解落实到各单位。现将有关事项通知如下：",
    "县政府决定将重点任务分解下达各乡镇。现将有关事项通知如下：",
])
def test_a_notice_that_said_it_divides_its_tasks_before(sentence):
    """``_DIVIDES_ITSELF``, its third alternative (任务(逐项)分解下达/落实…。现将有关事项通知如下): the notice divides the
    tasks itself; its parts 一、二、, which assign no unit, are its requirements — no tasks."""
    assert _cover_tasks(sentence) == []


@pytest.mark.parametrize("sentence", [
    "县政府决定将工作任务逐项分解下达，各乡镇抓好落实，确保年底前全部完成。现将有关事项通知如下：",  # more than 12 after
    "县政府决定将工作任务逐项安排部署。现将有关事项通知如下：",
])
def test_a_notice_that_divides_nothing_before_keeps_its_parts(sentence):
    """The counter-cases: the division said too far before 现将…, or no division: the parts are tasks."""
    assert _cover_tasks(sentence) == ["一", "二"]


# == units: a unit list whose label names the bodies' leaders too (``_LEADER_AFTER_UNIT``) ============================

@pytest.mark.parametrize("leader", ["主要领导", "分管领导", "主要负责人", "主要负责同志", "负责同志", "负责人"])
@pytest.mark.parametrize("sign", ["、", "，", "；", "。", ""])
def test_a_bodys_leader_after_its_name_is_no_part_of_it(leader, sign):
    """``_LEADER_AFTER_UNIT``, every leader's word and every sign after it (、 ， ； 。 the note's end): under
    责任单位及责任人, 县水利局主要负责人 names 县水利局."""
    from analysis.parse.extract.units import read_parenthetical
    tail = f"{sign}县财政局" if sign else ""
    p = read_parenthetical(f"（责任单位及责任人：县水利局{leader}{tail}）")
    assert p.units_as_written[0] == "县水利局"


# == structure: a unit column naming each body with its head (``_row_note``) ========================================

@pytest.mark.parametrize("header", ["牵头单位及负责人", "牵头单位及领导"])
def test_a_unit_column_naming_its_heads_keeps_the_bodies(header):
    """``_row_note``'s header words (负责人 领导): a unit column that names each body with its head (市民政局 李某)
    gives the body as the unit, not the head's name. (责任人 is not reached: a column 牵头单位及责任人 is read as the
    leaders' — scripts/mutation_results.md, round 13.)"""
    c = plan_corpus(normalized(f"某市民生实事任务分解表\n序号 | 工作任务 | {header} | 完成时限 |\n"
                               "1 | 提高城乡低保标准。 | 市民政局 李某 | 2026年底 |\n2 | 新开通公交线路五条。 | 市交通运输局 赵某 | 2026年6月 |\n"))
    assert rows(c.units, ["task_seq", "unit"]) == [(1, "市民政局"), (2, "市交通运输局")]


# == one_line: a news lead, then the notice it carries (``_LEAD_THEN_NOTICE``) ======================================

_NOTICE = "某省水利厅关于公布第二批节水型社会示范县名单的{kind}"
_AFTER = ("各市、县水利局{colon}根据评审结果，确定二十个县为第二批节水型社会示范县，现予以公布。有关事项通知如下：一、加强示范引领。"
          "各示范县要总结推广节水经验，发挥示范带动作用。二、强化动态管理。省水利厅将对示范县开展复核。某省水利厅2026年5月8日")


def _lead_page(end="。", before=" ", kind="通知", after=" ", colon="："):
    return (f"近日，某省水利厅发布通知，确定了二十个县为第二批节水型社会示范县。其中，某县上榜{end}{before}"
            f"{_NOTICE.format(kind=kind)}{after}{_AFTER.format(colon=colon)}")


@pytest.mark.parametrize("page", [_lead_page(end=e) for e in "。！？"] + [_lead_page(before=b) for b in ("", " ", "\t", "  ")]
                         + [_lead_page(kind=k) for k in ("通知", "函", "意见", "决定", "批复")]
                         + [_lead_page(after=a) for a in ("", " ", "\t")])
def test_a_notice_title_after_a_news_lead_on_a_one_line_page(page):
    """``_LEAD_THEN_NOTICE``, every sentence end before the title (。！？), the spaces around it, every kind word (通知 函
    意见 决定 批复): on a one-line page, the notice's title after a news lead's sentences, its addressees run into it
    (…上榜。某省水利厅关于…的通知各市、县水利局：…), is a line of its own."""
    from analysis.parse.one_line import one_line_breaks
    breaks = one_line_breaks(page)
    title = page[page.index("某省水利厅关于"):page.index("各市、县水利局")].strip(" \t")
    assert page.index(title) in breaks and page.index(title) + len(title) in breaks


_LEAD = "近日，某省水利厅发布通知，确定了二十个县为第二批节水型社会示范县。其中，某县上榜。"
_TITLE_30 = "某省水利厅关于公布第二批节水型社会示范县名单的通知"


@pytest.mark.parametrize("inserted, title", [("据悉。", True), ("据悉；", False), ("附：", False), ("据悉，", False)])
def test_a_notice_title_after_a_lead_holds_no_sentence_sign(inserted, title):
    """``_LEAD_THEN_NOTICE``'s refused signs in the title: the title opens right after a sentence end (。！？) and runs
    over no 。 ； ： ， — after 据悉。 it opens at 某省水利厅关于…; after 据悉； 附： 据悉， no title is cut out (and none
    opens at 据悉 or 附)."""
    from analysis.parse.one_line import one_line_breaks
    page = f"{_LEAD}{inserted}{_TITLE_30}{_AFTER.format(colon='：')}"
    breaks = one_line_breaks(page)
    assert (page.index(_TITLE_30) in breaks) is title
    assert page.index(inserted) not in breaks


@pytest.mark.parametrize("after", ["各地要高度重视。具体要求如下：", "各地要高度重视；具体要求如下：", "各地：认真落实以下要求："])
def test_no_notice_title_where_no_addressees_follow(after):
    """``_LEAD_THEN_NOTICE``'s addressees (各… up to the first colon, over no 。 ； ：): a notice title after a lead, followed by
    a sentence that only opens with 各, is not cut out as the notice's title line."""
    from analysis.parse.one_line import one_line_breaks
    page = f"{_LEAD}{_TITLE_30}{after}一、加强示范引领。各示范县要总结推广节水经验。某省水利厅2026年5月8日"
    assert page.index(_TITLE_30) not in one_line_breaks(page)


# == corpus: an anti-copy page's noise (``_remove_copy_noise``, ``_stamped_site_names``) ============================

_NOISY = "关于河道整治的批复\nQx7;Lm{aR2 你局请示收悉。Hj3_Wq!eR\nZu9@Kc~Lp 一、同意立项。Vb2^Nm$Xt\n二、按程序开展设计。"


@pytest.mark.parametrize("times, gone", [(3, True), (4, True), (2, False)])
def test_a_site_name_stamped_three_times_or_more_goes(times, gone):
    """``_stamped_site_names``' bound: on a noisy page, a name ending in 网 stamped three times or more is the site's,
    removed; twice is a word of the text, kept."""
    page = _NOISY + "".join(f"某某河湖资讯网第{k}段。" for k in range(times)) + "Tr4&Yq#Ws\n"
    assert ("河湖资讯网" not in normalize(page)[0]) is gone


@pytest.mark.parametrize("tail, after", [(" Ab", "某市水利局"), ("\tAb", "某市水利局"), (" Ab", "\n某市水利局"), (" Ab", "")])
def test_a_short_tail_after_a_noise_run_goes(tail, after):
    """``_remove_copy_noise``'s tails: a run of one to four letters after a noise run, past a space or a tab, before a
    Chinese character, a line end or the page's end (2Ab)cD UQ二〇…), is the run's tail, removed."""
    page = f"{_NOISY}\nTr4&Yq#Ws{tail}{after}"
    assert "Ab" not in normalize(page)[0]


def test_a_site_name_in_traditional_characters_stamped_three_times_goes():
    """``_stamped_site_names``' 網: the traditional form of the site's name (某某水利資訊網) is stamped before the text is
    converted, and goes as the simplified one does."""
    page = _NOISY + "".join(f"某某水利資訊網第{k}段。" for k in range(3)) + "Tr4&Yq#Ws\n"
    assert "资讯" not in normalize(page)[0]


@pytest.mark.parametrize("size, noisy", [(5, True), (4, False)])
def test_a_noise_run_has_five_characters_at_least(size, noisy):
    """``_noise_run``'s bound: five runs of capitals, small letters and signs of five characters make a noisy page
    (removed); of four characters they are no noise (kept)."""
    runs = ["Qx;Lm", "Hj_Wq", "Zu@Kc", "Vb^Nm", "Tr&Yq"]
    page = "关于河道整治的批复\n" + "".join(f"{r[:size]} 第{k}段。\n" for k, r in enumerate(runs))
    assert ("Hj_W" not in normalize(page)[0]) is noisy


@pytest.mark.parametrize("address", ["ftp://Qx;Lm", "www.Qx;Lm", "Qx;Lm@mail.zz"]
                         + [f"Qx;Lm.{w}" for w in ("com", "cn", "net", "org", "gov", "htm", "html", "shtml", "jsp", "php", "aspx",
                                                   "pdf", "docx")])
def test_an_address_is_no_noise_run(address):
    """``_noise_run``'s addresses (://, www., a site's or a file's ending, @mail.): beside four noise runs, a fifth run of
    capitals, small letters and signs that is an address does not make the page noisy — the four stay."""
    runs = ["Hj_Wq", "Zu@Kc", "Vb^Nm", "Tr&Yq"]
    page = "关于河道整治的批复\n" + "".join(f"{r} 第{k}段。\n" for k, r in enumerate(runs)) + f"详见 {address} 网页。\n"
    assert "Hj_Wq" in normalize(page)[0]


@pytest.mark.parametrize("raw, clean", [("甲，；乙", "甲；乙"), ("甲，：乙", "甲：乙"), ("甲，！乙", "甲！乙"), ("甲，？乙", "甲？乙"),
                                        ("甲，。乙", "甲。乙"), ("甲，、乙", "甲、乙"), ("甲，，乙", "甲，乙")])
def test_a_comma_doubled_before_any_sign_goes(raw, clean):
    """``_remove_doubled_commas``, every sign after the comma (， 。 、 ； ： ！ ？): the comma a text spinner left goes."""
    assert normalize(raw)[0] == clean


@pytest.mark.parametrize("address", ["https://example.com/a_b?x=1", "www.example.com/a_b?x=1"])
def test_an_address_on_a_noisy_page_stays(address):
    """``_remove_copy_noise``'s addresses: on a noisy page every run of letters and signs goes, but an address (with ://
    or www.) is the text's, kept."""
    page = _NOISY + f"\n详见 {address} 网页。\nTr4&Yq#Ws\n"
    assert "example.com/a_b?x=1" in normalize(page)[0]  # (the width step writes the colon of https:// full-width)


# == text_tables whole (``analysis/parse/text_tables.py``) ==========================================================

_BODIES = {"局": "临河县水利局", "队": "临河县交警大队", "处": "临河县河道管理处", "部门": "临河县有关部门", "单位": "临河县直各单位",
           "委": "临河县发改委", "厅": "临河省水利厅", "室": "临河县档案室", "所": "临河县水文所", "站": "临河县水土保持站",
           "院": "临河县人民法院", "会": "临河县总工会", "办": "临河县河长办", "中心": "临河县政务服务中心", "部": "临河县委宣传部",
           "组": "临河县河湖管护领导小组", "科": "临河县水利局规划科", "股": "临河县水利局水政股", "机关": "临河县直机关",
           "机构": "临河县有关机构", "政府": "临河县各乡镇人民政府", "司": "临河县供水公司", "署": "临河县审计署",
           "馆": "临河县档案馆", "社": "临河县供销社", "联": "临河县妇联", "协": "临河县科协", "集团": "临河县水务集团",
           "区": "临河经济开发区", "县": "临河县", "市": "临河市", "镇": "临河县城关镇", "乡": "临河县白水乡", "街道": "临河县东城街道"}


@pytest.mark.parametrize("end", list(_BODIES))
def test_a_cell_of_bodies_ending_on_any_organ_word_lists_units(end):
    """``_UNIT_END``, every ending (局 队 处 部门 … 街道): a cell naming a body that ends so (then a second one) lists units."""
    assert is_unit_list(f"{_BODIES[end]}、县财政局")


@pytest.mark.parametrize("remark", ["（牵头）", "(牵头)", "（含所属二级单位）"])
def test_a_body_with_a_short_remark_in_brackets_is_a_unit(remark):
    """``_UNIT_END``'s remark: a body's name may close with a remark in brackets of one to ten characters."""
    assert is_unit_list(f"临河县水利局{remark}、县财政局")
    assert not is_unit_list(f"临河县水利局（负责全县河湖管护工作的统筹协调）、县财政局")  # (fifteen: no remark)


@pytest.mark.parametrize("sign", ["", ".", "、"])
def test_a_row_number_alone_in_its_cell_with_a_sign(sign):
    """``_ROW_NO``'s signs: in a table flattened one cell a line without its header, the first row's number written 1.
    or 1、 alone between bars is still its number — the three rows are read."""
    from analysis.parse.text_tables import find_text_tables
    rows_ = [("清理河道垃圾", "县水利局", "2024年底前"), ("修复生态岸线", "县林业局", "2024年6月底前"),
             ("建设监测站点", "县环境监测站", "2024年9月底前")]
    text = "\n".join(f"{k}{sign if k == 1 else ''}\n|\n{a}\n|\n{b}\n|\n{c}\n|" for k, (a, b, c) in enumerate(rows_, 1))
    assert [[c.text for c in r.cells] for t in find_text_tables(text.split("\n")) for r in t.rows] == [
        [str(k), *r] for k, r in enumerate(rows_, 1)]


@pytest.mark.parametrize("space", [" ", "\t", "\xa0"])
def test_a_pipe_table_padded_with_any_space(space):
    """``_WS``, every space the normalizer leaves (space, tab, no-break space): a table whose lines open and whose bars
    are padded with it is read, every row whole."""
    from analysis.parse.text_tables import find_text_tables
    w = space
    lines = [f"{w}序号{w}|{w}工作任务{w}|{w}牵头单位{w}|{w}完成时限{w}|", f"{w}1{w}|{w}清理河道垃圾{w}|{w}县水利局{w}|{w}2024年底{w}|",
             f"{w}2{w}|{w}修复生态岸线{w}|{w}县林业局{w}|{w}2024年6月底{w}|"]
    assert [[c.text for c in r.cells] for t in find_text_tables(lines) for r in t.rows] == [
        ["1", "清理河道垃圾", "县水利局", "2024年底"], ["2", "修复生态岸线", "县林业局", "2024年6月底"]]


@pytest.mark.parametrize("heading", ["三.水质监测", "三、水质监测", "（三）水质监测"])
def test_a_part_heading_with_a_dot_between_rows_is_no_cell(heading):
    """``_HEADING``'s signs (、 . and brackets): a part heading printed between a table's rows 1 and 2 is a heading, not
    a cell of row 1."""
    from analysis.parse.text_tables import find_text_tables
    [table] = find_text_tables(["序号 工作任务 牵头单位 完成时限", "1 清理河道垃圾 市水利局 2024年底", heading,
                                "2 建设监测站点 市环境监测站 2024年9月底"])
    assert [r.no for r in table.rows] == ["1", "2"] and table.headings == [2]


@pytest.mark.parametrize("when", ["力争2025年见效", "着眼长期抓好", "保证投入持续"])
def test_a_headerless_tables_cell_naming_a_year_or_the_long_term_is_its_deadline(when):
    """``_DATE_WORDS``' 20…年, 长期 and 持续 where the deadline reader reads no date (力争2025年见效 · 着眼长期抓好 ·
    保证投入持续): in a table without its header, the cell goes in the deadline column."""
    from convention_docs import headerless_table
    table = headerless_table([("清理河道垃圾", "市水利局", when), ("治理水土流失", "市水利局", "2024年6月底前"),
                              ("建设监测站点", "市环境监测站", "2024年9月底前")])
    assert table.column_cells(table.rows[0], "deadline") == [when]


@pytest.mark.parametrize("year", ["1999", "2009"])
def test_an_item_number_before_a_year_of_either_century(year):
    """``_AFTER_ITEM_NUMBER``, both centuries: an item number may run into a year after its dot (1.1999年底前，完成…):
    the items are the tasks, numbered 1 and 2."""
    c = plan_corpus(normalized(f"某县河道管护工作方案\n一、主要任务\n1.{year}年底前，完成河道清淤。\n2.{year}年6月底前，建成监测站点。\n"))
    assert list(c.tasks.task_no) == ["1", "2"]
