"""Cookie-consent panels printed with the page (a table of cookies: name, lifetime, purpose) in
whole-page text dumps: pages written to the pattern of real blog pages, from their lines."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.consent import consent_panels
from cleanscrape.chrome.features import lexicon_categories, line_features

_HEAD = [
    "Courses",
    "Software Engineering",
    "Data Science",
    "Blog",
    "An Introduction to Professional Software Development",
    "",
]
_ARTICLE = [
    "When I speak to people who don’t program for a living, they often think of a software "
    "engineer as some kind of lone wolf, slinging byte-code in a windowless basement. So, what "
    "exactly is a software engineer, and what skills will have the biggest impact on your "
    "success?",
    "You’ll usually turn up to your office and catch up on some emails and slack messages "
    "before kicking off the day with “stand up.” In a standup, the team gets together and "
    "shares what they did yesterday, what they’re working on today and any blockers.",
    "After standup, it’s probably time to write some code. In some teams, you might do some of "
    "that solo, but you’ll probably spend at least some time pair programming.",
    "Don’t worry – it’s not just you, and it’s not because you’re not intelligent or "
    "inexperienced or don’t “have the talent.” It’s the dark side of coding. Sometimes stuff "
    "just doesn’t work.",
    "The good news is that if you take your time, methodically debug what’s happening, and, if "
    "necessary, are a little flexible about your implementation you’ll figure it out "
    "eventually!",
    "In the afternoon, you might have a couple of meetings scheduled to discuss features with a "
    "business analyst, product owner, or a business stakeholder depending how your company is "
    "structured. That sums up what a software engineer does on a day-to-day basis.",
]
_FOOTER = ["About Us", "Careers", "Contact", "Terms", "©2025 Flatiron School", ""]
_PANEL = [
    "Privacy Overview",
    "This website uses cookies to improve your experience while you navigate through the "
    "website. Out of these, the cookies that are categorized as necessary are stored on your "
    "browser as they are essential for the working of basic functionalities of the website.",
    "Necessary",
    "Necessary",
    "Always Enabled",
    "Necessary cookies are absolutely essential for the website to function properly. These "
    "cookies ensure basic functionalities and security features of the website, anonymously.",
    "Cookie Duration Description",
    "cookielawinfo-checkbox-analytics 11 months This cookie is set by GDPR Cookie Consent "
    "plugin. The cookie is used to store the user consent for the cookies in the category "
    '"Analytics".',
    "cookielawinfo-checkbox-functional 11 months The cookie is set by GDPR cookie consent to "
    'record the user consent for the cookies in the category "Functional".',
    "viewed_cookie_policy 11 months The cookie is set by the GDPR Cookie Consent plugin and is "
    "used to store whether or not user has consented to the use of cookies.",
    "_hjSessionUser_* 1 year Hotjar sets this cookie to ensure data from subsequent visits to "
    "the same site is attributed to the same user ID.",
    "YSC session Youtube sets this cookie to track the views of embedded videos on Youtube pages.",
    "Functional",
    "Functional",
    "Functional cookies help to perform certain functionalities like sharing the content of the "
    "website on social media platforms, collect feedbacks, and other third-party features.",
    "Analytics",
    "Analytics",
    "Analytical cookies are used to understand how visitors interact with the website. These "
    "cookies help provide information on metrics the number of visitors, bounce rate, traffic "
    "source, etc.",
]


def test_consent_panel_with_a_table_of_cookies_is_dropped() -> None:
    r = strip_lines([*_HEAD, *_ARTICLE, "", *_FOOTER, *_PANEL])
    assert r.lines == _ARTICLE
    reasons = {x.line: x.reason for x in r.removed}
    assert {reasons[ln] for ln in _PANEL[1:]} == {"cookie"}


def test_panel_right_under_the_article_leaves_it_whole() -> None:
    # no footer between them: the panel's prose would join the article's region
    r = strip_lines([*_HEAD, *_ARTICLE, *_PANEL])
    assert r.lines == _ARTICLE


def _panels(texts: list[str]) -> set[int]:
    feats = line_features(texts)
    for ln, cat in zip(feats, lexicon_categories(feats), strict=True):
        ln.lexicon = cat
    return {feats[k].index for k in consent_panels(feats)}


def test_lines_about_other_cookies_are_not_the_panel() -> None:
    # a story that speaks of cookies above the panel keeps its lines (no site, browser,
    # consent or tracking beside the word)
    story = [
        "Pour an egg-nog, grab the cookies, and get a towel as we go through the best fantasy, "
        "horror, and sci-fi books of 2025.",
        "The vegan chocolate chip cookies are on a whole level of their own and are "
        "kid-tested and -approved.",
        "Cookies",
    ]
    found = _panels([*story, *_PANEL])
    assert found
    assert min(found) == len(story) + 1  # from the panel's first line that speaks of cookies


def test_rows_of_a_plan_are_no_table_of_cookies() -> None:
    # names, lengths and more words, but titles of a site's plans: no identifier, no cookie
    plans = [
        "Free 6 Week Beginner Marathon Training Plan",
        "Free 6 Week Intermediate Marathon Training Plan",
        "Free 6 Week Advanced Marathon Training Plan",
        "Free 10 Week Beginner Marathon Training Plan",
        "We use cookies to improve your experience on our website.",
    ]
    assert _panels(plans) == set()


def test_panel_in_another_language() -> None:
    # the same plugin's panel in German: lifetimes in months, the purpose in German
    panel = [
        "Datenschutz-Übersicht",
        "Notwendige Cookies sind für das ordnungsgemäße Funktionieren der Website unbedingt "
        "erforderlich.",
        "Cookie Dauer Beschreibung",
        "cookielawinfo-checkbox-analytics 11 Monate Dieses Cookie wird durch die "
        "DSGVO-Cookie-Zustimmung gesetzt, um die Zustimmung des Benutzers für die Cookies in "
        "der Kategorie „Analyse“ zu speichern.",
        "cookielawinfo-checkbox-functional 11 Monate Das Cookie wird durch die "
        "DSGVO-Cookie-Zustimmung gesetzt, um die Zustimmung des Benutzers für die Cookies in "
        "der Kategorie „Funktional“ aufzuzeichnen.",
        "viewed_cookie_policy 11 Monate Das Cookie wird vom DSGVO-Cookie-Zustimmungs-Plugin "
        "gesetzt und speichert, ob der Benutzer der Verwendung von Cookies zugestimmt hat.",
    ]
    story = _ARTICLE[:2]
    assert _panels([*story, *panel]) == set(range(len(story) + 1, len(story) + len(panel)))
    # the table alone: its rows speak of cookies and consent ("Zustimmung") themselves
    table = panel[2:]
    assert _panels([*story, *table]) == set(range(len(story), len(story) + len(table)))


#: A consent panel that prints no lifetimes (a network-gear maker's page): per category a
#: heading and its sentences, each vendor's name over its cookies' names run together, the
#: buttons on one line, then the banner.
_NAMED_PANEL = [
    "Necessary Cookies",
    "These cookies are necessary for the website to function and cannot be switched off.",
    "accepted_local_switcher, tp_privacy_banner, tp_privacy_base, tp_privacy_marketing",
    "Youtube",
    "id, VISITOR_INFO1_LIVE, LOGIN_INFO, SIDCC, SAPISID, APISID, SSID, SID, YSC",
    'Targeted Advertising and "Sale" Cookies',
    'These cookies allow targeted ads or the "sale" of personal data (toggle to the left to opt '
    "out).",
    "Analytics cookies enable us to analyze your activities on our and other websites in order "
    "to improve and adapt the functionality of our website and our ad campaigns.",
    "Advertising cookies can be set through our website by our advertising partners in order to "
    "create a profile of your interests and to show you relevant advertisements on other "
    "websites.",
    "Google Analytics & Google Tag Manager",
    "_gid, _ga_<container-id>, _ga, _gat_gtag_<container-id>",
    "Google Ads & DoubleClick",
    "test_cookie, _gcl_au",
    "Meta Pixel",
    "_fbp",
    "Crazy Egg",
    "cebsp_, _ce.s, _ce.clock_data, _ce.clock_event, cebs",
    "Linkedin",
    "lidc, AnalyticsSyncHistory, UserMatchHistory, bcookie, li_sugr, ln_or",
    "Opt Out Accept All Cookies Save Settings",
    "Welcome to Our Website! If you stay on our site, we and our third-party partners use "
    "cookies, pixels, and other tracking technologies to better understand how you use our "
    "site, provide and improve our services, and personalize your experience and ads based on "
    "your interests. Learn more in your privacy choices.",
]


def test_panel_with_lists_of_cookie_names_and_no_lifetimes_is_dropped() -> None:
    # no table (no lifetimes), and the banner opens with no phrase of the cookie lexicon: the
    # lines of cookies' names between the lines that speak of cookies make the panel
    assert _panels(_NAMED_PANEL) == set(range(len(_NAMED_PANEL)))
    r = strip_lines([*_HEAD, *_ARTICLE, "", *_FOOTER, *_NAMED_PANEL])
    assert r.lines == _ARTICLE


def test_two_lists_of_names_make_no_panel() -> None:
    # the panel's first category alone (two lines of cookies' names), with its buttons and
    # banner: no panel found by the lists
    few = [*_NAMED_PANEL[:9], *_NAMED_PANEL[-2:]]
    assert _panels(few) == set()


#: An article about tracking (an e-commerce analytics guide), which speaks of cookies, the
#: website, browsers and users in its sentences and names its tools a line each.
_TRACKING_ARTICLE = [
    "Ecommerce analytics is a powerful tool that bridges the gap between marketing efforts and "
    "their impact on sales and revenue. It involves the detailed tracking and analysis of data "
    "generated from online marketing campaigns, website traffic, customer engagement, and sales "
    "conversions.",
    "Behavioral tracking: Utilize cookies and session data to track user actions across your "
    "website. This includes page views, time spent on the website, and interactions with "
    "product listings and content, enabling a nuanced understanding of customer interests and "
    "preferences.",
    "Google Analytics",
    "Cohort analysis takes this further by tracking the behavior of specific customer groups "
    "over time, providing insights into long-term trends and customer lifecycle value.",
    "Ecommerce brands must monitor customer acquisition to directly link marketing efforts to "
    "sales performance. This tracking reveals which strategies effectively convert browsers "
    "into buyers and recover abandoned carts, optimizing revenue generation.",
    "Additional compliance involves HIPAA for healthcare apps in the U.S. and PECR in the UK "
    "for apps that use cookies or send marketing communications.",
    "Conversion tracking: Monitor how personalized interactions across different channels "
    "contribute to final conversion events. This enables a clear understanding of which "
    "personalization tactics are most effective at driving sales.",
]


def test_article_about_cookies_keeps_its_paragraphs() -> None:
    assert _panels(_TRACKING_ARTICLE) == set()
    r = strip_lines([*_HEAD, "Ecommerce Analytics: A Guide", *_TRACKING_ARTICLE, "", *_FOOTER])
    assert [ln for ln in _TRACKING_ARTICLE if ln not in r.lines] == []
