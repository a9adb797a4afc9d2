"""Mutation round 10 (issue 15): whole rule tables of the metadata reader (``analysis/parse/metadata.py``), the
confidence rules (``analysis/parse/confidence.py``) and the division table (``analysis/parse/divisions.py``).

Rounds 4–9 pinned the mutants their samples met, one alternative at a time; a fresh sample then met mostly
alternatives no test named. Here each test is one table (a regex alternation, a character class, a tuple of words,
a threshold) and its cases run **every** alternative of it, one short invented text per alternative, in my own
words, asserting the value a reader sees (title, issuer, level, kind, period …), so that dropping any one
alternative fails a case. The texts are read through the public path (``read_metadata`` of the normalized text, or
``read_document`` of a file) wherever it reaches the alternative. Alternatives that cannot change what the module
does are listed, with the reason, in ``scripts/mutation_equivalent.md``."""
import pytest

from convention_docs import normalized, source_value, text_value

from analysis.parse.metadata import read_metadata


def _read(source: str, field_name: str) -> tuple[str, str]:
    """(value, rule) of a field read from a source's normalized text; ("", "") when nothing was read."""
    f = read_metadata(normalized(source)).get(field_name)
    return (f.value, f.rule) if f is not None else ("", "")


# -- _COVER_SENTENCE: the sentence of a cover or a news item that names the document it carries ---------------

_PLAN = "某市河湖管护工作方案"
_ASK = "请认真贯彻执行。\n2024年3月1日\n"
_PARTS = "\n一、总体要求\n坚持系统治理。\n"
_COVER_SENTENCES = (
    # 现将(我局|…)《X》(（gloss）)?，?(随函)?(印发|转发|下发|报送|呈报)
    [(f"现将-{p}", f"各有关单位：\n现将{p}《{_PLAN}》印发给你们，{_ASK}", _PLAN)
     for p in ("我局", "我委", "我厅", "我办", "本局", "本委", "修订后的", "新修订的")]
    + [(f"现将-{v}", f"各有关单位：\n现将《{_PLAN}》{v}给你们，{_ASK}", _PLAN) for v in ("印发", "转发", "下发", "报送", "呈报")]
    + [("现将-gloss", f"各有关单位：\n现将《{_PLAN}》（附后）随函报送，{_ASK}", _PLAN),
       ("现将-comma", f"各有关单位：\n现将《{_PLAN}》，印发给你们，{_ASK}", _PLAN)]
    # (^|：)《X》(已经|经)…(同意|通过)，?现(予)?(印发|转发|下发)
    + [("经-line-start", f"各有关单位：\n《{_PLAN}》已经市政府同意，现印发给你们，{_ASK}", _PLAN),
       ("经-after-colon", f"各有关单位：《{_PLAN}》已经市政府同意，现印发给你们，{_ASK}", _PLAN),
       ("经-通过-现予", f"各有关单位：\n《{_PLAN}》经市政府常务会议研究通过，现予印发，{_ASK}", _PLAN)]
    + [(f"经-{v}", f"各有关单位：\n《{_PLAN}》已经市政府同意，现{v}给你们，{_ASK}", _PLAN) for v in ("转发", "下发")]
    # (特|现)制(定|订)(了)?《X》
    + [(f"{a}制{b}", f"各有关单位：\n为加强河湖管理，结合我市实际，{a}制{b}《{_PLAN}》。\n{_ASK}", _PLAN)
       for a in ("特", "现") for b in ("定", "订")]
    # 《X》(（gloss）)?，现(予)?印发(给)?你们 (whatever made it)
    + [("编制-现印发", f"各有关单位：\n我局组织编制了《{_PLAN}》，现印发给你们，{_ASK}", _PLAN),
       ("编制-gloss", f"各有关单位：\n我局组织编制了《{_PLAN}》（以下简称方案），现印发给你们，{_ASK}", _PLAN)]
    # (印发|发布)(了)?《X》[，。]?(全文|内容|详情)如下
    + [(f"{v}-{w}如下", f"近日，市政府{v}了《{_PLAN}》，{w}如下。{_PARTS}", _PLAN)
       for v in ("印发", "发布") for w in ("全文", "内容", "详情")]
    + [("印发-。全文如下", f"近日，市政府印发了《{_PLAN}》。全文如下。{_PARTS}", _PLAN)]
    # (印发|发布)(了)?《X》，自(印发|发布)之日起施行
    + [(f"{v}-自{w}之日", f"近日，市政府{v}《{_PLAN}》，自{w}之日起施行。{_PARTS}", _PLAN)
       for v in ("印发", "发布") for w in ("印发", "发布")]
    # ^《X》(的)?(主要|具体)?(内容|全文)如下
    + [(f"《》{a}{w}如下", f"《{_PLAN}》的{a}{w}如下：{_PARTS}", _PLAN) for a in ("", "主要", "具体") for w in ("内容", "全文")]
    # 《X》(正式)?(印发|发布|出台)[，。]
    + [(f"《》正式{v}", f"近日，《{_PLAN}》正式{v}，将于明年起施行。{_PARTS}", _PLAN) for v in ("印发", "发布", "出台")]
    + [("《》正式印发。", f"近日，《{_PLAN}》正式印发。{_PARTS}", _PLAN)]
    # (印发|发布|出台)(了)?关于…的(意见|方案|规划|通知)[，。] — a run of words without a comma or full stop
    + [(f"{v}关于的{k}", f"近日，市政府{v}了关于加强河湖管护工作的{k}，明确了今后五年的目标任务。{_PARTS}",
        f"关于加强河湖管护工作的{k}") for v in ("印发", "发布", "出台") for k in ("意见", "方案", "规划", "通知")]
    + [("印发关于的意见。", f"近日，市政府印发了关于加强河湖管护工作的意见。{_PARTS}", "关于加强河湖管护工作的意见"),
       ("关于-comma-inside", f"近日，市政府印发了关于加强河湖管护，推进生态文明建设的意见，明确了目标任务。{_PARTS}", ""),
       ("关于-stop-inside", f"近日，市政府印发了关于加强河湖管护。推进生态文明建设的意见，明确了目标任务。{_PARTS}", ""),
       ("关于《》-comma-after", f"近日，市政府印发了关于落实《河湖管护条例》，加强河湖管护的意见，明确了目标任务。{_PARTS}", ""),
       ("关于《》-stop-after", f"近日，市政府印发了关于落实《河湖管护条例》。加强河湖管护的意见，明确了目标任务。{_PARTS}", ""),
       ("关于《》", f"近日，市政府印发了关于落实《河湖管护条例》加强河湖管护的意见，明确了目标任务。{_PARTS}",
        "关于落实《河湖管护条例》加强河湖管护的意见")])


@pytest.mark.parametrize("source, title", [c[1:] for c in _COVER_SENTENCES], ids=[c[0] for c in _COVER_SENTENCES])
def test_a_cover_or_news_sentence_names_the_document_it_carries(source, title):
    """``_COVER_SENTENCE``, every alternative: a text without a title line whose cover sentence (现将我办《X》印发给你们 ·
    《X》经…通过，现予印发 · 特制订《X》 · …发布了《X》，详情如下 · 出台了关于…的规划，) names the document is
    titled so; a 关于… run that crosses a comma or a full stop names no document."""
    assert text_value(source, "title") == title


# -- _FIELD_LABELS, _OTHER_LABELS: the labels of a page's fields ----------------------------------------------


_NOTICE_BODY = "各有关单位：\n为加强河湖管理，改善水环境质量，现将有关事项通知如下。\n一、加强巡查\n每月巡查一次。\n"
_FIELD_VALUES = {"title": ("title", "某市河湖管护工作方案", "某市河湖管护工作方案"),
                 "issuer": ("issuer", "某市水利局", "某市水利局"),
                 "issuer_page": ("issuer", "平遥县水利局", "平遥县水利局"),
                 "issue_date": ("issue_date", "2024年3月1日", "2024-03-01"),
                 "published_date": ("published_date", "2024年3月1日", "2024-03-01"),
                 "doc_number": ("doc_number", "某水发[2024]5号", "某水发〔2024〕5号")}
# (the tables written out, not imported: a test parametrized by the table it pins would lose the case a
# mutant drops)
_LABELLED = [
    ("title", "标题"), ("title", "名称"), ("title", "文件名称"), ("title", "中文名"), ("title", "【标题】"),
    ("title", "【名称】"), ("title", "【文件名称】"), ("title", "【中文名】"), ("issuer", "发文机关"),
    ("issuer", "发布机关"), ("issuer", "发文单位"), ("issuer", "制发机关"), ("issuer", "制定机关"),
    ("issuer", "【制定机关】"), ("issuer", "【发布部门】"), ("issuer", "【发文机关】"), ("issuer", "【发布机关】"),
    ("issuer", "【发文单位】"), ("issuer", "【制发机关】"), ("issuer", "【发布机构】"), ("issuer", "【发布单位】"),
    ("issuer", "【发文机构】"), ("issuer_page", "发布机构"), ("issuer_page", "发布单位"),
    ("issuer_page", "发文机构"), ("issuer_page", "发布部门"), ("issuer_page", "来源"),
    ("issuer_page", "信息来源"), ("issuer_page", "作者"), ("issue_date", "发文日期"), ("issue_date", "发文时间"),
    ("issue_date", "成文日期"), ("issue_date", "成文时间"), ("issue_date", "印发日期"),
    ("issue_date", "公文生成日期"), ("issue_date", "颁布时间"), ("issue_date", "颁布日期"),
    ("issue_date", "【公布日期】"), ("issue_date", "【发布日期】"), ("published_date", "发布日期"),
    ("published_date", "发布时间"), ("published_date", "公开日期"), ("published_date", "公开日"),
    ("published_date", "公布日期"), ("published_date", "更新时间"), ("published_date", "生成日期"),
    ("published_date", "日期"), ("published_date", "时间"), ("doc_number", "发文字号"),
    ("doc_number", "发布文号"), ("doc_number", "发文文号"), ("doc_number", "备注/文号"), ("doc_number", "文号"),
    ("doc_number", "文件编号"), ("doc_number", "政策文号"), ("doc_number", "字号"), ("doc_number", "【字号】"),
    ("doc_number", "【发文字号】"), ("doc_number", "【发布文号】"), ("doc_number", "【发文文号】"),
    ("doc_number", "【备注/文号】"), ("doc_number", "【文号】"), ("doc_number", "【文件编号】"),
    ("doc_number", "【政策文号】")]


@pytest.mark.parametrize("key, label", _LABELLED, ids=[f"{k}-{w}" for k, w in _LABELLED])
def test_a_page_field_under_each_of_its_labels(key, label):
    """``_FIELD_LABELS``, every label (and its bracketed form a law database writes): a field line above a notice
    (发文单位：某市水利局 · 【公布日期】2024年3月1日 · 信息来源：平遥县水利局) gives its field, as written."""
    field_name, written, read = _FIELD_VALUES[key]
    separator = "" if label.startswith("【") else "："
    assert source_value(f"{label}{separator}{written}\n{_NOTICE_BODY}", field_name) == read


_OTHER_LABELS = (
    "索引号", "主题分类", "体裁分类", "信息分类", "著录日期", "有效性", "时效性", "时效", "效力级别", "效力等级",
    "效力属性", "施行日期", "生效日期", "失效日期", "浏览量", "浏览次数", "访问次数", "关键字", "公开方式",
    "公开范围", "公开目录", "主题词", "组配分类", "分类", "所属机构", "责任部门", "内容概述", "废止日期",
    "废止时间", "公文时效", "【时效性】", "【效力等级】", "【施行日期】", "【主题分类】", "【法宝引证码】")


@pytest.mark.parametrize("label", _OTHER_LABELS)
def test_another_label_ends_the_issuer_s_field_on_its_row(label):
    """``_OTHER_LABELS``, every label: on a row of fields (发文机关：某市水利局 浏览次数：2), a label the reader knows but
    does not read ends the field before it, so the issuer is the organ alone."""
    assert source_value(f"发文机关：某市水利局 {label}：某某\n{_NOTICE_BODY}", "issuer") == "某市水利局"


# -- _PLAN_END, _REPORT_END: the words a plan's or a report's title ends on -----------------------------------

_HEADINGS = "\n一、总体要求\n坚持系统治理，统筹推进河湖管护工作。\n二、主要任务\n每月巡查一次。\n"
_PLAN_WORDS = ("分解表", "分工表", "任务表", "清单表", "责任表", "计划表", "安排表", "进度表", "一览表", "实施方案", "行动方案",
               "工作方案", "分工方案", "方案", "行动计划", "工作计划", "计划", "规划", "规划纲要", "纲要", "实施意见", "意见", "要点",
               "工作安排", "安排", "清单", "措施", "任务分工", "责任分解", "任务分解", "分工", "指引", "台账", "预案", "重点任务",
               "工作谋划", "谋划", "工作思路")
_REPORT_WORDS = ("报告", "总结", "情况", "汇报", "公报", "述职报告", "进展情况表", "完成情况表", "执行情况表", "落实情况表",
                 "情况汇总表", "情况统计表", "情况表", "答复", "决算公开")
_TITLE_ENDS = ([(f"某市河湖管护{w}", "plan") for w in _PLAN_WORDS] + [(f"某市河湖管护{w}", "report") for w in _REPORT_WORDS]
               # a report that looks back, then ahead: (总结|情况)(及|和|暨|与|以及)…(思路|打算|…)
               + [(f"某市水利局2023年工作总结{j}2024年工作打算", "report") for j in ("及", "和", "暨", "与", "以及")]
               + [(f"某市水利局2023年工作情况及2024年工作{w}", "report")
                  for w in ("思路", "打算", "谋划", "计划", "安排", "要点", "重点工作", "重点")])


@pytest.mark.parametrize("title, kind", _TITLE_ENDS, ids=[t for t, _ in _TITLE_ENDS])
def test_a_title_ending_like_a_plan_or_a_report(title, kind):
    """``_PLAN_END`` and ``_REPORT_END``, every word: a title line above the parts (某市河湖管护一览表 · …述职报告 ·
    …工作总结以及2024年工作打算) is read as the title, and names a plan or a report by its last words."""
    source = title + _HEADINGS
    assert (text_value(source, "title"), _read(source, "kind")) == (
        title, (kind, f"title ends like a {kind}"))


# -- _kind_of_title: what a title names, branch by branch ---------------------------------------------------------

