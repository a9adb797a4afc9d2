"""A learned line classifier: a linear-chain CRF over a document's lines (python-crfsuite).

In:  the lines of a document's source text (and, optionally, the parser's own label of each line,
     :func:`analysis.parse.line_labels.rule_labels`).
Out: one label per line from :data:`~analysis.parse.line_labels.LINE_LABELS` (``""`` for a blank line).

It is the learned counterpart of the parser's rules, trained on the line-labelled real documents
(``scripts/train_line_classifier.py``) and compared with them by grouped cross-validation
(``scripts/compare_line_classifier.py``; the numbers and the decision are in
``docs/line_classifier.md``). Each non-blank line is described by what a reader sees at a glance:
its numbering (``一、`` ``（一）`` ``1.`` ``（1）`` ``一是`` …), position, length, punctuation and
brackets, words that mark units, deadlines, page furniture, titles and reports, date and 文号
patterns, and the same for the lines before and after it; the CRF adds the label sequence.

The model file is CRFsuite's own format (``data/models/line_classifier.crfsuite``): training is
deterministic (L-BFGS, features in document order), so the same labelled lines give the same bytes.
"""
from __future__ import annotations

import re
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Sequence

__all__ = ["MODEL_PATH", "RULES_MODEL_PATH", "CRF_PARAMS", "nonblank_lines", "line_features",
           "document_features", "LineClassifier", "load_model", "classify_lines", "agrees_with_title", "disagreements",
           "title_window", "head_lines", "title_doubts", "TITLE_TOP_LINES", "second_opinion", "second_opinion_warnings", "SECOND_OPINION_LABELS",
           "SECOND_OPINION_MIN_P"]

ROOT = Path(__file__).resolve().parents[2]
#: the shipped models: line features alone, and line features plus the rules' label of each line
MODEL_PATH = ROOT / "data" / "models" / "line_classifier.crfsuite"
RULES_MODEL_PATH = ROOT / "data" / "models" / "line_classifier_rules.crfsuite"
#: CRF training settings (fixed before any measurement; L-BFGS with elastic-net regularisation)
CRF_PARAMS = {"c1": 0.1, "c2": 0.1, "max_iterations": 200, "feature.possible_transitions": True}


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s.json")


# a pinyin gloss a mirror site puts after a character: 發(fā) → 發 (after NFKC, brackets are ASCII)
_READING_AID = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,7}\)")


def _normal_lines(lines: Sequence[str]) -> list[str]:
    """Compare form of lines: NFKC (full-width digits and brackets to ASCII), pinyin glosses removed,
    simplified script, runs of spaces as one (converted as one text: OpenCC is called once a document)."""
    flat = [_READING_AID.sub("", unicodedata.normalize("NFKC", line.replace("\n", " "))).strip() for line in lines]
    converted = _t2s().convert("\n".join(flat)).split("\n") if flat else []
    if len(converted) != len(flat):  # never expected; convert line by line rather than misalign
        converted = [_t2s().convert(x) for x in flat]
    return [re.sub(r"[ \t\u3000\xa0]+", " ", x) for x in converted]


def _normal(line: str) -> str:
    return _normal_lines([line])[0]


def nonblank_lines(source: str) -> list[tuple[int, str]]:
    """``(line_no, line)`` of every non-blank line of ``source`` (split on ``\\n``, 1-based)."""
    return [(k + 1, line) for k, line in enumerate(source.split("\n")) if line.strip()]


