"""Reference lists: the numbered or alphabetical citations printed after an article.

A citation has a form of its own whatever its style: a DOI ("doi: 10.4103/0973-6131.98212"),
the links of a database ("[PubMed]", "[Google Scholar]", "[CrossRef]"), a journal's year,
volume and pages ("2012;5:85–91"), authors written as surname and initials ("Pierceall EA,
Keim MC." or "Burgess-Yeo, S.") before the year in brackets ("(2019, February 26).", "(n.d.)."),
or the day the source was read ("Accessed April 14, 2025", "Retrieved from"). A run of such
lines is the source's reference list; a paragraph of the body that cites a study in a sentence
is one line among prose, not a run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lexicon as lx
from ..text.lines import line_indexes
from .features import Line
from .runs import runs

#: The marks of a citation, each pattern opening with a literal or a line start so that the
#: search skips most of a page: a DOI, a database's link, a journal's volume and pages after
#: its year ("2012;5:85", "2007 Sep 06;31(9):703", the year checked in :func:`_cited`), the
#: authors as surname and initials opening the line (after an optional "12." / "[12]" or a
#: list's bullet, "- " / "• ", as a list of entries is saved), the year in brackets closing
#: the authors ("(2019, February 26).", "(n.d.)."; near the start of the line, checked in
#: :func:`_cited`), the day the source was read.
_DOI = re.compile(r"10\.\d{4,9}/\S")  # (not inside a number: :func:`_doi_starts`)
_DATABASE = re.compile(
    r"\[\s*(?:PubMed|Google Scholar|CrossRef|PMC free article|Medline|Web of Science|Scopus"
    r"|DOI)\s*\]"
)
_VOLUME = re.compile(r";\s*\d+(?:\s*\([^()\n]{1,12}\))?\s*:\s*[eES]?\d")
_VOLUME_YEAR = re.compile(r"\b(?:19|20)\d{2}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?\s*$")
_AUTHORS = re.compile(
    r"(?:[-–•*·▪] |\[?\d{1,3}[.\]] ?)?(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? [A-Z]{1,3}, )+"
    r"(?:[A-Z][\w'’-]+ [A-Z]{1,3}\.|et al\.)"
)
#: ... tried only at the start of the lines that hold initials and a comma ("Keim MC, ",
#: "Clem J, et al."): a search for them is cheap, the pattern at every line start is not.
#: (The search looks for the comma and what follows it, then at the initials before it: a
#: search for the blank first stops at every blank of the page.)
_INITIALS = re.compile(r", (?:[A-Z]|et al)")
_BEFORE_COMMA = re.compile(r" [A-Z]{1,3}\Z")
_YEAR = re.compile(r"\((?:(?:19|20)\d{2}[a-z]?(?:,\s[^()\n]{1,25})?|n\.d\.)\)\.\s")
_YEAR_AT = 200
#: ... after authors: names with initials or a list ("Burgess-Yeo, S.", "Zhu A, et al."), or
#: an organisation closed by a full stop ("Statista."); a title of a film or a book with its
#: year ("The Godfather (1972). Directed by ...") is neither.
_AUTHORS_BEFORE_YEAR = re.compile(r"(?:,\s.*|\.)\s$")
#: "Accessed April 14, 2025", "Retrieved from https://...", "abgerufen am", "consulté le",
#: "дата обращения: 14.04.2025", any language of :data:`lexicon.CITATION_READ`: found by
#: their letters after the first (either case), the date or the address after them checked by
#: :data:`_READ_ON_TAIL`.
_READ_ON = tuple(sorted({w[1:] for w in lx.phrases(lx.CITATION_READ)}))
_READ_ON_TAIL = re.compile(r"\b[^\n]{0,40}?(?:(?:19|20)\d{2}|https?://)")
#: A citation is at most this many words (a paragraph that cites a study is longer).
_CITATION_WORDS = 90
#: At least this many citations make a list ...
_RUN = 3
#: ... each at most this many lines after the one before (a link on a line of its own, "[
#: DOI ]", "Google Scholar", between them).
_GAP = 2
_BETWEEN_WORDS = 4
#: The list's heading ("References", "Sources", "Literatur"): a short line right above it.
_HEADING_WORDS = 3
_URL_LINE = re.compile(r"^\W{0,3}(?:\[\d{1,3}\]\s*)?https?://\S+$")


def _cited(block: str) -> set[int]:
    """Indexes of the lines of ``block`` that hold a mark of a citation."""
    starts = [m.start() for m in _DATABASE.finditer(block)]
    tried: set[int] = set()
    initials = _BEFORE_COMMA.search
    for m in _INITIALS.finditer(block):
        at = m.start()
        if initials(block, max(0, at - 4), at) is None:
            continue
        line = block.rfind("\n", 0, at) + 1
        if line not in tried:
            tried.add(line)
            if _AUTHORS.match(block, line):
                starts.append(line)
    starts.extend(_doi_starts(block))
    starts.extend(_volume_starts(block))
    for m in _YEAR.finditer(block):
        authors = block[block.rfind("\n", 0, m.start()) + 1 : m.start()]
        if _AUTHORS_BEFORE_YEAR.search(authors) and len(authors) <= _YEAR_AT:
            starts.append(m.start())
    for needle in _READ_ON:
        at = block.find(needle, 1)
        while at >= 0:
            if (
                block[at - 1].isalpha()
                and not block[at - 2 : at - 1].isalnum()
                and _READ_ON_TAIL.match(block, at + len(needle))
            ):
                starts.append(at)
            at = block.find(needle, at + 1)
    return line_indexes(block, starts)


def _doi_starts(text: str) -> Iterator[int]:
    """Where the DOIs of ``text`` start (:data:`_DOI`), not inside a number that holds "10."
    (a letter, a digit or a point right before it)."""
    for m in _DOI.finditer(text):
        at = m.start()
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "."):
            yield at


def _volume_starts(text: str) -> Iterator[int]:
    """Where the journals' volumes and pages of ``text`` start (:data:`_VOLUME`), each after a
    year (:data:`_VOLUME_YEAR`, within 20 characters before it: "2019;39(4):544")."""
    for m in _VOLUME.finditer(text):
        at = m.start()
        if _VOLUME_YEAR.search(text, max(0, at - 20), at):
            yield at


def holds_doi(text: str) -> bool:
    """``text`` cites a paper by its DOI ("DOI: 10.1007/978-3-319-09575-2_199-1"), not a
    number that holds "10." inside it."""
    return next(_doi_starts(text), None) is not None


def reference_lists(lines: list[Line], block: str | None = None) -> set[int]:
    """Positions (in ``lines``) of the lines of reference lists: runs of at least :data:`_RUN`
    citations at most :data:`_GAP` lines apart (short lines or links between them), with the
    list's heading when a short line stands right above the first one. ``block``: the lines'
    texts joined by line breaks, when the caller has them."""
    if block is None:
        block = "\n".join(ln.text for ln in lines)
    cited = sorted(
        k for k in _cited(block) if lines[k].words <= _CITATION_WORDS * _entries(lines[k])
    )
    if len(cited) < _RUN:
        return set()
    out: set[int] = set()
    for run in runs(cited, _GAP, lambda j: _between(lines[j])):
        if len(run) >= _RUN:
            out.update(range(run[0], run[-1] + 1))
            head = run[0] - 1
            if head >= 0 and lines[head].titlelike and lines[head].words <= _HEADING_WORDS:
                out.add(head)
    return out


def _entries(ln: Line) -> int:
    """How many citations a line holds, counted by their journals' volumes and pages after a
    year ("2019;39(4):544") or by their DOIs, whichever are more (an entry may print both):
    at least one. A reference list saved without its entries' breaks runs several entries on
    one line ("- Ludwig DS, Kabat-Zinn J. Mindfulness in medicine. JAMA.
    2008;300(11):1350-1352. - McKeering P, Hwang Y-S. ..."), longer than one citation but no
    longer than one per entry; a paragraph that cites a study is one citation's length with
    its sentences. Only a line longer than one citation is counted (the rest pass whatever it
    gives)."""
    if ln.words <= _CITATION_WORDS:
        return 1
    text = ln.text
    return max(1, sum(1 for _ in _volume_starts(text)), sum(1 for _ in _doi_starts(text)))


def _between(ln: Line) -> bool:
    """A line between two citations: a link alone, or a short line ("[ DOI ]")."""
    return bool(_URL_LINE.match(ln.text)) or (not ln.prose and ln.words <= _BETWEEN_WORDS)