_KINDS = [
    ("关于某市河湖管护工作方案公开征求意见的公告", "other", "title calls for comments (征求意见)"),
    ("政策解读 | 某市河湖管护工作方案", "other", "title names an interpretation (解读 | …)"),
    ("某市印发河湖管护工作方案", "other", "title reports a document's release (…发布…)"),
    ("某市水利局部署开展2023年河湖管护工作总结", "other", "title reports what a body did (某办部署开展…, 某局召开…): news"),
    ("某市水利局关于河湖管护工作进展情况的函", "report", "title names a letter that reports (…情况的函)"),
    ("某市水利局关于商请协助开展河湖巡查的函", "other", "title names a letter (…的函)"),
    ("某市水利局关于河湖巡查有关问题的复函", "other", "title names a letter (…的函)"),
    ("某市水利局关于2023年度河湖管护考核结果的通报", "other",
     "title names a circular (…的通报: praise, criticism or results made known)"),
    ("某市水利局关于河湖问题整改进展情况的公告", "report", "title names a public notice of progress made (…整改进展情况的公告, …完成情况的通报)"),
    ("某市河湖管护督导检查反馈意见", "report", "title names an inspection's feedback (…督导检查反馈意见): findings reported, no plan"),
    ("在全市河湖管护工作会议上的讲话", "other", "title names a speech (…上的讲话)"),
    ("在全市河湖管护工作会议上的致辞", "other", "title names a speech (…上的讲话)"),
    ("在全市河湖管护工作会议上的发言", "other", "title names a speech (…上的讲话)"),
    ("某市河湖管护规划管理细则", "other", "title names the rules that carry out a plan (…规划实施细则): a regulation or a plan"),
    ("某市河湖管护办法", "other", "title names a regulation (办法, 规则 …)"),
    ("某市水利局公共服务事项清单", "other", "title names a list of services or matters (…服务清单, …事项清单), not of work to do"),
    ("关于组织申报2024年河湖管护项目的通知", "other",
     "title names a notice that calls for applications, nominations or documents (关于组织申报/推荐/编制…的通知)"),
    ("某市河湖管护工作方案", "plan", "title ends like a plan"),
    ("某市水利局关于2024年河湖管护任务分工的通知", "plan", "title names a notice that hands out tasks"),
    ("某市水利局关于做好汛期河湖巡查工作的通知", "plan", "title names a notice that arranges work (关于组织/开展/做好/建立…的通知)"),
    ("某市水利局关于河湖管护有关事项的通知", "other", "title names neither a plan nor a report"),
]


@pytest.mark.parametrize("title, kind, rule", _KINDS, ids=[t for t, _, _ in _KINDS])
def test_what_a_title_names_gives_the_kind_and_says_why(title, kind, rule):
    """``_kind_of_title``, every branch (and the three words of a speech, 讲话 致辞 发言): the title line above the
    parts gives the kind, and the rule says which of the title's words decided."""
    assert _read(title + _HEADINGS, "kind") == (kind, rule)


# -- _TITLE_ORGAN: the organ a title opens with -------------------------------------------------------------------

_ORGAN_TITLE = "关于做好河湖管护工作的实施方案"
_TITLE_ORGANS = (
    [(f"{o}{_ORGAN_TITLE}", o) for o in (
        "某市人大常委会执法检查组", "某市人大常委会检查组", "某市政府督查组", "某省水利厅", "某市水利局", "某市发展和改革委员会",
        "某县人大常委会", "某市发改委", "某市河长制办公室", "某省人民政府办公厅", "某县人民政府", "某县政府", "某县交警大队",
        "某县消防救援支队", "某省消防救援总队", "某县政务服务中心", "某县人民法院", "某县派出所", "某县宣传部",
        # (round 30's: a party group, an inspection office and a research office open titles too)
        "某县水利局党组", "某市人民政府督查室", "某市委政策研究室")]
    # what follows the organ: 关于 · a year (19…, 20…) · 贯彻 落实 推进 开展 提升 深化 · “
    + [(f"某县水利局{w}", "某县水利局") for w in (
        "2024年河湖管护工作要点", "1999年河湖管护工作总结", "贯彻河湖长制实施方案", "落实河湖长制实施方案", "推进河湖长制实施方案",
        "开展河湖清四乱实施方案", "提升河湖管护水平实施方案", "深化河湖长制改革实施方案", "“河湖清四乱”专项行动方案")]
    # a legislature's term before it (第一届 … 第十届) is no part of the organ's name
    + [(f"第{n}届某县人大常委会关于做好河湖执法检查的实施方案", "某县人大常委会") for n in "一二三四五六七八九十"]
    # a sharer's placeholder for the place (XX, xx, ××, ＊＊, **) before each level word is part of it
    + [(f"{x}{x}市水利局{_ORGAN_TITLE}", f"{x}{x}市水利局") for x in ("X", "x", "×", "＊", "*")]
    + [(f"XX{w}水利局{_ORGAN_TITLE}", f"XX{w}水利局") for w in "省市州盟县区旗"])


@pytest.mark.parametrize("title, organ", _TITLE_ORGANS, ids=[t for t, _ in _TITLE_ORGANS])
def test_the_organ_a_title_opens_with_is_the_issuer(title, organ):
    """``_TITLE_ORGAN``, every alternative: a title line that opens with its organ (某县消防救援支队关于… · 某县水利局
    深化… · 第七届某县人大常委会关于… · ××市水利局关于…), with no other reading of who issued it, names the issuer."""
    assert _read(title + _HEADINGS, "issuer") == (organ, "organ the title opens with")


# -- _ORGAN_END: the words an organ's name ends on ------------------------------------------------------------------

_SIGNERS = ("某省水利厅 某市水利局 某市发展和改革委员会 某市发改委 某市人民政府办公室 某省人民政府办公厅 某县人民政府 某县政府 "
            "某县水利局党组 某县水利局党委 某县交警大队 某市消防救援支队 某省消防救援总队 某县消防救援中队 某县城管执法队 某县水利工程队 "
            "某县政务服务中心 某县人民法院 某县水文监测所 某县委宣传部 海关总署 某市河道管理处 某县水土保持站 某市河道管理局 某县司法局 "
            "某县河长办 某县河湖长制工作领导小组 某县防汛抗旱指挥部 某县河湖管护联席会议 水利部河湖管理司 某省供销合作总社 某县供销合作社 "
            "某县人大常委会 中国人民银行某市分行 某市农村商业银行 某市人大常委会执法检查组 某省河湖管护检查组 某省第三督查组 某省第二督导组 "
            "某市人大调研组 某县总工会 某县水利局工会 某县妇联 某县妇女联合会 某县残联 某县残疾人联合会 某县科协 某县科学技术协会 "
            "某县工商业联合会 某县团委 某县红十字会 中共中央 中央军委 某市人民政府督查室 某市委政策研究室").split()


@pytest.mark.parametrize("organ", _SIGNERS)
def test_a_signature_line_ending_on_each_organ_word(organ):
    """``_ORGAN_END``, every word (厅 局 … 联席会议 … 红十字会, and 中共中央 or 中央军委 as the whole line): the organ
    signed under a notice's text, above its date, is the issuer."""
    source = f"{_NOTICE_BODY}{organ}\n2024年3月1日\n"
    assert _read(source, "issuer") == (organ, "signature block")


# -- _MAKES_PLAN, _REPORT_OPENING: an untitled text's opening paragraph says what it is ----------------------------

_OPENING_CAUSE = "为加强河湖管理，改善水环境质量，结合我市实际，"
_NEUTRAL_PARTS = "\n一、河道巡查\n全年巡查河道一百次。\n二、水质监测\n建成监测站点五个。\n"
_MAKES = ([(f"{_OPENING_CAUSE}制定本{w}。", f"制定本{w}") for w in ("方案", "计划", "规划", "意见", "要点", "措施", "清单")]
          + [(f"{_OPENING_CAUSE}特制定河湖管护工作{w}。", f"特制定河湖管护工作{w}")
             for w in ("方案", "计划", "规划", "意见", "要点", "措施")]
          + [(f"{_OPENING_CAUSE}现{v}{h}意见。", f"{v}{h}意见") for v in ("提出", "形成", "制定") for h in ("以下", "如下")]
          + [(f"{_OPENING_CAUSE}现提出如下{q}意见。", f"提出如下{q}意见") for q in ("实施", "政策", "具体", "若干", "工作", "指导")]
          + [(f"{_OPENING_CAUSE}现提出如下工作{w}。", f"提出如下工作{w}") for w in ("措施", "方案", "计划")]
          # (round 30's: 制定本实施方案 · 本行动计划 · 本工作方案; a notice that divides the year's tasks among the bodies)
          + [(f"{_OPENING_CAUSE}制定本{q}{w}。", f"制定本{q}{w}") for q in ("实施", "行动", "工作") for w in ("方案", "计划")]
          + [(f"{_OPENING_CAUSE}现将{w}。", w) for w in ("工作任务逐项分解下达", "任务逐条分解落实到", "任务分解下达")])


@pytest.mark.parametrize("opening, made", _MAKES, ids=[m for _, m in _MAKES])
def test_an_opening_that_makes_the_plan_says_the_kind(opening, made):
    """``_MAKES_PLAN``, every alternative: an untitled text whose opening paragraph makes what follows (制定本清单 ·
    特制定…工作要点 · 形成以下意见 · 提出如下指导意见) is a plan, the rule quoting the words."""
    assert _read(opening + _NEUTRAL_PARTS, "kind") == ("plan", f"opening paragraph makes a plan ({made})")


_REPORT_CAUSE = "根据市人大常委会年度工作安排和市政府有关要求，"
_REPORTS = ([(f"{_REPORT_CAUSE}现将2023年度河湖管护工作情况{w}如下：", "2023") for w in ("报告", "总结", "汇报", "函告")]
            + [(f"{_REPORT_CAUSE}结合河湖管护工作实际，现{w}如下：", "") for w in ("报告", "汇报")]
            + [("我受区人民政府委托，向区人大常委会报告2023年度河湖管护工作情况，请予审议。", "2023"),
               ("我受区人民政府委托，向区人大常委会汇报1999年度河湖管护工作情况，请予审议。", "1999"),
               ("我受区人民政府委托，向区第三届人大常委会第五次会议，作关于2023年区本级决算的报告，请予审议。", "2023"),
               ("我受区人民政府委托，向区第三届人大常委会第五次会议，作关于2023年区本级决算的汇报，请予审议。", "2023"),
               (f"{_REPORT_CAUSE}现将某市水利局2023年政府信息公开工作情况予以公开。", "2023"),
               (f"{_REPORT_CAUSE}现将某市水利局2023年政府信息公开年度报告予以公布。", "2023"),
               (f"{_REPORT_CAUSE}现将某市水利局2023年河湖管护工作总结公开如下：", "2023"),
               (f"{_REPORT_CAUSE}现将某市水利局2023年河湖管护工作情况公布如下：", "2023")]
            # (round 30's: a rectification, or how the work went, made known: …整改情况予以通报 · …落实情况通报如下)
            + [(f"{_REPORT_CAUSE}现将2023年河湖管护巡察{w}情况{v}：", "2023")
               for w in ("整改", "落实", "完成", "进展") for v in ("予以通报", "通报如下")])


@pytest.mark.parametrize("opening, year", _REPORTS, ids=[o[-24:] for o, _ in _REPORTS])
def test_an_opening_that_reports_says_the_kind_and_the_year(opening, year):
    """``_REPORT_OPENING``, every alternative: an untitled text whose opening paragraph reports (…情况函告如下 ·
    现汇报如下 · 受…委托，向…汇报1999年度… · …，作关于…的报告 · …年度报告予以公布) is a report; the year it names is
    the period."""
    source = opening + _NEUTRAL_PARTS
    assert _read(source, "kind") == ("report", "opening paragraph reports (…报告如下)")
    assert text_value(source, "period_start") == year


# -- _PLAN_OPENING: an untitled year's plan that opens on the year ------------------------------------------------

_AIMS = "坚持系统治理、综合施策，全面提升河湖管护水平。"
_PLAN_OPENINGS = (
    [("2024年是全面推进河湖长制从有名有实走向有能有效的关键之年，做好全年工作意义重大。", "2024")]
    + [(f"2024年全{w}河湖管护工作要{_AIMS}", "2024") for w in "省市县区"]
    + [(f"2024年全市河湖管护工作的总体{w}是：{_AIMS}", "2024") for w in ("要求", "思路")]
    + [(f"2024年，{p}将深入推进河湖长制，{_AIMS}", "2024")
       for p in ("我局", "我委", "我厅", "我办", "我部", "我院", "我中心", "我县", "我区", "我市", "本局")]
    + [(f"为做好河湖管护工作，现对{y}年全市河湖管护工作{w}出安排如下：", y) for y in ("2024", "1999") for w in ("作", "做")]
    + [(f"某市{o}2024年河湖管护工作的总体要求是：{_AIMS}", "2024")
       for o in ("水利局", "发改委", "水利厅", "宣传部", "河长办", "水利院", "审计署", "人民政府", "水务中心")]
    + [(f"某市水利局1999年河湖管护工作的总体思路是：{_AIMS}", "1999")])


@pytest.mark.parametrize("opening, year", _PLAN_OPENINGS, ids=[o[:22] for o, _ in _PLAN_OPENINGS])
def test_an_opening_that_sets_out_a_year_s_work_says_the_kind_and_the_year(opening, year):
    """``_PLAN_OPENING``, every alternative: an untitled text opening on the year it sets out (2024年是…之年 ·
    2024年全区… · …工作的总体思路是 · 2024年，我中心将… · 现对2024年…工作做出安排 · 某市审计署2024年…总体要求是) is a
    plan for that year."""
    source = opening + _NEUTRAL_PARTS
    assert _read(source, "kind") == ("plan", "opening paragraph sets out a year's work")
    assert text_value(source, "period_start") == year


# -- _NOT_TITLE: a line that is no title however it ends ------------------------------------------------------------

from analysis.parse.metadata import is_title_line  # noqa: E402

_NOT_TITLES = (["2、", "2.", "12、"] + [f"{n}、" for n in "一二三四五六七八九十"] + ["十二.", "三."]
               + ["附件", "目录", "•", "·", "▪", "推荐阅读：", "相关链接:"] + [f"第{n}部分" for n in "一二三四五六七八九十"])


@pytest.mark.parametrize("mark", _NOT_TITLES)
def test_a_list_item_a_part_or_a_bullet_is_no_title_line(mark):
    """``_NOT_TITLE``, every alternative and every numeral of its classes: 某市河湖管护工作方案 is a title line; the
    same words after an item's number (2、 · 七、 · 十二.), 附件, 目录, a part (第八部分), a bullet (• · ▪) or a short
    label and its colon (推荐阅读：) are not."""
    assert is_title_line("某市河湖管护工作方案")
    assert not is_title_line(f"{mark}某市河湖管护工作方案")


@pytest.mark.parametrize("mark", ["2、", "附件", "第三部分", "目录", "•", "·", "▪", "推荐阅读："])
def test_the_title_of_a_text_opening_with_a_listed_document_is_the_next_line(mark):
    """The same rule read through the text: a first line naming a plan after a list mark (附件某市…方案) is passed
    over, and the next line is the title."""
    source = f"{mark}某市河湖管护工作方案\n某市河湖管护工作方案（征求意见稿）{_NEUTRAL_PARTS}"
    assert text_value(source, "title") == "某市河湖管护工作方案（征求意见稿）"


