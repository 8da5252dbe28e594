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


def _full_story() -> tuple[list[str], str]:
    """The full copy's story lines as the strip keeps them and its notice line as printed."""
    full = PAGES["agency_full"]
    notice = next(line for line in full if line.startswith(NOTICE))
    story = _texts()[1].split("\n")
    assert notice not in story and any(line.startswith("Dr. Joneigh Khaldun") for line in story)
    return story, notice


def _sentences(notice: str) -> tuple[str, str, str]:
    """The notice's three sentences: the owner, the rights reserved, the terms."""
    first, _, rest = notice.partition(". ")
    second, _, third = rest.partition(". ")
    assert (first, second) == ("© 2019 Associated Press", "All Rights Reserved")
    assert third.startswith("This material may not be published")
    return f"{first}.", f"{second}.", third


def test_a_notice_broken_over_lines_is_out_of_the_key() -> None:
    """Outlets break the notice's three sentences where they break paragraphs: however the
    agency's notice is broken, under the story, the key is the story's alone."""
    story, notice = _full_story()
    want = matching_key("\n".join(story))
    first, second, third = _sentences(notice)
    last = story[-1]
    for printed in (
        [f"{first} {second} {third}"],
        [first, f"{second} {third}"],
        [f"{first} {second}", third],
        [first, second, third],
        [first],  # a copy printing the owner alone, under its story
        [f"{first} {third}"],
    ):
        text = "\n".join([*story, *printed])
        assert matching_key(text) == want, printed
        keyed = keyed_lines(text)[1]
        assert keyed[-len(printed) :] == [""] * len(printed), printed
        assert [k for _, k, _ in keyed_texts([text])] == [keyed]
        assert keyed_lines(text + "\n\n")[1] == keyed  # (the lines stay as many)
        # run into the story's last paragraph, the rest on the lines below
        run_in = "\n".join([*story[:-1], f"{last} {printed[0]}", *printed[1:]])
        assert matching_key(run_in) == want, printed


def test_the_story_after_a_notice_stays_in_the_key() -> None:
    """A notice above the story (a picture's credit under the headline) is left out to its
    line's end only: the story's words below it, more than the notice's own, stay."""
    story, notice = _full_story()
    text = "\n".join([story[0], notice, *story[1:]])
    assert matching_key(text) == matching_key("\n".join(story))


def test_a_line_of_the_notice_met_in_a_text_without_it_keeps_its_words() -> None:
    """A batch's lines are keyed once (``keyed_texts``), but a notice's line is the notice's
    only where the notice opens: a copy without the opening keeps the line's words."""
    story, notice = _full_story()
    first, _, third = _sentences(notice)
    with_notice = "\n".join([*story, first, third])
    without = "\n".join([*story, third])
    keyed = [k for _, k, _ in keyed_texts([with_notice, without])]
    assert keyed[0][-1] == "" and keyed[1][-1] == matching_key(third) != ""
    assert keyed == [keyed_lines(with_notice)[1], keyed_lines(without)[1]]


def test_lines_of_texts_without_a_notice_are_keyed_as_alone() -> None:
    """Texts without a notice are keyed line by line, their new lines folded together: the
    sign on a line that is no notice (a story's credit, not at a sentence's start) and the
    owner's line of a notice met in another text keep their words, as in a text alone."""
    story, notice = _full_story()
    first, _, _ = _sentences(notice)
    credit = f"Photo by the agency {first}"
    texts = ["\n".join([*story, credit]), "\n".join([first, *story])]
    keyed = [k for _, k, _ in keyed_texts(texts)]
    assert keyed == [keyed_lines(t)[1] for t in texts]
    assert "associated press" in keyed[0][-1] and "associated press" in keyed[1][0]


def test_a_line_cut_by_a_notice_and_met_whole_in_another_text() -> None:
    """The story's last line with the notice run into it, cut, is the line another copy prints
    without one: keyed once, each text's words counted as it prints them."""
    story, notice = _full_story()
    texts = ["\n".join([*story[:-1], f"{story[-1]} {notice}"]), "\n".join(story)]
    found = list(keyed_texts(texts))
    assert [k for _, k, _ in found] == [keyed_lines(t)[1] for t in texts]
    assert found[0][1] == found[1][1]
    assert found[0][2][-1] == found[1][2][-1] + len(notice.split())
