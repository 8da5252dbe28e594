"""Whole-page text dumps of the classes that cost on unseen news sites, written to their pattern
from real text: the article paragraphs are those of benchmark pages of the dev halves (a Korean
column, a Japanese patent office's blog post, whose ``<h1>`` heads the dump here, an English
story on fitness trends) and of the Vietnamese seeds, wrapped in the chrome lines such pages
print around them (a site's menu, a video player's controls, cards of other stories, a related
box inside the body, HTML tags printed as text, a cookie banner). Every paragraph stays; every
chrome line goes, with a reason."""

from __future__ import annotations

import pytest

from cleanscrape import clean_text

_KO = (
    "엘제이의 리벤지인가, 류화영의 코스프레인가",
    (
        "[엔터미디어=정덕현의 이슈공감] 엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. "
        "시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다. 그건 이 사안을 두고 벌어진 "
        "엘제이와 류화영의 진실공방이 어떤 결론을 내더라도 잘못된 일이다. 타인의 동의를 "
        "구하지 않고 일방적으로 두 사람의 관계를 담은 사진을 SNS에 공개한다는 건 분명한 "
        "사생활 침해이고, 나아가 ‘리벤지’의 성격을 가진 SNS 폭로로 여겨지기 때문이다."
    ),
    (
        "그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 "
        "이어졌다. 하지만 엘제이는 자신의 부적절한 행동들에 대해 무감한 태도를 보였다. 그는 "
        "“너네들이 우습게 봐도 내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐”고 말하기도 "
        "했다. 또 “제 여자친구랑 여행 간 게 잘못인가요”라거나 “이하늘 형님 보고 용기를 "
        "얻습니다. 전 형님보다 한 살 어립니다” 같은 글을 남기기도 했다."
    ),
    (
        "‘사랑하는 사람의 추억을 간직’하는 일이 어째서 두 사람만의 사적인 관계를 찍은 "
        "사진들을 공개하는 일이 될까. 이런 일들은 사실 연예인처럼 특수한 위치에 있는 "
        "이들만이 아니라, 우리 같은 보통 사람들에게도 일종의 데이트 폭력으로 다가올 수 있는 "
        "일이다. 물론 사진 속 다정했던 모습처럼 서로 좋은 관계였을 때는 이런 사적인 사진들이 "
        "하나의 추억이 될 수 있을 게다. 하지만 관계가 틀어지고 나서 공적으로 폭로되는 사진의 "
        "의미는 완전히 다를 수밖에 없다."
    ),
    (
        "그런데 이런 대중들의 반응 때문이었을까. 류화영은 한 매체에 자신의 입장을 "
        "털어놓으며, 엘제이와의 관계를 전면 부정했다. 약 1년 전부터 ‘친한 여동생’ 정도의 "
        "관계로 엘제이를 알고 지냈으며, 최근 두 달 전 쯤 보다 신중히 서로의 관계에 대해 "
        "생각해보는 시간을 가졌으나, 금세 그의 폭력성과 집착이 드러나 일주일만에 지인으로 "
        "남기로 했다는 것이었다. 이 입장을 토로하는 과정에서 류화영은 엘제이의 폭력성향과 "
        "협박을 폭로했다. 그는 이 문제를 ‘데이트 폭력’이라고 분명히 했고 강력한 법적 대응을 "
        "논의 중이라고도 했다."
    ),
    (
        "하지만 이러한 류화영의 폭로에 대해 엘제이 역시 반박하고 나섰다. 그것이 전부 "
        "거짓말이라며 그 증거들을 제시했다. 그것은 또 다른 폭로일 수 있지만, 진실을 밝히기 "
        "위한 유일한 방책처럼 보이기도 했다. 실제로 그가 내놓은 증거들은 두 사람의 관계가 "
        "그저 ‘잠깐 알고 지냈던 사이’ 정도로 보이지는 않았다. ‘가택침입’이나 ‘데이트 폭력’ "
        "같은 자극적인 표현들이 있었지만, 엘제이는 서로 집 비밀번호까지 알고 있었고, 그 "
        "집에서 청소 빨래까지 다 해줬다는 메신저 내용을 공개하기도 했다."
    ),
)
_KO2 = (
    "‘그녀말’ 남상미 연기가 ‘숨바꼭질’ 이유리보다 돋보인 이유",
    (
        "[엔터미디어=소설가 박생강의 옆구리tv] 주말 밤 9시 MBC와 SBS는 막장극의 대결로 붙는 "
        "경우가 흔하다. 현재 MBC는 이유리 주연의 <숨바꼭질>로 승부를 보고 있으며 SBS는 "
        "<그녀로 말할 것 같으면>이 종영을 앞두고 있다."
    ),
    (
        "다만 MBC <숨바꼭질>은 방영을 시작한 지 얼마 되지 않았지만 벌써 지쳐가는 인상이다. "
        "여주인공 이유리의 연기는 그녀의 막장 히트작 <왔다, 장보리>의 연민정처럼 강강강강 "
        "감정펀치다. 물론 그때그때 감정의 스파크를 일으키는 이유리의 연기는 여전히 시선을 "
        "끈다. 다만 이유리는 작가의 글 솜씨를 많이 타는 배우다. 캐릭터를 배우의 뜻대로 "
        "재해석하기보다 캐릭터를 가장 극적인 감정으로 표현하는 데 능한 배우이기 때문이다."
    ),
    (
        "<왔다, 장보리>는 코믹한 장면에 감이 좋은 김순옥 작가의 능력 탓에 연민정의 강강강이 "
        "다른 장면으로 많이 희석되었다. 하지만 <숨바꼭질>은 오로지 연민정 연기로 인기를 "
        "끌었던 이유리만 믿고 온갖 강강강강을 다 갈아 넣는 느낌이다."
    ),
)
_JA = (
    (
        "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕された"
        "というニュースを耳にしました。"
    ),
    "報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。",
    (
        "「脱獄」とは、iPhoneのiOSを改造して機能制限を解除することで、脱獄すれば、App "
        "Storeにない非公式アプリを利用することもできるようになるとのことです。"
    ),
    "もちろん、Apple社は「脱獄」を認めていません。",
    "不正に改造したiPhoneでも、もともとは、アップル社から購入したものです。",
    "ではなぜ、不正に改造したiPhoneを販売すると、商標権侵害になるのでしょうか。",
    (
        "商標には、同じ商標が付された商品は同じ提供元のものであるという、商品の出所を表示する"
        "機能（出所表示機能）、同じ商標が付された商品は同じ品質であることを保証する機能（品質"
        "保証機能）があります。"
    ),
    (
        "例えば、消費者は、スマートフォンに表示されたりんごのマークをみて、それがアップル社の"
        "商品であると理解しますし、りんごのマークが付されたスマートフォンを見れば、消費者は、"
        "あの品質の商品だな、と考えます。"
    ),
    (
        "今回の事件のように、りんごのマークやiPhoneの表示がついたままで、権利者の許諾を得ずに"
        "、不正に改造したiPhoneを販売することは、商標の品質保証機能を害することになりますので"
        "、商標権侵害であると判断されたものと思われます。"
    ),
)
_VI = (
    "Đẩy mạnh hợp tác các tỉnh biên giới Việt Nam - Lào",
    (
        "Hội thảo được chia thành 3 phiên làm việc gồm: đánh giá quan hệ hữu nghị đặc biệt "
        "và hợp tác toàn diện Việt Nam - Lào; đánh giá hợp tác Việt Nam - Lào trong đào tạo "
        "cán bộ, nghiên cứu lý luận và khoa học xã hội; định hướng và giải pháp phát triển "
        "quan hệ hữu nghị đặc biệt, hợp tác toàn diện Việt Nam - Lào trong giai đoạn mới."
    ),
    (
        "Trong phiên đầu tiên, các đại biểu đã điểm lại những thành tựu nổi bật, những điểm "
        "nhấn lịch sử trong 55 năm kể từ ngày hai nước thiết lập quan hệ ngoại giao; những "
        "tình cảm hữu nghị, đoàn kết đặc biệt và sự hợp tác toàn diện gắn bó từ lâu đời giữa "
        "hai dân tộc."
    ),
    (
        "Việt Nam - Lào có mối quan hệ hữu nghị, đoàn kết đặc biệt và sự hợp tác toàn diện "
        "gắn bó từ lâu đời. Trong thời kỳ chiến tranh chống lại kẻ thù xâm lược, cũng như "
        "trong quá trình bảo vệ, xây dựng đất nước, hai nước luôn kề vai sát cánh bên nhau. "
        "Từ ngày thiết lập quan hệ ngoại giao đến nay, trải qua 55 năm, mối quan hệ giữa hai "
        "nước ngày càng được củng cố và phát triển cả về chiều rộng lẫn chiều sâu. Cùng với "
        "quan hệ chính trị tốt đẹp sẵn có, quan hệ hợp tác kinh tế Việt Nam - Lào ngày càng "
        "khởi sắc."
    ),
)
_VI2 = (
    "Việt Nam-Lào: Song hành chặt chẽ, phát triển mạnh mẽ",
    (
        "Sự hiện diện của của Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Bùi Thanh Sơn "
        "tại thủ đô Vientiane từ ngày 16-18/12 tiếp tục khẳng định chính sách nhất quán coi "
        "trọng quan hệ đặc biệt với Lào, thể hiện quyết tâm tăng cường tin cậy chính trị, "
        "đưa quan hệ song phương tiếp tục phát triển mạnh mẽ, hợp tác thực chất, hiệu quả."
    ),
)
_VI3 = (
    "Đưa quan hệ Việt Nam-Lào ngày càng đi vào chiều sâu, hiệu quả và thiết thực",
    (
        "Nhận lời mời của Tổng Bí thư Ban Chấp hành Trung ương Ðảng Cộng sản Việt Nam, Chủ "
        "tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Tô Lâm và Phu nhân, Tổng Bí thư Ban "
        "Chấp hành Trung ương Ðảng Nhân dân Cách mạng Lào, Chủ tịch nước Cộng hòa Dân chủ "
        "Nhân dân Lào Thongloun Sisoulith và Phu nhân thăm cấp Nhà nước đến Việt Nam từ ngày "
        "10 đến 13/9/2024."
    ),
)
_EN = (
    (
        "With January around the corner, you may already be focused on figuring out your "
        "health goals for next year. Maybe a FitBit is on your Christmas list, or you've made "
        "a resolution to sign up for monthly group workout classes with a friend."
    ),
    (
        "But before you decide exactly what 2025 fitness trends you want to invest in, take a "
        "peek at the most popular workouts of 2024, compiled by Strava, ClassPass and more."
    ),
    (
        "From Pilates continuing to lead as the fitness It Girl to music-themed classes "
        "having a moment, the trends of 2024 give a glimpse at priorities in 2025."
    ),
    "Pilates is the most-booked workout for the second year in a row",
    (
        "As part of its annual workout trends report, ClassPass shared that Pilates was the "
        "most-booked workout on an international scale in 2024, its second year in a row in "
        "the top spot. Pilates increased its bookings on the platform by 84% since last year, "
        "so popularity around Pilates isn't slowing down anytime soon."
    ),
    (
        "Pilates, which started in the early 1900s as a method for dancers to recover from "
        "injury, has reached new popularity in the 21st century. While mat Pilates continues "
        "to be a tried-and-true format, variations like wall Pilates and reformers have added "
        "variety into the mix."
    ),
    (
        "ClassPass said in its report that Pilates' “strong social media presence” and "
        "“devoted following” are the main reasons it's the top workout of 2024. TikTok "
        "metrics support this claim, too: A representative for the platform tells TODAY.com "
        "that between 2023 and 2024, the hashtag #pilates saw a 105% increase in posts."
    ),
    (
        "Heather Andersen, founder of New York Pilates who's been teaching Pilates for 18 "
        "years, tells TODAY.com that she noticed it “came into the spotlight” after the "
        "COVID-19 pandemic hit."
    ),
    (
        "“It is a really strange experience to go through having something that was my niche "
        "thing that I was into, no one knew what it was, to all of a sudden being in a world "
        "where my niche thing that I was into is now the hot thing that everyone is into,” "
        "Andersen explains."
    ),
)
_JA_H1 = "商品の改造が商標法違反に！？"


