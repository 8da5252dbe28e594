"""An agency's copyright notice run into a short story's last paragraph is left out of the
matching key, and the text keeps it.

The pages (``data/dumps/summed_listing_under_tag_row/``): one short agency report (AP) as two
outlets print it. ``agency_abridged`` (a database vendor's blog) prints three of its sentences,
the last one with the agency's notice run into it ("... against mosquito bites. © 2019
Associated Press. All Rights Reserved. This material may not be published, ..."), then its tag
row and its listing of posts, which the strip drops (``test_chrome_summed_listing_under_tag_row``).
``agency_full`` (a legal-services site) prints the whole report and the notice on a line of its
own, which the strip drops. With the notice in its key, 17 of the abridged copy's 51 words are
words the full copy's text does not print there, and the abridged copy is not found inside the
full one.
"""

from __future__ import annotations

from cleanscrape import CleanOptions, Document, Pipeline
from cleanscrape.dedup import matching_key
from cleanscrape.dedup.key import keyed_lines, keyed_texts

from .outlet_pages import read_pages

PAGES = read_pages("summed_listing_under_tag_row", ("agency_abridged", "agency_full"))
#: The story's last sentence, which the abridged copy runs the notice into.
LAST = "He says residents in the affected areas should continue to take precautions"
NOTICE = "© 2019 Associated Press. All Rights Reserved."


def _texts() -> list[str]:
    docs = [Document(f"{name}/{name}.txt", "\n".join(page)) for name, page in PAGES.items()]
    return [r.text for r in Pipeline(CleanOptions(dedup=False)).run(docs).results]


def _statuses(options: CleanOptions) -> list[str]:
    docs = [Document(f"{name}/{name}.txt", "\n".join(page)) for name, page in PAGES.items()]
    return [r.status for r in Pipeline(options).run(docs).results]


def test_the_pages_are_as_described() -> None:
    abridged, full = PAGES["agency_abridged"], PAGES["agency_full"]
    run_in = next(line for line in abridged if line.startswith(LAST))
    assert NOTICE in run_in and not run_in.startswith(NOTICE)
    assert any(line.startswith(NOTICE) for line in full)


def test_the_notice_is_out_of_the_key_and_kept_in_the_text() -> None:
    abridged = _texts()[0]
    assert NOTICE in abridged
    key = matching_key(abridged)
    assert "mosquito bites" in key
    assert "associated press" not in key and "rights reserved" not in key


def test_the_abridged_copy_is_found_with_containment() -> None:
    """The abridged copy lies in the full one: it is the duplicate, the full copy is kept."""
    assert _statuses(CleanOptions(containment=True)) == ["duplicate", "kept"]


def test_notices_in_other_languages_are_out_of_the_key() -> None:
    for line, story in (
        ("La pluie a cessé. © 2020 AFP. Tous droits réservés.", "la pluie a cessé"),
        ("Der Regen hörte auf. Copyright © 2020 dpa. Alle Rechte vorbehalten.", "der regen"),
        ("Mưa đã tạnh. © 2020 TTXVN. Bảo lưu mọi quyền.", "mưa"),
    ):
        key = matching_key(line)
        assert key.startswith(matching_key(story)) and "2020" not in key, line


def test_a_story_about_copyright_keeps_its_sentences() -> None:
    """A story's own sentences speak of copyright, with years, and may quote a notice: none
    opens with the sign or the word and a year and says the rights are reserved, outside a
    quotation."""
    for line in (
        "The court ruled that the song's copyright 2019 registration was valid.",
        "Copyright 2019 filings rose by a fifth, the office said.",
        "The label printed “© 2019 Acme Records. All rights reserved.” on every sleeve.",
        "He said: © 2019 marks the year the studio reserved all rights to the film.",
    ):
        assert matching_key(line) == " ".join(
            "".join(c if c.isalnum() or c.isspace() else " " for c in line.lower()).split()
        ), line


def test_a_long_tail_after_the_sign_is_the_story() -> None:
    """The notice runs to the line's end in a few sentences; more words after the sign are the
    story's own paragraph going on."""
    tail = " The case went on for years." * 8
    line = "The ruling came. © 2019 Acme. All rights reserved, the label said." + tail
    assert "acme" in matching_key(line)


def test_a_line_that_is_all_notice_keeps_its_place() -> None:
    """A notice on a line of its own (the text's last line too) leaves an empty key there: the
    lines and their keys stay as many."""
    text = "Rain fell.\n© 2019 Acme Press. All rights reserved."
    assert keyed_lines(text) == (text.split("\n"), ["rain fell", ""])
    assert [keys for _, keys, _ in keyed_texts([text, "Dry.\n" + text])] == [
        ["rain fell", ""],
        ["dry", "rain fell", ""],
    ]
    assert matching_key(text) == "rain fell"