# == the division table (analysis/parse/divisions.py) ================================================================

from analysis.parse.divisions import division_of, level_of_issuer, level_of_word  # noqa: E402

_CENTRAL = ["中共中央办公厅", "中央网信办", "国务院办公厅", "全国人大常委会", "国家发展改革委", "最高人民法院", "中华人民共和国审计署",
            "水利部", "水利部规划计划司", "水利部党组", "市场监管总局", "海关总署", "海关总署办公厅", "市场监管总局党组"]


@pytest.mark.parametrize("organ", _CENTRAL)
def test_a_central_organ_is_national(organ):
    """``_NATIONAL``, every alternative: a name opening with 中共中央, 中央, 国务院, 全国, 国家, 最高人民 or
    中华人民共和国, a ministry (…部, …部规划计划司, …部党组) or a central administration (…总局, …总署, with its
    办公厅 or 党组) is a central organ."""
    assert level_of_issuer(organ) == ("national", "全国", "central organ")


def test_a_county_s_department_is_no_ministry():
    """``_NATIONAL``'s 部门 refused: 某县委宣传部门 is a county's, not a ministry."""
    assert level_of_issuer("某县委宣传部门")[0] == "county"


_LEVEL_OF_WORD = [("省", "provincial"), ("自治区", "provincial"), ("市", "municipal"), ("州", "municipal"), ("盟", "municipal"),
                  ("地区", "municipal"), ("县", "county"), ("区", "county"), ("旗", "county")]


@pytest.mark.parametrize("word, level", _LEVEL_OF_WORD)
def test_an_organ_under_a_bare_or_unknown_level_word(word, level):
    """``_LEVEL_WORDS`` and ``level_of_issuer``'s level words, every one: 某地区水利局 (a division the table cannot
    name) is at the level of its level word, and the rule says which word decided."""
    assert level_of_word(word) == level
    assert level_of_issuer(f"某{word}水利局") == (level, "", f"unknown division ending in {word}")


@pytest.mark.parametrize("organ", ["青石县水利局", "各县水利局"])
def test_an_unknown_place_name_before_its_level_word(organ):
    """``level_of_issuer``'s place name before the level word (up to four characters, or 各): 青石县水利局 is a county's."""
    assert level_of_issuer(organ) == ("county", "", "unknown division ending in 县")


_SHORT_PROVINCES = [("广西", "广西壮族自治区"), ("宁夏", "宁夏回族自治区"), ("新疆", "新疆维吾尔自治区"), ("香港", "香港特别行政区"),
                    ("内蒙古", "内蒙古自治区"), ("山西", "山西省"), ("北京", "北京市")]


@pytest.mark.parametrize("short, full", _SHORT_PROVINCES)
def test_a_province_by_its_short_name(short, full):
    """``_divisions`` and ``_after_division``, every ending a province's short name drops (壮族 回族 维吾尔 特别行政区
    自治区 省 市): 广西水利厅 opens with 广西壮族自治区; an area below it (广西东盟新区管理委员会) is at none of the four
    levels."""
    assert division_of(f"{short}水利厅")[0].name == full
    assert level_of_issuer(f"{short}东盟新区管理委员会") == ("", "", "")


_BELOW = ["统计局", "发展和改革委员会", "发改委", "河长制办公室", "人民政府", "政府", "政务服务中心", "人民医院", "水文监测所",
          "水土保持站", "交警大队", "河长办"]


@pytest.mark.parametrize("organ", _BELOW)
def test_an_unknown_district_under_a_known_city_before_each_organ_word(organ):
    """``_COUNTY_BELOW``'s organ words, every one: 长治市上党区人民医院 names a district the table does not know, under a
    city it knows: a county-level organ."""
    assert level_of_issuer(f"长治市上党区{organ}") == ("county", "长治市上党区", "unknown division ending in 区 (上党区, under 长治市)")


@pytest.mark.parametrize("word", ["县", "旗"])
def test_an_unknown_county_or_banner_under_a_known_city(word):
    """``_COUNTY_BELOW``'s level words 县 and 旗 (区 above)."""
    assert level_of_issuer(f"长治市上党{word}统计局")[:2] == ("county", f"长治市上党{word}")


def test_a_bonded_zone_under_a_city_is_no_district():
    """``_COUNTY_BELOW`` refuses 保税区: 长治市保税区管理局 is the city's."""
    assert level_of_issuer("长治市保税区管理局") == ("municipal", "长治市", "division 长治市 (municipal)")


_BRANCHES = [("国家税务总局山东省税务局", "provincial", "山东省"), ("国家统计局四川省调查总队", "provincial", "四川省"),
             ("国家统计局平遥县调查队", "county", "平遥县")]


@pytest.mark.parametrize("organ, level, region", _BRANCHES)
def test_a_central_administration_s_local_office(organ, level, region):
    """``_CENTRAL_BRANCH`` (…总局, …局) and ``_BRANCH_OFFICE`` (局, 调查总队, 调查队): a central administration's office in a
    division is at that division's level."""
    central = organ[:organ.index("局") + 1]
    assert level_of_issuer(organ) == (level, region, f"office of {central} in {region} ({level})")


@pytest.mark.parametrize("organ, region", [("中共安徽省交通运输厅党组", "安徽省"), ("中国共产党平遥县委员会", "平遥县")])
def test_the_party_s_name_before_a_division(organ, region):
    """``_ORGAN_PREFIX`` (中共, 中国共产党): the division follows the party's name."""
    assert division_of(organ)[1] == region


# == the confidence rules (analysis/parse/confidence.py) =============================================================

from convention_docs import title_beside_cover  # noqa: E402

from analysis.parse.confidence import LOW, MEDIUM, assess, same_organs  # noqa: E402
from analysis.parse.metadata import Field  # noqa: E402

_WEAK_VALUES = {"title": "某市河湖管护工作方案", "issuer": "平遥县水利局", "level": "municipal", "kind": "plan",
                "period_start": "2024", "period_end": "2024"}
# (written out, as the field labels above)
_WEAK = [
    ("title", "headline (first line)"), ("title", "file name in a document-sharing wrapper"),
    ("title", "opening words of a one-line page"), ("title", "attachment file name"),
    ("title", "the first of the documents the cover issues"), ("issuer", "来源 field"),
    ("issuer", "信息来源 field"), ("issuer", "作者 field"),
    ("issuer", "the page's publisher, a government, over a text"),
    ("level", "issuer: unknown division ending in"),
    ("level", "title opens with a bare level word"), ("level", "opening paragraph speaks of a"),
    ("level", "addressees name a"), ("level", "the body names the provincial-level"),
    ("level", "units the text names are a"),
    ("level", "the organ whose year's work the opening sets out"),
    ("level", "the opening addresses every level's bodies"),
    ("kind", "title names neither a plan nor a report"), ("kind", "the headings read like"),
    ("kind", "news item (no document title; news wording)"),
    ("kind", "opening paragraph looks back"),
    ("kind", "implementing measures (实施办法, 实施细则) laid out in parts"),
    ("kind", "title names the rules that carry out a plan"), ("kind", "the body is a task table"),
    ("kind", "title names a notice that arranges work"),
    ("kind", "opening paragraph says what a year achieved"), ("kind", "title names a circular"),
    ("kind", "the first part looks back on a year"),
    ("kind", "the cover hands out a plan it names"),
    ("period_start", "period of the cited plan it divides"),
    ("period_start", "the cover hands out a plan it names"),
    ("period_start", "the report's first part reviews another year"),
    ("period_start", "the year of the tasks the text divides"),
    ("period_start", "the five-year plan period the text sets"),
    ("period_start", "the year the opening paragraph says was achieved"),
    ("period_end", "period of the cited plan it divides"),
    ("period_end", "the cover hands out a plan it names"),
    ("period_end", "the report's first part reviews another year"),
    ("period_end", "the year of the tasks the text divides"),
    ("period_end", "the five-year plan period the text sets"),
    ("period_end", "the year the opening paragraph says was achieved")]


@pytest.mark.parametrize("key, rule", _WEAK, ids=[f"{k}-{r[:24]}" for k, r in _WEAK])
def test_a_reading_by_a_weak_rule_alone_is_low(key, rule):
    """``WEAK_RULES``, every rule of every field: a reading that only that rule gave (a title read as a headline, an
    issuer from a 作者 field, a level from a bare 市, a kind from the headings, a period from the tasks divided) is
    of low confidence; the same value by another rule would be medium."""
    f = Field(_WEAK_VALUES[key], f"{rule} 市 (某市)" if key == "level" else rule, "某市河湖管护工作方案", 0)
    assert assess({key: f}, {key: [f]})[key].confidence == LOW


_KIND_WORDS = ["方案", "计划", "规划", "意见", "要点", "安排", "清单", "措施", "分工", "分解", "任务表", "报告", "总结", "情况",
               "汇报", "办法", "规则", "指引", "台账"]


@pytest.mark.parametrize("word", _KIND_WORDS)
def test_a_cover_naming_the_title_with_a_gloss_after_its_kind_word(word):
    """``_KIND_WORD``, every word: the cover issues 《某市河湖管护工作台账（试行）》 and the title line reads 某市河湖管护
    工作台账 — the cover's name goes on after the document's word, so it is no variant of another document: the title
    keeps medium confidence (a name ending on no document word would be taken for a variant the cover contradicts)."""
    line = f"某市河湖管护工作{word}"
    assert title_beside_cover(line, f"{line}（试行）").confidence == MEDIUM


@pytest.mark.parametrize("evidence", ["某市河湖管护工作方案.doc", "某市河湖管护工作方案.docx", "某市河湖管护工作方案.pdf",
                                      "某市河湖管护工作方案.wps", "某市河湖管护工作方案（18页）"])
def test_a_title_read_from_a_file_name_is_low(evidence):
    """``_title``'s file-name signs (.doc .docx .pdf .wps, a page count in brackets): a title whose evidence is a file
    name is low."""
    f = Field("某市河湖管护工作方案", "title line in the front matter", evidence, 0)
    rated = assess({"title": f}, {"title": [f]})["title"]
    assert (rated.confidence, rated.note) == (LOW, f"read from a file name ({evidence}), not the document's own heading")


@pytest.mark.parametrize("lost", ["?", "\ufffd"])
def test_a_title_with_a_character_lost_in_decoding_is_low(lost):
    """``_title``'s lost characters (? and U+FFFD)."""
    value = f"某市河湖管{lost}护工作方案"
    f = Field(value, "title line in the front matter", value, 0)
    rated = assess({"title": f}, {"title": [f]})["title"]
    assert (rated.confidence, rated.note) == (LOW, f"the title carries an undecodable character (市河湖管{lost}护工作方)")


@pytest.mark.parametrize("office", ["办公厅", "办公室"])
def test_an_organ_and_its_office_are_different_issuers(office):
    """``_OFFICE`` (办公厅, 办公室): the signature names 长治市人民政府办公室, a field 长治市人民政府: low."""
    f = Field(f"长治市人民政府{office}", "signature block", "长治市人民政府" + office, 0)
    g = Field("长治市人民政府", "发文机关 field", "发文机关：长治市人民政府", 0)
    assert assess({"issuer": f}, {"issuer": [f, g]})["issuer"].confidence == LOW


@pytest.mark.parametrize("verb, word", [("印发", "通知"), ("印发", "函"), ("转发", "通知"), ("下发", "通知")])
def test_a_field_naming_the_notice_that_issues_another_document(verb, word):
    """``_ISSUES``, every verb and word: a 标题 field names the notice that issues 《某市河湖管护工作方案》 (…的函), the
    title line another plan: the title is low, the note names the document the field's notice issues."""
    f = Field("某市河湖保洁工作方案", "title line in the front matter", "某市河湖保洁工作方案", 0)
    g = Field(f"关于{verb}《某市河湖管护工作方案》的{word}", "标题 field", "标题：…", 0)
    rated = assess({"title": f}, {"title": [f, g]})["title"]
    assert (rated.confidence, rated.note) == (LOW, "the 标题 field names 《某市河湖管护工作方案》, not the title read")


_SAME_ORGANS = [("中共山西省委", "山西省委"), ("中国共产党平遥县委员会", "平遥县委"), ("中华人民共和国水利部", "水利部"),
                ("省政府办公室", "山西省人民政府办公室"), ("市政府办公室", "长治市人民政府办公室"), ("县政府办公室", "平遥县人民政府办公室"),
                ("区政府办公室", "太原市小店区人民政府办公室"), ("旗政府办公室", "鄂托克旗人民政府办公室"),
                ("州政府办公室", "恩施土家族苗族自治州人民政府办公室"),
                ("长治市水利局、长治市财政局", "长治市水利局、长治市财政局"), ("长治市水利局|长治市财政局", "长治市水利局|长治市财政局")]


@pytest.mark.parametrize("a, b", _SAME_ORGANS)
def test_two_readings_naming_the_same_organs(a, b):
    """``organ_core`` (the party's or the state's name before an organ; the bare level words 省 市 县 区 旗 州) and
    ``same_organs`` (joint issuers split at 、 or |): each pair names the same organ(s)."""
    assert same_organs(a, b)


# == more tables of the metadata reader =============================================================================

# -- _OTHER_END: a regulation, a catalogue, a letter, a circular or a speech is titled so ----------------------------

_OTHER_TITLES = ([(f"某市河湖管护{w}", "title names a regulation (办法, 规则 …)")
                  for w in ("办法", "细则", "规则", "规定", "条例", "章程", "制度")]
                 + [(f"某市河湖管护{w}目录", "title names a regulation (办法, 规则 …)")
                    for w in ("参照", "指导", "专业", "产品", "产业", "岗位", "技术", "设备")]
                 + [("某市水利局关于河湖巡查有关问题的函", "title names a letter (…的函)"),
                    ("某市水利局关于河湖巡查有关问题的复函", "title names a letter (…的函)"),
                    ("某市水利局关于河湖巡查情况的通报",
                     "title names a circular (…的通报: praise, criticism or results made known)")]
                 + [(t, "title names a speech (…上的讲话)") for t in (
                     "在全市河湖管护工作会议上的讲话", "全市河湖管护工作会议讲话稿", "在全市河湖管护工作会议上的致辞",
                     "在全市河湖管护工作会议上的发言")])


@pytest.mark.parametrize("title, rule", _OTHER_TITLES, ids=[t for t, _ in _OTHER_TITLES])
def test_a_title_ending_like_neither_plan_nor_report(title, rule):
    """``_OTHER_END``, every word: a title line ending on 章程, 岗位目录, 的复函, 的通报 or 讲话稿 is read as the title,
    and its kind is other, the rule naming the sort of document."""
    source = title + _HEADINGS
    assert (text_value(source, "title"), _read(source, "kind")) == (title, ("other", rule))


