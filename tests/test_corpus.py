"""Stage 1: decoding and normalization, checked against what the documents say."""
import pytest

from pathlib import Path

from analysis.parse.corpus import CorpusError, decode_bytes, normalize, read_document, read_manifest

RAW = Path(__file__).parent / "data" / "shipped" / "raw"  # fixture copies of the shipped texts

TIANJIN, HENAN, NATIONAL, XINING, REPORT = (
    "tianjin_2021_plan", "henan_2021_plan", "national_2024_plan", "xining_2024_plan", "tianjin_2023_report")


def kinds(doc):
    out = {}
    for r in doc.repairs:
        out[r.kind] = out.get(r.kind, 0) + 1
    return out


def test_manifest_lists_the_five_documents_in_order(documents):
    assert list(documents) == [TIANJIN, HENAN, NATIONAL, XINING, REPORT]


@pytest.mark.parametrize("doc_id, script", [
    (TIANJIN, "simplified"), (HENAN, "simplified"), (NATIONAL, "traditional"), (XINING, "simplified"),
    (REPORT, "traditional"),
])
def test_script_is_detected(documents, doc_id, script):
    assert documents[doc_id].script == script


def test_raw_source_is_never_changed(documents):
    for doc in documents.values():
        raw = (RAW / doc.meta["file"]).read_text(encoding="utf-8")
        assert doc.source == raw


def test_traditional_national_plan_is_converted(documents):
    text = documents[NATIONAL].text
    assert "交通运输行政执法质量效能提升三年行动方案（2024—2026年）" in text
    assert "爲" not in text and "執法" not in text
    assert "构建智慧执法体系" in text
    # repairs are runs, one per line that changed, not one per character (issue 8):
    # hundreds of characters converted, recorded in a few tens of rows, each within one line
    runs = [r for r in documents[NATIONAL].repairs if r.kind == "script"]
    assert sum(sum(a != b for a, b in zip(r.before, r.after)) for r in runs) > 500
    assert 10 <= len(runs) <= 60
    assert all("\n" not in r.before and len(r.before) == len(r.after) for r in runs)


def test_half_width_punctuation_becomes_full_width(documents):
    text = documents[HENAN].text
    assert "（牵头单位：厅执法局，完成时限：2022年底前）" in text
    assert "完成时限：2022年3月，完成后持续开展）" in text
    assert "(" not in text.split("一、工作目标")[1]


def test_repeated_title_line_is_removed_and_recorded(documents):
    doc = documents[HENAN]
    dup = [r for r in doc.repairs if r.kind == "duplicate_line"]
    assert len(dup) == 1
    assert dup[0].before.startswith("河南省交通运输厅关于印发《河南省交通运输综合行政执法队伍素质能力提升三年行动实施方案")
    # the first occurrence (line 1) stays; the repeat was line 3 of the file
    assert doc.source.count("\n", 0, dup[0].position) + 1 == 3
    assert doc.text.count("关于印发《河南省") == 1


def test_pdf_page_breaks_are_rejoined(documents):
    doc = documents[XINING]
    text = doc.text
    # line 22/24 of the file: "以提升交通运输行政执法质量" [page break] "和效能为目标"
    assert "以提升交通运输行政执法质量和效能为目标" in text
    assert "定期与基层一线执法人员开展一对谈心谈话" in text
    assert "进一步规范行政执法辅助人员行为" in text
    assert "行政执法“三项制度”落实、行政复议和诉讼案件" in text
    # 13 breaks: 11 in the body, 2 in the contact block at the end
    assert kinds(doc)["page_break"] == 13


def test_character_doubled_across_page_break_is_removed(documents):
    doc = documents[XINING]
    assert "《执法机关和司法机关向纪检监察机关移送问题线索工作办法》" in doc.text
    doubled = [r for r in doc.repairs if r.kind == "doubled_char"]
    assert [(r.before, r.after) for r in doubled] == [("察", "")]
    assert doc.source[doubled[0].position] == "察"
    assert doc.source.count("\n", 0, doubled[0].position) + 1 == 98  # file line 98


def test_spaces_of_pdf_extraction_are_removed(documents):
    text = documents[XINING].text
    assert "到2025年底，全市交通运输行政执法领域" in text
    assert "执法决定作出之日起20个工作日内" in text
    assert "不少于本单位执法人员总数的5%" in text


