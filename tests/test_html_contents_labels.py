"""The label of a table of contents printed as a line of its own (``html/contents.py``)."""

from __future__ import annotations

from cleanscrape.html.contents import drop_contents_labels
from cleanscrape.html.extract import extract_html

# a real WCXB dev page (an astrophotography blog's telescope guide), reduced: two paragraphs
# of introduction, a box holding the label "Table of Contents" in a heading over a list of
# links to the page's own sections, then the sections under their subheadings
_TITLE = "The Best Astrophotography Telescope for Beginners (My Top 5)"
_INTRO = (
    "What’s the best astrophotography telescope for a beginner? I am often asked this "
    "question, and the answer is the one that provides consistent results. If you plan on "
    "using a telescope for photography with your DSLR camera, the following list should help "
    "you make your decision. These are entry-level, high-quality telescopes with a proven "
    "track record of success.",
    "Looking for more advanced options? See my list of the best astrophotography telescopes "
    "in 2026. This list is a deep-dive that includes other telescope types such as Newtonian "
    "reflectors, and Schmidt-Cassegrain telescopes.",
)
_SECTIONS = (
    (
        "choosing-your-first-astrophotography-telescope",
        "Choosing your first Astrophotography Telescope",
        (
            "First things first. I am not an expert astrophotographer; I am just a guy who’s "
            "been able to capture some decent images with modest astrophotography equipment "
            "in my backyard. I have over 12 years’ worth of deep-sky astrophotography "
            "experience, with countless successful imaging sessions under the stars.",
            "I value reliability, image quality, and practicality above all else. Because I "
            "live in a city with plenty of light pollution (and cloudy nights), I need my "
            "astrophotography telescope to deliver consistent results when the opportunity "
            "arises.",
        ),
    ),
    (
        "the-power-of-an-apo",
        "The Power of an APO",
        (
            "The 5 telescopes on this list are all small apochromatic (APO) refractors. The "
            "main reason I am such a huge fan of this type of telescope is its ability to "
            "capture high-quality images consistently.",
            "For beginners, a short focal length refractor (around 250–600 mm) is the most "
            "forgiving option because it offers a wide field of view, easier tracking, and "
            "consistent, sharp stars across the frame.",
        ),
    ),
)


def _page(label: str) -> str:
    """The guide, its box of contents under ``label``."""
    intro = "".join(f"<p>{p}</p>" for p in _INTRO)
    entries = "".join(f'<li><a href="#{anchor}">{head}</a></li>' for anchor, head, _ in _SECTIONS)
    box = f'<div class="ab-callout"><h3><strong>{label}</strong></h3><ul>{entries}</ul></div>'
    sections = "".join(
        f'<h2 id="{anchor}">{head}</h2>' + "".join(f"<p>{p}</p>" for p in paragraphs)
        for anchor, head, paragraphs in _SECTIONS
    )
    return (
        f"<html><head><title>{_TITLE}</title></head><body><article>"
        f'<h1>{_TITLE}</h1><div class="entry-content">{intro}{box}{sections}</div>'
        "</article></body></html>"
    )


def test_the_label_of_the_guides_contents_leaves_the_text() -> None:
    """``main`` prints "Table of Contents" between the introduction and the first section."""
    ex = extract_html(_page("Table of Contents"), trace=True)
    assert "Table of Contents" not in ex.lines
    assert ("contents_label", "Table of Contents") in ex.dropped
    assert ex.pruned.get("contents_label") == 1
    for paragraph in (*_INTRO, *(p for _, _, ps in _SECTIONS for p in ps)):
        assert paragraph in ex.lines
    for _, head, _ in _SECTIONS:
        assert head in ex.lines


def test_a_label_with_its_toggle_in_another_language_leaves_the_text() -> None:
    """A German label with the box's toggle after it ("[ausblenden]") is the same widget."""
    ex = extract_html(_page("Inhaltsverzeichnis [ausblenden]"))
    assert not any("Inhaltsverzeichnis" in ln for ln in ex.lines)
    assert _INTRO[0] in ex.lines


def test_lines_that_say_more_than_the_label_stay() -> None:
    """Only a whole line that is the label (and its toggle) goes."""
    lines = [
        "Table of contents:",  # WCXB dev 0231
        # a story's item on what to pack (WCXB dev 0072's text)
        "- The contents of guest rooms and other areas of your home that do not see regular use.",
        # a label run into its first entry (WCXB dev 4260's line, which runs on through every
        # entry, cut within the 60 characters a label's line may hold: real text shortened)
        _RUN_INTO_ENTRIES,
        "Skip to table of contents",  # WCXB dev 0034's skip link
        "目次",
        "Spis treści",
        "Table of Contents Show",  # WCXB dev 4084
        "Show",
    ]
    kept, n = drop_contents_labels(lines)
    assert kept == [
        "- The contents of guest rooms and other areas of your home that do not see regular use.",
        _RUN_INTO_ENTRIES,
        "Skip to table of contents",
        "Show",
    ]
    assert n == 4


#: WCXB dev 4260's box of contents, its label and the words of its first entry on one line.
_RUN_INTO_ENTRIES = "Table of Contents Why zoho vs salesforce automation"
