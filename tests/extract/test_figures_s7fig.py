"""One sentence of our own for each row and rule that session 7 added to the figures (issue 8, item 6): rows of
data/pl/figure_metrics.tsv (a tender's or a commission's value, a ranking's size, "zatrudnionych jest", a grant
after the number, "wydatek", a "miliardowy projekt"), the linking verbs of data/pl/figure_words.tsv (a metric
noun far before "wyniesie"), and a country that invests."""

from __future__ import annotations

import pytest

import kooperacja

M = 1_000_000


def figures(text: str) -> set[tuple[str, str, float, str]]:
    rec = kooperacja.extract(text, published="2024-05-10")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {(names[f["entity"]], f["metric"], float(f["value"]), f["unit"]) for f in rec["figures"]}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # figure_metrics.tsv: none rows
        ("Spółka Kopex Budowa wygrała przetarg o wartości 45 mln zł.", set()),
        ("Firma Lanex otrzymała zlecenie o wartości 6 mln zł od gminy.", set()),
        ("Firma Norlen zajęła 3. miejsce w rankingu 100 największych firm województwa.", set()),
        # a superlative after a count of firms: the size of a list, unless a verb before states a membership
        ("Spółka Fortex znalazła się na liście 500 największych firm w Polsce.", set()),
        ("Firma Gamet awansowała w zestawieniu 200 najcenniejszych spółek.", set()),
        (
            "Klaster Meblowy Lumen skupia obecnie 50 największych firm z całego regionu.",
            {("Klaster Meblowy Lumen", "members", 50.0, "count")},
        ),
        # figure_metrics.tsv: a headcount told by a participle and "być"
        (
            "W zakładzie firmy Gormet zatrudnionych jest 410 osób.",
            {("Gormet", "employees", 410.0, "count")},
        ),
        (
            "W nowej hali firmy Gormet zatrudnionych będzie 120 osób.",
            {("Gormet", "jobs", 120.0, "count")},
        ),
        # a grant named after its amount
        (
            "Spółka Hydromet otrzymała 12 mln zł dotacji na nowe laboratorium.",
            {("Hydromet", "budget", 12 * M, "PLN")},
        ),
        (
            "Gmina Kleszczów dostała 6 mln zł dofinansowania na drogę do strefy.",
            {("Gmina Kleszczów", "budget", 6 * M, "PLN")},
        ),
        # the money an investment costs
        (
            "Inwestycja spółki Ardex Polska w Tarnowie to wydatek rzędu 30 mln zł.",
            {("Ardex Polska", "investment", 30 * M, "PLN")},
        ),
        (
            "Koncern Altaro ogłosił miliardowy projekt w Gliwicach.",
            {("Altaro", "investment", 1_000 * M, "PLN")},
        ),
        (
            "Grupa Medvit rozpoczyna półmiliardowe przedsięwzięcie w Tarnobrzegu.",
            {("Grupa Medvit", "investment", 500 * M, "PLN")},
        ),
        # a country that invests
        (
            "Korea Południowa zainwestowała w Polsce już 8 mld dolarów.",
            {("Korea Południowa", "investment", 8_000 * M, "USD")},
        ),
        (
            "Dolny Śląsk przyciągnął w ubiegłym roku inwestycje o wartości 6 mld zł.",
            {("Dolny Śląsk", "investment", 6_000 * M, "PLN")},
        ),
        # amount_currencies.tsv: "dol." after an amount
        ("Spółka Wentor wyda 15 mln dol. na fabrykę w Radomiu.", {("Wentor", "investment", 15 * M, "USD")}),
        (
            "W Niemczech spółka Hexa zainwestowała 20 mln euro.",
            {("Hexa", "investment", 20 * M, "EUR")},
        ),
    ],
)
def test_rows_of_session_7(text: str, want: set[tuple[str, str, float, str]]) -> None:
    assert figures(text) == want