def test_web_navigation_trailer_is_cut_with_a_warning(documents):
    doc = documents[REPORT]
    assert "春运首日" not in doc.text and "春運首日" in doc.source
    assert doc.text.rstrip().endswith("（天津市交通运输综合行政执法总队2023-12-01 14:09:33）")
    cut = [w for w in doc.warnings if w.kind == "trailer_cut"]
    assert len(cut) == 1 and doc.source.count("\n", 0, cut[0].position) + 1 == 16


def test_mojibake_is_flagged_not_guessed(documents):
    doc = documents[REPORT]
    flags = [w for w in doc.warnings if w.kind == "mojibake"]
    assert len(flags) == 1
    assert doc.source[flags[0].position:flags[0].position + 2] == "??"
    assert "日??己" in doc.text  # left as it is


def test_origin_maps_back_to_the_source(documents):
    doc = documents[NATIONAL]
    i = doc.text.index("构建智慧执法体系")
    assert doc.source[doc.origin[i]:doc.origin[i] + 8] == "構建智慧執法體系"
    assert doc.source_line(i) == 27


def test_clean_simplified_plan_needs_no_repair(documents):
    assert documents[TIANJIN].repairs == []
    assert documents[TIANJIN].text == documents[TIANJIN].source


# -- decoding -------------------------------------------------------------------

SAMPLE = "一、主要任务\n1.加强培训（责任单位：各市县交通运输局，完成时限：2022年底前）\n"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_gbk_and_gb18030_decode(encoding):
    text, used = decode_bytes(SAMPLE.encode(encoding), "x.txt")
    assert text == SAMPLE and used == "gb18030"


def test_utf8_bom_decodes():
    text, used = decode_bytes(b"\xef\xbb\xbf" + SAMPLE.encode(), "x.txt")
    assert text == SAMPLE and used == "utf-8-sig"


