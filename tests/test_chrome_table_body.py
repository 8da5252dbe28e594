"""A story whose body is mostly tables: the rows under a header row, and a second table.

A story of the syndication corpus (a WCXB dev page's ranking of business schools, printed in a
news outlet's chrome) is two short paragraphs and two tables, each row printed on one line
with its cells set apart by bars. The rows weigh as short lines, so the region held the two
paragraphs only, and the tables were dropped with the page's tail as related links. A table
that goes on right after the region was taken back already, but only from its first row: the
header row over these rows (its column names run to 46 words, with few figures) is no list
item, and it stopped the run. A header row is now told by its cells: set apart by the same
marks, as many, as the row of figures under it. And a second table under the first, presented
by a line of prose ending with a colon ("... can be found here:"), goes on the body too.
"""

from __future__ import annotations

from cleanscrape.chrome.strip import classify_lines

#: The outlet's menu above the story, and another story's headline.
_HEAD = [
    (
        "Latest | Linkedin | Subscribe | Terms of Use | Social media links | Opinion | Popular | "
        "Slideshows | RSS Feeds"
    ),
    "Skip to main content",
    "Home",
    "News",
    "Business",
    "Entertainment",
    "Sport",
    "Opinion",
    "The Node",
    "World Community Lashes Out at US for No Longer Considering Israeli Settlements Illegal",
]