def _check(head: list[str], body: list[str], chrome: list[str]) -> None:
    """Clean ``head`` + ``body`` (chrome lines among them) and check the verdicts: the body's
    lines stay, the chrome lines go, each with its reason in ``removed``."""
    result = clean_text("\n".join(head + body))
    kept = set(result.article().splitlines())
    removed = {r.line: r.reason for r in result.removed}
    assert [ln for ln in body if ln not in chrome and ln not in kept] == []
    assert [ln for ln in chrome if ln in kept] == []
    assert all(removed.get(ln) for ln in chrome)


#: A video player inside the body: its controls, and its position over the clip's length.
_PLAYERS = {
    "ko": ["재생", "음소거", "0:00 / 2:31", "재생 속도", "자막", "전체 화면"],
    "ja": ["再生", "ミュート", "0:00 / 2:31", "再生速度", "字幕", "全画面"],
}


@pytest.mark.parametrize("lang", sorted(_PLAYERS))
def test_video_player_controls_inside_the_body_go(lang: str) -> None:
    player = _PLAYERS[lang]
    if lang == "ko":
        head, body = ["홈", "연예", "방송"], [*_KO[:3], *player, *_KO[3:]]
    else:
        head, body = ["ホーム", "ブログ"], [_JA_H1, *_JA[:4], *player, *_JA[4:]]
    _check(head, body, player)


