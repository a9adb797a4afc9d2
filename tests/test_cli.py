"""The command line on good and hostile input: one-line errors, no tracebacks, nothing written
outside the output folder, byte-identical output on a re-run."""
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.parse.corpus import CorpusError
from conftest import RAW, SHIPPED_MANIFEST

ROOT = Path(__file__).resolve().parents[1]
HEADER = "doc_id,file,title,issuer,level,region,issue_date,period_start,period_end,programme,kind,doc_number,parent\n"
PLAN = "一、主要任务\n1.加强培训。执法人员每年参加培训不少于40学时。（责任单位：各市县交通运输局，完成时限：2022年底前）\n"


def _setup(tmp_path, files: dict[str, bytes], rows: list[str] | None = None):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in files.items():
        (raw / name).write_bytes(data)
    manifest = tmp_path / "manifest.csv"
    if rows is not None:
        manifest.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return raw, manifest, tmp_path / "out"


def _run(capsys, raw, manifest, out):
    code = main(["parse", "--raw", str(raw), "--manifest", str(manifest), "--out", str(out)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _row(doc_id="a", file="a.txt", level="provincial", date="2021-03-08", start="2021", end="2023", kind="plan"):
    return f"{doc_id},{file},标题,某厅,{level},某省,{date},{start},{end},p,{kind},,"


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_shipped_corpus_parses_and_is_byte_identical_on_rerun(tmp_path, capsys):
    out1, out2 = tmp_path / "one", tmp_path / "two"
    shipped = ["--raw", str(RAW), "--manifest", str(SHIPPED_MANIFEST)]
    assert main(["parse", *shipped, "--out", str(out1)]) == 0
    assert main(["parse", *shipped, "--out", str(out2)]) == 0
    first, second = _snapshot(out1), _snapshot(out2)
    assert first == second
    assert set(first) == {f"{t}.csv" for t in (
        "documents", "tasks", "clauses", "deadlines", "units", "training", "targets", "citations", "repairs",
        "warnings", "sections", "metadata")} | {f"{t}.parquet" for t in (
        "documents", "tasks", "clauses", "deadlines", "units", "training", "targets", "citations", "repairs",
        "warnings", "sections", "metadata")} | {"tables.xlsx"}
    head = (out1 / "tasks.csv").read_bytes()[:3]
    assert head == b"\xef\xbb\xbf"  # BOM: Excel reads the CSV as UTF-8


@pytest.mark.parametrize("data, message", [
    (b"", "file is empty"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary file"),
    (b"\xff\xfe\xfa\x80\x81\xfe" * 10, "cannot decode"),
])
def test_bad_file_is_one_warning_line_and_the_others_are_parsed(tmp_path, capsys, data, message):
    raw, manifest, out = _setup(tmp_path, {"a.txt": data, "b.txt": PLAN.encode()},
                                [_row(), _row(doc_id="b", file="b.txt")])
    code, _, err = _run(capsys, raw, manifest, out)
    assert code == 0
    bad = [line for line in err.splitlines() if "a.txt" in line]
    assert len(bad) == 1 and message in bad[0] and bad[0].startswith("warning: a: ")
    assert "Traceback" not in err
    import pandas as pd
    docs = pd.read_csv(out / "documents.csv", encoding="utf-8-sig")
    assert list(docs["doc_id"]) == ["b"]  # the readable plan is parsed; the bad file gives no document row
    warnings = pd.read_csv(out / "warnings.csv", encoding="utf-8-sig")
    assert warnings.loc[warnings["kind"] == "unreadable", "doc_id"].tolist() == ["a"]


@pytest.mark.parametrize("data, message", [
    (b"", "file is empty"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary file"),
])
def test_a_folder_of_only_unreadable_files_is_an_error(tmp_path, capsys, data, message):
    raw, manifest, out = _setup(tmp_path, {"a.txt": data}, [_row()])
    code, _, err = _run(capsys, raw, manifest, out)
    assert code == 2
    assert message in err and err.splitlines()[-1] == "error: none of the 1 file(s) could be read (see the warnings above)"
    assert "Traceback" not in err


@pytest.mark.parametrize("row, message", [
    (_row(file="missing.txt"), "does not exist"),
    (_row(level="city"), "unknown level 'city'"),
    (_row(date="2021/03/08"), "malformed issue_date"),
    (_row(start="2021年"), "malformed period_start"),
    (_row(doc_id="../../etc"), "doc_id '../../etc'"),
    (_row(file="../a.txt"), "plain file name"),
])
def test_bad_manifest_row_is_a_one_line_error(tmp_path, capsys, row, message):
    raw, manifest, out = _setup(tmp_path, {"a.txt": PLAN.encode()}, [row])
    code, _, err = _run(capsys, raw, manifest, out)
    assert code == 2 and err.count("\n") == 1 and message in err and "line 2" in err
    assert not out.exists()


def test_duplicate_doc_id(tmp_path, capsys):
    raw, manifest, out = _setup(tmp_path, {"a.txt": PLAN.encode(), "b.txt": PLAN.encode()},
                                [_row(), _row(file="b.txt")])
    code, _, err = _run(capsys, raw, manifest, out)
    assert code == 2 and "duplicate doc_id 'a'" in err and "line 3" in err


def test_huge_file_is_refused_without_reading_it(tmp_path, capsys):
    raw, manifest, out = _setup(tmp_path, {}, [_row()])
    with open(raw / "a.txt", "wb") as fh:  # a sparse 200 MB file: no disk or memory used
        fh.truncate(200 * 2**20)
    code, _, err = _run(capsys, raw, manifest, out)
    assert code == 2 and "200 MB" in err and "a.txt" in err


@pytest.mark.parametrize("encoding, prefix, newline", [
    ("gbk", b"", "\n"), ("gb18030", b"", "\n"), ("utf-8", b"\xef\xbb\xbf", "\n"),
    ("utf-8", b"", "\r\n"), ("utf-8", b"", "\r"),
])
def test_encodings_and_line_ends_give_the_same_tables(tmp_path, capsys, encoding, prefix, newline):
    raw, manifest, out = _setup(tmp_path, {"a.txt": prefix + PLAN.replace("\n", newline).encode(encoding)}, [_row()])
    code, _, _ = _run(capsys, raw, manifest, out)
    assert code == 0
    clauses = (out / "clauses.csv").read_text(encoding="utf-8-sig")
    assert "各市县交通运输局" in clauses and "2022-12-31" in clauses
    training = (out / "training.csv").read_text(encoding="utf-8-sig")
    assert ",40.0," in training


def test_document_not_in_manifest_is_parsed_with_a_warning(tmp_path, capsys):
    raw, manifest, out = _setup(tmp_path, {"a.txt": PLAN.encode(), "extra plan.txt": PLAN.encode()}, [_row()])
    code, _, err = _run(capsys, raw, manifest, out)
    assert code == 0
    assert "extra plan.txt is not in the manifest" in err
    docs = (out / "documents.csv").read_text(encoding="utf-8-sig")
    assert "extra_plan" in docs


def test_many_warnings_of_one_kind_print_ten_and_a_count(tmp_path, capsys):
    # 13 unlisted plans: the terminal shows the first 10 and counts the other 3; the table has all 13
    raw, manifest, out = _setup(tmp_path, {f"p{i:02d}.txt": PLAN.encode() for i in range(13)}, [_row(file="p00.txt")])
    code, _, err = _run(capsys, raw, manifest, out)
    assert code == 0
    listed = [line for line in err.splitlines() if "is not in the manifest" in line]
    assert len(listed) == 10 and "p01.txt" in listed[0] and "p10.txt" in listed[-1]
    assert f"warning: … 2 more not_in_manifest warnings, all in {out / 'warnings.csv'}" in err
    warnings = (out / "warnings.csv").read_text(encoding="utf-8-sig")
    assert warnings.count("not_in_manifest") == 12


def test_document_without_tasks_is_parsed_with_a_warning(tmp_path, capsys):
    raw, manifest, out = _setup(tmp_path, {"a.txt": "关于做好某项工作的通知\n请认真落实。\n".encode()}, [_row()])
    code, _, err = _run(capsys, raw, manifest, out)
    assert code == 0 and "no numbered tasks" in err
    warnings = (out / "warnings.csv").read_text(encoding="utf-8-sig")
    assert "no_tasks" in warnings


def test_nothing_is_written_outside_the_output_folder(tmp_path, capsys):
    raw, manifest, out = _setup(tmp_path, {"a.txt": PLAN.encode(), "..b.txt": PLAN.encode()}, [_row()])
    before = _snapshot(tmp_path)
    code, _, _ = _run(capsys, raw, manifest, out)
    assert code == 0
    after = _snapshot(tmp_path)
    new = {p for p in after if p not in before}
    assert new and all(p.startswith("out/") for p in new)


def test_no_traceback_reaches_the_terminal(tmp_path):
    raw, manifest, out = _setup(tmp_path, {"a.txt": b""}, [_row()])
    proc = subprocess.run([sys.executable, "-m", "analysis", "parse", "--raw", str(raw), "--manifest", str(manifest),
                           "--out", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [f"warning: a: {raw / 'a.txt'}: file is empty; not read",
                                        "error: none of the 1 file(s) could be read (see the warnings above)"]


def _notebook(path, sources):
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    nb = new_notebook(cells=[new_code_cell(src) for src in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)


def test_regenerate_runs_notebooks_in_order_and_names_the_failing_cell(tmp_path, capsys):
    import nbformat

    books = tmp_path / "notebooks"
    books.mkdir()
    _notebook(books / "01_fine.ipynb", ["x = 6 * 7", "x"])
    _notebook(books / "02_broken.ipynb", ["y = 1", "y / 0", "'never reached'"])
    _notebook(books / "03_after.ipynb", ["'not run'"])
    before = _snapshot(books)
    code = main(["regenerate", "--only", "notebooks", "--notebooks", str(books), "--jobs", "1"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "[notebook 1/3] 01_fine.ipynb" in out and "[notebook 2/3] 02_broken.ipynb" in out
    assert "03_after" not in out  # a failing cell stops the run
    assert err == "error: 02_broken.ipynb: cell 2 failed: ZeroDivisionError: division by zero\n"
    assert "\x1b" not in err and "Traceback" not in err
    # nothing was replaced: the notebook that ran fine is still as it was
    assert _snapshot(books) == before
    assert nbformat.read(books / "01_fine.ipynb", as_version=4).cells[1].outputs == []
    # fixed, the run replaces every notebook with its executed copy
    _notebook(books / "02_broken.ipynb", ["y = 1", "y / 1"])
    assert main(["regenerate", "--only", "notebooks", "--notebooks", str(books)]) == 0
    fine = nbformat.read(books / "01_fine.ipynb", as_version=4)
    assert fine.cells[1].outputs[0]["data"]["text/plain"] == "42"
    assert not [p for p in books.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_a_failing_figure_leaves_every_output_untouched(tmp_path, capsys, monkeypatch):
    from analysis import figures

    raw, manifest, out = _setup(tmp_path, {"a.txt": PLAN.encode()}, [_row()])
    books, figs = tmp_path / "notebooks", tmp_path / "figs"
    books.mkdir()
    figs.mkdir()
    (figs / "old.png").write_bytes(b"old")

    def broken(corpus, lang="zh"):
        raise ValueError("no such column")

    monkeypatch.setitem(figures.FIGURES, "zz_broken", broken)
    code = main(["regenerate", "--raw", str(raw), "--manifest", str(manifest), "--out", str(out),
                 "--figures", str(figs), "--notebooks", str(books)])
    stdout, err = capsys.readouterr()
    assert code == 2
    assert err == "error: figure zz_broken: ValueError: no such column\n"
    assert f"[figure 1/{2 * len(figures.FIGURES)}] coverage_heatmap" in stdout  # progress per figure
    assert not out.exists()  # the tables were not installed either
    assert [p.name for p in figs.iterdir()] == ["old.png"]


def test_notebooks_run_while_the_figures_are_drawn(tmp_path, capsys, monkeypatch):
    # regenerate overlaps the two slow steps: the notebooks' kernels run while this process draws
    import threading

    from analysis import cli, figures

    raw, manifest, out = _setup(tmp_path, {"a.txt": PLAN.encode()}, [_row()])
    books, figs = tmp_path / "notebooks", tmp_path / "figs"
    books.mkdir()
    _notebook(books / "01_a.ipynb", ["1"])
    _notebook(books / "02_b.ipynb", ["2"])
    notebook_started, figures_started = threading.Event(), threading.Event()
    order = []

    def fake_notebook(path, out=None, cwd=None, timeout=600):
        notebook_started.set()
        # waits for the figures to start: if the steps ran one after the other, this would time out
        order.append((path.name, figures_started.wait(timeout=20)))
        out.write_bytes(path.read_bytes())

    def fake_figures(corpus, out_dir, progress=None, **kwargs):
        figures_started.set()
        assert notebook_started.wait(timeout=20)
        Path(out_dir).mkdir(parents=True, exist_ok=True)
        (Path(out_dir) / "f.png").write_bytes(b"png")
        return [Path(out_dir) / "f.png"]

    monkeypatch.setattr(cli, "execute_notebook", fake_notebook)
    monkeypatch.setattr(figures, "write_all_figures", fake_figures)
    code = main(["regenerate", "--raw", str(raw), "--manifest", str(manifest), "--out", str(out),
                 "--figures", str(figs), "--notebooks", str(books), "--jobs", "1"])
    stdout, _ = capsys.readouterr()
    assert code == 0
    assert order == [("01_a.ipynb", True), ("02_b.ipynb", True)]  # in order, both during the figures
    assert "[notebook 2/2] 02_b.ipynb … " in stdout and (figs / "f.png").read_bytes() == b"png"


def test_debug_anywhere_on_the_line(tmp_path, capsys):
    raw, manifest, out = _setup(tmp_path, {"a.txt": PLAN.encode()}, [_row(level="city")])
    for argv in (["--debug", "parse"], ["parse", "--debug"]):
        with pytest.raises(CorpusError, match="unknown level 'city'"):
            main(argv + ["--raw", str(raw), "--manifest", str(manifest), "--out", str(out)])
    assert main(["parse", "--raw", str(raw), "--manifest", str(manifest), "--out", str(out)]) == 2


def test_help_is_plain_text_and_every_option_has_help_and_default(capsys):
    from analysis.cli import build_parser

    parser = build_parser()
    for command in ("parse", "figures", "regenerate"):
        with pytest.raises(SystemExit):
            parser.parse_args([command, "--help"])
        text = capsys.readouterr().out
        assert "``" not in text and ":func:" not in text and ".. " not in text
        sub = parser._subparsers._group_actions[0].choices[command]
        for action in sub._actions:
            if action.dest in ("help",):
                continue
            assert action.help, f"{command} {action.option_strings} has no help"
            line = text.split("options:", 1)[1].split(action.option_strings[0], 1)[1].split("\n  -", 1)[0]
            assert "default" in line, f"{command} {action.option_strings[0]} shows no default"
    with pytest.raises(SystemExit):
        parser.parse_args(["--help"])
    assert "``" not in capsys.readouterr().out


def test_utf16_with_bom_is_text_and_gb18030_is_a_warning(tmp_path, capsys):
    raw, manifest, out = _setup(tmp_path, {"a.txt": PLAN.encode("utf-16"), "b.txt": PLAN.encode("gb18030")},
                                [_row(), _row(doc_id="b", file="b.txt")])
    code, _, err = _run(capsys, raw, manifest, out)
    assert code == 0
    clauses = (out / "clauses.csv").read_text(encoding="utf-8-sig")
    assert clauses.count(",各市县交通运输局,各市县交通运输局,2022年底前,date,2022-12-31") == 2
    assert "warning: b: b.txt is not UTF-8; decoded as GB18030" in err
    assert "warning: a:" not in err


def test_a_folder_without_manifest(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "plan.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["parse", "--raw", str(raw), "--no-manifest", "--out", str(out)]) == 0
    warnings = (out / "warnings.csv").read_text(encoding="utf-8-sig")
    assert "plan.txt is not in the manifest" in warnings


def test_independent_notebooks_run_at_once_and_the_first_failure_is_named(tmp_path, capsys, monkeypatch):
    """--jobs 2: two notebooks execute at the same time (each waits for the other to start: run one after
    the other, the first would time out); when both fail, the error names the first in name order,
    whichever finished first, and nothing is installed."""
    import threading

    from analysis import cli

    raw, manifest, out = _setup(tmp_path, {"a.txt": PLAN.encode()}, [_row()])
    books = tmp_path / "notebooks"
    books.mkdir()
    _notebook(books / "01_a.ipynb", ["1"])
    _notebook(books / "02_b.ipynb", ["2"])
    before = _snapshot(books)
    both = threading.Barrier(2, timeout=20)

    def fake_notebook(path, out=None, cwd=None, timeout=600):
        both.wait()  # raises BrokenBarrierError after 20 s if the other notebook never starts
        if path.name == "02_b.ipynb":
            raise cli.StepFailed("02_b.ipynb: cell 1 failed: ValueError: b")
        import time
        time.sleep(0.3)  # finishes after 02: the error reported is still 01's
        raise cli.StepFailed("01_a.ipynb: cell 1 failed: ValueError: a")

    monkeypatch.setattr(cli, "execute_notebook", fake_notebook)
    code = main(["regenerate", "--only", "notebooks", "--raw", str(raw), "--manifest", str(manifest), "--out", str(out),
                 "--notebooks", str(books), "--jobs", "2"])
    _, err = capsys.readouterr()
    assert code == 2
    assert err == "error: 01_a.ipynb: cell 1 failed: ValueError: a\n"
    assert _snapshot(books) == before


def test_a_second_regenerate_on_an_unchanged_corpus_recomputes_nothing(tmp_path, capsys, monkeypatch):
    """With make all's cache: the second run compares nothing, executes no notebook and draws no figure,
    and writes the same bytes; a notebook whose source changed is executed again, and only it."""
    raw, manifest, out = _setup(tmp_path, {"a.txt": PLAN.encode()}, [_row()])
    books, figs = tmp_path / "notebooks", tmp_path / "figs"
    books.mkdir()
    _notebook(books / "01_a.ipynb", ["6 * 7"])
    _notebook(books / "02_b.ipynb", ["'b'"])
    monkeypatch.setenv("POLICY_ANALYSIS_CACHE", str(tmp_path / "cache"))
    args = ["regenerate", "--raw", str(raw), "--manifest", str(manifest), "--out", str(out), "--figures", str(figs),
            "--notebooks", str(books), "--jobs", "1"]
    assert main(args) == 0
    first_out = capsys.readouterr().out
    first = {**_snapshot(books), **_snapshot(figs), **_snapshot(out)}
    assert "[compare]" in first_out and "read from the cache" not in first_out
    assert main(args) == 0
    second_out = capsys.readouterr().out
    assert {**_snapshot(books), **_snapshot(figs), **_snapshot(out)} == first
    assert "[compare]" not in second_out  # nothing to compute: every output is in the cache
    assert "[notebook 1/2] 01_a.ipynb … unchanged, read from the cache" in second_out
    assert "[notebook 2/2] 02_b.ipynb … unchanged, read from the cache" in second_out
    _notebook(books / "02_b.ipynb", ["'changed'"])
    assert main(args) == 0
    third_out = capsys.readouterr().out
    assert "01_a.ipynb … unchanged" in third_out and "02_b.ipynb … unchanged" not in third_out
    import nbformat

    assert nbformat.read(books / "02_b.ipynb", as_version=4).cells[0].outputs[0]["data"]["text/plain"] == "'changed'"


def test_a_prints_pieces_are_stored_as_one_stream_output():
    """The kernel may send one print as two pieces of stdout (by timing): the stored notebook joins consecutive pieces of
    one stream, so a rerun writes the same bytes; another stream or a display between is kept apart."""
    from nbformat.v4 import new_output

    from analysis.cli import _joined_streams
    pieces = [new_output("stream", name="stdout", text="天津2023报告 against 天津2021方案"),
              new_output("stream", name="stdout", text="\n"),
              new_output("stream", name="stderr", text="warning\n"),
              new_output("display_data", data={"text/plain": "x"}),
              new_output("stream", name="stderr", text="again\n")]
    joined = _joined_streams(pieces)
    assert [(o.output_type, o.get("name"), o.get("text")) for o in joined] == [
        ("stream", "stdout", "天津2023报告 against 天津2021方案\n"), ("stream", "stderr", "warning\n"),
        ("display_data", None, None), ("stream", "stderr", "again\n")]
