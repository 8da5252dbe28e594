"""Whole-page text dumps in the languages whose chrome phrases the lexicon learned last
(Ukrainian, Czech, Slovak, Swedish, Danish, Norwegian, Finnish, Romanian, Hungarian, Bulgarian,
Croatian, Hebrew, Persian, Malay, Catalan, Slovene, Serbian, Lithuanian, Latvian, Estonian, Urdu,
Bengali, Tamil), each written to the pattern of a news page in that
language: the site's menu, the headline, the byline and the dateline, three paragraphs of a
story with an advertisement label, a "Read also: ..." link and a share line between them, then
the tags, a related heading over two links, the cookie banner and the footer with the copyright
line. Every paragraph stays; every chrome line goes, the lexicon's lines with the category
their phrase names."""

from __future__ import annotations

import importlib
from typing import NamedTuple

import pytest

from cleanscrape import clean_text
from cleanscrape.lexicon.lang import CATEGORIES, LANGUAGES


class _Page(NamedTuple):
    menu: str
    headline: str
    byline: str | None
    dateline: str
    published: str | None
    body: tuple[str, str, str]
    ad: str
    read_also: str
    share: str
    tags: str
    related: str
    links: tuple[str, str]
    cookie: str | None
    privacy: str
    copyright: str

    def lines(self) -> list[str]:
        """The dump, line by line, in the order such a page prints them."""
        head = [self.menu, self.headline, *([self.byline] if self.byline else []), self.dateline]
        p1, p2, p3 = self.body
        story = [p1, self.ad, p2, self.read_also, p3, self.share]
        tail = [self.tags, self.related, *self.links, *([self.cookie] if self.cookie else [])]
        return [*head, *story, *tail, self.privacy, self.copyright]

    def reasons(self) -> dict[str, str]:
        """The lexicon's chrome lines and the category each is dropped with."""
        want = {
            self.ad: "ui",
            self.read_also: "related_link",
            self.share: "share_follow",
            self.tags: "tags",
            self.related: "related_heading",
            self.privacy: "footer",
            self.copyright: "footer",
            self.dateline: "dateline",
        }
        if self.byline:
            want[self.byline] = "byline"
        if self.cookie:
            want[self.cookie] = "cookie"
        return want


