"""Consent banners, dates, relative times, stamp words and reading times in the languages the
lexicon learned last (and a Québec banner, which names cookies "témoins"), each in a dump
written to the pattern of a news page in that language:
the site's menu, the headline, the date lines, the story, then cards or the consent banner.
Every paragraph stays; every date line goes as a dateline, every banner as a cookie line; a
date written out with the year first ("2019. november 18.", "2019 m. lapkričio 18 d.") is the
page's date."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from cleanscrape import clean_text
from cleanscrape.chrome.bylines import parse_published
from cleanscrape.chrome.features import is_dateline


class _Page(NamedTuple):
    head: tuple[str, ...]
    body: tuple[str, str, str]
    tail: tuple[str, ...]
    #: the chrome lines and the reason each is dropped with
    reasons: dict[str, str]
    published: str | None = None


_PAGES: dict[str, _Page] = {
    "cs": _Page(
        head=(
            "Zprávy | Domov | Svět | Ekonomika | Sport | Kultura",
            "Praha zdraží jízdné v městské hromadné dopravě od ledna",
            "Aktualizováno: 18. 11. 2019 10:07",
            "4 min čtení",
        ),
        body=(
            "Dopravní podnik hlavního města Prahy oznámil, že od prvního ledna zdraží základní "
            "jízdenku na třicet minut o čtyři koruny. Podle vedení podniku jde o první zdražení "
            "za posledních pět let.",
            "Radní pro dopravu uvedl, že vyšší ceny pokryjí rostoucí náklady na energie a mzdy "
            "řidičů. Roční kupon pro obyvatele Prahy přitom zůstane za stejnou cenu jako dosud.",
            "Opozice v zastupitelstvu návrh kritizuje a žádá, aby město nejdříve zveřejnilo "
            "podrobný rozpočet dopravního podniku na příští rok.",
        ),
        tail=(
            "Související články",
            "Nová linka metra D se začne stavět na jaře",
            "před 2 hodinami",
            "Tramvaje na Smíchově budou o víkendu odkloněny",
            "před 5 hodinami",
        ),
        reasons={
            "Aktualizováno: 18. 11. 2019 10:07": "dateline",
            "4 min čtení": "dateline",
            "před 2 hodinami": "dateline",
            "před 5 hodinami": "dateline",
        },
        published="2019-11-18T10:07",
    ),
    "uk": _Page(
        head=(
            "Новини | Політика | Економіка | Спорт | Культура",
            "У Львові відкрили новий міст через залізничні колії",
            "Оновлено 18 листопада 2019, 10:07",
            "Час читання: 3 хв",
        ),
        body=(
            "У понеділок у Львові відкрили для руху новий міст через залізничні колії на вулиці "
            "Городоцькій. Будівництво тривало майже два роки і коштувало міському бюджету понад "
            "сто мільйонів гривень.",
            "Міський голова сказав, що міст дозволить розвантажити центр міста від вантажівок. "
            "За його словами, наступного року тут також прокладуть нову трамвайну колію.",
            "Мешканці сусідніх будинків скаржилися на шум під час робіт, тому вздовж мосту "
            "встановили захисні екрани.",
        ),
        tail=(
            "Останні новини",
            "На Київщині відремонтують двадцять кілометрів доріг",
            "2 години тому",
            "Укрзалізниця призначила додаткові потяги на свята",
            "5 годин тому",
        ),
        reasons={
            "Час читання: 3 хв": "dateline",
            "2 години тому": "dateline",
            "5 годин тому": "dateline",
        },
    ),
    "sv": _Page(
        head=(
            "Nyheter | Inrikes | Utrikes | Ekonomi | Sport | Kultur",
            "Kommunen stänger badhuset för renovering i ett år",
            "Uppdaterad 18 nov 2019 10:07",
            "Lästid: 4 minuter",
        ),
        body=(
            "Kommunens badhus stänger i januari för en omfattande renovering som beräknas ta ett "
            "år. Taket läcker och ventilationen har inte bytts sedan byggnaden invigdes på "
            "sjuttiotalet.",
            "Simklubben får under tiden träna i grannkommunens anläggning, säger "
            "fritidsnämndens ordförande. Skolornas simundervisning flyttas dit på samma villkor.",
            "Renoveringen kostar enligt den senaste kalkylen drygt nittio miljoner kronor, "
            "vilket är tjugo miljoner mer än vad som först beräknades.",
        ),
        tail=(
            "Senaste nytt",
            "Ny busslinje till sjukhuset från februari",
            "för 2 timmar sedan",
            "Isen på sjön bär ännu inte, varnar räddningstjänsten",
            "för 5 timmar sedan",
        ),
        reasons={
            "Lästid: 4 minuter": "dateline",
            "för 2 timmar sedan": "dateline",
            "för 5 timmar sedan": "dateline",
        },
    ),
    "fi": _Page(
        head=(
            "Uutiset | Kotimaa | Ulkomaat | Talous | Urheilu | Kulttuuri",
            "Kaupunki rakentaa uuden kirjaston keskustaan",
            "Päivitetty 18.11. klo 10.07",
            "5 min lukuaika",
        ),
        body=(
            "Kaupunginvaltuusto päätti maanantaina, että keskustaan rakennetaan uusi kirjasto "
            "vanhan linja-autoaseman paikalle. Rakennustöiden on määrä alkaa ensi keväänä.",
            "Kirjastotoimen johtajan mukaan nykyiset tilat ovat käyneet ahtaiksi, sillä "
            "kävijämäärä on kasvanut viidessä vuodessa lähes kolmanneksella.",
            "Uuteen rakennukseen tulee myös kahvila, lasten satuhuone ja tilat kaupungin "
            "musiikkiopistolle. Hankkeen hinnaksi on arvioitu kaksikymmentä miljoonaa euroa.",
        ),
        tail=(
            "Tuoreimmat",
            "Junaliikenteessä häiriöitä koko päivän",
            "5 tuntia sitten",
            "Käytämme evästeitä parantaaksemme sivuston käyttökokemusta ja kohdentaaksemme "
            "mainontaa. Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.",
        ),
        reasons={
            "Päivitetty 18.11. klo 10.07": "dateline",
            "5 min lukuaika": "dateline",
            "5 tuntia sitten": "dateline",
            "Käytämme evästeitä parantaaksemme sivuston käyttökokemusta ja kohdentaaksemme "
            "mainontaa. Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.": "cookie",
        },
    ),
    "hu": _Page(
        head=(
            "Hírek | Belföld | Külföld | Gazdaság | Sport | Kultúra",
            "Új villamosvonal épül Budapesten a Dunán át",
            "2019. november 18. 10:07",
            "Frissítve: 2019. nov. 18. 12:30",
            "Olvasási idő: 4 perc",
        ),
        body=(
            "A fővárosi közgyűlés hétfőn jóváhagyta az új villamosvonal terveit, amely a Duna "
            "két partját köti össze. Az építkezés jövő tavasszal kezdődhet el.",
            "A közlekedésért felelős alpolgármester szerint a vonal naponta több tízezer utast "
            "szállíthat majd, és jelentősen csökkenti a hidak forgalmát.",
            "Az ellenzéki képviselők a költségek miatt bírálták a tervet, és azt kérték, hogy a "
            "város előbb hozza nyilvánosságra a részletes pénzügyi számításokat.",
        ),
        tail=(
            "Legfrissebb",
            "Lezárják a rakpartot a hétvégén",
            "2 órája",
            "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében. Az oldal "
            "használatával elfogadod a sütik használatát.",
        ),
        reasons={
            "2019. november 18. 10:07": "dateline",
            "Frissítve: 2019. nov. 18. 12:30": "dateline",
            "Olvasási idő: 4 perc": "dateline",
            "2 órája": "dateline",
            "Ez a weboldal sütiket használ a jobb felhasználói élmény érdekében. Az oldal "
            "használatával elfogadod a sütik használatát.": "cookie",
        },
        published="2019-11-18T10:07",
    ),
    "lt": _Page(
        head=(
            "Naujienos | Lietuvoje | Pasaulyje | Verslas | Sportas | Kultūra",
            "Vilniuje pradės kursuoti nauji elektriniai autobusai",
            "2019 m. lapkričio 18 d. 10:07",
        ),
        body=(
            "Nuo kitų metų pradžios Vilniaus gatvėse pradės kursuoti trisdešimt naujų elektrinių "
            "autobusų. Juos savivaldybė įsigijo su Europos Sąjungos parama.",
            "Susisiekimo įmonės vadovas sakė, kad nauji autobusai pirmiausia važiuos "
            "judriausiais maršrutais tarp centro ir gyvenamųjų rajonų.",
            "Keleiviai galės autobusuose nemokamai naudotis belaidžiu internetu, o vairuotojai "
            "prieš pradėdami darbą baigs specialius mokymus.",
        ),
        tail=(
            "Naujausios",
            "Kaune bus uždaryta dalis senamiesčio gatvių",
            "prieš 3 valandas",
            "Ši svetainė naudoja slapukus, kad pagerintų naršymo patirtį. Naršydami toliau "
            "sutinkate su slapukų naudojimu.",
        ),
        reasons={
            "2019 m. lapkričio 18 d. 10:07": "dateline",
            "prieš 3 valandas": "dateline",
            "Ši svetainė naudoja slapukus, kad pagerintų naršymo patirtį. Naršydami toliau "
            "sutinkate su slapukų naudojimu.": "cookie",
        },
        published="2019-11-18T10:07",
    ),
    "hr": _Page(
        head=(
            "Vijesti | Hrvatska | Svijet | Sport | Kultura",
            "Zagreb dobiva novu biciklističku stazu uz Savu",
            "18.11.2019 10:07",
        ),
        body=(
            "Gradsko vijeće u ponedjeljak je odobrilo gradnju nove biciklističke staze duž nasipa "
            "rijeke Save. Radovi bi trebali početi na proljeće.",
            "Pročelnik za promet rekao je da će staza povezati istočne i zapadne kvartove te "
            "rasteretiti prometnice u središtu grada.",
            "Udruge biciklista pozdravile su odluku, ali traže da se uz stazu postave i "
            "rasvjeta i klupe za odmor.",
        ),
        tail=(
            "Koristimo kolačiće kako bismo vam pružili najbolje iskustvo na našoj stranici. "
            "Nastavkom pregledavanja pristajete na njihovu upotrebu.",
        ),
        reasons={
            "Koristimo kolačiće kako bismo vam pružili najbolje iskustvo na našoj stranici. "
            "Nastavkom pregledavanja pristajete na njihovu upotrebu.": "cookie"
        },
    ),
    "sl": _Page(
        head=(
            "Novice | Slovenija | Svet | Šport | Kultura",
            "Ljubljana bo obnovila Tromostovje do poletja",
            "18.11.2019 10:07",
        ),
        body=(
            "Mestna občina je v ponedeljek podpisala pogodbo za obnovo Tromostovja, ki bo trajala "
            "predvidoma šest mesecev. Promet pešcev bo ves čas omogočen.",
            "Podžupan je povedal, da bodo zamenjali dotrajane kamnite ograje in popravili "
            "razpoke na stebrih mostu.",
            "Turistični vodniki se bojijo, da bodo gradbeni odri motili obiskovalce, zato "
            "občina obljublja, da bo dela opravila v dveh fazah.",
        ),
        tail=(
            "Uporabljamo piškotke, da vam zagotovimo najboljšo uporabniško izkušnjo. Z nadaljnjo "
            "uporabo strani se strinjate z njihovo uporabo.",
        ),
        reasons={
            "Uporabljamo piškotke, da vam zagotovimo najboljšo uporabniško izkušnjo. Z nadaljnjo "
            "uporabo strani se strinjate z njihovo uporabo.": "cookie"
        },
    ),
    "lv": _Page(
        head=(
            "Ziņas | Latvijā | Pasaulē | Sports | Kultūra",
            "Rīgā atklās jaunu tramvaja līniju uz Skanstes apkaimi",
            "18.11.2019 10:07",
        ),
        body=(
            "Rīgas satiksme pirmdien paziņoja, ka jaunā tramvaja līnija uz Skanstes apkaimi tiks "
            "atklāta nākamā gada pavasarī. Būvdarbi ir gandrīz pabeigti.",
            "Uzņēmuma valdes priekšsēdētājs sacīja, ka tramvaji kursēs ik pēc desmit minūtēm "
            "un pasažieri varēs izmantot esošās biļetes.",
            "Apkaimes iedzīvotāji atzinīgi vērtē jauno līniju, taču lūdz pilsētu uzstādīt "
            "vairāk gājēju pāreju pie pieturām.",
        ),
        tail=(
            "Šī vietne izmanto sīkdatnes, lai uzlabotu lietošanas pieredzi. Turpinot lietot "
            "vietni, jūs piekrītat sīkdatņu izmantošanai.",
        ),
        reasons={
            "Šī vietne izmanto sīkdatnes, lai uzlabotu lietošanas pieredzi. Turpinot lietot "
            "vietni, jūs piekrītat sīkdatņu izmantošanai.": "cookie"
        },
    ),
    "et": _Page(
        head=(
            "Uudised | Eesti | Maailm | Sport | Kultuur",
            "Tallinn ehitab kesklinna uue raamatukogu",
            "18.11.2019 10:07",
        ),
        body=(
            "Tallinna linnavolikogu otsustas esmaspäeval, et kesklinna ehitatakse uus "
            "raamatukogu. Ehitustööd peaksid algama järgmisel kevadel.",
            "Abilinnapea sõnul on praegused ruumid jäänud kitsaks, sest lugejate arv on viimase "
            "viie aastaga kasvanud peaaegu kolmandiku võrra.",
            "Uude hoonesse tuleb ka kohvik, laste lugemistuba ja saal kontsertide jaoks. "
            "Projekti maksumuseks on hinnatud kakskümmend miljonit eurot.",
        ),
        tail=(
            "See veebileht kasutab küpsiseid, et pakkuda teile paremat kasutuskogemust. Lehe "
            "kasutamist jätkates nõustute küpsiste kasutamisega.",
        ),
        reasons={
            "See veebileht kasutab küpsiseid, et pakkuda teile paremat kasutuskogemust. Lehe "
            "kasutamist jätkates nõustute küpsiste kasutamisega.": "cookie"
        },
    ),
    "bg": _Page(
        head=(
            "Новини | България | Свят | Спорт | Култура",
            "София въвежда нови електрически автобуси от януари",
            "18.11.2019 10:07",
        ),
        body=(
            "Столичната община обяви в понеделник, че от януари в града ще се движат тридесет "
            "нови електрически автобуса. Те са закупени с европейски средства.",
            "Заместник-кметът по транспорта каза, че новите автобуси ще обслужват най-натоварените "
            "линии между центъра и жилищните квартали.",
            "Пътниците ще могат да ползват безплатен интернет, а шофьорите ще преминат "
            "специално обучение преди да започнат работа.",
        ),
        tail=(
            "Този сайт използва бисквитки, за да подобри вашето изживяване. Като продължавате да "
            "го използвате, вие се съгласявате с тяхното използване.",
        ),
        reasons={
            "Този сайт използва бисквитки, за да подобри вашето изживяване. Като продължавате да "
            "го използвате, вие се съгласявате с тяхното използване.": "cookie"
        },
    ),
    "fa": _Page(
        head=(
            "اخبار | سیاسی | اقتصادی | ورزشی | فرهنگی",
            "خط جدید مترو تهران از ماه آینده افتتاح می‌شود",
            "18.11.2019 10:07",
        ),
        body=(
            "شهرداری تهران روز دوشنبه اعلام کرد که خط جدید مترو از ماه آینده به روی مسافران "
            "باز می‌شود. ساخت این خط نزدیک به پنج سال طول کشیده است.",
            "مدیرعامل شرکت مترو گفت که قطارها در ساعات اوج هر پنج دقیقه یک بار حرکت خواهند کرد "
            "و مسافران می‌توانند از همان بلیت‌های فعلی استفاده کنند.",
            "ساکنان محله‌های اطراف از افتتاح این خط استقبال کرده‌اند اما خواستار ساخت "
            "پارکینگ بیشتر در کنار ایستگاه‌ها شده‌اند.",
        ),
        tail=(
            "این وب‌سایت از کوکی‌ها استفاده می‌کند تا تجربه بهتری برای شما فراهم کند. با ادامه "
            "استفاده از سایت، با استفاده از کوکی‌ها موافقت می‌کنید.",
        ),
        reasons={
            "این وب‌سایت از کوکی‌ها استفاده می‌کند تا تجربه بهتری برای شما فراهم کند. با ادامه "
            "استفاده از سایت، با استفاده از کوکی‌ها موافقت می‌کنید.": "cookie"
        },
    ),
    "fr": _Page(
        head=(
            "Actualités | Québec | Canada | International | Sports",
            "Montréal prolonge la ligne bleue du métro jusqu'à Anjou",
            "18.11.2019 10:07",
        ),
        body=(
            "La Ville de Montréal a confirmé lundi que les travaux de prolongement de la ligne "
            "bleue commenceront au printemps. Cinq nouvelles stations sont prévues.",
            "Le responsable du transport au comité exécutif a affirmé que le projet réduira la "
            "circulation automobile dans l'est de l'île.",
            "Des commerçants du secteur craignent toutefois les effets du chantier sur "
            "l'achalandage pendant les trois prochaines années.",
        ),
        tail=(
            "Nous utilisons des témoins pour améliorer votre expérience sur notre site. En "
            "poursuivant votre navigation, vous acceptez leur utilisation.",
        ),
        reasons={
            "Nous utilisons des témoins pour améliorer votre expérience sur notre site. En "
            "poursuivant votre navigation, vous acceptez leur utilisation.": "cookie"
        },
    ),
}


@pytest.mark.parametrize("code", sorted(_PAGES))
def test_date_lines_and_banners_go_and_the_story_stays(code: str) -> None:
    page = _PAGES[code]
    lines = [*page.head, *page.body, *page.tail]
    result = clean_text("\n".join(lines))
    kept = result.article().splitlines()
    assert [p for p in page.body if p not in kept] == []
    reasons = {r.line: r.reason for r in result.removed}
    assert {line: reasons.get(line, "kept") for line in page.reasons} == page.reasons
    if page.published:
        assert result.metadata.get("published") == page.published


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("2019. november 18.", "2019-11-18"),
        ("2019. nov. 18. 10:07", "2019-11-18T10:07"),
        ("2019 m. lapkričio 18 d.", "2019-11-18"),
        ("2019 m. lapkričio 18 d. 10:07", "2019-11-18T10:07"),
    ],
)
def test_a_date_written_out_with_the_year_first_is_a_dateline(line: str, published: str) -> None:
    assert is_dateline(line)
    assert parse_published(line) == published


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # the day, month and year in figures, a space after each dot (Czech, Slovak, Croatian,
        # Slovene), as "18.11.2019" is read
        ("18. 11. 2019", "2019-11-18"),
        ("18. 11. 2019 10:07", "2019-11-18T10:07"),
        ("18. 11. 2019, 10:07", "2019-11-18T10:07"),
        ("18. 11. 2019.", "2019-11-18"),
        ("Pondelok 18. 11. 2019 10:07", "2019-11-18T10:07"),
    ],
)
def test_a_date_in_figures_spaced_after_its_dots_is_a_dateline(line: str, published: str) -> None:
    assert is_dateline(line)
    assert parse_published(line) == published


@pytest.mark.parametrize(
    "line",
    [
        # a sentence with such a date, and figures spaced after dots with no year of four figures
        "Zákon platí od 1. 1. 2020 pro všechny firmy a živnostníky.",
        "Novi zakon primjenjuje se od 1. 1. 2020. godine u cijeloj zemlji.",
        "1. 2. 34",
    ],
)
def test_a_sentence_with_a_spaced_date_is_not_a_dateline(line: str) -> None:
    assert not is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        # "2 hours ago" as the cards of the languages the lexicon learned last write it
        "2 години тому",
        "před 2 hodinami",
        "pred 2 hodinami",
        "för 2 timmar sedan",
        "2 timer siden",
        "for 2 timer siden",
        "2 tuntia sitten",
        "acum 2 ore",
        "2 órája",
        "2 órával ezelőtt",
        "преди 2 часа",
        "prije 2 sata",
        "לפני 2 שעות",
        "2 ساعت پیش",
        "2 jam yang lalu",
        "fa 2 hores",
        "pred 2 urama",
        "пре 2 сата",
        "prieš 2 valandas",
        "pirms 2 stundām",
        "2 tunni eest",
        "2 گھنٹے پہلے",
        "২ ঘণ্টা আগে",
    ],
)
def test_a_relative_time_of_the_new_languages_is_a_dateline(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        # sentences that open with a year and a month, or name hours, are not dates
        "2019. november 18-án a kormány bejelentette az új adótörvényt.",
        "2019 m. lapkričio mėnesį Vilniuje lankėsi daugiau turistų nei bet kada.",
        "Před 2 hodinami začal v centru města hořet sklad.",
        "2 hodiny",
    ],
)
def test_sentences_with_a_year_first_or_hours_are_not_datelines(line: str) -> None:
    assert not is_dateline(line)
