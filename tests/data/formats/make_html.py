"""Write the synthetic plan (plan_spec.py) as web pages in the layouts of government CMS pages.

Every page has what a portal puts around a document: a site header and navigation, breadcrumbs,
an info box of the document's fields (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期),
font-size/print/share controls, related links and a footer. The pages differ as portals do:

* ``plan_utf8.html`` — UTF-8 (<meta charset>), info box as a <table> of <th>/<td> pairs, body as
  <p> paragraphs, the attachment's task table as an HTML table with every cell filled in and a
  <br> inside a cell.
* ``plan_gbk.html`` — GBK bytes declared as ``gb2312`` in an http-equiv <meta>, an older layout
  (the article inside a layout table of one column), Word-exported paragraphs
  (<p><span>…</span></p>), the task table's cells holding <p> paragraphs.
* ``plan_rowspan.html`` — UTF-8, the info box as a <ul> of ``<li><span>label：</span>value</li>``,
  the task table with 重点任务 merged down (rowspan) and a two-row header whose 责任单位 spans
  牵头单位 | 配合单位 (colspan).
* ``links_only.html`` — the page body holds only the title and a link to the document's PDF and OFD.
* ``no_text.html`` — the article container is empty (the text was loaded by script).

Run: ``python tests/data/formats/make_html.py`` (writes beside this file; same bytes every run).
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import plan_spec as P  # noqa: E402

OUT = Path(__file__).parent
FIELDS = [("索 引 号", "11330100MB0000000X/2024-00123"), ("主题分类", "民政、扶贫、救灾\\老龄工作"),
          ("发文机关", P.ISSUER), ("成文日期", "2024年03月15日"), ("标　　题", P.COVER_TITLE),
          ("发文字号", P.DOC_NUMBER), ("发布日期", "2024年03月20日")]
SITE = "某市人民政府门户网站"


def e(text: str) -> str:
    return html.escape(text, quote=True)


def _head(charset_meta: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset_meta}
<title>{e(P.COVER_TITLE)}_{SITE}</title>
<meta name="SiteName" content="{SITE}">
<meta name="ArticleTitle" content="{e(P.COVER_TITLE)}">
<meta name="PubDate" content="2024-03-20 10:30">
<meta name="ContentSource" content="{P.ISSUER}">
<link rel="stylesheet" href="/css/main.css">
<script src="/js/jquery.min.js"></script>
</head>
"""


def _header() -> str:
    return f"""<div class="top-bar"><a href="/wza/">无障碍</a> | <a href="/">简体</a> | <a href="/fanti/">繁体</a>
<a href="/en/">English</a> <a href="/login">登录</a></div>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="{SITE}">{SITE}</div>
<form class="search" action="/search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li><li><a href="/zjms/">走进某市</a></li></ul>
<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt;
<a href="/zwgk/zfwj/">政府文件</a> &gt; <a href="/zwgk/zfwj/szfbgswj/">市政府办公室文件</a></div>
"""


def _footer() -> str:
    return f"""<div class="related"><h3>相关链接</h3><ul>
<li><a href="/art/2024/3/21/art_1_2.html">图解：某市养老服务体系建设三年行动方案</a><span>2024-03-21</span></li>
<li><a href="/art/2024/3/22/art_1_3.html">某市召开养老服务工作推进会</a><span>2024-03-22</span></li>
<li><a href="/art/2023/12/1/art_1_4.html">某市人民政府办公室关于进一步加强社区服务的通知</a><span>2023-12-01</span></li></ul></div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p>
<p>主办单位：某市人民政府办公室　承办单位：某市大数据发展管理局</p>
<p>网站标识码：3301000001　某ICP备05000000号　某公网安备 33010002000001号</p>
<p>版权所有 &copy; 某市人民政府　技术支持：某市信息中心</p></div>
<script>var _hmt = _hmt || []; (function(){{ var s = document.createElement("script"); }})();</script>
</body>
</html>
"""