_PAGES: dict[str, _Page] = {
    "uk": _Page(
        menu="Новини | Україна | Світ | Економіка | Спорт | Культура",
        headline="Київрада затвердила кошторис нової трамвайної лінії на Троєщину",
        byline="Автор: Олена Коваленко",
        dateline="18 листопада 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Депутати Київської міської ради в четвер затвердили кошторис будівництва нової "
            "трамвайної лінії, яка має з'єднати житловий масив із центром міста. Роботи "
            "планують почати навесні, вони триватимуть близько двох років, повідомив речник "
            "комунального підприємства.",
            "За словами заступника міського голови, вартість проєкту зросла на чверть "
            "порівняно з першою оцінкою, передусім через подорожчання будівельних матеріалів. "
            "Опозиція критикує міську владу за те, що про зміни повідомили в останній момент "
            "і без детального кошторису.",
            "Мешканці масиву чекають на нову лінію понад десять років. Зараз до центру вони "
            "їздять автобусами, які в ранкову годину пік часто стоять у заторах на мосту.",
        ),
        ad="Реклама",
        read_also="Читайте також: Київ підвищить вартість проїзду з нового року",
        share="Поділитися у Facebook",
        tags="Теги: Київ, транспорт, трамвай",
        related="Новини за темою",
        links=(
            "Метро на Виноградар: першу ділянку добудують наступного року",
            "Нові трамваї вийдуть на маршрути вже в березні",
        ),
        cookie="Ми використовуємо файли cookie, щоб сайт працював краще. Погоджуюсь",
        privacy="Політика конфіденційності",
        copyright="© 2019 Київські новини. Усі права захищені.",
    ),
    "cs": _Page(
        menu="Zprávy | Domácí | Zahraničí | Ekonomika | Sport | Kultura",
        headline="Praha schválila rozpočet na novou tramvajovou trať na Barrandov",
        byline="Autor: Jana Nováková",
        dateline="18. listopadu 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Pražští zastupitelé ve čtvrtek schválili rozpočet na výstavbu nové tramvajové "
            "trati, která má propojit sídliště s centrem města. Stavba by měla začít na jaře a "
            "potrvá přibližně dva roky, uvedl mluvčí dopravního podniku.",
            "Podle náměstka pro dopravu se náklady od původního odhadu zvýšily o čtvrtinu, "
            "hlavně kvůli dražšímu stavebnímu materiálu. Opozice kritizuje, že město o změně "
            "informovalo až na poslední chvíli a bez podrobného rozpočtu.",
            "Obyvatelé sídliště na novou trať čekají více než deset let. Dnes musí do centra "
            "jezdit autobusem, který v ranní špičce často uvízne v koloně na Strakonické ulici.",
        ),
        ad="Reklama",
        read_also="Čtěte také: Dopravní podnik zdraží jízdenky od nového roku",
        share="Sdílet na Facebooku",
        tags="Štítky: Praha, doprava, tramvaje",
        related="Související články",
        links=(
            "Metro D: stavba první etapy začne příští rok",
            "Nové tramvaje vyjedou do ulic už v březnu",
        ),
        cookie="Tento web používá soubory cookie k poskytování služeb a analýze návštěvnosti. "
        "Souhlasím",
        privacy="Ochrana osobních údajů",
        copyright="© 2019 Pražský deník. Všechna práva vyhrazena.",
    ),
    "sk": _Page(
        menu="Správy | Domov | Zahraničie | Ekonomika | Šport | Kultúra",
        headline="Bratislava schválila rozpočet na novú električkovú trať do Petržalky",
        byline="Autor: Peter Horváth",
        dateline="18. novembra 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Bratislavskí poslanci vo štvrtok schválili rozpočet na výstavbu novej "
            "električkovej trate, ktorá má prepojiť sídlisko s centrom mesta. Stavba by sa "
            "mala začať na jar a potrvá približne dva roky, uviedol hovorca dopravného podniku.",
            "Podľa viceprimátora pre dopravu sa náklady oproti pôvodnému odhadu zvýšili o "
            "štvrtinu, najmä pre drahší stavebný materiál. Opozícia kritizuje, že mesto o "
            "zmene informovalo až na poslednú chvíľu a bez podrobného rozpočtu.",
            "Obyvatelia sídliska na novú trať čakajú viac ako desať rokov. Dnes musia do "
            "centra cestovať autobusom, ktorý v rannej špičke často uviazne v kolóne na moste.",
        ),
        ad="Reklama",
        read_also="Čítajte aj: Dopravný podnik zdraží cestovné od nového roka",
        share="Zdieľať na Facebooku",
        tags="Štítky: Bratislava, doprava, električky",
        related="Súvisiace články",
        links=(
            "Nový most cez Dunaj: stavba sa začne budúci rok",
            "Nové električky vyjdú do ulíc už v marci",
        ),
        cookie="Táto stránka používa súbory cookie na poskytovanie služieb a analýzu "
        "návštevnosti. Súhlasím",
        privacy="Ochrana osobných údajov",
        copyright="© 2019 Bratislavský denník. Všetky práva vyhradené.",
    ),
    "sv": _Page(
        menu="Nyheter | Sverige | Världen | Ekonomi | Sport | Kultur",
        headline="Göteborg klubbar budget för ny spårvägslinje till Torslanda",
        byline=None,
        dateline="18 november 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Kommunfullmäktige i Göteborg godkände på torsdagen budgeten för en ny "
            "spårvägslinje som ska knyta ihop förorten med centrum. Bygget väntas starta i vår "
            "och pågå i ungefär två år, säger en talesperson för trafikbolaget.",
            "Enligt trafikkommunalrådet har kostnaden stigit med en fjärdedel jämfört med den "
            "första beräkningen, främst på grund av dyrare byggmaterial. Oppositionen "
            "kritiserar att staden informerade om förändringen i sista stund och utan en "
            "detaljerad budget.",
            "De boende i området har väntat på spårvägen i mer än tio år. I dag måste de ta "
            "bussen till centrum, och i morgonrusningen fastnar den ofta i köerna vid bron.",
        ),
        ad="Annons",
        read_also="Läs också: Västtrafik höjer biljettpriserna efter nyår",
        share="Dela på Facebook",
        tags="Ämnen: Göteborg, kollektivtrafik, spårvagn",
        related="Relaterade artiklar",
        links=(
            "Nya tunneln under älven: första etappen börjar nästa år",
            "Nya spårvagnar rullar ut redan i mars",
        ),
        cookie="Vi använder cookies för att ge dig en bättre upplevelse av webbplatsen. "
        "Jag godkänner",
        privacy="Integritetspolicy",
        copyright="© 2019 Göteborgs Nyheter. Alla rättigheter förbehållna.",
    ),
    "da": _Page(
        menu="Nyheder | Danmark | Udland | Økonomi | Sport | Kultur",
        headline="Aarhus vedtager budget for ny letbanestrækning til Gellerup",
        byline="Skrevet af Mette Jensen",
        dateline="18. november 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Byrådet i Aarhus vedtog torsdag budgettet for en ny letbanestrækning, der skal "
            "forbinde boligområdet med midtbyen. Byggeriet ventes at begynde til foråret og "
            "vare omkring to år, oplyser en talsperson for trafikselskabet.",
            "Ifølge rådmanden for teknik og miljø er prisen steget med en fjerdedel i forhold "
            "til det første overslag, primært på grund af dyrere byggematerialer. Oppositionen "
            "kritiserer, at kommunen først orienterede om ændringen i sidste øjeblik og uden "
            "et detaljeret budget.",
            "Beboerne i området har ventet på letbanen i mere end ti år. I dag må de tage "
            "bussen ind til byen, og i morgenmyldretiden holder den ofte i kø ved broen.",
        ),
        ad="Annonce",
        read_also="Læs også: Midttrafik hæver billetpriserne fra nytår",
        share="Del på Facebook",
        tags="Emner: Aarhus, kollektiv trafik, letbane",
        related="Relaterede artikler",
        links=(
            "Ny bro over havnen: første etape begynder næste år",
            "Nye letbanetog kører ud allerede i marts",
        ),
        cookie="Vi bruger cookies til at give dig den bedste oplevelse på vores hjemmeside. "
        "Accepter",
        privacy="Privatlivspolitik",
        copyright="© 2019 Aarhus Nyt. Alle rettigheder forbeholdes.",
    ),
    "nb": _Page(
        menu="Nyheter | Innenriks | Utenriks | Økonomi | Sport | Kultur",
        headline="Bergen vedtar budsjett for ny bybanestrekning til Åsane",
        byline="Skrevet av Kari Nilsen",
        dateline="18. november 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Bystyret i Bergen vedtok torsdag budsjettet for en ny bybanestrekning som skal "
            "knytte bydelen sammen med sentrum. Byggingen ventes å starte til våren og vare i "
            "omtrent to år, opplyser en talsperson for trafikkselskapet.",
            "Ifølge byrådet for klima og miljø har kostnadene økt med en firedel sammenlignet "
            "med det første anslaget, først og fremst på grunn av dyrere byggematerialer. "
            "Opposisjonen kritiserer at kommunen informerte om endringen i siste liten og uten "
            "et detaljert budsjett.",
            "Innbyggerne i bydelen har ventet på bybanen i mer enn ti år. I dag må de ta "
            "bussen til sentrum, og i morgenrushet står den ofte i kø ved tunnelen.",
        ),
        ad="Annonse",
        read_also="Les også: Skyss øker billettprisene fra nyttår",
        share="Del på Facebook",
        tags="Emner: Bergen, kollektivtrafikk, bybane",
        related="Relaterte artikler",
        links=(
            "Ny tunnel under byfjellet: første etappe starter neste år",
            "Nye bybanevogner ruller ut allerede i mars",
        ),
        cookie="Vi bruker cookies for å gi deg en bedre opplevelse på nettsiden. Godta",
        privacy="Personvernerklæring",
        copyright="© 2019 Bergens Nyheter. Alle rettigheter forbeholdt.",
    ),
    "fi": _Page(
        menu="Uutiset | Kotimaa | Ulkomaat | Talous | Urheilu | Kulttuuri",
        headline="Tampere hyväksyi uuden raitiotieosuuden budjetin",
        byline="Teksti: Laura Virtanen",
        dateline="18. marraskuuta 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Tampereen kaupunginvaltuusto hyväksyi torstaina budjetin uudelle "
            "raitiotieosuudelle, joka yhdistää lähiön keskustaan. Rakentaminen alkaa keväällä "
            "ja kestää noin kaksi vuotta, kertoo liikennelaitoksen tiedottaja.",
            "Apulaispormestarin mukaan kustannukset ovat nousseet neljänneksellä ensimmäisestä "
            "arviosta, lähinnä rakennusmateriaalien kallistumisen vuoksi. Oppositio arvostelee "
            "kaupunkia siitä, että muutoksesta kerrottiin vasta viime hetkellä ja ilman tarkkaa "
            "budjettia.",
            "Asukkaat ovat odottaneet raitiotietä yli kymmenen vuotta. Nyt keskustaan "
            "kuljetaan bussilla, joka jää aamuruuhkassa usein jonoon sillalle.",
        ),
        ad="Mainos",
        read_also="Lue myös: Joukkoliikenteen liput kallistuvat vuodenvaihteessa",
        share="Jaa Facebookissa",
        tags="Aiheet: Tampere, joukkoliikenne, raitiotie",
        related="Luetuimmat",
        links=(
            "Uusi silta järven yli: ensimmäinen vaihe alkaa ensi vuonna",
            "Uudet raitiovaunut liikenteeseen jo maaliskuussa",
        ),
        cookie="Käytämme cookie-evästeitä parantaaksemme sivuston käyttökokemusta. Hyväksy",
        privacy="Tietosuojaseloste",
        copyright="© 2019 Tampereen Sanomat. Kaikki oikeudet pidätetään.",
    ),
    "ro": _Page(
        menu="Știri | Actualitate | Externe | Economie | Sport | Cultură",
        headline="Consiliul General a aprobat bugetul pentru noua linie de tramvai din Berceni",
        byline="Autor: Andrei Popescu",
        dateline="18 noiembrie 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Consilierii generali au aprobat joi bugetul pentru construcția unei noi linii de "
            "tramvai, care va lega cartierul de centrul orașului. Lucrările ar urma să înceapă "
            "în primăvară și să dureze aproximativ doi ani, a declarat purtătorul de cuvânt al "
            "companiei de transport.",
            "Potrivit viceprimarului, costurile au crescut cu un sfert față de estimarea "
            "inițială, în special din cauza scumpirii materialelor de construcție. Opoziția "
            "critică faptul că primăria a anunțat schimbarea în ultimul moment și fără un "
            "buget detaliat.",
            "Locuitorii cartierului așteaptă noua linie de mai bine de zece ani. În prezent, ei "
            "ajung în centru cu autobuzul, care la orele de vârf rămâne adesea blocat în trafic "
            "pe pod.",
        ),
        ad="Publicitate",
        read_also="Citește și: Prețul biletelor de transport crește de la anul nou",
        share="Distribuie pe Facebook",
        tags="Etichete: București, transport, tramvai",
        related="Articole similare",
        links=(
            "Noua linie de metrou: prima etapă începe anul viitor",
            "Tramvaiele noi ies pe traseu încă din martie",
        ),
        cookie="Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună. Accept",
        privacy="Politica de confidențialitate",
        copyright="© 2019 Știri București. Toate drepturile rezervate.",
    ),
    "hu": _Page(
        menu="Hírek | Belföld | Külföld | Gazdaság | Sport | Kultúra",
        headline="Elfogadta a közgyűlés az új villamosvonal költségvetését",
        byline="Szerző: Kovács Anna",
        # (Hungarian writes the year first: a date in figures, as its sites print it too)
        dateline="2019. 11. 18. 10:07",
        published="2019-11-18T10:07",
        body=(
            "A fővárosi közgyűlés csütörtökön elfogadta az új villamosvonal építésének "
            "költségvetését, amely a lakótelepet köti majd össze a belvárossal. A munkálatok "
            "tavasszal kezdődnek és nagyjából két évig tartanak, közölte a közlekedési vállalat "
            "szóvivője.",
            "A főpolgármester-helyettes szerint a költségek negyedével nőttek az első "
            "becsléshez képest, főként az építőanyagok drágulása miatt. Az ellenzék azt "
            "kifogásolja, hogy a város az utolsó pillanatban és részletes költségvetés nélkül "
            "tájékoztatott a változásról.",
            "A lakótelep lakói több mint tíz éve várnak az új vonalra. Most busszal járnak a "
            "belvárosba, amely a reggeli csúcsban gyakran dugóba kerül a hídon.",
        ),
        ad="Hirdetés",
        read_also="Kapcsolódó: Újévtől drágulnak a közlekedési jegyek",
        share="Megosztás Facebookon",
        tags="Címkék: Budapest, közlekedés, villamos",
        related="Legolvasottabb",
        links=(
            "Új híd a Dunán: jövőre indul az első ütem",
            "Már márciusban forgalomba állnak az új villamosok",
        ),
        cookie="Ez a weboldal sütiket (cookie) használ a jobb felhasználói élmény érdekében. "
        "Elfogadom",
        privacy="Adatvédelmi tájékoztató",
        copyright="© 2019 Budapesti Hírek. Minden jog fenntartva.",
    ),
    "bg": _Page(
        menu="Новини | България | Свят | Икономика | Спорт | Култура",
        headline="Столичният общински съвет одобри бюджета за новата трамвайна линия",
        byline="Автор: Иван Петров",
        dateline="18 ноември 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Общинските съветници одобриха в четвъртък бюджета за изграждането на нова "
            "трамвайна линия, която ще свърже квартала с центъра на града. Строителството "
            "трябва да започне през пролетта и ще продължи около две години, съобщи "
            "говорителят на транспортното дружество.",
            "По думите на заместник-кмета разходите са се увеличили с една четвърт спрямо "
            "първоначалната оценка, главно заради поскъпването на строителните материали. "
            "Опозицията критикува общината, че е съобщила за промяната в последния момент и "
            "без подробен бюджет.",
            "Жителите на квартала чакат новата линия повече от десет години. Сега те пътуват "
            "до центъра с автобус, който в сутрешния пик често остава в задръстване на моста.",
        ),
        ad="Реклама",
        read_also="Прочетете още: Цената на билетите за градския транспорт се вдига от новата "
        "година",
        share="Сподели във Facebook",
        tags="Тагове: София, транспорт, трамвай",
        related="Свързани новини",
        links=(
            "Новата линия на метрото: първият етап започва догодина",
            "Новите трамваи тръгват по линията още през март",
        ),
        cookie="Този сайт използва бисквитки (cookies), за да подобри работата си. Приемам",
        privacy="Политика за поверителност",
        copyright="© 2019 Софийски новини. Всички права запазени.",
    ),
    "hr": _Page(
        menu="Vijesti | Hrvatska | Svijet | Gospodarstvo | Sport | Kultura",
        headline="Gradska skupština usvojila proračun za novu tramvajsku prugu",
        byline="Autor: Ivana Horvat",
        dateline="18. studenoga 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Gradski zastupnici u četvrtak su usvojili proračun za izgradnju nove tramvajske "
            "pruge koja će povezati naselje sa središtem grada. Radovi bi trebali početi na "
            "proljeće i trajati oko dvije godine, izjavio je glasnogovornik prijevoznika.",
            "Prema riječima zamjenika gradonačelnika, troškovi su porasli za četvrtinu u "
            "odnosu na prvu procjenu, ponajviše zbog skupljeg građevinskog materijala. Oporba "
            "kritizira grad jer je o promjeni obavijestio u posljednji trenutak i bez detaljnog "
            "proračuna.",
            "Stanovnici naselja na novu prugu čekaju više od deset godina. Sada u središte "
            "grada putuju autobusom koji u jutarnjoj gužvi često zapne u koloni na mostu.",
        ),
        ad="Oglas",
        read_also="Pročitajte još: Cijene karata javnog prijevoza rastu od nove godine",
        share="Podijeli na Facebooku",
        tags="Oznake: Zagreb, promet, tramvaj",
        related="Povezane vijesti",
        links=(
            "Novi most preko Save: prva faza počinje sljedeće godine",
            "Novi tramvaji kreću na linije već u ožujku",
        ),
        cookie="Ova stranica koristi kolačiće (cookies) kako bi vam pružila bolje korisničko "
        "iskustvo. Prihvaćam",
        privacy="Pravila privatnosti",
        copyright="© 2019 Zagrebačke vijesti. Sva prava pridržana.",
    ),
    "he": _Page(
        menu="חדשות | בארץ | בעולם | כלכלה | ספורט | תרבות",
        headline="מועצת העיר אישרה את התקציב לקו הרכבת הקלה החדש",
        byline="מאת: דנה לוי",
        dateline="18 בנובמבר 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "חברי מועצת העיר אישרו ביום חמישי את התקציב להקמת קו רכבת קלה חדש, שיחבר את "
            "השכונה למרכז העיר. העבודות צפויות להתחיל באביב ולהימשך כשנתיים, כך מסר דובר "
            "חברת התחבורה.",
            "לדברי סגן ראש העיר, העלויות עלו ברבע לעומת ההערכה הראשונה, בעיקר בגלל "
            "התייקרות חומרי הבנייה. האופוזיציה מותחת ביקורת על כך שהעירייה הודיעה על השינוי "
            "ברגע האחרון וללא תקציב מפורט.",
            "תושבי השכונה מחכים לקו החדש כבר יותר מעשר שנים. כיום הם נוסעים למרכז העיר "
            "באוטובוס, שבשעות העומס של הבוקר נתקע לעתים קרובות בפקק על הגשר.",
        ),
        ad="פרסומת",
        read_also="קראו גם: מחירי הכרטיסים בתחבורה הציבורית יעלו בשנה החדשה",
        share="שתפו בפייסבוק",
        tags="תגיות: ירושלים, תחבורה, רכבת קלה",
        related="כתבות נוספות",
        links=(
            "הקו הסגול: השלב הראשון יתחיל בשנה הבאה",
            "הקרונות החדשים יצאו לדרך כבר במרץ",
        ),
        cookie="אתר זה משתמש בקבצי cookie כדי לשפר את חוויית הגלישה. אישור",
        privacy="מדיניות פרטיות",
        copyright="© 2019 חדשות ירושלים. כל הזכויות שמורות.",
    ),
    "fa": _Page(
        menu="خبر | ایران | جهان | اقتصاد | ورزش | فرهنگ",
        headline="شورای شهر بودجه خط جدید تراموا را تصویب کرد",
        byline="نویسنده: مریم احمدی",
        dateline="18 نوامبر 2019 - 10:07",
        published="2019-11-18T10:07",
        body=(
            "اعضای شورای شهر روز پنجشنبه بودجه ساخت یک خط جدید تراموا را تصویب کردند که "
            "محله را به مرکز شهر وصل می\u200cکند. به گفته سخنگوی شرکت حمل و نقل، کار ساخت از "
            "بهار آغاز می\u200cشود و حدود دو سال طول می\u200cکشد.",
            "به گفته معاون شهردار، هزینه\u200cها نسبت به برآورد اولیه یک چهارم افزایش یافته "
            "است که بیشتر به دلیل گران شدن مصالح ساختمانی است. مخالفان از اینکه شهرداری در "
            "آخرین لحظه و بدون بودجه دقیق از این تغییر خبر داد انتقاد می\u200cکنند.",
            "ساکنان محله بیش از ده سال است که منتظر این خط هستند. آنها اکنون با اتوبوس به "
            "مرکز شهر می\u200cروند که در ساعات شلوغ صبح اغلب روی پل در ترافیک می\u200cماند.",
        ),
        ad="تبلیغات",
        read_also="بیشتر بخوانید: قیمت بلیت حمل و نقل عمومی از سال نو افزایش می\u200cیابد",
        share="اشتراک\u200cگذاری در فیسبوک",
        tags="برچسب\u200cها: تهران، حمل و نقل، تراموا",
        related="مطالب مرتبط",
        links=(
            "خط جدید مترو از سال آینده ساخته می\u200cشود",
            "واگن\u200cهای جدید تراموا از اسفند به خط می\u200cآیند",
        ),
        # (a Persian banner names cookies "کوکی", which the consent rules do not read)
        cookie=None,
        privacy="تماس با ما",
        copyright="© 2019 اخبار تهران. کلیه حقوق محفوظ است.",
    ),
    "ms": _Page(
        menu="Berita | Nasional | Dunia | Ekonomi | Sukan | Hiburan",
        headline="Majlis bandaraya luluskan bajet laluan tram baharu",
        byline="Oleh: Nurul Aina",
        dateline="18 Mac 2019, 10:07",
        published="2019-03-18T10:07",
        body=(
            "Ahli majlis bandaraya pada Khamis meluluskan bajet bagi pembinaan laluan tram "
            "baharu yang akan menghubungkan kawasan perumahan itu dengan pusat bandar. Kerja "
            "pembinaan dijangka bermula awal tahun depan dan mengambil masa kira-kira dua "
            "tahun, kata jurucakap syarikat pengangkutan itu.",
            "Menurut timbalan datuk bandar, kos projek meningkat satu perempat berbanding "
            "anggaran awal, terutamanya disebabkan kenaikan harga bahan binaan. Pembangkang "
            "mengkritik majlis kerana memaklumkan perubahan itu pada saat akhir tanpa bajet "
            "terperinci.",
            "Penduduk kawasan itu telah menunggu laluan baharu tersebut lebih sepuluh tahun. "
            "Kini mereka menaiki bas ke pusat bandar, yang sering tersekat dalam kesesakan di "
            "atas jambatan pada waktu puncak pagi.",
        ),
        ad="Iklan",
        read_also="Baca juga: Tambang pengangkutan awam naik mulai tahun baharu",
        share="Kongsi di Facebook",
        tags="Topik: Kuala Lumpur, pengangkutan, tram",
        related="Berita berkaitan",
        links=(
            "Laluan MRT baharu: fasa pertama bermula tahun depan",
            "Tram baharu mula beroperasi pada bulan Mac",
        ),
        cookie="Laman web ini menggunakan cookies untuk memberikan pengalaman yang lebih baik. "
        "Setuju",
        privacy="Dasar privasi",
        copyright="© 2019 Berita Kota. Hak cipta terpelihara.",
    ),
    "ca": _Page(
        menu="Notícies | Catalunya | Món | Economia | Esports | Cultura",
        headline="El ple aprova el pressupost de la nova línia de tramvia",
        byline=None,
        dateline="18 d'octubre de 2019, 10:07",
        published="2019-10-18T10:07",
        body=(
            "Els regidors de l'Ajuntament van aprovar dijous el pressupost per construir una "
            "nova línia de tramvia que ha d'unir el barri amb el centre de la ciutat. Les obres "
            "començaran a la primavera i duraran uns dos anys, segons ha explicat el portaveu "
            "de l'empresa de transport.",
            "Segons el tinent d'alcalde de Mobilitat, el cost ha augmentat una quarta part "
            "respecte de la primera estimació, sobretot per l'encariment dels materials de "
            "construcció. L'oposició critica que l'Ajuntament va informar del canvi a l'últim "
            "moment i sense un pressupost detallat.",
            "Els veïns del barri fa més de deu anys que esperen la nova línia. Ara van al "
            "centre amb autobús, que a l'hora punta del matí sovint queda encallat en un embús "
            "al pont.",
        ),
        ad="Publicitat",
        read_also="Llegeix també: El preu del bitllet de transport públic pujarà amb l'any nou",
        share="Comparteix a Facebook",
        tags="Etiquetes: Barcelona, mobilitat, tramvia",
        related="Notícies relacionades",
        links=(
            "La nova línia de metro: la primera fase començarà l'any vinent",
            "Els nous tramvies sortiran al carrer ja al març",
        ),
        cookie="Aquest web utilitza cookies per millorar l'experiència de navegació. Accepto",
        privacy="Política de privadesa",
        copyright="© 2019 Notícies de Barcelona. Tots els drets reservats.",
    ),
    "sl": _Page(
        menu="Novice | Slovenija | Svet | Gospodarstvo | Šport | Kultura",
        headline="Mestni svet potrdil proračun za novo tramvajsko progo",
        byline="Avtor: Maja Novak",
        dateline="18. novembra 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Mestni svetniki so v četrtek potrdili proračun za gradnjo nove tramvajske proge, "
            "ki naj bi povezala sosesko s središčem mesta. Gradnja naj bi se začela spomladi in "
            "bo trajala približno dve leti, je povedal tiskovni predstavnik prevoznika.",
            "Po besedah podžupana so se stroški v primerjavi s prvo oceno zvišali za četrtino, "
            "predvsem zaradi dražjega gradbenega materiala. Opozicija kritizira, da je mestna "
            "občina o spremembi obvestila šele v zadnjem trenutku in brez podrobnega proračuna.",
            "Prebivalci soseske na novo progo čakajo že več kot deset let. Zdaj se v središče "
            "vozijo z avtobusom, ki v jutranji konici pogosto obtiči v koloni na mostu.",
        ),
        ad="Oglas",
        read_also="Preberite tudi: Cene vozovnic mestnega prometa se z novim letom zvišajo",
        share="Deli na Facebooku",
        tags="Oznake: Ljubljana, promet, tramvaj",
        related="Sorodni članki",
        links=(
            "Nov most čez Ljubljanico: prva faza se začne prihodnje leto",
            "Novi tramvaji na progo že marca",
        ),
        cookie=None,
        privacy="Politika zasebnosti",
        copyright="© 2019 Ljubljanske novice. Vse pravice pridržane.",
    ),
    "sr": _Page(
        menu="Вести | Србија | Свет | Економија | Спорт | Култура",
        headline="Скупштина града усвојила буџет за нову трамвајску линију",
        byline="Аутор: Милан Јовановић",
        dateline="18. новембра 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "Одборници Скупштине града у четвртак су усвојили буџет за изградњу нове "
            "трамвајске линије која ће повезати насеље са центром града. Радови би требало да "
            "почну на пролеће и трајаће око две године, изјавио је портпарол градског превозника.",
            "Према речима заменика градоначелника, трошкови су порасли за четвртину у односу "
            "на прву процену, пре свега због скупљег грађевинског материјала. Опозиција "
            "критикује град што је о промени обавестио у последњем тренутку и без детаљног "
            "буџета.",
            "Становници насеља на нову линију чекају више од десет година. Сада до центра "
            "путују аутобусом, који у јутарњој гужви често стоји у колони на мосту.",
        ),
        ad="Реклама",
        read_also="Прочитајте још: Цене карата градског превоза расту од нове године",
        share="Подели на Facebook",
        tags="Тагови: Београд, саобраћај, трамвај",
        related="Повезане вести",
        links=(
            "Нови мост преко Саве: прва фаза почиње следеће године",
            "Нови трамваји на линијама већ у марту",
        ),
        cookie=None,
        privacy="Политика приватности",
        copyright="© 2019 Београдске вести. Сва права задржана.",
    ),
    "lt": _Page(
        menu="Naujienos | Lietuva | Pasaulis | Verslas | Sportas | Kultūra",
        headline="Miesto taryba patvirtino naujos tramvajaus linijos biudžetą",
        byline="Autorius: Tomas Kazlauskas",
        dateline="2019-11-18 10:07",
        published="2019-11-18T10:07",
        body=(
            "Miesto tarybos nariai ketvirtadienį patvirtino naujos tramvajaus linijos, kuri "
            "sujungs mikrorajoną su miesto centru, statybos biudžetą. Darbai turėtų prasidėti "
            "pavasarį ir truks maždaug dvejus metus, sakė transporto bendrovės atstovas spaudai.",
            "Pasak vicemero, išlaidos, palyginti su pirmuoju įvertinimu, išaugo ketvirtadaliu, "
            "daugiausia dėl brangesnių statybinių medžiagų. Opozicija kritikuoja savivaldybę, "
            "kad apie pakeitimą ji pranešė tik paskutinę minutę ir be išsamaus biudžeto.",
            "Mikrorajono gyventojai naujos linijos laukia daugiau nei dešimt metų. Dabar į "
            "centrą jie važiuoja autobusu, kuris rytinio piko metu dažnai įstringa spūstyje ant "
            "tilto.",
        ),
        ad="Reklama",
        read_also="Taip pat skaitykite: Nuo naujųjų metų brangs viešojo transporto bilietai",
        share="Dalintis Facebook",
        tags="Žymės: Vilnius, transportas, tramvajus",
        related="Susiję straipsniai",
        links=(
            "Naujas tiltas per Nerį: pirmasis etapas prasidės kitais metais",
            "Nauji tramvajai į gatves išriedės jau kovą",
        ),
        cookie=None,
        privacy="Privatumo politika",
        copyright="© 2019 Vilniaus žinios. Visos teisės saugomos.",
    ),
    "lv": _Page(
        menu="Ziņas | Latvijā | Pasaulē | Ekonomika | Sports | Kultūra",
        headline="Rīgas dome apstiprina jaunās tramvaja līnijas budžetu",
        byline="Autors: Jānis Bērziņš",
        dateline="18.11.2019 10:07",
        published="2019-11-18T10:07",
        body=(
            "Rīgas domes deputāti ceturtdien apstiprināja budžetu jaunas tramvaja līnijas "
            "būvniecībai, kas savienos apkaimi ar pilsētas centru. Darbi varētu sākties pavasarī "
            "un ilgs aptuveni divus gadus, pastāstīja satiksmes uzņēmuma pārstāvis.",
            "Kā norāda mēra vietnieks, izmaksas salīdzinājumā ar pirmo aprēķinu pieaugušas par "
            "ceturtdaļu, galvenokārt būvmateriālu sadārdzināšanās dēļ. Opozīcija kritizē domi, "
            "ka par izmaiņām tā paziņoja tikai pēdējā brīdī un bez detalizēta budžeta.",
            "Apkaimes iedzīvotāji jauno līniju gaida jau vairāk nekā desmit gadus. Pašlaik uz "
            "centru viņi brauc ar autobusu, kas rīta sastrēgumstundā bieži iestrēgst uz tilta.",
        ),
        ad="Reklāma",
        read_also="Lasi arī: No jaunā gada sadārdzināsies sabiedriskā transporta biļetes",
        share="Dalīties Facebook",
        tags="Tēmas: Rīga, satiksme, tramvajs",
        related="Saistītie raksti",
        links=(
            "Jaunais tilts pār Daugavu: pirmā kārta sāksies nākamgad",
            "Jaunie tramvaji uz maršrutiem izbrauks jau martā",
        ),
        cookie=None,
        privacy="Privātuma politika",
        copyright="© 2019 Rīgas Ziņas. Visas tiesības aizsargātas.",
    ),
    "et": _Page(
        menu="Uudised | Eesti | Maailm | Majandus | Sport | Kultuur",
        headline="Linnavolikogu kinnitas uue trammiliini eelarve",
        byline="Autor: Kadri Tamm",
        dateline="18. detsember 2019, 10:07",
        published="2019-12-18T10:07",
        body=(
            "Linnavolikogu liikmed kinnitasid neljapäeval uue trammiliini ehitamise eelarve, "
            "mis ühendab linnaosa kesklinnaga. Ehitustööd peaksid algama kevadel ja kestavad "
            "umbes kaks aastat, ütles transpordiettevõtte pressiesindaja.",
            "Abilinnapea sõnul on kulud esialgse hinnanguga võrreldes kasvanud veerandi võrra, "
            "peamiselt ehitusmaterjalide kallinemise tõttu. Opositsioon kritiseerib linna selle "
            "eest, et muudatusest teatati alles viimasel hetkel ja ilma üksikasjaliku eelarveta.",
            "Linnaosa elanikud on uut liini oodanud üle kümne aasta. Praegu sõidavad nad "
            "kesklinna bussiga, mis jääb hommikuse tipptunni ajal sageli sillal ummikusse.",
        ),
        ad="Reklaam",
        read_also="Loe ka: Ühistranspordi piletid kallinevad uuest aastast",
        share="Jaga Facebookis",
        tags="Märksõnad: Tallinn, transport, tramm",
        related="Seotud artiklid",
        links=(
            "Uus sild üle lahe: esimene etapp algab järgmisel aastal",
            "Uued trammid sõidavad liinile juba märtsis",
        ),
        cookie=None,
        privacy="Privaatsuspoliitika",
        copyright="© 2019 Tallinna Uudised. Kõik õigused kaitstud.",
    ),
    "ur": _Page(
        menu="خبریں | پاکستان | دنیا | کاروبار | کھیل | ثقافت",
        headline="سٹی کونسل نے نئی ٹرام لائن کے بجٹ کی منظوری دے دی",
        byline=None,
        dateline="18 نومبر 2019 - 10:07",
        published="2019-11-18T10:07",
        body=(
            "سٹی کونسل کے ارکان نے جمعرات کو ایک نئی ٹرام لائن کی تعمیر کے بجٹ کی منظوری دے "
            "دی، جو رہائشی علاقے کو شہر کے مرکز سے ملائے گی۔ ٹرانسپورٹ کمپنی کے ترجمان کے "
            "مطابق تعمیراتی کام موسم بہار میں شروع ہوگا اور تقریباً دو سال جاری رہے گا۔",
            "ڈپٹی میئر کے مطابق ابتدائی تخمینے کے مقابلے میں لاگت ایک چوتھائی بڑھ گئی ہے، جس "
            "کی بڑی وجہ تعمیراتی سامان کی مہنگائی ہے۔ اپوزیشن نے تنقید کی کہ بلدیہ نے اس "
            "تبدیلی کا اعلان آخری لمحے پر اور تفصیلی بجٹ کے بغیر کیا۔",
            "علاقے کے رہائشی دس سال سے زیادہ عرصے سے اس لائن کا انتظار کر رہے ہیں۔ اس وقت وہ "
            "بس کے ذریعے شہر کے مرکز جاتے ہیں، جو صبح کے رش کے اوقات میں اکثر پل پر ٹریفک "
            "میں پھنس جاتی ہے۔",
        ),
        ad="اشتہار",
        read_also="یہ بھی پڑھیں: نئے سال سے پبلک ٹرانسپورٹ کے کرایوں میں اضافہ",
        share="شیئر کریں",
        tags="ٹیگز: لاہور، ٹرانسپورٹ، ٹرام",
        related="متعلقہ خبریں",
        links=(
            "نئی میٹرو لائن کا پہلا مرحلہ اگلے سال شروع ہوگا",
            "نئی ٹرامیں مارچ سے سڑکوں پر",
        ),
        cookie=None,
        privacy="پرائیویسی پالیسی",
        copyright="© 2019 لاہور نیوز۔ جملہ حقوق محفوظ ہیں۔",
    ),
    "bn": _Page(
        menu="প্রচ্ছদ | বাংলাদেশ | বিশ্ব | অর্থনীতি | খেলা | বিনোদন",
        headline="নতুন ট্রাম লাইনের বাজেট অনুমোদন করল সিটি করপোরেশন",
        byline=None,
        dateline="১৮ নভেম্বর ২০১৯, ১০:০৭",
        published="2019-11-18T10:07",
        body=(
            "সিটি করপোরেশনের কাউন্সিলররা বৃহস্পতিবার একটি নতুন ট্রাম লাইন নির্মাণের বাজেট "
            "অনুমোদন করেছেন, যা আবাসিক এলাকাটিকে শহরের কেন্দ্রের সঙ্গে যুক্ত করবে। পরিবহন "
            "সংস্থার মুখপাত্র জানান, বসন্তে নির্মাণকাজ শুরু হবে এবং প্রায় দুই বছর চলবে।",
            "ডেপুটি মেয়রের মতে, প্রাথমিক হিসাবের তুলনায় খরচ এক-চতুর্থাংশ বেড়েছে, মূলত "
            "নির্মাণসামগ্রীর দাম বাড়ার কারণে। বিরোধীরা সমালোচনা করে বলছেন, করপোরেশন শেষ "
            "মুহূর্তে এবং বিস্তারিত বাজেট ছাড়াই এই পরিবর্তনের কথা জানিয়েছে।",
            "এলাকার বাসিন্দারা দশ বছরেরও বেশি সময় ধরে নতুন লাইনের অপেক্ষায় আছেন। এখন তাঁরা "
            "বাসে করে শহরের কেন্দ্রে যান, যা সকালের ব্যস্ত সময়ে প্রায়ই সেতুর ওপর যানজটে আটকে "
            "থাকে।",
        ),
        ad="বিজ্ঞাপন",
        read_also="আরও পড়ুন: নতুন বছর থেকে বাড়ছে গণপরিবহনের ভাড়া",
        share="শেয়ার করুন",
        tags="ট্যাগ: ঢাকা, পরিবহন, ট্রাম",
        related="সম্পর্কিত খবর",
        links=(
            "নতুন মেট্রো লাইনের প্রথম ধাপের কাজ শুরু আগামী বছর",
            "মার্চেই রাস্তায় নামছে নতুন ট্রাম",
        ),
        cookie=None,
        privacy="গোপনীয়তা নীতি",
        copyright="© 2019 ঢাকা সংবাদ। সর্বস্বত্ব সংরক্ষিত।",
    ),
    "ta": _Page(
        menu="செய்திகள் | தமிழ்நாடு | இந்தியா | உலகம் | வணிகம் | விளையாட்டு",
        headline="புதிய டிராம் பாதைக்கான பட்ஜெட்டுக்கு மாநகராட்சி ஒப்புதல்",
        byline=None,
        dateline="18 நவம்பர் 2019, 10:07",
        published="2019-11-18T10:07",
        body=(
            "மாநகராட்சி கவுன்சிலர்கள் வியாழக்கிழமை புதிய டிராம் பாதை அமைப்பதற்கான "
            "பட்ஜெட்டுக்கு ஒப்புதல் அளித்தனர். இந்தப் பாதை குடியிருப்புப் பகுதியை நகர "
            "மையத்துடன் இணைக்கும். கட்டுமானப் பணிகள் வசந்த காலத்தில் தொடங்கி சுமார் இரண்டு "
            "ஆண்டுகள் நடைபெறும் என்று போக்குவரத்து நிறுவனத்தின் செய்தித் தொடர்பாளர் "
            "தெரிவித்தார்.",
            "துணை மேயரின் கூற்றுப்படி, முதல் மதிப்பீட்டை விட செலவு நான்கில் ஒரு பங்கு "
            "அதிகரித்துள்ளது. கட்டுமானப் பொருட்களின் விலை உயர்வே இதற்கு முக்கிய காரணம். கடைசி "
            "நேரத்தில், விரிவான பட்ஜெட் இல்லாமல் இந்த மாற்றம் அறிவிக்கப்பட்டதாக "
            "எதிர்க்கட்சிகள் விமர்சித்துள்ளன.",
            "அந்தப் பகுதி மக்கள் பத்து ஆண்டுகளுக்கும் மேலாக இந்தப் பாதைக்காகக் "
            "காத்திருக்கின்றனர். தற்போது அவர்கள் பேருந்தில் நகர மையத்துக்குச் செல்கின்றனர்; "
            "காலை நெரிசல் நேரத்தில் அந்தப் பேருந்து பாலத்தில் அடிக்கடி போக்குவரத்தில் சிக்கிக் "
            "கொள்கிறது.",
        ),
        ad="விளம்பரம்",
        read_also="இதையும் படியுங்கள்: புத்தாண்டு முதல் பேருந்து கட்டணம் உயர்வு",
        share="பகிருங்கள்",
        tags="குறிச்சொற்கள்: சென்னை, போக்குவரத்து, டிராம்",
        related="தொடர்புடைய செய்திகள்",
        links=(
            "புதிய மெட்ரோ பாதையின் முதல் கட்டப் பணிகள் அடுத்த ஆண்டு தொடக்கம்",
            "மார்ச் மாதத்திலேயே புதிய டிராம்கள் இயக்கம்",
        ),
        cookie=None,
        privacy="தனியுரிமைக் கொள்கை",
        copyright="© 2019 சென்னை செய்திகள். அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.",
    ),
}


