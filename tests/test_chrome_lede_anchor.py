"""A dump that prints no page title (inscriptis, a browser's innerText): the headline is found
by its lede, whose words tell again what the headline says. Written to the pattern of a real
page of the benchmark (a charity evaluator's blog post, an "open thread" of two paragraphs
under the site's menu of bulleted links, then a readers' thread of long replies that is the
biggest block of prose on the page)."""

from __future__ import annotations

from cleanscrape.chrome.features import line_features
from cleanscrape.chrome.lede_anchor import dated_headline, lede_candidates, titled
from cleanscrape.chrome.memo import page_lines
from cleanscrape.chrome.regions import tag_lines
from cleanscrape.chrome.strip import classify_lines

_MENU = [
    "* Giving Wisely",
    "   + Giving Basics",
    "   + Your Gift Can Change a Family's Year",
    "   + Quick Start Guide",
    "* How We Work",
    "   + Who We Are",
    "   + Process",
    "   + Research Questions",
    "* Recommended Charities",
    "   + Clean Water Trust",
    "   + Bed Net Alliance",
    "   + School Meals Fund",
    "* About",
    "   + Our Story",
    "   + Contact Us",
    "   Enter search terms here.",
    "   Search",
    "   Home",
]
_POST = [
    "The Charity Notes Blog",
    "March 2019 open thread",
    "* Previous Post",
    "* Next Post",
    "March 11, 2019 | by Dana",
    "Our goal with hosting quarterly open threads is to give blog readers an opportunity to "
    "publicly raise comments or questions about our charity research (in the comments "
    "section below). As always, you are welcome to email us instead if you prefer.",
    "You can view our December 2018 open thread here.",
    "Posted in Open thread | Permalink | 6 Comments",
    "Comments",
]
_THREAD = [
    "* Priya on March 12, 2019 at 4:47 pm said:",
    "Has the new follow-up study of school meals changed how you weigh the programme against "
    "the water trust, and when will you publish your review of it?",
    "* Dana (Charity Notes) on March 14, 2019 at 5:23 pm said:",
    "Hi Priya,",
    "We have not yet reviewed the follow-up study, but we plan to consider it as part of our "
    "year-end review of school meals, together with the other studies published this year.",
    "The original trial measured attendance over two years in three districts, and the new "
    "study follows the same pupils for another four years, which is what we most wanted.",
    "We will write about what we find in a separate post once the review is complete, and "
    "we will link to it from this thread so that readers can follow the discussion.",
    "* Tomas on March 17, 2019 at 6:34 am said:",
    "I skimmed your report on bed nets and did not see any analysis of how long the nets last "
    "in households where they are washed often, which seems important to the estimate.",
    "Logically there must be some rate of washing at which a net stops being worth handing "
    "out, and I would like to know whether you have looked at the durability data at all.",
    "* Dana (Charity Notes) on March 19, 2019 at 12:48 pm said:",
    "Hi Tomas,",
    "Our best guess is that any effect of washing on the life of a net is fairly small. We "
    "have limited data on this question, and the only information we have is from one trial.",
    "In that trial the authors tried to test how nets wear out, but the evidence is mixed, "
    "and there is no significant difference in holes between the households that wash often.",
    "Reductions in the life of a net at levels similar to those in the trial are small enough "
    "that we do not model them. That said, the study raises questions we hope to return to.",
    "We detailed several other considerations related to net durability in a post from 2017, "
    "and we would be glad to hear about any data on this that we have not seen yet.",
    "Comments are closed.",
]


def _kept(lines: list[str]) -> list[str]:
    return [v.text for v in classify_lines(lines).verdicts if v.keep]


def _laid_out(menu: list[str], blocks: list[str], thread: list[str]) -> list[str]:
    """As inscriptis prints them: list items indented by depth with their bullet, other
    blocks indented and apart (a blank line between), the replies indented deeper."""
    lines = [(" " * 14 if ln[0] == "*" else " " * 15) + ln for ln in menu]
    for block, indent in ((blocks, 12), (thread, 20)):
        for ln in block:
            lines += [" " * indent + ln, ""]
    return lines


def test_the_headline_found_by_its_lede_wins_over_a_bigger_thread() -> None:
    # no line names a page title: the thread is the biggest block, but "open thread" comes
    # back in the post's first paragraph, so the post under its headline is the article
    kept = _kept(_laid_out(_MENU, _POST, _THREAD))
    assert _POST[5] in kept
    assert "You can view our December 2018 open thread here." in kept
    assert not any("durability" in line for line in kept)