_NUMBERING = (
    ("chapter", re.compile(r"^第[一二三四五六七八九十百\d]+[章节条]|^第[一二三四五六七八九十]+部分")),
    ("cn_dun", re.compile(r"^[一二三四五六七八九十]+ ?[、.]")),
    ("cn_paren", re.compile(r"^\( ?[一二三四五六七八九十]+ ?\)")),
    ("num_paren", re.compile(r"^\( ?\d{1,3} ?\)")),
    ("circled", re.compile(r"^[\u2460-\u2473]")),
    ("num_dot", re.compile(r"^\d{1,3} ?[.、](?!\d)")),
    ("cn_shi", re.compile(r"^[一二三四五六七八九十]{1,3}是")),
    ("num_space", re.compile(r"^\d{1,3} +\S")),
    ("attachment", re.compile(r"^附件")),
    ("pipe", re.compile(r"^\|")),
    ("bullet", re.compile(r"^[•·*\-–—]")),
)
_KEYWORDS = (
    ("unit_label", re.compile(r"(?:牵头|责任|配合|主责|协办|参与|承办|协同)(?:单位|部门|处室|科室)|责任主体")),
    ("unit_verb", re.compile(r"牵头|负责|配合|参与|协办")),
    ("deadline", re.compile(r"完成时限|完成时间|时间节点|时限|(?:年|月)底前|年内|前完成|长期坚持|持续推进|持续开展|每年|季度")),
    ("furniture", re.compile(r"来源|发布时间|发布日期|浏览|点击|阅读|索引号|首页|当前位置|您的位置|打印|关闭|分享|版权|ICP|备案|"
                             r"字号|无障碍|登录|注册|网站|微信|扫一扫|编辑|作者|下载|收藏|主题分类|时效|访问|手机版|上一篇|下一篇")),
    ("field_label", re.compile(r"^(?:[\u4e00-\u9fff]{2,6}) ?[:|]")),
    ("report", re.compile(r"总结|报告|汇报|情况")),
    ("plan", re.compile(r"方案|计划|要点|意见|安排|规划|办法|措施|清单|分工|分解")),
    ("notice", re.compile(r"关于|印发|通知|转发")),
    ("goal", re.compile(r"指导思想|基本原则|总体要求|目标|总体思路|工作原则")),
    ("closing", re.compile(r"保障措施|组织领导|工作要求|组织实施|加强领导|督导|考核|宣传")),
    ("action", re.compile(r"加强|推进|开展|落实|建立|完善|实施|推动|提升|强化|深化|做好")),
    ("back", re.compile(r"^(?:抄送|印发|联系人|联系电话|电话|附件|\(此件)")),
    ("addressee", re.compile(r"^各[\u4e00-\u9fff、()]{1,40}[:：]$")),
    ("organ_end", re.compile(r"(?:局|厅|委|委员会|办公室|办公厅|政府|人民政府|中心|大队|支队|站|股|科|处|部|院|所)$")),
    ("region", re.compile(r"^(?:中共)?[\u4e00-\u9fff]{1,8}(?:省|市|县|区|州|旗|自治区)")),
)
_DATE = re.compile(r"(?:19|20)\d\d ?年 ?\d{1,2} ?月(?: ?\d{1,2} ?日)?|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
                   r"|(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12} ?[〔\[(【﹝] ?(?:19|20)\d\d ?[〕\])】﹞] ?\d{1,4} ?号")
