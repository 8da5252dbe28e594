"""The article region of whole-page text dumps: pages written to the pattern of real news pages."""

from __future__ import annotations

import pytest

from cleanscrape.chrome import strip_lines
from cleanscrape.chrome.features import lexicon_category, line_features

_MENU = ["Home", "News", "Politics", "Science", "Health", "Sport", "Weather"]
_TITLE = "Third case of plague confirmed as officials trace close contacts"

# a tabloid's body: one sentence per paragraph, cut by several boxes of links
_LEDE = (
    "Health authorities in the northern province have confirmed a third case of the plague, "
    "a week after two patients were taken to hospital in the capital with the pneumonic form."
)
_FIRST = [
    "The patient, a hunter, had eaten a wild rabbit a few days before falling ill.",
    "Twenty-eight people who were in close contact with him have been placed in quarantine.",
    "None of them has shown symptoms such as fever so far, the regional health office said.",
    "Officials said the case was isolated and that the risk of it spreading was very low.",
]
_AFTER_BOX = [
    "Doctors say the disease is treatable with common antibiotics if it is caught early.",
    "The earlier people seek treatment, the more likely they are to recover fully.",
    "Those who were close to a patient may be given antibiotics as a precaution.",
]
_AFTER_TRENDING = [
    "The disease is still found in a few regions of the world today.",
    "Isolated cases are reported in rural areas almost every year, officials said.",
    "Most of them are linked to contact with wild rodents or the fleas they carry.",
]


def _tabloid_page() -> list[str]:
    return [
        *_MENU,
        _TITLE,
        "By Sean Marley",
        _LEDE,
        "Related articles",
        "Plague outbreak: capital on alert after two cases",
        "Mosquito warning issued for the coming summer",
        *_FIRST,
        "DON'T MISS",
        "Health agency names eight diseases to watch [WARNING]",
        "Holidaymakers fall ill after eating marmot [INSIGHT]",
        "Passengers held after plague scare on flight [NEWS]",
        "A plague doctor's mask from the 17th century (Image: GETTY)",
        *_AFTER_BOX,
        "Trending",
        *_AFTER_TRENDING,
        "Related articles",
        "Health warning issued after plague found in wild animals",
        "Cities face a plague of super-rats, experts say",
        "Most read in Science",
        "Map shows where the polar vortex will bring snow next week",
        "Passengers can fly for less by travelling on this day",
    ]


def test_short_paragraphs_after_two_inline_boxes_stay_in_the_article() -> None:
    # each box ("DON'T MISS", "Trending") damps what follows it until three paragraphs in a row
    # show that the article goes on; those three paragraphs are the article's too, so a body of
    # one-sentence paragraphs is not cut at the first box
    r = strip_lines(_tabloid_page())
    assert r.lines == [_LEDE, *_FIRST, *_AFTER_BOX, *_AFTER_TRENDING]


# a municipal news page: a category select box and a tag cloud saved as one line each, then a
# one-paragraph article
_SELECT = (
    "Selecione Administração Agricultura Assistência Social Campanha Capacitação Combustíveis "
    "Comunicado Concurso Conselhos Cultura Defesa Civil Economia Educação Esportes Eventos "
    "Fazenda Habitação Indústria Infraestrutura Meio Ambiente Mobilidade Urbana Obras "
    "Planejamento Saúde Segurança Trânsito Turismo Utilidade Pública"
)
_TAGS = (
    "adote um amigo agua alerta ambiente amizade atendimento bem-estar biblioteca caminhada "
    "campanha capacitação carnaval cidadania cultura dengue educação emprego esporte feira "
    "festival habitação inverno leitura limpeza obras saúde segurança trânsito vacina"
)
_ARTICLE = (
    "A equipe do Serviço de Atendimento Domiciliar, do bairro Amizade, registrou nesta manhã o "
    "arrombamento de dois dos cinco automóveis da unidade, que estavam estacionados no pátio. "
    "Foram levados equipamentos e documentos, e a ocorrência foi registrada na delegacia. "
    "Segundo a coordenação, os atendimentos aos pacientes serão mantidos com os outros três "
    "veículos até que os carros sejam consertados."
)


def test_select_box_and_tag_cloud_on_one_line_are_not_prose() -> None:
    lines = [
        "Notícias",
        "Serviço de atendimento domiciliar registra arrombamento em dois veículos",
        "Categorias",
        _SELECT,
        "Tags",
        _TAGS,
        "Publicado em 12/03/2019",
        _ARTICLE,
        "Compartilhe",
        "Facebook",
        "Twitter",
    ]
    feats = line_features([_SELECT, _TAGS, _ARTICLE])
    assert [f.prose for f in feats] == [False, False, True]
    r = strip_lines(lines)
    assert r.lines == [_ARTICLE]


