"""A third battery of English passages, all invented for this project (issue 12, session 7), written to look
like the articles nobody tuned for: press releases of foreign investors, agencies and zones, trade-press
reports, city-hall news. Three parts: organisations (what a reader finds and what must not come out as one),
persons' roles with the organisation they hold them in, and figures with their owners (and numbers that are
no figures). The organisation part is scored as the first two batteries (`test_org_battery_s5en`)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from .conftest import english
from .test_org_battery_s5en import Passage, battery_scores, check_passage, print_report

P = Passage

PASSAGES: tuple[Passage, ...] = (
    # ---- companies with and without legal forms
    P(
        "legal-forms-mixed",
        "Halvorsen Marine AS and Kestrel Components Ltd. agreed to share a test basin in Szczecin, while "
        "Vireo Logistik GmbH will lease the warehouse next door.",
        (
            "Halvorsen Marine AS|Halvorsen Marine",
            "Kestrel Components Ltd.|Kestrel Components",
            "Vireo Logistik GmbH|Vireo Logistik",
        ),
        ("Szczecin",),
    ),
    P(
        "company-no-legal-form",
        "Orbisense, a maker of industrial sensors from Lyon, has picked Gliwice for its first plant outside "
        "France. Orbisense expects to start production next spring.",
        ("Orbisense",),
        ("Lyon", "Gliwice", "France"),
    ),
    P(
        "ampersand-firm",
        "The law firm Barrow & Keene advised Talmont Foods on the purchase of a dairy near Bialystok.",
        ("Barrow & Keene", "Talmont Foods"),
        ("Bialystok",),
    ),
    # ---- agencies, zones and their authorities
    P(
        "zone-authority-acronym",
        "The Jeonbuk Free Economic Zone Authority (JFEZA) signed a memorandum with a Polish cluster. Under "
        "the memorandum JFEZA will help Polish firms find partners in Korea.",
        ("Jeonbuk Free Economic Zone Authority|JFEZA",),
        ("Korea", "Polish"),
    ),
    P(
        "special-zone-english",
        "Investors in the Starachowice Special Economic Zone pay no income tax for up to fifteen years.",
        ("Starachowice Special Economic Zone",),
        ("Starachowice",),
    ),
    P(
        "agency-defined-acronym",
        "According to the Danish Export Credit Agency (DECA), orders from Poland grew by a third. DECA "
        "insures exporters against unpaid invoices.",
        ("Danish Export Credit Agency|DECA",),
        ("Poland", "Danish"),
    ),
    P(
        "ministry-trade-industry-of",
        "The Ministry of Trade and Industry of Vietnam sent a delegation to Katowice in March.",
        ("Ministry of Trade and Industry of Vietnam|Ministry of Trade and Industry",),
        ("Vietnam", "Katowice", "March"),
    ),
    # ---- universities, clusters, chambers, municipalities, banks, funds
    P(
        "university-of",
        "Researchers from the University of Tartu and the Lodz University of Technology will build a "
        "shared laboratory.",
        ("University of Tartu", "Lodz University of Technology"),
        ("Tartu",),
    ),
    P(
        "cluster-chamber",
        "Members of the Baltic Maritime Cluster met the Norwegian-Polish Chamber of Commerce in Gdynia.",
        ("Baltic Maritime Cluster", "Norwegian-Polish Chamber of Commerce"),
        ("Gdynia", "Norwegian"),
    ),
    P(
        "city-hall",
        "Rzeszow City Hall and the Municipality of Jasionka will jointly market the land around the airport.",
        ("Rzeszow City Hall", "Municipality of Jasionka"),
        ("Jasionka",),
    ),
    P(
        "bank-lends",
        "The Nordic Investment Bank lent EUR 40 million to the waterworks of Torun.",
        ("Nordic Investment Bank",),
        ("Torun", "Nordic"),
    ),
    P(
        "fund-that-acts",
        "Polaris Growth Fund bought a 30 percent stake in Medivo, a telemedicine start-up.",
        ("Polaris Growth Fund", "Medivo"),
        (),
    ),
    # ---- products, models and brands
    P(
        "product-models",
        "Tervo Motors will assemble the Aurora X5 and the Aurora Cargo vans in Jelcz from 2026.",
        ("Tervo Motors",),
        ("Aurora X5", "Aurora Cargo", "Jelcz"),
    ),
    P(
        "software-brand",
        "Hospitals in Opole now use CareTrack Pro, a scheduling system sold by Medisoft Nordic.",
        ("Medisoft Nordic",),
        ("CareTrack Pro", "Opole"),
    ),
    # ---- programmes, initiatives, conferences, fairs, summits
    P(
        "programme-not-actor",
        "Under the Green Transition Programme and the Smart Villages Initiative, forty communes received "
        "grants from the Regional Development Fund of Podkarpackie.",
        ("Regional Development Fund of Podkarpackie",),
        ("Green Transition Programme", "Smart Villages Initiative"),
    ),
    P(
        "summit-fair",
        "At the Central European Hydrogen Summit and the Poznan Packaging Fair, Fermont Gas showed its new "
        "electrolysers.",
        ("Fermont Gas",),
        ("Central European Hydrogen Summit", "Poznan Packaging Fair"),
    ),
    P(
        "congress-week",
        "Speakers at the Warsaw Battery Congress 2025 and during Baltic Offshore Wind Week praised the port "
        "of Gdansk.",
        (),
        ("Warsaw Battery Congress", "Baltic Offshore Wind Week"),
    ),
    # ---- headlines and section titles
    P(
        "headline-title-case",
        "Swedish Pump Maker Expands Production In Lubuskie\n"
        "Hedlund Pumps has added a second hall to its factory in Gorzow.",
        ("Hedlund Pumps",),
        ("Swedish Pump Maker", "Expands Production In Lubuskie", "Pump Maker"),
    ),
    P(
        "section-titles",
        "Market Overview\nThe Polish furniture market grew again last year.\nLatest News\n"
        "Bjornsen Interiors opened a showroom in Poznan.",
        ("Bjornsen Interiors",),
        ("Market Overview", "Latest News", "Poznan"),
    ),
    # ---- job titles, nationalities, places, regions, common phrases, sectors
    P(
        "job-titles-of-firm",
        "The Chief Executive Officer and the Head of Investor Relations of Marlow Cables visited the plant.",
        ("Marlow Cables",),
        ("Chief Executive Officer", "Head of Investor Relations"),
    ),
    P(
        "nationalities",
        "Japanese, Korean and Taiwanese investors account for half of the new projects in Lower Silesia.",
        (),
        ("Japanese", "Korean", "Taiwanese", "Lower Silesia"),
    ),
    P(
        "regions-places",
        "The Greater Poland region and the Moravian-Silesian Region share a long industrial history.",
        (),
        ("Greater Poland", "Moravian-Silesian Region"),
    ),
    P(
        "sector-names",
        "Artificial Intelligence, Renewable Energy and Advanced Manufacturing are the sectors the agency "
        "promotes abroad.",
        (),
        ("Artificial Intelligence", "Renewable Energy", "Advanced Manufacturing"),
    ),
    P(
        "capitalised-phrases",
        "The Letter of Intent was signed in the presence of the Prime Minister during the Business Breakfast.",
        (),
        ("Letter of Intent", "Prime Minister", "Business Breakfast"),
    ),
    # ---- acronyms of things
    P(
        "thing-acronyms",
        "FDI inflows reached 3 percent of GDP, and most of the money went to EV batteries and R&D centres, "
        "the CEO of Glenmore Capital said.",
        ("Glenmore Capital",),
        ("FDI", "GDP", "EV", "R&D", "CEO"),
    ),
    P(
        "acronym-of-body",
        "The European Bank for Reconstruction and Development (EBRD) will co-finance the tram line. The "
        "EBRD loan runs for twelve years.",
        ("European Bank for Reconstruction and Development|EBRD",),
        (),
    ),
    # ---- bylines and news-agency credits
    P(
        "byline-agency",
        "By Elena Marsh, Northbridge Wire\nKovac Steel will cut output at its mill in Stalowa Wola.",
        ("Kovac Steel",),
        ("Northbridge Wire", "Elena Marsh"),
    ),
    P(
        "photo-credit",
        "Photo: Press Materials / Dunmore Glass\nDunmore Glass opened a furnace in Pilkington Street, "
        "Sandomierz.",
        ("Dunmore Glass",),
        ("Press Materials",),
    ),
    # ---- lists and possessives
    P(
        "list-of-firms",
        "The tenants of the park include Arvika Plastics, Brennan Tools, Coriolis Aero and Delmar Labs.",
        ("Arvika Plastics", "Brennan Tools", "Coriolis Aero", "Delmar Labs"),
        (),
    ),
    P(
        "possessive-company",
        "Ostwind Power's new blade factory in Szczecin will be its largest in Europe.",
        ("Ostwind Power",),
        ("Szczecin", "Europe"),
    ),
    P(
        "news-outlets-pair",
        "According to Harbour Ledger and the Daily Commerce Review, Nordex Wind will open a service hub in "
        "Slupsk.",
        ("Nordex Wind",),
        ("Harbour Ledger and the Daily Commerce Review", "Slupsk"),
    ),
    P(
        "title-region-person",
        "Sales Director Europe Tomas Berg said Skarvik Group will double its capacity in Mielec.",
        ("Skarvik Group",),
        ("Sales Director Europe", "Europe Tomas Berg", "Mielec"),
    ),
    P(
        "person-after-title-of",
        "The managing director of Arcturus Pharma, Jonas Weber, confirmed the new laboratory.",
        ("Arcturus Pharma",),
        ("Jonas Weber",),
    ),
    P(
        "passive-agent-company",
        "The road to the new terminal was paid for by Kalmar Ports and built by Strand Infra.",
        ("Kalmar Ports", "Strand Infra"),
        (),
    ),
    P(
        "company-department",
        "Our Investor Services Department answers questions in five languages, Bergen Aqua said.",
        ("Bergen Aqua",),
        ("Investor Services Department",),
    ),
    # ---- second batch (written after reading our own sample articles, before the fixes for them)
    P(
        "building-of-its-own",
        "The authority moved into its Veltro Tower headquarters in Gdynia, next to the office of Sandvik Hale.",
        ("Sandvik Hale",),
        ("Veltro Tower",),
    ),
    P(
        "category-two-words",
        "Lodz won the Connectivity and Talent category of the ranking compiled by Corvent Analytics.",
        ("Corvent Analytics",),
        ("Connectivity and Talent", "Connectivity", "Talent"),
    ),
    P(
        "inner-acronym-defined",
        "The Daegu-Gyeongbuk FEZ Authority (DGFEZ) opened a desk in Warsaw. DGFEZ will advise Polish suppliers.",
        ("Daegu-Gyeongbuk FEZ Authority|DGFEZ",),
        ("Warsaw",),
    ),
    P(
        "first-word-short-form",
        "Fenlow's new survey of investors came out on Monday. Fenlow Insight, a research firm, asked 200 "
        "managers.",
        ("Fenlow Insight|Fenlow",),
        (),
    ),
    P(
        "acronym-after-company",
        "Harrow Nordic Shipping (HNS) and the port of Swinoujscie agreed on a new ferry line.",
        ("Harrow Nordic Shipping|HNS",),
        ("Swinoujscie",),
    ),
    # ---- third batch (after our own sample articles of city halls and park news, before the fixes for them)
    P(
        "ministry-two-ands",
        "Observers came from the Ministry of Ports and Fisheries and Nordvik Grid Corporation (NGC).",
        ("Ministry of Ports and Fisheries", "Nordvik Grid Corporation|NGC"),
        ("Ministry of Ports",),
    ),
    P(
        "event-words-hackathon",
        "The Lublin Science Park will run a Hackathon in Zamosc and a Roadshow in Chelm next spring.",
        ("Lublin Science Park",),
        ("Hackathon in Zamosc", "Roadshow in Chelm"),
    ),
    # ---- fourth batch (after our own wire-style sample article, before the fixes for it)
    P(
        "wire-dateline-and-reporting",
        "OPOLE (Harbour Wire) - Kovac Steel will build a rolling mill near Opole, it said on Friday.\n"
        "(Reporting by Ewa Lis; Editing by Tom Vane)",
        ("Kovac Steel",),
        ("Harbour Wire", "Ewa Lis", "Tom Vane"),
    ),
    P(
        "polish-acronym-of-english-name",
        "The Polish Development Fund will co-invest in the plant. A spokesman for state investor PFR said the "
        "decision came in May.",
        ("Polish Development Fund|PFR",),
        (),
    ),
    # ---- fifth batch (after our own sample university article, before the fixes for it)
    P(
        "agency-for-exchange",
        "The Czech National Agency for Student Exchange (CNASE) will fund 40 stays at the Poznan University of "
        "Economics.",
        ("Czech National Agency for Student Exchange|CNASE", "Poznan University of Economics"),
        (),
    ),
    P(
        "rector-prof-names",
        "The letter was signed by UJ Rector Prof. Marek Zawilski and Dean Dr. Olena Hrytsak of Kharkiv "
        "University.",
        ("UJ", "Kharkiv University"),
        ("Prof", "Marek Zawilski", "Olena Hrytsak"),
    ),
    # ---- sixth batch (after our own sample headline-and-links article, before the fixes for it)
    P(
        "company-possessive-officer",
        "Margo Textiles will open a store in Opole, the company's COO said on Friday.",
        ("Margo Textiles",),
        ("COO",),
    ),
    P(
        "person-bracket-body",
        "The jury: Olga Berg (Central Development Bank), Tomas Hrdy (Ostrava Chamber of Commerce).",
        ("Central Development Bank", "Ostrava Chamber of Commerce"),
        ("Olga Berg", "Tomas Hrdy"),
    ),
    P(
        "embassy-agency",
        "The Embassy of Canada and the Polish Investment and Trade Agency co-hosted a dinner for investors.",
        ("Embassy of Canada", "Polish Investment and Trade Agency"),
        ("Canada",),
    ),
)


# passages the extractor still gets wrong (strict: a passage that starts passing must leave this set)
KNOWN_FAILING: frozenset[str] = frozenset(
    (
        "passive-agent-company",  # "Strand Infra": every word a common English word, no head: left to cues
        "company-department",  # "…, Bergen Aqua said.": a place's name and a common word, no cue but "said"
        "acronym-after-company",  # "Harrow Nordic Shipping (HNS)": common words with their initials in brackets
        # read as a concept ("Foreign Direct Investment (FDI)")
    )
)


@pytest.mark.parametrize("p", PASSAGES, ids=[p.id for p in PASSAGES])
def test_battery_passage(p: Passage) -> None:
    check_passage(p, KNOWN_FAILING)


def test_battery_ids_unique_and_new() -> None:
    from .test_org_battery_s5en import PASSAGES as FIRST
    from .test_org_battery_s6en import PASSAGES as SECOND

    assert len(PASSAGES) >= 30
    assert len({p.id for p in PASSAGES}) == len(PASSAGES)
    assert not {p.id for p in PASSAGES} & {p.id for p in (*FIRST, *SECOND)}
    assert KNOWN_FAILING <= {p.id for p in PASSAGES}


def test_battery_organisations_overall() -> None:
    passed, tp, fp, fn, neg = battery_scores(PASSAGES)
    assert passed >= len(PASSAGES) - len(KNOWN_FAILING)
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.9, (tp, fp, fn)


# ---- persons' roles: (text, person, organisation the role is held in: its name or an alias)
class RolePassage(NamedTuple):
    id: str
    text: str
    person: str
    org: str


ROLES: tuple[RolePassage, ...] = (
    RolePassage(
        "role-comma-ceo-of",
        "The plant will employ locals, said Henrik Dahl, CEO of Nordwave Batteries.",
        "Henrik Dahl",
        "Nordwave Batteries",
    ),
    RolePassage(
        "role-possessive-president",
        "Lumatec Optics' president Sara Lindqvist signed the lease in Krakow on Monday.",
        "Sara Lindqvist",
        "Lumatec Optics",
    ),
    RolePassage(
        "role-who-heads",
        "Piotr Zawada, who heads the Kielce Technology Park, welcomed the guests from Ukraine.",
        "Piotr Zawada",
        "Kielce Technology Park",
    ),
    RolePassage(
        "role-said-of",
        '"We want to grow here," said Marta Olsen of Fjordline Seafood.',
        "Marta Olsen",
        "Fjordline Seafood",
    ),
    RolePassage(
        "role-title-before",
        "The managing director of Arcturus Pharma, Jonas Weber, confirmed the new laboratory.",
        "Jonas Weber",
        "Arcturus Pharma",
    ),
    RolePassage(
        "role-zone-president",
        "Anna Kozlowska, president of the Walbrzych Special Economic Zone, presented the plot to investors.",
        "Anna Kozlowska",
        "Walbrzych Special Economic Zone",
    ),
)

KNOWN_FAILING_ROLES: frozenset[str] = frozenset()


def _role_ok(r: RolePassage) -> bool:
    record = english(r.text)
    ents = {e["id"]: e for e in record["entities"]}
    for e in record["entities"]:
        if e["type"] != "person" or e["name"] != r.person:
            continue
        for role in e.get("roles") or ():
            org = ents.get(role.get("organization") or "")
            if org and r.org in (org["name"], *org["aliases"]):
                return True
    return False


@pytest.mark.parametrize("r", ROLES, ids=[r.id for r in ROLES])
def test_role_passage(r: RolePassage) -> None:
    ok = _role_ok(r)
    if r.id in KNOWN_FAILING_ROLES:
        assert not ok, f"{r.id} passes now: take it off KNOWN_FAILING_ROLES"
    else:
        assert ok, english(r.text)["entities"]


# ---- figures: (text, figures the record must hold as (owner, metric, value, unit), numbers that are none)
class FigurePassage(NamedTuple):
    id: str
    text: str
    figures: tuple[tuple[str, str, float, str], ...]
    no_values: tuple[float, ...]  # values that must not come out as any figure


FIGURES: tuple[FigurePassage, ...] = (
    FigurePassage(
        "fig-usd-billion",
        "Kanto Semicon will invest USD 1.7 billion in a wafer plant near Wroclaw.",
        (("Kanto Semicon", "investment", 1_700_000_000, "USD"),),
        (),
    ),
    FigurePassage(
        "fig-euro-m",
        "Brava Textiles is spending €350m on its new dye works in Lodz.",
        (("Brava Textiles", "investment", 350_000_000, "EUR"),),
        (),
    ),
    FigurePassage(
        "fig-pln-bn-jobs",
        "The investment by Helvig Chemicals, worth PLN 7 bn, will create 900 jobs in Police.",
        (
            ("Helvig Chemicals", "investment", 7_000_000_000, "PLN"),
            ("Helvig Chemicals", "jobs", 900, "count"),
        ),
        (),
    ),
    FigurePassage(
        "fig-hectares",
        "Tamsin Foods bought 12 hectares of land in the Kutno subzone.",
        (("Tamsin Foods", "area_ha", 12, "ha"),),
        (),
    ),
    FigurePassage(
        "fig-employees",
        "Verdal Glass employs more than 1,200 people at its two Polish sites.",
        (("Verdal Glass", "employees", 1200, "count"),),
        (),
    ),
    FigurePassage(
        "fig-square-metres-none",
        "Corwin Logistics will build a 50,000 square metre warehouse and hire 300 workers.",
        (("Corwin Logistics", "jobs", 300, "count"),),
        (50_000,),
    ),
    FigurePassage(
        "fig-years-percent-none",
        "In 2023 Polwex Trading raised its exports by 15 percent for the 3rd time in 10 years.",
        (),
        (2023, 15, 3, 10),
    ),
    FigurePassage(
        "fig-members-cluster",
        "The Silesian Aviation Cluster now has 96 members, among them Fenwick Aero.",
        (("Silesian Aviation Cluster", "members", 96, "count"),),
        (),
    ),
    FigurePassage(
        "fig-amount-before-investment",
        "Ostrava Rail announced a USD 300 million investment in a depot near Katowice.",
        (("Ostrava Rail", "investment", 300_000_000, "USD"),),
        (),
    ),
    FigurePassage(
        "fig-in-exports",
        "Last year Delmar Foods earned EUR 80 million in exports to Asia.",
        (("Delmar Foods", "exports", 80_000_000, "EUR"),),
        (),
    ),
    FigurePassage(
        "fig-briefing-guests-none",
        "The Nordvik Harbour Authority held a briefing for 40 Polish companies on Tuesday.",
        (),
        (40,),
    ),
    FigurePassage(
        "fig-plan-then-employ",
        "Tamsin Foods will enlarge its bakery and employ 60 new people.",
        (("Tamsin Foods", "jobs", 60, "count"),),
        (),
    ),
    FigurePassage(
        "fig-delegation-size-none",
        "A 15-member delegation of the Brightwater Cluster toured the port of Gdynia.",
        (),
        (15,),
    ),
    FigurePassage(
        "fig-owner-named-again",
        "The Finnish firm Kaskio will build a dairy in Olsztyn. Kaskio, set up in 1994, will invest EUR 60 "
        "million, the Warmia-Mazury Special Economic Zone said.",
        (("Kaskio", "investment", 60_000_000, "EUR"),),
        (),
    ),
    FigurePassage(
        "fig-top-n-none",
        "Top 10 investors of the Lodz Special Economic Zone\nThe zone's largest tenant is Kovac Steel.",
        (),
        (10,),
    ),
    FigurePassage(
        "fig-hire-staff",
        "The Danish retailer Skovby Home will take a warehouse in Strykow and hire 300 staff.",
        (("Skovby Home", "jobs", 300, "count"),),
        (),
    ),
    FigurePassage(
        "fig-number-in-a-name-none",
        "The plan is part of Kovac Steel's Vision 30 programme, the company's board said.",
        (),
        (30,),
    ),
)

KNOWN_FAILING_FIGURES: frozenset[str] = frozenset()


def _figure_outcome(f: FigurePassage) -> tuple[list[tuple[str, str, float, str]], list[float]]:
    """(expected figures missing, forbidden values found)."""
    record = english(f.text)
    ents = {e["id"]: e for e in record["entities"]}
    got = set()
    for fig in record["figures"]:
        owner = ents.get(fig["entity"])
        for name in (owner["name"], *owner["aliases"]) if owner else ():
            got.add((name, fig["metric"], float(fig["value"]), fig["unit"]))
    missing = [x for x in f.figures if (x[0], x[1], float(x[2]), x[3]) not in got]
    bad = [v for v in f.no_values if any(float(fig["value"]) == v for fig in record["figures"])]
    return missing, bad


@pytest.mark.parametrize("f", FIGURES, ids=[f.id for f in FIGURES])
def test_figure_passage(f: FigurePassage) -> None:
    missing, bad = _figure_outcome(f)
    if f.id in KNOWN_FAILING_FIGURES:
        assert missing or bad, f"{f.id} passes now: take it off KNOWN_FAILING_FIGURES"
    else:
        assert not missing and not bad, (missing, bad, english(f.text)["figures"])


def report() -> None:
    print_report(PASSAGES)
    roles_ok = [r.id for r in ROLES if _role_ok(r)]
    print(
        f"roles passed {len(roles_ok)}/{len(ROLES)}; failing: {sorted({r.id for r in ROLES} - set(roles_ok))}"
    )
    fig_fail = [f.id for f in FIGURES if any(_figure_outcome(f))]
    print(f"figures passed {len(FIGURES) - len(fig_fail)}/{len(FIGURES)}; failing: {fig_fail}")


# the battery's figures: PYTHONPATH=src python -m tests.english.test_org_battery_s7enorg
if __name__ == "__main__":
    report()
