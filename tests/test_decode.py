"""Decoding on real text: mojibake, declared and undeclared legacy encodings, typography, NFC.

Every case re-encodes a real page (a seed, or a benchmark page's gold text) and checks that the
article lines come back exactly as the author wrote them. Chrome stripping is switched off
(``strip_chrome=False`` / ``--no-strip``) so that every line of the page must come back: these
tests are about decoding, not about which lines are chrome.
"""

from __future__ import annotations

import codecs
import gzip
import json
import re
import unicodedata
from pathlib import Path

import pytest

import cleanscrape
from cleanscrape.cli import main
from cleanscrape.text import decode_bytes, repair_text

from .adversarial import (
    SEED_TITLES,
    article_lines,
    encode_cp1258,
    mojibake,
    page_html,
    prose_lines,
)
from .aeb import gold
from .conftest import DATA, SEEDS

AEB = DATA / "aeb"
SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
JA, DE, RU, EN = "85439e", "ba07d1", "c4a363", "14cc2a"


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def _cp1258_seed(name: str) -> str:
    """The seed as windows-1258 can hold it: seed 003 spells Đ with the look-alike Ð (U+00D0,
    Icelandic eth), which the code page does not have; the Vietnamese letter is substituted."""
    return _seed(name).replace("\u00d0", "\u0110")


def _gold(prefix: str) -> str:
    truth = gold(AEB)
    (key,) = (k for k in truth if k.startswith(prefix))
    return str(truth[key]["articleBody"])


def _aeb_html(prefix: str) -> str:
    (path,) = (AEB / "html").glob(f"{prefix}*.html.gz")
    return gzip.decompress(path.read_bytes()).decode("utf-8")


def _clean_dir(tmp_path: Path, files: dict[str, bytes]) -> tuple[int, Path, dict]:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name, data in files.items():
        (src / name).write_bytes(data)
    rc = main(["clean", str(src), "-o", str(out), "--quiet", "-j", "1", "--no-dedup", "--no-strip"])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return rc, out, {d["id"]: d for d in report["documents"]}


# --- mojibake (UTF-8 read as windows-1252, saved again as UTF-8) -------------------------------


@pytest.mark.parametrize("name", SEED_NAMES)
def test_mojibake_seed_comes_back_through_clean_text(name: str) -> None:
    original = _seed(name)
    broken = mojibake(original)
    assert broken != original and "á»" in broken  # really mangled: "Việt" -> "Viá»‡t"
    out = cleanscrape.clean_text(broken, strip_chrome=False).text.splitlines()
    assert out == article_lines(original)
    assert SEED_TITLES[name] in out


def test_mojibake_seeds_come_back_through_the_cli(tmp_path: Path) -> None:
    files = {name: mojibake(_seed(name)).encode("utf-8") for name in SEED_NAMES}
    rc, out, docs = _clean_dir(tmp_path, files)
    assert rc == 0
    for name in SEED_NAMES:
        assert docs[name]["status"] == "kept"
        lines = (out / name).read_text(encoding="utf-8").splitlines()
        assert lines == article_lines(_seed(name))


# --- mojibake whose undefined bytes a transcoder dropped ----------------------------------------

#: Seed lines holding a word whose last byte windows-1252 leaves undefined ("giờ" E1 BB 9D,
#: "chờ", "”" E2 80 9D) before a space and another word (seeds 004, 003, 000).
_DROPPED_BEFORE_SPACE = [
    "Rạng sáng 1/1 (giờ địa phương), một vụ hỏa hoạn nghiêm trọng đã xảy ra tại quán bar Le "
    "Constellation, thuộc khu nghỉ dưỡng trượt tuyết Crans-Montana, Thụy Sỹ.",
    "Xin chờ trong giây lát...",
    "Có thể thấy, quan hệ “thâm tình” giữa hai quốc gia cũng giống như quan hệ giữa con người "
    "với con người.",
]


#: The bytes windows-1252 leaves undefined.
_UNDEFINED_1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")


@pytest.mark.parametrize("line", _DROPPED_BEFORE_SPACE)
def test_the_repair_joins_no_words_where_a_transcoder_dropped_a_byte(line: str) -> None:
    # ftfy takes the space after "giá»" for the byte 0xA0 and writes "giỠđịa" for "giờ địa":
    # a letter no page had, two words made one. The damaged word stays; the rest is repaired.
    damaged = line.encode("utf-8").decode("cp1252", "ignore")
    fixed = repair_text(damaged)
    assert len(fixed.split()) == len(line.split())
    assert "Ỡ" not in fixed and "†" not in fixed
    # (repaired a piece at a time, ftfy may judge a short piece as it came: one word at most)
    whole = [w for w in line.split() if not _UNDEFINED_1252.intersection(w.encode("utf-8"))]
    assert len([w for w in whole if w not in fixed.split()]) <= 1


