"""A legal form ("sp. z o.o.", "S.A.") between a role title and a person's name ends no sentence (split16, s12).

Counts over the readable texts (seeds, dev, tune, own a/c/e/g, own5-i): 25 legal forms followed by a capitalised
word; 5 are followed by a given name and a capitalised word, 4 of them a person named after "prezes/członek
zarządu ORG sp. z o.o." (the old code cut all 4), 1 a table row; none a sentence that begins with a person's name.
Sentences of our own. Old code: 9 of 15 pass (the 6 apposition cases fail); new code: 15 of 15.
"""

import pytest

from kooperacja.text.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Członek zarządu Termex sp. z o.o. Jan Kowalski oraz prezes Bimet S.A. Anna Nowak podpisali list intencyjny.",
        "List intencyjny podpisali wczoraj prezes Termex sp. z o.o. Jan Kowalski i wójt gminy Borowo.",
        "Wstęgę przecięła prezeska Alfamet Sp. z o. o. Katarzyna Wiśniewska, a następnie goście zwiedzili halę.",
        "Umowę o współpracy parafował wczoraj w Borowie dyrektor Gammapol S.A. Piotr Zieliński w obecności marszałka województwa.",
        "W spotkaniu udział wzięli wiceprezes Deltabud sp. z o.o. Marek Wójcik oraz burmistrz miasta.",
        "Dokument w imieniu inwestora podpisał wczoraj właściciel firmy Omegatex sp.j. Tomasz Lewandowski.",
    ],
)
def test_a_person_after_a_role_and_a_legal_form_stays_in_the_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the legal form ends the sentence: the next one begins with a common noun, a preposition, a name
        ("Zakład zbuduje spółka Termex sp. z o.o. Firma planuje zatrudnić 120 osób.", "Termex sp. z o.o."),
        ("Decyzję o wsparciu otrzymała spółka Bimet S.A. Pod koniec roku ruszy budowa hali.", "Bimet S.A."),
        (
            "Inwestorem w strefie jest od wczoraj prezes spółki Alfamet S.A. Nowa hala stanie w strefie.",
            "Alfamet S.A.",
        ),
        # no role title before the company: a new sentence may begin with a person's name
        (
            "Umowę z gminą podpisała spółka Termex sp. z o.o. Jan Kowalski, prezes firmy, zapowiada kolejne inwestycje.",
            "Termex sp. z o.o.",
        ),
        (
            "Nową halę w strefie przy obwodnicy wynajmie Gammapol S.A. Anna Nowak kieruje spółką od trzech lat.",
            "Gammapol S.A.",
        ),
        # a role title, but the name that follows is no given name
        ("Umowę podpisał prezes Deltabud sp. z o.o. Borowo zyska 80 miejsc pracy.", "Deltabud sp. z o.o."),
        # a role title, a given name, but no capitalised word after it
        ("Umowę podpisał prezes Deltabud sp. z o.o. Marek zapowiedział budowę.", "Deltabud sp. z o.o."),
        # a role title in an earlier sentence does not carry over
        (
            "Prezes przyjechał do Borowa. Halę przy ulicy Polnej kupiła w marcu spółka Termex sp. z o.o. Jan Kowalski ją otworzy.",
            "Termex sp. z o.o.",
        ),
        (
            "Gościem był prezes firmy. Zakład w Borowie kupiła w zeszłym roku firma Omegatex S.A. Anna Nowak ogłosiła to wczoraj.",
            "Omegatex S.A.",
        ),
    ],
)
def test_a_legal_form_still_ends_a_sentence(text: str, first: str) -> None:
    assert any(s.endswith(first) for s in _sentences(text)), _sentences(text)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # fixev15: a title that ends its clause, or stands before a ", a" / ", który" break, ties no person to the
        # legal form: the sentence still ends there
        (
            "Akt notarialny podpisał wczoraj prezes, a halę zbuduje Deltabud sp. z o.o. Marta Wójcik, wójt gminy, "
            "ogłosiła, że droga będzie gotowa latem.",
            "Deltabud sp. z o.o.",
        ),
        (
            "Do Borowa przyjechał prezes, który kupił w marcu Omegatex S.A. Tomasz Lewandowski zapowiedział nowe etaty.",
            "Omegatex S.A.",
        ),
    ],
)
def test_a_title_of_another_clause_keeps_the_full_stop(text: str, first: str) -> None:
    assert any(s.endswith(first) for s in _sentences(text)), _sentences(text)