@pytest.mark.parametrize(
    "line",
    [
        # a table row carries figures; a long paragraph that lost its final stop has a comma
        "Chicago Booth School of Business 1 37% 40% 30% 48% 3.6 729 $175,000 Kellogg School of "
        "Management 3 38% 48% 31% 38% 3.7 729 $165,000 Wharton School 1 35% 50% 23% 62% 3.6 733",
        "Mesh networks use a main router and one or more satellite units to spread a single "
        "wireless network over a larger area, so a house with thick walls or several floors "
        "gets a signal in every room",
    ],
)
def test_table_rows_and_long_sentences_stay_prose(line: str) -> None:
    assert line_features([line])[0].prose


_POPULAR = (
    "1 Old photo sparks conspiracy theories about a climate activist 2 Aides allegedly left "
    "notes for the new staff 3 Don't blame the messenger: congressman denies the claim "
    "4 Two jail guards to be charged over the death of a prisoner 5 Video shows a possible "
    "cheating setup at the ballpark"
)
_STORY = [
    "A case of the bubonic plague was reported in the north of the country over the weekend, "
    "after two people there were diagnosed with the pneumonic form last week.",
    "The new patient hunted and ate a wild rabbit early this month, according to the state news "
    "agency, and was taken to a hospital in the county where he lives.",
    "A total of 28 people who were in close contact with the patient were put under medical "
    "quarantine, and none of them has shown symptoms so far.",
    "Authorities say that the cases appear to be unrelated.",
]


def test_numbered_most_read_box_on_one_line_does_not_take_the_region() -> None:
    # a "Most Popular" box saved as one line (its numbers and headlines run together) and a
    # comment form between the headline and the article's paragraphs, which sit under a
    # "see also" box
    lines = [
        *_MENU,
        "Hunter catches bubonic plague after eating wild rabbit",
        "By Natalie Moss",
        "Most Popular Today",
        _POPULAR,
        "Name (required)",
        "Email (required)",
        "Comment (required)",
        "Submit",
        "November 18, 2019 | 4:10pm",
        "see also",
        "Two patients diagnosed with plague as officials scramble to prevent outbreak",
        "Two people have been diagnosed with the plague,...",
        *_STORY,
        "Share this:",
        "Facebook",
        "Filed under plague, health",
        "Read Next",
        "Civilians step in to save students trapped in the campus siege",
    ]
    assert not line_features([_POPULAR])[0].prose
    r = strip_lines(lines)
    assert r.lines == _STORY


_GUIDE = [
    "Certifications show clients that a consultant has studied a method and passed an exam, "
    "and many firms now ask for one before they sign a contract with an outside adviser.",
    "We compared the costs, the prerequisites and the time each programme takes to complete. "
    "Here are our picks for the most common kinds of consulting work:",
]
_PICKS = [
    "Best for consultants managing client projects: Project Management Professional",
    "Best for consultants who solve process problems: Certified Six Sigma Black Belt",
    "Best for management consultants with three years of experience: Certified Consultant",
    "Best for beginners in business consulting: Certified Business Consultant",
]
_GUIDE_END = [
    "Each of these programmes has its own exam, and most of them ask for a few hours of "
    "training every year to keep the title, so plan for the cost of renewal as well.",
    "The right choice depends on the clients you work with and on the kind of problems they "
    "bring to you, more than on the name of the certificate itself.",
]


def test_a_list_introduced_by_a_sentence_of_the_body_is_kept() -> None:
    # the items look like headlines (no final stop, 5-12 words, in a row between paragraphs),
    # but the paragraph before them ends with a colon: they are the body's own list
    lines = [*_MENU, "The best consultant certifications", *_GUIDE, *_PICKS, *_GUIDE_END]
    r = strip_lines(lines)
    assert r.lines == [*_GUIDE, *_PICKS, *_GUIDE_END]


def test_a_run_of_headlines_between_paragraphs_is_still_dropped() -> None:
    # the same run with no sentence introducing it reads as links to other stories
    guide = [
        _GUIDE[0],
        _GUIDE[1].replace(" Here are our picks for the most common kinds of consulting work:", ""),
    ]
    lines = [*_MENU, "The best consultant certifications", *guide, *_PICKS, *_GUIDE_END]
    r = strip_lines(lines)
    assert r.lines == [*guide, *_GUIDE_END]
    assert {x.line: x.reason for x in r.removed}[_PICKS[0]] == "inline_link"


