"""A battery of short English passages about cooperation events, all invented for this project (issue 12, session 7):
every event type of the spec told in several ways (active and passive signings, a document named by a noun,
letters of intent, visits hosted and paid, investments announced, opened, expanded, begun or under way, awards
and rankings, foundings, memberships, conferences with their dates, cooperation begun or run), modality (plans
with and without a time, wishes, possibilities, denials), participants named in apposition, in lists and in the
sentence before, and dates from the sentence, from relative words and from the dateline.

Each passage lists the events a reader finds in it: type, participants with roles (a name or one of its
aliases; "A|B": either), status and, where the text states it, the date. A passage passes when the record
holds exactly those events (no more), each with exactly those participants."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import pytest

from .conftest import english


class Ev(NamedTuple):
    type: str
    parts: tuple[tuple[str, str], ...]  # (name or "A|B" alternatives, role)
    status: str = "done"
    date: str | None = None  # checked where given


class Passage(NamedTuple):
    id: str
    text: str
    events: tuple[Ev, ...]  # every event of the passage (none: the passage states no event)
    published: str | None = "2024-05-14"  # a Tuesday


P = Passage

PASSAGES: tuple[Passage, ...] = (
    # ---- agreements: active, passive, a noun with its parties, lists, apposition, acronyms
    P(
        "mou-active-dated",
        "The Opole Science and Technology Park and Harwell Robotics Ltd signed a memorandum of understanding "
        "on 12 March 2024.",
        (
            Ev(
                "agreement",
                (
                    ("Opole Science and Technology Park", "party"),
                    ("Harwell Robotics Ltd|Harwell Robotics", "party"),
                ),
                date="2024-03-12",
            ),
        ),
    ),
    P(
        "agreement-passive-weekday",
        "A cooperation agreement was signed by the Lodz Special Economic Zone and the University of Bristol "
        "on Monday.",
        (
            Ev(
                "agreement",
                (("Lodz Special Economic Zone", "party"), ("University of Bristol", "party")),
                date="2024-05-13",
            ),
        ),
    ),
    P(
        "agreement-noun-between",
        "The agreement between Norvik Energy and the Pomeranian Special Economic Zone was concluded in April "
        "2024 and covers a service port for offshore farms.",
        (
            Ev(
                "agreement",
                (("Norvik Energy", "party"), ("Pomeranian Special Economic Zone", "party")),
                date="2024-04",
            ),
        ),
    ),
    P(
        "agreement-list-passive",
        "The agreement was signed by Harwell Robotics, Velmont Packaging and the Rzeszow University of "
        "Technology.",
        (
            Ev(
                "agreement",
                (
                    ("Harwell Robotics", "party"),
                    ("Velmont Packaging", "party"),
                    ("Rzeszow University of Technology", "party"),
                ),
            ),
        ),
    ),
    P(
        "agreement-apposition",
        "Norvik Energy, a Danish maker of wind turbines, signed an agreement with the Port of Gdansk Authority "
        "on 8 May 2024.",
        (
            Ev(
                "agreement",
                (("Norvik Energy", "party"), ("Port of Gdansk Authority", "party")),
                date="2024-05-08",
            ),
        ),
    ),
    P(
        "agreement-dateline-today",
        "WARSAW, 3 April 2024 - Tarvik Steel and the Katowice Special Economic Zone signed an agreement on a "
        "rolling mill today.",
        (
            Ev(
                "agreement",
                (("Tarvik Steel", "party"), ("Katowice Special Economic Zone", "party")),
                date="2024-04-03",
            ),
        ),
        None,
    ),
    P(
        "twinning-towns",
        "Kalisz signed a twinning agreement with the Dutch city of Heerlen in 1991.",
        (Ev("agreement", (("Kalisz", "party"), ("Heerlen", "party")), date="1991"),),
    ),
    # ---- letters of intent
    P(
        "loi-representatives-last-friday",
        "Representatives of the Rzeszow Regional Development Agency and Aerolux Systems signed a letter of "
        "intent on pilot training last Friday.",
        (
            Ev(
                "letter_of_intent",
                (("Rzeszow Regional Development Agency", "party"), ("Aerolux Systems", "party")),
                date="2024-05-10",
            ),
        ),
    ),
    # ---- modality
    P(
        "will-sign-dated",
        "The Katowice Special Economic Zone will sign an agreement with Tarvik Steel on 20 May.",
        (
            Ev(
                "agreement",
                (("Katowice Special Economic Zone", "party"), ("Tarvik Steel", "party")),
                "planned",
                "2024-05-20",
            ),
        ),
    ),
    P(
        "will-sign-undated",
        "The Katowice Special Economic Zone will sign an agreement with Tarvik Steel.",
        (),
    ),
    P(
        "plans-to-cooperate",
        "Harwell Robotics plans to cooperate with the Gdansk University of Technology.",
        (),
    ),
    P(
        "could-join",
        "The Silesian Automotive Cluster could join the European Battery Alliance, its president said.",
        (),
    ),
    P(
        "is-expected-to-sign",
        "The Walbrzych Special Economic Zone is expected to sign a memorandum with Kestrel Motors Ltd.",
        (),
    ),
    P(
        "did-not-sign",
        "The Lodz Special Economic Zone did not sign the agreement with Kestrel Motors Ltd.",
        (),
    ),
    # ---- visits
    P(
        "hosted-delegation",
        "The Podkarpackie Marshal's Office hosted a delegation from the Guangdong Chamber of Commerce on "
        "7 May 2024.",
        (
            Ev(
                "visit",
                (("Podkarpackie Marshal's Office", "host"), ("Guangdong Chamber of Commerce", "visitor")),
                date="2024-05-07",
            ),
        ),
    ),
    P(
        "delegation-visited",
        "A delegation of the Bavarian Automotive Cluster visited the Walbrzych Special Economic Zone on "
        "Thursday.",
        (
            Ev(
                "visit",
                (("Bavarian Automotive Cluster", "visitor"), ("Walbrzych Special Economic Zone", "host")),
                date="2024-05-09",
            ),
        ),
    ),
    P(
        "town-welcomed-mission",
        "Lublin welcomed a trade mission from Vietnam last week.",
        (Ev("visit", (("Lublin", "host"), ("Vietnam", "visitor"))),),
    ),
    # ---- investments
    P(
        "will-invest-in-zone",
        "Kestrel Motors Ltd will invest EUR 120 million in a new paint shop in the Kostrzyn-Slubice Special "
        "Economic Zone.",
        (
            Ev(
                "investment",
                (
                    ("Kestrel Motors Ltd|Kestrel Motors", "investor"),
                    ("Kostrzyn-Slubice Special Economic Zone", "host"),
                ),
            ),
        ),
    ),
    P(
        "opened-plant-dated",
        "Velmont Packaging opened a new plant in Mielec on 2 February 2024.",
        (Ev("investment", (("Velmont Packaging", "investor"),), date="2024-02-02"),),
    ),
    P(
        "broke-ground",
        "Sorvin Pharma broke ground on its new laboratory in Bialystok in March 2024.",
        (Ev("investment", (("Sorvin Pharma", "investor"),), date="2024-03"),),
    ),
    P(
        "is-building-factory",
        "Arlen Cables is building a cable factory near Gorzow.",
        (Ev("investment", (("Arlen Cables", "investor"),)),),
    ),
    P(
        "expanded-bakery",
        "Dalmor Foods expanded its bakery in Kalisz, adding 150 jobs.",
        (Ev("investment", (("Dalmor Foods", "investor"),)),),
    ),
    P(
        "previous-sentence-company",
        "Sorvin Pharma is a Swiss maker of generic drugs. The company will invest PLN 300 million in a plant "
        "in Lodz.",
        (Ev("investment", (("Sorvin Pharma", "investor"),)),),
    ),
    P(
        "headline-to-build",
        "Harwell Robotics To Build Plant In Mielec\nThe British robot maker will spend EUR 40 million on the "
        "site.",
        (Ev("investment", (("Harwell Robotics", "investor"),)),),
    ),
    # ---- awards and rankings
    P(
        "was-ranked-by",
        "The Lodz Special Economic Zone was ranked first in Europe by fDi Intelligence.",
        (Ev("award", (("Lodz Special Economic Zone", "recipient"), ("fDi Intelligence", "grantor"))),),
    ),
    P(
        "named-the-best",
        "fDi Intelligence named the Pomeranian Special Economic Zone the best free zone in Europe.",
        (
            Ev(
                "award",
                (("Pomeranian Special Economic Zone", "recipient"), ("fDi Intelligence", "grantor")),
            ),
        ),
    ),
    P(
        "won-award-of",
        "Harwell Robotics won the innovation award of the Silesian Chamber of Commerce.",
        (Ev("award", (("Harwell Robotics", "recipient"), ("Silesian Chamber of Commerce", "grantor"))),),
    ),
    # ---- founding
    P(
        "founded-cluster",
        "The Kielce University of Technology founded the Swietokrzyskie Hydrogen Cluster in 2023.",
        (
            Ev(
                "founding",
                (
                    ("Kielce University of Technology", "founder"),
                    ("Swietokrzyskie Hydrogen Cluster", "founded"),
                ),
                date="2023",
            ),
        ),
    ),
    P(
        "established-passive-by",
        "The Baltic Offshore Wind Association was established in 2019 by Norvik Energy and Dalmor Shipyard.",
        (
            Ev(
                "founding",
                (
                    ("Baltic Offshore Wind Association", "founded"),
                    ("Norvik Energy", "founder"),
                    ("Dalmor Shipyard", "founder"),
                ),
                date="2019",
            ),
        ),
    ),
    # ---- membership
    P(
        "joined-cluster",
        "Tarvik Steel joined the Silesian Automotive Cluster in January 2024.",
        (
            Ev(
                "membership",
                (("Tarvik Steel", "member"), ("Silesian Automotive Cluster", "group")),
                date="2024-01",
            ),
        ),
    ),
    P(
        "became-a-member",
        "In 2022 the Opole Science and Technology Park became a member of the International Association of "
        "Science Parks.",
        (
            Ev(
                "membership",
                (
                    ("Opole Science and Technology Park", "member"),
                    ("International Association of Science Parks", "group"),
                ),
                date="2022",
            ),
        ),
    ),
    # ---- conferences
    P(
        "will-organise-forum-range",
        "The Lublin Science and Technology Park will organise the Eastern Innovation Forum on 18-19 June 2024.",
        (
            Ev(
                "conference",
                (("Lublin Science and Technology Park", "organizer"),),
                "planned",
                "2024-06-18/2024-06-19",
            ),
        ),
    ),
    # ---- cooperation
    P(
        "has-been-cooperating",
        "Arlen Cables has been cooperating with the Lodz University of Technology since 2018.",
        (Ev("cooperation", (("Arlen Cables", "party"), ("Lodz University of Technology", "party"))),),
    ),
    P(
        "started-cooperation",
        "The Wielkopolska Advanced Materials Cluster started cooperation with the Saxony Economic "
        "Development Corporation.",
        (
            Ev(
                "cooperation",
                (
                    ("Wielkopolska Advanced Materials Cluster", "party"),
                    ("Saxony Economic Development Corporation", "party"),
                ),
            ),
        ),
    ),
    # ---- the phrasing of press releases: other verbs, sentences that share one event, roles by cue words
    P(
        "inked-deal-weekday",
        "The Port of Gdynia Authority inked a deal with Norvik Energy on Wednesday on a quay for wind turbines.",
        (
            Ev(
                "agreement",
                (("Port of Gdynia Authority", "party"), ("Norvik Energy", "party")),
                date="2024-05-08",
            ),
        ),
    ),
    P(
        "ceremony-then-signatories",
        "The signing ceremony took place in Rzeszow on 9 April 2024. The memorandum was signed "
        "by the Aviation Valley Association and Aerolux Systems.",
        (
            Ev(
                "agreement",
                (("Aviation Valley Association", "party"), ("Aerolux Systems", "party")),
                date="2024-04-09",
            ),
        ),
    ),
    P(
        "under-the-agreement",
        "Under the agreement signed on Friday, the Lodz Special Economic Zone will help Brenmark Logistics "
        "recruit warehouse staff.",
        (
            Ev(
                "agreement",
                (("Lodz Special Economic Zone", "party"), ("Brenmark Logistics", "party")),
                date="2024-05-10",
            ),
        ),
    ),
    P(
        "together-with-loi",
        "Together with the Opole University of Technology, Tarvik Steel signed a letter of intent on a dual "
        "study programme.",
        (
            Ev(
                "letter_of_intent",
                (("Opole University of Technology", "party"), ("Tarvik Steel", "party")),
            ),
        ),
    ),
    P(
        "permit-to-invest-in-zone",
        "Kestrel Motors Ltd received a permit to invest in the Walbrzych Special Economic Zone.",
        (
            Ev(
                "investment",
                (
                    ("Kestrel Motors Ltd|Kestrel Motors", "investor"),
                    ("Walbrzych Special Economic Zone", "host"),
                ),
            ),
        ),
    ),
    P(
        "chosen-town-for-centre",
        "Harwell Robotics has chosen Gliwice for its new European service centre.",
        (Ev("investment", (("Harwell Robotics", "investor"),)),),
    ),
    P(
        "announced-plans-to-build",
        "Sorvin Pharma announced plans to build a EUR 90 million plant in Lodz.",
        (Ev("investment", (("Sorvin Pharma", "investor"),)),),
    ),
    P(
        "to-be-built-by",
        "A new distribution centre will be built in Strykow by Holmgard Parks.",
        (Ev("investment", (("Holmgard Parks", "investor"),)),),
    ),
    P(
        "awarded-title-by",
        "Velmont Packaging was awarded the title of Employer of the Year by the Mielec Chamber of Commerce.",
        (Ev("award", (("Velmont Packaging", "recipient"), ("Mielec Chamber of Commerce", "grantor"))),),
    ),
    P(
        "forum-took-place-organised-by",
        "The Polish-Korean Business Forum took place in Warsaw on 10 April 2024. The event was organised by "
        "the Polish Investment and Trade Agency and the Korea Trade-Investment Promotion Agency.",
        (
            Ev(
                "conference",
                (
                    ("Polish Investment and Trade Agency", "organizer"),
                    ("Korea Trade-Investment Promotion Agency", "organizer"),
                ),
                date="2024-04-10",
            ),
        ),
    ),
    P(
        "nationality-delegation",
        "A Moldovan delegation led by the Minister of Economy visited the Lublin Science and Technology Park "
        "on Wednesday.",
        (
            Ev(
                "visit",
                (("Moldova", "visitor"), ("Lublin Science and Technology Park", "host")),
                date="2024-05-08",
            ),
        ),
    ),
    P(
        "newest-member",
        "Brenmark Logistics is the newest member of the Pomeranian Logistics Cluster.",
        (Ev("membership", (("Brenmark Logistics", "member"), ("Pomeranian Logistics Cluster", "group"))),),
    ),
    # ---- what looks like an event and is none, background dates, datelines, a body named by its head word
    P(
        "plural-agreements-unnamed-partners",
        "The Lodz Special Economic Zone has signed agreements with more than 200 companies since 1997.",
        (),
    ),
    P(
        "possible-investment-talks",
        "Talks between Sorvin Pharma and the Lodz Special Economic Zone on a possible investment are continuing.",
        (),
    ),
    P(
        "one-of-the-largest-investors",
        "Kestrel Motors Ltd is one of the largest investors in the Walbrzych Special Economic Zone.",
        (),
    ),
    P(
        "denied-reports",
        "Arlen Cables denied reports that it would build a factory in Gorzow.",
        (),
    ),
    P(
        "potential-investors-visited",
        "Potential investors from Japan visited the Lodz Special Economic Zone on Monday.",
        (Ev("visit", (("Japan", "visitor"), ("Lodz Special Economic Zone", "host")), date="2024-05-13"),),
    ),
    P(
        "background-year-in-a-clause",
        "Tarvik Steel, which entered the Polish market in 1998, opened its first plant in Opole in 2004.",
        (Ev("investment", (("Tarvik Steel", "investor"),), date="2004"),),
    ),
    P(
        "dateline-and-yesterday",
        "Gliwice, 14 March 2024 - The Katowice Special Economic Zone and Sunbae Materials signed a memorandum "
        "of understanding yesterday.",
        (
            Ev(
                "agreement",
                (("Katowice Special Economic Zone", "party"), ("Sunbae Materials", "party")),
                date="2024-03-13",
            ),
        ),
        None,
    ),
    P(
        "the-park-founded-by",
        "The Opole Science and Technology Park opened a new incubator for start-ups. The park was established "
        "in 2008 by the City of Opole and the Opole University of Technology.",
        (
            Ev(
                "founding",
                (
                    ("Opole Science and Technology Park", "founded"),
                    ("City of Opole", "founder"),
                    ("Opole University of Technology", "founder"),
                ),
                date="2008",
            ),
        ),
    ),
    P(
        "inaugurated-factory",
        "Kelvar Batteries has inaugurated its new factory in the Tarnobrzeg Special Economic Zone.",
        (Ev("investment", (("Kelvar Batteries", "investor"), ("Tarnobrzeg Special Economic Zone", "host"))),),
    ),
    P(
        "signed-during-the-visit",
        "A memorandum of understanding between the Lodz Special Economic Zone and the Incheon Free Economic "
        "Zone Authority was signed during the visit.",
        (
            Ev(
                "agreement",
                (("Lodz Special Economic Zone", "party"), ("Incheon Free Economic Zone Authority", "party")),
            ),
        ),
    ),
    P(
        "took-part-in-fair",
        "Representatives of the Pomeranian Special Economic Zone took part in the Expo Real fair in Munich on "
        "9-11 October 2023.",
        (
            Ev(
                "conference",
                (("Pomeranian Special Economic Zone", "participant"),),
                date="2023-10-09/2023-10-11",
            ),
        ),
    ),
    P(
        "partnership-between",
        "The partnership between the Katowice Special Economic Zone and the University of Silesia began in "
        "2016.",
        (
            Ev(
                "cooperation",
                (("Katowice Special Economic Zone", "party"), ("University of Silesia", "party")),
                date="2016",
            ),
        ),
    ),
    P(
        "will-hold-forum-dated",
        "The Polish Investment and Trade Agency and the Japan External Trade Organization will hold a business "
        "forum in Tokyo on 20 November 2024.",
        (
            Ev(
                "conference",
                (
                    ("Polish Investment and Trade Agency", "organizer"),
                    ("Japan External Trade Organization", "organizer"),
                ),
                "planned",
                "2024-11-20",
            ),
        ),
    ),
    P(
        "investment-climate",
        "Brandt Kuehler GmbH praised the investment climate in Poland and the incentives offered by the Legnica "
        "Special Economic Zone.",
        (),
    ),
    P(
        "operates-plant-since",
        "Kelvar Batteries has been operating a plant in Mielec since 2012.",
        (),
    ),
    P(
        "fdi-statistic-source",
        "Foreign direct investment in Poland reached EUR 29 billion last year, according to the National Bank "
        "of Poland.",
        (),
    ),
    # ---- a second round, written after the fixes of the first (measured on main and on this branch as written)
    P(
        "concluded-an-agreement",
        "Marlow Components Ltd and the Rzeszow Regional Development Agency have concluded an agreement on a "
        "training centre for CNC operators.",
        (
            Ev(
                "agreement",
                (
                    ("Marlow Components Ltd|Marlow Components", "party"),
                    ("Rzeszow Regional Development Agency", "party"),
                ),
            ),
        ),
    ),
    P(
        "met-the-management",
        "On Thursday, representatives of the Saxony Economic Development Corporation met the management of the "
        "Legnica Special Economic Zone in Legnica.",
        (
            Ev(
                "visit",
                (
                    ("Saxony Economic Development Corporation", "visitor"),
                    ("Legnica Special Economic Zone", "host"),
                ),
                date="2024-05-09",
            ),
        ),
    ),
    P(
        "set-to-double-plant",
        "Velmont Packaging is set to double the size of its plant in Mielec, investing PLN 120 million.",
        (Ev("investment", (("Velmont Packaging", "investor"),)),),
    ),
    P(
        "hosted-a-forum",
        "The Lublin Science and Technology Park hosted the Eastern Start-up Forum on 3 April 2024, bringing "
        "together more than 60 young companies.",
        (Ev("conference", (("Lublin Science and Technology Park", "organizer"),), date="2024-04-03"),),
    ),
    P(
        "awarded-a-contract",
        "A consortium of Arlen Cables and Norvik Energy was awarded a contract by the Port of Gdynia Authority.",
        (),
    ),
    P(
        "joined-last-year",
        "Last year the Opole Science and Technology Park joined the European Business and Innovation Centre "
        "Network.",
        (
            Ev(
                "membership",
                (
                    ("Opole Science and Technology Park", "member"),
                    ("European Business and Innovation Centre Network", "group"),
                ),
                date="2023",
            ),
        ),
    ),
    P(
        "chosen-zone-for-plant",
        "Kestrel Motors Ltd has chosen the Walbrzych Special Economic Zone as the location for its new engine "
        "plant.",
        (
            Ev(
                "investment",
                (
                    ("Kestrel Motors Ltd|Kestrel Motors", "investor"),
                    ("Walbrzych Special Economic Zone", "host"),
                ),
            ),
        ),
    ),
    P(
        "set-up-on-the-initiative-of",
        "The Silesian Automotive Cluster was set up in 2012 on the initiative of the Katowice Special Economic "
        "Zone.",
        (
            Ev(
                "founding",
                (("Silesian Automotive Cluster", "founded"), ("Katowice Special Economic Zone", "founder")),
                date="2012",
            ),
        ),
    ),
    P(
        "will-launch-programme-next-year",
        "The Gdansk University of Technology and Norvik Energy will launch a joint master's programme in "
        "offshore wind next year.",
        (),
    ),
    P(
        "nationality-mission-region",
        "In April, a Lithuanian trade mission visited the Podlaskie Voivodeship.",
        (
            Ev(
                "visit",
                (("Lithuania", "visitor"), ("Podlaskie Voivodeship|Podlaskie", "host")),
                date="2024-04",
            ),
        ),
    ),
    # ---- a third round, written later still (main 7/10 as written; this branch 7/10 as written, 8/10 after the
    # denial of a plan was read: "will not build")
    P(
        "opened-centre-company-announced",
        "Arvid Steel Ltd has opened a EUR 25 million service centre in Gliwice, the company announced on 2 May "
        "2024.",
        (Ev("investment", (("Arvid Steel Ltd|Arvid Steel", "investor"),)),),
    ),
    P(
        "framework-agreement-dated-first",
        "On 10 April 2024 the Rzeszow University of Technology and Aerolux Systems signed a framework agreement "
        "on internships.",
        (
            Ev(
                "agreement",
                (("Rzeszow University of Technology", "party"), ("Aerolux Systems", "party")),
                date="2024-04-10",
            ),
        ),
    ),
    P(
        "agreed-to-cooperate",
        "The Walbrzych Special Economic Zone and the Saxony Economic Development Corporation have agreed to "
        "cooperate in promoting the region.",
        (
            Ev(
                "cooperation",
                (
                    ("Walbrzych Special Economic Zone", "party"),
                    ("Saxony Economic Development Corporation", "party"),
                ),
            ),
        ),
    ),
    P(
        "founded-by-city-and-unnamed",
        "The Lublin Science and Technology Park was founded in 2005 by the City of Lublin and four universities.",
        (
            Ev(
                "founding",
                (("Lublin Science and Technology Park", "founded"), ("City of Lublin", "founder")),
                date="2005",
            ),
        ),
    ),
    P(
        "paid-visit-to-region",
        "A delegation of the Moravian-Silesian Region led by its governor paid a two-day visit to the Opole "
        "Voivodeship in March 2024.",
        (
            Ev(
                "visit",
                (("Moravian-Silesian Region", "visitor"), ("Opole Voivodeship|Opole", "host")),
                date="2024-03",
            ),
        ),
    ),
    P(
        "forum-without-organiser",
        "The 10th Polish-German Economic Forum will take place in Szczecin on 12 September 2024.",
        (),
    ),
    P(
        "received-award-from",
        "Kelvar Batteries received the Investor of the Year award from the Tarnobrzeg Special Economic Zone.",
        (
            Ev(
                "award",
                (("Kelvar Batteries", "recipient"), ("Tarnobrzeg Special Economic Zone", "grantor")),
            ),
        ),
    ),
    P(
        "admitted-to-partnership",
        "The Silesian Aviation Cluster has been admitted to the European Aerospace Cluster Partnership.",
        (
            Ev(
                "membership",
                (
                    ("Silesian Aviation Cluster", "member"),
                    ("European Aerospace Cluster Partnership", "group"),
                ),
            ),
        ),
    ),
    P(
        "launched-unnamed-incubator",
        "The Gdansk Science and Technology Park has launched a new incubator for maritime start-ups.",
        (),
    ),
    P(
        "will-not-build",
        "Brenmark Logistics will not build the warehouse in Strykow, the company said.",
        (),
    ),
)


def outcome(p: Passage) -> tuple[list[Ev], list[str]]:
    """(expected events not found, events found that the passage does not state, as text)."""
    record = english(p.text, p.published)
    names = {e["id"]: e["name"] for e in record["entities"]}
    got = list(enumerate(record["events"]))
    missing: list[Ev] = []
    for exp in p.events:
        hit = next(((k, ev) for k, ev in got if _matches(exp, ev, record)), None)
        if hit is None:
            missing.append(exp)
        else:
            got.remove(hit)
    extra = [
        f"{ev['type']}:{ev.get('status', 'done')}:{ev.get('date')}:"
        + ",".join(f"{names[x['entity']]}/{x['role']}" for x in ev["participants"])
        for _k, ev in got
    ]
    return missing, extra


def _matches(exp: Ev, ev: dict[str, Any], record: dict[str, Any]) -> bool:
    if ev["type"] != exp.type or ev.get("status", "done") != exp.status:
        return False
    if exp.date is not None and ev.get("date") != exp.date:
        return False
    names = {e["id"]: {e["name"], *e.get("aliases", ())} for e in record["entities"]}
    left = [(names[p["entity"]], p["role"]) for p in ev["participants"]]
    if len(left) != len(exp.parts):
        return False
    for alts, role in exp.parts:
        want = set(alts.split("|"))
        hit = next((x for x in left if x[1] == role and want & x[0]), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def battery_scores(passages: Sequence[Passage]) -> tuple[int, int, int, int]:
    """(passages passed, expected events found, expected events missed, events found that no passage states)."""
    passed = found = missed = extra = 0
    for p in passages:
        miss, more = outcome(p)
        passed += not (miss or more)
        missed += len(miss)
        found += len(p.events) - len(miss)
        extra += len(more)
    return passed, found, missed, extra


def print_report(passages: Sequence[Passage]) -> None:
    for p in passages:
        miss, more = outcome(p)
        if miss or more:
            print(f"FAIL {p.id}: missing {miss} extra {more}")
    passed, found, missed, extra = battery_scores(passages)
    print(f"passages passed {passed}/{len(passages)}; events found {found}, missed {missed}, extra {extra}")


# passages the extractor still gets wrong (strict: a passage that starts passing must leave this set)
KNOWN_FAILING: dict[str, str] = {
    "headline-to-build": "names: the Title Case headline holds no organisation the name finder splits off",
    "met-the-management": "a meeting of two bodies' people is no trigger ('meet' would fire on 'met the demand')",
    "nationality-mission-region": "places: 'the Podlaskie Voivodeship' is not found as the hosting region",
    "paid-visit-to-region": "places: 'the Opole Voivodeship' is not found as the hosting region",
    "admitted-to-partnership": "names: 'European Aerospace Cluster Partnership' is not found as an organisation",
}


@pytest.mark.parametrize("p", PASSAGES, ids=[p.id for p in PASSAGES])
def test_battery_passage(p: Passage) -> None:
    miss, more = outcome(p)
    if p.id in KNOWN_FAILING:
        assert miss or more, f"{p.id} passes now: take it off KNOWN_FAILING"
        return
    assert not miss and not more, (miss, more)


def test_battery_is_large_and_its_ids_unique() -> None:
    assert 30 <= len(PASSAGES) <= 85
    assert len({p.id for p in PASSAGES}) == len(PASSAGES)
    assert set(KNOWN_FAILING) <= {p.id for p in PASSAGES}
    types = {e.type for p in PASSAGES for e in p.events}
    assert types == {
        "agreement",
        "letter_of_intent",
        "cooperation",
        "visit",
        "conference",
        "founding",
        "membership",
        "investment",
        "award",
    }


# the battery's figures: PYTHONPATH=src python -m tests.english.test_event_battery_s7enev
if __name__ == "__main__":
    print_report(PASSAGES)
