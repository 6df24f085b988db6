"""Name keys, date compatibility and the resolution rules, on their own."""

from __future__ import annotations

from kooperacja.resolve import compatible, initials, interval, is_acronym, keys, norm


def test_norm_removes_legal_forms_quotes_case_and_expands_sse():
    assert norm("Katowicka Specjalna Strefa Ekonomiczna S.A.") == "katowicka specjalna strefa ekonomiczna"
    assert norm("Pomorska Specjalna Strefa Ekonomiczna sp. z o.o.") == "pomorska specjalna strefa ekonomiczna"
    assert norm("„Łódzka SSE”") == "łódzka specjalna strefa ekonomiczna"
    assert norm("Volkswagen Poznań GmbH") == "volkswagen poznań"
    assert norm("Kostrzyńsko–Słubicka Specjalna Strefa Ekonomiczna") == norm(
        "Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna"
    )


def test_acronyms_and_initials():
    assert is_acronym("KSSE") and is_acronym("SA&AM") and is_acronym("ŁSSE") and is_acronym("W-M SSE")
    assert not is_acronym("Katowicka SSE") and not is_acronym("Intel")
    assert "KSSE" in initials("Katowicka Specjalna Strefa Ekonomiczna")
    assert "WMSSE" in initials("Warmińsko-Mazurska Specjalna Strefa Ekonomiczna")
    full, acr = keys("Łódzka Specjalna Strefa Ekonomiczna S.A.", ["ŁSSE", "Łódzka SSE"])
    assert full == {"łódzka specjalna strefa ekonomiczna"} and acr == {"ŁSSE"}


def test_dates():
    assert interval("2023-05") == ("2023-05-01", "2023-05-31", 2)
    assert interval("2011-04-06/2011-04-09")[:2] == ("2011-04-06", "2011-04-09")
    assert compatible("2023-05-09", "2023-05")
    assert compatible("2023", "2023-05-09")
    assert compatible("2021-06-08", "2021-06-06/2021-06-09")
    assert not compatible("2023-05-09", "2023-05-10")
    assert not compatible("2019", "2023")
    assert not compatible(None, "2023")