_KEY_POINTS = [
    "Retiring early takes time and incredible discipline.",
    "If you're planning to retire early, you should aim to have at least 25 to 30 times your "
    "estimated annual expenses saved or invested, though the exact figure depends on your plans.",
    "To reach your target number, live below your means, increase your income, and max out "
    "your retirement accounts.",
]
_INTRO = [
    "The road to retiring early isn't easy. It takes time and discipline to earn, save, and "
    "invest as much as you possibly can.",
    "That said, early retirement comes in various shapes and sizes, and what it looks like to "
    "you will determine exactly what you need to do to get there.",
]
_STEPS = [
    "Retiring early doesn't have to mean never earning a paycheck again. Many early retirees "
    "define it as not having to work for money, and keep doing work they enjoy.",
    "The first step is figuring out exactly what that phrase means to you. Your ideal day will "
    "guide how much you need to save and by when.",
]


def test_a_subheading_that_starts_the_page_title_is_not_the_headline() -> None:
    # the page title (first line) starts with the words of a subheading of the body; the
    # on-page headline is another line, and the key points and introduction above the
    # subheading belong to the article
    lines = [
        "How to retire early, step by step: Earn, save, and invest more - Business Insider",
        *_MENU,
        "How to retire early so you can work, travel, and relax on your own schedule",
        "Tanza Loudenback, Business Insider",
        "13.11.2019, 23:06",
        *_KEY_POINTS,
        *_INTRO,
        "How to retire early",
        "1. Define early retirement",
        *_STEPS,
    ]
    r = strip_lines(lines)
    heads = ["How to retire early", "1. Define early retirement"]
    assert r.lines == [*_KEY_POINTS, *_INTRO, *heads, *_STEPS]


def test_a_headline_before_a_colon_of_the_page_title_is_found() -> None:
    # "Headline: subtitle" as the page title, the headline alone on the page, under a menu with
    # a long prose blurb: the region right below the headline is the article
    lines = [
        "Council budget explained: what the new spending plan means for families and schools",
        *_MENU,
        "Our newsroom is funded by readers like you, and every contribution, big or small, keeps "
        "our reporting on local government free for everyone who lives in the region.",
        "Council budget explained",
        *_INTRO,
    ]
    r = strip_lines(lines)
    assert r.metadata.get("title") == "Council budget explained"
    assert r.lines == _INTRO


_HEALTH = [
    "Regular physical activity can lift your mood as well as strengthen your body, and the "
    "effect shows up after only a few weeks of moderate exercise, researchers report.",
    "In the study, adults who walked briskly for thirty minutes on most days said they felt "
    "less anxious and slept better than those who kept to their usual routine.",
    "The benefit held for people who had never exercised before, which the authors say "
    "should encourage anyone who finds it hard to get started.",
]


def test_author_and_reviewer_bios_after_the_article_are_not_body() -> None:
    # "About the Author" opens a section like a related heading: a bio of one or two
    # paragraphs after it does not join the article region
    lines = [
        *_MENU,
        "Regular physical activity can boost mood",
        *_HEALTH,
        "About the Author",
        "Maureen Salter, Executive Editor, Women's Health Watch",
        "Maureen Salter is the executive editor of Women's Health Watch. She also writes for "
        "the Health Letter and the Heart Letter, and has covered medicine for twenty years.",
        "View all posts by Maureen Salter",
        "About the Reviewer",
        "Toni Gallen, MD, Editor in Chief, Women's Health Watch",
        "Dr. Toni Gallen is a physician specializing in obstetrics and gynecology, practicing in "
        "Boston, where she completed her residency training.",
        "View all posts by Toni Gallen, MD",
        "Share",
    ]
    r = strip_lines(lines)
    assert r.lines == _HEALTH


@pytest.mark.parametrize(
    "line",
    [
        "Get breaking news alerts and special reports. The news and stories that matter, "
        "delivered weekday mornings.",
        "Stay up to date with Ascom. Subscribe to our newsletter.",
        "Join our newsletter",
        "Was this newsletter forwarded to you? Sign up to get it in your inbox.",
        "Enter your email address to get our weekly roundup",
    ],
)
def test_newsletter_boxes_are_subscribe_lines(line: str) -> None:
    assert lexicon_category(line_features([line])[0]) == "subscribe"


