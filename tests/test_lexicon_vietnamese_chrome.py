"""Vietnamese chrome lines the lexicon did not know, each a real line of Vietnamese outlets'
pages, in the real page of seed 004 (baoquocte.vn): the copyright line's second sentence on a
line of its own under the story ("Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận
bằng văn bản", which Dân trí, Thanh Niên, Bongda and Báo Tin tức print with their copyright,
the last on a line of its own), the audio player's "Nghe đọc bài viết" and a "read more"
button, "Đọc tiếp"."""

from __future__ import annotations

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome.appeals import tail_kind
from cleanscrape.chrome.features import lexicon_category, line_features

SEED = "004_e1edf7a7ed423554.txt"
#: Lines of seed 004 up to its story's last paragraph (line 36) and the blank line under it.
STORY_END = 37
#: Báo Tin tức's footer prints it so, under "© Bản quyền thuộc về Báo Tin tức".
NOTICE = "Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản"
#: ... and Bongda's and Yêu Thể Thao's as a sentence, the second line of the latter's footer.
NOTICE_SENTENCE = NOTICE + "."


def _story_page(seed_texts: dict[str, str], below: list[str]) -> str:
    """Seed 004 cut under its story, with ``below`` under it (a page whose dump ends there)."""
    return "\n".join([*seed_texts[SEED].split("\n")[:STORY_END], *below])


def _kept(page: str) -> list[str]:
    return clean_text(page).text.splitlines()


@pytest.mark.parametrize(
    "line",
    [
        NOTICE,
        # Bongda.com.vn's: "giữ bản quyền" was a notice before
        "Bongda.com.vn giữ bản quyền nội dung trên website này. Cấm sao chép dưới mọi hình "
        "thức nếu không có sự chấp thuận bằng văn bản.",
    ],
)
def test_the_notice_against_copying_is_a_legal_notice(line: str) -> None:
    assert tail_kind(line_features([line])[0]) == "legal_notice"


@pytest.mark.parametrize("notice", [NOTICE, NOTICE_SENTENCE])
def test_the_notice_on_a_line_of_its_own_under_the_story_is_dropped(
    seed_texts: dict[str, str], notice: str
) -> None:
    # the sentence was kept as the story's last paragraph before
    story = _kept(_story_page(seed_texts, []))
    with_notice = _kept(_story_page(seed_texts, [notice]))
    assert notice not in with_notice
    assert with_notice == story


@pytest.mark.parametrize("line", ["Nghe đọc bài viết", "Đọc tiếp", "ĐỌC TIẾP"])
def test_the_labels_are_interface_lines(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "ui"


@pytest.mark.parametrize("label", ["Nghe đọc bài viết", "Đọc tiếp"])
def test_a_label_between_the_paragraphs_is_dropped_and_the_story_kept(
    seed_texts: dict[str, str], label: str
) -> None:
    lines = seed_texts[SEED].split("\n")
    story = _kept(seed_texts[SEED])
    # under the caption "(Nguồn: TTXVN)", above the story's second paragraph
    page = "\n".join([*lines[:11], label, "", *lines[11:]])
    kept = _kept(page)
    assert label not in kept
    assert kept == story
