"""A story's tables printed a row a line, their cells set apart by bars, under an outlet's chrome.

Reduced from a copy of the syndication corpus (a WCXB dev page's ranking of health insurers,
printed in a science magazine's chrome): a headline, two paragraphs, a table of text cells
("| Kaiser Permanente | Non-Profit | ~12.6M | 8 | Yes | Limited | Integrated care model ... |"),
a subheading and two paragraphs over a second table, and a third table of premiums under its
paragraph. Each row weighed as a short line against the region (and two of them, read as a
menu saved as one line and as a breadcrumb trail, as chrome), so the tables cut the story
into pieces the magazine's comment headings above had already damped: the region was its last
three paragraphs, and the rest went as a menu. Rows of one count of cells, line after line,
half of them holding a figure or a word in lower case, are a table of the body: they weigh
nothing, as a code listing does, and the region goes on through them.

A second copy (a ranking of business schools under a business magazine's chrome) ends with a
table whose rows the copy's line breaks run two to a line here and there: such a line holds
twice a row's cells, so it is a line of the same table, and the table goes on the body past
the region's end as far as its rows go.
"""

from __future__ import annotations

from cleanscrape.chrome import body_lists, features
from cleanscrape.chrome.strip import classify_lines

#: The magazine's lines above the story: its share row and its comment headings.
_HEAD = [
    "Home",
    "The Year in Mathematics",
    "Comment",
    "Save Article",
    "Read Later",
    "Share",
    "Facebook",
    "Copied!",
    "Copy link",
    "Email",
    "Pocket",
    "Reddit",
    "Ycombinator",
    "Comment",
    "Comments",
    "Save Article",
    "Read Later",
    "Read Later",
    "Previous: 2025 in Review The Year in Physics",
    "SERIES",
    "2025 in Review",
]

