"""Language identification, content hashes, and the MinHash near-duplicate signatures of the store."""

from __future__ import annotations

import hashlib

import pytest

from kooperacja.documents import content_hash, detect_language
from kooperacja.store import dedup


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Katowicka Specjalna Strefa Ekonomiczna podpisała porozumienie o współpracy z miastem "
            "Dąbrowa Górnicza. Dokument przewiduje wspólną promocję terenów inwestycyjnych.",
            "pl",
        ),
        (
            "Umowa o wspolpracy zostala podpisana w Katowicach przez przedstawicieli strefy i miasta, "
            "ktore beda razem promowac tereny inwestycyjne w regionie",
            "pl",
        ),
        (
            "The special economic zone signed a cooperation agreement with the city to promote "
            "investment land and attract new manufacturers to the region.",
            "en",
        ),
        (
            "Die Sonderwirtschaftszone hat mit der Stadt einen Kooperationsvertrag unterzeichnet, "
            "um gemeinsam Investitionsflächen zu vermarkten und neue Unternehmen anzuziehen.",
            "de",
        ),
        ("Umowa podpisana", "pl"),
        ("Zażółć gęślą jaźń", "pl"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_content_hash_is_stable_under_whitespace_and_normalisation() -> None:
    a = "Umowa  o współpracy\n\npodpisana w Łodzi. "
    b = " Umowa o wspo\u0301łpracy podpisana\tw Łodzi."
    assert content_hash(a) == content_hash(b)
    assert len(content_hash(a)) == 64
    expected = hashlib.sha256("Umowa o współpracy podpisana w Łodzi.".encode()).hexdigest()
    assert content_hash(a) == expected
    # case is kept
    assert content_hash("Umowa") != content_hash("umowa")


def test_short_texts_have_no_signature() -> None:
    assert dedup.signature("Jeden dwa trzy cztery") is None
    assert dedup.signature("") is None
    assert dedup.signature("A b c d e") is not None


ARTICLE = (
    "Katowicka Specjalna Strefa Ekonomiczna podpisała w piątek porozumienie o współpracy z miastem "
    "Dąbrowa Górnicza. Dokument przewiduje wspólną promocję terenów inwestycyjnych oraz obsługę "
    "inwestorów z branży motoryzacyjnej i elektromobilności. Według zapowiedzi w ciągu trzech lat w "
    "strefie może powstać nawet dwa tysiące nowych miejsc pracy, a wartość planowanych inwestycji "
    "przekroczy miliard złotych. Prezes strefy podkreślił, że współpraca z samorządami jest kluczem do "
    "sukcesu regionu i pozwala szybciej przygotować tereny pod nowe zakłady produkcyjne. Kolejne "
    "spotkanie partnerów zaplanowano na jesień w Dąbrowie Górniczej, gdzie odbędzie się także "
    "konferencja poświęcona innowacjom w przemyśle oraz współpracy nauki z biznesem."
)

UNRELATED = (
    "Lokalny klub piłkarski wygrał w niedzielę mecz derbowy po bramce zdobytej w doliczonym czasie gry. "
    "Kibice świętowali zwycięstwo do późnego wieczora, a trener chwalił zawodników za ambicję i walkę. "
    "W przyszłym tygodniu drużyna zagra na wyjeździe z liderem tabeli, który w tym sezonie nie przegrał "
    "jeszcze ani jednego spotkania na własnym stadionie. Bilety na mecz rozeszły się w kilka godzin."
)


def similarity(a: str, b: str) -> float:
    sa, sb = dedup.signature(a), dedup.signature(b)
    assert sa is not None and sb is not None
    return dedup.similarity(sa, sb)


def test_minhash_similarity_of_edited_copy_and_unrelated_text() -> None:
    edited = ARTICLE.replace("w piątek", "we czwartek").replace("na jesień", "na październik")
    assert similarity(ARTICLE, edited) > 0.7
    assert similarity(ARTICLE, UNRELATED) < 0.3
    assert similarity(ARTICLE, ARTICLE) == 1.0


def test_minhash_signature_is_deterministic_and_banded() -> None:
    a = dedup.signature(ARTICLE)
    b = dedup.signature(ARTICLE)
    assert a is not None and b is not None
    assert len(a) == dedup.NUM_PERM and (a == b).all()
    assert (dedup.from_bytes(dedup.to_bytes(a)) == a).all()
    near = dedup.signature(ARTICLE.replace("w piątek", "we wtorek"))
    far = dedup.signature(UNRELATED)
    assert near is not None and far is not None
    assert set(dedup.bands(a)) & set(dedup.bands(near))
    assert not set(dedup.bands(a)) & set(dedup.bands(far))