def test_a_sentence_about_staying_up_to_date_is_body() -> None:
    line = (
        "Doctors say it is important to stay up to date with vaccinations, especially for "
        "older adults and people with chronic conditions."
    )
    assert lexicon_category(line_features([line])[0]) == ""


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Protesters have worn masks to protect their identities (Image: GETTY )", "credit"),
        ("A cross-section through the module showing the crew quarters. Credit: ESA", "credit"),
        ("Interior design by Fletcher Rhodes, Sonoma CA. Photo: Thomas Kuoh", "credit"),
        (
            "A worker loads trims into his truck outside a store in Hialeah, Fla. "
            "(AP Photo/Alan Diaz, File)",
            "credit",
        ),
        ("The mayor at the opening of the bridge (Photo by Jane Roe/Getty Images)", "credit"),
        # a source at the end of a sentence of the body is not a caption, nor a list item
        ("Prices rose by five percent last year across the region (Source: Eurostat)", ""),
        ("Wallet (credit/debit cards, cash, etc.)", ""),
        ("The minister gave one reason for the delay: money", ""),
    ],
)
def test_photo_captions_ending_with_their_credit(line: str, category: str) -> None:
    assert lexicon_category(line_features([line])[0]) == category


def test_captions_between_paragraphs_are_dropped_and_the_body_kept() -> None:
    captions = [
        "The bacterium is carried by fleas on wild rodents (Image: GETTY)",
        "A plague doctor's mask from the 17th century (Image: GETTY)",
    ]
    lines = [
        *_MENU,
        _TITLE,
        _LEDE,
        _FIRST[0],
        captions[0],
        *_FIRST[1:],
        captions[1],
        *_AFTER_BOX,
    ]
    r = strip_lines(lines)
    assert r.lines == [_LEDE, *_FIRST, *_AFTER_BOX]
    assert {x.line: x.reason for x in r.removed}[captions[0]] == "credit"


_GIT = [
    "Git keeps a full copy of the history in every clone, so most commands run without a "
    "network connection and finish almost at once.",
    "A branch is only a pointer to a commit, which is why creating and switching branches is "
    "cheap and why teams use them for every change, however small.",
    "This is only a short introduction, and there is much more to learn. Here are a few other "
    "options I would suggest for learning more about git:",
]
_RESOURCES = ["GitHub's git tutorial", "Pro Git book", "Oh shit, git!", "Git from the bottom up"]


def test_the_list_that_the_last_sentence_introduces_is_kept() -> None:
    # the article's last sentence announces a list of short items; the region search stopped
    # at the sentence (short lines weigh against it) and the items went with the footer
    lines = [
        *_MENU,
        "A brief introduction to git",
        *_GIT,
        *_RESOURCES,
        "Share this:",
        "Facebook",
        "Twitter",
        "Related Posts",
        "How I set up my editor for writing",
        "Notes on moving my blog to a static site",
    ]
    r = strip_lines(lines)
    assert r.lines == [*_GIT, *_RESOURCES]


_CLEANING = [
    "More households are booking cleaning services on a regular schedule instead of calling a "
    "company once a year, and many ask for products that are safe for children and pets.",
    "Cleaning companies are also adding services such as organising closets and washing "
    "windows, so that one visit covers what used to take several different contractors.",
    "Whatever the trend, the best results still come from a team that knows your home and a "
    "plan that fits your routine, your budget and the way your family lives.",
]
_BIO = [
    "Karina Cole",
    "Karina Cole is the owner of a local cleaning company serving the greater Denver area. "
    "She worked for fifteen years as an executive in fashion and retail before starting it.",
    "Karina holds a business degree, and when she is not running the company she serves on "
    "the board of a local charity that supports families and small businesses.",
]


def test_an_author_bio_at_the_end_of_the_region_is_not_body() -> None:
    # a name on its own line, then a paragraph that starts with it, after the last paragraph
    lines = [*_MENU, "The latest trends in house cleaning services", *_CLEANING, *_BIO]
    r = strip_lines(lines)
    assert r.lines == _CLEANING
    assert {x.line: x.reason for x in r.removed}[_BIO[1]] == "author_bio"


def test_a_named_item_followed_by_more_of_the_body_is_kept() -> None:
    # the same shape inside a list of brands, with more paragraphs after it, is body text
    brand = [
        "Stella McCartney",
        "Stella McCartney is a pioneer in sustainable luxury fashion, known for clothes made "
        "without leather or fur and for recycled fabrics in every collection.",
    ]
    body = [_CLEANING[0], *brand, *_CLEANING[1:], _HEALTH[0]]
    lines = [*_MENU, "The best sustainable clothing brands", *body]
    r = strip_lines(lines)
    assert r.lines == body


