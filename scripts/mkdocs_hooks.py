"""MkDocs hook: the docstrings are written with Sphinx roles (:func:`read_raw`, :class:`~x.Corpus`),
which Markdown renders as a role name before a code span; keep the code span, drop the role and
the ``~`` (the API pages then read as the docstrings mean)."""
import re

_ROLE = re.compile(r":(?:func|class|mod|data|meth|attr|exc|obj):(<code>)~?")


def on_page_content(html, **kwargs):
    return _ROLE.sub(r"\1", html)