_STORY = [
    "* News",
    "* Sport",
    "* Weather",
    "Spending plan passes narrowly",
    "The city council approved a budget of four million for the coming year on Tuesday "
    "evening, after a debate that lasted well past midnight in the old town hall.",
    "Members voted eleven to four in favour, with two of the opposition members abstaining "
    "because they wanted more money spent on the repair of roads and bridges.",
    "Most of the new spending goes to schools and to the bus service, which the council "
    "says carried more passengers last year than at any time in the last decade.",
    "Most read",
    "Harbour festival returns after a long break",
    "Visitors can expect music on three stages and food stalls along the quay, the "
    "organisers said, and the ferry will run every half hour for the whole weekend.",
]


def test_no_title_like_line_whose_words_recur_in_its_lede_changes_nothing() -> None:
    # the story's headline shares no content word with its first paragraphs, and the
    # teaser's title no word with its summary: no anchor, the story stays the article
    feats = line_features(_STORY)
    tags = tag_lines(feats, diacritics=False)
    assert lede_candidates(feats, tags, skip=frozenset(), region=(len(feats), len(feats))) == []
    assert _kept(_STORY) == _STORY[4:7]


# A press release republished under an energy retailer's chrome, as a dump without a title
# line (it opens with a menu row): the release under its headline, the site's cards, then
# a booking form under its own short title, whose first sentence repeats all its words.
_RELEASE = [
    "Ascom announces a strategic distribution partnership with GE Healthcare in Europe for "
    "intensive care units",
    "Based on Ascom’s connectivity, clinical workflow and mobility expertise, the Digistat "
    "Patient Watch solution provides clinicians throughout Europe with an innovative solution "
    "to address the needs of Intensive Care Units (ICUs).",
    "This partnership further expands the existing global relationship between GE and Ascom.",
    "In traditional ICUs, each patient is wired to up to ten medical equipment – from "
    "monitoring devices to ventilators or infusion pumps.",
    "The new alarm management solution called Digistat Patient Watch, collects data from a "
    "variety of devices connected to the patient providing a holistic view at the patient "
    "bedside level and at the ICU level. This critical data can also be displayed on a "
    "handheld mobile device, such as the Ascom Myco 2 which is designed specifically for "
    "clinical staff.",
    "The benefits for healthcare professionals may include helping improve staff efficiency, "
    "supporting better organization of patient care and implementing procedures to reduce "
    "the number of alarms. “Digistat Patient Watch helps clinicians leverage patient data to "
    "increase situational awareness and align priorities. It has the potential to change "
    "their practice and improve workflow efficiency” says André Neu, Head of Platform "
    "Solutions for Ascom.",
    "For more information on the Digistat Patient Watch solution, as well as on Ascom’s "
    "innovative clinical care solutions, please visit: www.ascom.com",
    "[1] Alarm fatigue: impacts on patient safety, Ruskin KJ, Hueske-Kraus D. Curr Opin "
    "Anaesthesiol.",
]
_SHOP_HEAD = [
    "Lifestyle | Manufacturing | Services | Enphase Care | Read More | EV chargers | Module "
    "compatibility | Press releases | Investors",
    "Solar installation: A step-by-step guide for homeowners | Enphase",
    "Skip to main content",
    "Homeowners",
    "Enphase for home",
    "Batteries",
    "Microinverters",
    "EV chargers",
    "Find an installer",
    "Back",
]
_SHOP_TAIL = [
    "Tags: Remove, Enphase Care, Contact us",
    "Everything you need to know about the home solar permit process",
    "Read More",
    "October 2024",
    "A homeowner’s guide for choosing the right number of solar panels",
    "Read More",
    "February 2026",
    "How to go solar: A step-by-step guide for homeowners",
    "Read More",
    "Services and Frequently bought products",
    "Services for your product.",
    "Loading",
    "Installation at-home consultation",
    "Need help with installation? Start by booking an At-home Consultation with an "
    "independent installation professional to receive a quote for your custom installation.",
    "Confirm your installation zip code:",
    "Confirm",
    "Great news: Enphase’s at-home EV charger installation services are available in your area.",
    "Unfortunately, Enphase's at-home EV charger installation services are not yet available "
    "in your area. You can click here to browse electricians with EV charger expertise.",
    "Are you shipping to your installation address?",
    "Enter your installation address:",
    "I have read Enphase's Privacy policy and I have read and agree to Enphase's terms and "
    "conditions.",
    "I understand that this service is fulfilled by an independent professional utilizing "
    "the Enphase O&M Marketplace’s 365 Pronto platform. I confirm that I have reviewed and "
    "accept the 365 Pronto Customer Platform Services Agreement.",
    "Price : $",
    "Add",
    "The At-home Consultation helps determine the full cost to install your new EV charger. "
    "The $150 fee is subtracted from your final installation price if you choose to accept "
    "the quote. After check out, Enphase will send you an email from its 365 Pronto Platform "
    "describing next steps.",
    "What is included in this price?",
    "The At-home Consultation includes a report detailing your EV readiness, and a custom, "
    "no-obligation quote for your EV charger installation. This $150 fee is subtracted from "
    "your final installation price if you choose to accept the quote.",
    "What are the next steps?",
    "After you check out, Enphase will send you a confirmation email from the 365 Pronto "
    "Platform, and your installation professional will directly contact you to schedule a "
    "time for your At-home Consultation.",
    "How will I be charged for these services?",
    "The charge for your At-home Consultation will be processed through Enphase's Store. If "
    "you choose to accept your installation quote, you will pay for the installation "
    "separately via the 365 Pronto Platform.",
    "Show less",
    "Cart",
    "Sign in",
]