#: The story: its headline, paragraphs, subheadings and three tables.
_STORY = [
    "Best Health Insurance Companies 2025 - Top 25 Ranked by Market Share",
    (
        "Selecting the right health insurance provider requires careful consideration of multiple "
        "factors that directly impact your healthcare experience. The American health insurance "
        "market features numerous companies competing for your business, each with distinct "
        "strengths and specializations."
    ),
    (
        "The health insurance landscape in 2025 shows significant growth among industry leaders. "
        "UnitedHealth Group projects revenues between $450-455 billion for 2025, while other "
        "major players like Elevance Health, Centene, and Cigna have also announced strong "
        "financial outlooks for the year."
    ),
    "List Of Top Health Insurance Companies In USA",
    (
        "| Company | Type | Membership (Est.) | States Served | Medicare/Medicaid | ACA "
        "Marketplace | Notable Features |"
    ),
    (
        "| UnitedHealthcare | For-Profit | ~47M | All 50 | Yes | Yes | Largest insurer; diverse "
        "plan options |"
    ),
    (
        "| Elevance Health (Anthem) | For-Profit | ~45M | 14+ | Yes | Yes | Focus on digital "
        "health tools |"
    ),
    (
        "| Kaiser Permanente | Non-Profit | ~12.6M | 8 | Yes | Limited | Integrated care model "
        "(hospitals + insurance) |"
    ),
    (
        "| Centene Corporation | For-Profit | ~25M | All 50 | Medicaid focus | Yes | Largest "
        "Medicaid managed care provider |"
    ),
    (
        "| Humana | For-Profit | ~17M | All 50 | Medicare Advantage | No | Specializes in senior "
        "health plans |"
    ),
    (
        "| CVS Health (Aetna) | For-Profit | ~24M | All 50 | Yes | Yes | Combines pharmacy and "
        "insurance services |"
    ),
    (
        "| Cigna Healthcare | For-Profit | ~18M | All 50 | Yes | Yes | Global health services; "
        "employer-focused plans |"
    ),
    (
        "| HCSC (BCBS) | Non-Profit | ~17M | 5 | Yes | Yes | Operates BCBS plans in IL, TX, NM, "
        "OK, MT |"
    ),
    (
        "| Blue Cross Blue Shield of MI | Non-Profit | ~5M | MI | Yes | Yes | Strong regional "
        "presence |"
    ),
    (
        "| Blue Shield of California | Non-Profit | ~4.8M | CA | Yes | Yes | Emphasis on "
        "affordability |"
    ),
    (
        "| Molina Healthcare | For-Profit | ~5.2M | 19 | Medicaid/Medicare | Yes | Low-income "
        "population focus |"
    ),
    (
        "| Independence Blue Cross | Non-Profit | ~3.5M | PA, DE | Yes | Yes | Partnerships with "
        "local hospitals |"
    ),
    (
        "| Florida Blue (GuideWell) | Non-Profit | ~5M | FL | Yes | Yes | Largest FL insurer; "
        "community health programs |"
    ),
    "Types of Health Insurance Companies in the United States",
    (
        "When people Google types of health insurance companies in USA they’re usually wondering "
        "who sells coverage and how those carriers differ behind the scenes."
    ),
    (
        "Below are the six dominant categories (plus the major plan designs they sell) so readers "
        "can quickly see where each of the “Top 10 Health Insurance Companies in USA” fits."
    ),
    "| Company type | What it really means | Well-known examples* |",
    (
        "| National, for-profit insurers | Publicly traded conglomerates that operate "
        "coast-to-coast and report quarterly to shareholders. | UnitedHealthcare, Elevance "
        "Health, Aetna/CVS, Cigna, Humana |"
    ),
    (
        "| Non-profit & mutual Blue plans | Community-based Blue Cross Blue Shield affiliates or "
        "statewide mutuals that reinvest surplus into reserves and local programs. | HCSC "
        "(IL/TX/OK/NM/MT), Florida Blue, BCBS of NC |"
    ),
    (
        "| Integrated delivery systems (IDS) | The insurer and the hospital network are under the "
        "same umbrella, giving members one brand “from premium to procedure.” | Kaiser "
        "Permanente, UPMC Health Plan, Geisinger Health |"
    ),
    (
        "| Government-program specialists | Managed-care organizations that focus on Medicaid, "
        "Medicare Advantage or both. | Centene, Molina, AmeriHealth Caritas, CareSource |"
    ),
    (
        "| Tech-first “insurtechs” | Venture-backed newcomers built around mobile apps, "
        "telehealth and simplified plan designs. | Oscar Health, Bright Health |"
    ),
    (
        "| Regional member-owned or co-op insurers | Smaller, often not-for-profit carriers with "
        "deep local provider relationships and high satisfaction scores. | Premera, "
        "HealthPartners, CDPHP |"
    ),
    "How Much Do Health Insurance Companies Receive in Premiums?",
    (
        "Health insurance companies in the United States collect an enormous amount of money in "
        "premiums each year. According to the 2023 NAIC Health Insurance Report, U.S. health "
        "insurers earned approximately $1.08 trillion in total net earned premiums in 2023—an 8% "
        "increase from 2022, when premium income was about $1 trillion.Premium income refers to "
        "the total amount health insurance companies receive from their customers for coverage "
        "before accounting for claims, administrative costs, and other expenses."
    ),
    "Top Health Insurers by Direct Written Premiums (2023)",
    "| Rank | Health Insurer | Direct Written Premiums |",
    "| 1 | UnitedHealth Group (including UnitedHealthcare) | $248.76 billion |",
    "| 2 | Elevance Health Inc. (formerly Anthem) | $107.65 billion |",
    "| 3 | Centene Corp. | $102.71 billion |",
    "| 4 | Humana | $100.52 billion |",
    "| 5 | CVS Health (including Aetna Health) | $97.61 billion |",
    "| 6 | Kaiser Foundation (Kaiser Permanente) | $94.12 billion |",
    "| 7 | Health Care Services Corporation (HCSC) | $55.50 billion |",
    "| 8 | Cigna Health | $39.58 billion |",
    "| 9 | Molina Healthcare Inc. | $30.94 billion |",
    "| 10 | GuideWell (including Florida Blue) | $28.98 billion |",
    (
        "The landscape of health insurance in 2025 features financially strong companies with "
        "diverse approaches to coverage. UnitedHealth Group maintains its position as the market "
        "leader with projected revenues of $450-455 billion, while competitors like Elevance "
        "Health, Centene, Cigna, Humana, and CVS Health continue evolving their business models "
        "to address changing healthcare needs."
    ),
    (
        "When selecting from among the best health insurance companies, personal factors "
        "including coverage needs, provider preferences, and budget constraints should guide your "
        "decision. Each major insurer offers distinct advantages that may align differently with "
        "individual priorities."
    ),
    (
        "Ready to navigate the complex world of health insurance with expert guidance? Contact "
        "Venteur today or get started with our streamlined application process. Our specialists "
        "will help match you with top health insurance companies that best address your unique "
        "healthcare requirements."
    ),
]