# --- windows-1258 ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", SEED_NAMES)
def test_encode_cp1258_uses_combining_tone_marks(name: str) -> None:
    data = encode_cp1258(_cp1258_seed(name))
    decoded = data.decode("cp1258")
    assert any(c in decoded for c in "\u0300\u0301\u0303\u0309\u0323")
    assert decoded != _cp1258_seed(name)  # not NFC as decoded ...
    assert unicodedata.normalize("NFC", decoded) == _cp1258_seed(name)  # ... but NFC gives it back


@pytest.mark.parametrize("name", SEED_NAMES)
def test_declared_windows_1258_html_comes_back(name: str) -> None:
    text = _cp1258_seed(name)
    markup = page_html(text, title=SEED_TITLES[name], charset="windows-1258")
    data = encode_cp1258(markup)
    decoded = decode_bytes(data, html=True)
    assert (decoded.encoding, decoded.method) == ("cp1258", "declared")
    assert decoded.text == markup
    result = cleanscrape.clean_html(data, strip_chrome=False)
    lines = result.text.splitlines()
    assert result.title == SEED_TITLES[name]
    assert SEED_TITLES[name] not in lines  # the headline is the title, not a line of the body
    prose = prose_lines(text)
    # extraction (not decoding) may drop a paragraph; nearly all must be there, letter for letter
    assert sum(line in lines for line in prose) >= len(prose) - 1
    # decoding must not change what extraction sees: same result as the page in UTF-8
    utf8 = cleanscrape.clean_html(markup.encode("utf-8"), strip_chrome=False)
    assert lines == utf8.text.splitlines()


def test_declared_windows_1258_html_through_the_cli(tmp_path: Path) -> None:
    files = {
        name.replace(".txt", ".html"): encode_cp1258(
            page_html(_cp1258_seed(name), title=SEED_TITLES[name], charset="windows-1258")
        )
        for name in SEED_NAMES
    }
    rc, out, docs = _clean_dir(tmp_path, files)
    assert rc == 0
    for name in SEED_NAMES:
        doc = docs[name.replace(".txt", ".html")]
        assert doc["metadata"]["encoding"] == "cp1258"
        lines = (out / name).read_text(encoding="utf-8").splitlines()
        prose = prose_lines(_cp1258_seed(name))
        assert lines[0] == SEED_TITLES[name]
        assert sum(line in lines for line in prose) >= len(prose) - 1


@pytest.mark.parametrize("name", SEED_NAMES)
def test_undeclared_windows_1258_text_is_detected(name: str) -> None:
    text = _cp1258_seed(name)
    decoded = decode_bytes(encode_cp1258(text))
    assert (decoded.encoding, decoded.method) == ("cp1258", "detected")
    assert decoded.text == text


@pytest.mark.parametrize("name", SEED_NAMES)
def test_windows_1258_with_a_few_stray_tone_marks_is_still_windows_1258(name: str) -> None:
    # typing slips: a tone mark after a full stop, twice
    text = _cp1258_seed(name).replace(". ", ".\u0300 ", 2)
    assert text.count(".\u0300 ") == 2
    decoded = decode_bytes(encode_cp1258(text))
    assert decoded.encoding == "cp1258"
    assert decoded.text == unicodedata.normalize("NFC", text)