_SAFETY = [
    "Safety comes first on every job. Knowing the basic rules for working around electricity "
    "protects you, your crew and the people who live and work in the buildings you service.",
    "Confirm equipment is in working order before use",
    "Before using any electrical tool, look over the cord, the plug and the casing for damage, "
    "and take anything with frayed insulation or a loose plug out of service at once.",
    "Related: Three tips for preventative maintenance on the job site",
    "Use extension cords with caution",
    "Extension cords are a necessity on most sites, but they should only ever be a temporary "
    "solution, and they should never be run under rugs, through doorways or across walkways.",
    "[ Read more: Electrical shock prevention for utility technicians ]",
    "Stay dry",
    "Water and electricity do not mix. Even sweaty hands lower the resistance of the skin, so "
    "keep gloves and tools dry and stop work when rain reaches the equipment you are using.",
    "Also read: Why inspections of protective equipment matter",
]


def test_related_links_written_with_their_heading_are_chrome() -> None:
    # "Related: <headline>" between the sections of a guide: a link to another article, on one
    # line with its heading; it counted as a short body line and was kept
    lines = [*_MENU, "Electrical safety tips and best practices", *_SAFETY]
    r = strip_lines(lines)
    links = [_SAFETY[3], _SAFETY[6], _SAFETY[9]]
    assert r.lines == [ln for ln in _SAFETY if ln not in links]
    assert {x.line: x.reason for x in r.removed if x.line in links} == dict.fromkeys(
        links, "related_link"
    )


def _speaker(name: str, review: str, likes: list[str], know: list[str]) -> list[str]:
    # blocks as a text dump writes them, a blank line between them
    return [
        *(name, "", review, ""),
        *("Why We Like It", "", *likes, ""),
        *("What You Should Know", "", *know, ""),
    ]


_SPEAKERS_INTRO = (
    "We tested more than forty portable speakers over the last two years, at the beach, on "
    "hikes and at backyard parties, and these are the ones we would buy with our own money."
)
_SPEAKERS = [
    *_speaker(
        "1. Soundcore Motion Boom",
        "This speaker is large for a portable model, and we nearly left it off the list, but "
        "its bass filled a backyard party in a way that no other speaker we tested could match.",
        [
            "The bass is remarkable for a portable speaker",
            "Its sound is clearer than most of the other options here",
        ],
        [
            "It is heavy enough to make carrying it on long trips a chore",
            "It is not the cheapest speaker on this list by a long way",
        ],
    ),
    *_speaker(
        "2. JBL Clip 5",
        "The Clip 5 is a popular speaker for travel because of the clip built into its frame, "
        "and in our tests its bass was stronger than that of most speakers of the same size.",
        [
            "The built-in clip makes it easy to hang from a backpack",
            "The bass thumps well for such a small speaker",
        ],
        [
            "The clip adds a lot of size to the speaker's footprint",
            "At high volume with heavy bass the high notes get muddy",
        ],
    ),
]


def test_lists_under_a_subheading_that_each_item_repeats_are_kept() -> None:
    # a review: every product has the same subheadings, each over a list of short phrases;
    # the lists were taken for runs of related links between the paragraphs and dropped
    lines = [*_MENU, "", "The best portable Bluetooth speakers", "", _SPEAKERS_INTRO, ""]
    lines += [*_SPEAKERS, _CLEANING[2]]
    r = strip_lines(lines)
    assert r.lines == [_SPEAKERS_INTRO, *[ln for ln in _SPEAKERS if ln], _CLEANING[2]]


_DESKS = [
    "We scored every converter on the same eight criteria, from the space it leaves for a "
    "keyboard to its warranty, and averaged the scores into the total in the last column.",
    "Rank Product Keyboard Space Ease of Use Stability Ergonomics Warranty Total",
    "#11 Eureka 36 7.0 9.2 8.5 6.5 5.4 7.4 /10",
    "#12 TaskMate Go 6300 8.0 7.5 6.4 8.5 9.0 7.3/ 10",
    "#13 Fully Cooper 8.0 7.5 8.7 6.5 3.6 7.3/ 10",
    "#14 Varidesk Cube Corner 7.0 7.5 6.9 6.5 8.0 7.1 /10",
    "The scores are close in the middle of the table, so read the reviews of the desks you are "
    "considering before you buy: a point of stability matters more than a point of space.",
]