def test_a_player_read_out_with_hours_goes() -> None:
    player = ["1:02:15 / 1:45:00"]
    head, body = ["홈", "연예"], [*_KO[:3], *player, *_KO[3:]]
    _check(head, body, player)


def _cards(titles: tuple[str, ...], summaries: list[str], mark: str, date: str) -> list[str]:
    """Cards of other stories: title, summary cut with ``mark``, date."""
    return [x for t, s in zip(titles, summaries, strict=True) for x in (t, s + mark, date)]


@pytest.mark.parametrize("mark", ["…", " [...]"])
def test_cards_cut_without_a_spaced_ellipsis_go_korean(mark: str) -> None:
    cards = _cards(
        (_KO2[0], "남상미 연기가 돋보인 이유"), [_KO2[1][:90], _KO2[2][:80]], mark, "2018.08.12"
    )
    _check(["홈", "연예"], [*_KO, *cards], cards)


@pytest.mark.parametrize("mark", ["…", " [...]"])
def test_cards_cut_without_a_spaced_ellipsis_go_vietnamese(mark: str) -> None:
    cards = _cards((_VI2[0], _VI3[0]), [_VI2[1][:160], _VI3[1][:150]], mark, "10/09/2024")
    _check(["Trang chủ", "Thời sự"], [*_VI, *cards], cards)


