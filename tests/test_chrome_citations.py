"""Reference lists after the article in whole-page text dumps (numbered or alphabetical
citations with DOIs, database links, journal volumes and pages): pages written to the pattern
of real journal pages, from their lines."""

from __future__ import annotations

from cleanscrape.chrome import strip_lines

_HEAD = [
    "JMIR mHealth and uHealth - Effects of a Mindfulness Meditation App on Stress in College "
    "Students: Randomized Controlled Trial",
    "Journal Information",
    "Browse Journal",
    "Submit Article",
    "Effects of a Mindfulness Meditation App on Stress in College Students: Randomized "
    "Controlled Trial",
    "",
]
_BODY = [
    "We found significant improvements in self-compassion in the intervention group as "
    "compared to the wait-list control group after the 8-week intervention with a large effect "
    "size (effect size=0.84). Improvements in self-compassion were sustained at follow-up.",
    "Greeson and colleagues (2014) also found significant increases with a large effect size in "
    "self-compassion, as compared to a wait-list control group [ 42 ], but did not include a "
    "follow-up assessment.",
    "Our findings suggest that Calm may be a promising approach to help improve sleep quality "
    "(ie, reduce sleep disturbance) in college students. However, the intervention was only "
    "for 4 weeks and delivered in person.",
    "Papies (2017) suggests that mindfulness interventions may be most effective if targeted at "
    "a specific behavior (ie, reducing alcohol consumption, healthy eating, and reducing "
    "smoking) [ 79 ].",
    "Approximately 85% of the sample was satisfied with and found Calm enjoyable. None of the "
    "students in our sample indicated that they were dissatisfied with using Calm.",
]
_REFERENCES = [
    "References",
    "",
    "Pierceall EA, Keim MC. Stress and Coping Strategies Among Community College Students. "
    "Community College Journal of Research and Practice 2007 Sep 06;31(9):703-712. [ CrossRef ]",
    "Almojali AI, Almalki SA, Alothman AS, Masuadi EM, Alaqeel MK. The prevalence and "
    "association of stress with sleep quality among medical students. J Epidemiol Glob Health "
    "2017 Dec;7(3):169-174 [ FREE Full text ] [ CrossRef ] [ Medline ]",
    "American Psychological Association. 2012. Stress by Generation URL: "
    "https://www.apa.org/news/press/releases/stress/2012/generations [accessed 2019-06-18]",
    "Newman B, Newman P. Development Through Life: A Psychosocial Approach. Stamford, CT: "
    "Wadsworth Publishing; 2019.",
    "Roberts KC, Danoff-Burg S. Mindfulness and health behaviors: is paying attention good for "
    "you? J Am Coll Health 2010;59(3):165-173. [ CrossRef ] [ Medline ]",
    "3. Yoga therapy for schizophrenia. Bangalore NG, Varambally S. Int J Yoga. 2012;5:85–91. "
    "doi: 10.4103/0973-6131.98212. [ DOI ] [ PMC free article ] [ PubMed ] [ Google Scholar ]",
    "Burgess-Yeo, S. (2019, February 26). Can Filter Basket Shape Affect Coffee Extraction? "
    "Barista Hustle.",
]
_TAIL = ["", "Copyright © 2019 JMIR Publications", "About", "Contact"]


def test_reference_list_after_the_article_is_dropped() -> None:
    r = strip_lines([*_HEAD, *_BODY, "", *_REFERENCES, *_TAIL])
    assert r.lines == _BODY
    reasons = {x.line: x.reason for x in r.removed}
    assert {reasons[ln] for ln in _REFERENCES if ln} == {"references"}


def test_paragraphs_that_cite_studies_in_a_sentence_stay() -> None:
    # every paragraph names a study and its year: prose, not a list of citations
    cited = [
        "Greeson and colleagues (2014) also found significant increases with a large effect size "
        "in self-compassion, as compared to a wait-list control group [ 42 ].",
        "Papies (2017) suggests that mindfulness interventions may be most effective if targeted "
        "at a specific behavior (ie, reducing alcohol consumption) [ 79 ].",
        "Another study conducted in the Netherlands by Emmerik and colleagues (2018) implemented a "
        "mindfulness-based mobile app to improve quality of life in adults aged 18 years or more.",
        "Similar to our data, a study by Donovan and colleagues (2016) suggested high "
        "satisfaction with a mobile app aiming to teach adolescents about mindfulness.",
    ]
    r = strip_lines([*_HEAD, *_BODY[:1], *cited, *_BODY[2:], *_TAIL])
    assert r.lines == [*_BODY[:1], *cited, *_BODY[2:]]


def test_titles_with_their_year_are_no_citations() -> None:
    # a list of films, each with its year in brackets and a full stop: no authors before it
    films = [
        "Parasite (2019). Directed by Bong Joon-ho, the first film not in English to win Best "
        "Picture.",
        "Moonlight (2016). Directed by Barry Jenkins, from a play by Tarell Alvin McCraney.",
        "Roma (2018). Directed by Alfonso Cuarón, who also wrote and shot it.",
        "Nomadland (2020). Directed by Chloé Zhao, from the book by Jessica Bruder.",
    ]
    lines = [*_HEAD, *_BODY[:3], "These are the winners we come back to most:", *films, *_BODY[3:]]
    r = strip_lines([*lines, *_TAIL])
    assert "references" not in {x.reason for x in r.removed}