#: The magazine's lines below the story.
_TAIL = [
    "Tags: Videos, Terms & Conditions, Next article",
    "View PDF/Print Mode",
    "2025 in Review chaos theory geometry mathematics number theory Year in Review All topics",
    "Share this article",
    "Facebook",
    "Copied!",
    "Copy link",
    "Email",
    "Pocket",
    "Reddit",
    "Ycombinator",
    "Newsletter",
    "Get Quanta Magazine delivered to your inbox",
    "Subscribe now",
    "Recent newsletters",
    "The Quanta Newsletter",
    "Get highlights of the most important news delivered to your email inbox",
    "Email",
    "Subscribe",
    "Recent newsletters",
    "Also in Mathematics",
    "String Theory Inspires a Brilliant, Baffling New Math Proof",
    "algebraic geometry",
    "String Theory Inspires a Brilliant, Baffling New Math Proof",
    "By Joseph Howlett",
    "December 12, 2025",
    "Comment on this article",
    (
        "Quanta Magazine moderates comments to facilitate an informed, substantive, civil "
        "conversation. Abusive, profane, self-promotional, misleading, incoherent or off-topic "
        "comments will be rejected. Moderators are staffed during regular business hours (New "
        "York time) and can only accept comments written in English."
    ),
    "Show comments",
    "Next article",
    "The Year in Physics",
    "Quanta Homepage",
    "Facebook",
    "Youtube",
    "Instagram",
    "About Quanta",
    "Archive",
    "Contact Us",
    "Terms & Conditions",
    "Privacy Policy",
    "AI Editorial Policy",
    "All Rights Reserved © 2025",
    "An editorially independent publication supported by the Simons Foundation. Simons Foundation",
]

#: A business site's footer: menus saved as lines, their items set apart by bars.
_MENUS = [
    (
        "Stocks: A | B | C | D | E | F | G | H | I | J | K | L | M | N | O | P | Q | R | S | T | "
        "U | V | W | X | Y | Z | Others"
    ),
    (
        "Mutual Funds: A | B | C | D | E | F | G | H | I | J | K | L | M | N | O | P | Q | R | S "
        "| T | U | V | W | X | Y | Z"
    ),
    (
        "About us | Contact Us | Support | Disclaimer | Privacy Policy | Cookie Policy | Terms & "
        "Conditions | Careers | Financial Terms (Glossary) | FAQs | Sitemap | RSS Feed"
    ),
    "Disclaimer | Terms & Conditions | Privacy Policy | Cookie Policy | FAQs | Sitemap | Feedback",
    (
        "Network 18 Sites: News18 | Firstpost | CNBC TV18 | In.com | Cricketnext | Overdrive | "
        "Topper Learning"
    ),
]


#: A business magazine's lines above a second story: its menus and a contributor's box.
_RANKING_HEAD = [
    "Forbes Daily Cover Stories",
    "Forbes Editors' Picks",
    "Daily Dozen Briefing",
    "Crypto Confidential",
    "Newsletters",
    "Forbes Finds",
    "Forbes Coupons",
    "Forbes 8",
    "Forbes Video",
    "Dark Capital",
    "Forbes Magazine",
    "Investing Digest",
    "How This Man’s Bedding Gave Him ‘Feather Duvet Lung’",
    "Bruce Y. Lee Senior Contributor",
    "Opinions expressed by Forbes Contributors are their own.",
    "Healthcare",
    (
        "I am a writer, journalist, professor, systems modeler, computational and digital health "
        "expert, avocado-eater, and entrepreneur, not always in that order."
    ),
    "Share to facebook",
    "Share to twitter",
]

