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

from analysis.parse.metadata import _FIELD_LABELS, _OTHER_LABELS  # noqa: E402  (the tables themselves: every label)

_NOTICE_BODY = "各有关单位：\n为加强河湖管理，改善水环境质量，现将有关事项通知如下。\n一、加强巡查\n每月巡查一次。\n"
_FIELD_VALUES = {"title": ("title", "某市河湖管护工作方案", "某市河湖管护工作方案"),
                 "issuer": ("issuer", "某市水利局", "某市水利局"),
                 "issuer_page": ("issuer", "平遥县水利局", "平遥县水利局"),
                 "issue_date": ("issue_date", "2024年3月1日", "2024-03-01"),
                 "published_date": ("published_date", "2024年3月1日", "2024-03-01"),
                 "doc_number": ("doc_number", "某水发[2024]5号", "某水发〔2024〕5号")}
_LABELLED = [(key, label) for key, labels in _FIELD_LABELS.items() for label in labels]


@pytest.mark.parametrize("key, label", _LABELLED, ids=[f"{k}-{w}" for k, w in _LABELLED])
def test_a_page_field_under_each_of_its_labels(key, label):
    """``_FIELD_LABELS``, every label (and its bracketed form a law database writes): a field line above a notice
    (发文单位：某市水利局 · 【公布日期】2024年3月1日 · 信息来源：平遥县水利局) gives its field, as written."""
    field_name, written, read = _FIELD_VALUES[key]
    separator = "" if label.startswith("【") else "："
    assert source_value(f"{label}{separator}{written}\n{_NOTICE_BODY}", field_name) == read


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
    ("某市水利局关于河湖问题整改进展情况的公告", "report", "title names a public notice of progress made (…整改进展情况的公告)"),
    ("某市河湖管护督导检查反馈意见", "report", "title names an inspection's feedback (…督导检查反馈意见): findings reported, no plan"),
    ("在全市河湖管护工作会议上的讲话", "other", "title names a speech (…上的讲话)"),
    ("在全市河湖管护工作会议上的致辞", "other", "title names a speech (…上的讲话)"),
    ("在全市河湖管护工作会议上的发言", "other", "title names a speech (…上的讲话)"),
    ("某市河湖管护规划实施细则", "other", "title names the rules that carry out a plan (…规划实施细则): a regulation or a plan"),
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
        "某县消防救援支队", "某省消防救援总队", "某县政务服务中心", "某县人民法院", "某县派出所", "某县宣传部")]
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
            "某县工商业联合会 某县团委 某县红十字会 中共中央 中央军委").split()


@pytest.mark.parametrize("organ", _SIGNERS)
def test_a_signature_line_ending_on_each_organ_word(organ):
    """``_ORGAN_END``, every word (厅 局 … 联席会议 … 红十字会, and 中共中央 or 中央军委 as the whole line): the organ
    signed under a notice's text, above its date, is the issuer."""
    source = f"{_NOTICE_BODY}{organ}\n2024年3月1日\n"
    assert _read(source, "issuer") == (organ, "signature block")