def test_a_region_under_its_own_headline_keeps_it_against_a_smaller_titled_block() -> None:
    # both headlines' words recur in the paragraphs under them (the form's title in full,
    # the release's in part): the release is the biggest block and has its own headline,
    # so the form under its title does not take the story's place
    page = [*_SHOP_HEAD, *_RELEASE, *_SHOP_TAIL]
    kept = _kept(page)
    assert all(line in kept for line in _RELEASE[1:])
    assert not any("Consultation" in line or "Pronto" in line for line in kept)
    assert not any(line in kept for line in _SHOP_HEAD)
    assert "Read More" not in kept


def test_the_release_alone_is_what_the_page_keeps_without_the_form() -> None:
    # (the same page without the form: the region and its headline as before)
    page = [*_SHOP_HEAD, *_RELEASE, *_SHOP_TAIL[:9]]
    kept = _kept(page)
    assert all(line in kept for line in _RELEASE[1:])
    assert not any(line in kept for line in _SHOP_HEAD + _SHOP_TAIL[:9])


# A store's buying guide as inscriptis prints it (WCXB-dev 4647, reduced to the lines that
# matter; its own lines and indentation): no title line, a promo banner printed inside the
# page's elements as the first line, the site's menu, then the guide under its headline:
# an intro paragraph, three tiers of picks (a name, a brand, a price and a sentence each), and
# the last tier's longer blurbs with the closing paragraph, the longest run of prose. Every
# line from the headline down to that run is printed at the headline's depth or deeper: the
# element that holds the headline holds the run.
_GUIDE_LINES = [
    (12, "Free Shipping on All Orders"),
    (12, "SAVE15 - Additional 15% OFF all orders"),
    (12, "Promo Code: SAVE15"),
    (6, "Cart 0"),
    (12, "* Holiday Sale"),
    (12, "* Package Deal"),
    (12, "* Racks & Cages"),
    (18, "Racks & Cages"),
    (20, "+ Half Racks"),
    (20, "+ Power Racks"),
    (12, "* Benches"),
    (10, "Search Account Cart 0"),
    (0, ""),
    (10, "Search our store"),
    (0, ""),
    (18, '""'),
    (10, "Popular Searches:"),
    (12, "T-Shirt Blue Jacket"),
    (12, "News"),
    (0, ""),
    (12, "The Best Home Gym Setups for Any Budget"),
    (0, ""),
    (14, "by ALLIN ONE on Jan 22, 2025"),
    (0, ""),
    (
        12,
        "Building a home gym doesn’t have to be expensive. No matter your budget, you can "
        "create a setup that helps you achieve your fitness goals with smart choices and "
        "quality equipment. Here’s a guide to building a home gym for $500, $1,000, and "
        "$2,500—featuring products that maximize space, performance, and value.",
    ),
    (0, ""),
    (12, "Home Gym Setup for $500"),
    (0, ""),
    (12, "Key Focus: Versatility and portability"),
    (0, ""),
    (13, "1. Compact Weight Bench"),
    (16, "Brand Recommendation: Echo Strength Flat Bench"),
    (16, "Price: $299"),
    (
        16,
        "A solid, space-saving bench is perfect for strength training exercises like presses "
        "and step-ups.",
    ),
    (0, ""),
    (13, "2. Adjustable Dumbbells (Basic)"),
    (16, "Brand Recommendation: CAP Barbell Adjustable Dumbbells Set"),
    (16, "Price: $150"),
    (
        16,
        "An even more cost-effective option, this set is compact, durable, and ideal for "
        "basic strength training at home.",
    ),
    (0, ""),
    (13, "3. Jump Rope"),
    (16, "Brand Recommendation: Rogue SR-1 Speed Rope"),
    (16, "Price: $30"),
    (
        16,
        "Perfect for cardio that requires no extra space, jump ropes are inexpensive, "
        "effective, and portable.",
    ),
    (0, ""),
    (12, "Total Cost: Around $500"),
    (0, ""),
    (12, "Home Gym Setup for $1,000"),
    (0, ""),
    (12, "Key Focus: Strength and cardio balance"),
    (0, ""),
    (13, "1. Folding Treadmill"),
    (16, "Brand Recommendation: Sunny Health & Fitness SF-T7515 Smart Treadmill"),
    (16, "Price: $499"),
    (
        16,
        "Compact, foldable, and Bluetooth-enabled, this treadmill adds cardio to your routine"
        " without overwhelming your space.",
    ),
    (0, ""),
    (13, "2. Power Tower"),
    (16, "Brand Recommendation: RELIFE Rebuild Your Life Power Tower"),
    (16, "Price: $199"),
    (
        16,
        "A durable, multi-purpose station ideal for bodyweight exercises like pull-ups, dips,"
        " and leg raises.",
    ),
    (0, ""),
    (13, "3. Adjustable Dumbbells"),
    (16, "Brand Recommendation: NordicTrack Select-A-Weight Dumbbells"),
    (16, "Price: $379"),
    (
        16,
        "Offering a wide range of weight options in a single pair, these dumbbells are "
        "perfect for varied strength training routines.",
    ),
    (0, ""),
    (13, "4. Exercise Mat"),
    (16, "Brand Recommendation: Balance From GoYoga All-Purpose Mat"),
    (16, "Price: $30"),
    (
        16,
        "A thick, durable mat offers a safe, comfortable surface for everything from yoga to "
        "core work.",
    ),
    (0, ""),
    (12, "Total Cost: Around $1,000"),
    (0, ""),
    (12, "Home Gym Setup for $2,500"),
    (0, ""),
    (12, "Key Focus: Full-body strength and safety"),
    (0, ""),
    (13, "1. Multi-Functional Trainer"),
    (
        16,
        "Brand Recommendation: Echo Strength Plate Loaded Smith Functional Trainer - All in "
        "ONE Home Gym",
    ),
    (16, "Price: $1,699"),
    (
        16,
        "Combining a power rack, cable system, and Smith machine, this dynamic tool covers "
        "all your strength needs while optimizing space.",
    ),
    (0, ""),
    (13, "2. Air Resistance Rower"),
    (16, "Brand Recommendation: XTERRA Fitness ERG700 Rower"),
    (16, "Price: $799"),
    (
        16,
        "A space-saving rower with smooth air resistance for effective full-body cardio and "
        "endurance training.",
    ),
    (
        16,
        "A top choice for low-impact cardio and endurance training, the Concept2 rower is "
        "durable, smooth, and foldable.",
    ),
    (0, ""),
    (13, "3. Adjustable Bench"),
    (16, "Brand Recommendation: REP Fitness AB-3000 Adjustable Bench"),
    (16, "Price: $329"),
    (
        16,
        "A durable, versatile bench with multiple incline settings, offering great value for "
        "strength training setups.",
    ),
    (
        16,
        "A sturdy, versatile bench is key for upper body strength work, and Rogue's option is"
        " built to last.",
    ),
    (0, ""),
    (12, "Total Cost: Around $2,500"),
    (0, ""),
    (12, "Final Thoughts"),
    (0, ""),
    (
        12,
        "No matter your budget, building a home gym is an investment in your health and "
        "convenience. Start with versatile essentials, then expand your setup as your fitness"
        " needs grow. Echo Strength Depot offers quality equipment for all levels and price "
        "points—helping you create a home gym that fits your goals and your space.",
    ),
    (0, ""),
    (14, "Share:"),
    (16, "Previous"),
    (16, "5 High-Demand Pieces of Equipment for a Compact Home Gym"),
    (16, "Next"),
    (16, "Charlotte’s Newest Fitness Equipment Store: Echo Strength Depot"),
    (0, ""),
    (12, "Related Articles"),
    (0, ""),
    (22, "How to Stick to Your New Year’s Fitness Resolution (and Not Quit by February)"),
    (0, ""),
    (22, "Functional Trainers: Benefits, Exercises, and Buying Tips"),
    (0, ""),
    (22, "Power Rack vs. Half Rack: What’s the Difference and Which Should You Buy?"),
    (0, ""),
    (22, "Home Gym vs. Commercial Gym: Which is Best for You?"),
    (0, ""),
    (18, "Holiday Season Processing Delay"),
    (0, ""),
    (
        18,
        "Due to high traffic volume this holiday season, order processing may take 10–15 "
        "business days.",
    ),
    (
        18,
        "We appreciate your patience and understanding — thank you for supporting Echo "
        "Strength Depot!",
    ),
    (6, "Cart 0"),
    (
        16,
        "Echo Strength Depot is a leading fitness equipment chain on the East Coast of the "
        "United States, dedicated to providing high-quality equipment for both home and "
        "commercial gyms. We have a 5,000-square-foot showroom at 111 S Walnut Cir, "
        "Greensboro, NC 27409, and 5 more stores & warehouses across the nation. Welcome to "
        "test and try all kinds of equipment.",
    ),
    (0, ""),
    (12, "Categories"),
    (0, ""),
    (14, "* Racks"),
    (14, "* Treadmill"),
    (10, "© ECHO STRENGTH DEPOT INC 2025"),
]
_GUIDE = [" " * depth + text for depth, text in _GUIDE_LINES]