#: The story: a headline, two paragraphs, two tables of figures, some rows run together on a
#: line by the copy's line breaks ("... | $172,877 6 (tie) | Dartmouth Tuck ...").
_RANKING = [
    "US News MBA Rankings: Full & Part Time Programs",
    (
        "MBA ranking reports in aggregate can help an applicant to see trends around MBA program "
        "brand and prioritize their reach versus reasonable program options."
    ),
    (
        "The 2023-2024 US News ranking data for the top 20 full-time MBA programs can be found in "
        "the chart below. See details and dates on application deadlines."
    ),
    (
        "Ranking in 2023 | Business School | Previous US News Ranking | International Students/ "
        "Women | Entering Fall 2022 Full-Time MBA Acceptance Rate | Entering Fall 2022 Full-Time "
        "MBA Enrolled Rate/Yield | Average GPA | Average GMAT Score | MBA Class of 2022 Median "
        "Starting Salary 1 | Chicago Booth School of Business | 1 | 37% / 40% | 30% | 48% | 3.6 | "
        "729 | $175,000"
    ),
    "2 | Kellogg School of Management | 3 (tie) | 38% / 48% | 31% | 38% | 3.7 | 729 | $165,000",
    "3 | UPenn Wharton School | 1 (tie) | 35% / 50% | 23% | 62% | 3.6 | 733 | $175,000",
    "4 | MIT Sloan School of Management | 5 (tie) | 40% / 46% | 15% | 52% | 3.6 | 730 | $165,000",
    (
        "5 | Harvard Business School | 5 | 38% / 46% | 14% | 86% | 3.7 | 727 | $172,877 6 (tie) | "
        "Dartmouth Tuck School of Business | 11 | 43% / 45% | 33% | 38% | 3.5 | 726 | $159,842"
    ),
    (
        "6 (tie) | Stanford Graduate School of Business | 3 (tie) | 37% / 44% | 9% | 80% | 3.7 | "
        "737 | $182,272"
    ),
    (
        "8 (tie) | Michigan Ross School of Business | 10 | 36% / 42% | 28% | 37% | 3.5 | 720 | "
        "$153,465"
    ),
    (
        "8 (tie) | Yale School of Management | 7 | 48% / 43% | 28% | 39% | 3.7 | 725 | $152,744 "
        "10 | NYU Stern School of Business | 12 (tie) | 44% / 45% | 27% | 34% | 3.6 | 733 | "
        "$161,475 11 (tie) | Columbia Business School | 8 (tie) | 51% / 44% | 20% | 57% | 3.6 | "
        "729 | $162,099 11 (tie) | Duke Fuqua School of Business | 12 (tie) | 39% / 48% | 21% | "
        "55% | 3.1-3.9 | 680-760 | $152,297"
    ),
    (
        "11 (tie) | Uc Berkeley Haas School of Business | 8 (tie) | 41% / 46% | 20% | 40% | 3.6 | "
        "729 | $152,831 14 | UVA Darden School of Business | 14 | 43% / 37% | 34% | 34% | 3.5 | "
        "720 | $157,090"
    ),
    (
        "15 (tie) | Cornell SC Johnson Graduate School of Management | 15 | 43% / 39% | 31% | 38% "
        "| 3.3 | 710 | $155,048"
    ),
    (
        "15 (tie) | USC Marshall School of Business | 19 (tie) | 41% / 46% | 25% | 29% | 3.5 | "
        "708 | $150,314 17 | Emory Goizueta Business School | 21 | 50% / 33% | 37% | 29% | 3.3 | "
        "700 | $149,759"
    ),
    "18 | CMU Tepper School of Business | 16 | 56% / 31% | 29% | 29% | 3.3 | 702 | $148,067",
    (
        "19 | UCLA Anderson School of Management | 17 | 44% / 35% | 38% | 35% | 3.1-3.8 | 711 | "
        "$146,727 20 (tie) | UT McCombs School of Business | 18 | 28% / 35% | 34% | 35% | 3.5 | "
        "706 | $144,564"
    ),
    (
        "Request a free consultation with a Principal on our SBC team to assess school fit and "
        "admit chances."
    ),
    "2023-2024 US News ranking data for the top 20 part-time MBA programs can be found here:",
    (
        "Ranking in 2023 | Business School | Previous US News Ranking | International Students/ "
        "Women | Average GMAT Score | Entering Fall 2022 Part-Time Acceptance Rate | Entering "
        "Fall 2022 Total Part-Time Enrollment"
    ),
    "1 | UC Berkeley Haas School of Business | 2 | 59% / 38% | 700 | N/A | 336",
    (
        "2 | Chicago Booth School of Business | 1 | 17% / 30% | 691 | N/A | 307 3 | Kellogg "
        "School of Management | 3 | 11% / 35% | 664 | N/A | 228"
    ),
    "4 | NYU Stern School of Business | 4 | 21% / 49% | 670 | 73% | 221",
    "5 | UCLA Anderson School of Management | 5 | N/A / 36% | 667 | 77% | 217",
    "6 | UT McCombs School of Business | 8 | 11% / 36% | 648 | 79% | 196",
    (
        "7 | Michigan Ross School of Business | 7 | 32% / 22% | 671 | 85% | 113 8 | USC Marshall "
        "School of Business | 9 | N/A / 35% | 650 | 86% | 122"
    ),
    "9 (tie) | CMU Tepper School of Business | 6 | 16% / 20% | 653 | 61% | 64",
    "9 (tie) | Georgetown McDonough School of Business | 17 | 6% / 40% | 664 | 75% | 128",
    (
        "11 (tie) | Georgia Tech Scheller College of Business | 16 | N/A / 39% | 600-700 | 73% | "
        "107 11 (tie) | UT Dallas MBA Naveen Jindal School of Management | 19 | 10% / 35% | 600 | "
        "64% | 253"
    ),
    "11 (tie) | UW Foster School of Business (Washington) | 10 | 10% / 38% | 645 | 83% | 93",
    "14 | Carlson School of Management (Minnesota) | 11 (tie) | 13% / 34% | 600 | 93% | 70",
    "15 (tie) | IU Kelley School of Business (Indiana) | 11 (tie) | N/A | 607 | 74% | 48",
    "15 (tie) | Fisher College of Business (Ohio) | 11 (tie) | 2% / 43% | 653 | 62% | 150",
    (
        "15 (tie) | Rice Jones Graduate School of Business (Texas) | 11 (tie) | 6% / 37% | 657 | "
        "91% | 174"
    ),
    "18 | Darla Moore School of Business (South Carolina) | 27 | N/A / 37% | 677 | 92% | 59",
    "19 | Emory Goizueta Business School (Georgia) | 11 (tie) | 8% / 39% | N/A | 84% | 84",
    "20 | Olin Business School (Missouri) | 19 | N/A / 39% | 648 | 89% | 38",
]