def test_related_box_inside_the_body_cuts_nothing_japanese() -> None:
    box = ["関連記事", "商標権侵害とは", "「脱獄」iPhoneの販売について"]
    _check(["ホーム", "ブログ"], [_JA_H1, *_JA[:5], *box, *_JA[5:]], box)


def test_related_box_inside_the_body_cuts_nothing_korean() -> None:
    box = ["관련기사", _KO2[0], "남상미 연기가 돋보인 이유"]
    _check(["홈", "연예"], [*_KO[:4], *box, *_KO[4:]], box)


def test_korean_share_comment_and_copyright_lines_go() -> None:
    head = ["홈", "연예", "공유하기", "페이스북", "트위터"]
    tail = ["댓글", "로그인", "광고", "무단전재 및 재배포 금지"]
    _check(head, [*_KO, *tail], ["공유하기", "페이스북", "트위터", *tail])


def test_a_long_quotation_elided_in_brackets_stays() -> None:
    # a paragraph of the body that elides the rest of what it quotes: longer than an excerpt
    body = [*_VI[:3], _VI[3] + " [...]"]
    _check(["Trang chủ", "Thời sự"], body, [])


#: HTML source printed as text, a tag alone on its line: an image above the body and inside
#: it, a line break, an embedded frame and its script, a wrapper's opening tag.
_TAGS = [
    '<img src="https://example.jp/wp-content/uploads/2018/06/iphone.jpg" alt="iPhone" '
    'width="640" height="427">',
    "<br>",
    '<iframe src="https://www.youtube.com/embed/xyz" width="560" height="315" '
    'frameborder="0" allowfullscreen></iframe>',
    '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
    '<div class="wp-caption aligncenter">',
    '<a href="https://example.jp/blog/"><img src="/img/banner.png" alt=""></a>',
]


def test_raw_tag_lines_go_japanese() -> None:
    body = [_TAGS[0], _JA_H1, *_JA[:3], *_TAGS[1:4], *_JA[3:6], *_TAGS[4:], *_JA[6:]]
    _check(["ホーム", "ブログ"], body, _TAGS)
    reasons = {r.line: r.reason for r in clean_text("\n".join(body)).removed}
    assert {reasons[t] for t in _TAGS} == {"markup"}