def test_the_headline_whose_element_holds_the_region_heads_it() -> None:
    kept = _kept(_GUIDE)
    assert kept[0].startswith("Building a home gym doesn’t have to be expensive.")
    assert "1. Compact Weight Bench" in kept
    assert "Brand Recommendation: Sunny Health & Fitness SF-T7515 Smart Treadmill" in kept
    assert kept[-1].startswith("No matter your budget, building a home gym is an investment")
    verdicts = classify_lines(_GUIDE).verdicts
    assert [v.text for v in verdicts if v.category == "headline"] == [
        "The Best Home Gym Setups for Any Budget"
    ]
    assert not any("Free Shipping" in line or "Half Racks" in line for line in kept)


def test_a_line_printed_left_of_the_headline_between_it_and_the_region_parts_them() -> None:
    # the site's "Cart 0" printed at less depth under the intro (as the page prints it above
    # the menu): the headline's element ends there, and the region stays the longest run
    at = next(k for k, line in enumerate(_GUIDE) if line.strip().startswith("Building a home"))
    parted = [*_GUIDE[: at + 1], "", "      Cart 0", *_GUIDE[at + 1 :]]
    kept = _kept(parted)
    assert "1. Compact Weight Bench" not in kept
    assert kept[-1].startswith("No matter your budget, building a home gym is an investment")


