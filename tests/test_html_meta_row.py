"""A post's meta row printed a part a line above the body (``chrome/strip.py:_meta_row``)."""

from __future__ import annotations

import pytest

from cleanscrape.chrome.strip import classify_lines

# the lines extracted from a real WCXB dev page (a dental practice's blog on a site builder),
# reduced: the post's header holds a list of the author's name, the date without its year and
# the reading time, then an "Updated:" stamp, then the post's first sections
_TITLE = "New Year, New Smile: Top Dental Resolutions for 2025"
_BODY = (
    "As we welcome 2025, it's the perfect time to focus on self-improvement and set goals for "
    "a healthier and happier you. While many people make resolutions about fitness, career, "
    "or finances, dental health is often overlooked. A bright, healthy smile isn't just about "
    "looking great—it's essential for your overall well-being. At Allen Dental, we're here to "
    "support you in achieving optimal oral health. Here are some dental resolutions to "
    "consider for the new year:",
    "1. Commit to Consistent Oral Hygiene",
    "Brushing your teeth at least twice a day and flossing daily are fundamental practices "
    "for maintaining oral health. Using fluoride toothpaste can help strengthen enamel and "
    "prevent cavities. Consider upgrading to an electric toothbrush for more effective plaque "
    "removal.",
    "2. Schedule Regular Dental Check-ups",
    "Regular dental visits are crucial for early detection of potential issues like cavities "
    "or gum disease. At Allen Dental, we recommend scheduling check-ups every six months to "
    "ensure your smile stays healthy.",
)


def _lines(author: str, date: str, mark: str = "-") -> list[str]:
    """The lines the extractor prints for the post (its headline taken for the title): the
    header's list as items, each after ``mark``, the stamp, then the body."""
    return [f"{mark} {author}", f"{mark} {date}", f"{mark} 2 min read", "Updated: Sep 19", *_BODY]


def _verdicts(
    author: str, date: str, mark: str = "-"
) -> tuple[list[str], dict[str, str], dict[str, object]]:
    """The kept lines, the reason of each dropped line, the metadata."""
    got = classify_lines(_lines(author, date, mark), title=_TITLE, from_html=True)
    kept = [v.text for v in got.verdicts if v.category == "article"]
    reasons = {v.text: v.category for v in got.verdicts if v.category != "article"}
    return kept, reasons, got.metadata


@pytest.mark.parametrize("mark", ["-", "*"])
def test_the_authors_name_and_the_date_without_a_year_leave_the_text(mark: str) -> None:
    """The row's items leave the text after a dash or an asterisk, each a bullet
    (:data:`cleanscrape.chrome.list_marks.TEXT_BULLET`); the name is recorded. (Before the
    rule, "- Dr. Allen" and "- Jan 4" stayed above the body; before one bullet pattern, the
    asterisk's items stayed too.)"""
    kept, reasons, meta = _verdicts("Dr. Allen", "Jan 4", mark)
    assert reasons == {
        f"{mark} Dr. Allen": "byline",
        f"{mark} Jan 4": "dateline",
        f"{mark} 2 min read": "dateline",
        "Updated: Sep 19": "dateline",
    }
    assert meta.get("author") == "Dr. Allen"
    assert kept == list(_BODY)


def test_a_first_name_alone_and_a_relative_date_leave_the_text() -> None:
    """A one-word name (no author recorded) over "2 days ago" after a bullet."""
    kept, reasons, meta = _verdicts("Gabo", "2 days ago")
    assert reasons["- Gabo"] == "byline"
    assert reasons["- 2 days ago"] == "dateline"
    assert "author" not in meta
    assert kept == list(_BODY)


def test_a_link_of_the_template_over_the_date_stays() -> None:
    """A line in small words over the date ("Back to blog") is no name: the row ends there."""
    kept, reasons, _ = _verdicts("Back to blog", "Jan 4")
    assert kept == ["- Back to blog", *_BODY]
    assert reasons["- Jan 4"] == "dateline"