def test_italian_windows_1252_is_not_taken_for_windows_1258() -> None:
    # in windows-1258 the bytes of ì and ò are combining marks, here mostly after consonants
    italian = (
        "Così è la vita: però non si può dire di sì a tutto, né lì né là. "
        "Perciò andò così, e il giorno dopo tornò in città più tardi del solito.\n"
    ) * 4
    decoded = decode_bytes(italian.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.text == italian


@pytest.mark.parametrize("name", SEED_NAMES)
def test_windows_1258_html_with_a_lying_utf8_declaration_is_detected(name: str) -> None:
    markup = page_html(_cp1258_seed(name), title=SEED_TITLES[name], charset="utf-8")
    decoded = decode_bytes(encode_cp1258(markup), html=True)
    assert (decoded.encoding, decoded.method) == ("cp1258", "detected")
    assert decoded.text == markup


def test_undeclared_windows_1258_seeds_through_the_cli(tmp_path: Path) -> None:
    files = {name: encode_cp1258(_cp1258_seed(name)) for name in SEED_NAMES}
    rc, out, docs = _clean_dir(tmp_path, files)
    assert rc == 0
    for name in SEED_NAMES:
        assert docs[name]["metadata"]["encoding"] == "cp1258"
        lines = (out / name).read_text(encoding="utf-8").splitlines()
        assert lines == article_lines(_cp1258_seed(name))


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-16be", "utf-32", "utf-7"])
def test_impossible_declarations_in_a_utf8_page_are_not_obeyed(label: str) -> None:
    # a page whose <meta> is readable as ASCII cannot be UTF-16/32; browsers read it as UTF-8
    name = SEED_NAMES[1]
    markup = page_html(_seed(name), title=SEED_TITLES[name], charset=label)
    data = markup.encode("utf-8")
    data += b" " * (-len(data) % 4)  # a length UTF-16 and UTF-32 could decode
    decoded = decode_bytes(data, html=True)
    assert decoded.encoding == "utf-8"
    assert decoded.text.rstrip(" ") == markup
    assert cleanscrape.clean_html(data, strip_chrome=False).title == SEED_TITLES[name]


@pytest.mark.parametrize("label", ["windows-1258", "windows-1252", "iso-8859-1", "tcvn"])
@pytest.mark.parametrize("name", SEED_NAMES[:2])
def test_a_utf8_page_declaring_a_legacy_charset_is_read_as_utf8(name: str, label: str) -> None:
    # sites that moved to UTF-8 and kept their old <meta>: obeying it gives mojibake, and
    # windows-1258 mojibake is beyond any repair
    markup = page_html(_seed(name), title=SEED_TITLES[name], charset=label)
    decoded = decode_bytes(markup.encode("utf-8"), html=True)
    assert (decoded.encoding, decoded.method) == ("utf-8", "utf-8")
    assert decoded.text == markup


def test_a_utf8_benchmark_page_declaring_latin1_is_read_as_utf8() -> None:
    page = _aeb_html(DE)
    relabelled = re.sub(r'charset=["\']?utf-8["\']?', 'charset="iso-8859-1"', page, flags=re.I)
    assert relabelled != page
    result = cleanscrape.clean_html(relabelled.encode("utf-8"), strip_chrome=False)
    assert result.text == cleanscrape.clean_html(page.encode("utf-8"), strip_chrome=False).text
    assert "Köln" in result.text


# --- other legacy encodings, undeclared (benchmark gold texts) --------------------------------

UNDECLARED = [
    (DE, "cp1252", "cp1252"),  # German: ä ö ü ß, curly quotes, en dash
    (RU, "cp1251", "cp1251"),
    (RU, "koi8-r", "koi8_r"),
    (JA, "shift_jis", "cp932"),  # cp932 is Microsoft's superset of Shift-JIS
    (JA, "euc-jp", "euc_jis_2004"),
    (JA, "gb18030", "gb18030"),  # Japanese kana and kanji in the Chinese national encoding
]


@pytest.mark.parametrize(("prefix", "encoding", "detected"), UNDECLARED)
def test_undeclared_legacy_encoding_is_detected(prefix: str, encoding: str, detected: str) -> None:
    gold = _gold(prefix)
    data = gold.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.method) == (detected, "detected")
    assert decoded.text == unicodedata.normalize("NFC", gold)