#: The magazine's lines below it.
_RANKING_TAIL = [
    "Tags: Personal Finance, Fintech, Energy",
    "...",
    "Read More",
    "Print",
    "Site Feedback",
    "Tips",
    "Corrections",
    "Reprints & Permissions",
    "Terms",
    "Privacy",
    "©2019 Forbes Media LLC. All Rights Reserved.",
    "AdChoices",
]


def _verdicts(page: list[str]) -> dict[str, str]:
    return {v.text: v.category for v in classify_lines(page).verdicts}


def test_the_story_and_its_tables_are_kept_under_the_comment_headings() -> None:
    got = _verdicts([*_HEAD, *_STORY, *_TAIL])
    assert got[_STORY[0]] == "headline"
    assert [line for line in _STORY[1:] if got[line] != "article"] == []
    assert [line for line in [*_HEAD, *_TAIL] if got[line] == "article"] == []


def test_the_rows_of_each_table_are_found_and_the_prose_is_not() -> None:
    page = [*_HEAD, *_STORY, *_TAIL]
    rows = body_lists.table_lines(features.line_features(page))
    assert {page[k] for k in rows} == {line for line in _STORY if line.startswith("| ")}


def test_menus_saved_with_bars_are_no_table() -> None:
    # names without figures or words in lower case, or counts of items that differ from line
    # to line: a footer's menus, not rows
    lines = [*_STORY[:3], *_MENUS]
    assert body_lists.table_lines(features.line_features(lines)) == set()
    got = _verdicts([*_HEAD, *_STORY, *_MENUS])
    assert [line for line in _MENUS if got[line] == "article"] == []


def test_a_table_that_ends_the_story_is_kept_with_rows_run_together() -> None:
    # the second table's last rows stood below the region's end: a line of two rows run
    # together is no list item (too long, sentence-like), and it stopped the rows under it;
    # its cells are twice a row's, so it is a line of the same table
    got = _verdicts([*_RANKING_HEAD, *_RANKING, *_RANKING_TAIL])
    assert got[_RANKING[0]] == "headline"
    assert [line for line in _RANKING[1:] if got[line] != "article"] == []
    assert [line for line in [*_RANKING_HEAD, *_RANKING_TAIL] if got[line] == "article"] == []
