"""One definition of a line's content words and of a bullet printed in the text, read by every
rule of the strip stage that compares two lines' words (a headline and its lede, a subheading
and the paragraph under it, a question and its answer) or reads a line without its bullet (a
headline above the story, the parts of a post's meta row)."""

from __future__ import annotations

from cleanscrape.chrome.features import content_words, fold
from cleanscrape.chrome.list_marks import TEXT_BULLET
from cleanscrape.chrome.strip import classify_lines

# a real WCXB dev page (a cleaning company's post on its trade's trends): a numbered
# subheading and the paragraph under it, which says again what the subheading names in other
# forms of its words ("Customized" / "customizable", "Services" / "service"); the content
# words compare them by their first letters (the strip stage's subheading rule compares its
# own words whole: strip._topic_words)
_SUBHEADING = "3. Customized Cleaning Services"
_PARAGRAPH = (
    "Today’s clients expect more than a one-size-fits-all cleaning service. At CR Maids, we "
    "offer customizable cleaning packages designed to meet specific needs. Whether it’s "
    "focusing on high-traffic areas, using preferred cleaning products, or offering tailored "
    "cleaning frequencies, we provide a personalized experience that aligns with our clients’ "
    "preferences."
)


def test_a_subheadings_words_meet_their_other_forms_in_the_paragraph_under_it() -> None:
    """Every content word of the subheading is in the paragraph, compared by its first
    letters: the figure of its number and the short words are none."""
    heading = content_words(fold(_SUBHEADING))
    assert heading == {"custo", "clean", "servi"}
    assert heading <= content_words(fold(_PARAGRAPH))


def test_a_script_without_spaces_is_compared_by_its_pairs_of_letters() -> None:
    """A Japanese headline of a real AEB page and its title line share the headline's pairs of
    letters (no blank marks its words); without the pairs, each run of letters is one word."""
    headline = fold("商品の改造が商標法違反に！？")
    title = fold("商品の改造が商標法違反に！？ | 特許業務法人ライトハウス国際特許事務所")
    pairs = content_words(headline)
    assert {"商品", "改造", "商標", "違反"} <= pairs
    assert pairs <= content_words(title)
    assert content_words(headline, pairs=False) == {"商品の改造"}


# the lines extracted from a real WCXB dev page (a dental practice's blog on a site builder),
# reduced, as in tests/test_html_meta_row.py: the post's header prints the author's name, the
# date without its year and the reading time as the items of a list, here with the page's
# own asterisks before them
_TITLE = "New Year, New Smile: Top Dental Resolutions for 2025"
_BODY = [
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
]


def test_a_meta_row_printed_with_asterisks_is_read_without_them() -> None:
    """The asterisk is a bullet for the meta row as for the headline rule: the author's name
    after it is recorded and leaves the text with the date and the reading time."""
    lines = ["* Dr. Allen", "* Jan 4", "* 2 min read", "Updated: Sep 19", *_BODY]
    got = classify_lines(lines, title=_TITLE, from_html=True)
    reasons = {v.text: v.category for v in got.verdicts if v.category != "article"}
    assert reasons == {
        "* Dr. Allen": "byline",
        "* Jan 4": "dateline",
        "* 2 min read": "dateline",
        "Updated: Sep 19": "dateline",
    }
    assert got.metadata.get("author") == "Dr. Allen"
    assert [v.text for v in got.verdicts if v.category == "article"] == _BODY


def test_every_bullet_mark_is_one_pattern() -> None:
    """The marks a list item is printed with, each cut from a real item's text the same way."""
    for mark in "-–—*•·◦▪‣":
        line = f"{mark} Jan 4"
        m = TEXT_BULLET.match(line)
        assert m is not None and line[m.end() :] == "Jan 4"
    assert TEXT_BULLET.match("-5 °C at dawn") is None  # (a figure's sign is no bullet)
