"""Pointers to the outlet's own review of an item in a list of picks (``html/review_links.py``)."""

from __future__ import annotations

from lxml import html as lxml_html

from cleanscrape.html.extract import extract_html
from cleanscrape.html.review_links import drop_review_links

# a real WCXB dev page (an audio site's best workout earbuds), reduced: its introduction and
# two picks, each a subheading over its paragraphs, closed by a link to the outlet's review of
# the item printed as a paragraph of its own ("Read our full <a>... review</a>")
_TITLE = "The best workout earbuds"
_INTRO = (
    "Below you’ll find our in-depth coverage of each of the best workout earbuds. Each model "
    "has been rigorously tested, ensuring you can trust our recommendations."
)
_PICKS = (
    (
        "Best overall workout earbuds: Powerbeats Pro 2",
        (
            "The Beats Powerbeats Pro 2 take everything that made the original Powerbeats Pro "
            "great and add modern features like active noise canceling (ANC) and heart-rate "
            "monitoring, making them some of the best workout earbuds available. Their secure "
            "ear hook design ensures a snug fit during intense workouts.",
            "Sound-wise, the Powerbeats Pro 2 deliver an energetic, bass-heavy sound ideal for "
            "workouts, though audiophiles might find the lack of upper treble a bit "
            "underwhelming. ANC performance is strong, effectively reducing gym and street "
            "noise, and the transparency mode is among the best.",
        ),
        "Powerbeats Pro 2",
        "powerbeats-pro-2-review",
    ),
    (
        "Best earbuds for running: Nothing Ear (Open)",
        (
            "Anyone who exercises outdoors knows just how vital vigilance is, and the Nothing "
            "Ear (Open) allow you to keep an ear on your surroundings while listening to your "
            "music. Unlike other earbuds that seal to your ear canal, these open earbuds leave "
            "your ears pretty much unoccluded.",
            "In our testing we found that the Nothing Ear (Open) have significantly more bass "
            "than other open earbuds. If you are looking for this style of earbuds for running "
            "and jogging, the Nothing Ear (Open) are the best choice for most people.",
        ),
        "Nothing Ear (Open)",
        "nothing-ear-open-review",
    ),
)


def _page(pointer: str) -> str:
    """The list of picks, each closed by ``pointer`` formatted with the item's linked name and
    the review's address."""
    sections = "".join(
        f"<h2>{head}</h2>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "<p><strong>"
        + pointer.format(link=f'<a href="https://example.com/{slug}/">{name} review</a>')
        + "</strong></p>"
        for head, paragraphs, name, slug in _PICKS
    )
    return (
        f"<html><head><title>{_TITLE}</title></head><body><article><h1>{_TITLE}</h1>"
        f'<div class="entry-content"><p>{_INTRO}</p>{sections}</div></article></body></html>'
    )


def _assert_article_kept(lines: list[str]) -> None:
    assert _INTRO in lines
    for head, paragraphs, _, _ in _PICKS:
        assert head in lines
        for paragraph in paragraphs:
            assert paragraph in lines


def test_pointers_to_the_outlets_reviews_leave_the_list_of_picks() -> None:
    """``main`` prints "Read our full Powerbeats Pro 2 review" under each pick."""
    ex = extract_html(_page("Read our full {link}"), trace=True)
    pointers = [f"Read our full {name} review" for _, _, name, _ in _PICKS]
    for pointer in pointers:
        assert pointer not in ex.lines
        assert ("review_link", pointer) in ex.dropped
    assert ex.pruned.get("review_link") == len(_PICKS)
    _assert_article_kept(ex.lines)


def test_a_pointer_in_a_list_item_and_other_words_leaves_the_picks() -> None:
    """The same pointer written "Check out our full ..." as a list item, and in French."""
    ex = extract_html(_page("<ul><li>Check out our full {link}</li></ul>"))
    assert not [ln for ln in ex.lines if "Check out our full" in ln]
    _assert_article_kept(ex.lines)
    root = lxml_html.fromstring(
        '<div><p>Lisez notre test complet du <a href="/t">Pixel 9 Pro</a></p></div>'
    )
    assert drop_review_links(root, ["Lisez notre test complet du Pixel 9 Pro"]) == ([], 1)


def test_lines_that_are_no_pointer_to_a_review_stay() -> None:
    """A pointer without its link, a writer's own "my review", a sentence that says more."""
    root = lxml_html.fromstring(
        '<div><p>Read my full <a href="/r">Juki TL2010Q review</a></p>'
        '<p>Read our full review to see why the <a href="/b">battery life</a> matters more than '
        "the screen for most people who travel often with their laptops every week</p></div>"
    )
    lines = [
        "Read our full Powerbeats Pro 2 review",
        "Read my full Juki TL2010Q review",
        "Read our full review to see why the battery life matters more than the screen for "
        "most people who travel often with their laptops every week",
    ]
    assert drop_review_links(root, lines) == (lines, 0)