def test_a_first_line_printed_inside_the_page_is_no_title_line() -> None:
    feats = line_features(["      Reviews You Can Rely On", "  * Home", "Story text."])
    tags = [""] * len(feats)
    assert not titled(feats, tags, ["      Reviews You Can Rely On", "  * Home", "Story text."])
    # a title a tool wrote at the margin, and a dump indented all alike, keep their title
    at_margin = ["Reviews You Can Rely On", "  * Home"]
    assert titled(line_features(at_margin), [""] * 2, at_margin)
    alike = ["  Reviews You Can Rely On", "  * Home"]
    assert titled(line_features(alike), [""] * 2, alike)


# A motor-racing site's season calendar as inscriptis prints it (AEB, Portuguese, reduced): no
# page title above the dump, no prose in the story (a headline, its date, a list of race
# dates), and a sidebar of column teasers below it whose sentences outweigh the list.
_CALENDAR_LINES = [
    (4, "* HOME"),
    (8, "+ Todas as Notícias"),
    (8, "+ Colunistas »"),
    (12, "o Adauto Silva"),
    (4, "* STOCK CAR"),
    (8, "+ Notícias da Stock Car"),
    (8, "+ Classificação da Stock Car"),
    (8, "+ Calendário da Stock Car"),
    (8, "+ Pilotos e Equipes da Stock Car"),
    (8, "+ Reportagens Stock Car"),
    (8, "+ RSS da Sotck Car"),
    (4, "* NASCAR"),
    (8, "+ Notícias da NASCAR"),
    (8, "+ Classificação da NASCAR"),
    (8, "+ Calendário da NASCAR"),
    (8, "+ Pilotos e Equipes da NASCAR"),
    (8, "+ RSS da NASCAR"),
    (4, "* NACIONAL"),
    (8, "+ Pit Babies"),
    (4, "* FÓRUM"),
    (0, ""),
    (10, "Calendário Stock Car 2018"),
    (0, ""),
    (10, "segunda-feira, 22 de janeiro de 2018 às 0:13"),
    (12, "Share this on WhatsApp"),
    (0, ""),
    (12, "StockCar"),
    (0, ""),
    (10, "Calendário da Stock Car 2018"),
    (0, ""),
    (10, "1a etapa: 10 de março – Interlagos"),
    (10, "2a etapa: 8 de abril – Curitiba / Alternativa"),
    (10, "3a etapa: 22 de abril – Velopark"),
    (10, "4a etapa: 06 de maio – Londrina"),
    (10, "5a etapa: 20 de maio – Santa Cruz do Sul"),
    (10, "6a etapa: 5 de agosto – Corrida do Milhão"),
    (10, "7a etapa: 19 de agosto – A ser divulgado"),
    (10, "8a etapa: 09 de setembro – Cascavel"),
    (10, "9a etapa: 23 de setembro – Velo Città"),
    (10, "10a etapa: 21 de outubro – Tarumã"),
    (10, "11a etapa: 4 de novembro – A ser divulgado"),
    (10, "12a etapa: 9 de dezembro – Interlagos"),
    (0, ""),
    (10, "* Calendário sujeito a inúmeras alterações usualmente feitas pelo Organizador"),
    (0, ""),
    (10, "* Calendário acima divulgado pela categoria em janeiro de 2018"),
    (0, ""),
    (10, "www.autoracing.com.br"),
    (0, ""),
    (12, "Share this on WhatsApp"),
    (0, ""),
    (10, "AS - www.autoracing.com.br"),
    (0, ""),
    (10, "Tags"),
    (
        10,
        "calendario stock car 2018, stock car brasil, stock car cascavel, stock car corrida "
        "milhão, stock car interlagos, stock car santa cruz do sul, stock car taruma, stock car "
        "Velo Città, stock car velopark, stock-car londrina",
    ),
    (0, ""),
    (
        10,
        "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário "
        "não serão aprovados pelo moderador.",
    ),
    (0, ""),
    (0, ""),
    (0, ""),
    (4, "» Coluna de Adauto Silva"),
    (0, ""),
    (
        8,
        "Clique na foto do Adauto e veja as colunas sobre Formula 1, MotoGP e outras que ele "
        "escreve para o Autoracing!",
    ),
    (0, ""),
    (8, "Última coluna: F1 – Max Verstappen é um animal"),
    (0, ""),
    (4, "» Publicidade"),
    (0, ""),
    (4, "» Autoracing Power Ranking"),
    (0, ""),
    (
        8,
        "Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada da F1 no "
        "GP do Brasil e no Geral de 2019.",
    ),
    (0, ""),
    (4, "» Preview Autoracing – GP do Brasil 2019"),
    (0, ""),
    (
        8,
        "Clique e saiba os horários da TV do GP do Brasil, o 20º da temporada 2019. Conheça a "
        "pista, estatísticas, os pneus que serão usados, zonas de DRS, o clima para os treinos "
        "e corrida, as apostas na bolsa de Londres, vídeos e etc.",
    ),
    (0, ""),
    (4, "» Loucos 2019 – Episódio 29"),
    (0, ""),
    (
        8,
        "Grande volta do Loucos por Automobilismo na 12ª temporada batendo aquele papo sobre "
        "tudo o que tem acontecido no mundo do esporte a motor, com seriedade e descontração!",
    ),
    (0, ""),
    (8, "Clique na imagem acima"),
    (0, ""),
    (4, "» Horários dos Treinos e Corridas da F1"),
    (0, ""),
    (
        8,
        "Clique na imagem ao lado e veja todas as datas, locais e horários de todos os treinos "
        "e corridas da temporada 2019 da Formula 1",
    ),
    (0, ""),
    (8, "Aqui no Autoracing você não perde nada!"),
    (0, ""),
    (4, "Usuários Online"),
    (0, ""),
    (6, "5603 usuários on-line"),
    (0, ""),
    (4, "* Política de Privacidade"),
    (4, "* Quem Somos"),
    (4, "* Indique o Autoracing"),
    (4, "* Trabalhe no Autoracing"),
    (4, "* Fale Conosco"),
    (0, ""),
    (2, "Copyright © 2010 AUTORACING. Todos os direitos reservados."),
    (2, "site desenvolvido por PopUp"),
]
_CALENDAR = [" " * depth + text for depth, text in _CALENDAR_LINES]