def test_raw_tag_lines_go_korean() -> None:
    # (the Korean paragraphs name shows in angle brackets, "<숨바꼭질>": no HTML element)
    body = [*_KO2, _TAGS[0], *_KO[1:3], _TAGS[2], *_KO[3:]]
    _check(["홈", "연예"], body, [_TAGS[0], _TAGS[2]])


def test_raw_tag_lines_do_not_make_a_page_kept_whole() -> None:
    # a gallery's tags, each over a share link, weigh ten times the story's words: counted,
    # the story was under a twentieth of the page and the page was kept whole, tags and all
    imgs = [_TAGS[0].replace("iphone", f"photo{k:02d}") for k in range(12)]
    gallery = [x for im in imgs for x in (im, "LINEで送る")][:-1]
    result = clean_text("\n".join(["ホーム", "ブログ", _JA_H1, _JA[1], *gallery]))
    assert "low_prose" not in result.flags
    kept = result.article().splitlines()
    assert _JA[1] in kept
    assert not set(imgs) & set(kept)
    assert {r.reason for r in result.removed if r.line in imgs} == {"markup"}


def test_a_page_kept_whole_keeps_no_raw_tag_line() -> None:
    # a page the strip stage cannot read (no prose) is kept whole and flagged, but its tags
    # are no text of it
    page = ["ホーム", "ブログ", _TAGS[0], "事務所概要", _TAGS[1]]
    result = clean_text("\n".join(page))
    assert "low_prose" in result.flags
    assert result.article().splitlines() == ["ホーム", "ブログ", "事務所概要"]
    assert {r.reason for r in result.removed} == {"markup"}


@pytest.mark.parametrize("count", [4, 6])
@pytest.mark.parametrize("lang", ["ja", "ko"])
def test_a_gallery_printed_as_img_lines_between_paragraphs_goes(lang: str, count: int) -> None:
    # four tags or more alone between two paragraphs were a listing of HTML and were kept; one
    # to three were dropped. Each shows a picture: a gallery, not a listing.
    imgs = [_TAGS[0].replace("iphone", f"photo{k:02d}") for k in range(count)]
    if lang == "ko":
        head, body = ["홈", "연예"], [*_KO[:3], *imgs, *_KO[3:]]
    else:
        head, body = ["ホーム", "ブログ"], [_JA_H1, *_JA[:2], *imgs, *_JA[2:]]
    _check(head, body, imgs)
    reasons = {r.line: r.reason for r in clean_text("\n".join(head + body)).removed}
    assert {reasons[t] for t in imgs} == {"markup"}


#: A tutorial's paragraphs (WCXB dev 0390) and four lines of a listing of the component it
#: shows, as its inscriptis dump prints them: tags that open elements, no picture among them.
_TUTORIAL = (
    (
        "For a fair, apples-to-apples comparison, I ran all five CLIs against the same React "
        "codebase, scaffolded with Vite . Tailwind CSS was already set up. I duplicated this "
        "boilerplate five times and used each copy as the starting point for one CLI."
    ),
    (
        "Each tool was asked to build the same Todo app using React and TypeScript. That way, "
        "every CLI was evaluated on the same playing field."
    ),
    (
        "A look through the codebase shows that Qwen CLI includes Enter key submission, which "
        "is good for user experience."
    ),
    (
        "It also included a checkbox for toggling completion. Qwen CLI also added a helpful "
        "empty state message for better user feedback."
    ),
)
_LISTING = [
    '<div className="min-h-screen bg-gray-50 py-8">',
    '<div className="max-w-2xl mx-auto px-4">',
    '<div className="bg-white rounded-lg shadow-lg p-6">',
    '<h1 className="text-3xl font-bold text-gray-800 mb-6 text-center">',
]


def test_a_listing_of_html_tags_without_a_picture_stays() -> None:
    body = [*_TUTORIAL[:2], *_LISTING, *_TUTORIAL[2:]]
    _check(["Home", "Blog"], body, [])


def test_lone_tags_are_whole_lines_of_html_elements() -> None:
    from cleanscrape.chrome.regions import lone_tags

    assert all(map(lone_tags, _TAGS))
    # a line of a listing (WCXB dev 4414's diagram) that holds a tag among its words, and a
    # title in angle brackets
    assert not lone_tags('B --> B1["25% of RAM<br/>Caches frequently accessed data"]')
    assert not lone_tags("<숨바꼭질>")