# figure_words.tsv, set `linking`: one sentence for each linking verb, the metric noun beyond its window
LINKED = {
    "wynieść": "Koszt budowy nowej siedziby firmy Marco w Rzeszowie wyniesie 18 mln zł.",
    "wynosić": "Wartość projektu realizowanego przez spółkę Kestrel w Pile wynosi 7 mln zł.",
    "sięgnąć": "Wartość nowej inwestycji firmy Tolpex w Kutnie sięgnęła 52 mln zł.",
    "sięgać": "Nakłady na rozbudowę zakładu firmy Tolpex w Kutnie sięgają 52 mln zł.",
    "szacować": "Wartość inwestycji spółki Hamet w Rawiczu szacowana jest na 45 mln zł.",
    "oszacować": "Koszt budowy hali firmy Brenta w Chełmie oszacowano na 9 mln zł.",
    "zamknąć": "Koszt przebudowy starej hali spółki Orvo w Kole zamknął się sumą 6 mln zł.",
    "zamykać": "Koszt przebudowy starej hali spółki Orvo w Kole zamyka się w 6 mln zł.",
    "kształtować": "Koszt nowej linii produkcyjnej spółki Orvo w Kole kształtuje się na poziomie 6 mln zł.",
    "przekroczyć": "Wartość całej inwestycji koncernu Valtra w Gnieźnie przekroczy 90 mln zł.",
    "opiewać": "Kosztorys nowego centrum firmy Dalmex w Sanoku opiewał na 14 mln zł.",
}


@pytest.mark.parametrize("verb", sorted(LINKED))
def test_linking_verbs_reach_the_metric_noun(verb: str) -> None:
    got = figures(LINKED[verb])
    assert len(got) == 1, got
    ((_owner, metric, _value, unit),) = got
    assert (metric, unit) == ("investment", "PLN")


def test_link_after_a_pronoun_names_no_metric() -> None:
    # the value of a thing of the sentence before ("Jego wartość"): not an investment of anybody named here
    text = "Rośnie eksport firmy Delmar do Chin. Jego wartość w pierwszym kwartale wyniosła 35 mln dolarów."
    assert not {f for f in figures(text) if f[1] == "investment"}


def test_link_with_a_verb_between_names_no_metric() -> None:
    # "Wartość … rośnie, a firma wyda": the metric noun is the subject of another verb, not of the link
    assert figures("Koszt energii rośnie i sięga 2 mln zł miesięcznie w firmie Rolmax.") == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # figure_words.tsv, set `investor_lead`: the investor named in the sentence after the figure
        (
            "Nowa hala produkcyjna stanie w Mławie. Jej budowa pochłonie 25 mln zł. Inwestorem jest spółka Wiprom.",
            {("Wiprom", "investment", 25 * M, "PLN")},
        ),
        (
            "Zakład zatrudni 200 osób, a jego budowa kosztować będzie 80 mln zł. Głównym inwestorem jest niemiecka "
            "firma Brosel.",
            {("Brosel", "jobs", 200.0, "count"), ("Brosel", "investment", 80 * M, "PLN")},
        ),
        (
            "Obok powstanie park logistyczny o powierzchni 8 ha. Inwestorem będzie spółka Frontex Logistics.",
            {("Frontex Logistics", "area_ha", 8.0, "ha")},
        ),
        # a relative clause after a place in a prepositional phrase speaks of the noun before the place
        (
            "Zakład firmy Polmos w Kutnie, który zatrudnia 180 osób, zostanie rozbudowany.",
            {("Polmos", "employees", 180.0, "count")},
        ),
        (
            "Miasto Kutno, które wyda 20 mln zł na drogi, pozyskało inwestora.",
            {("Miasto Kutno", "investment", 20 * M, "PLN")},
        ),
        # figure_words.tsv, set `purchase`: the price of a company bought is the buyer's investment, not the seller's
        (
            "Grupa Maspex przejęła spółkę Lubella za 200 mln zł.",
            {("Grupa Maspex", "investment", 200 * M, "PLN")},
        ),
        ("Koncern Orvet kupił firmę Enerbud za 1,2 mld zł.", {("Orvet", "investment", 1_200 * M, "PLN")}),
        ("Spółka Nordis nabyła firmę Balt Pack za 45 mln zł.", {("Nordis", "investment", 45 * M, "PLN")}),
        (
            "Firma Koral odkupiła spółkę Lodex od jej założycieli za 10 mln zł.",
            {("Koral", "investment", 10 * M, "PLN")},
        ),
        ("Gmina Kobierzyce kupiła od firmy Polbud działkę za 2 mln zł.", set()),
        # figure_words.tsv, set `contract`: a contractor's price is nobody's investment
        ("Firma Budimex wygrała przetarg na budowę hali w Kutnie za 20 mln zł.", set()),
        ("Spółka Torbud zdobyła kontrakt na rozbudowę zakładu w Pile o wartości 35 mln zł.", set()),
        ("Firma Mostex dostała zlecenie na budowę magazynu za 8 mln zł.", set()),
        ("Generalnym wykonawcą hali o wartości 40 mln zł będzie firma Warbud.", set()),
        ("Podwykonawcą linii za 6 mln zł została firma Elmont.", set()),
        (
            "Spółka Anvil zainwestuje 20 mln zł w nową linię do realizacji kontraktów z Niemiec.",
            {("Anvil", "investment", 20 * M, "PLN")},
        ),
        # figure_words.tsv, set `client`: a priced plant built for an organisation is its investment
        (
            "Spółka Mirbud wybuduje dla firmy Lotos Kolej halę za 50 mln zł.",
            {("Lotos Kolej", "investment", 50 * M, "PLN")},
        ),
        # amount_cues.tsv, role `counted`: a four-digit count after a capitalised word is no year
        ("Firma Aptiv zatrudnia w Krakowie 1800 inżynierów.", {("Aptiv", "employees", 1800.0, "count")}),
        ("W Gdańsku 1200 nowych miejsc pracy stworzy firma Delmar.", {("Delmar", "jobs", 1200.0, "count")}),
    ],
)
def test_owners_and_counts_of_session_7(text: str, want: set[tuple[str, str, float, str]]) -> None:
    assert figures(text) == want


