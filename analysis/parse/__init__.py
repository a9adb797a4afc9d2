"""Stage 2 — from a file's text to a parsed document and its extracted fields.

    numerals         Chinese and Arabic numbers
    one_line         pages flattened to one line: where the breaks were
    text_tables      task tables flattened to text
    corpus           read, decode, normalize                      -> Document
    divisions        administrative divisions and levels
    metadata         title, issuer, date, level, period, 文号, with evidence
    confidence       how far each metadata reading can be trusted
    structure        sections, tasks, clauses                     -> ParsedDocument
    extract/         deadlines, units, training, targets, citations
    line_labels, line_classifier, line_eval    the parser's label per line; a learned second opinion

Imports only :mod:`analysis.ingest` and this package.
"""
