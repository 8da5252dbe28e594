"""One definition of a line's content words and of a bullet printed in the text, read by every
rule of the strip stage that compares two lines' words by their first letters (a headline and
its lede, a question and its answer) or reads a line without its bullet (a
headline above the story, the parts of a post's meta row: tests/test_html_meta_row.py)."""

from __future__ import annotations

from cleanscrape.chrome.features import content_words
from cleanscrape.chrome.list_marks import TEXT_BULLET
from cleanscrape.lexicon.folding import fold

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


def test_every_bullet_mark_is_one_pattern() -> None:
    """The marks a list item is printed with, each cut from a real item's text the same way."""
    for mark in "-–—*•·◦▪‣":
        line = f"{mark} Jan 4"
        m = TEXT_BULLET.match(line)
        assert m is not None and line[m.end() :] == "Jan 4"
    # (a figure's sign is no bullet: a comment's score on WCXB dev 2976, as its dump prints it)
    assert TEXT_BULLET.match("-3") is None
