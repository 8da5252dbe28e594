"""Chrome stripping of whole-page text dumps: seeds against hand labels, adversarial pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.features import copyright_line, lexicon_category, line_features
from cleanscrape.chrome.strip import classify_lines
from cleanscrape.lexicon.folding import fold

from .conftest import DATA, EVENT_TREND_ITEMS

LABELS = DATA / "seed_labels"


def read_labels(path: Path, n_lines: int) -> dict[int, str]:
    """0-based line index -> "keep" or "drop:<category>" (hand-written ranges)."""
    out: dict[int, str] = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        row = row.split("#", 1)[0].strip()
        if not row:
            continue
        span, verdict = row.split("\t")[:2]
        first, _, last = span.partition("-")
        for k in range(int(first) - 1, min(int(last or first), n_lines)):
            out[k] = verdict.strip()
    return out


def _seed_counts(text: str, labels: dict[int, str]) -> tuple[int, int, int]:
    lines = text.split("\n")
    kept = {v.lineno for v in classify_lines(lines).verdicts if v.article}
    tp = fp = fn = 0
    for k, verdict in labels.items():
        if not lines[k].strip():
            continue
        article = verdict == "keep"
        tp += k in kept and article
        fp += k in kept and not article
        fn += k not in kept and article
    return tp, fp, fn


def test_labels_cover_every_non_blank_line(seed_paths: list[Path]) -> None:
    for path in seed_paths:
        lines = path.read_text(encoding="utf-8").split("\n")
        labels = read_labels(LABELS / f"{path.stem}.labels", len(lines))
        missing = [i + 1 for i, ln in enumerate(lines) if ln.strip() and i not in labels]
        assert not missing, f"{path.name}: lines {missing} have no label"
        assert all(v == "keep" or v.startswith("drop:") for v in labels.values())


def test_seeds_line_f1_and_recall(seed_paths: list[Path]) -> None:
    tp = fp = fn = 0
    for path in seed_paths:
        text = path.read_text(encoding="utf-8")
        labels = read_labels(LABELS / f"{path.stem}.labels", len(text.split("\n")))
        a, b, c = _seed_counts(text, labels)
        tp, fp, fn = tp + a, fp + b, fn + c
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert recall >= 0.99, (tp, fp, fn)
    assert f1 >= 0.97, (tp, fp, fn)


def test_every_seed_keeps_title_and_drops_related_lists(seed_texts: dict[str, str]) -> None:
    for name, text in seed_texts.items():
        r = strip_lines(text.split("\n"))
        reasons = {x.reason for x in r.removed}
        assert r.lines, name
        assert "Phiên bản di động" not in r.lines, name
        assert not any(ln.startswith("[Video]") for ln in r.lines), name
        assert all(x.reason and x.reason != "article" for x in r.removed), name
        # every non-blank line is either kept or explained
        non_blank = [ln for ln in text.split("\n") if ln.strip()]
        assert len(r.lines) + len(r.removed) == len(non_blank), name
        if name.startswith("001"):
            assert r.metadata["title"] == "Đẩy mạnh hợp tác các tỉnh biên giới Việt Nam - Lào"
            assert {"separator", "related_heading", "byline"} <= reasons


def test_alt_slug_and_slug_prefixed_links_are_dropped(seed_texts: dict[str, str]) -> None:
    text = next(t for n, t in seed_texts.items() if n.startswith("000"))
    r = strip_lines(text.split("\n"))
    assert r.metadata["title"] == "Giữ “lửa” trong mọi lĩnh vực hợp tác"
    assert not any(ln.startswith("giu lua trong moi linh vuc hop tac") for ln in r.lines)
    assert "Sự mẫu mực hiếm có" in r.lines  # subheading right after the inline related block
    assert any(ln.endswith("(Nguồn: VOV)") for ln in r.lines)  # caption stays
    slugs = [x for x in r.removed if x.reason == "alt_slug"]
    assert len(slugs) == 2


def test_metadata_moved_out_of_body(seed_texts: dict[str, str]) -> None:
    by_prefix = {n[:3]: strip_lines(t.split("\n")) for n, t in seed_texts.items()}
    assert by_prefix["000"].metadata["author"] == "Thành Châu"
    assert by_prefix["001"].metadata["author"] == "An Nhi"
    assert by_prefix["003"].metadata["source"] == "Báo Nhân dân"
    assert by_prefix["003"].metadata["published"] == "2024-09-10T16:12"
    assert by_prefix["004"].metadata["author"] == "Nguyễn Bá Hùng"
    assert by_prefix["002"].metadata["source"].startswith("https://baoquocte.vn/")
    for r in by_prefix.values():
        assert not any(ln.startswith(("Nguồn:", "Theo Báo")) for ln in r.lines)


PARAS = [
    "The council voted on Tuesday to extend the programme for another three years, "
    "citing strong demand from families across the region.",
    "Officials said the budget would rise by four percent, with most of the money going "
    "to staff and to the repair of older buildings.",
    "Critics argued that the plan did little to address the waiting lists, which have grown "
    "steadily since the pandemic began.",
    "A final decision on the funding formula is expected before the end of the year, "
    "the mayor told reporters after the meeting.",
]


def _page(*parts: list[str]) -> str:
    return "\n".join(ln for part in parts for ln in part)


@pytest.mark.parametrize(
    ("heading", "items"),
    [
        ("Related articles", ["Council approves new bus routes", "Mayor unveils housing plan"]),
        ("Mehr zum Thema", ["Stadtrat beschließt neue Buslinien", "Bürgermeister stellt Plan vor"]),
        ("À lire aussi", ["Le conseil approuve de nouvelles lignes", "Le maire présente son plan"]),
        ("Noticias relacionadas", ["El consejo aprueba nuevas rutas", "El alcalde presenta plan"]),
        ("Leia também", ["Conselho aprova novas linhas", "Prefeito apresenta plano de obras"]),
        ("Baca juga", ["Dewan setujui rute bus baru", "Wali kota umumkan rencana perumahan"]),
        ("Читайте также", ["Совет одобрил новые маршруты", "Мэр представил план застройки"]),
        ("Tin liên quan", ["Hội đồng thông qua tuyến xe buýt mới", "Thị trưởng công bố kế hoạch"]),
    ],
)
def test_related_heading_at_end_drops_its_list(heading: str, items: list[str]) -> None:
    text = _page(["Council extends the family programme"], PARAS, [heading], items)
    r = strip_lines(text.split("\n"))
    assert [r.metadata["title"], *r.lines] == ["Council extends the family programme", *PARAS]
    reasons = {x.line: x.reason for x in r.removed}
    assert reasons[heading] == "related_heading"


def test_body_mentioning_related_words_is_kept() -> None:
    prose = [
        "Read more about the history of the bridge and you will see why related projects "
        "failed: the engineers never agreed on the foundations.",
        "Share prices of the builder fell after the report, and analysts said the most read "
        "study of the decade had been ignored for years.",
        *PARAS,
    ]
    text = _page(["Why the bridge took twenty years"], prose)
    r = strip_lines(text.split("\n"))
    assert [r.metadata["title"], *r.lines] == ["Why the bridge took twenty years", *prose]
    assert [x.reason for x in r.removed] == ["headline"]


def test_all_chrome_page_is_flagged_and_keeps_its_text() -> None:
    menu = ["Home", "World", "Business", "Sport", "Weather", "Contact us", "Privacy policy"]
    text = "\n".join([*menu, "|", "Read more", "Subscribe", "© 2024 Example News"])
    r = strip_lines(text.split("\n"))
    assert "low_prose" in r.flags
    assert [ln for ln in r.lines] == [*menu, "Read more", "Subscribe", "© 2024 Example News"]
    assert [x.reason for x in r.removed] == ["separator"]


def test_vietnamese_without_diacritics_slug_matches_title() -> None:
    title = "Đà Nẵng mở rộng tuyến đường ven biển phía Bắc"
    body = [
        "Sáng 12/3, Ủy ban nhân dân thành phố Đà Nẵng đã phê duyệt dự án mở rộng tuyến đường "
        "ven biển phía Bắc với tổng vốn đầu tư hơn 1.200 tỷ đồng.",
        fold(title),
        "Tuyến đường dài 9 km sẽ được nâng cấp lên sáu làn xe, kèm hệ thống thoát nước và "
        "chiếu sáng mới dọc theo bờ biển.",
        "Dự kiến công trình khởi công vào quý III và hoàn thành sau hai năm thi công.",
    ]
    r = strip_lines([title, *body])
    assert fold(title) == "da nang mo rong tuyen duong ven bien phia bac"
    assert fold(title) not in r.lines
    assert r.metadata["title"] == title
    assert {x.reason for x in r.removed} == {"alt_slug", "headline"}


def test_byline_and_dateline_metadata_in_english() -> None:
    text = _page(
        ["Menu", "Search", "Council extends the family programme", "By Jane Doe"],
        ["March 3, 2024 10:15 AM"],
        PARAS,
        ["Source: Reuters", "Related stories", "Mayor unveils housing plan"],
    )
    r = strip_lines(text.split("\n"))
    assert [r.metadata["title"], *r.lines] == ["Council extends the family programme", *PARAS]
    assert r.metadata["author"] == "Jane Doe"
    assert r.metadata["source"] == "Reuters"
    assert r.metadata["published"] == "2024-03-03T10:15"


def test_card_list_without_heading_after_body() -> None:
    cards = []
    for t in ("Mayor unveils housing plan", "Bus fares to rise in May"):
        cards += [t, t, "The city said the change would take effect next month ..."]
    text = _page(["Council extends the family programme"], PARAS, cards)
    r = strip_lines(text.split("\n"))
    assert [r.metadata["title"], *r.lines] == ["Council extends the family programme", *PARAS]
    assert {x.reason for x in r.removed} <= {"headline", "related_card", "teaser"}


def test_from_html_mode_is_conservative() -> None:
    lines = [
        "Council extends the family programme",
        "Short line without punctuation",
        *PARAS,
        "Follow us on Twitter",
        "Related",
        "Mayor unveils housing plan",
        "Bus fares to rise in May",
    ]
    r = strip_lines(lines, from_html=True)
    assert r.lines == lines[: 2 + len(PARAS)]
    assert [x.reason for x in r.removed] == [
        "share_follow",
        "related_heading",
        "related_card",
        "related_card",
    ]


def test_from_html_drops_related_links_written_with_their_heading() -> None:
    # trafilatura keeps "Read more: <headline>" paragraphs between the paragraphs of the body
    link = "Read more: Tencent profit falls as Alibaba threat and economic woes weigh"
    lines = [PARAS[0], PARAS[1], link, PARAS[2], PARAS[3]]
    r = strip_lines(lines, from_html=True)
    assert r.lines == [PARAS[0], PARAS[1], PARAS[2], PARAS[3]]
    assert [x.reason for x in r.removed] == ["related_link"]


def test_public_clean_text_reports_reasons() -> None:
    r = clean_text("\n".join(["Trang chủ > Thế giới", "Tiêu đề bài báo về kinh tế", *PARAS]))
    assert r.text.split("\n") == PARAS  # the body; the headline is the title
    assert r.title == "Tiêu đề bài báo về kinh tế"
    assert r.removed_counts() == {"breadcrumb": 1, "headline": 1}


def test_from_html_keeps_broken_sentences_after_a_mid_article_heading() -> None:
    lines = [
        "Actress stuns in new photos",
        PARAS[0],
        "Photos",
        "which were released online and are making the rounds on social media,",
        "show the actress at the premiere in Lagos",
        PARAS[1],
        "Comments",
        PARAS[2],
        PARAS[3],
    ]
    r = strip_lines(lines, from_html=True)
    assert lines[2:6] == r.lines[2:6]  # a media word is not a related section here
    assert [x.line for x in r.removed] == ["Comments"]


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Follow The Daily Opinion section on Facebook, Twitter and Instagram.", "share_follow"),
        ("Theo dõi Báo Quốc tế trên Zalo, Facebook và YouTube", "share_follow"),
        ("Image 4 of 5", "credit"),
        ("Image Credit: WeWork", "credit"),
        ("(Photo by Jane Smith/Getty Images)", "credit"),
        ("Filed under china, illnesses, plague", "tags"),
        ("Tin liên quan:", "related_heading"),
        ("Artikel Terkait", "related_heading"),
        ("12 Comments", "comments"),
        ("thelastfan says:", "comments"),
        ("About the author", "author_bio"),
        (
            "By submitting this form, you agree to our Privacy Policy and consent to receive "
            "our email newsletters.",
            "cookie",
        ),
        ("By clicking to watch this video, you agree to our privacy policy.", "cookie"),
        ("Previous Post: Free scooter and motorcycle training for new riders", "related_link"),
        ("Next article Kidnapped girl, 8, rescued by police in dramatic footage", "related_link"),
        ("Article précédent : Les meilleures randonnées des Alpes", "related_link"),
    ],
)
def test_lexicon_lines_in_many_languages(line: str, category: str) -> None:
    from cleanscrape.chrome.features import lexicon_category, line_features

    assert lexicon_category(line_features([line])[0]) == category


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Tags: Recommended Gear, Reviews, topics", "tags"),
        ("Thẻ: Hà Nội, giao thông, mưa lớn", "tags"),
        ("Topics: Health, Fitness", "tags"),
        # a subheading of the body whose first word folds to Vietnamese "thẻ" (tags)
        ("The bottom line:", ""),
        ("The Build Stage: Create a tangible online asset", ""),
        ("The purpose of this phase: This phase makes way for construction to begin.", ""),
    ],
)
def test_a_tags_line_opens_with_its_label(line: str, category: str) -> None:
    from cleanscrape.chrome.features import lexicon_category, line_features

    assert lexicon_category(line_features([line])[0]) == category


@pytest.mark.parametrize(
    "line",
    [
        "Follow-up studies found that the share of patients who recovered rose to 80 percent.",
        "Shares of the company fell 5 percent on Tuesday after the report.",
        "Theo ông Hoàng Bình Quân, hai nước Việt - Lào núi liền núi, sông liền sông.",
        "More than 100 people were killed in the clashes, officials said.",
    ],
)
def test_prose_that_starts_like_chrome_is_not_chrome(line: str) -> None:
    from cleanscrape.chrome.features import lexicon_category, line_features

    assert lexicon_category(line_features([line])[0]) == ""


def test_from_html_keeps_table_rows_that_look_like_breadcrumbs() -> None:
    lines = ["Election results by district", PARAS[0], "North | 1,204 | 988 | 55%", PARAS[1]]
    r = strip_lines(lines, from_html=True)
    assert r.lines == lines


def test_text_dump_table_row_is_not_a_breadcrumb() -> None:
    from cleanscrape.chrome.features import lexicon_category, line_features

    assert lexicon_category(line_features(["North | 1,204 | 988 | 55%"])[0]) == ""
    assert lexicon_category(line_features(["News › World › Asia"])[0]) == "breadcrumb"


def test_min_kept_ratio_option_reaches_the_strip_stage(seed_texts: dict[str, str]) -> None:
    page = seed_texts["000_35704c8a17e84da1.txt"]
    default = clean_text(page)
    assert "low_prose" not in default.flags
    assert default.removed
    # demanding that 99 % of the text survive: stripping would go below that, so the page
    # keeps all its text and is flagged, as the safety rule says
    strict = clean_text(page, min_kept_ratio=0.99)
    assert strict.flags[0] == "low_prose"
    # a page kept whole scores far under the cleaned one: under the precision preset's
    # threshold it is routed as doubtful
    assert strict.confidence is not None and default.confidence is not None
    assert strict.confidence < 0.8 < default.confidence
    precise = clean_text(page, min_kept_ratio=0.99, favor="precision")
    assert precise.flags == ["low_prose", "low_confidence"]
    assert all(r.reason == "separator" for r in strict.removed)
    assert "Phiên bản di động" in strict.text


# --- joined menus, languages, unspaced scripts --------------------------------------------------

_MENU_ITEMS = ["Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Sức khỏe"]


@pytest.mark.parametrize("joiner", [" | ", " · ", " • ", " / ", " » ", " - ", "\t"])
def test_joined_menu_line_is_dropped_in_every_language(
    joiner: str, seed_texts: dict[str, str]
) -> None:
    # the seed page with its menu saved as one line, items joined as sites do
    page = seed_texts["001_b8eb4341bad6e06b.txt"].split("\n")
    menu = joiner.join(_MENU_ITEMS)
    r = strip_lines([menu, *page])
    assert menu.strip() not in r.lines
    assert {x.line: x.reason for x in r.removed}[menu.strip()] in ("menu", "breadcrumb")
    assert r.metadata["title"] == "Đẩy mạnh hợp tác các tỉnh biên giới Việt Nam - Lào"
    for words in (["Politik", "Wirtschaft", "Sport", "Kultur", "Wissen"], ["News", "Sport", "TV"]):
        line = (" · " if len(words) == 3 else " - ").join(words)
        assert lexicon_category(line_features([line])[0]) == "menu"


@pytest.mark.parametrize(
    "line",
    [
        # body sentences and headings that contain the same characters
        "Việt Nam - Lào có mối quan hệ hữu nghị, đoàn kết đặc biệt và sự hợp tác toàn diện.",
        "Hà Nội - Đà Nẵng - TP HCM",
        "Xây dựng biên giới Việt Nam - Lào hòa bình, hữu nghị, hợp tác cùng phát triển",
        "The plan - which cost 5 million dollars - was dropped / delayed / revised",
        "North\t1,204\t988\t55%",
        "Q1 | 2024 | 1,204 | 988",
    ],
)
def test_body_lines_with_joiner_characters_are_not_menus(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) != "menu"


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("関連記事", "related_heading"),
        ("あわせて読みたい", "related_heading"),
        ("相关新闻", "related_heading"),
        ("延伸閱讀", "related_heading"),
        ("관련기사", "related_heading"),
        ("많이 본 뉴스", "related_heading"),
        ("Leggi anche", "related_heading"),
        ("コメント", "comments"),
        ("版权所有", "footer"),
        ("무단전재 및 재배포 금지", "footer"),
        ("Tutti i diritti riservati", "footer"),
    ],
)
def test_cjk_and_italian_chrome_phrases(line: str, category: str) -> None:
    assert lexicon_category(line_features([line])[0]) == category


def test_cjk_sentence_with_a_phrase_inside_is_not_chrome() -> None:
    line = "新华社记者在北京报道，相关新闻发布会于周二举行，多位官员出席并回答了记者的提问。"
    assert lexicon_category(line_features([line])[0]) == ""


def test_unspaced_scripts_are_counted_by_characters() -> None:
    # Thai (no spaces between words): a paragraph is prose, not a handful of words
    thai = (
        "กรุงเทพมหานครประกาศแผนปรับปรุงระบบขนส่งสาธารณะครั้งใหญ่ในปีหน้า "
        "โดยจะเพิ่มจำนวนรถโดยสารไฟฟ้าและขยายเส้นทางเดินรถไปยังชานเมืองหลายแห่ง"
    )
    burmese = "မြန်မာနိုင်ငံ၏ စီးပွားရေးသည် ယခုနှစ်တွင် တိုးတက်မှုရှိမည်ဟု ဘဏ်က ခန့်မှန်းထားသည်။"
    (ln_thai, ln_my) = line_features([thai, burmese])
    assert ln_thai.words >= 25 and ln_thai.prose
    assert ln_my.terminal  # "။" ends a Burmese sentence
    page = ["ข่าว | กีฬา | บันเทิง | เทคโนโลยี", "แผนขนส่งสาธารณะใหม่ของกรุงเทพฯ", thai, thai + " ครั้งที่สอง"]
    r = strip_lines(page)
    assert "low_prose" not in r.flags
    assert r.lines == [thai, thai + " ครั้งที่สอง"]


def test_a_hindi_sentence_ends_with_a_danda() -> None:
    # a quoted tweet of a benchmark page, its first sentence closed by the danda as Hindi
    # prose is written: a sentence, not a heading
    line = "पानी नहीं @BJP4Delhi की राजनीति गन्दी है एक सैम्पल पूजा शर्मा जी के घर से लिया गया है।"
    (ln,) = line_features([line])
    assert ln.terminal and ln.prose and not ln.titlelike


def test_teaser_cut_with_an_ellipsis_without_a_space() -> None:
    from cleanscrape.chrome.features import line_features as feats

    assert feats(["The council said on Tuesday that the new bus routes would…"])[0].teaser
    assert feats(["Mayor unveils housing plan for the northern districts..."])[0].teaser
    assert not feats(["The vote was close, the mayor said."])[0].teaser


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Current Time 0:00", "ui"),
        ("Duration 2:31", "ui"),
        ("Loaded: 0%", "ui"),
        ("This is a modal window.", "ui"),
        ("Playback Rate", "ui"),
        (
            "We and our partners use cookies to store and/or access information on a device.",
            "cookie",
        ),
        ("We value your privacy", "cookie"),
    ],
)
def test_video_player_and_consent_lines(line: str, category: str) -> None:
    assert lexicon_category(line_features([line])[0]) == category


@pytest.mark.parametrize(
    "line",
    ["The duration of the trial was 12", "Progress on the talks stalled in 2023"],
)
def test_sentences_about_durations_are_not_player_lines(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == ""


def test_a_long_subheading_is_kept_whatever_its_neighbours() -> None:
    # one line, two pages: the same subheading (no final period) must get the same verdict
    sub = "How the council plans to pay for the new bridge over the next ten years"
    alone = _page(["Council extends the family programme"], PARAS[:2], [sub], PARAS[2:])
    r = strip_lines(alone.split("\n"))
    assert sub in r.lines
    other = _page(["Bridge plan approved after a long debate"], PARAS[2:], [sub], PARAS[:2])
    assert sub in strip_lines(other.split("\n")).lines


_CARDS = [
    # headline, author, first paragraph of another article (several sentences)
    (
        "Why the port strike will last into spring",
        "Dana Whitfield",
        "Dock workers voted again on Monday. The union says talks have stalled over pay, "
        "and shipping lines are already sending cargo to other ports along the coast.",
    ),
    (
        "The quiet collapse of the regional airline",
        "Marcus Ortega",
        "Three routes closed this year. Passengers in smaller towns now drive for hours to reach "
        "a flight, and the carrier says more cuts are likely before the summer season.",
    ),
    (
        "What the new zoning map means for renters",
        "Priya Natarajan",
        "The map was approved last week after months of hearings. Landlords expect higher "
        "rents near the new stations, while tenant groups are asking for protections.",
    ),
    (
        "Schools brace for another year of shortages",
        "Tom Beckett",
        "Districts are hiring earlier than ever. Many still have open posts in science and "
        "special education, and some have turned to retired teachers to fill the gaps.",
    ),
]

_MORE_PARAS = [
    "Parents who spoke at the meeting said the programme had allowed them to keep their jobs, "
    "and several asked the council to open more places in the northern districts.",
    "The council's finance committee will publish a detailed breakdown of the costs next "
    "month, including the share paid by the regional government and by the families.",
]


def test_card_list_of_summaries_after_the_body_is_not_article() -> None:
    # a card list (headline, author, the first paragraph of another story) below an article:
    # each summary stands alone under its title lines, where the body's paragraphs follow one
    # another; without a " ..." cut or a heading, the summaries read as prose
    cards = [ln for c in _CARDS for ln in c]
    body = PARAS + _MORE_PARAS
    text = _page(["Council extends the family programme"], body, ["Opinion"], cards)
    r = strip_lines(text.split("\n"))
    assert r.lines == body
    assert not any(c[2] in r.lines for c in _CARDS)


def test_a_listing_page_keeps_its_items() -> None:
    # the same shape with only a short introduction above it is the page's own list
    items = [ln for c in _CARDS for ln in c]
    text = _page(["Four stories our readers followed this year"], PARAS[:1], items)
    r = strip_lines(text.split("\n"))
    assert all(c[2] in r.lines for c in _CARDS)


def test_guide_sections_of_one_paragraph_are_kept() -> None:
    # subheading + one paragraph, repeated, inside an article that goes on after them
    sections = [
        "Start with the budget",
        "Work out what you can spend each month before you look at any listing at all.",
        "Compare the neighbourhoods",
        "Visit each area at different times of day to see how busy the streets really are.",
        "Check the transport links",
        "Time the trip to work from each address during the morning rush to be sure.",
    ]
    text = _page(["How to choose a flat"], PARAS[:2], sections, PARAS[2:])
    r = strip_lines(text.split("\n"))
    assert all(s in r.lines for s in sections[1::2])


def test_from_html_related_heading_over_cards_with_summaries_drops_them() -> None:
    # HTML extractors keep a "Read This Next" block of cards (kicker, date, headline, summary)
    # after the body; the summaries are prose, but they are cards, not text the heading cuts off
    cards: list[str] = []
    kickers = ["Travel", "Daily", "Airlines", "Daily"]
    for kicker, (head, _author, summary) in zip(kickers, _CARDS, strict=True):
        cards += [kicker, "Dec 19, 2025", head, summary]
    body = PARAS + _MORE_PARAS
    c = classify_lines([*body, "Read This Next", *cards], from_html=True)
    assert [v.text for v in c.verdicts if v.keep] == body


_NAV = ["Login", "Register", "HOME", "News", "Sport", "Comment", "Finance", "Travel", "World"]
_BOX_AFTER = [
    "Families who missed the last round of places will be contacted first, the council said, "
    "and a waiting list will open online at the start of next month.",
    "Several nurseries have already said they will take part, including two that closed "
    "their doors during the pandemic and have since reopened under new owners.",
    "The opposition group said it would support the extension if the council published "
    "quarterly figures on how many families are still waiting for a place.",
]


@pytest.mark.parametrize(
    ("heading", "links"),
    [
        (
            "DON'T MISS",
            [
                "Mayor under fire over bus route cuts [INSIGHT]",
                "Rents rise again in the northern districts [VIDEO]",
                "Teachers vote on new contract [REACTION]",
            ],
        ),
        (
            "Lesen Sie auch",
            ["Stadtrat beschließt neue Buslinien", "Bürgermeister stellt Wohnungsplan vor"],
        ),
    ],
)
@pytest.mark.parametrize("nav", [_NAV, [x for x in _NAV if x != "Comment"]])
def test_inline_box_inside_the_body_does_not_cut_the_article(
    heading: str, links: list[str], nav: list[str]
) -> None:
    # a news page (its menu with or without a "Comment" section) whose body holds a short box
    # of links with a photo caption after it: the article goes on below the box
    text = _page(
        ["Council extends the family programme"],
        nav,
        PARAS,
        [heading, *links, "Parents at the meeting (Image: GETTY)"],
        _BOX_AFTER,
        ["Related articles", "Council approves new bus routes", "Mayor unveils housing plan"],
    )
    r = strip_lines(text.split("\n"))
    assert r.lines == PARAS + _BOX_AFTER
    dropped = {x.line: x.reason for x in r.removed}
    assert dropped[heading] == "related_heading"
    assert all(link in dropped for link in links)


def test_comments_section_heading_below_the_body_still_drops_comments() -> None:
    # a comments heading after the article: readers' paragraphs, even two in a row, stay out
    comments = [
        "Comments",
        "jsmith",
        "This is exactly what the town needed, and it should have happened years ago when "
        "the first nurseries closed down and parents had nowhere else to turn for help.",
        "I hope the council keeps its word this time, because the last promise about the "
        "northern districts came to nothing and families were left waiting for two years.",
    ]
    text = _page(["Council extends the family programme"], _NAV, PARAS, comments)
    r = strip_lines(text.split("\n"))
    assert r.lines == PARAS


def test_follow_these_steps_is_an_instruction_of_the_body() -> None:
    # a how-to article: the bare "follow" of the share lexicon ("Follow", "Follow Jane Doe")
    # took the line that introduces the steps for a button
    lines = [
        "There are hundreds of different meditation techniques that vary from simple to "
        "complex. It's best to start with a simple practice that you can work into your regular "
        "routine over time.",
        "Follow these steps for meditation:",
        "Sit or stand in a calm, quiet place with eyes closed or gaze down.",
        "Set a time limit. Five or 10 minutes is a good place to start if you are new to "
        "meditation.",
    ]
    assert strip_lines(lines, from_html=True).lines == lines
    for button in ("Follow", "Follow Jane Doe", "Follow us", "Follow this blog", "Follow by Email"):
        assert lexicon_category(line_features([button])[0]) == "share_follow"


def _dump(blocks: list[list[str]]) -> list[str]:
    """The lines of a dump as html-text prints them: blocks set apart by a blank line."""
    lines: list[str] = []
    for block in blocks:
        lines += [*block, ""]
    return lines


#: The chrome around the reduced pages below: the site's menu above, its footer below.
_MENU = [["Home", "Newsletter", "Archive", "About"]]
_FOOTER = [["About us", "Privacy Policy", "Terms of Use", "Contact us"]]


def test_a_footer_word_opening_a_sentence_with_a_share_in_it_is_the_bodys() -> None:
    # a WCXB dev page (an essay on newsletters), its list of figures reduced: "Email" opens a
    # sentence that goes on in lower case; its figures are a share and a count of hours, no
    # year or phone number of a footer. Read as a footer line, it also made the two items
    # around it read as links against chrome.
    items = [
        "The average worker receives 117 emails per day and gets interrupted every 2 minutes",
        "Email alone consumes 28% of the workweek: 11 hours, more than a full working day",
        "68% of employees say they can’t keep up with the pace and volume",
    ]
    body = [
        ["I haven’t opened Gmail in three weeks. My AI assistant checks it for me."],
        [
            "Then, I started to notice my skin is glowing. Ok, maybe not. But work life without "
            "Gmail? Highly recommended."
        ],
        [
            "It gives me a summary: here are the 4 things that actually need your attention "
            "today. Here’s a draft reply for the urgent one. Another 5-8 get tagged as “worth "
            "knowing about but no action needed”. The rest can wait."
        ],
        ["The Numbers Are Absurd"],
        ["I knew email was a time sink. I didn’t realize how much until I measured it."],
        *[[item] for item in items],
        [
            "I was spending roughly two hours a day on email. Now I chat about it with my "
            "assistant, we collaborate on drafts to respond to what matters. That’s a net gain "
            "of over an hour and a half, every day, that I now spend on work that actually "
            "moves things forward."
        ],
        ["So I started digging into the data. Is this just me, or is something bigger shifting?"],
    ]
    kept = strip_lines(_dump([*_MENU, *body, *_FOOTER])).lines
    assert all(item in kept for item in items), kept
    assert lexicon_category(line_features([items[1]])[0]) == ""
    # a year or a phone number in a line that goes on in lower case is still a footer's
    for footer in (
        "Copyright talkREAL UG (haftungsbeschränkt) 2025",
        "Hotline tòa soạn 0243 823 4567",
        "Email or call +1 650 354 4040",
    ):
        assert lexicon_category(line_features([footer])[0]) == "footer", footer


def test_a_footer_word_item_of_a_list_of_the_body_is_kept() -> None:
    # a WCXB dev page (a guide to indexing journals), its list of metadata fields reduced:
    # "Copyright license" is an item between items, where a footer prints it among the links
    # the lexicon knows ("About us", "Privacy Policy"); dropped, it also made the long item
    # under it read as a link against chrome
    items = [
        "Journal publisher",
        "Journal title",
        "Article title",
        "Author names",
        "Keywords",
        "Copyright license",
        "Persistent Identifiers or PIDs (e.g., Digital Object Identifier, ORCID iD, ROR ID)",
    ]
    body = [
        [
            "In addition to publication standards like those outlined above, many scholarly "
            "search engines, aggregators, and indexes require or encourage journals to meet "
            "specific technical criteria for content ingestion."
        ],
        [
            "Cascading metadata: As noted above, some scholarly aggregators automatically "
            "ingest content from other trusted academic databases such as the Crossref content "
            "registration service and DOAJ index."
        ],
        [
            "At a minimum, journals should aim to produce front-matter JATS XML article-level "
            "metadata files that include:"
        ],
        items,
        [
            "Once journals have the above core metadata fields, they can work to continue "
            "enriching their metadata outputs. We cover five elements of “richer” metadata to "
            "prioritize in this blog post."
        ],
        [
            "Some databases also require full-text XML article files like PMC, which has "
            "specific JATS XML formatting guidelines."
        ],
    ]
    kept = strip_lines(_dump([*_MENU, *body, *_FOOTER])).lines
    assert all(item in kept for item in items), kept
    # the same words among the footer's links stay a footer line
    footer = [["About us", "Copyright notice", "Privacy Policy", "Contact us"]]
    c = strip_lines(_dump([*_MENU, *body, *footer]))
    assert "Copyright notice" not in c.lines
    assert ("footer", "Copyright notice") in {(r.reason, r.line) for r in c.removed}


def test_a_long_copyright_line_is_the_footer_at_any_length() -> None:
    # the copyright lines of two dev pages, of 29 and 28 words: the owner's notices after "All
    # rights reserved." took them past the footer lexicon's 20 words, and the reason shown was
    # a teaser's
    body = [
        [
            "In addition to publication standards like those outlined above, many scholarly "
            "search engines, aggregators, and indexes require or encourage journals to meet "
            "specific technical criteria for content ingestion."
        ],
        [
            "Some databases also require full-text XML article files like PMC, which has "
            "specific JATS XML formatting guidelines."
        ],
        [
            "Once journals have the above core metadata fields, they can work to continue "
            "enriching their metadata outputs. We cover five elements of “richer” metadata to "
            "prioritize in this blog post."
        ],
    ]
    for line in (
        "© 2019 Beachbody, LLC. All rights reserved. Beachbody, LLC is the owner of the "
        "Beachbody and Team Beachbody trademarks, and all related designs, trademarks, "
        "copyrights, and other intellectual property.",
        "Copyright © 2006-2023 The Wood Whisperer Inc. The Wood Whisperer, The Wood Whisperer "
        "Guild, TWW, and TWW Guild are trademarks of The Wood Whisperer Inc. All rights "
        "reserved.",
    ):
        removed = strip_lines(_dump([*_MENU, *body, *_FOOTER, [line]])).removed
        assert ("footer", line) in {(r.reason, r.line) for r in removed}, line
    # the lexicon's forms of the rights in other languages (AEB dev copyright lines), the
    # sign written in ASCII and as a circled letter
    for footer in (
        "Copyright © 2019 Business Insider Deutschland / finanzen.net GmbH Alle Rechte "
        "vorbehalten.",
        "Copyright © 2010 AUTORACING. Todos os direitos reservados.",
        "(c) 2024 Báo Quốc tế. Bảo lưu mọi quyền.",
        "Ⓒ 2026 Humanscale. All Rights Reserved.",
    ):
        assert copyright_line(line_features([footer])[0]), footer
    # a sentence of the body on copyright is none, nor a line past the bound
    for body_line in (
        "Copyright law protects the expression of an idea, and all rights reserved by the "
        "author last for 70 years after his death.",
        "© 2019 Beachbody, LLC. All rights reserved. " + "Beachbody trademarks. " * 20,
    ):
        assert not copyright_line(line_features([body_line])[0]), body_line


def test_the_copyright_sign_written_in_ascii_opens_a_footer_line() -> None:
    # the copyright line of a Vietnamese outlet's page converted from a legacy encoding, which
    # has no "©": the reason shown is the footer's, not a teaser's
    for footer in (
        "(c) 2024 Báo Quốc tế. Bảo lưu mọi quyền.",
        "(C) 2010-2024 Báo Quốc tế",
        "(c) Copyright Báo Quốc tế",
    ):
        assert lexicon_category(line_features([footer])[0]) == "footer", footer
    # an item of a list lettered (a), (b), (c) stays the body's
    for body in ("(c) the right to object to processing;", "(c) 20 percent of the shares."):
        assert lexicon_category(line_features([body])[0]) == "", body


def test_a_footer_word_opening_a_list_item_of_the_body_keeps_it() -> None:
    # WCXB dev page 0051 (a guide to event trends): its list of labelled items, one of them
    # opened by "Email", which the footer lexicon knows as a word of its own
    lines = [
        "How planners can leverage event marketing trends into dynamic lead-generation engines "
        "that deliver measurable ROI:",
        *EVENT_TREND_ITEMS,
    ]
    assert strip_lines(lines, from_html=True).lines == lines
    # a body line that goes on in lower case, a list item of a price
    for body in ("- Email and SMS campaigns", "– Email Marketing: $500-$5,000/month"):
        assert lexicon_category(line_features([body])[0]) == ""
    # the footer lines the same word opens stay footer lines (WCXB dev footers and forms)
    for footer in (
        "Email: toasoan@vnexpress.net",
        "Hotline: 1900 1234",
        "Copyright © 2025 Whova All Rights reserved.",
        "Copyright Embarque Inc. All rights reserved. Terms and Conditions apply.",
        "Email Address (Required)",
        "Email Us",
    ):
        assert lexicon_category(line_features([footer])[0]) == "footer", footer


def test_media_tags_written_with_their_accents(seed_texts: dict[str, str]) -> None:
    """Vietnamese sites print the photo and live tags with their accents ("[Ảnh] ...",
    "[Trực tiếp] ..."): the seed's "[Video]" list tagged so is the same media list."""
    text = seed_texts["001_b8eb4341bad6e06b.txt"]
    for tag in ("[Ảnh] ", "[Trực tiếp] ", "(ẢNH) "):
        lines = [
            tag + ln[len("[Video] ") :] if ln.startswith("[Video] ") else ln
            for ln in text.split("\n")
        ]
        r = strip_lines(lines)
        tagged = [x for x in r.removed if x.line.startswith(tag)]
        assert len(tagged) >= 5, tag
        assert {x.reason for x in tagged} == {"media_list"}, tag
