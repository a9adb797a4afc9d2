"""HTML main-text extractors side by side on the same pages: speed and fidelity.

Candidates: trafilatura, readability-lxml, jusText (no Chinese stop list exists: it runs with an
empty one), and the baseline — lxml's text of the whole <body>. Each is measured two ways:

* **library text**: the extractor's own text output. Fidelity = share of the plan's clean-text
  lines found in it (whitespace ignored); noise = share of the page-furniture strings (navigation,
  breadcrumbs, controls, related links, footer) found in it.
* **reader**: :func:`analysis.ingest.html.read_html` with that extractor locating the article
  container (the element then read whole, with element provenance and tables as tables).
  Fidelity = share of the clean-text facts the parser recovers end to end (tasks, clauses,
  units with roles, deadlines, metadata fields; tests/ingest_facts.py), noise as above.

Pages: the fixtures of tests/data/formats/html (three layouts, UTF-8 and GBK), repeated for
timing. Run: ``python benchmarks/readers_html.py [--repeat N]``.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from functools import partial
from pathlib import Path
from unittest.mock import patch

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from analysis.ingest import html as H  # noqa: E402
from analysis.ingest.base import CorpusError  # noqa: E402

READ_HTML = H.read_html
PAGES = [ROOT / "tests/data/formats/html" / n for n in ("plan_utf8.html", "plan_gbk.html", "plan_rowspan.html")]
FURNITURE = ("您当前的位置", "走进某市", "无障碍", "分享到", "打印本页", "关闭窗口", "相关链接", "某市召开养老服务工作推进会",
             "版权所有", "ICP备", "浏览次数", "网站地图")
_WS = re.compile(r"\s+")


def _flat(s: str) -> str:
    return _WS.sub("", s)


def clean_lines() -> list[str]:
    text = (ROOT / "tests/data/formats/plan.txt").read_text(encoding="utf-8")
    return [_flat(x) for x in text.splitlines() if _flat(x)]


def library_text(path: Path, name: str) -> str:
    text, _, _ = H.decode_html(path.read_bytes(), str(path))
    return H.main_text(H._parse(text, str(path)), name)


def fact_share(facts: dict, ref: dict) -> float:
    got = total = 0
    for table in ("tasks", "clauses", "units", "deadlines"):
        want = [repr(r) for r in ref[table]]
        have = [repr(r) for r in facts[table]]
        total += len(want)
        got += sum(1 for r in want if r in have)
    total += len(ref["metadata"])
    got += sum(1 for k, v in ref["metadata"].items() if facts["metadata"].get(k) == v)
    return got / total


def available(name: str) -> bool:
    try:
        H.main_text(H._parse("<html><body><p>x</p></body></html>", "x"), name)
    except ImportError:
        return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20, help="times each page is read for timing")
    args = ap.parse_args()
    from ingest_facts import parsed_facts, plan_facts

    ref_lines = clean_lines()
    ref = plan_facts()
    names = [n for n in H.EXTRACTORS if available(n)]
    print(f"{len(PAGES)} pages × {args.repeat} repeats; clean text: {len(ref_lines)} lines")
    print(f"{'extractor':12s} {'lib pages/s':>11s} {'lib lines %':>11s} {'lib noise %':>11s} "
          f"{'reader pages/s':>14s} {'reader facts %':>14s} {'reader noise %':>14s}")
    for name in names:
        t0 = time.perf_counter()
        for _ in range(args.repeat):
            texts = [library_text(p, name) for p in PAGES]
        lib_rate = args.repeat * len(PAGES) / (time.perf_counter() - t0)
        lib_lines = sum(sum(1 for x in ref_lines if x in _flat(t)) for t in texts) / (len(ref_lines) * len(PAGES))
        lib_noise = sum(sum(1 for f in FURNITURE if f in t) for t in texts) / (len(FURNITURE) * len(PAGES))
        t0 = time.perf_counter()
        failures = 0
        for _ in range(args.repeat):
            raws = []
            for p in PAGES:
                try:
                    raws.append(READ_HTML(p, extractor=name))
                except CorpusError:
                    raws.append(None)
                    failures += 1
        rd_rate = args.repeat * len(PAGES) / (time.perf_counter() - t0)
        shares, noise = [], []
        for p, raw in zip(PAGES, raws):
            if raw is None:
                shares.append(0.0)
                noise.append(0.0)
                continue
            # end to end (read_raw → normalize → parse) with this extractor in the reader
            with patch.object(H, "read_html", partial(READ_HTML, extractor=name)):
                facts = parsed_facts(p)
            shares.append(fact_share(facts, ref))
            noise.append(sum(1 for f in FURNITURE if f in raw.text) / len(FURNITURE))
        note = f"  ({failures // args.repeat} page(s) not read)" if failures else ""
        print(f"{name:12s} {lib_rate:11.1f} {100 * lib_lines:11.1f} {100 * lib_noise:11.1f} {rd_rate:14.1f} "
              f"{100 * sum(shares) / len(shares):14.1f} {100 * sum(noise) / len(noise):14.1f}{note}")


if __name__ == "__main__":
    main()
