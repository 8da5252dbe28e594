"""Tables in dumps of a second converter: inscriptis prints a table's row on one line, its
cells set apart by runs of spaces, where html-text prints a cell a line. Written to the
pattern of a real page (a school's explainer: two paragraphs, then a two-column table setting
a certificate against a certification, then a request-for-information form), once as each
converter lays it out: the rows are one list of the body in both, and the kept lines are the
page's own."""

from __future__ import annotations

from cleanscrape.chrome.strip import classify_lines

_HEAD = [
    "Degrees & Certificates",
    "Online Learning Options",
    "Student Resources",
    "About Our School",
    "Request Information",
    "",
    "Recommended",
    "",
    "Finish Your Degree",
    "Professional Certification Programs",
    "Tuition & Financial Aid",
    "",
    "What's the Difference Between a Certificate and a Certification?",
    "",
    "Earning a certificate is a way for you to earn credits in a structured, "
    "discipline-specific way. A certificate can prepare you to advance in your career, or to "
    "gain the extra knowledge you need for a new one. Many students take one while they work, "
    "a course or two each term, and some go on to count its credits toward a degree later. "
    "The courses are taught by the same faculty as the degree programs, and they are graded "
    "the same way.",
    "",
    "There are many fields, however, that have professional certifications that may be "
    "recommended or required (teaching, project management, accounting). A certificate "
    "program does not lead to such a certification by itself, but it can prepare you for the "
    "examination that does. Professional associations set the standards for those "
    "examinations, and they usually ask for some years of experience in the field before you "
    "may sit for one. The table below sets the two side by side.",
    "",
]
_ROWS = [
    ("Certificate", "Certification"),
    ("Result of an educational process", "Result of an assessment process"),
    ("For newcomers and experienced professionals", "Typically requires experience"),
    ("Course content set through academic process", "Standards set through an industry process"),
    ("Usually listed on a resume detailing education", "Results in a designation after a name"),
    ("Demonstrates knowledge of course content", "Often has ongoing training requirements"),
    ("Gateway to a degree", "No relationship to attaining a degree"),
]
_TAIL = [
    "",
    "Take the next step",
    "",
    "RFI Form",
    "",
    "Take the next step",
    "",
    "Advancing your career and skill set has never been more achievable. Request more "
    "information about our degrees and certificates.",
    "",
    "By submitting this form, you authorize the university and its representatives to contact "
    "you via SMS. You are providing your consent by submitting the form.",
]


def _inscriptis() -> list[str]:
    width = max(len(a) for a, _ in _ROWS) + 2
    rows = ["    " + a.ljust(width) + b for a, b in _ROWS]
    return [*_HEAD, *rows, *_TAIL]


def _html_text() -> list[str]:
    """As html-text lays the page out: the page title first, the two paragraphs in one block,
    the header's cells on one line and a cell a line below it, the form right after them."""
    (first, second), *rows = _ROWS
    head = [ln for k, ln in enumerate(_HEAD) if ln or k != 15]  # (no blank between paragraphs)
    title = "What's the Difference Between a Certificate and a Certification? | School of Studies"
    table = [f"{first} {second}", *(cell for row in rows for cell in row)]
    return [title, "", *head, *table, *_TAIL[1:]]


def _kept(lines: list[str]) -> list[str]:
    return [v.text for v in classify_lines(lines).verdicts if v.keep]


def test_rows_of_cells_are_kept_as_the_body_table() -> None:
    kept = _kept(_inscriptis())
    rows = [ln.strip() for ln in _inscriptis()[len(_HEAD) : len(_HEAD) + len(_ROWS)]]
    assert all(row in kept for row in rows)  # the page's own lines, runs of spaces and all
    assert "Take the next step" not in kept


def test_html_text_dump_of_the_same_page_keeps_its_verdicts() -> None:
    kept = _kept(_html_text())
    assert "Certificate Certification" in kept
    assert all(cell in kept for row in _ROWS[1:] for cell in row)
    assert "Take the next step" not in kept
