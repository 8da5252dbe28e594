"""Vietnamese outlets' imprint and account lines between a story's paragraphs, in the real page
of seed 004 (baoquocte.vn). Every Vietnamese outlet prints its masthead in its footer, as the
press law asks: its owner, editor-in-chief, licence, newsroom's address, representative office
and hotline. The lines below are Dân trí's, VietNamNet's and Thanh Niên's as their footers
print them; where a page prints one between paragraphs (a box of the outlet's inside the body,
a footer column printed among the article's lines), the story keeps it unless the lexicon knows
it. Without the terms the strip stage kept the lines the imprint's field names open as labels
("Văn phòng đại diện miền Nam: ...", "Hotline TPHCM: ...", "Số giấy phép: ..."), licence lines
whose number splits into many words, the contact link "Liên hệ tòa soạn", the account and
service links ("Tin đã lưu", "Đặt báo", "Rao vặt", "Báo lỗi", "Góp ý"), Dân trí's call to read
it in its app ("Đọc báo Dân trí trên mobile:", under the story too) and VietNamNet's notice
against republishing (a sentence of 21 words, under the story too)."""

from __future__ import annotations

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome.appeals import tail_kind
from cleanscrape.chrome.features import (
    FOOTER,
    SHARE_FOLLOW,
    UI,
    footer_label,
    lexicon_category,
    line_features,
)

SEED = "004_e1edf7a7ed423554.txt"
#: Lines of seed 004 up to its story's last paragraph (line 36) and the blank line under it.
STORY_END = 37

#: Dân trí's footer, whole, as it prints it under the story (the app's call over the stores'
#: badges, then the masthead and the newsroom's contacts; its links "RSS" and "Liên hệ toà
#: soạn" in a column beside them).
DAN_TRI_FOOTER = [
    "Đọc báo Dân trí trên mobile:",
    "Cơ quan của Bộ Nội vụ",
    "Tổng biên tập: Phạm Tuấn Anh",
    "Giấy phép hoạt động báo điện tử Dân trí số 15/GP-BVHTTDL Hà Nội, ngày 14-4-2025",
    "Địa chỉ tòa soạn: Nhà 48, ngõ 2 Giảng Võ, Cát Linh, Đống Đa, Hà Nội",
    "Điện thoại: 024-3736-6491. Hotline HN: 0973-567-567",
    "Văn phòng đại diện miền Nam: 51 Võ Văn Tần, Phường Võ Thị Sáu, Quận 3, TPHCM",
    "Hotline TPHCM: 0974-567-567",
    "Email: info@dantri.com.vn",
    "RSS",
    "Liên hệ toà soạn",
    "Liên hệ quảng cáo: 0945.54.03.03",
]
#: The lines of Dân trí's footer main kept between paragraphs.
DAN_TRI = [
    "Giấy phép hoạt động báo điện tử Dân trí số 15/GP-BVHTTDL Hà Nội, ngày 14-4-2025",
    "Văn phòng đại diện miền Nam: 51 Võ Văn Tần, Phường Võ Thị Sáu, Quận 3, TPHCM",
    "Hotline TPHCM: 0974-567-567",
    "Liên hệ toà soạn",
]
#: VietNamNet's footer.
VIETNAMNET = [
    "Số giấy phép: 09/GP - BTTTT, cấp ngày 07/01/2019",
    "Liên hệ tòa soạn",
]
#: Thanh Niên's licence line.
THANH_NIEN = ["Giấy phép số 110/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/03/2020"]
IMPRINT = DAN_TRI + VIETNAMNET + THANH_NIEN

#: The account and service links of Vietnamese outlets' headers and footers, and Dân trí's
#: call to read it in its app.
ACCOUNT = [
    "Tin đã lưu",
    "Đặt báo",
    "Rao vặt",
    "Báo lỗi",
    "Góp ý",
    "Gửi góp ý",
    DAN_TRI_FOOTER[0],
]

#: VietNamNet's notice against republishing, under its copyright line.
NOTICE = (
    "Chỉ được phát hành lại thông tin từ website này khi có sự đồng ý bằng văn bản của "
    "báo VietNamNet."
)


def _kept(page: str) -> list[str]:
    return clean_text(page).text.splitlines()


def _between_paragraphs(seed_texts: dict[str, str], line: str) -> str:
    """Seed 004 with ``line`` under the caption "(Nguồn: TTXVN)", above the story's second
    paragraph."""
    lines = seed_texts[SEED].split("\n")
    return "\n".join([*lines[:11], line, "", *lines[11:]])


@pytest.mark.parametrize("line", IMPRINT)
def test_the_imprint_lines_are_footer_lines(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == FOOTER


@pytest.mark.parametrize("line", ACCOUNT[:-1])
def test_the_account_links_are_interface_lines(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == UI


def test_the_call_to_read_in_the_app_is_a_follow_line() -> None:
    assert lexicon_category(line_features([DAN_TRI_FOOTER[0]])[0]) == SHARE_FOLLOW


def test_the_footer_under_the_story_is_dropped_whole(seed_texts: dict[str, str]) -> None:
    # main kept its first line, the app's call, as the story's last
    lines = seed_texts[SEED].split("\n")[:STORY_END]
    story = _kept("\n".join(lines))
    assert _kept("\n".join([*lines, *DAN_TRI_FOOTER])) == story


@pytest.mark.parametrize("line", IMPRINT + ACCOUNT)
def test_a_line_between_the_paragraphs_is_dropped_and_the_story_kept(
    seed_texts: dict[str, str], line: str
) -> None:
    story = _kept(seed_texts[SEED])
    kept = _kept(_between_paragraphs(seed_texts, line))
    assert line not in kept
    assert kept == story


def test_the_notice_against_republishing_is_a_legal_notice() -> None:
    assert tail_kind(line_features([NOTICE])[0]) == "legal_notice"


def test_the_notice_under_the_story_is_dropped(seed_texts: dict[str, str]) -> None:
    lines = seed_texts[SEED].split("\n")[:STORY_END]
    story = _kept("\n".join(lines))
    assert _kept("\n".join([*lines, NOTICE])) == story


def test_a_label_names_the_field_before_its_colon() -> None:
    # the field's name and a few words of its own ("miền Nam") before the colon
    assert footer_label(DAN_TRI[1])
    # ... not a line whose name stands inside a phrase: seed 000's "tại Trụ sở Chính phủ"
    assert not footer_label("Chiều  4/11, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp")


def test_no_line_of_the_seeds_opens_with_an_imprint_label(seed_texts: dict[str, str]) -> None:
    # the seeds are whole Vietnamese pages: their story lines, captions and cards hold none
    lines = [ln for text in seed_texts.values() for ln in text.split("\n") if ln.strip()]
    assert not [ln for ln in lines if footer_label(ln)]