def test_table_rows_between_paragraphs_are_body_text() -> None:
    # a score table saved one row per line: a run of short lines without sentence marks, so it
    # was taken for a list of related links
    lines = [*_MENU, "The best standing desk converters", *_CLEANING[:1], *_DESKS]
    r = strip_lines(lines)
    assert r.lines == [*_CLEANING[:1], *_DESKS]


_MANAGER = [
    "The club confirmed the appointment on Wednesday morning, less than twelve hours after "
    "the previous head coach left by mutual consent following a run of poor results.",
    "Players were quick to thank the outgoing coach on social media.",
    "I cannot thank this man enough. He taught me so much and I am grateful for everything.",
    "— Jamie Doyle (@jamie_doyle) November 19, 2019",
    "The side have won five of their fourteen league matches this season and sit in the "
    "bottom half of the table, eleven points behind the places for European competition.",
    "The new coach takes charge for the first time away from home on Saturday afternoon, "
    "with the club hoping that a quick change of mood will lift them back up the table.",
]


def test_the_signature_of_a_post_quoted_in_the_body_is_kept() -> None:
    # "— Name (@handle) date" closes an embedded post: it has a dateline's shape but belongs
    # to the quote, which the body keeps
    lines = [*_MENU, "Club appoints new head coach after sacking", *_MANAGER]
    r = strip_lines(lines)
    assert r.lines == _MANAGER


_METH = [
    "The campaign, which includes both digital and TV ads, cost the state roughly $449,000, "
    "according to the Sioux Falls Argus Leader.",
    "“South Dakota: if we were any higher, we’d be North Dakota,” one user quipped.",
    "Another wondered why the state bothered to trademark the tagline in the first place.",
    "I love that they trademarked it. Don't worry, South Dakota, no one's going to take your "
    "slogan. https://t.co/XPxUJuyIAC",
    "— Robert Maguire (@RobertMaguire_) November 18, 2019",
    "The latest initiative comes as the state struggles to address its growing rate of "
    "methamphetamine use in recent years, particularly among its youth.",
    "In 2016, the state's Department of Social Services reported that the number of young "
    "people in the state who have reported using meth was 3.8 percent.",
]


def test_the_text_of_a_post_quoted_in_the_body_above_its_signature_is_kept() -> None:
    # the post's text ends with its link, no full stop: a long headline-like line, and the
    # signature under it has a dateline's shape; the signature is the quote's, not chrome
    # (a paragraph a block, as the page prints them)
    lines = [*_MENU, "South Dakota governor doubles down on anti-drug campaign"]
    for line in _METH:
        lines += ["", line]
    r = strip_lines(lines)
    assert r.lines == _METH


def test_a_post_quoted_in_the_body_on_lines_of_its_own_is_no_link_list() -> None:
    # the same page as a dump without blank lines: the post's text and its signature are two
    # headline-like lines in a row between paragraphs, a quoted post and not two links
    lines = [*_MENU, "South Dakota governor doubles down on anti-drug campaign", *_METH]
    r = strip_lines(lines)
    assert r.lines == _METH


_OMAR = [
    "Omar asked for compassion during Carlineo's sentencing in a letter posted on Twitter "
    'Tuesday, saying she did not think a severe sentence would be helpful. She added, "We must '
    'teach the defendant love."',
    '"But we must ask: who are we as a nation if we respond to threats of political '
    'retribution with retribution ourselves? " she wrote in her letter. "The answer to hate is '
    'not more hate; it is compassion."',
    "Sharing my full letter on the the sentencing of Patrick W. Carlineo, a man convicted of "
    "threatening my life.",
    "We must apply a system of compassion to criminal justice.",
]
_OMAR_POST = [
    "Who are we as a nation if we respond to threats of political retribution with retribution "
    "ourselves? pic.twitter.com/s96jjh8AlD",
    "— Rep. Ilhan Omar (@Ilhan) November 19, 2019",
]
_OMAR_AFTER = [
    "Updated at 1:23 p.m.",
    "Tags Alexandria Ocasio-Cortez jeanine pirro Ilhan Omar death threat",
    "View the discussion thread.",
    "Most Popular",
    "Krystal Ball issues warning to Biden supporters",
    "Rising",
    "Most GOP voters say adoption agencies shouldn't be allowed to refuse same-sex couples",
    "Rising",
]


