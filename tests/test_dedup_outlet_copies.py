"""One seed story as several outlets print it: joined menus, rewritten headline and lede,
moved paragraph breaks, legacy encodings, NFD, entities, CRLF, mojibake (one whose undefined
bytes were lost to U+FFFD, one whose transcoder dropped them), an abridged copy, and two other
stories of one outlet sharing a long standard closing paragraph.

Every copy must fall into one cluster with the original; the two other stories must stay apart;
each joined menu must be dropped as ``menu`` whatever its separator; body sentences holding a
score, dates, dashes or a list of names must be kept."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path

import pytest

from cleanscrape.cli import main
from cleanscrape.text.vietnamese import BYTE_TABLES, VNI_TABLE

from .conftest import SEEDS

SEPARATORS = {
    "pipe": " | ",
    "dot": " · ",
    "bullet": " • ",
    "slash": " / ",
    "raquo": " » ",
    "dash": " - ",
    "tab": "\t",
}
MENU = [
    "Trang chủ",
    "Thời sự",
    "Thế giới",
    "Kinh doanh",
    "Giải trí",
    "Thể thao",
    "Pháp luật",
    "Giáo dục",
    "Sức khỏe",
]
FOOTER_MENU = [
    "Giới thiệu",
    "Liên hệ",
    "Quảng cáo",
    "Điều khoản",
    "Tuyển dụng",
    "RSS",
    "Sơ đồ",
    "Hợp tác",
    "Tòa soạn",
]
HEADLINE = "Không ngừng vun đắp quan hệ đặc biệt Việt Nam-Lào"
HEADLINE_REWRITTEN = "Vun đắp quan hệ đặc biệt Việt – Lào: nhìn lại 60 năm"
LEDE_REWRITTEN = (
    "Đại sứ Việt Nam tại Lào chia sẻ về chặng đường sáu mươi năm quan hệ ngoại giao giữa hai nước"
    " và những ưu tiên hợp tác trong thời gian tới."
)
STANDARD_CLOSE = (
    "Bài viết thuộc chuyên mục Đối ngoại của Báo Quốc tế, thực hiện với sự phối hợp của Bộ Ngoại"
    " giao. Mọi hình thức sao chép, trích dẫn cần ghi rõ nguồn Báo Quốc tế và đường dẫn tới bài"
    " viết gốc, theo quy định của Luật Báo chí."
)


def _paragraphs(name: str) -> list[str]:
    lines = (SEEDS / name).read_text(encoding="utf-8").splitlines()
    return [ln.strip() for ln in lines if len(ln.strip()) > 150]


def _page(sep: str, outlet: str, body: list[str], headline: str, lede: str) -> str:
    top = [outlet, sep.join(MENU), "Thứ năm, 28/11/2024 10:15 (GMT+7)", "", headline, "", lede, ""]
    bottom = [
        "",
        "Tin liên quan",
        "Việt Nam – Lào thúc đẩy hợp tác giáo dục",
        "Hai nước ký kết 12 văn kiện hợp tác",
        "Xem thêm",
        f"Theo dõi {outlet} trên Google News",
        "Từ khóa: Việt Nam, Lào, hợp tác, ngoại giao",
        "Bình luận (0)",
        f"© 2024 {outlet}. Bảo lưu mọi quyền.",
        sep.join(FOOTER_MENU),
    ]
    middle = [line for p in body for line in (p, "")]
    return "\n".join(top + middle + bottom) + "\n"


def _legacy(text: str, encoding: str) -> bytes:
    """``text`` in a single-byte legacy table (TCVN3 writes toned capitals in lowercase codes)."""
    text = text.replace("…", "...").replace("–", "-").replace("“", '"').replace("”", '"')
    text = text.replace("©", "(c)")
    if encoding == "vni":
        return b"".join(VNI_TABLE.get(ch) or ch.encode("cp1252") for ch in text)
    back = {letter: byte for byte, letter in BYTE_TABLES[encoding].items()}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        code = back[ch] if ch in back else back[ch.lower()] if ord(ch) >= 128 else None
        out += ch.encode() if code is None else bytes([code])
    return bytes(out)


def _mojibake(text: str) -> str:
    """UTF-8 read as windows-1252 the way browsers do (undefined bytes become C1 controls)."""
    undefined = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    data = text.encode("utf-8")
    return "".join(chr(b) if b in undefined else bytes([b]).decode("cp1252") for b in data)


def _abridged(body: list[str]) -> list[str]:
    sentences = [s for p in body for s in re.split(r"(?<=[.!?…])\s+", p)]
    kept = [s for i, s in enumerate(sentences) if i % 10 not in (3, 7, 9)]
    return [" ".join(kept[i : i + 4]) for i in range(0, len(kept), 4)]


def _copies() -> dict[str, bytes]:
    story = _paragraphs("004_e1edf7a7ed423554.txt")
    lede, body = story[0], story[1:]
    rebroken = [" ".join(body[i : i + 2]) for i in range(0, len(body), 2)]
    files: dict[str, bytes] = {}
    original = _page(" | ", "Báo Quốc tế", body, HEADLINE, lede)
    files["a_original.txt"] = original.encode()
    for i, (name, sep) in enumerate(SEPARATORS.items()):
        headline = HEADLINE_REWRITTEN if i % 2 else HEADLINE
        sapo = LEDE_REWRITTEN if i % 3 else lede
        paras = rebroken if i % 2 else body
        files[f"menu_{name}.txt"] = _page(sep, f"Outlet {name}", paras, headline, sapo).encode()
    for encoding in ("tcvn3", "viscii", "vni"):
        files[f"enc_{encoding}.txt"] = _legacy(original, encoding)
    files["enc_nfd.txt"] = unicodedata.normalize("NFD", original).encode()
    files["enc_entities.txt"] = html.escape(original).replace("ư", "&#432;").encode()
    files["enc_crlf.txt"] = original.replace("\n\n", "\n").replace("\n", "\r\n").encode()
    files["enc_mojibake.txt"] = _mojibake(original).encode()
    # the bytes windows-1252 leaves undefined, lost to U+FFFD ("nhi\ufffdu" once repaired)
    files["enc_mojibake_lossy.txt"] = original.encode().decode("cp1252", "replace").encode()
    # the same bytes dropped ("nhiá»u" for "nhiều", "Ä‘oàn" for "đoàn": the repair leaves them)
    files["enc_mojibake_dropped.txt"] = original.encode().decode("cp1252", "ignore").encode()
    abridged = _page(" | ", "Tin Nhanh", _abridged(body), HEADLINE_REWRITTEN, LEDE_REWRITTEN)
    files["abridged.txt"] = abridged.encode()
    for name, seed in (
        ("other_1.txt", "000_35704c8a17e84da1.txt"),
        ("other_2.txt", "001_b8eb4341bad6e06b.txt"),
    ):
        other = _paragraphs(seed)
        page = _page(" | ", "Báo Quốc tế", [*other[1:4], STANDARD_CLOSE], other[0][:60], other[0])
        files[name] = page.encode()
    return files


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("outlets")
    src, out = root / "in", root / "out"
    src.mkdir()
    for name, data in _copies().items():
        (src / name).write_bytes(data)
    rc = main(
        [
            "clean",
            str(src),
            "-o",
            str(out),
            "--quiet",
            "-j",
            "1",
            "--containment",
            "--no-html-report",
        ]
    )
    assert rc == 0
    report: dict = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return report


def test_every_outlet_copy_joins_the_original(cleaned: dict) -> None:
    docs = {d["id"]: d for d in cleaned["documents"]}
    copies = sorted(set(_copies()) - {"a_original.txt", "other_1.txt", "other_2.txt"})
    assert {c: docs[c]["duplicate_of"] for c in copies} == dict.fromkeys(copies, "a_original.txt")


def test_stories_sharing_a_standard_closing_paragraph_stay_apart(cleaned: dict) -> None:
    docs = {d["id"]: d for d in cleaned["documents"]}
    assert docs["other_1.txt"]["status"] == "kept"
    assert docs["other_2.txt"]["status"] == "kept"


def test_the_report_says_which_headlines_were_rewritten(cleaned: dict) -> None:
    (cluster,) = [c for c in cleaned["clusters"] if c["kept"] == "a_original.txt"]
    match = {c["id"]: c["headline_match"] for c in cluster["comparisons"]}
    assert match["menu_dot.txt"] is False
    assert match["menu_pipe.txt"] is True


@pytest.mark.parametrize("name", SEPARATORS)
def test_joined_menus_are_dropped_as_menu(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.txt"
    story = _paragraphs("004_e1edf7a7ed423554.txt")
    path.write_text(
        _page(SEPARATORS[name], "Báo Quốc tế", story[1:], HEADLINE, story[0]), encoding="utf-8"
    )
    assert main(["explain", str(path)]) == 0
    verdicts = [ln.split(None, 3) for ln in capsys.readouterr().out.splitlines() if ln[:1] == " "]
    menus = [v for v in verdicts if v[3].startswith(("Trang chủ", "Giới thiệu"))]
    assert [(v[1], v[2]) for v in menus] == [("DROP", "menu"), ("DROP", "menu")]


BODY_WITH_SEPARATORS = [
    "Tối 12/3/2024, đội tuyển Việt Nam thắng Lào với tỉ số 2 - 1 trên sân Mỹ Đình"
    " trong trận mở màn vòng bảng.",
    "Đội hình xuất phát gồm Đặng Văn Lâm - Quế Ngọc Hải - Đỗ Duy Mạnh - Bùi Tiến Dũng"
    " - Đoàn Văn Hậu - Nguyễn Quang Hải - Đỗ Hùng Dũng - Nguyễn Tiến Linh.",
    '"Chúng tôi đã chơi tốt - rất tốt - trong hiệp hai", huấn luyện viên nói sau trận đấu'
    " với các phóng viên.",
    "Ngày 12/3/2024 / 13/3/2024 / 14/3/2024 là ba ngày thi đấu liên tiếp của đội tuyển"
    " trong đợt tập trung này.",
    "Hà Nội · TP.HCM · Đà Nẵng · Hải Phòng · Cần Thơ là năm thành phố đăng cai"
    " các trận đấu của giải năm nay.",
]


def test_body_sentences_with_separators_are_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        _page(" | ", "Báo Quốc tế", BODY_WITH_SEPARATORS, "Việt Nam thắng Lào 2 - 1", ""),
        encoding="utf-8",
    )
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    for sentence in BODY_WITH_SEPARATORS:
        (line,) = [ln for ln in out.splitlines() if sentence[:40] in ln]
        assert " KEEP " in line, line


def _verdicts(path: Path, data: bytes, capsys: pytest.CaptureFixture[str]) -> list[list[str]]:
    path.write_bytes(data)
    assert main(["explain", str(path)]) == 0
    return [ln.split(None, 3)[1:3] for ln in capsys.readouterr().out.splitlines() if ln[:1] == " "]


@pytest.mark.parametrize(
    "name", ["enc_tcvn3.txt", "enc_viscii.txt", "enc_vni.txt", "enc_mojibake_lossy.txt"]
)
def test_a_re_encoded_copy_gets_the_original_verdict_on_every_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The copyright line the legacy tables write "(c) 2024 ..." is a footer as "© 2024 ..."
    is, and the VNI copy's "Xem theâm" is repaired with the lines around it: the reason shown
    for each line is the original's."""
    files = _copies()
    original = _verdicts(tmp_path / "a.txt", files["a_original.txt"], capsys)
    assert ["DROP", "footer"] in original
    assert _verdicts(tmp_path / name, files[name], capsys) == original