# -- _FIVE_YEAR: a five-year plan named by its number ---------------------------------------------------------------

_FIVE_YEARS = ([(f"某市“十{d}五”河湖保护规划", f"“十{d}五”", str(2006 + 5 * k)) for k, d in enumerate("一二三四五六七八九")]
               + [("某市第十四个五年河湖保护规划", "十四个五年", "2021"), ('某市"十四五"河湖保护规划', '"十四五"', "2021")])


@pytest.mark.parametrize("title, written, start", _FIVE_YEARS, ids=[w for _, w, _ in _FIVE_YEARS])
def test_a_five_year_plan_named_by_its_number_covers_its_five_years(title, written, start):
    """``_FIVE_YEAR``'s numerals (十一 … 十九), its two forms (…五, …个五年) and both quotes (“…”, "…"): the plan's
    title gives the five years of that plan (the third began in 1966), the rule quoting the words as written."""
    rule = f"period in the title ({written})"
    source = title + _HEADINGS
    assert (_read(source, "period_start"), _read(source, "period_end")) == ((start, rule), (str(int(start) + 4), rule))


# -- _STATED_PERIOD: the period a plan states in its text ----------------------------------------------------------

_STATED = ["本规划实施期限为2021年至2025年", "该方案实施期为2021年到2025年", "本计划时限是2021—2025年", "本意见实施年限：2021-2025年",
           "规划期限为2021–2025年", "本规划的期限为2021~2025年", "本规划期限为2021―2025年", "本规划期限为2021～2025年"]


@pytest.mark.parametrize("sentence", _STATED)
def test_the_period_a_plan_states_in_its_text(sentence):
    """``_STATED_PERIOD``, every alternative (本/该, 规划 方案 计划 意见 or 规划 alone; 期限 期 时限 年限; 为 是 ：; 至 到 and
    the six dashes): a plan whose title names no years states its term in its opening: that is the period."""
    source = f"某市河湖保护规划\n为加强河湖保护，{sentence}。{_NEUTRAL_PARTS}"
    rule = f"period stated in the text ({sentence})"
    assert (_read(source, "period_start"), _read(source, "period_end")) == (("2021", rule), ("2025", rule))


# -- _YEAR_PART: a report's first part names the year it reviews ------------------------------------------------------

_YEAR_PARTS = ([f"{n}、2023年工作总结" for n in "一二三四五六七八九十"]
               + [f"一.2023年度{w}" for w in ("主要工作", "工作回顾", "工作情况", "工作开展情况", "工作完成情况", "工作成效",
                                           "主要工作及成效", "主要工作和成效", "工作成效及亮点", "工作成效和特色", "工作成效与经验",
                                           "工作成效及做法", "工作成效及不足")])


@pytest.mark.parametrize("part", _YEAR_PARTS)
def test_a_report_s_first_part_names_the_year_it_reviews(part):
    """``_YEAR_PART``, every numeral, sign and wording: a report titled without a year (某市水利局工作总结) whose first
    part is 七、2023年工作总结 or 一.2023年度工作成效与经验 covers 2023."""
    source = f"某市水利局工作总结\n{part}\n全年巡查河道一百次。\n"
    assert _read(source, "period_start") == ("2023", "the year the report's first part names")


# -- _read_signature: a cover's date with no organ above it; a date alone at the text's end ---------------------------

_ABOVE_COVER_DATE = (["上述文件已于近日印发", "现将有关材料转给你们", "特此通知", "请结合实际认真贯彻落实", "请遵照执行。", "各县区水利局（略）",
                      "联系人：张某", "联系电话：12345678", "电话：12345678", "邮 箱：hehu@example.cn", "邮箱：hehu@example.cn",
                      "传真：12345678", "附件：某市河湖管护工作方案", "附件 2：某市河湖管护工作方案"]
                     + [f"附件{n}：某市河湖管护工作方案" for n in "一二三四五六七八九十"])
_PLAN_BELOW = "某市河湖管护工作方案\n一、总体要求\n坚持系统治理。\n二、主要任务\n每月巡查一次。\n"


@pytest.mark.parametrize("above", _ABOVE_COVER_DATE)
def test_a_cover_s_date_under_its_last_words_or_its_contacts(above):
    """``_read_signature``'s words of a cover's last line (印发, 现将, 通知, 贯彻落实, 执行。, （略）) and of its contact or
    attachment lines (联系人, 联系电话, 电话, 邮箱, 传真, 附件十：): the date under it, with no organ between, is the
    cover's date."""
    source = f"关于做好河湖管护工作的通知\n各有关单位：\n{above}\n2024年3月1日\n{_PLAN_BELOW}"
    assert _read(source, "issue_date") == ("2024-03-01", "signature date of the cover notice (no organ above it)")


@pytest.mark.parametrize("after, dated", [(0, True), (3, True), (4, False)])
def test_a_date_alone_near_the_end_of_the_text_is_its_date(after, dated):
    """``_read_signature``'s bound: a date line alone after the text's last part is its date when three lines or fewer
    follow it (抄送 lines), not when four do."""
    source = ("某市河湖管护工作方案\n一、总体要求\n坚持系统治理，统筹推进河湖管护工作。\n二、主要任务\n每月巡查一次。\n2024年3月1日\n"
              + "".join(f"抄送：某单位{i}\n" for i in range(after)))
    assert _read(source, "issue_date") == (("2024-03-01", "signature date (no organ above it)") if dated else ("", ""))


@pytest.mark.parametrize("verb", ["印发", "发布", "通过", "公布", ""])
def test_a_date_in_brackets_under_the_title(verb):
    """``_read_signature``'s date under the title, in brackets, with or without its verb (（2024年3月1日公布））."""
    source = f"某市河湖管护工作方案\n（2024年3月1日{verb}）\n一、总体要求\n坚持系统治理。\n"
    assert _read(source, "issue_date") == ("2024-03-01", "date under the title")


# -- _SPEAKER: the line a report to a congress opens with (organ, post, name) -------------------------------------------

_SPEAKERS = [("某省水利厅", "厅长"), ("某区审计局", "局长"), ("某区发展和改革委员会", "主任"), ("某区发改委", "主任"),
             ("某区人民政府办公室", "主任"), ("某区人民政府", "区长"), ("某县政府", "县长"), ("某区人民法院", "院长"),
             ("某区人民检察院", "检察长"), ("审计署", "审计长"), ("某区委宣传部", "部长"), ("某区审计局", "副局长"),
             ("某市人民政府", "市长"), ("某省人民政府", "省长"), ("某州人民政府", "州长"), ("海关总署", "署长"),
             ("某区委员会", "书记"), ("某区河道管理局", "处长"), ("某区政协委员会", "主席")]
_TO_CONGRESS = ("\n主任、各位副主任、秘书长、各位委员：\n我受区人民政府委托，向区人大常委会报告2023年度河湖管护工作情况，请予审议。\n"
                "一、主要工作\n全年巡查河道一百次。\n")


@pytest.mark.parametrize("organ, post", _SPEAKERS, ids=[f"{o}{p}" for o, p in _SPEAKERS])
def test_the_speaker_s_organ_above_a_report_is_the_issuer(organ, post):
    """``_SPEAKER``, every organ word and every post: a report opening with who speaks (某区人民检察院检察长张某某 ·
    海关总署署长张某某) is issued by the speaker's organ."""
    source = f"{organ}{post}张某某{_TO_CONGRESS}"
    assert _read(source, "issuer") == (organ, f"speaker's line (organ, {post} and name) above a report")


# -- _CONTENTS_HEADING, opening_contents: a contents list at a text's opening ------------------------------------------

from analysis.parse.metadata import opening_contents  # noqa: E402

_CONTENTS_TITLE = "某县河湖管护工作要点"
_LONG_HEADING = "二、" + "加强河道巡查和水质监测站点建设" * 3


def _contents(headings: list[str], again: str = "一、加强河道巡查") -> tuple[int, int] | None:
    return opening_contents(headings + [_CONTENTS_TITLE, again, "每月巡查一次。"])


_CONTENTS = ([(f"first-{n}", [f"{n}、加强河道巡查", f"{n}.建设监测站点", f"{n}、开展宣传引导"], f"{n}、加强河道巡查", (0, 3))
              for n in "一二三四五六七八九十"]
             + [(f"group-{n}", ["一、加强河道巡查", f"（{n}）清理河道垃圾", f"（{n}）建设监测站点"], "一、加强河道巡查", (0, 3))
                for n in "一二三四五六七八九十"]
             + [("digits", ["一、加强河道巡查", "1.清理河道垃圾", "2、建设监测站点"], "一、加强河道巡查", (0, 3)),
                ("two-only", ["一、加强河道巡查", "二、建设监测站点"], "一、加强河道巡查", None),
                ("forty", ["一、加强河道巡查", _LONG_HEADING[:40], "三、开展宣传引导"], "一、加强河道巡查", (0, 3)),
                ("forty-one", ["一、加强河道巡查", _LONG_HEADING[:41], "三、开展宣传引导"], "一、加强河道巡查", None)]
             + [(f"sentence-{p[-6:]}", ["一、加强河道巡查", p, "三、开展宣传引导"], "一、加强河道巡查", None)
                for p in ("二、建设站点。监测水质", "二、建设站点，监测水质", "二、建设站点；监测水质", "二、监测水质：建设站点",
                          "二、每日9:30开展巡查")])


@pytest.mark.parametrize("headings, again, found", [c[1:] for c in _CONTENTS], ids=[c[0] for c in _CONTENTS])
def test_a_contents_list_at_the_opening(headings, again, found):
    """``_CONTENTS_HEADING`` and ``opening_contents``, every numeral, sign and bound: three short headings or more
    (一、 … 十、, （一） … （十）, 1. 2、; forty characters at most, no sentence sign) opening the text, the first printed
    again after the title, are a contents list; two headings, a longer one or one holding 。，；：: are not."""
    assert _contents(headings, again) == found


# -- _FIVE_YEAR_TASKS: the five years a text sets its tasks for ----------------------------------------------------------

_FIVE_YEAR_SPANS = ([(f"“{n}”期间，全市河湖管护的主要任务", str(2001 + 5 * k))
                     for k, n in enumerate(("十五", "十一五", "十二五", "十三五", "十四五", "十五五", "十六五", "十七五", "十八五",
                                            "十九五"))]
                    + [("“十四五”时期，全市河湖管护的目标", "2021"), ('"十四五"期间，全市河湖管护的主要任务', "2021")])


@pytest.mark.parametrize("words, start", _FIVE_YEAR_SPANS, ids=[w[:6] for w, _ in _FIVE_YEAR_SPANS])
def test_the_five_year_span_a_text_sets_its_tasks_for(words, start):
    """``_FIVE_YEAR_TASKS``, every numeral (十五, 十一五 … 十九五), 期间 and 时期, 任务 and 目标, both quotes: a text whose
    title names no years sets its tasks for a five-year plan's span: those five years."""
    source = f"某市河湖保护工作意见\n{words}是：加强巡查，改善水质。{_NEUTRAL_PARTS}"
    rule = f"the five-year plan period the text sets its tasks for ({words[:20]})"
    assert (_read(source, "period_start"), _read(source, "period_end")) == ((start, rule), (str(int(start) + 4), rule))


# -- _ACHIEVED: an untitled text whose opening says what a year achieved -------------------------------------------------

_ACHIEVEMENTS = ["取得了明显成效", "取得积极进展", "取得了优异成绩", "取得丰硕成果", "交出了一份满意答卷", "圆满完成全年各项工作任务",
                 "顺利完成全年各项工作任务", "成效显著", "成绩明显", "成效突出", "成果丰硕"]


@pytest.mark.parametrize("said", _ACHIEVEMENTS)
def test_an_opening_that_says_what_a_year_achieved_is_a_report_s(said):
    """``_ACHIEVED``, every alternative: an untitled text opening on a year that 交出了一份满意答卷 (取得…成效/进展/成绩/
    成果, 圆满完成, 顺利完成, 成效显著, 成绩明显, 成效突出, 成果丰硕) is a report."""
    source = f"2023年，在市委市政府的坚强领导下，全市河湖管护工作{said}，河湖面貌持续改善。{_NEUTRAL_PARTS}"
    assert _read(source, "kind") == ("report", "opening paragraph says what a year achieved")


# -- CALL_NOTICE: a notice that calls for applications, nominations or documents ----------------------------------------

@pytest.mark.parametrize("word", ["申报", "推荐", "评选", "遴选", "征集", "报送", "编制"])
def test_a_notice_calling_for_what_the_addressees_are_to_send(word):
    """``CALL_NOTICE``, every word: 某市水利局关于做好2024年河湖管护项目遴选工作的通知 asks the addressees to send something:
    neither a plan nor a report."""
    source = f"某市水利局关于做好2024年河湖管护项目{word}工作的通知{_NEUTRAL_PARTS}"
    assert _read(source, "kind") == (
        "other", "title names a notice that calls for applications, nominations or documents (关于组织申报/推荐/编制…的通知)")


# -- _LOOKS_BACK: an untitled text opening on a stretch of time gone by ---------------------------------------------------

_LOOKED_BACK = ["今年以来", "2023年以来", "1999年以来", "四季度以来", "第一季度以来", "第二季度以来", "第三季度以来", "上半年以来",
                "前三季度以来", "一年以来", "一年来", "过去的一年", "过去的一年里", "过去的一年中"]


@pytest.mark.parametrize("since", _LOOKED_BACK)
def test_an_opening_that_looks_back_is_a_report_s(since):
    """``_LOOKS_BACK``, every alternative: an untitled text whose opening paragraph starts 上半年以来， (今年以来 · 2023年以来 ·
    第三季度以来 · 前三季度以来 · 一年来 · 过去的一年里 …) looks back: a report, the rule quoting the words."""
    source = f"{since}，在市委市政府的坚强领导下，全市河湖管护工作扎实推进，河湖面貌持续改善。{_NEUTRAL_PARTS}"
    assert _read(source, "kind") == ("report", f"opening paragraph looks back ({since})")


# -- _NEWS_LEAD: a news item's lead (a dateline, a day, 近日…) ---------------------------------------------------------------

_HEADLINE = "某市水利局召开河湖管护工作会议\n"
_NEWS_TEXT = "某市水利局召开全市河湖管护工作会议，部署今年河湖管护重点工作。会议强调，要压实责任，确保河湖面貌持续改善。\n"
_LEADS = ["5月8日，", "5月8-9日，", "5月8—9日，", "5月8至9日，", "5月8号，", "5月8日上午，", "5月8日下午，", "5月8日晚，", "日前，",
          "近日，", "本报讯，", "记者，"]


@pytest.mark.parametrize("lead", _LEADS)
def test_a_headline_above_a_news_lead_is_a_news_item(lead):
    """``_NEWS_LEAD``'s days and words, every alternative: a headline above a paragraph that opens 5月8至9日， (5月8号，
    · 5月8日晚， · 日前， · 本报讯， …) is a news item."""
    assert _read(_HEADLINE + lead + _NEWS_TEXT, "kind") == ("other", "news item (headline above a news lead)")


