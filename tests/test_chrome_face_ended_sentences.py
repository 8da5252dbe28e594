"""Sentences ended by a face: a story's paragraphs that end with an emoji face in place of the
full stop ("... the beauty of Korea and Korean tunes 🙂") read as unfinished lines (titles,
-2 each in the region search), so the region stopped above the story's last paragraphs and
they went as related cards. The page (``data/dumps/sentences_ended_by_faces.txt``): a
theatre's story under a developer blog's chrome from a syndication draw, lines as printed
(the blog's tag row under the story included); another outlet printed the story's close run
into the paragraph above it, kept it, and the two copies were no longer near-duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.strip import classify_lines

_PAGE = (
    (Path(__file__).parent / "data" / "dumps" / "sentences_ended_by_faces.txt")
    .read_text()
    .splitlines()
)
#: The story's paragraphs that end with a face, and the story's close below them.
_FACES = (28, 31)
_CLOSE = (32, 33)


def test_the_page_is_as_described() -> None:
    assert _PAGE[28].endswith("Korean tunes 🙂")
    assert _PAGE[31].endswith("widely known to the world 🙂")
    assert _PAGE[33].startswith("Choreographer_Jeong Hye Jin")
    assert _PAGE[34].startswith("Tags: ")


def test_the_story_keeps_its_paragraphs_ended_by_faces() -> None:
    """The paragraphs that end with a face and the story's close under them are the article;
    the blog's tags, author box and list of posts below are not."""
    kept = [v.text for v in classify_lines(_PAGE).verdicts if v.keep]
    for k in (*_FACES, *_CLOSE):
        assert _PAGE[k] in kept
    assert not any(_PAGE[k] in kept for k in range(34, len(_PAGE)))


#: The paragraph ended by a face, without its face; a headline of the blog's.
_SENTENCE = _PAGE[28].removesuffix(" 🙂")
_HEADLINE = _PAGE[12]


@pytest.mark.parametrize(
    ("line", "terminal"),
    [
        (_PAGE[28], True),
        (_SENTENCE + " 😊", True),
        (_SENTENCE + "! ☺️", True),
        (_SENTENCE + " 🙏🏼", True),
        (_SENTENCE + " :)", True),  # (read so before: a colon, then a closing bracket)
        (_SENTENCE, False),
        (_PAGE[2] + " 🤔", False),  # a short line: a menu item or a link
        (_HEADLINE + " 🔥", False),
        (_HEADLINE + " 🎄", False),
    ],
)
def test_a_face_ends_a_sentence_other_pictographs_do_not(line: str, terminal: bool) -> None:
    """A face (or a hand of the Emoticons block) ends a line of ten words or more as a full
    stop does, and as ":)" does, in both passes over a page's characters (a page of one line
    each, and a page with a line holding a line break of its own); a short line ending with a
    face and other pictographs end menu items and headlines."""
    assert page_lines([line], None)[0].terminal is terminal
    assert page_lines([line, "first\nsecond"], None)[0].terminal is terminal