def _tools() -> str:
    return """<div class="article-tools">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a>
<a href="javascript:doZoom(14)">小</a>】 <a href="javascript:window.print()">打印本页</a>
<a href="javascript:window.close()">关闭窗口</a>
<div class="share">分享到：<a class="wx" href="#">微信</a> <a class="wb" href="#">微博</a> <a class="qq" href="#">QQ空间</a></div></div>
"""


def _info_table() -> str:
    span = ' colspan="3"'
    cells = [f"<th>{e(k)}：</th><td{span if k.startswith('标') else ''}>{e(v)}</td>" for k, v in FIELDS]
    # 索引号|主题分类, 发文机关|成文日期, 标题 (whole row), 发文字号|发布日期
    rows = [cells[0] + cells[1], cells[2] + cells[3], cells[4], cells[5] + cells[6]]
    return '<div class="xxgk-info"><table class="info-table">\n' + "\n".join(f"<tr>{r}</tr>" for r in rows) \
        + "\n</table></div>\n"


def _info_list() -> str:
    items = "\n".join(f'<li><span class="label">{e(k.replace(" ", "").replace("　", ""))}：</span>'
                      f'<span class="value">{e(v)}</span></li>' for k, v in FIELDS)
    return f'<div class="doc-meta"><ul>\n{items}\n</ul></div>\n'


def _body_paragraphs(para: str = "<p{style}>{text}</p>") -> list[str]:
    """The plan's body as paragraphs (cover notice, title, preamble, sections, tasks, closing)."""
    center, right, indent = ' style="text-align: center;"', ' style="text-align: right;"', \
        ' style="text-indent: 2em;"'

    def p(text: str, style: str = indent, strong: bool = False) -> str:
        body = f"<strong>{e(text)}</strong>" if strong else e(text)
        return para.format(style=style, text=body)

    out = [p(P.DOC_NUMBER, center), p(P.ADDRESSEE, ""), p(P.COVER_BODY), p(P.SIGNATURE[0], right),
           p(P.SIGNATURE[1], right), p(P.TITLE, center, strong=True), p(P.PREAMBLE), p(P.GOALS[0], strong=True)]
    out += [p(x) for x in P.GOALS[1]]
    out.append(p(P.TASK_SECTION, strong=True))
    for heading, tasks in P.TASK_GROUPS:
        out.append(p(heading, strong=True))
        out += [p(f"{no}.{head}{body}（{note}）") for no, head, body, note in tasks]
    out.append(p(P.CLOSING[0], strong=True))
    out += [p(x) for x in P.CLOSING[1]]
    return out


def _table_flat(cell: str = "<td>{}</td>") -> str:
    """The attachment's task table with every cell written out (no merges); 配合单位 of two units
    broken by <br>."""
    rows = ["<tr>" + "".join(f"<th>{e(h)}</th>" for h in P.TABLE_HEADER) + "</tr>"]
    for r in P.TABLE_ROWS:
        cells = [e(c) for c in r]
        cells[4] = "<br>".join(e(u) for u in r[4].split("、"))
        rows.append("<tr>" + "".join(cell.format(c) for c in cells) + "</tr>")
    return '<table border="1" cellspacing="0" class="task-table">\n' + "\n".join(rows) + "\n</table>\n"


def _table_merged() -> str:
    """The task table as an office suite exports it: a two-row header (责任单位 over 牵头单位 |
    配合单位) and 重点任务 merged down over the rows of its measures."""
    rows = ['<tr><td rowspan="2">序号</td><td rowspan="2">重点任务</td><td rowspan="2">具体措施</td>'
            '<td colspan="2">责任单位</td><td rowspan="2">完成时限</td></tr>',
            "<tr><td>牵头单位</td><td>配合单位</td></tr>"]
    groups = [r[1] for r in P.TABLE_ROWS]
    for i, (no, group, measure, lead, support, due) in enumerate(P.TABLE_ROWS):
        first = i == 0 or groups[i - 1] != group
        span = groups.count(group)
        g = (f'<td rowspan="{span}">{e(group)}</td>' if span > 1 else f"<td>{e(group)}</td>") if first else ""
        rows.append(f"<tr><td>{no}</td>{g}<td>{e(measure)}</td><td>{e(lead)}</td><td>{e(support)}</td>"
                    f"<td>{e(due)}</td></tr>")
    return ('<table border="1" cellpadding="0" cellspacing="0" width="600" style="border-collapse:collapse">\n'
            "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n")