#: The story: its headline, two paragraphs, two tables and the lines between them.
_STORY = [
    "US News MBA Rankings: Full & Part Time Programs",
    (
        "MBA ranking reports in aggregate can help an applicant to see trends around MBA program "
        "brand and prioritize their reach versus reasonable program options. US News & World "
        "Report has been the ranking king and so we present its data here."
    ),
    (
        "The 2023-2024 US News ranking data for the top 20 full-time MBA programs can be found in "
        "the chart below. See details and dates on application deadlines."
    ),
    (
        "Ranking in 2023 | Business School | Previous US News Ranking | International Students/ "
        "Women | Entering Fall 2022 Full-Time MBA Acceptance Rate | Entering Fall 2022 Full-Time "
        "MBA Enrolled Rate/Yield | Average GPA | Average GMAT Score | MBA Class of 2022 Median "
        "Starting Salary"
    ),
    "1 | Chicago Booth School of Business | 1 | 37% / 40% | 30% | 48% | 3.6 | 729 | $175,000",
    "2 | Kellogg School of Management | 3 (tie) | 38% / 48% | 31% | 38% | 3.7 | 729 | $165,000",
    "3 | UPenn Wharton School | 1 (tie) | 35% / 50% | 23% | 62% | 3.6 | 733 | $175,000",
    "4 | MIT Sloan School of Management | 5 (tie) | 40% / 46% | 15% | 52% | 3.6 | 730 | $165,000",
    "5 | Harvard Business School | 5 | 38% / 46% | 14% | 86% | 3.7 | 727 | $172,877",
    (
        "6 (tie) | Dartmouth Tuck School of Business | 11 | 43% / 45% | 33% | 38% | 3.5 | 726 | "
        "$159,842"
    ),
    (
        "6 (tie) | Stanford Graduate School of Business | 3 (tie) | 37% / 44% | 9% | 80% | 3.7 | "
        "737 | $182,272"
    ),
    (
        "8 (tie) | Michigan Ross School of Business | 10 | 36% / 42% | 28% | 37% | 3.5 | 720 | "
        "$153,465"
    ),
    "8 (tie) | Yale School of Management | 7 | 48% / 43% | 28% | 39% | 3.7 | 725 | $152,744",
    "10 | NYU Stern School of Business | 12 (tie) | 44% / 45% | 27% | 34% | 3.6 | 733 | $161,475",
    "11 (tie) | Columbia Business School | 8 (tie) | 51% / 44% | 20% | 57% | 3.6 | 729 | $162,099",
    (
        "11 (tie) | Duke Fuqua School of Business | 12 (tie) | 39% / 48% | 21% | 55% | 3.1-3.9 | "
        "680-760 | $152,297"
    ),
    (
        "11 (tie) | Uc Berkeley Haas School of Business | 8 (tie) | 41% / 46% | 20% | 40% | 3.6 | "
        "729 | $152,831"
    ),
    "14 | UVA Darden School of Business | 14 | 43% / 37% | 34% | 34% | 3.5 | 720 | $157,090",
    (
        "15 (tie) | Cornell SC Johnson Graduate School of Management | 15 | 43% / 39% | 31% | 38% "
        "| 3.3 | 710 | $155,048"
    ),
    (
        "15 (tie) | USC Marshall School of Business | 19 (tie) | 41% / 46% | 25% | 29% | 3.5 | "
        "708 | $150,314"
    ),
    "17 | Emory Goizueta Business School | 21 | 50% / 33% | 37% | 29% | 3.3 | 700 | $149,759",
    "18 | CMU Tepper School of Business | 16 | 56% / 31% | 29% | 29% | 3.3 | 702 | $148,067",
    (
        "19 | UCLA Anderson School of Management | 17 | 44% / 35% | 38% | 35% | 3.1-3.8 | 711 | "
        "$146,727"
    ),
    "20 (tie) | UT McCombs School of Business | 18 | 28% / 35% | 34% | 35% | 3.5 | 706 | $144,564",
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
    "2 | Chicago Booth School of Business | 1 | 17% / 30% | 691 | N/A | 307",
    "3 | Kellogg School of Management | 3 | 11% / 35% | 664 | N/A | 228",
    "4 | NYU Stern School of Business | 4 | 21% / 49% | 670 | 73% | 221",
    "5 | UCLA Anderson School of Management | 5 | N/A / 36% | 667 | 77% | 217",
    "6 | UT McCombs School of Business | 8 | 11% / 36% | 648 | 79% | 196",
    "7 | Michigan Ross School of Business | 7 | 32% / 22% | 671 | 85% | 113",
    "8 | USC Marshall School of Business | 9 | N/A / 35% | 650 | 86% | 122",
    "9 (tie) | CMU Tepper School of Business | 6 | 16% / 20% | 653 | 61% | 64",
    "9 (tie) | Georgetown McDonough School of Business | 17 | 6% / 40% | 664 | 75% | 128",
    "11 (tie) | Georgia Tech Scheller College of Business | 16 | N/A / 39% | 600-700 | 73% | 107",
    (
        "11 (tie) | UT Dallas MBA Naveen Jindal School of Management | 19 | 10% / 35% | 600 | 64% "
        "| 253"
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

#: The outlet's lines under the story.
_TAIL = [
    "Tags: NEWS, Contact Us, Relevance",
    "View the discussion thread.",
    "You may also like",
    "Subscribe",
    "Sign up to our newsletter for exclusive updates and enhanced content",
    "Subscribe Now",
    "Subscribe",
    "US: Top 100 Brands Are Worth More Than the GDP of Germany",
    "Dubai’s Non-Oil Trade with Africa to Exceed $272 Billion",
    "Next Khashoggi? Disappearance of Saudi Princess Raises Questions About How Far Up This Goes",
    "All You Need to Know About the Challenges and Implications for Saudi Aramco's IPO",
    "Lebanon: Bank Employees Resume Work After Week-Long Strike",
    "Loading content ...",
    "About Us",
    "Advertise With Us",
    "Become a Subscriber",
]


def _verdicts() -> dict[str, str]:
    page = [*_HEAD, *_STORY, *_TAIL]
    return {v.text: v.category for v in classify_lines(page).verdicts}


def test_both_tables_of_the_body_are_kept() -> None:
    got = _verdicts()
    assert got[_STORY[0]] == "headline"
    lost = [line for line in _STORY[1:] if got[line] != "article"]
    assert lost == []


def test_the_outlets_lines_around_the_story_are_dropped() -> None:
    got = _verdicts()
    assert [line for line in [*_HEAD, *_TAIL] if got[line] == "article"] == []