#: A cookie banner after the body, in a script without spaces (Japanese) and in Korean, whose
#: words carry their particles: one sentence and the buttons.
_BANNERS = {
    "ja": [
        "当サイトではCookieを使用しています。サイトの利用を続けることで、Cookieの使用に"
        "同意したものとみなされます。詳しくはプライバシーポリシーをご覧ください。「同意する」",
        "同意する",
        "同意しない",
        "設定",
    ],
    "ko": [
        "이 웹사이트는 더 나은 서비스를 제공하기 위해 쿠키를 사용합니다. 계속 이용하시면 "
        "쿠키 사용에 동의하는 것으로 간주합니다.",
        "동의",
        "거부",
        "쿠키 설정",
    ],
}


@pytest.mark.parametrize("lang", sorted(_BANNERS))
def test_a_cookie_banner_in_a_script_without_spaces_goes(lang: str) -> None:
    banner = _BANNERS[lang]
    if lang == "ko":
        head, body = ["홈", "연예"], [*_KO, *banner]
    else:
        head, body = ["ホーム", "ブログ"], [_JA_H1, *_JA, *banner]
    _check(head, body, banner)
    reasons = {r.line: r.reason for r in clean_text("\n".join(head + body)).removed}
    assert {reasons[b] for b in banner} == {"cookie"}


@pytest.mark.parametrize(
    "menu", [["ホーム", "事務所概要", "ブログ"], ["ホーム", "ブログ", "LINEで送る"]]
)
def test_a_headline_ending_with_an_exclamation_under_a_menu_is_the_headline(
    menu: list[str],
) -> None:
    result = clean_text("\n".join([*menu, _JA_H1, *_JA]))
    assert result.title == _JA_H1
    assert result.article().splitlines()[1:] == list(_JA)
    assert {r.line for r in result.removed} >= set(menu)


#: The opening of WCXB dev 0034 (today.com), under its headline: three paragraphs, then a
#: subheading of twelve words and the paragraphs of its section (:data:`_EN`'s first six).
_EN_HEADED = (
    "The No. 1 most popular workout of 2024 — and 5 fitness trends to expect in 2025",
    *_EN[:6],
)


def test_a_subheading_under_a_video_player_inside_the_body_stays() -> None:
    # the player's controls are chrome lines against the subheading, which stood for a
    # headline linked beside chrome
    player = ["Play", "Mute", "Current Time 0:00", "Duration 2:31", "0:00 / 2:31", "Fullscreen"]
    _check(["Health", "Fitness"], [*_EN_HEADED[:4], *player, *_EN_HEADED[4:]], player)


#: The caption under WCXB dev 0034's subheading, its credit at its end, as the page prints it
#: between the subheading and the paragraph the subheading opens.
_CAPTION = (
    "Pilates snags the No. 1 spot as the most-booked workout globally on ClassPass in 2024. "
    "Mikolette / Getty Images"
)


@pytest.mark.parametrize(
    "above, below",
    [([], [_CAPTION]), (["Advertisement"], []), (["Advertisement"], [_CAPTION])],
    ids=["caption under it", "advertisement over it", "both"],
)
def test_a_subheading_beside_a_caption_or_an_advertisement_stays(
    above: list[str], below: list[str]
) -> None:
    # a subheading of twelve words (_EN[3]) beside one chrome line read as a link; a paragraph
    # stands on either side of it, and the one under it speaks of what it names
    body = [*_EN_HEADED[:3], *above, _EN_HEADED[4], *below, *_EN_HEADED[5:]]
    _check(["Health", "Fitness"], body, above + below)


def test_another_storys_headline_beside_an_advertisement_goes() -> None:
    # a headline of twelve words (another story of WCXB dev 0350's site) between two
    # paragraphs, under an "Advertisement" line: the paragraph under it speaks of other things
    link = "Top 5 Reasons Why Suburban Communities Are Upgrading to Smart Gas Meters"
    body = [*_EN_HEADED[:4], "Advertisement", link, *_EN_HEADED[4:]]
    result = clean_text("\n".join(["Health", "Fitness", *body]))
    assert {r.line: r.reason for r in result.removed}.get(link) == "inline_link"
    assert link not in result.article().splitlines()