@pytest.mark.parametrize("dateline", ["中国河湖保护信息网3月5日讯", "中国水利水电建设报3月5日讯", "黑龙江省广播电视台3月5日讯",
                                      "新华社3月5日电"])
def test_a_text_under_a_dateline_is_a_news_item(dateline):
    """``_NEWS_LEAD``'s dateline (a source of up to eight characters and its 网, 报 or 台; 电 or 讯): an untitled text
    under one is a news item (the normalizer sets the dateline apart; the reader still sees it)."""
    import tempfile
    from pathlib import Path
    from analysis.parse.corpus import read_document
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "news.txt"
        path.write_text(f"{dateline}\n{_NEWS_TEXT}", encoding="utf-8")
        kind = read_document(path, meta=None).meta["metadata_fields"]["kind"]
    assert (kind.value, kind.rule) == ("other", "news item (opening paragraph is a news lead)")


@pytest.mark.parametrize("end", ["分工方案", "进展情况表", "完成情况表", "执行情况表", "落实情况表"])
def test_a_one_year_title_s_period_quotes_the_whole_document_word(end):
    """``_PLAN_END``'s 分工方案 and ``_REPORT_END``'s 进展/完成/执行/落实 before 情况表, read by ``_ONE_YEAR``: the period of
    某市2024年河湖管护执行情况表 is 2024, the rule quoting the title's words to its end (not to 分工 or 情况, which a
    shorter alternative would stop at)."""
    source = f"某市2024年河湖管护{end}{_HEADINGS}"
    assert _read(source, "period_start") == ("2024", f"period in the title (2024年河湖管护{end})")


# -- the word tables _kind_of_title reads (_FEEDBACK_TITLE, _ARRANGING_NOTICE, _PROGRESS_NOTICE, _REPORTING_LETTER,
#    _TASK_NOTICE, _SERVICE_LIST, _RELEASE_NEWS, _ACTION_NEWS) ---------------------------------------------------------

_FEEDBACK = "title names an inspection's feedback (…督导检查反馈意见): findings reported, no plan"
_ARRANGES = "title names a notice that arranges work (关于组织/开展/做好/建立…的通知)"
_PROGRESS = "title names a public notice of progress made (…整改进展情况的公告, …完成情况的通报)"
_LETTER = "title names a letter that reports (…情况的函)"
_TASKS = "title names a notice that hands out tasks"
_SERVICES = "title names a list of services or matters (…服务清单, …事项清单), not of work to do"
_RELEASE = "title reports a document's release (…发布…)"
_ACTION = "title reports what a body did (某办部署开展…, 某局召开…): news"
_TITLE_WORDS = (
    [(f"某市河湖管护{w}反馈意见", "report", _FEEDBACK)
     for w in ("督导", "督查", "检查", "巡视", "巡察", "评估", "考核", "审计", "验收", "核查")]
    + [("某市河湖管护督导反馈情况", "report", _FEEDBACK)]
    + [(f"关于{w}河湖管护工作的通知", "plan", _ARRANGES) for w in (
        "组织", "开展", "做好", "抓好", "建立", "健全", "加强", "推进", "进一步做好", "进一步抓好", "进一步加强", "进一步推进")]
    + [(f"某市水利局关于河湖问题整改{w}的{n}", "report", _PROGRESS)
       for w, n in (("情况", "公告"), ("进展", "公告"), ("情况", "通告"), ("情况", "公示"))]
    + [(f"某市水利局关于河湖管护{w}情况的通报", "report", _PROGRESS) for w in ("进展", "完成", "落实", "推进", "监测")]
    + [(f"某市水利局关于河湖管护{w}的函", "report", _LETTER)
       for w in ("工作情况", "工作报告", "工作进展", "工作落实", "问题整改", "建议答复")]
    + [("某市水利局关于河湖管护工作情况的复函", "report", _LETTER)]
    + [(f"某市水利局关于河湖管护{w}的通知", "plan", _TASKS) for w in ("任务", "分工", "分解", "工作要点", "工作安排", "部署")]
    + [(f"某市水利局河湖管护{w}清单", "other", _SERVICES)
       for w in ("服务", "事项", "权力", "权责", "负面", "收费", "证明", "公共服务", "服务项目")]
    + [(f"某市{v}河湖管护工作方案", "other", _RELEASE) for v in ("发布", "印发", "出台", "公布")]
    + [(f"某市水利{o}部署2023年度河湖管护工作总结", "other", _ACTION) for o in ("厅", "局", "委", "办", "院", "部", "中心")]
    + [(f"某市人民政府{v}2023年度河湖管护工作总结", "other", _ACTION) for v in ("部署", "召开", "举行", "启动", "组织召开")])


@pytest.mark.parametrize("title, kind, rule", _TITLE_WORDS, ids=[t for t, _, _ in _TITLE_WORDS])
def test_the_words_of_what_a_title_names(title, kind, rule):
    """The word tables ``_kind_of_title`` reads, every word: an inspection's feedback (…巡察反馈意见), a notice that
    arranges work (关于进一步抓好…的通知), a notice of progress (…整改情况的公示), a reporting letter (…建议答复的函), a
    notice handing out tasks (…部署的通知), a list of services (…权责清单), news of a release (某市公布…) or of what a
    body did (某市水利院部署…, 某市人民政府组织召开…)."""
    assert _read(title + _HEADINGS, "kind") == (kind, rule)


@pytest.mark.parametrize("note", ["最新", "全文", "范文", "精选", "完整版", "推荐", "word版", "附全文", "图文", "原文", "纲目", "纲 目",
                                  "目录", "提纲"])
def test_a_page_s_note_after_the_title_is_no_part_of_it(note):
    """``_WEB_NOTE``, every note: 某市河湖管护工作方案（完整版） is the title 某市河湖管护工作方案."""
    assert text_value(f"某市河湖管护工作方案（{note}）{_HEADINGS}", "title") == "某市河湖管护工作方案"


@pytest.mark.parametrize("label, bar", [("政策解读", " | "), ("权威解读", " | "), ("图文解读", " | "), ("图解", " | "),
                                        ("一图读懂", " | "), ("解读", " | "), ("政策解读", "｜"), ("政策解读", "："),
                                        ("政策解读", "\t|\t")])
def test_an_interpretation_s_headline(label, bar):
    """``_INTERPRETATION``, every label and bar (and the tabs around it): 一图读懂 | 某市河湖管护工作方案 is an interpretation's headline, a
    document of another kind."""
    source = f"{label}{bar}某市河湖管护工作方案{_HEADINGS}"
    assert (_read(source, "title")[1], _read(source, "kind")) == (
        "interpretation's headline (解读 | …)", ("other", "title names an interpretation (解读 | …)"))


# -- _ORGAN_END read by _read_level: an organ word within twelve characters of a bare level word ---------------------------

_WITHIN_11, _WITHIN_12 = "城乡供水和农村饮水安全", "城乡供水和农村饮用水安全"  # (eleven and twelve characters, no organ word in them)
_AT_THE_EDGE = ([(_WITHIN_11, w) for w in ("管理局", "人民政府", "执法队", "妇女联合会", "执法检查组", "残疾人联合会")]
                + [(_WITHIN_12, w) for w in ("党委", "大队", "支队", "总队", "中队", "总工会", "团委", "常委会")])


@pytest.mark.parametrize("words, organ", _AT_THE_EDGE, ids=[o for _, o in _AT_THE_EDGE])
def test_an_organ_word_at_the_edge_of_a_bare_level_word_s_reach(words, organ):
    """``_ORGAN_END``'s longer words, read in ``_read_level``'s look-ahead (an organ word opening within twelve
    characters of a title's bare level word): 市城乡供水和农村饮用水安全大队… opens its organ word 大队 on the twelfth
    character — within reach, though its last word 队 is not — so the title's 市 names the level; a title with no organ
    word there (…工作组…) names none."""
    assert _read(f"市{words}{organ}河湖管护工作要点{_HEADINGS}", "level") == (
        "municipal", "title opens with a bare level word 市")
    assert _read(f"市{_WITHIN_12}工作组河湖管护工作要点{_HEADINGS}", "level") == ("", "")


# -- _PERIOD_LINE: the period printed on the line under the title ----------------------------------------------------------

@pytest.mark.parametrize("line, written", [(f"（2021{d}2025年）", f"2021{d}2025年") for d in ("-", "—", "–", "～", "~", "至", "到")]
                         + [("（2024年）", "（2024年）"), ("（2024年度）", "（2024年度）"), ("2024年）", "（2024年）")])
def test_the_period_on_the_line_under_the_title_is_part_of_it(line, written):
    """``_PERIOD_LINE``, every dash and word (- — – ～ ~ 至 到) and the one-year forms (（2024年）, （2024年度）, its opening
    bracket lost): the line under 某市河湖保护规划 joins the title, and gives the period."""
    source = f"某市河湖保护规划\n{line}{_HEADINGS}"
    start = written[:4] if written[0] != "（" else written[1:5]
    assert (text_value(source, "title"), _read(source, "period_start")) == (
        "某市河湖保护规划（" + line.lstrip("（"), (start, f"period in the title ({written})"))


# -- _SENTENCE_START: a line opening like a sentence is no title ---------------------------------------------------------

@pytest.mark.parametrize("word", ["为", "根据", "按照", "现将", "经", "依据", "各", "请", "近日", "日前", "今年", "本", "我", "在", "从",
                                  "据", "将"])
def test_a_line_opening_like_a_sentence_is_no_title_line(word):
    """``_SENTENCE_START``, every word: 据河湖管护工作方案 ends like a title but opens like a sentence: no title line."""
    assert is_title_line("河湖管护工作方案")
    assert not is_title_line(f"{word}河湖管护工作方案")


# -- _REPORT_PART: a first part that reports what was done -----------------------------------------------------------------

_LOOKING_BACK = "2023年，在市委市政府的坚强领导下，全市河湖管护工作扎实推进，各项任务稳步实施。"
_REPORT_PARTS = ([f"{n}、河湖管护工作开展情况" for n in "一二三四五六七八九十"]
                 + [f"一.河湖管护{w}" for w in ("情况", "成效", "主要做法", "主要工作", "工作开展")])


@pytest.mark.parametrize("part", _REPORT_PARTS)
def test_an_opening_on_a_year_over_a_part_that_reports(part):
    """``_REPORT_PART``, every numeral, sign and word: an untitled text opening on a year (2023年，…) whose first part
    reports what was done (八、…工作开展情况 · 一.河湖管护主要做法) is a report."""
    source = f"{_LOOKING_BACK}\n{part}\n全年巡查河道一百次。\n"
    assert _read(source, "kind") == ("report", "opening paragraph looks back on a year and the first part reports what was done")


# -- _clean_title: what a page or a database writes around a title -----------------------------------------------------------

_WRAPPED_TITLES = (
    [(f"{d}某市河湖管护工作方案", "某市河湖管护工作方案")
     for d in ("20230607", "19991231", "20231120", "20231115", "20231010")]  # a page's date run into it
    + [("（湖北省）武汉市河湖管护工作方案", "武汉市河湖管护工作方案"),  # a compiler's note of the province
       ("（内蒙古自治区）锡林郭勒盟河湖管护工作方案", "锡林郭勒盟河湖管护工作方案"),
       ("（湖北省）恩施州河湖管护工作方案", "恩施州河湖管护工作方案"), ("（山西省）平遥县河湖管护工作方案", "平遥县河湖管护工作方案"),
       ("（山西省）小店区河湖管护工作方案", "小店区河湖管护工作方案")]
    + [(f"某市河湖管护实施意见（某政{a}{y}{b}101号）", "某市河湖管护实施意见")  # its 文号 in brackets after it
       for a, y, b in (("〔", "2017", "〕"), ("[", "1998", "]"), ("［", "2017", "］"))]
    + [("《某市河湖管护工作方案》（某政〔2017〕101号）", "某市河湖管护工作方案"),
       ("某市河湖管护若干措施（草案解", "某市河湖管护若干措施"), ("某市河湖管护若干措施（草", "某市河湖管护若干措施")])


@pytest.mark.parametrize("line, title", _WRAPPED_TITLES, ids=[t[:14] for t, _ in _WRAPPED_TITLES])
def test_what_a_page_writes_around_a_title_is_no_part_of_it(line, title):
    """``_clean_title``, every alternative and class: a page's date run into the title (20231120…, 19991231…), a
    compiler's note of the province before a city, prefecture, league, county or district ((湖北省)恩施州…), the
    文号 in brackets after it (〔〕, [], ［］; 19…, 20…) and a bracket the site cut (…（草案解): the title is the rest."""
    assert text_value(line + _HEADINGS, "title") == title


# -- _read_level's bare level words: a title opening with 某市, 本市, XX市 … ---------------------------------------------------

_BARE_TITLES = ([(f"{p}市河湖管护工作要点", "municipal", "市") for p in ("某", "本", "全", "我", "XX", "xx", "××", "＊＊", "**")]
                + [(f"某{w}河湖管护工作要点", lvl, w) for w, lvl in (("省", "provincial"), ("自治区", "provincial"),
                                                              ("州", "municipal"), ("盟", "municipal"), ("县", "county"),
                                                              ("区", "county"), ("旗", "county"))]
                + [(f"{y}年某县河湖管护工作要点", "county", "县") for y in ("2024", "1999")])


@pytest.mark.parametrize("title, level, word", _BARE_TITLES, ids=[t[:6] for t, _, _ in _BARE_TITLES])
def test_a_title_opening_with_a_placeholder_or_a_bare_level_word(title, level, word):
    """``_read_level``'s bare level word after 某 本 全 我 or a placeholder (XX xx ×× ＊＊ **), its year before it taken
    off (2024年某县…, 1999年…): a title the cover names (现将《我市河湖管护工作要点》印发) is at that word's level."""
    source = f"各有关单位：\n现将《{title}》印发给你们，请认真贯彻执行。\n"
    assert _read(source, "level") == (level, f"title opens with a bare level word {word}")


@pytest.mark.parametrize("title", ["本市政务服务工作要点", "本市委托服务工作要点"])
def test_a_bare_level_word_before_政_or_委_names_no_level(title):
    """``_read_level``'s refused 政 and 委 after the level word (本市政务… is no 市's organ's title by that word)."""
    assert _read(f"各有关单位：\n现将《{title}》印发给你们，请认真贯彻执行。\n", "level") == ("", "")


# -- _BARE_UNIT: the bodies a text assigns work to, named by a bare level word ---------------------------------------------

def _with_units(units: str) -> str:
    return ("河湖管护工作方案\n为加强河湖管理，改善水环境质量，保障河湖生态安全，现制定本方案。\n一、主要任务\n"
            f"（一）清理河道垃圾，每月巡查一次。{units}\n")