def test_a_list_under_the_only_dated_headline_is_the_body() -> None:
    verdicts = classify_lines(_CALENDAR).verdicts
    kept = [v.text for v in verdicts if v.keep and v.category != "headline"]
    assert kept[0] == "1a etapa: 10 de março – Interlagos"
    assert kept[-1] == "12a etapa: 9 de dezembro – Interlagos"
    assert len(kept) == 12
    assert [v.text for v in verdicts if v.category == "headline"] == ["Calendário Stock Car 2018"]


def test_a_headline_is_not_taken_from_one_of_several_dated_lines() -> None:
    # a second dated title-like line (a listing of dated teasers): the date says nothing
    at = _CALENDAR.index(" " * 4 + "» Loucos 2019 – Episódio 29")
    listing = [*_CALENDAR[: at + 1], " " * 8 + "segunda-feira, 18 de novembro de 2019 às 9:40"]
    listing += _CALENDAR[at + 1 :]
    feats = page_lines(listing, None)
    assert dated_headline(feats, tag_lines(feats, diacritics=False), skip=set()) is None
    feats = page_lines(_CALENDAR, None)
    at = dated_headline(feats, tag_lines(feats, diacritics=False), skip=set())
    assert at is not None
    assert feats[at].text == "Calendário Stock Car 2018"


