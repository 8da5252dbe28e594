"""A headline that a media word and its colon label ("Video: ...") is the story's headline, no
photo credit: the page title names it, or it is the best headline guess above the story, and
what follows its label is a phrase, not a name. A credit ("Ảnh: TTXVN", "Credit: The Spruce
Eats") and a caption that a media word labels but no title names ("Image: Jose Mourinho has
agreed a deal ...", AEB dev, Sky News) stay credits.

The headlines are the seeds' own, labelled as outlets label a video's story; every other line
of the seed is as written, and keeps the verdict it has when the headline is not labelled."""

from __future__ import annotations

import pytest

from cleanscrape.chrome.features import CREDIT, lexicon_category, line_features
from cleanscrape.chrome.regions import media_headline
from cleanscrape.chrome.strip import classify_lines
from cleanscrape.text import repair_text

from .aeb import bench_page

#: A seed's headline, labelled.
LABEL = "Video: "
#: A sentence of a story above the credit (the first of WCXB dev 0174's gold text).
_ABOVE = (
    "Rigorous research rarely shows that any teaching approach produces large and consistent "
    "benefits for students."
)


@pytest.mark.parametrize(
    "line",
    [
        "Ảnh: TTXVN",  # the seeds' captions' credit
        "Credit: The Spruce Eats",  # WCXB dev 4030
        "Credit: Eric Thayer/Associated Press",  # WCXB dev 0174
        "Image: Milad Fakurian / Unsplash / Foundry",  # WCXB dev 0212
        "Photo Credit: Fotografía de eLuVe / Getty Images",  # WCXB dev 0333
        "Image courtesy of: Rima Brindamour",  # WCXB dev 0030
        "Image Source: Mises Institute",  # WCXB dev 0458
        "Video: Houseplants for Low Light",  # WCXB dev 4709, a video's heading: a name's shape
    ],
)
def test_a_credit_names_who_made_the_picture(line: str) -> None:
    feats = line_features([_ABOVE, line])
    assert lexicon_category(feats[1]) == CREDIT
    assert media_headline(feats[1]) == ""


def _verdicts(text: str) -> list[tuple[int, str]]:
    c = classify_lines(repair_text(text).split("\n"))
    return [(v.lineno, v.category) for v in c.verdicts]


@pytest.mark.parametrize(
    "name",
    ["000_35704c8a17e84da1.txt", "001_b8eb4341bad6e06b.txt", "002_b8590c8849d7fb69.txt"],
)
def test_a_labelled_headline_that_opens_the_page_is_its_title(
    seed_texts: dict[str, str], name: str
) -> None:
    text = seed_texts[name]
    head, rest = text.split("\n", 1)
    labelled = LABEL + head + "\n" + rest
    c = classify_lines(repair_text(labelled).split("\n"))
    assert c.verdicts[0].category == "headline"
    assert c.metadata["title"] == LABEL + head
    # the rest of the page reads as it does under the headline not labelled
    assert [(v.lineno, v.category) for v in c.verdicts] == _verdicts(text)


def test_a_labelled_headline_under_a_kicker_is_the_guessed_headline(
    seed_texts: dict[str, str],
) -> None:
    text = seed_texts["004_e1edf7a7ed423554.txt"]
    head = "Không ngừng vun đắp quan hệ đặc biệt Việt Nam-Lào"
    assert text.count(head) == 1
    c = classify_lines(repair_text(text.replace(head, LABEL + head)).split("\n"))
    assert c.metadata["title"] == LABEL + head
    got = [(v.lineno, v.category) for v in c.verdicts]
    assert got == _verdicts(text)  # the headline, and its author's byline under it
    assert tuple(v.category for v in c.verdicts if v.text in (LABEL + head, "Nguyễn Bá Hùng")) == (
        "headline",
        "byline",
    )


def test_a_caption_that_a_media_word_labels_stays_a_credit() -> None:
    # AEB dev (Sky News): the lead picture's caption above the story and a second one between
    # its paragraphs, each "Image: <a sentence>"; the page title names neither
    markup, _ = bench_page("921019755f4a96ac4abf9dbcb4ef9d5ac202624a542d5ea70912330aa6fcc71f")
    html_text = pytest.importorskip("html_text")
    dump = str(html_text.extract_text(markup.decode("utf-8", "replace"), guess_layout=True))
    c = classify_lines(repair_text(dump).split("\n"))
    captions = [v for v in c.verdicts if v.text.startswith("Image: Jose Mourinho")]
    assert len(captions) == 2
    assert all(v.category == CREDIT for v in captions)
    assert c.metadata.get("title") not in {v.text for v in captions}