_UNIT_NAMES = ([(f"责任单位{c}县水利局{c}县财政局", "county", "县", "县水利局") for c in ("、", "，", "：", "（", "|", "；")]
               + [(f"（{w}水利局、{w}财政局）", lvl, w, f"{w}水利局") for w, lvl in (
                   ("省", "provincial"), ("市", "municipal"), ("县", "county"), ("区", "county"), ("旗", "county"))]
               + [(f"（县水利{e}、县财政{e}）", "county", "县", f"县水利{e}")
                  for e in ("局", "厅", "委员会", "办公室", "中心", "院", "馆", "队", "股")])


@pytest.mark.parametrize("units, level, word, first", _UNIT_NAMES, ids=[u for u, _, _, _ in _UNIT_NAMES])
def test_the_units_a_text_names_by_a_bare_level_word(units, level, word, first):
    """``_BARE_UNIT``, every sign before a unit (、 ， ： （ | ；), every level word and every body word (局 厅 委员会 办公室
    中心 院 馆 队 股): a text with no other sign of its level that assigns work to 旗水利局 and 旗财政局 is a 旗's."""
    assert _read(_with_units(units), "level") == (level, f"units the text names are a {word}'s ({first} …, 2 of 2)")


@pytest.mark.parametrize("units", ["（县级水利局、县级财政局）", "（县政府各部门、县政府各单位）", "（县水利局局长、县财政局局长）",
                                   "（县水利局主任、县财政局主任）", "（县水利局书记、县财政局书记）"])
def test_a_level_s_bodies_or_officials_are_no_units_of_the_author(units):
    """``_BARE_UNIT``'s refusals: 县级… and 县政府各… name the bodies of a level, …局长, …主任 and …书记 people: no level."""
    assert _read(_with_units(units), "level") == ("", "")


# -- _FIELD: the signs a field's label may follow on a row of fields ------------------------------------------------------

@pytest.mark.parametrize("sign", [" ", "•", "·", "|", "｜", ">", "＞", "："])
def test_a_short_label_after_each_sign_on_a_row_of_fields(sign):
    """``_FIELD``'s signs before a label (a space, • · | ｜ > ＞, or the colon of a field left empty): a short label
    (日期, which a longer run of characters could hold) after one of them on a row of fields is read."""
    source = f"发文机关：某市水利局{sign}日期：2024年3月1日\n{_NOTICE_BODY}"
    assert source_value(source, "published_date") == "2024-03-01"


# -- _LOOKS_BACK_PART, _LOOKS_AHEAD_PART: parts that look back on a year, then ahead to the next ----------------------------

_NUMERALS = "一二三四五六七八九十"
_BACK_AND_AHEAD = ([(f"{n}、2023年工作完成情况", f"{_NUMERALS[(k + 1) % 10]}、2024年工作计划") for k, n in enumerate(_NUMERALS)]
                   + [("一、2023年工作完成情况", f"{n}、2024年工作计划") for n in _NUMERALS]
                   + [(f"一.2023年河湖管护{w}", "二.2024年工作计划")
                      for w in ("完成情况", "工作情况", "工作总结", "主要工作", "工作开展情况", "工作成效")]
                   + [("一、2023年工作完成情况", f"二、2024年河湖管护{w}")
                      for w in ("计划", "思路", "打算", "安排", "要点", "重点工作", "工作重点")])


@pytest.mark.parametrize("back, ahead", _BACK_AND_AHEAD, ids=[f"{b}/{a}" for b, a in _BACK_AND_AHEAD])
def test_parts_that_look_back_on_a_year_and_ahead_to_the_next(back, ahead):
    """``_LOOKS_BACK_PART`` and ``_LOOKS_AHEAD_PART``, every numeral, sign and word: an untitled text whose first part
    looks back on 2023 (…工作开展情况) and a later part ahead to 2024 (…工作重点) is a report of both years."""
    source = f"{back}\n全年巡查河道一百次。\n{ahead}\n继续加强巡查。\n"
    rule = "the years the parts look back on and ahead to"
    assert (_read(source, "kind"), _read(source, "period_start"), _read(source, "period_end")) == (
        ("report", "the parts look back on a year and ahead to the next"), ("2023", rule), ("2024", rule))


# -- _ONE_YEAR: a one-year document's title, what may stand between its year and its word ------------------------------------

@pytest.mark.parametrize("between", ["第1季度", "4季度", "3月份", "11月", "“5+3”", "河湖·清四乱", "河湖•清四乱", "河湖・清四乱", "第三季度",
                                     "上半年", "度",
                                     # (round 30's: the first three quarters, a range of months)
                                     "前三季度", "1—6月", "1–6月", "1-6月", "1~6月", "1～6月", "1至6月", "1到6月",
                                     # a count of the items it holds (10项, 3件, 5个)
                                     "10项", "3件", "5个",
                                     # a long quoted name (more than twenty characters) among the words
                                     "“河湖长制从有名有实走向有能有效全面提升行动”"])
def test_a_one_year_title_s_period_quotes_its_words(between):
    """``_ONE_YEAR``'s quarter or month in digits (第1季度, 3月份), a quoted name holding no Chinese (“5+3”) and the dots
    of a name (· • ・): 某市2024年…河湖管护工作要点 covers 2024, the rule quoting the title from its year to its word."""
    source = f"某市2024年{between}河湖管护工作要点{_HEADINGS}"
    assert _read(source, "period_start") == ("2024", f"period in the title (2024年{between}河湖管护工作要点)")


# -- _ends_like_title: sentence signs and the bound of a title line -------------------------------------------------------

@pytest.mark.parametrize("line, title", [(f"某市河湖管护{c}工作方案", False) for c in "。；！？"]
                         + [("某市" + "河湖管护" * 19 + "方案", True), ("某市" + "河湖管护" * 19 + "河方案", False),
                            ("以河湖长制为抓手，推进河湖管护工作方案", False), ("对河湖长制为抓手，推进河湖管护工作方案", False),
                            ("以河湖长制为抓手推进河湖管护工作方案", True)])
def test_a_title_line_holds_no_sentence_sign_and_eighty_characters_at_most(line, title):
    """``_ends_like_title``'s sentence signs (。 ； ！ ？), its bound (80 characters, not 81) and the comma after 以/对: a line
    ending like a plan is a title line only without them."""
    assert is_title_line(line) is title


# -- _TERM: a legislature's term before the division a title opens with ------------------------------------------------------

@pytest.mark.parametrize("n", "一二三四五六七八九十")
def test_a_term_before_the_title_s_division(n):
    """``_TERM``'s numerals: 第七届平遥县河湖文化节工作方案 opens with 平遥县 after its term: a county's."""
    assert _read(f"第{n}届平遥县河湖文化节工作方案{_HEADINGS}", "level") == ("county", "title opens with division 平遥县")


# -- _SUMMARY_AND_PLAN: a title that looks back and ahead, over a first part reviewing the year before ------------------------

@pytest.mark.parametrize("joined, ahead", [(j, "计划") for j in ("及", "和", "暨", "与", "以及")]
                         + [("及", w) for w in ("打算", "谋划", "思路", "安排", "要点")])
def test_a_summary_and_plan_over_a_part_reviewing_the_year_before(joined, ahead):
    """``_SUMMARY_AND_PLAN``, every joining word and every word ahead: 某市水利局2023年工作总结以及2023年工作思路 over a
    first part 一、2022年工作总结 runs from the year the part reviews to the title's year (flagged: they disagree)."""
    source = (f"某市水利局2023年工作总结{joined}2023年工作{ahead}\n一、2022年工作总结\n全年巡查河道一百次。\n"
              f"二、2023年工作{ahead}\n继续巡查。\n")
    rule = "the report's first part reviews another year than its title (2022; the title: 2023–2023)"
    assert (_read(source, "period_start"), _read(source, "period_end")) == (("2022", rule), ("2023", rule))


# -- _MINISTRY_SUBJECT: an untitled text whose opening's subject is a central ministry ---------------------------------------

_MINISTRY_OPENINGS = ([("2023年", "水利部", v) for v in ("坚持", "认真", "深入", "全面", "紧紧", "始终", "积极", "扎实", "聚焦", "围绕",
                                                      "按照")]
                      + [("2023年", "国家税务总局", "坚持"), ("2023年", "海关总署", "坚持"), ("2023年", "国家审计署", "坚持"),
                         ("2023年以来", "水利部", "坚持"), ("2023年度", "水利部", "坚持"), ("1999年", "水利部", "坚持")])


@pytest.mark.parametrize("year, organ, verb", _MINISTRY_OPENINGS, ids=[f"{y}{o}{v}" for y, o, v in _MINISTRY_OPENINGS])
def test_an_opening_whose_subject_is_a_central_ministry(year, organ, verb):
    """``_MINISTRY_SUBJECT``, every alternative: 2023年度，海关总署紧紧… (a ministry 部, an administration 总局 or 总署,
    an office 署, then a verb of work) opens a central organ's text: national."""
    source = f"{year}，{organ}{verb}贯彻落实党中央决策部署，扎实推进各项工作，取得积极进展。{_NEUTRAL_PARTS}"
    assert _read(source, "level") == ("national", f"opening paragraph's subject is a central ministry ({organ})")


# -- _RELEASE_ORGANS: who a release sentence says issued the document it carries ---------------------------------------------

_RELEASES = [(f"近日，某市水利局印发了《{_PLAN}》，全文如下。", "某市水利局"), (f"某市水利局近日印发《{_PLAN}》，全文如下。", "某市水利局"),
             (f"某市水利局日前发布《{_PLAN}》，全文如下。", "某市水利局"), (f"据悉：某市水利局印发了《{_PLAN}》，全文如下。", "某市水利局"),
             (f"3月8日。某市水利局印发了《{_PLAN}》，全文如下。", "某市水利局"),
             (f"近日，某市水利局、某市财政局联合出台了《{_PLAN}》。\n《{_PLAN}》全文如下：", "某市水利局、某市财政局"),
             (f"近日，某市水利局出台《{_PLAN}》。\n《{_PLAN}》全文如下：", "某市水利局")]


@pytest.mark.parametrize("sentence, organs", _RELEASES, ids=[s[:12] for s, _ in _RELEASES])
def test_the_organs_of_a_release_sentence_issue_the_document_it_carries(sentence, organs):
    """``_RELEASE_ORGANS``, every alternative (the sentence's start, ， 。 or ：; 近日 or 日前 after the organs; 联合; 印发, 发布
    or 出台, with or without 了): the organs that released the document the news item carries issued it."""
    assert _read(sentence + "\n一、总体要求\n坚持系统治理。\n", "issuer") == (organs, "organs of the release sentence naming the title")


# -- _PLAN_HEADING, _REPORT_HEADING: an untitled text's headings read like a plan or a report --------------------------------

_PLAN_HEADS = ("总体要求", "指导思想", "工作目标", "主要目标", "主要任务", "重点任务", "重点工作", "保障措施", "实施步骤", "工作措施",
               "组织领导", "任务分工")
_REPORT_HEADS = ("总体情况", "基本情况", "主要做法", "工作成效", "主要成效", "完成情况", "开展情况", "存在问题", "存在的问题", "下一步",
                 "工作打算", "主要工作")
_HEADING_PAIRS = ([(w, "组织领导" if w != "组织领导" else "总体要求", "plan") for w in _PLAN_HEADS]
                  + [(w, "总体情况" if w != "总体情况" else "基本情况", "report") for w in _REPORT_HEADS])


@pytest.mark.parametrize("first, second, kind", _HEADING_PAIRS, ids=[f"{a}/{b}" for a, b, _ in _HEADING_PAIRS])
def test_two_headings_of_one_kind_give_the_kind(first, second, kind):
    """``_PLAN_HEADING`` and ``_REPORT_HEADING``, every word: an untitled text whose two parts are 一、实施步骤 and 二、组织领导
    reads like a plan; 一、存在的问题 and 二、总体情况 like a report."""
    source = f"一、{first}\n全年巡查河道一百次。\n二、{second}\n继续加强巡查。\n"
    assert _read(source, "kind") == (kind, f"the headings read like a {kind}")


# -- _SPEECH_TITLE: a speech's title opens like a sentence ------------------------------------------------------------------

@pytest.mark.parametrize("title", [f"在全市河湖管护工作{m}上的讲话" for m in ("会议", "推进会", "仪式", "论坛", "典礼", "开班式")]
                         + ["在全市河湖管护工作会议上的致辞", "在全市河湖管护工作会议上的发言"])
def test_a_speech_s_title_is_a_title_line(title):
    """``_SPEECH_TITLE``, every word: 在全市河湖管护工作开班式上的讲话 opens with 在 like a sentence, yet is a title line."""
    assert is_title_line(title)


# -- _DRAFT_WORDS: a draft's note on the line under the title -----------------------------------------------------------------

@pytest.mark.parametrize("note", ["征求意见稿", "送审稿", "讨论稿", "草案", "修订稿", "2023年修订", "2023年修正版", "1999年修订"])
def test_a_draft_s_note_under_the_title_is_part_of_it(note):
    """``_DRAFT_WORDS``, every word: the line （讨论稿） or （2023年修正版） under a plan's title joins it; the plan is
    still a plan (a call for comments only when the words say so outside the note)."""
    source = f"某市河湖管护工作方案\n（{note}）\n一、总体要求\n坚持系统治理。\n"
    assert (text_value(source, "title"), _read(source, "kind")) == (
        f"某市河湖管护工作方案（{note}）", ("plan", "title ends like a plan"))


# -- _YEAR_LIST_END: a year's list of a longer plan's work --------------------------------------------------------------------

@pytest.mark.parametrize("words", ["任务清单", "工作清单", "责任清单", "工作要点", "任务分解", "任务分工", "责任分解", "工作台账", "重点任务",
                                   "任务清单表"])
def test_a_year_s_list_of_a_three_year_plan_s_work_covers_that_year(words):
    """``_YEAR_LIST_END``, every word: 2021年某市河湖管护三年行动工作台账 names a three-year plan, but the title ends on a
    list of one year's work: 2021."""
    title = f"2021年某市河湖管护三年行动{words}"
    rule = f"period in the title ({title})"
    source = title + _HEADINGS
    assert (_read(source, "period_start"), _read(source, "period_end")) == (("2021", rule), ("2021", rule))


@pytest.mark.parametrize("title", ["某市河湖保护规划实施规则", "某市河湖保护计划执行办法", "某市河湖保护方案管理规则", "某市河湖保护规划细则"])
def test_the_rules_that_carry_out_a_plan(title):
    """``_RULES_OF_A_PLAN``, every word (规划 计划 方案; 实施 执行 管理; 细则 办法 规则)."""
    assert _read(title + _HEADINGS, "kind") == (
        "other", "title names the rules that carry out a plan (…规划实施细则): a regulation or a plan")


# -- _EVERY_LEVEL: an opening that tells every level's bodies what to do ---------------------------------------------------------