def test_english_with_curly_quotes_in_cp1252_is_not_taken_for_a_dos_code_page() -> None:
    # the page as a site with typographic apostrophes publishes it. charset-normalizer alone
    # ranks cp1250 first here (same letters for this page) and DOS/Mac code pages first for
    # many other English pages of the benchmark, which garbles them ("it’s" -> "itÆs")
    gold = _gold(EN).replace("'", "’")
    assert "’" in gold
    decoded = decode_bytes(gold.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.text == gold


@pytest.mark.parametrize("bom", ["utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
@pytest.mark.parametrize("prefix", [JA, DE, RU])
def test_byte_order_mark_decides(prefix: str, bom: str) -> None:
    gold = _gold(prefix)
    data = gold.encode(bom)
    if bom == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    decoded = decode_bytes(data)
    assert decoded.method == "bom"
    assert decoded.text == unicodedata.normalize("NFC", gold)


def test_a_byte_order_mark_over_other_bytes_is_an_error_that_says_what_to_do() -> None:
    # a UTF-8 byte-order mark glued to a cp1251 page (two encodings in one file)
    data = codecs.BOM_UTF8 + _gold(RU).encode("cp1251")
    with pytest.raises(cleanscrape.DecodeError) as caught:
        decode_bytes(data, source="ru.txt")
    message = str(caught.value)
    assert message.startswith("ru.txt: starts with a utf-8-sig byte-order mark")
    assert message.endswith("re-save it in one encoding, e.g. UTF-8")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("sample", [*SEED_NAMES, DE, RU, JA])
def test_utf16_without_byte_order_mark_is_detected(sample: str, encoding: str) -> None:
    text = _seed(sample) if sample in SEED_NAMES else _gold(sample)
    decoded = decode_bytes(text.encode(encoding))
    assert (decoded.encoding, decoded.method) == (encoding, "detected")
    assert decoded.text == unicodedata.normalize("NFC", text)


def test_legacy_text_files_through_the_cli(tmp_path: Path) -> None:
    files = {
        "de-cp1252.txt": _gold(DE).encode("cp1252"),
        "ru-cp1251.txt": _gold(RU).encode("cp1251"),
        "ja-sjis.txt": _gold(JA).encode("shift_jis"),
        "ja-utf16.txt": _gold(JA).encode("utf-16"),
        "ru-utf8-bom.txt": _gold(RU).encode("utf-8-sig"),
    }
    rc, out, docs = _clean_dir(tmp_path, files)
    assert rc == 0
    for name, prefix in [
        ("de-cp1252", DE),
        ("ru-cp1251", RU),
        ("ja-sjis", JA),
        ("ja-utf16", JA),
        ("ru-utf8-bom", RU),
    ]:
        assert docs[f"{name}.txt"]["status"] == "kept"
        written = (out / f"{name}.txt").read_text(encoding="utf-8")
        assert written.splitlines() == article_lines(unicodedata.normalize("NFC", _gold(prefix)))
        assert "\ufeff" not in written


@pytest.mark.parametrize(
    ("prefix", "charset", "codec"),
    [(RU, "windows-1251", "cp1251"), (JA, "Shift_JIS", "shift_jis"), (DE, "ISO-8859-1", "cp1252")],
)
def test_real_page_in_declared_legacy_charset(prefix: str, charset: str, codec: str) -> None:
    utf8_page = _aeb_html(prefix)
    legacy = re.sub(r'charset=["\']?utf-8["\']?', f'charset="{charset}"', utf8_page, flags=re.I)
    assert legacy != utf8_page
    # characters the code page lacks become numeric references, as legacy servers write them
    data = legacy.encode(codec, errors="xmlcharrefreplace")
    decoded = decode_bytes(data, html=True)
    assert decoded.method == "declared"
    expected = cleanscrape.clean_html(utf8_page.encode("utf-8"), strip_chrome=False)
    result = cleanscrape.clean_html(data, strip_chrome=False)
    assert result.text == expected.text
    assert result.text.strip()
    gold_words = set(re.findall(r"\w+", _gold(prefix)))
    found = set(re.findall(r"\w+", result.text))
    assert len(gold_words & found) > 0.8 * len(gold_words)


# --- typography and normal form ----------------------------------------------------------------

TYPOGRAPHY = (
    "“Quoted” and ‘single’ — em dash, – en dash, … ellipsis, ﬁ ﬂ ligatures,"
    " ＦＵＬＬ ｗｉｄｔｈ １２３， « guillemets », „Anführung“, non\u00a0breaking space"
)


def test_typography_is_kept() -> None:
    text = _seed(SEED_NAMES[0])
    lines = article_lines(text)
    page = "\n".join([lines[0], TYPOGRAPHY, *lines[1:]])
    out = cleanscrape.clean_text(page, strip_chrome=False).text.splitlines()
    assert out == [lines[0], TYPOGRAPHY, *lines[1:]]
    assert "“lửa”" in out[0]
    assert repair_text(TYPOGRAPHY) == TYPOGRAPHY


def test_typography_is_kept_in_html() -> None:
    # extraction turns a no-break space into a plain one; everything else is kept
    line = TYPOGRAPHY.replace("\u00a0", " ") * 3
    markup = page_html("A headline for the typography page\n" + line)
    assert line in cleanscrape.clean_html(markup, strip_chrome=False).text.splitlines()


def test_typography_survives_mojibake_repair() -> None:
    assert cleanscrape.clean_text(mojibake(TYPOGRAPHY), strip_chrome=False).text == TYPOGRAPHY


@pytest.mark.parametrize("name", SEED_NAMES)
def test_nfd_input_comes_out_nfc(name: str) -> None:
    original = _seed(name)
    decomposed = unicodedata.normalize("NFD", original)
    assert decomposed != original
    out = cleanscrape.clean_text(decomposed, strip_chrome=False).text
    assert unicodedata.is_normalized("NFC", out)
    assert out.splitlines() == article_lines(original)


def test_nfd_files_come_out_nfc(tmp_path: Path) -> None:
    name = SEED_NAMES[1]
    original = _seed(name)
    nfd = unicodedata.normalize("NFD", original)
    files = {
        "nfd-text.txt": nfd.encode("utf-8"),
        "nfd-page.html": page_html(nfd).encode("utf-8"),
        "nfc-page.html": page_html(original).encode("utf-8"),
    }
    rc, out, _ = _clean_dir(tmp_path, files)
    assert rc == 0
    text = (out / "nfd-text.txt").read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert text.splitlines() == article_lines(original)
    page = (out / "nfd-page.txt").read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", page)
    assert page == (out / "nfc-page.txt").read_text(encoding="utf-8")