def test_a_post_quoted_at_the_end_of_the_body_is_kept_with_its_signature() -> None:
    # the post's last line ends with its link and weighs against the region, which ended
    # above it; the signature under it closes the quote, and the body with it
    lines = [
        "New York man pleads guilty to threatening to kill Omar | TheHill",
        "",
        "Skip to main content",
        "",
        "New York man pleads guilty to threatening to kill Omar",
        "",
        "By Justine Coleman - 11/18/19 11:04 PM EST",
        "",
    ]
    # (the page prints the letter's two lines and the post's text in one block)
    for block in [_OMAR[:1], _OMAR[1:2], [*_OMAR[2:], _OMAR_POST[0]], _OMAR_POST[1:]]:
        lines += [*block, ""]
    for line in _OMAR_AFTER:
        lines += [line, ""]
    r = strip_lines(lines)
    assert r.lines == [*_OMAR, *_OMAR_POST]


_EVENTS = [
    "Developer conferences fill up early, so we list the dates, the place and what each one "
    "covers, with the price of a ticket where the organisers have announced it already.",
    "",
    "1. Northern Security Summit",
    "",
    "Date: usually the second week of June (exact dates to be announced)",
    "Location: Gothenburg, Sweden, and online for the talks of the main stage",
    "Focus: offensive and defensive security research, incident response and threat hunting",
    "",
    "The summit is one of the largest meetings of security researchers in Europe, known for "
    "its long technical talks and for the hands-on workshops that run on the day before it.",
]
_PHONE = [
    "If you record with a smartphone, here are some tips to get the best possible sound:",
    "",
    "\u200d",
    "",
    "Find a quiet room and hold your phone six to twelve inches from your mouth",
    "Put your phone in airplane mode to avoid notification sounds and interference",
    "Use the voice memo app rather than the camera, as it is tuned for capturing a voice",
    "",
    "Whether you choose a phone or a computer, a short test recording before every session "
    "tells you more about your sound than any setting you could change in advance.",
]


@pytest.mark.parametrize("body", [_EVENTS, _PHONE], ids=["record fields", "invisible line"])
def test_lists_of_the_body_are_not_related_links(body: list[str]) -> None:
    # a run of fields ("Date: ...", "Location: ...") is a record of the body, and a list whose
    # introducing sentence is separated from it by a line of invisible characters is still
    # introduced by it: neither is a run of links to other articles (blocks of a text dump
    # are separated by blank lines)
    lines = [*_MENU, "", "Events and guides for the year ahead", "", _CLEANING[0], "", *body]
    r = strip_lines(lines)
    visible = [ln for ln in r.lines if ln.strip("\u200d")]
    assert visible == [_CLEANING[0], *(ln for ln in body if ln.strip("\u200d"))]


def test_the_consent_line_of_a_form_after_the_article_is_chrome() -> None:
    # a newsletter form right after the last paragraph: its consent sentence read as prose
    consent = (
        "By providing your information and clicking Subscribe, you agree to our Terms of Use "
        "and Privacy Policy. You also agree to receive emails from us."
    )
    lines = [*_MENU, "", "The latest trends in house cleaning services", "", *_CLEANING, ""]
    lines += ["Get our weekly newsletter", "", "Email address", "", consent, "", "Subscribe"]
    r = strip_lines(lines)
    assert r.lines == _CLEANING
    assert {x.line: x.reason for x in r.removed}[consent] == "cookie"


def test_a_comments_heading_that_names_the_article_closes_it() -> None:
    # "6 thoughts on “<title>”" is longer than a heading, so the readers' comments under it
    # were taken for more of the article
    comments = [
        "6 thoughts on “The latest trends in house cleaning services”",
        "Gaye",
        "August 8, 2018 at 3:17 pm",
        "Thank you for this article, it finally convinced me to book a cleaning company for "
        "the whole house every two weeks instead of doing everything myself on weekends.",
        "Jan Smith",
        "August 8, 2018 at 7:21 pm",
        "We tried a service last year and the team was great, but the company raised its "
        "prices twice in six months, so please tell readers to ask about that before signing.",
    ]
    lines = [*_MENU, "The latest trends in house cleaning services", *_CLEANING, *comments]
    r = strip_lines(lines)
    assert r.lines == _CLEANING
    assert {x.line: x.reason for x in r.removed}[comments[0]] == "comments"