@pytest.mark.parametrize("data, message", [
    (b"", "file is empty"),
    (b"  \n\n", "file is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"\xff\xfe\xfa\x80\x81", "cannot decode"),
])
def test_bad_bytes_give_one_line_errors(data, message):
    with pytest.raises(CorpusError) as err:
        decode_bytes(data, "plans/bad.txt")
    assert message in str(err.value) and "plans/bad.txt" in str(err.value)
    assert "\n" not in str(err.value)


def test_crlf_and_cr_line_ends_are_normalized():
    text, origin, repairs, _, _ = normalize(SAMPLE.replace("\n", "\r\n"), "x")
    assert text == SAMPLE
    assert {r.kind for r in repairs} == {"line_end"}
    text, *_ = normalize(SAMPLE.replace("\n", "\r"), "x")
    assert text == SAMPLE


def test_document_not_in_manifest_reads_metadata_from_text(tmp_path):
    path = tmp_path / "some_plan.txt"
    path.write_bytes((RAW / "2021_tianjin_plan.txt").read_bytes())
    doc = read_document(path)
    assert doc.doc_id == "some_plan"
    assert doc.meta["title"] == "天津市交通运输综合行政执法队伍素质能力提升三年行动实施方案（2021-2023年）"
    assert doc.meta["issuer"] == "天津市交通运输委员会"
    assert doc.meta["issue_date"] == "2021-03-08"
    assert (doc.meta["period_start"], doc.meta["period_end"]) == ("2021", "2023")
    assert doc.meta["level"] == "provincial"
    assert doc.warnings[0].kind == "not_in_manifest"


def test_metadata_read_from_xining_text(documents):
    guessed = documents[XINING].meta["metadata_from_text"]
    assert guessed["doc_number"] == "宁交执法监〔2024〕30号"
    assert guessed["issuer"] == "西宁市交通运输综合行政执法监督局"
    assert guessed["issue_date"] == "2024-03-27"
    assert guessed["level"] == "municipal"


# -- manifest -------------------------------------------------------------------

HEADER = "doc_id,file,title,issuer,level,region,issue_date,period_start,period_end,programme,kind,doc_number,parent"


def _manifest(tmp_path, *rows, header=HEADER):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    (raw / "a.txt").write_text(SAMPLE, encoding="utf-8")
    path = tmp_path / "manifest.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path, raw


GOOD = "a,a.txt,标题,某厅,provincial,某省,2021-03-08,2021,2023,p,plan,,"


def test_manifest_with_extra_columns_keeps_them(tmp_path):
    path, raw = _manifest(tmp_path, GOOD + ",备注", header=HEADER + ",note")
    table = read_manifest(path, raw)
    assert table.loc[0, "note"] == "备注"


@pytest.mark.parametrize("row, message", [
    ("a,missing.txt,标题,某厅,provincial,某省,2021-03-08,2021,2023,p,plan,,", "does not exist"),
    ("a,a.txt,标题,某厅,city,某省,2021-03-08,2021,2023,p,plan,,", "unknown level 'city'"),
    ("a,a.txt,标题,某厅,provincial,某省,2021-3-8,2021,2023,p,plan,,", "malformed issue_date"),
    ("a,a.txt,标题,某厅,provincial,某省,2021-02-30,2021,2023,p,plan,,", "malformed issue_date"),
    ("a,a.txt,标题,某厅,provincial,某省,2021-03-08,21,2023,p,plan,,", "malformed period_start"),
    ("a,a.txt,标题,某厅,provincial,某省,2021-03-08,2024,2023,p,plan,,", "is after period_end"),
    ("a,a.txt,标题,某厅,provincial,某省,2021-03-08,2021,2023,p,memo,,", "unknown kind 'memo'"),
    ("../a,a.txt,标题,某厅,provincial,某省,2021-03-08,2021,2023,p,plan,,", "doc_id '../a'"),
    ("a,../a.txt,标题,某厅,provincial,某省,2021-03-08,2021,2023,p,plan,,", "plain file name"),
])
def test_bad_manifest_rows_are_refused_with_the_line(tmp_path, row, message):
    path, raw = _manifest(tmp_path, row)
    with pytest.raises(CorpusError) as err:
        read_manifest(path, raw)
    assert message in str(err.value) and "line 2" in str(err.value) and str(path) in str(err.value)


def test_duplicate_doc_id_names_both_lines(tmp_path):
    path, raw = _manifest(tmp_path, GOOD, GOOD)
    with pytest.raises(CorpusError, match=r"line 3: duplicate doc_id 'a' \(first on line 2\)"):
        read_manifest(path, raw)


def test_missing_column_is_named(tmp_path):
    path, raw = _manifest(tmp_path, header=HEADER.replace(",level", ""))
    with pytest.raises(CorpusError, match="missing column"):
        read_manifest(path, raw)


def test_mixed_script_is_converted_with_a_warning():
    """A text whose paragraphs alternate between the two scripts (copied from two sources)."""
    source = ("一、主要任務\n1.加強執法隊伍建設\n推進執法人員學習培訓，嚴格執行執法證件管理規定。\n"
              "2.加强执法队伍建设\n推进执法人员学习培训，严格执行执法证件管理规定。\n")
    text, _, repairs, warnings, script = normalize(source, "mixed_doc")
    assert script == "mixed"
    assert [w.kind for w in warnings] == ["mixed_script"]
    assert "加强执法队伍建设\n推进执法人员学习培训，严格执行执法证件管理规定。\n2.加强执法队伍建设" in text
    assert {r.kind for r in repairs} == {"script"}


def test_paused_gc_restores_the_collector_even_on_error():
    import gc

    from analysis.parse.corpus import paused_gc

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with paused_gc():
            assert not gc.isenabled()
            raise RuntimeError("boom")
    assert gc.isenabled()


def test_utf16_with_bom_is_text():
    text = "一、主要任务\n1.加强培训。\n"
    assert decode_bytes(text.encode("utf-16"), "a.txt") == (text, "utf-16")            # LE with BOM
    assert decode_bytes(b"\xfe\xff" + text.encode("utf-16-be"), "a.txt") == (text, "utf-16")


def test_width_rule_converts_by_context_and_records_one_run_per_line():
    # synthetic: ASCII ( ) , : ; become full-width unless , or : sits between ASCII letters/digits
    # (a time, a number, a URL); full-width letters, digits and signs become ASCII
    from analysis.parse.corpus import _Buffer, _normalize_width

    buf = _Buffer("时间14:09:33,共1,000人(含辅助人员)\n邮箱ａｂｃ＠ｘ．ｃｎ;无\n不变的一行。\n", "w")
    _normalize_width(buf)
    assert buf.text == "时间14:09:33，共1,000人（含辅助人员）\n邮箱abc@x.cn；无\n不变的一行。\n"
    runs = [(r.position, r.before, r.after) for r in buf.repairs]
    # one repair per changed line, from its first to its last changed character; same length
    assert runs == [(10, ",共1,000人(含辅助人员)", "，共1,000人（含辅助人员）"),
                    (28, "ａｂｃ＠ｘ．ｃｎ;", "abc@x.cn；")]
    assert list(buf.origin) == list(range(len(buf.text)))