_EVERY = [(o, v) for o in ("水利部门", "水利机关", "水利单位", "人民政府") for v in ("要", "应", "务必", "必须")]


@pytest.mark.parametrize("bodies, verb", _EVERY, ids=[f"{o}{v}" for o, v in _EVERY])
def test_an_opening_addressing_every_level_s_bodies_is_the_centre_s(bodies, verb):
    """``_EVERY_LEVEL``, every word: an untitled text that names no region and opens 各级人民政府务必… speaks for the centre."""
    source = f"为加强河湖管理，改善水环境质量，各级{bodies}{verb}切实履行职责，扎实推进河湖管护工作。{_HEADINGS}"
    assert _read(source, "level") == (
        "national", f"the opening addresses every level's bodies and the text names no region (各级{bodies}{verb})")


# -- _SHORT_NAME, _TELLS: a page that speaks of a document by its short name ---------------------------------------------------

_SPEAKS = ([(q0, q1, "强调", "要求") for q0, q1 in (("《", "》"), ("“", "”"), ('"', '"'))]
           + [("《", "》", t, t) for t in ("提出", "指出", "明确", "规定", "部署", "围绕", "共分", "分为", "包括")])


@pytest.mark.parametrize("q0, q1, first, second", _SPEAKS, ids=[f"{a}{c}" for a, _, c, _ in _SPEAKS])
def test_a_page_that_speaks_of_a_document_by_its_short_name(q0, q1, first, second):
    """``_SHORT_NAME`` (its three quotes) and ``_TELLS`` (every verb): a page that names a document short (以下简称“分工意见”)
    and opens two paragraphs with what it says (《分工意见》共分…) is about the document: other."""
    source = (f"近日，某市印发关于河湖管护工作的分工意见（以下简称{q0}分工意见{q1}）。\n"
              f"{q0}分工意见{q1}{first}，要加强河湖管护。\n{q0}分工意见{q1}{second}，要落实河长责任。\n")
    assert _read(source, "kind") == (
        "other", f"the page speaks of the document (《分工意见》{first}…): an interpretation or a news item")


# -- DOC_NUMBER, _NUMBER_WITHOUT_HAO, _read_doc_number: the document's own 文号 in its front matter ------------------------------

_BRACKETS = [("〔", "〕"), ("[", "]"), ("［", "］"), ("（", "）"), ("【", "】"), ("﹝", "﹞")]
_NUMBER_LINES = ([(f"某水发{o}{y}{c}5号", f"某水发〔{y}〕5号") for o, c in _BRACKETS for y in ("2024", "1999")]
                 + [(f"某水发{o}{y}{c}5", f"某水发〔{y}〕5") for o, c in _BRACKETS for y in ("2024", "1999")])


@pytest.mark.parametrize("line, number", _NUMBER_LINES, ids=[n for n, _ in _NUMBER_LINES])
def test_a_number_line_over_the_title_in_any_brackets(line, number):
    """``DOC_NUMBER`` and ``_NUMBER_WITHOUT_HAO``, every bracket of the year (〔〕 [] ［］ （） 【】 ﹝﹞) and both centuries, with
    its 号 or without it: a line that is a 文号, above the title, is the document's number, in its standard form."""
    assert _read(f"{line}\n某市河湖管护工作方案\n一、总体要求\n坚持系统治理。\n", "doc_number") == (number, "文号 line in the front matter")


_NUMBER_BESIDE = ["某水发〔2024〕5号关于河湖管护的请示", "某水发〔2024〕5号河湖管护工作通知", "某水发〔2024〕5号河湖管护工作方案",
                  "某水发〔2024〕5号 签发人：张某", "（某水发〔2024〕5号）某市水利局关于做好河湖管护工作的通知",
                  "（某水发〔2024〕5号）某市水利局关于加强河湖管护的意见", "（某水发〔2024〕5号）某市水利局关于河湖管护的实施方案",
                  "关于做好河湖管护工作的通知（某水发〔2024〕5号）", "某水发〔2024〕5号 2024年3月1日", "某水发〔2024〕5号（特急）"]


@pytest.mark.parametrize("line", _NUMBER_BESIDE)
def test_the_own_number_beside_what_a_header_line_also_holds(line):
    """``_read_doc_number``, every alternative: the number beside 关于…, a title ending on 通知 or 方案, the signer, a notice's
    title after it in brackets (…的通知, …的意见, …的实施方案) or before it, a date, or four characters more at most
    (（特急）) is the document's own; with five more (（特急件）) the line is no number line."""
    source = f"{line}\n各有关单位：\n为加强河湖管理，现将有关事项通知如下。\n一、加强巡查\n每月巡查一次。\n"
    assert _read(source, "doc_number") == ("某水发〔2024〕5号", "文号 line in the front matter")
    assert _read(source.replace("（特急）", "（特急件）"), "doc_number") == (
        ("", "") if line.endswith("（特急）") else ("某水发〔2024〕5号", "文号 line in the front matter"))


# -- _BREADCRUMB: a page's breadcrumb that ends with the title line --------------------------------------------------------------

_CRUMBS = [(lead, sep) for lead in ("首页", "网站首页", "当前位置：首页", "您的位置：首页", "您当前的位置：首页", "您现在的位置：首页")
           for sep in (" > ", ">", "＞", " » ")]


@pytest.mark.parametrize("lead, sep", _CRUMBS, ids=[f"{a}{b.strip()}" for a, b in _CRUMBS])
def test_a_title_line_the_breadcrumb_ends_with_is_whole(lead, sep):
    """``_BREADCRUMB``, every opening word and every arrow (> ＞ »): the page's breadcrumb (您现在的位置：首页 » 政策文件 » X)
    ends with the title line X, so the organ on the line above (某市水利局) is no part of it — without the breadcrumb
    the two lines are one title."""
    body = "\n某市水利局\n某市河湖管护工作方案\n一、总体要求\n坚持系统治理。\n二、主要任务\n每月巡查一次。\n"
    assert source_value(f"{lead}{sep}政策文件{sep}某市河湖管护工作方案{body}", "title") == "某市河湖管护工作方案"
    assert source_value(body.lstrip("\n"), "title") == "某市水利局某市河湖管护工作方案"


# -- _FILE_TAIL, _ARTICLE_NO, _PAGE_SUFFIX: a file's, an essay site's or a page's words around the title ----------------------