# an investment platform's blog: a menu row saved as the page's first line, whose "Terms of
# Service" is printed again in the footer right above the platform's disclaimers
_CATERING = [
    "There are many different types of catering services available, and it can be difficult to "
    "know which one is right for your event. In this blog post, we'll compare three different "
    "types of catering services to help you make an informed decision.",
    "If you're looking for a complete A-to-Z catering experience, then full service catering is "
    "the way to go.",
    "Full service catering includes everything from menu planning and design to bartending "
    "services to clean-up. Basically, all you have to do is show up and enjoy your event!",
    "In-house catering is when the event venue also provides the catering services. This type "
    "of catering is becoming increasingly popular because it takes care of everything in one "
    "fell swoop.",
    "As you can see, there are many different types of catering services available to suit any "
    "type of event. By taking the time to compare your options, you can be sure that you "
    "choose the right catering service to make your event a success!",
]
_DISCLAIMERS = [
    "This Platform may contain certain historical returns, expected returns, projections or "
    "forward-looking statements. Past performance is not a guarantee of future results.",
    "All investments involve risk, including the risk of the partial or total loss of your "
    "invested capital. Investment decisions should be made based on your own objectives, risk "
    "tolerance and circumstances, and in consultation with your own professional advisors.",
    "While the data we use from third parties is believed to be reliable, we cannot ensure the "
    "accuracy or completeness of data provided by investors or other third parties.",
]


_FOLLOW = [f"Follow Us on {name}" for name in ("Facebook", "Instagram", "Twitter", "LinkedIn")]


def test_an_item_of_a_menu_row_printed_again_is_not_the_headline() -> None:
    # the first line is a row of menu links, not the page title: its item "Terms of Service"
    # printed again in the footer does not make the disclaimers under it the article
    lines = [
        "Terms of Service | Partner with us | Read post | Sign In | Privacy Policy | FAQ | Blog",
        "Sign In",
        "Comparing Different Types Of Catering Services",
        *_CATERING,
        "Tags: About, Return on Investment, Chicago, IL 60654",
        "Be the first to know about new franchise opportunities.",
        "Email (Required)",
        "© FranShares 2025",
        "Chicago, IL 60654",
        *_FOLLOW,
        "Blog",
        "Careers",
        "Privacy Policy",
        "Terms of Service",
        "© FranShares 2025",
        *_FOLLOW,
        *_DISCLAIMERS,
    ]
    r = strip_lines(lines)
    assert r.lines == _CATERING


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("Natalie Naccache | Bloomberg | Getty Images", "credit"),
        ("Firn | Getty Images", "credit"),
        ("Studio Light and Shade | Getty Images", "credit"),
        # a news agency's own page is titled this way: its name after a bar is no credit
        ("Emirates buys 30 Boeing 787 Dreamliners | Reuters", ""),
    ],
)
def test_photo_credits_set_apart_by_bars(line: str, category: str) -> None:
    assert lexicon_category(line_features([line])[0]) == category


def test_photo_credits_between_the_items_of_a_guide_are_dropped() -> None:
    # a guide of houseplants as html-text prints it: each item's name, its picture's credit
    # ("Photographer | Agency"), its paragraph
    items = [
        (
            "Prayer Plant (Maranta leuconeura)",
            "Firn | Getty Images",
            "Also known as the rattlesnake plant or the red-veined prayer, these plants are "
            "native to the American tropics, where they are low-growing, spreading plants that "
            "thrive in greenhouse-like conditions with high humidity, warmth, and gentle air "
            "flow. They also prefer warm, filtered water.",
        ),
        (
            "Japanese Sago Palm (Cycas revoluta)",
            "Kathyn8 | Getty Images",
            "Sago palms are native to Japan, and their slow growth rate (sometimes only one leaf "
            "per year) makes them an ideal houseplant. They do best in bright light but can "
            "tolerate lower light conditions as long as they are not left in the dark for long.",
        ),
        (
            "Jewel Orchid (Ludisia discolor)",
            "soniabonet | Getty Images",
            "Native to Southeast Asia, northern India, and China, jewel orchids have large, "
            "velvety reddish-green leaves and can produce white flowers in the right "
            "conditions. Unlike most orchids, they grow in soil rather than on trees.",
        ),
    ]
    lines = [
        "15 Indoor Plants That Can Handle Low Light",
        "",
        "Skip to content",
        "",
        "15 Indoor Plants That Can Handle Low Light",
        "",
        "Not all areas of your house can be perfectly lit, but that shouldn't keep you from "
        "adding plants to all corners and nooks to create the perfect home oasis. There are "
        "actually many houseplants that thrive in shady spots, including flowering plants.",
        "",
        "Here are 15 great low light indoor plants to add to your home.",
    ]
    for name, credit, text in items:
        lines += ["", name, "", credit, "", text]
    r = strip_lines(lines)
    credits = [item[1] for item in items]
    assert [x.line for x in r.removed if x.reason == "credit"] == credits
    assert all(text in r.lines for _, _, text in items)
    assert all(name in r.lines for name, _, _ in items)