def test_a_copy_whose_undefined_bytes_were_dropped_shingles_as_the_original() -> None:
    """UTF-8 read as windows-1252 with the undefined bytes dropped, then repaired: the words the
    repair leaves ("nhiá»u", "Ä‘oàn", "má»±c") key as the original's, so the story's 5-word
    shingles are nearly all shared (0.36 when "»", "‘", "±" split those words)."""
    from cleanscrape.dedup.key import matching_key, shingles
    from cleanscrape.text.repair import repair_text

    story = "\n".join(_paragraphs("004_e1edf7a7ed423554.txt"))
    dropped = repair_text(story.encode().decode("cp1252", "ignore"))
    assert "á»" in dropped  # (the repair leaves such words)
    a, b = shingles(matching_key(story)), shingles(matching_key(dropped))
    assert len(a & b) / len(a | b) >= 0.85


#: Running text of other languages with marks next to accented letters: the keys stay as they
#: were (quotes, dashes, amounts and apostrophes are spaces, whatever their spacing or form).
MARKED_PROSE = [
    ("Le café’s menu « d’été » coûte 5 €", "Le café's menu «d'été» coûte 5€"),
    (
        "La reunión –según el ministerio– costó 3 000 €",
        "La reunión - según el ministerio - costó 3 000 €",
    ),
    (
        "Die Straße — so der Bürgermeister — wird gesperrt",
        "Die Straße—so der Bürgermeister—wird gesperrt",
    ),
    ("His fiancé—a teacher—said “no”", 'His fiancé - a teacher - said "no"'),
]


@pytest.mark.parametrize(("text", "variant"), MARKED_PROSE)
def test_marks_after_accented_letters_of_running_text_stay_spaces(text: str, variant: str) -> None:
    from cleanscrape.dedup.key import matching_key

    assert matching_key(text) == matching_key(variant)
    assert len(matching_key(text).split()) >= len(text.split()) - 2