@pytest.mark.parametrize("line", [f"某市河湖管护工作方案{t}" for t in (".doc", ".docx", ".pdf", ".wps", ".txt", "（18页）", "（20240108）",
                                                                  "（19991231）", ".pdf（18页）")]
                         + [f"第{n}篇某市河湖管护工作方案" for n in ("1", "12", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十")])
def test_a_file_s_extension_page_count_or_date_and_an_essay_site_s_number_are_no_part_of_the_title(line):
    """``_FILE_TAIL`` (.doc .docx .pdf .wps .txt, a page count, a date of eight digits in brackets, one after the other)
    and ``_ARTICLE_NO`` (第12篇, 第七篇 …): the title is the document's words alone."""
    assert text_value(line + _HEADINGS, "title") == "某市河湖管护工作方案"


@pytest.mark.parametrize("sep", ["-", "_", " - "])
def test_a_site_s_name_after_a_dash_is_cut_a_bureau_s_is_kept(sep):
    """``_PAGE_SUFFIX``'s dashes (- _, spaced or not) after a Chinese character or a closing bracket: the site's name after
    the page's title (…重点工作安排-某某水利信息网) is cut; the bureau whose part of the document it is (…责任分工-某市水利局)
    is kept, with its dash."""
    assert text_value(f"某市2024年河湖管护重点工作安排{sep}某某水利信息网{_HEADINGS}", "title") == "某市2024年河湖管护重点工作安排"
    assert text_value(f"某市河湖管护工作方案（2024年）{sep}某某水利信息网{_HEADINGS}", "title") == "某市河湖管护工作方案（2024年）"
    assert text_value(f"某市2024年河湖管护责任分工{sep}某市水利局{_HEADINGS}", "title") == (
        f"某市2024年河湖管护责任分工{sep.strip()}某市水利局")


# -- _ministry_opens_the_year: what is no central ministry though its name ends on 部 ------------------------------------------

_NOT_MINISTRIES = ([(o, ("", "")) for o in ("宣传部", "组织部", "统战部", "工作部", "水利委员会部", "山西文化旅游部")]
                   + [(f"{w}文化旅游部", (lvl, f"opening paragraph speaks of a {w} ({w})") if lvl else ("", ""))
                      for w, lvl in (("省", "provincial"), ("自治区", "provincial"), ("市", "municipal"), ("州", "municipal"),
                                     ("盟", "municipal"), ("县", "county"), ("区", "county"), ("旗", "county"), ("镇", ""), ("乡", ""))])


@pytest.mark.parametrize("organ, level", _NOT_MINISTRIES, ids=[o for o, _ in _NOT_MINISTRIES])
def test_a_party_department_or_a_local_department_opening_the_year_is_no_ministry(organ, level):
    """``_ministry_opens_the_year``'s refusals: a party committee's department (宣传部, 组织部, 统战部, 工作部), a name holding
    委, one opening with a division (山西…) or a level word (省 … 旗, 镇, 乡): the opening's subject is no central
    ministry, and the text is not read as national (a level word in the opening may still say the level)."""
    source = f"2023年，{organ}坚持贯彻落实党中央决策部署，扎实推进各项工作，取得积极进展。{_NEUTRAL_PARTS}"
    assert _read(source, "level") == level


# -- _OPENING_ORGAN: the central organ a year's plan opening speaks for ------------------------------------------------------------

_OPENING_ORGANS = ([(o, "year") for o in ("国家税务总局", "国家统计局", "水利部", "国家发展改革委", "国务院办公厅", "国家审计署")]
                   + [(o, "将") for o in ("国家税务总局", "国家统计局", "水利部", "国家发展和改革委员会", "国家发展改革委", "国务院办公厅",
                                         "国家审计署")])


@pytest.mark.parametrize("organ, form", _OPENING_ORGANS, ids=[f"{o}-{f}" for o, f in _OPENING_ORGANS])
def test_the_central_organ_a_year_s_plan_opening_speaks_for(organ, form):
    """``_OPENING_ORGAN``, every organ word (总局 局 部 委员会 委 厅 署) before its year (…2024年工作的总体要求是) or before 将
    (…之年。国家统计局将…): an untitled year's plan of that central organ is national."""
    aims = "坚持系统治理、综合施策，全面提升工作水平。"
    opening = (f"{organ}2024年工作的总体要求是：{aims}" if form == "year"
               else f"2024年是全面推进河湖长制的关键之年。{organ}将{aims}")
    assert _read(opening + _NEUTRAL_PARTS, "level") == (
        "national", f"the organ whose year's work the opening sets out ({organ}: central organ)")


@pytest.mark.parametrize("line, title, period", [("（1996—1999年）", "某市河湖保护规划（1996—1999年）", ("1996", "1999")),
                                                 ("（1999年）", "某市河湖保护规划（1999年）", ("1999", "1999"))])
def test_a_period_line_of_the_last_century(line, title, period):
    """``_PERIOD_LINE``'s century 19 in each of its three years: the line joins the title and gives the period."""
    source = f"某市河湖保护规划\n{line}{_HEADINGS}"
    assert (text_value(source, "title"), text_value(source, "period_start"), text_value(source, "period_end")) == (title, *period)


@pytest.mark.parametrize("stop", ["；", "。"])
def test_a_five_year_span_in_another_sentence_than_the_tasks(stop):
    """``_FIVE_YEAR_TASKS``'s stops (； 。): “十四五”期间成效显著；今年…的主要任务是… speaks of the span's results, not of tasks set
    for it: no period."""
    source = f"某市河湖保护工作意见\n“十四五”期间成效显著{stop}今年全市河湖管护的主要任务是：加强巡查，改善水质。{_NEUTRAL_PARTS}"
    assert text_value(source, "period_start") == ""


# -- _RUN_IN_TITLE: the title a one-line page opens with --------------------------------------------------------------------

_RUN_ON = ("，我局认真贯彻落实县委县政府决策部署，加强组织领导，强化资金保障，全面推进各项工作，取得了明显成效，"
           "群众满意度不断提升，社会反响良好，各项工作任务圆满完成，老旧小区改造有序推进，城市面貌持续改善。")
_ONE_LINE_PAGES = ([(f"关于某县老旧小区改造工作情况的{w}老旧小区改造是重大民生工程{_RUN_ON}", f"关于某县老旧小区改造工作情况的{w}")
                    for w in ("汇报", "报告", "请示", "函", "意见", "方案", "通知")]
                   + [(f"某县住建局2023年工作总结文稿{la}{_RUN_ON}", "某县住建局2023年工作总结")
                      for la in ("今年以来", "近年来", "2023年", "1999年", "为", "根据", "按照", "一、")]
                   + [(f"某县住建局2023年工作总结全文今年以来{_RUN_ON}", "某县住建局2023年工作总结"),
                      (f"某县住建局2024年老旧小区改造工作方案为{_RUN_ON}", "某县住建局2024年老旧小区改造工作方案")])


@pytest.mark.parametrize("page, title", _ONE_LINE_PAGES, ids=[p[:20] for p, _ in _ONE_LINE_PAGES])
def test_the_title_a_one_line_page_opens_with(page, title):
    """``_RUN_IN_TITLE``, every alternative: a page that is one long line opens with its title — 关于…的请示 run into the
    text, or a report's or plan's name (…工作总结文稿, …全文) before 今年以来, 近年来, a year, 为, 根据, 按照 or 一、."""
    assert _read(page, "title") == (title, "opening words of a one-line page")


# == Mutation round 12 (issue 15, item 5): the refused and separating characters of the short classes =====================

@pytest.mark.parametrize("bar", [" | ", "\t|\t", " ｜ "])
def test_the_spaces_after_an_interpretation_s_bar_are_no_part_of_the_name(bar):
    """``_INTERPRETATION``'s spaces and tabs after the bar: 政策解读 | 某省全民健身实施计划 names 某省… (its level: the bare 省
    the name opens with), not a name opening with a space."""
    source = f"政策解读{bar}某省全民健身实施计划{_HEADINGS}"
    assert _read(source, "level") == ("provincial", "title opens with a bare level word 省")


@pytest.mark.parametrize("bar", ["|", "｜"])
def test_a_headline_with_a_second_bar_is_no_interpretation_s(bar):
    """``_INTERPRETATION``'s name refuses a bar: 政策解读 | 某省全民健身实施计划 | 某省体育局 (a column, a name and a source) is
    not read as an interpretation's headline."""
    source = f"政策解读 {bar} 河北省全民健身实施计划 {bar} 河北省体育局{_HEADINGS}"
    assert _read(source, "kind")[1] != "title names an interpretation (解读 | …)"
    assert _read(source, "title")[1] != "interpretation's headline (解读 | …)"


@pytest.mark.parametrize("opening", [
    "2023年河湖管护成效明显，2024年工作的总体要求是：坚持系统治理，统筹推进。",      # the year, then a comma
    "2023年河湖管护成效明显。2024年工作的总体要求是：坚持系统治理，统筹推进。",      # the year, then a full stop
    "某市河湖管护中心2023年成效明显，2024年工作的总体要求是：坚持系统治理，统筹推进。",  # an organ's year, a comma
    "某市河湖管护中心2023年成效明显。2024年工作的总体要求是：坚持系统治理，统筹推进。",  # an organ's year, a full stop
])
def test_a_year_in_another_clause_than_the_work_it_sets_out_opens_no_plan(opening):
    """``_PLAN_OPENING``'s refused signs (， 。 between the year and 工作的总体要求是 / 工作作…): an untitled text opening
    2023年河湖管护成效明显，2024年工作的总体要求是… (or 某市某中心2023年…。2024年工作的总体要求是…) does not set out 2023's
    work: not read as a year's plan."""
    source = opening + _NEUTRAL_PARTS
    assert _read(source, "kind")[1] != "opening paragraph sets out a year's work"
    assert _read(source, "period_start")[1] != "the year the opening paragraph sets out the work of"


def test_a_year_then_the_work_it_sets_out_opens_a_plan():
    source = "2024年全市河湖管护工作的总体要求是：坚持系统治理，统筹推进，确保成效。" + _NEUTRAL_PARTS
    assert (_read(source, "kind")[1], _read(source, "period_start")[0]) == ("opening paragraph sets out a year's work", "2024")


def test_a_notice_whose_year_is_in_another_clause_than_its_projects_is_no_list_of_projects():
    """``_PROJECT_LIST``'s refused comma: 关于通报2023年考核结果，督促落实民生实事的通知 circulates a year's appraisal — no
    year's list of projects to carry out (without the comma it is read as one)."""
    assert _read("关于通报2023年考核结果，督促落实民生实事的通知" + _NEUTRAL_PARTS, "kind") == (
        "other", "title names neither a plan nor a report")
    assert _read("关于通报2023年考核结果督促落实民生实事的通知" + _NEUTRAL_PARTS, "kind") == (
        "plan", "title names a year's list of projects to carry out (…年实施N项民生实事)")


@pytest.mark.parametrize("sign", ["，", "。", "；", "、", "（", "："])
def test_a_division_named_at_the_start_of_any_clause_of_the_opening(sign):
    """``_CLAUSE_START``, every sign a clause opens after: 为加强河湖管理；静海区水利局决定… names the author's division at a
    clause's start (after ， 。 ； 、 （ ：) — the level and region it gives; run into the words before it, it names none."""
    source = f"为加强河湖管理{sign}静海区水利局决定开展河湖清理行动，请各单位认真抓好落实。{_NEUTRAL_PARTS}"
    assert (_read(source, "level"), _read(source, "region")[0]) == (("county", "opening paragraph names 静海区"), "静海区")
    assert _read(source.replace(sign, "", 1), "level") == ("", "")


@pytest.mark.parametrize("line", ["请各单位抓紧落实，某县水利局", "请各单位抓紧落实。某县水利局", "请各单位抓紧落实；某县水利局",
                                  "请各单位抓紧落实！某县水利局", "请各单位抓紧落实？某县水利局", "抄送县委、某县水利局",
                                  "联系单位：某县水利局"])
def test_a_last_line_holding_a_sentence_sign_is_no_signature(line):
    """``_SENTENCE`` (an organ's line holds no sentence sign: ， 。 ； ！ ？ 、 ：): a last line 请各单位抓紧落实，某县水利局 above
    the date ends like an organ but is no signature — no issuer is read from it."""
    source = f"某县河湖管护工作方案\n为加强河湖管理，制定本方案。{_NEUTRAL_PARTS}{line}\n2024年3月1日\n"
    assert _read(source, "issuer")[0] != line


@pytest.mark.parametrize("line", ["主题：关于加强河湖管护工作的通知", "为做好汛期工作，关于加强河湖管护工作的通知", "经研究。关于加强河湖管护工作的通知", "经研究；关于加强河湖管护工作的通知",
                                  "关于加强河湖管护：做好汛期准备的通知", "关于加强河湖管护。做好汛期准备的通知",
                                  "关于加强河湖管护；做好汛期准备的通知"])
def test_a_notice_line_holding_a_sentence_sign_is_no_title(line):
    """``_NOTICE_TITLE``'s refused signs (。 ； ： ， before 关于, 。 ； ： after it): 主题：关于加强河湖管护工作的通知 or 关于加强河湖管护；做好
    汛期准备的通知 is no notice's title line — the title 关于加强河湖管护工作的通知 alone is."""
    assert _read(f"{line}\n各乡镇人民政府：\n为加强河湖管理，现将有关事项通知如下。{_NEUTRAL_PARTS}", "title") == ("", "")
    assert _read(f"关于加强河湖管护工作的通知\n各乡镇人民政府：\n为加强河湖管理，现将有关事项通知如下。{_NEUTRAL_PARTS}",
                 "title")[0] == "关于加强河湖管护工作的通知"


@pytest.mark.parametrize("dash", ["——", "—", "—— ", "——\t", "——2025年3月1日"])
def test_the_title_above_a_delivery_subtitle_of_any_dash_and_spacing(dash):
    """``_DELIVERY_SUBTITLE``'s dash, the spaces or tab after it and the date before 在: 锚定目标加压奋进 ⏎ 奋力谱写… ⏎ ——⊔在
    全市水利工作会议上的工作报告 — the title is the two lines above the subtitle."""
    source = f"锚定目标加压奋进\n奋力谱写河湖管护新篇章\n{dash}在全市水利工作会议上的工作报告{_NEUTRAL_PARTS}"
    assert _read(source, "title") == ("锚定目标加压奋进奋力谱写河湖管护新篇章", "title above its delivery subtitle (——在…会议上的报告)")


@pytest.mark.parametrize("brackets", ["〔〕", "[]", "［］", "（）"])
def test_a_page_s_own_cover_title_in_marks_after_its_number_of_any_bracket(brackets):
    """``_OWN_TITLE_IN_MARKS``, every bracket of the 文号 before it: a line 某政办［2023］1号《某市人民政府办公厅关于印发…的通知》
    is the page's own cover notice in marks, not a citation — it gives the title and the issuer."""
    o, c = brackets
    source = (f"某政办{o}2023{c}1号《某市人民政府办公厅关于印发某市河湖管护工作方案的通知》\n各区人民政府：\n"
              f"现将方案印发给你们，请认真贯彻执行。{_NEUTRAL_PARTS}")
    assert (_read(source, "title"), _read(source, "issuer")) == (("某市河湖管护工作方案", "cover notice 关于印发《…》的通知"),
                                                              ("某市人民政府办公厅", "X关于印发…的通知"))


def test_a_letter_whose_report_word_ends_a_clause_is_no_reporting_letter():
    """``_REPORTING_LETTER``'s refused comma: 关于河湖整治情况，商请支持的函 asks (the 情况 is another clause's) — a letter,
    not a report."""
    assert _read("某县水利局关于河湖整治情况，商请支持的函" + _NEUTRAL_PARTS, "kind") == ("other", "title names a letter (…的函)")
    assert _read("某县水利局关于河湖整治情况的函" + _NEUTRAL_PARTS, "kind") == ("report", "title names a letter that reports (…情况的函)")


# -- _TO_COME: words of what is to come in an opening that says what a year achieved (round 12, seed 12's survivor) ----

@pytest.mark.parametrize("word", ["力争", "确保", "争取", "预计", "计划", "目标", "要求"])
def test_an_achievement_said_of_what_is_to_come_is_no_report_s(word):
    """``_TO_COME``, every word: 2023年，全市河湖管护工作{力争/目标…}取得明显成效 speaks of what is to come — the opening
    does not say what a year achieved."""
    source = f"2023年，全市河湖管护工作{word}在年底前取得明显成效，河湖面貌持续改善。{_NEUTRAL_PARTS}"  # (力争在: no 争取 in it)
    assert _read(source, "kind")[1] != "opening paragraph says what a year achieved"


# == Mutation round 13: round 30's metadata tables (release sentence, adoption note, wrapped notice title) ==========

@pytest.mark.parametrize("date, iso", [("1998年6月30日", "1998-06-30"), ("2021年6月3日", "2021-06-03")])
def test_a_release_sentence_opening_with_a_date_of_either_century(date, iso):
    """``_RELEASE_OPENING``, both centuries (19…, 20…): a page opening 1998年6月30日，某省水利厅印发《X》。 over the text
    names X as the document it carries, and the sentence's date is its issue date."""
    source = (f"发布时间\n{date}，某省水利厅印发《某省河道管理办法》。\n主要内容\n第一章 总则\n第一条 为加强河道管理，制定本办法。\n")
    assert (_read(source, "title")[0], _read(source, "issue_date")[0]) == ("某省河道管理办法", iso)


_WRAPPED_FILL = ("全县河湖长制工作暨河湖清四乱专项整治行动和水域岸线空间管控及河湖健康评价与幸福河湖建设以及农村水系连通和水土保持综合治理"
                 "和城乡供水一体化")
_WRAPPED_END = "等工作有关事项的通知"


@pytest.mark.parametrize("size, read", [(79, True), (80, True), (81, False)])
def test_a_notice_title_wrapped_over_two_lines_is_read_up_to_eighty_characters(size, read):
    """``_notice_title_wrapped``'s bound: under its organ alone on a line, 关于做好… ⏎ …等工作有关事项的通知 is read as one
    title when the two lines make 80 characters or fewer (81: no title is read from them)."""
    first = "关于做好" + _WRAPPED_FILL[:size - 4 - len(_WRAPPED_END)]
    source = (f"某县人民政府办公室\n{first}\n{_WRAPPED_END}\n各乡镇人民政府：\n现将有关事项通知如下。\n一、加强巡查\n每月巡查一次。\n")
    assert _read(source, "title")[0] == ("某县人民政府办公室" + first + _WRAPPED_END if read else "")


@pytest.mark.parametrize("source, title", [
    ("关于加强河湖管护工作\n", ""),                                   # 关于… on the last line of the page: nothing below it
    ("某县水利局\n关于加强河湖管护工作的实施方案\n", "某县水利局关于加强河湖管护工作的实施方案"),
])
def test_a_title_line_opening_with_guanyu_on_the_last_line(source, title):
    """``_notice_title_wrapped`` on the page's last line (no line below to join): no title, and no error."""
    assert _read(source, "title")[0] == title


@pytest.mark.parametrize("first", ["浙江省水利厅", "浙江省档案局", "浙江省发展和改革委员会", "浙江省地方志工作办公室", "浙江省人民政府办公厅",
                                   "浙江省人民政府", "中共浙江省水利厅党组", "浙江省水利厅党委", "浙江省发改委", "浙江省委统一战线工作部",
                                   "浙江省委宣传部", "浙江省委组织部", "浙江省人民政府督查室", "浙江省委政策研究室"])
def test_joint_issuers_of_a_title_run_together(first):
    """``_ORGAN_RUN``, every word (厅 局 委员会 办公室 办公厅 人民政府 党组 党委 委 工作部 宣传部 组织部, round 30's 督查室 and
    研究室): a title opening with two organs run together (浙江省档案局浙江省人民政府督查室关于…的通报) names both as its
    issuers, cut where the first one's name ends."""
    source = f"{first}浙江省人民政府督查室关于2024年档案工作完成情况的通报{_HEADINGS}"
    # (the same organ twice is one organ printed twice — a headline's and the title's — not two issuers: session 17)
    second = "浙江省人民政府督查室"
    assert _read(source, "issuer")[0] == (second if first == second else f"{first}、{second}")


@pytest.mark.parametrize("note", [f"（1982年2月27日国务院常务会议{v} 国发[1982]36号）" for v in ("通过", "印发", "发布", "公布")]
                         + ["(1982年2月27日国务院常务会议通过 国发[1982]36号)"])
def test_the_number_closing_an_adoption_note_of_any_verb(note):
    """``_ADOPTION_NOTE``, every verb (通过 印发 发布 公布) and both brackets: a note under the title saying when and how the
    document was adopted, its 文号 last, gives the document's own number (the meeting's words before it are no part of
    its prefix)."""
    source = f"某省河湖管护实施办法\n{note}\n一、总则\n为加强河湖管护，制定本办法。\n"
    assert text_value(source, "doc_number") == "国发〔1982〕36号"


# -- _FURNITURE_FIELD, _FIELD_ROW: a page's field lines, with a bullet or a space before the label (round 13) ----------

from analysis.parse.metadata import is_field_line  # noqa: E402


@pytest.mark.parametrize("line", [f"{p}发文机关{s}某县水利局" for p in ("", "•", "·", " ", "\t", "- ", "* ", "• ")
                                  for s in ("：", "|", "｜", " ：")] + ["【发布部门】某县水利局", "•【发布部门】某县水利局"])
def test_a_field_line_with_any_bullet_and_separator(line):
    """``_FURNITURE_FIELD``, every bullet or space before the label (• · a space, a tab, a dash or a star before a space)
    and every separator after it (： | ｜, spaced), and a law database's 【label】: a page's field line."""
    assert is_field_line(line)


@pytest.mark.parametrize("line", [f"{p}发文机关{s}某县水利局 发布日期{s}2024年3月1日" for p in ("", "•", "·", " ", "- ", "* ")
                                  for s in (" ", "\t")])
def test_a_row_of_two_fields_without_separators(line):
    """``_FIELD_ROW``, every bullet before it and the spaces after the label: a row of two fields whose labels stand
    before their values with a space (发文机关 某县水利局 发布日期 2024年3月1日) is a page's field line."""
    assert is_field_line(line)


@pytest.mark.parametrize("line", ["-发文机关：某县水利局", "*发文机关：某县水利局", "发文机关某县水利局"])
def test_no_field_line_without_a_separator_or_after_a_bare_dash(line):
    """The counter-cases: a dash or a star run into the label (no space after it), or a label without its separator,
    make no field line."""
    assert not is_field_line(line)


@pytest.mark.parametrize("page", [f"关于老旧小区改造工作{c}县委印发了加强改造的意见{_RUN_ON}" for c in "。，；"]
                         + [f"某县住建局{c}2023年工作总结今年以来{_RUN_ON}" for c in "。，；"])
def test_a_one_line_page_s_opening_words_cross_no_sentence_sign(page):
    """``_RUN_IN_TITLE``'s refused signs (。 ， ；) in both alternatives (round 13): a one-line page opening
    关于老旧小区改造工作。县委印发了加强改造的意见… or 某县住建局。2023年工作总结今年以来… has no title in its opening
    words — the run ends at the sign before any 的意见 or 工作总结."""
    assert _read(page, "title")[1] != "opening words of a one-line page"