def page_utf8() -> bytes:
    body = "\n".join(_body_paragraphs())
    page = (_head('<meta charset="utf-8">') + "<body>\n" + _header() + _info_table()
            + f'<div class="article">\n<h1 class="article-title">{e(P.COVER_TITLE)}</h1>\n'
            + '<div class="article-date">发布时间：2024-03-20 10:30　来源：市政府办公室　浏览次数：<span id="hits">1024</span></div>\n'
            + _tools() + '<div id="zoom" class="TRS_Editor">\n' + body + "\n"
            + f'<p style="text-indent: 2em;">{e(P.TABLE_TITLE)}</p>\n' + _table_flat() + "</div>\n"
            + '<div class="article-foot">【<a href="javascript:window.print()">打印</a>】'
            + '【<a href="javascript:window.close()">关闭</a>】</div>\n</div>\n' + _footer())
    return page.encode("utf-8")


def page_gbk() -> bytes:
    para = '<p class="MsoNormal"{style}><span style="font-family:仿宋_GB2312;font-size:16pt">{text}</span></p>'
    body = "\n".join(_body_paragraphs(para))
    cell = '<td valign="center"><p align="center"><span>{}</span></p></td>'
    page = (_head('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">') + "<body>\n" + _header()
            + '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td>\n' + _info_table()
            + '</td></tr>\n<tr><td class="title" align="center"><font size="5"><b>' + e(P.COVER_TITLE)
            + "</b></font></td></tr>\n<tr><td>" + _tools() + '</td></tr>\n<tr><td class="bt_content">\n'
            + '<div class="TRS_PreAppend">\n' + body + "\n"
            + f'<p class="MsoNormal"><span>{e(P.TABLE_TITLE)}</span></p>\n' + _table_flat(cell)
            + '</div>\n</td></tr>\n<tr><td align="right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】'
            + "</td></tr>\n</table>\n" + _footer())
    return page.encode("gbk")


def page_rowspan() -> bytes:
    body = "\n".join(_body_paragraphs())
    page = (_head('<meta charset="UTF-8">') + "<body>\n" + _header()
            + f'<div class="main"><div class="content-head"><h2>{e(P.COVER_TITLE)}</h2></div>\n' + _info_list()
            + _tools() + '<div class="content" id="UCAP-CONTENT">\n' + body + "\n"
            + f'<p>{e(P.TABLE_TITLE)}</p>\n' + _table_merged() + "</div>\n</div>\n" + _footer())
    return page.encode("utf-8")


def page_links_only() -> bytes:
    page = (_head('<meta charset="utf-8">') + "<body>\n" + _header() + _info_table()
            + f'<div class="article">\n<h1 class="article-title">{e(P.COVER_TITLE)}</h1>\n' + _tools()
            + '<div id="zoom" class="TRS_Editor">\n'
            + f'<p><a href="/module/download/P020240320512345678901.pdf" target="_blank">{e(P.COVER_TITLE)}.pdf</a></p>\n'
            + f'<p>附件：<a href="/module/download/P020240320512345678902.ofd">{e(P.TITLE)}.ofd</a></p>\n'
            + "</div>\n</div>\n" + _footer())
    return page.encode("utf-8")


def page_no_text() -> bytes:
    page = (_head('<meta charset="utf-8">') + "<body>\n" + _header()
            + '<div class="article">\n<div id="zoom" class="TRS_Editor"></div>\n'
            + '<script>loadArticle("/api/article/12345", "#zoom");</script>\n</div>\n' + _footer())
    return page.encode("utf-8")


PAGES = {"plan_utf8.html": page_utf8, "plan_gbk.html": page_gbk, "plan_rowspan.html": page_rowspan,
         "links_only.html": page_links_only, "no_text.html": page_no_text}


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT / "html"
    out.mkdir(parents=True, exist_ok=True)
    for name, make in PAGES.items():
        (out / name).write_bytes(make())
