"""A short story above the site's footer links, and the site's own prose below them.

Two pages of syndication draws (``data/dumps/footer_notices_story.txt``,
``data/dumps/footer_copyright_story.txt``): a short story republished under an outlet's
chrome, two paragraphs under the outlet's standard opening paragraph, then the site's footer.
An insurer prints its securities and insurance notices below its footer menu ("Email
Preferences", "About Us", "Contact Us"): five long paragraphs that outweighed the story, so the
region search kept them alone and two different stories of the outlet were joined. A health
insurer's blog closes its footer menu (its sections a line each, none a footer word of the
lexicon) with its copyright line, a sentence, and prints its vendors' notices under it
("Verint is an operating division ...", "You are leaving this website/app ..."): they
outweighed the story too."""

from __future__ import annotations

from pathlib import Path

from cleanscrape.chrome.strip import classify_lines

_DUMPS = Path(__file__).parent / "data" / "dumps"
_NOTICES = (_DUMPS / "footer_notices_story.txt").read_text().splitlines()
_COPYRIGHT = (_DUMPS / "footer_copyright_story.txt").read_text().splitlines()


def _kept(lines: list[str]) -> list[str]:
    return [v.text for v in classify_lines(lines).verdicts if v.keep]


def test_a_story_above_the_footer_menu_outweighs_the_notices_below_it() -> None:
    """The story's paragraphs are the article; the insurer's notices below its footer menu
    are not, though they hold twice the story's words."""
    assert _NOTICES[95].startswith("This is another immensely impressive entry")
    assert "Email Preferences" in _NOTICES[140:170]
    assert _NOTICES[170].startswith("Securities & services offered through")
    kept = _kept(_NOTICES)
    assert _NOTICES[93] in kept  # (the outlet's standard opening paragraph)
    assert _NOTICES[95] in kept
    assert not any(line.startswith("Securities & services offered") for line in kept)
    assert not any(line.startswith("IMPORTANT: The information and material") for line in kept)


def test_a_footer_menu_closed_by_its_copyright_line_ends_the_story() -> None:
    """A run of the footer's sections closed by the copyright line is the footer's links: the
    vendors' notices under it are not the article, the story above it is."""
    assert _COPYRIGHT[67].startswith("Event planning requires a diverse skill set")
    assert _COPYRIGHT[100].startswith("© Copyright 2025")
    assert _COPYRIGHT[101].startswith("Verint is an operating division")
    kept = _kept(_COPYRIGHT)
    assert _COPYRIGHT[67] in kept
    assert _COPYRIGHT[68] in kept
    assert not any(line.startswith("Verint is an operating division") for line in kept)
    assert not any(line.startswith("You are leaving this website") for line in kept)
