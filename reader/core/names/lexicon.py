"""Word lists that name-finding leans on: titles, demonyms, organisation and place words.

These are closed classes of English news writing (nobody invents a new title or demonym per
story), so they are listed; open classes (people, towns, agencies) are found from structure and
context instead. Place names come from a GeoNames extract shipped in `data/places.txt`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..text.normalize import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, strip_accents


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


TITLES = _set(
    """President Vice Prime Minister Ministers Chancellor King Queen Prince Princess Pope Mayor
    Governor Senator Sen. Rep. Representative Congressman Congresswoman Judge Justice General Gen.
    Colonel Col. Lt. Lieutenant Captain Capt. Sgt. Sergeant Admiral Adm. Commander Chief
    Ambassador Envoy Secretary Dr. Mr. Mrs. Ms. Mr Mrs Ms Dr Sir Dame Lord Lady Sheikh Cardinal
    Bishop Archbishop Rabbi Imam Professor Prof. Deputy Foreign Defence Defense Interior Finance
    Special Presidential Speaker CEO Chairman Chairwoman Director Premier Emir Crown Supreme
    Leader President-elect Spokesman Spokeswoman Officer Attorney Commissioner Field Marshal
    Major Maj. Private Pvt. Corporal Cpl. Brig. Brigadier Ayatollah Patriarch Metropolitan
    Senior Acting Former Ex-President Health Justice Economy Trade Energy Education Transport
    Constable Superintendent Supt. Inspector Insp. Detective Det. Chair Chairperson Councillor
    Councilor Dame Baroness Baron Earl Duke Duchess Count Countess Rev. Reverend Father Sister
    Brother Coach Manager Striker Midfielder Goalkeeper Pastor Sheriff Marshal Commodore"""
)
ROLES = _set(
    """president minister chancellor king queen prince pope mayor governor senator judge general
    colonel captain admiral commander chief ambassador envoy envoys secretary spokesman
    spokeswoman spokesperson aide aides adviser advisor correspondent reporter editor analyst
    professor doctor head leader chairman chairwoman chair director ceo founder negotiator
    negotiators officer official commissioner deputy premier coach actor singer author
    son-in-law daughter-in-law wife husband son daughter brother sister mother father nephew
    niece uncle aunt cousin lawyer attorney prosecutor detective inspector sergeant colleague
    counterpart successor predecessor rival opponent candidate mp lawmaker councillor
    councilor administrator manager economist scientist researcher historian activist"""
)
SPEECH = _set(
    """said says told added wrote stated claimed insisted argued warned noted explained
    asked replied tweeted posted announced confirmed denied admitted"""
)
DEMONYMS = _set(
    """American Americans Russian Russians Ukrainian Ukrainians British Briton Britons English
    Scottish Welsh Irish French German Germans Italian Italians Spanish Portuguese Dutch Belgian
    Swiss Austrian Polish Poles Czech Slovak Hungarian Romanian Bulgarian Greek Greeks Turkish
    Turks Cypriot Serbian Serbs Croatian Bosnian Albanian Macedonian Slovenian Estonian Latvian
    Lithuanian Finnish Finn Finns Swedish Swede Swedes Norwegian Norwegians Danish Dane Danes
    Icelandic Belarusian Belarusians Moldovan Georgian Georgians Armenian Armenians Azerbaijani
    Kazakh Uzbek Turkmen Kyrgyz Tajik Afghan Afghans Pakistani Pakistanis Indian Indians
    Bangladeshi Sri Lankan Nepali Nepalese Chinese Japanese Korean Koreans Taiwanese Mongolian
    Vietnamese Thai Cambodian Laotian Burmese Malaysian Indonesian Indonesians Filipino Filipinos
    Singaporean Australian Australians Canadian Canadians Mexican Mexicans Brazilian Brazilians
    Argentine Argentinian Chilean Peruvian Colombian Venezuelan Venezuelans Cuban Cubans
    Haitian Ecuadorian Bolivian Paraguayan Uruguayan Egyptian Egyptians Libyan Tunisian
    Algerian Moroccan Sudanese Ethiopian Eritrean Somali Kenyan Kenyans Ugandan Rwandan
    Tanzanian Nigerian Nigerians Ghanaian Senegalese Malian Congolese Angolan Zimbabwean
    Zambian Mozambican South African Israeli Israelis Palestinian Palestinians Lebanese Syrian
    Syrians Jordanian Iraqi Iraqis Iranian Iranians Saudi Saudis Emirati Qatari Kuwaiti Yemeni
    Omani Bahraini Kurdish Kurds European Europeans African Africans Asian Asians Arab Arabs
    Western Eastern Northern Southern Soviet Crimean Chechen Tatar Jewish Muslim Christian
    Catholic Orthodox Sunni Shia Shiite Hindu Sikh Buddhist Latino Hispanic Caucasian Balkan
    Baltic Scandinavian Nordic Persian Slavic Transatlantic Kremlin-backed Moscow-backed
    Islamic Islamist Islamists Jihadist Jihadists Pashtun Pashtuns Baloch Uighur Uyghur Rohingya
    Urdu Hindi Arabic Hutu Tutsi Maori Aboriginal Indigenous Native Amazonian Andean Alpine Mediterranean
    Atlantic Pacific Arctic Antarctic Caribbean Central Latin Anglo Franco Sino Indo"""
)
ORG_WORDS = _set(
    """Ministry Department Agency Fund Council Committee Commission Party Army Forces Force Navy
    Bank Inc Inc. Corp Corp. Ltd Ltd. LLC Company Co. Group University Institute Consortium
    Administration Office Court Parliament Congress Senate Union Organisation Organization
    Association Federation League Police Service Services News TV Television Radio Times Post
    Press Guard Guards Network Foundation Alliance Assembly Board Authority Corporation Bureau
    Club Church School College Academy Museum Hospital Airlines Airways Motors Systems
    Technologies Holdings Partners Media Channel Gazette Journal Herald Tribune Review Magazine
    Cabinet Government Duma Rada Secretariat Tribunal Directorate Command Brigade Battalion
    Regiment Division Movement Front Coalition Society Trust Industries Enterprises Reserve
    Exchange Commission Initiative Programme Program Project Centre Center Unit Team Caucus
    Panel Inquiry Taskforce Institution Charity Trust Fellowship Orchestra Band Studio Studios
    Airline Railway Railways Telecom Pharma Pharmaceuticals Energy Oil Gas Petroleum Mining"""
)
PLACE_LAST = _set(
    """Sea Ocean River Lake Mountains Mountain Island Islands Gulf Bay Strait Straits Valley
    Peninsula Desert Region Province County Oblast District Square Street Avenue Road Bridge
    Airport Harbour Harbor Canal Coast Plain Forest Park Station Heights Hills Falls Beach
    Delta Basin Plateau Strip Highlands Republic Kingdom Emirates States Territory
    Territories Palace Cathedral Stadium Prison Base Lane Drive Boulevard Crescent Terrace
    Embankment Quay Wharf Row"""
)
PLACE_FIRST = _set("Mount Lake Cape Port Fort Saint St. San Santa Gulf Isle")
CONNECTORS = _set("of de del della la le du da dos das van von der den al el bin ibn")
OF_HEADS = ORG_WORDS | PLACE_LAST | _set("Secretary Minister Bank Republic Kingdom Gulf Isle")
PLACE_CUES_NEXT = _set(
    """region regions province provinces oblast city cities town towns village villages district
    districts area border coast capital port county state"""
)
PLACE_CUES_BEFORE = _set("in at from near across into outside inside towards toward via")
PLACE_OWNED = _set("council councils municipality authorities police residents villagers")
ORG_CUES = _set(
    """agency agencies newspaper newspapers broadcaster channel outlet company firm group
    network daily tabloid magazine website platform"""
)
KNOWN_ORGS = frozenset(
    """Reuters|AP|Associated Press|AFP|Agence France-Presse|Tass|TASS|RIA Novosti|Interfax|
    Xinhua|Al Jazeera|BBC|CNN|Fox News|NBC|CBS|ABC|NPR|Bloomberg|New York Times|
    Washington Post|Wall Street Journal|Guardian|Financial Times|Telegraph|Economist|Politico|
    Axios|Le Monde|Der Spiegel|Kremlin|White House|Pentagon|Downing Street|NATO|EU|UN|WHO|IMF|
    World Bank|OPEC|Hamas|Hezbollah|Taliban|Telegram|Facebook|Meta|Google|Apple|Microsoft|
    Amazon|Twitter|YouTube|Instagram|TikTok|WhatsApp|India Today|Kyiv Independent|
    Ukrainska Pravda|Kommersant|Izvestia|Pravda|Sputnik|RT|Euronews|Deutsche Welle|DW|
    France 24|Sky News|ITV|Channel 4|Haaretz|Times of India|Hindustan Times|Dawn|
    Red Cross|Amnesty International|Human Rights Watch|Greenpeace|Interpol|Europol|FBI|CIA|
    KGB|FSB|SBU|GRU|MI5|MI6|Mossad|Gazprom|Rosneft|Naftogaz|Wagner|Azov|OSCE|IAEA|ICC|
    Security Council|European Commission|European Parliament|Supreme Court|Congress|Senate|
    Bundestag|Knesset|Duma|Verkhovna Rada""".replace("\n", "").replace("    ", "").split("|")
)
PLACE_ALIASES = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "uae": "United Arab Emirates",
}
ORG_ALIASES = {"un": "United Nations", "u.n.": "United Nations", "eu": "European Union"}
NOT_NAMES = _set(
    """I I'm I've I'd I'll OK God Christmas Easter Ramadan Eid Internet Covid COVID COVID-19
    Covid-19 AM PM Islam Christianity Judaism Hinduism Buddhism Sikhism Catholicism
    Protestantism Bible Koran Quran Torah"""
) | {day.title() for day in WEEKDAYS} | {month.title() for month in MONTHS if month != "may"} \
    | {f"{short.title()}." for short in MONTH_ABBREVIATIONS}
"""Capitalised words that never name a person, place or organisation here (`May` can: Theresa
May; it is dropped only when it stands alone)."""
EVENT_LAST = _set(
    """Prize Prizes Award Awards Day Cup Games Olympics Festival Week Month Year Conference
    Summit War Wars Act Treaty Agreement Accord Declaration Convention Championship
    Championships Trophy Medal Open Marathon Grand Prix Revolution Crisis Pandemic Syndrome
    Disease Law Bill Report Index Survey Census Plan Doctrine Era Age Cyclone Hurricane Storm
    Typhoon Operation Campaign Election Elections Referendum Expo Show Series Tour Edition"""
)
OPENERS = _set(
    """The A An In On At But And Or So Yet Meanwhile However Overall Also After Before While
    When Whenever If As According Earlier Later Now Then Still Despite Although Though Since
    Because Following During Under Over Amid Among With Without For From By To Of This That
    These Those It He She They We You His Her Their Our Its There Here What Who Whom Whose Why
    How Where Which Some Many Most Few All Both Each Every No None One Two Three Four Five Six
    Seven Eight Nine Ten Asked Speaking Reporting Writing Last Next First Second Third Another
    Other Such Several Only Even Just More Less Much Today Yesterday Tomorrow Tonight Officials
    Police Authorities Residents Critics Experts Instead Indeed Thus Hence Nevertheless
    Nonetheless Furthermore Moreover Additionally Separately Elsewhere Already Once Twice
    Whether Unlike Like Including Except Besides Beyond Toward Towards Across Against Between
    Through Throughout Upon Within Into Onto Until Unless Whereas Whatever Whoever Please Let
    Yes Not Never Always Often Sometimes Perhaps Maybe Rather Almost Nearly About Around
    Roughly Up Down Out Off Away Back Home Again Further Far Near Even Ever Very Too Quite
    Nobody Everyone Everybody Someone Somebody Anyone Anybody Nothing Everything Something
    Anything Dear Hello Thanks Sorry Oh Well Sir Madam""")


def fold(name: str) -> str:
    """The comparison key of a name: accents, quotes and case folded, possessive removed."""
    text = strip_accents(name).replace("\u2019", "'").lower().strip()
    for suffix in ("'s", "'"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return " ".join(text.split())


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Folded place names of the shipped gazetteer, loaded on first use.

    The file holds ASCII names only, so lower-casing is all the folding it needs.
    """
    path = Path(__file__).resolve().parent / "data" / "places.txt"
    lines = path.read_text(encoding="utf-8").lower().splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def known_orgs() -> frozenset[str]:
    return frozenset(fold(name) for name in KNOWN_ORGS)