def _calendar_under_the_menu() -> list[str]:
    """The calendar's dump without its dated headline and its sidebar: the site's menu, the
    list's heading and its rows, then the site's footer. No paragraph on the page."""
    head = _CALENDAR.index(" " * 10 + "Calendário Stock Car 2018")
    listing = _CALENDAR.index(" " * 10 + "Calendário da Stock Car 2018")
    tail = _CALENDAR.index(" " * 10 + "www.autoracing.com.br")
    foot = _CALENDAR.index(" " * 4 + "* Política de Privacidade")
    return [*_CALENDAR[:head], *_CALENDAR[listing:tail], *_CALENDAR[foot:]]


def test_a_schedule_on_a_page_without_prose_is_the_body() -> None:
    # no region of prose: the page was kept whole and flagged, menu and footer with the rows
    page = _calendar_under_the_menu()
    result = classify_lines(page)
    assert "low_prose" not in result.flags
    kept = [v.text for v in result.verdicts if v.keep and v.category != "headline"]
    assert kept[0] == "1a etapa: 10 de março – Interlagos"
    assert kept[-1] == "12a etapa: 9 de dezembro – Interlagos"
    assert len(kept) == 12
    assert [v.text for v in result.verdicts if v.category == "headline"] == [
        "Calendário da Stock Car 2018"
    ]


def test_a_page_of_links_without_dates_is_still_kept_whole() -> None:
    # the rows replaced by the lines of a blog's archive, months without a day: no schedule
    page = _calendar_under_the_menu()
    first = page.index(" " * 10 + "1a etapa: 10 de março – Interlagos")
    months = ["Novembro (113)", "Outubro (98)", "Setembro (87)", "Agosto (91)", "Julho (76)"]
    page[first : first + 12] = [" " * 10 + m for m in months]
    assert "low_prose" in classify_lines(page).flags