def test_counted_words_make_counts_not_years() -> None:
    from kooperacja.text.numbers import find_amounts

    for word in (
        *("osób", "pracowników", "inżynierów", "specjalistów", "firm", "spółek", "przedsiębiorstw"),
        *("przedsiębiorców", "członków", "miejsc", "etatów", "nowych"),
    ):
        found = find_amounts(f"Firma Delmar ma w Opolu 1500 {word}.", [], lang="pl")
        assert [(a.value, a.unit) for a in found] == [(1500, "count")], word
    assert find_amounts("Wystawa Expo 2020 odbyła się w Dubaju.", [], lang="pl") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Spółka Hanseong Energy Poland zainwestuje w rozbudowę fabryki w Biskupicach Podgórnych 1,2 mld zł.",
            {("Hanseong Energy Poland", "investment", 1_200 * M, "PLN")},
        ),
        (
            "Firma Kolmet przeznaczy na rozbudowę magazynu wysokiego składowania w Strykowie pod Łodzią 40 mln zł.",
            {("Kolmet", "investment", 40 * M, "PLN")},
        ),
        (
            "Spółka Drobex wyda w ciągu najbliższych trzech lat na modernizację zakładów w Kaliszu i Ostrowie 25 mln zł.",
            {("Drobex", "investment", 25 * M, "PLN")},
        ),
        (
            "Agencja Rozwoju Mazowsza przeznaczy na wsparcie małych i średnich firm z regionu 15 mln zł.",
            {("Agencja Rozwoju Mazowsza", "budget", 15 * M, "PLN")},
        ),
        (
            "Spółka Fiberpol zatrudni w nowym zakładzie produkcyjnym w Bielsku-Białej 300 osób.",
            {("Fiberpol", "jobs", 300.0, "count")},
        ),
        (
            "Firma Gradix zatrudnia w swoich trzech zakładach w Wielkopolsce łącznie 900 osób.",
            {("Gradix", "employees", 900.0, "count")},
        ),
        # the verb says more than the noun after the count: jobs to come, jobs kept
        (
            "Spółka Kormet zatrudni w nowej hali produkcyjnej w Kole 80 pracowników.",
            {("Kormet", "jobs", 80.0, "count")},
        ),
        (
            "Spółka Kormet utrzyma w zakładzie produkcyjnym w Kaliszu dotychczasowe 300 etatów.",
            {("Kormet", "jobs", 300.0, "count")},  # jobs kept are jobs (extraction.md)
        ),
        (
            "Firma Lexo utrzyma produkcję w Kaliszu i stworzy 300 nowych miejsc pracy.",
            {("Lexo", "jobs", 300.0, "count")},
        ),
        # a count before a noun only in the locative counts places, not people
        (
            "Firma Gradix zatrudnia w 30 zakładach w całej Europie 9000 osób.",
            {("Gradix", "employees", 9000.0, "count")},
        ),
        ("Spółka Kappa da pracę 220 osobom.", {("Kappa", "jobs", 220.0, "count")}),
        # another verb nearer the number governs it: no investment
        ("Firma Ferro zwiększyła w ubiegłym roku sprzedaż w Niemczech i Austrii o 20 mln zł.", set()),
    ],
)
def test_the_verb_that_governs_the_money(text: str, want: set[tuple[str, str, float, str]]) -> None:
    # the number is the object of the nearest finite verb or infinitive before it in its clause, however far
    assert figures(text) == want
