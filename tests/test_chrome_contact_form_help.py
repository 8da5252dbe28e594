"""A contact form under the story: its fields' labels, one a line, with its help text between
them, and the story kept without them.

An outlet prints its contact form under every post: "Name" / "E-mail" / "Phone" / "Question
Type" / its options / "Order Number", then five sentences of help ("If you don't know your
order number, log in to your account ...", "Free support is available by email for ..."),
then "Message" / "ReCaptcha" / "Submit". The help text is prose, so the region search ran on
through the form, and the form's end took it in as the story's last paragraphs: more than one
paragraph below the e-mail field, so the form did not end the story. Both pages of the outlet
kept the form as article text, under a short story of two lines each, and every setting joined
the two different stories.

The pages (``data/dumps/contact_form_help/``): two dev pages of the syndication corpus (seed
1990, ``--negative-paragraphs 2 --negative-words 150``), lines as printed.
"""

from __future__ import annotations

from cleanscrape.chrome.forms import help_text
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines

from .outlet_pages import kept_lines, line_at, opens_a_line, read_pages, statuses

PAGES = read_pages("contact_form_help", ("mesh_wifi", "corporate_relocation"))
#: Each page's story, the two lines right above its tag row.
STORIES = {
    "mesh_wifi": ["A Guide to Whole Home Mesh WiFi in 2021", "Learn everything you need"],
    "corporate_relocation": ["Moving companies focus on", "Corporate relocation companies"],
}
#: The form's labels and help text, as the pages print them.
FORM = [
    "Name",
    "E-mail",
    "Phone",
    "Question Type",
    "Order Number",
    "If you don't know your order number",
    "Please note free support is available",
    "Free support is available by email",
    "In a hurry, don't have the time?",
    "Configuration services and hands on assistance",
    "Message",
    "Submit",
]


def _help(page: list[str]) -> list[str]:
    """The lines of ``page`` that :func:`help_text` finds, as printed."""
    feats = page_lines(page, None)
    tags = tag_lines(feats, diacritics=False)
    return [page[feats[k].index] for k in sorted(help_text(feats, tags))]


def test_the_pages_are_as_described() -> None:
    for page in PAGES.values():
        field = page.index("E-mail")
        assert page[field - 1] == "Name" and page[field + 1] == "Phone"
        help_first = line_at(page, "If you don't know your order number")
        assert page[help_first - 1] == "Order Number"
        assert page[help_first + 5] == "Message"


def test_the_forms_are_dropped_and_the_stories_kept() -> None:
    for name, page in PAGES.items():
        kept = kept_lines(page)
        for line in STORIES[name]:
            assert opens_a_line(kept, line), (name, line)
        for line in FORM:
            assert not opens_a_line(kept, line), (name, line)


def test_the_two_stories_are_not_joined() -> None:
    assert statuses(PAGES) == [["kept", "kept"], ["kept", "kept"]]


def test_the_help_text_is_the_sentences_between_two_labels() -> None:
    page = PAGES["mesh_wifi"]
    first = line_at(page, "If you don't know your order number")
    assert _help(page) == page[first : first + 5]


def test_sentences_under_a_newsletter_field_are_no_help() -> None:
    """A newsletter box in a story ("Email" / "Subscribe") has the story's paragraphs under
    it, and a subheading under them: a field with fewer labels under it than a form's holds
    no help text."""
    page = PAGES["mesh_wifi"]
    field = page.index("E-mail")
    first = line_at(page, "If you don't know your order number")
    box = [*page[: field - 1], "Email", "Subscribe", *page[first:]]
    assert _help(box) == []