_PERIOD = re.compile(r"(?:19|20)\d\d ?年? ?[-—–~至到] ?(?:19|20)\d\d")
_TITLE_END = re.compile(r"(?:方案|计划|要点|意见|安排|规划|办法|措施|清单|分工|分解表|报告|总结|情况|汇报|通知)(?:\([^()]*\))?$")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _bin(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def line_features(line: str, normal: str | None = None) -> dict[str, float]:
    """What one line looks like, on its own: ``{feature: value}`` (see the module docstring).
    ``normal``: the line's compare form when the caller has it (:func:`_normal_lines`)."""
    s = _normal(line) if normal is None else normal
    f: dict[str, float] = {"bias": 1.0}
    numbering = next((name for name, rx in _NUMBERING if rx.match(s)), "none")
    f[f"num={numbering}"] = 1.0
    f[f"len={_bin(len(s), (4, 8, 14, 22, 32, 45, 70, 120))}"] = 1.0
    last = s[-1] if s else ""
    f[f"end={last if last in '。；;：:，,)）!？?、|' else ('cjk' if _CJK.match(last) else ('digit' if last.isdigit() else 'other'))}"] = 1.0
    f[f"first={'cjk' if s and _CJK.match(s[0]) else ('digit' if s[:1].isdigit() else s[:1])}"] = 1.0
    f[f"stops={_bin(s.count('。'), (0, 1, 3))}"] = 1.0
    f[f"commas={_bin(s.count('，') + s.count(','), (0, 2, 5))}"] = 1.0
    f[f"spaces={_bin(s.count(' '), (0, 1, 3))}"] = 1.0
    cjk = len(_CJK.findall(s))
    f[f"cjk_share={_bin(int(10 * cjk / max(len(s), 1)), (2, 5, 8))}"] = 1.0
    for name, rx in _KEYWORDS:
        if rx.search(s):
            f[f"kw={name}"] = 1.0
    if s.startswith("(") and s.endswith(")"):
        f["paren_line"] = 1.0
    elif re.search(r"\([^()]{2,}\)[。；;]?$", s):
        f["paren_end"] = 1.0
    if "《" in s:
        f["book_title"] = 1.0
    if _DATE.search(s):
        f["date"] = 1.0
        if len(_DATE.sub("", s).strip(" ()印发发布")) <= 2:
            f["date_only"] = 1.0
    elif re.fullmatch(r"(?:19|20)\d{6}", s):
        f["date_only"] = 1.0
    if _DOC_NUMBER.search(s):
        f["doc_number"] = 1.0
        if len(s) <= len(_DOC_NUMBER.search(s).group()) + 4:
            f["doc_number_only"] = 1.0
    if _PERIOD.search(s):
        f["period"] = 1.0
    if _TITLE_END.search(s) and not re.search(r"[。；]", s):
        f["title_end"] = 1.0
    if re.search(r"https?:|www\.|\.(?:com|cn|gov)", s):
        f["url"] = 1.0
    return f


# the features a line's neighbours lend it (prefixed -1: / +1:)
_CONTEXT_KEYS = re.compile(r"^(?:num=|len=|end=|kw=|paren_line|date_only|doc_number_only|title_end|rule=)")


def document_features(lines: Sequence[str], rules: Sequence[str] | None = None) -> list[dict[str, float]]:
    """Features of every line of a document, in order, with position and neighbour features.

    In: the document's non-blank lines (:func:`nonblank_lines`, text only) and, optionally, the rules'
    label of each of them. Out: one feature dict per line (python-crfsuite's item format).
    """
    own = [line_features(line, normal) for line, normal in zip(lines, _normal_lines(lines))]
    if rules is not None:
        for f, label in zip(own, rules):
            f[f"rule={label or 'none'}"] = 1.0
    n = len(lines)
    first_section = next((k for k, f in enumerate(own) if "num=cn_dun" in f or "num=chapter" in f), n)
    out = []
    for k, f in enumerate(own):
        g = dict(f)
        # the position counted from the top only: a page excerpt ends wherever it was cut, so a share of
        # the length or a distance to the end says where the cut fell, not what the line is
        g[f"from_start={_bin(k, (0, 1, 2, 4, 8))}"] = 1.0
        g["body" if k >= first_section else "front"] = 1.0
        for offset in (-2, -1, 1, 2):
            j = k + offset
            if not 0 <= j < n:
                g[f"{offset:+d}:none"] = 1.0
                continue
            if abs(offset) == 2:  # two lines away: only its numbering and its rule label
                g.update({f"{offset:+d}:{key}": 1.0 for key in own[j] if key.startswith(("num=", "rule="))})
                continue
            g.update({f"{offset:+d}:{key}": 1.0 for key in own[j] if _CONTEXT_KEYS.match(key)})
        out.append(g)
    return out


class LineClassifier:
    """A linear-chain CRF over a document's non-blank lines (python-crfsuite, L-BFGS training).

    ``use_rules``: whether the rules' label of each line is one of its features (then ``fit`` and
    ``predict`` need the rules' labels too). ``params``: CRFsuite training settings over
    :data:`CRF_PARAMS`. A trained classifier holds its model as bytes (:attr:`model_bytes`), the
    CRFsuite file format :meth:`save` writes and :func:`load_model` reads.
    """

    def __init__(self, use_rules: bool = False, **params):
        self.use_rules = use_rules
        self.params = {**CRF_PARAMS, **params}
        self.model_bytes: bytes | None = None
        self._tagger = None

    def _features(self, docs, rules):
        if self.use_rules and rules is None:
            raise ValueError("this classifier uses the rules' labels as features: pass rules=")
        return [document_features(lines, r if self.use_rules else None)
                for lines, r in zip(docs, rules if rules is not None else [None] * len(docs))]

    def fit(self, docs: Sequence[Sequence[str]], labels: Sequence[Sequence[str]],
            rules: Sequence[Sequence[str]] | None = None) -> "LineClassifier":
        """In: documents as lists of non-blank lines, their gold labels (and rules' labels). Out: self."""
        import pycrfsuite

        trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
        trainer.set_params(self.params)
        for xseq, yseq in zip(self._features(docs, rules), labels):
            trainer.append(xseq, list(yseq))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "model.crfsuite"
            trainer.train(str(path))
            self._open(path.read_bytes())
        return self

    def _open(self, model: bytes) -> None:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open_inmemory(model)
        self.model_bytes, self._tagger = model, tagger

    def _check(self):
        if self._tagger is None:
            raise ValueError("the classifier is not trained: call fit() or load_model()")
        return self._tagger

    @property
    def labels(self) -> list[str]:
        """The labels the model knows."""
        return list(self._check().labels())

    def predict(self, docs: Sequence[Sequence[str]], rules: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
        """In: documents as lists of non-blank lines (and rules' labels). Out: a label per line."""
        tagger = self._check()
        return [list(tagger.tag(xseq)) if xseq else [] for xseq in self._features(docs, rules)]

    def predict_marginals(self, docs, rules=None, labels: Sequence[str] | None = None) -> list[list[dict[str, float]]]:
        """The probability of each label (or of ``labels``) for each line (the CRF's marginals)."""
        return self.predict_with_marginals(docs, rules, labels)[1]

    def predict_with_marginals(self, docs, rules=None, labels: Sequence[str] | None = None):
        """``(labels per line, marginals per line)`` of each document, the features computed once."""
        tagger = self._check()
        known = list(tagger.labels())
        names = known if labels is None else [y for y in labels if y in known]
        tags, marginals = [], []
        for xseq in self._features(docs, rules):
            if not xseq:
                tags.append([])
                marginals.append([])
                continue
            tags.append(list(tagger.tag(xseq)))  # tag() also sets the sequence marginal() reads
            marginals.append([{y: tagger.marginal(y, t) for y in names} for t in range(len(xseq))])
        return tags, marginals

    def save(self, path: str | Path) -> Path:
        """Write the trained model (CRFsuite format) to ``path``; returns the path."""
        self._check()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.model_bytes)
        return path


def load_model(path: str | Path = MODEL_PATH) -> LineClassifier:
    """A trained :class:`LineClassifier` from a CRFsuite model file. Whether it uses the rules' labels
    is read from the model's own features (``rule=…``). Raises ``FileNotFoundError`` naming the file."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no line-classifier model; train one with scripts/train_line_classifier.py")
    model = LineClassifier()
    model._open(path.read_bytes())
    model.use_rules = any(a.startswith("rule=") for a in model._tagger.info().attributes)
    return model


def classify_lines(source: str, model: LineClassifier, rules: Sequence[str] | None = None) -> list[str]:
    """One label per line of ``source`` (split on ``\\n``; ``""`` for a blank line) from ``model``.

    ``rules``: the rules' label per source line (:func:`analysis.parse.line_labels.rule_labels`), needed
    when the model uses them."""
    numbered = nonblank_lines(source)
    line_rules = [rules[k - 1] for k, _ in numbered] if rules is not None else None
    labels = [""] * len(source.split("\n"))
    if not numbered:
        return labels
    predicted = model.predict([[line for _, line in numbered]], [line_rules] if line_rules is not None else None)[0]
    for (k, _), label in zip(numbered, predicted):
        labels[k - 1] = label
    return labels


#: labels whose disagreement with the rules the second opinion reports: the lines facts are read from
SECOND_OPINION_LABELS = ("title", "task")
#: how sure the model must be of its own label (its CRF marginal) to disagree; chosen on the grouped
#: cross-validation of dev2 (docs/line_classifier.md)
SECOND_OPINION_MIN_P = 0.7


def _compare_form(text: str) -> str:
    return re.sub(r"[\W_]+", "", _normal(text))


def agrees_with_title(line: str, title: str) -> bool:
    """Does ``line`` repeat the title the rules read (``关于印发《X》的通知`` names X; a web headline
    repeats it)? Width, script, spaces and punctuation are ignored."""
    a, t = _compare_form(line), _compare_form(title)
    return bool(t) and bool(a) and (t in a or (len(a) >= 4 and a in t))


#: a document's title is printed near its top: the model's title lines further down are no doubt about it
#: (on the labelled development pages the first title line is at most the 20th non-blank line)
TITLE_TOP_LINES = 20
# numbering a title line never opens with (bullets and table bars may: a field list, a table row)
_NUMBERED = frozenset(f"num={name}" for name, _ in _NUMBERING) - {"num=bullet", "num=pipe"}


def _no_title_doubt(k: int, line: str, rule: str, label: str, title: str | None,
                    title_lines: Sequence[int] | None) -> bool:
    """Is a disagreement about line ``k`` being a title line no doubt about the title the rules read?"""
    if label == "title":  # the model calls it a title, the rules do not
        return (k >= TITLE_TOP_LINES or bool(_NUMBERED & set(line_features(line)))
                or bool(title and agrees_with_title(line, title)))
    # the rules read a title from the line, the model calls it something else
    if title_lines is not None and k not in title_lines:
        return True  # a cover notice the title was not read from
    if label == "issuer" and title_lines and k == title_lines[0] and len(title_lines) > 1:
        return True  # the organ a title opens with, printed on a line of its own (某局 ⏎ 关于…的答复)
    a, t = _compare_form(line), _compare_form(title or "")
    return bool(t) and t in a and len(a) - len(t) >= 4  # the title read out of a longer line (现将《X》印发…)


def disagreements(lines: Sequence[str], rules: Sequence[str], predicted: Sequence[str],
                  marginals: Sequence[dict[str, float]], min_probability: float = SECOND_OPINION_MIN_P,
                  labels: Sequence[str] = SECOND_OPINION_LABELS, title: str | None = None,
                  title_lines: Sequence[int] | None = None) -> dict[str, list[tuple[int, str, str, float]]]:
    """Where the model confidently places a line differently from the rules, per label.

    In: per non-blank line, its text, the rules' label, the model's label and its marginals; ``title``:
    the title the rules read and ``title_lines`` the indices of the lines it was read from. Out:
    ``{label: [(index, rules' label, model's label, probability)]}`` for each of ``labels``: the lines
    one of the two calls ``label`` and the other does not, where the model gives its own reading
    probability ≥ ``min_probability`` (that the line is ``label``, or that it is not). For ``title``,
    what is no doubt about the title read is left out: a line the model calls a title below the top
    (:data:`TITLE_TOP_LINES`), opening with an item's numbering, or repeating the title read; a rules'
    title line the title was not read from (``title_lines``), or that holds the title within a longer
    sentence.
    """
    out: dict[str, list] = {label: [] for label in labels}
    for k, (line, rule, label, probs) in enumerate(zip(lines, rules, predicted, marginals)):
        for name in labels:
            if (rule == name) == (label == name):
                continue
            p_name = float(probs.get(name, 0.0))
            sure = p_name if label == name else 1.0 - p_name
            if sure < min_probability:
                continue
            if name == "title" and _no_title_doubt(k, line, rule, label, title, title_lines):
                continue
            out[name].append((k, rule, label, round(sure, 3)))
    return out


#: the title opinion reads the head of a document: its lines up to the first body line the rules found
#: (a heading, a task), this many more, and at most TITLE_WINDOW_MAX lines when there is no body
TITLE_WINDOW_AFTER = 3
TITLE_WINDOW_MAX = 80
_BODY_LABELS = frozenset({"heading_1", "heading_2", "heading_3", "task", "clause"})


def title_window(rules: Sequence[str], title_index: Sequence[int] = ()) -> int:
    """How many leading non-blank lines the title opinion reads (see :data:`TITLE_WINDOW_AFTER`); the
    lines the rules' title was read from (``title_index``) are always inside."""
    body = next((k for k, r in enumerate(rules) if r in _BODY_LABELS), None)
    n = min(len(rules), TITLE_WINDOW_MAX) if body is None else body + 1 + TITLE_WINDOW_AFTER
    if title_index:
        n = max(n, max(title_index) + 1 + TITLE_WINDOW_AFTER)
    return min(n, len(rules))


_BODY_SPANS = frozenset({"section_heading", "group_heading", "task_heading", "clause"})


def head_lines(doc, parsed, title_lines: Sequence[int] = ()) -> int:
    """How many source lines of ``doc`` the title opinion needs (:func:`title_window`): through the
    first body line of the parse (a heading, a task), or the last line the title was read from
    (``title_lines``, 1-based), whichever is later, and :data:`TITLE_WINDOW_AFTER` non-blank lines more;
    without a body, :data:`TITLE_WINDOW_MAX` non-blank lines."""
    body = next((s.start for s in parsed.spans if s.kind in _BODY_SPANS), None)
    lines = doc.source.split("\n")
    k = doc.source_line(body) if body is not None else 0  # the index of the line after the body's first
    want, seen = (TITLE_WINDOW_AFTER if body is not None else TITLE_WINDOW_MAX), 0
    while k < len(lines) and seen < want:
        seen += bool(lines[k].strip())
        k += 1
    if title_lines and max(title_lines) >= k - TITLE_WINDOW_AFTER:
        return max(k, _head_lines_after(lines, max(title_lines)))
    return k


def _title_reach(doc) -> int | None:
    """How many first source lines hold a title's evidence: through the source of the sixth non-blank
    normalized line from where it starts (a title is read from at most four, a cover notice a few more;
    a normalized line may join source lines across blank ones). None: all of them."""
    field = (doc.meta.get("metadata_fields") or {}).get("title")
    if field is None:
        return 0
    if field.offset is None or not doc.text:
        return None  # read from a removed page line: anywhere in the source
    pos, seen = doc.text.rfind("\n", 0, field.offset) + 1, 0
    while pos < len(doc.text) and seen < 6:
        end = doc.text.find("\n", pos)
        end = len(doc.text) if end < 0 else end
        seen += bool(doc.text[pos:end].strip())
        pos = end + 1
    last = doc.origin[min(pos, len(doc.text)) - 1]
    return doc.source.count("\n", 0, last) + 2


def _head_lines_after(lines: Sequence[str], line_no: int) -> int:
    """The number of lines through line ``line_no`` (1-based) and :data:`TITLE_WINDOW_AFTER` non-blank
    lines more."""
    k, seen = line_no, 0
    while k < len(lines) and seen < TITLE_WINDOW_AFTER:
        seen += bool(lines[k].strip())
        k += 1
    return k


def title_doubts(model: LineClassifier, lines: Sequence[str], rules: Sequence[str], title: str = "",
                 title_index: Sequence[int] | None = None,
                 min_probability: float = SECOND_OPINION_MIN_P) -> list[tuple[int, str, str, float]]:
    """The model's doubts about the title the rules read: :func:`disagreements` on ``title`` over the
    head of the document (:func:`title_window`; a title is never read from the body, and the body of a
    long plan is most of the work). In: a document's non-blank lines, the rules' labels of them, the
    title the rules read and the indices of the lines it was read from. Out: ``[(index, rules' label,
    model's label, probability)]``."""
    n = title_window(rules, title_index or ())
    head, head_rules = list(lines[:n]), list(rules[:n])
    tags, marginals = model.predict_with_marginals([head], [head_rules] if model.use_rules else None, ["title"])
    return disagreements(head, head_rules, tags[0], marginals[0], min_probability, ("title",), title,
                         title_index)["title"]


def second_opinion(source: str, rules: Sequence[str], model: LineClassifier,
                   min_probability: float = SECOND_OPINION_MIN_P, labels: Sequence[str] = SECOND_OPINION_LABELS,
                   title: str | None = None,
                   title_lines: Sequence[int] | None = None) -> dict[str, list[tuple[int, str, str, float, str]]]:
    """The lines of ``source`` the model places differently from the rules: :func:`title_doubts` for
    ``title``, :func:`disagreements` over the whole document for the other labels.

    In: a source text, the rules' label per source line (:func:`analysis.parse.line_labels.rule_labels`), a
    model, the title the rules read and the source lines (1-based) it was read from. Out: ``{label:
    [(line_no, rules' label, model's label, probability, line text)]}``. A researcher reads them as
    lines to check; nothing in the parse changes.
    """
    numbered = nonblank_lines(source)
    if not numbered:
        return {label: [] for label in labels}
    lines = [line for _, line in numbered]
    line_rules = [rules[k - 1] or "other" for k, _ in numbered]
    index = {k: i for i, (k, _) in enumerate(numbered)}
    found: dict[str, list] = {}
    if "title" in labels:
        title_index = None if title_lines is None else [index[k] for k in title_lines if k in index]
        found["title"] = title_doubts(model, lines, line_rules, title or "", title_index, min_probability)
    rest = [label for label in labels if label != "title"]
    if rest:
        tags, marginals = model.predict_with_marginals([lines], [line_rules] if model.use_rules else None, rest)
        found.update(disagreements(lines, line_rules, tags[0], marginals[0], min_probability, rest))
    return {label: [(numbered[k][0], rule, got, p, numbered[k][1].strip()) for k, rule, got, p in found[label]]
            for label in labels}


@lru_cache(maxsize=2)
def _shipped(path: str) -> LineClassifier:
    return load_model(path)


# how a warning names a label: plain words (a message naming another metadata field, "issuer" say,
# would read as a doubt about that field too)
_SAY = {"title": "title line", "doc_number": "文号 line", "issuer": "organ line", "date": "date line",
        "heading_1": "heading", "heading_2": "sub-heading", "heading_3": "sub-sub-heading", "task": "task line",
        "clause": "task text", "unit_note": "unit note", "deadline_note": "deadline note",
        "furniture": "page furniture", "other": "other text", "": "blank"}
#: what the parse uses the second opinion for: label → (warning kind, what the warning asks to check)
_WARN = {"title": ("metadata_uncertain", "title"), "task": ("tasks_uncertain", "tasks")}


def second_opinion_warnings(doc, parsed, model: LineClassifier | None = None,
                            min_probability: float = SECOND_OPINION_MIN_P, labels: Sequence[str] = ("title",)) -> list:
    """The second opinion as warnings a researcher reads (one per label at most).

    In: a document, its parse, a model (default: the shipped model of line features alone, an opinion
    independent of the rules) and the labels to report — ``title`` (default: it points at wrong titles
    on held-out documents) and/or ``task`` (not by default: on full-length plans it disagrees where the
    rules are right; docs/line_classifier.md). Out: :class:`~analysis.parse.corpus.ParseWarning` list —
    ``metadata_uncertain`` naming the title when the model places a title line differently (only for a
    document whose metadata is read from its text: a manifest's title stands), ``tasks_uncertain``
    when it places a task line differently; each names the lines to check. Without the shipped model
    file: one ``second_opinion_unavailable`` warning.
    """
    from .corpus import ParseWarning
    from .line_labels import metadata_lines, rule_labels

    unknown = [label for label in labels if label not in _WARN]
    if unknown:
        raise ValueError(f"no second-opinion warning for {unknown}; choose from {sorted(_WARN)}")
    labels = [label for label in labels
              if not (label == "title" and doc.meta.get("metadata_source") == "manifest")]
    if not labels:
        return []
    try:
        model = model or _shipped(str(MODEL_PATH))
        # the title alone needs the head of the document only (the body of a long plan is most of it)
        read_from = metadata_lines(doc, "title", _title_reach(doc))
        upto = head_lines(doc, parsed, read_from) if labels == ["title"] else None
        source = doc.source if upto is None else "\n".join(doc.source.split("\n")[:upto])
        found = second_opinion(source, rule_labels(doc, parsed, upto), model, min_probability, labels,
                               doc.meta.get("title") or "", read_from)
    except Exception as exc:  # noqa: BLE001 — an advisory opinion never stops a parse
        # the parse stands without its second opinion; the reader is told it is missing and why
        return [ParseWarning(doc.doc_id, "second_opinion_unavailable", -1, f"{type(exc).__name__}: {exc}")]
    starts = [0] + [m.end() for m in re.finditer("\n", doc.source)]
    out = []
    for label in labels:
        rows = found.get(label, [])
        if not rows:
            continue
        kind, field = _WARN[label]
        shown = "; ".join(f"line {no} 「{text[:20]}」 the rules read as {_SAY.get(rule, rule)}, the line classifier "
                          f"as {_SAY.get(got, got)} (p {p:.2f})" for no, rule, got, p, text in rows[:3])
        more = f"; {len(rows) - 3} more" if len(rows) > 3 else ""
        out.append(ParseWarning(doc.doc_id, kind, starts[rows[0][0] - 1],
                                f"{field}: a second opinion differs — {shown}{more}; check the {field}"))
    return out
