"""A small hand-written corpus for the web tests: documents and their extraction records.

Offsets are computed from the texts (so they are right by construction); the records follow
shared/spec/extraction.md. One document is hostile: its text and one organisation's name carry
HTML/JS that must render as text.
"""

from __future__ import annotations

import re
from typing import Any

from kooperacja.documents.model import Document

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = '"><img src=x onerror=alert(1)>'
HOSTILE_ORG = 'Firma "><img src=x onerror=alert(2)> Sp. z o.o.'


def spans(text: str, needle: str) -> list[list[int]]:
    out, start = [], 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return out
        out.append([i, i + len(needle)])
        start = i + len(needle)


_BOUNDARY = re.compile(r"\. (?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def sentence(text: str, needle: str) -> list[list[int]]:
    """The span of the sentence that contains `needle` (a sentence ends with '. ' before a capital)."""
    i = text.index(needle)
    bounds = [m.start() for m in _BOUNDARY.finditer(text)]
    s = max((b + 2 for b in bounds if b < i), default=0)
    e = min((b + 1 for b in bounds if b >= i), default=len(text))
    return [[s, e]]


def ent(text: str, eid: str, etype: str, name: str, forms: list[str], **extra: Any) -> dict[str, Any]:
    mentions: list[list[int]] = []
    for f in forms:
        mentions.extend(spans(text, f))
    return {"id": eid, "type": etype, "name": name, "mentions": sorted(mentions), **extra}


def build(extended: bool = False) -> tuple[list[dict[str, Any]], list[Document]]:
    """The corpus; `extended` adds two documents about a cluster (for the browser tests' filters) and a
    text-only document with no title (its first line is the title)."""
    records: list[dict[str, Any]] = []
    docs: list[Document] = []

    # 1. KSSE signs an agreement with a Chinese zone (Katowice)
    t = (
        "Katowicka Specjalna Strefa Ekonomiczna (KSSE) podpisała 12 października 2023 r. w Katowicach "
        "porozumienie o współpracy ze strefą Wuhan East Lake High-tech Development Zone. "
        "Umowa dotyczy motoryzacji, elektromobilności i technologii informacyjnych. "
        "Prezes KSSE Janusz Michałek podkreślił, że inwestycje w strefie przekroczyły 44 mld zł. "
        "Chińscy partnerzy zapowiedzieli wizytę w Polsce."
    )
    docs.append(
        Document(
            doc_id="ksse-wuhan",
            text=t,
            published="2023-10-13",
            title="KSSE podpisała porozumienie z Wuhan",
            url="https://example.pl/ksse-wuhan",
            lang="pl",
        )
    )
    records.append(
        {
            "doc_id": "ksse-wuhan",
            "lang": "pl",
            "published": "2023-10-13",
            "entities": [
                ent(
                    t,
                    "e1",
                    "organization",
                    "Katowicka Specjalna Strefa Ekonomiczna",
                    ["Katowicka Specjalna Strefa Ekonomiczna", "KSSE"],
                    subtype="economic_zone",
                    aliases=["KSSE"],
                ),
                ent(
                    t,
                    "e2",
                    "organization",
                    "Wuhan East Lake High-tech Development Zone",
                    ["Wuhan East Lake High-tech Development Zone"],
                    subtype="economic_zone",
                    country="CN",
                ),
                ent(
                    t,
                    "e3",
                    "person",
                    "Janusz Michałek",
                    ["Janusz Michałek"],
                    roles=[{"title": "prezes", "organization": "e1"}],
                ),
                ent(t, "e4", "place", "Katowice", ["Katowicach"], subtype="city", country="PL"),
                ent(t, "e5", "place", "Polska", ["Polsce"], subtype="country", country="PL"),
            ],
            "events": [
                {
                    "type": "agreement",
                    "date": "2023-10-12",
                    "place": "e4",
                    "status": "done",
                    "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                    "sectors": ["automotive", "electromobility", "ict"],
                    "evidence": sentence(t, "porozumienie o współpracy"),
                },
            ],
            "figures": [
                {
                    "entity": "e1",
                    "metric": "investment",
                    "value": 44000000000,
                    "unit": "PLN",
                    "qualifier": "more_than",
                    "evidence": sentence(t, "44 mld zł"),
                },
            ],
            "sectors": ["automotive", "electromobility", "ict"],
        }
    )

    # 2. A Saxon delegation visits KSSE in Gliwice
    t = (
        "Delegacja Wirtschaftsförderung Sachsen odwiedziła Katowicką Specjalną Strefę "
        "Ekonomiczną w Gliwicach 5 marca 2024 r. Goście z Saksonii rozmawiali o inwestycjach w branży motoryzacyjnej. "
        "Wizytę zorganizowała Polsko-Niemiecka Izba Przemysłowo-Handlowa."
    )
    docs.append(
        Document(
            doc_id="sachsen-visit",
            text=t,
            published="2024-03-06",
            title="Goście z Saksonii w KSSE",
            lang="pl",
        )
    )
    records.append(
        {
            "doc_id": "sachsen-visit",
            "lang": "pl",
            "published": "2024-03-06",
            "entities": [
                ent(
                    t,
                    "e1",
                    "organization",
                    "Wirtschaftsförderung Sachsen",
                    ["Wirtschaftsförderung Sachsen"],
                    subtype="agency",
                    country="DE",
                ),
                ent(
                    t,
                    "e2",
                    "organization",
                    "Katowicka Specjalna Strefa Ekonomiczna",
                    ["Katowicką Specjalną Strefę Ekonomiczną"],
                    subtype="economic_zone",
                    aliases=["KSSE"],
                ),
                ent(t, "e3", "place", "Gliwice", ["Gliwicach"], subtype="city", country="PL"),
                ent(
                    t,
                    "e4",
                    "organization",
                    "Polsko-Niemiecka Izba Przemysłowo-Handlowa",
                    ["Polsko-Niemiecka Izba Przemysłowo-Handlowa"],
                    subtype="business_association",
                ),
                ent(t, "e5", "place", "Saksonia", ["Saksonii"], subtype="region", country="DE"),
            ],
            "events": [
                {
                    "type": "visit",
                    "date": "2024-03-05",
                    "place": "e3",
                    "participants": [
                        {"entity": "e1", "role": "visitor"},
                        {"entity": "e2", "role": "host"},
                        {"entity": "e4", "role": "host"},
                    ],
                    "sectors": ["automotive"],
                    "evidence": sentence(t, "odwiedziła"),
                },
            ],
            "figures": [],
            "sectors": ["automotive"],
        }
    )

    # 3. An investment in the Legnica zone
    t = (
        "LG Energy Solution ogłosiła 20 czerwca 2022 r. nową inwestycję w Legnickiej Specjalnej Strefie "
        "Ekonomicznej. Fabryka baterii w Legnicy kosztować będzie około 2 mld zł i da 500 nowych miejsc pracy. "
        "LSSE współpracuje także z KSSE przy obsłudze inwestorów."
    )
    docs.append(
        Document(doc_id="lsse-lg", text=t, published="2022-06-21", title="LG buduje w Legnicy", lang="pl")
    )
    records.append(
        {
            "doc_id": "lsse-lg",
            "lang": "pl",
            "published": "2022-06-21",
            "entities": [
                ent(
                    t,
                    "e1",
                    "organization",
                    "LG Energy Solution",
                    ["LG Energy Solution"],
                    subtype="company",
                    country="KR",
                ),
                ent(
                    t,
                    "e2",
                    "organization",
                    "Legnicka Specjalna Strefa Ekonomiczna",
                    ["Legnickiej Specjalnej Strefie Ekonomicznej", "LSSE"],
                    subtype="economic_zone",
                    aliases=["LSSE"],
                ),
                ent(t, "e3", "place", "Legnica", ["Legnicy"], subtype="city", country="PL"),
                ent(
                    t,
                    "e4",
                    "organization",
                    "Katowicka Specjalna Strefa Ekonomiczna",
                    ["KSSE"],
                    subtype="economic_zone",
                    aliases=["KSSE"],
                ),
            ],
            "events": [
                {
                    "type": "investment",
                    "date": "2022-06-20",
                    "place": "e3",
                    "participants": [{"entity": "e1", "role": "investor"}, {"entity": "e2", "role": "host"}],
                    "sectors": ["batteries"],
                    "evidence": sentence(t, "nową inwestycję"),
                },
                {
                    "type": "cooperation",
                    "date": None,
                    "participants": [{"entity": "e2", "role": "party"}, {"entity": "e4", "role": "party"}],
                    "sectors": [],
                    "evidence": sentence(t, "współpracuje"),
                },
            ],
            "figures": [
                {
                    "entity": "e1",
                    "metric": "investment",
                    "value": 2000000000,
                    "unit": "PLN",
                    "qualifier": "approx",
                    "evidence": sentence(t, "2 mld zł"),
                },
                {
                    "entity": "e1",
                    "metric": "jobs",
                    "value": 500,
                    "unit": "count",
                    "qualifier": "exact",
                    "evidence": sentence(t, "500 nowych"),
                },
            ],
            "sectors": ["batteries"],
        }
    )

    # 4. A congress in Katowice
    t = (
        "Europejski Kongres Gospodarczy odbył się w Katowicach w dniach 23-25 kwietnia 2024 r. "
        "Organizatorem była Grupa PTWP, a swoje stoiska miały KSSE oraz Legnicka Specjalna Strefa Ekonomiczna."
    )
    docs.append(Document(doc_id="ekg-2024", text=t, published="2024-04-26", title="EKG 2024", lang="pl"))
    records.append(
        {
            "doc_id": "ekg-2024",
            "lang": "pl",
            "published": "2024-04-26",
            "entities": [
                ent(t, "e1", "organization", "Grupa PTWP", ["Grupa PTWP"], subtype="company"),
                ent(
                    t,
                    "e2",
                    "organization",
                    "Katowicka Specjalna Strefa Ekonomiczna",
                    ["KSSE"],
                    subtype="economic_zone",
                    aliases=["KSSE"],
                ),
                ent(
                    t,
                    "e3",
                    "organization",
                    "Legnicka Specjalna Strefa Ekonomiczna",
                    ["Legnicka Specjalna Strefa Ekonomiczna"],
                    subtype="economic_zone",
                    aliases=["LSSE"],
                ),
                ent(t, "e4", "place", "Katowice", ["Katowicach"], subtype="city", country="PL"),
            ],
            "events": [
                {
                    "type": "conference",
                    "date": "2024-04-23/2024-04-25",
                    "place": "e4",
                    "name": "Europejski Kongres Gospodarczy",
                    "participants": [
                        {"entity": "e1", "role": "organizer"},
                        {"entity": "e2", "role": "participant"},
                        {"entity": "e3", "role": "participant"},
                    ],
                    "sectors": [],
                    "evidence": sentence(t, "odbył się") + sentence(t, "Organizatorem"),
                },
            ],
            "figures": [],
            "sectors": [],
        }
    )

    # 5. The hostile document
    t = (
        f"Spółka {HOSTILE_ORG} podpisała list intencyjny z KSSE 3 maja 2024 r. "
        f"W treści komunikatu znalazł się kod {HOSTILE_SCRIPT} oraz {HOSTILE_IMG} i znak & ampersand. "
        "Strony zapowiedziały dalsze rozmowy."
    )
    docs.append(
        Document(
            doc_id="hostile", text=t, published="2024-05-04", title=f"Test {HOSTILE_SCRIPT} tytułu", lang="pl"
        )
    )
    records.append(
        {
            "doc_id": "hostile",
            "lang": "pl",
            "published": "2024-05-04",
            "entities": [
                ent(t, "e1", "organization", HOSTILE_ORG, [HOSTILE_ORG], subtype="company"),
                ent(
                    t,
                    "e2",
                    "organization",
                    "Katowicka Specjalna Strefa Ekonomiczna",
                    ["KSSE"],
                    subtype="economic_zone",
                    aliases=["KSSE"],
                ),
            ],
            "events": [
                {
                    "type": "letter_of_intent",
                    "date": "2024-05-03",
                    "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                    "sectors": [],
                    "evidence": sentence(t, "list intencyjny"),
                },
            ],
            "figures": [],
            "sectors": [],
        }
    )
    if extended:
        _cluster_documents(records, docs)
    return records, docs


def _cluster_documents(records: list[dict[str, Any]], docs: list[Document]) -> None:
    # 6. A (made-up) hydrogen cluster: a letter of intent in Gliwice and an agreement in Rybnik
    t = (
        "Klaster Wodoru Beskidy podpisał 14 lutego 2024 r. w Gliwicach list intencyjny z firmą Zielony Gaz "
        "Sp. z o.o. o wspólnych badaniach nad magazynowaniem energii. "
        "Miesiąc później, 15 marca 2024 r., klaster zawarł w Rybniku porozumienie o współpracy z "
        "Politechniką Beskidzką w sprawie laboratorium elektrolizerów."
    )
    docs.append(Document(doc_id="klaster-wodoru", text=t, published="2024-03-16", lang="pl"))
    records.append(
        {
            "doc_id": "klaster-wodoru",
            "lang": "pl",
            "published": "2024-03-16",
            "entities": [
                ent(
                    t,
                    "e1",
                    "organization",
                    "Klaster Wodoru Beskidy",
                    ["Klaster Wodoru Beskidy"],
                    subtype="cluster",
                ),
                ent(
                    t,
                    "e2",
                    "organization",
                    "Zielony Gaz Sp. z o.o.",
                    ["Zielony Gaz Sp. z o.o."],
                    subtype="company",
                ),
                ent(
                    t,
                    "e3",
                    "organization",
                    "Politechnika Beskidzka",
                    ["Politechniką Beskidzką"],
                    subtype="research_education",
                ),
                ent(t, "e4", "place", "Gliwice", ["Gliwicach"], subtype="city", country="PL"),
                ent(t, "e5", "place", "Rybnik", ["Rybniku"], subtype="city", country="PL"),
            ],
            "events": [
                {
                    "type": "letter_of_intent",
                    "date": "2024-02-14",
                    "place": "e4",
                    "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                    "sectors": ["energy"],
                    "evidence": sentence(t, "list intencyjny"),
                },
                {
                    "type": "agreement",
                    "date": "2024-03-15",
                    "place": "e5",
                    "participants": [{"entity": "e1", "role": "party"}, {"entity": "e3", "role": "party"}],
                    "sectors": ["energy", "research_education"],
                    "evidence": sentence(t, "porozumienie o współpracy z"),
                },
            ],
            "figures": [],
            "sectors": ["energy"],
        }
    )
    # 7. The same cluster visits KSSE; a text with no title (the first line names it)
    t = (
        "Wizyta klastra wodorowego w strefie\n\n"
        "Przedstawiciele Klastra Wodoru Beskidy odwiedzili 2 kwietnia 2024 r. Katowicką Specjalną Strefę "
        "Ekonomiczną w Katowicach, aby rozmawiać o stacjach tankowania wodoru."
    )
    docs.append(Document(doc_id="klaster-wizyta", text=t, published="2024-04-03", lang="pl"))
    records.append(
        {
            "doc_id": "klaster-wizyta",
            "lang": "pl",
            "published": "2024-04-03",
            "entities": [
                ent(
                    t,
                    "e1",
                    "organization",
                    "Klaster Wodoru Beskidy",
                    ["Klastra Wodoru Beskidy"],
                    subtype="cluster",
                ),
                ent(
                    t,
                    "e2",
                    "organization",
                    "Katowicka Specjalna Strefa Ekonomiczna",
                    ["Katowicką Specjalną Strefę Ekonomiczną"],
                    subtype="economic_zone",
                ),
                ent(t, "e3", "place", "Katowice", ["Katowicach"], subtype="city", country="PL"),
            ],
            "events": [
                {
                    "type": "visit",
                    "date": "2024-04-02",
                    "place": "e3",
                    "participants": [{"entity": "e1", "role": "visitor"}, {"entity": "e2", "role": "host"}],
                    "sectors": ["energy"],
                    "evidence": sentence(t, "odwiedzili"),
                },
            ],
            "figures": [],
            "sectors": ["energy"],
        }
    )