#: A paywall's offer inside the body: a box of its benefits, one a line, and its buttons.
_PAYWALLS = {
    "en": [
        "Subscribe to keep reading",
        "Unlimited digital access",
        "Exclusive newsletters for subscribers",
        "Cancel anytime",
        "Subscribe now",
        "Already a subscriber? Sign in",
    ],
    "ko": ["무제한 이용 월 9,900원", "광고 없는 기사", "언제든지 해지 가능", "구독하기"],
    "vi": ["Truy cập không giới hạn", "Không quảng cáo", "Hủy bất cứ lúc nào", "Đăng ký ngay"],
    # written without spaces: the offer's phrase opens a clause that goes on after it
    "ja": [
        "この記事は有料記事です。",
        "続きを読むには、有料会員登録が必要です。",
        "有料会員になると全ての記事が読み放題",
        "初月無料",
        "いつでも解約できます",
        "有料会員登録",
        "ログイン",
    ],
}


@pytest.mark.parametrize("lang", sorted(_PAYWALLS))
@pytest.mark.parametrize("where", ["after the lede", "in the middle", "before the last paragraph"])
def test_a_paywall_box_inside_the_body_goes_and_the_body_on_both_sides_stays(
    lang: str, where: str
) -> None:
    box = _PAYWALLS[lang]
    if lang == "en":
        head, paras = ["Home", "Health", "Fitness", "The most popular workouts of 2024"], _EN
    elif lang == "ko":
        head, paras = ["홈", "연예"], _KO
    elif lang == "ja":
        head, paras = ["ホーム", "ブログ", _JA_H1], _JA
    else:
        head, paras = ["Trang chủ", "Thời sự"], _VI
    at = {"after the lede": 2, "in the middle": len(paras) // 2}.get(where, len(paras) - 1)
    _check(head, [*paras[:at], *box, *paras[at:]], box)


def test_a_paywall_offer_in_chinese_is_a_subscribe_line() -> None:
    # (no article of the dev halves is written in Chinese: the offer's lines alone, as a
    # paywall prints them, simplified and traditional)
    from cleanscrape.chrome.features import lexicon_categories, line_features, paywall_offer

    offer = ["本文为付费内容，订阅后可阅读全文。", "登录后阅读全文", "隨時取消", "已是订户？登录"]
    lines = line_features(offer)
    assert lexicon_categories(lines) == ["subscribe"] * len(offer)
    assert all(map(paywall_offer, lines))


#: The close of a music school's guide (WCXB dev 0091, its dump's lines) and the cards of other
#: guides under it, each a headline, a summary and "Read More..." on its own line.
_GUIDE_END = [
    (
        "Choosing the Right Instrument: Personal interest, physical capability, and "
        "musical goals are essential factors in selecting an instrument that you’ll enjoy "
        "and excel at."
    ),
    (
        "Setting Realistic Goals: Establishing short-term and long-term goals helps "
        "maintain motivation and track progress effectively."
    ),
    (
        "Finding the Right Teacher: A passionate, accessible, and highly trained teacher "
        "is crucial for a positive learning experience."
    ),
    (
        "Creating a Practice Routine: Consistent and structured practice is key to "
        "developing and refining your musical skills."
    ),
    (
        "Overcoming Challenges: Recognizing and addressing common obstacles, staying "
        "motivated, and having a supportive environment are vital for success."
    ),
    (
        "Family Support: Parents and family play a significant role in encouraging "
        "practice, celebrating progress, and creating a positive learning atmosphere."
    ),
    (
        "Craft Music’s Approach: Our personalized lessons, expert teachers, and "
        "supportive community provide an optimal environment for beginners to thrive."
    ),
    "Encouragement to Start Music Lessons Regardless of Age",
    (
        "Music has the power to transform lives, and it’s never too late to start. "
        "Whether you’re a child, a teenager, an adult, or a senior, beginning music "
        "lessons can bring joy, fulfillment, and personal growth. At Craft Music, we are "
        "here to be your partner in this exciting journey, providing the guidance and "
        "support you need to succeed."
    ),
    "Contact Craft Music",
    (
        "Take the first step towards unlocking your musical potential. Contact Craft "
        "Music today to learn more about our lessons, meet our passionate teachers, and "
        "schedule your first session. We look forward to being a catalyst for your "
        "musical and personal growth!"
    ),
]
_GUIDE_CARDS = [
    "More Articles",
    "10 Beginner Piano Songs That Will Bring Joy to Your Practice Sessions in 2025",
    (
        "Start your musical journey on the right note with these easy-to-learn piano "
        "songs perfect for new pianists. From timeless classics to upbeat melodies, these "
        "beginner piano songs will provide hours of enjoyment for players of all ages."
    ),
    "Read More...",
    "25 Easy Ukulele Songs for Beginners You Can Master Quick",
    (
        "The ukulele, with its easy learning curve, portability, and versatility, has "
        "become one of the most popular instruments for musicians of all skill levels. "
        "Whether you’re sitting by the beach or enjoying a casual jam with friends, this "
        "instrument offers endless opportunities for fun and creativity. If you're just "
        "starting your ukulele journey, don’t worry—there are plenty of easy ukulele "
        "songs for beginners that only require mastering a few basic chords. With a "
        "little practice, you'll be strumming your favorite tunes in no time. Here’s a "
        "list of 25 easy ukulele songs you can learn and master quickly. These songs are "
        "great for beginners and focus on a few basic chords and easy-to-follow strumming "
        "patterns."
    ),
    "Read More...",
    "A Guide To Succeeding In Your Online Music Lessons For Beginners in 2023",
    (
        "Music lessons on the Internet are marked with ease of access and affordability, "
        "but for a very long time, many people have argued about the authenticity of "
        "lessons taken online."
    ),
    "Read More...",
    (
        "We have expert teachers who teach in all styles of music; experts in Jazz, "
        "Classical, Pop, and more."
    ),
    "Ready to learn?",
]


def test_cards_each_with_a_read_more_link_after_the_story_go() -> None:
    head = ["Home", "Articles", "A Beginner’s Guide to Starting Music Lessons at Any Age"]
    _check(head, [*_GUIDE_END, *_GUIDE_CARDS], _GUIDE_CARDS)


@pytest.mark.parametrize("more", ["Xem tiếp", "Read more", "Weiterlesen", "Lire la suite"])
@pytest.mark.parametrize("own_line", [True, False])
def test_cards_with_a_read_more_link_go_vietnamese(more: str, own_line: bool) -> None:
    cards: list[str] = []
    for title, text in ((_VI2[0], _VI2[1][:160]), (_VI3[0], _VI3[1][:150])):
        summary = text.rsplit(" ", 1)[0]  # (cut at a word's end)
        if own_line:
            cards += [title, summary, more, "10/09/2024"]
        else:
            cards += [title, f"{summary} {more}", "10/09/2024"]
    _check(["Trang chủ", "Thời sự"], [*_VI, *cards], cards)


#: Readers' comments under the story with no comments heading: the comment systems' lines
#: (names, dates, actions) and the comments, written to their pattern (they are chrome).
_COMMENTS = [
    (
        "I started reformer classes at the beginning of this year and I can confirm that the "
        "waitlists are real in my city too. Every studio near my office is booked for weeks in "
        "advance, and the prices keep going up. Great roundup, thank you!"
    ),
    (
        "Would love to see numbers on strength training as well, since that seems to be growing "
        "just as fast where I live. My gym added two more squat racks this autumn and there is "
        "still a queue for them every evening after work."
    ),
    (
        "Wall Pilates changed my routine completely. I do twenty minutes before breakfast with a "
        "free video and I have never stuck with anything this long. Thanks for sharing this, it "
        "was fun to see that so many people feel the same way."
    ),
]


def test_a_thread_whose_names_end_with_an_initial_goes() -> None:
    # name over date over comment, no "Reply" line: "Tom H." ends like a sentence
    names = ["Maria L.", "Tom H.", "Jenny"]
    dates = [
        "December 5, 2024 at 3:12 pm",
        "December 5, 2024 at 5:40 pm",
        "December 6, 2024 at 9:02 am",
    ]
    thread = [x for n, d, c in zip(names, dates, _COMMENTS, strict=True) for x in (n, d, c)]
    _check(["Home", "Health", "The most popular workouts of 2024"], [*_EN, *thread], thread)


@pytest.mark.parametrize("actions", ["Like Reply", "Reply Share"])
def test_a_thread_of_two_comments_with_their_actions_goes(actions: str) -> None:
    names, dates = ["Maria Lopez", "Tom Hale"], ["December 5, 2024", "December 6, 2024"]
    thread = [
        x for n, d, c in zip(names, dates, _COMMENTS[:2], strict=True) for x in (n, d, c, actions)
    ]
    _check(["Home", "Health", "The most popular workouts of 2024"], [*_EN, *thread], thread)