@pytest.mark.parametrize("code", sorted(_PAGES))
def test_a_news_page_loses_its_chrome_and_keeps_its_story(code: str) -> None:
    page = _PAGES[code]
    result = clean_text("\n".join(page.lines()))
    kept = result.article().splitlines()
    assert [p for p in page.body if p not in kept] == []
    reasons = {r.line: r.reason for r in result.removed}
    got = {line: reasons.get(line, "kept") for line in page.reasons()}
    assert got == page.reasons()
    for line in (page.menu, *page.links):
        assert line in reasons and line not in kept
    if page.published:
        assert result.metadata.get("published") == page.published


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_language_module_defines_only_known_categories(code: str) -> None:
    # (a table under a misspelt name would be read by no rule; twelve months a language are
    # checked with the dates, tests/test_chrome_dates.py)
    module = importlib.import_module(f"cleanscrape.lexicon.lang.{code}")
    defined = {name for name in vars(module) if name.isupper()}
    assert defined <= set(CATEGORIES), code


def test_every_language_of_the_pages_is_registered() -> None:
    assert set(_PAGES) <= set(LANGUAGES)


@pytest.mark.parametrize(
    "line",
    [
        # subheadings and a link of benchmark pages in English: "Text" and "Font" open a byline
        # and a source line in no language the lexicon pools (Swedish "Text:", Catalan "Font:"
        # are left out for them)
        "Text Messaging",
        "Text Animation in After Effects | Motion Design Tutorial",
        "Font Combinations: The Basic Rules and Best Practices",
    ],
)
def test_english_lines_opened_by_a_byline_word_of_another_language_stay(line: str) -> None:
    from cleanscrape.chrome.bylines import byline_of, source_of
    from cleanscrape.chrome.features import line_features

    features = line_features([line])[0]
    assert byline_of(features, names=False) is None
    assert source_of(features) is None
