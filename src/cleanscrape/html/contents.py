"""The label of a table of contents, printed as a line of its own.

A guide or a long post shows a box of links to its own sections under a label ("Table of
Contents", "Inhaltsverzeichnis", "Sommaire", "目次"), often with the box's toggle after it
("Table of Contents [hide]", "Table of Contents Show"). Sites build the box with a script or
with plain links, as a heading, a ``<summary>`` or a bold paragraph over a list; the extractor
drops the links (or the script never wrote them) and keeps the label as a line, before the
story or between its first paragraph and its first section. The label names the page's widget,
not anything the article says, so a line is dropped when its whole text, folded, is a label of
:data:`lexicon.CONTENTS_LABELS`, maybe followed by one word of the toggle
(:data:`lexicon.CONTENTS_TOGGLES`). A line that says more ("Contents of the kit", "The table of
contents below links every chapter.") stays, and so do the entries of the table, which
:mod:`cleanscrape.chrome.contents` reads.
"""

from __future__ import annotations

from ..chrome.contents import LABEL_LINE, MAX_CHARS
from ..lexicon.folding import fold_lines


def drop_contents_labels(lines: list[str]) -> tuple[list[str], int]:
    """``lines`` without the labels of a table of contents (see the module); how many went."""
    short = [k for k, ln in enumerate(lines) if len(ln) <= MAX_CHARS]
    if not short:
        return lines, 0
    keys = fold_lines([lines[k] for k in short])
    gone = {k for k, key in zip(short, keys, strict=True) if LABEL_LINE.fullmatch(key)}
    if not gone:
        return lines, 0
    return [ln for k, ln in enumerate(lines) if k not in gone], len(gone)
