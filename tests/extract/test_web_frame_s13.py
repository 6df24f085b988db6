"""The web frame of a scraped article that extract/boilerplate.py drops (session 13, helper web20): each rule and each
row with a sentence that fires it and a near miss that must not. Sentences in own words."""

from __future__ import annotations

from typing import Any

import pytest

from kooperacja import extract
from kooperacja.data.language_data import language_data
from kooperacja.documents import Document
from kooperacja.extract.pipeline import default_pipeline


def _spans(text: str) -> list[str]:
    doc = default_pipeline("pl").make_doc(Document(text=text, doc_id="w", published="2025-06-10", lang="pl"))
    return [text[a:b] for a, b in doc.boilerplate]


def _record(text: str) -> dict[str, Any]:
    return extract(text, doc_id="w", published="2025-06-10")


def _names(rec: dict[str, Any], typ: str) -> set[str]:
    return {e["name"] for e in rec["entities"] if e["type"] == typ}


def _events(rec: dict[str, Any]) -> set[tuple[str, str]]:
    ents = {e["id"]: e["name"] for e in rec["entities"]}
    return {(ev["type"], ents[p["entity"]]) for ev in rec["events"] for p in ev["participants"]}


_ROWS = language_data("pl").rows("boilerplate_web")


# --- handles --------------------------------------------------------------------------------------------------------
def test_a_handle_is_no_entity() -> None:
    rec = _record(
        "Zakład odwiedził wojewoda (@UrzadWojLodz), o czym napisano w sieci. Firma Vemiro zbuduje tam halę.\n"
        "Gratulacje! pic.twitter.com/Hq2s9 @UrzadWojLodz"
    )
    assert not any("UrzadWojLodz" in n for n in _names(rec, "organization") | _names(rec, "person"))
    assert "Vemiro" in _names(rec, "organization")


def test_guard_a_handle_naming_an_actor_in_a_sentence_stays() -> None:
    text = "O nowej hali napisał w serwisie X @GranmetSA, który przyjmie w Wieluniu 250 osób. Pisz: biuro@granmet.pl."
    assert _spans(text) == []


def test_guard_an_e_mail_address_is_no_handle() -> None:
    assert not any("@" in s for s in _spans("Oferty przyjmuje biuro@vemiro.pl do końca maja."))


# --- a post's links (rows post_link) ---------------------------------------------------------------------------------
@pytest.mark.parametrize("domain", [r["entry"] for r in _ROWS if r["use"] == "post_link"])
def test_a_post_link_of_each_medium_is_boilerplate(domain: str) -> None:
    text = f"Otwieramy nową halę w Kutnie https://{domain}/Ab3dE9 a kolejna powstanie za rok."
    assert f"https://{domain}/Ab3dE9" in _spans(text)


def test_guard_a_firm_s_own_site_is_no_post_link() -> None:
    assert _spans("Szczegóły oferty są na stronie netbox.com/oferta oraz www.vemiro.pl.") == []


# --- image file names (rows file_ext) --------------------------------------------------------------------------------
@pytest.mark.parametrize("ext", [r["entry"] for r in _ROWS if r["use"] == "file_ext"])
def test_an_image_file_name_is_boilerplate(ext: str) -> None:
    text = f"Firma Kortexa otworzyła zakład w Radomiu.\n\nKortexa_Radom_hala2.{ext.upper()}\n\nPracuje tam 90 osób."
    assert f"Kortexa_Radom_hala2.{ext.upper()}" in _spans(text)
    assert "Kortexa" in _names(_record(text), "organization")


def test_guard_a_web_address_is_no_file_name() -> None:
    assert _spans("Spółka Vemiro.com z Gdyni zbuduje magazyn.") == []


# --- a post's signed line --------------------------------------------------------------------------------------------
def test_a_post_signature_is_boilerplate_and_the_post_s_text_stays() -> None:
    text = (
        "Firma Deltamet otworzyła biuro w Lublinie.\n\n"
        "Witamy nowego inwestora w naszym mieście! pic.twitter.com/Kd8sW1\n"
        "— Urząd Miasta Lublin (@MiastoLublinUM) 5 maja 2025\n\n"
        "Biuro zatrudni 60 osób."
    )
    assert _spans(text) == ["pic.twitter.com/Kd8sW1", "— Urząd Miasta Lublin (@MiastoLublinUM) 5 maja 2025"]
    rec = _record(text)
    assert "Deltamet" in _names(rec, "organization")
    assert not any("MiastoLublin" in n for n in _names(rec, "organization"))


def test_a_post_signature_on_the_post_s_line_drops_its_author() -> None:
    text = (
        "Strefa wydała decyzję o wsparciu dla firmy Granmet.\n\n"
        "Nowy zakład to 200 miejsc pracy. pic.twitter.com/Ze4r0P — Ministerstwo Rozwoju i Technologii (@MRiT_PL) "
        "May 5, 2025\n\n"
        "Granmet zbuduje halę w Starachowicach."
    )
    rec = _record(text)
    assert not any("Ministerstwo Rozwoju" in n for n in _names(rec, "organization"))
    assert "Granmet" in _names(rec, "organization")


def test_guard_a_post_s_text_before_its_signature_keeps_its_facts() -> None:
    text = (
        "Porozumienie w Wieluniu\n\n"
        "Podpisaliśmy dziś z Gminą Wieluń umowę na budowę magazynu za 60 mln zł — Granmet SA (@GranmetSA) 4 marca 2025"
        "\n\nMagazyn będzie gotowy w 2026 r."
    )
    assert _spans(text) == ["— Granmet SA (@GranmetSA) 4 marca 2025"]
    rec = _record(text)
    assert "Gmina Wieluń" in _names(rec, "organization")
    assert any(f["value"] == 60_000_000 for f in rec["figures"])


def test_guard_a_signature_s_author_keeps_the_sentence_before_its_dash() -> None:
    text = "Granmet rozbuduje zakład.\nHalę otworzy minister rozwoju — Anna Wrona (@AnnaWrona_MR)"
    assert _spans(text) == ["— Anna Wrona (@AnnaWrona_MR)"]


def test_guard_a_quote_signed_in_the_text_is_the_text_s_own() -> None:
    text = (
        "Firma Aerolin kupiła grunt w Mielcu.\n"
        "— Zbudujemy tu zakład — napisała prezes firmy Aerolin Anna Wrona (@AnnaWrona).\n"
        "Budowa ruszy w maju."
    )
    assert "Anna Wrona" in _names(_record(text), "person")
    assert not any("Anna Wrona" in s for s in _spans(text))


def test_guard_a_handle_before_more_text_is_no_signature() -> None:
    text = "Ministerstwo Rozwoju (@MRiT_PL) ogłosiło, że firma Vemiro dostanie wsparcie na budowę zakładu."
    assert _spans(text) == ["@MRiT_PL"]


# --- a list of other articles stamped with a date and a time ----------------------------------------------------------
_STAMPED = (
    "Firma Brykor zbuduje w Świdnicy lakiernię za 18 mln zł.\n\n"
    "Region\n\n"
    "Spółka Lodomex otworzy biuro w Kętach\n\n"
    "2025-05-06, 19:55\n"
    "Fundacja Tarnowia założyła inkubator. Ruszył nabór\n\n"
    "2025-05-06, 18:29\n"
    "Burmistrz Jan Malec o nowych inwestycjach"
)


def test_a_stamped_list_of_other_articles_is_boilerplate() -> None:
    rec = _record(_STAMPED)
    assert "Brykor" in _names(rec, "organization")
    assert not {"Lodomex", "Fundacja Tarnowia"} & _names(rec, "organization")
    assert "Jan Malec" not in _names(rec, "person")
    assert not any(t == "founding" for t, _ in _events(rec))


def test_guard_a_chronology_without_times_is_the_article_s() -> None:
    text = (
        "Kalendarium inwestycji:\n\n"
        "12.03.2024\n"
        "Spółka Lodomex podpisała umowę z gminą Kęty\n"
        "05.06.2024\n"
        "Fundacja Tarnowia założyła inkubator w Tarnowie\n"
    )
    assert _spans(text) == []


@pytest.mark.parametrize("day", ["12 maja 2025", "2025-05-12"])
def test_guard_a_day_s_programme_running_forward_is_the_article_s(day: str) -> None:
    text = (
        "Forum Gospodarcze w Wieluniu\n\nHarmonogram:\n"
        f"{day}, 9:30\nPowitanie gości – Jan Malec, burmistrz Wielunia\n"
        f"{day}, 11:00\nPodpisanie porozumienia między Granmet SA a Gminą Wieluń\n"
        f"{day}, 12:45\nDebata o strefie przemysłowej"
    )
    assert _spans(text) == []


def test_guard_one_stamp_under_a_title_is_no_list() -> None:
    text = (
        "Spółka Lodomex otworzy biuro w Kętach\n\n"
        "2025-05-06, 19:55\n"
        "Lodomex, producent opakowań, otworzy w Kętach biuro projektowe. Zatrudni 30 osób."
    )
    assert _spans(text) == []


# --- list headings and a sharing line (link_before rows) -------------------------------------------------------------
@pytest.mark.parametrize(
    "heading", ["Najnowsze", "Najczęściej czytane:", "Podobne artykuły", "Więcej informacji:", "Polecane"]
)
def test_a_heading_of_other_articles_drops_the_headlines_below(heading: str) -> None:
    text = (
        "Firma Brykor zbuduje w Świdnicy lakiernię za 18 mln zł.\n\n"
        f"{heading}\n"
        "Spółka Lodomex otworzy biuro w Kętach\n"
        "Izba Gospodarcza Beskidów przyjęła nowych członków"
    )
    orgs = _names(_record(text), "organization")
    assert "Brykor" in orgs and not {"Lodomex", "Izba Gospodarcza Beskidów"} & orgs


@pytest.mark.parametrize(
    "text",
    [
        "Najnowsze porozumienie strefa podpisała z firmą Lodomex, która zbuduje halę w Kętach.",
        "Więcej informacji o inwestycji przekazała spółka Lodomex, która zbuduje halę w Kętach.",
        "Podobne rozwiązania wdroży firma Lodomex, która zbuduje halę w Kętach.",
    ],
)
def test_guard_a_heading_s_word_opening_a_sentence_opens_no_link(text: str) -> None:
    assert "Lodomex" in _names(_record(text), "organization")


@pytest.mark.parametrize(
    "text",
    [
        "Firma Lodomex zbuduje w Kętach halę za 90 mln zł. Najnowsze dane: zakład przyjmie 250 osób.",
        "Strefa ma w powiecie cztery zakłady, najnowsze: magazyn Lodomex w Kętach za 30 mln zł.",
        "Strefa wydała dwie decyzje.\n\nNajnowsze inwestycje:\nLodomex – hala w Kętach, 90 mln zł, 120 miejsc pracy",
        "Firma Brykor rozbuduje lakiernię.\n\nPodobne projekty: Lodomex buduje magazyn w Kętach za 30 mln zł",
        "Firma Brykor rozbuduje lakiernię. Udostępnij: porozumienie podpisała też firma Lodomex.",
    ],
)
def test_guard_a_heading_s_word_before_facts_on_its_line_drops_nothing(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize(
    "line", ["Udostępnij: Facebook Twitter LinkedIn", "Podziel się:\nFacebook\nX\nLinkedIn"]
)
def test_a_sharing_line_names_nothing(line: str) -> None:
    rec = _record(f"Firma Medisol otworzyła fabrykę w Zgierzu.\n\n{line}\nKomentarze (3)")
    assert _names(rec, "organization") == {"Medisol"}


# --- credits ----------------------------------------------------------------------------------------------------------
def test_a_reporter_s_line_is_a_credit() -> None:
    text = "Delegacja z Saksonii odwiedziła Legnicę i zakład firmy Brenntal.\n\nRelacja Ewy Wrony\n\nRegion"
    assert "Ewa Wrona" not in _names(_record(text), "person")


def test_guard_a_relation_s_subheading_with_a_colon_is_no_credit() -> None:
    text = "Firma Brenntal buduje zakład w Legnicy.\n\nRelacja: Forum Inwestorów Legnica\n\nKoniec."
    assert _spans(text) == []


def test_guard_a_sentence_on_relations_is_no_credit() -> None:
    text = "Firma Brenntal buduje zakład w Legnicy.\n\nRelacja Brenntal i Legnicy trwa od lat.\n\nKoniec."
    assert not any(s.startswith("Relacja") for s in _spans(text))


def test_a_credit_after_a_caption_s_slash_is_boilerplate() -> None:
    text = "Goście z Saksonii w hali firmy Brenntal/fot: Ewa Wrona\n\nFirma Brenntal przyjęła delegację z Saksonii."
    assert "Ewa Wrona" not in _names(_record(text), "person")


def test_a_credit_opening_a_caption_s_second_sentence_is_boilerplate() -> None:
    text = (
        "Firma Hanwoo otworzyła laboratorium w Kobierzycach.\n"
        "Na zdjęciu: nowe laboratorium. Fot. Marta Lisiecka\n\n"
        "To druga inwestycja firmy w regionie."
    )
    assert "Marta Lisiecka" not in _names(_record(text), "person")


def test_a_credit_opening_a_sentence_ends_with_its_sentence() -> None:
    text = "Dane podał raport. Źródło: Legnicka Agencja Rozwoju. Firma Brenntal zatrudni w Legnicy 210 osób."
    assert _spans(text) == ["Źródło: Legnicka Agencja Rozwoju."]
    assert "Brenntal" in _names(_record(text), "organization")


def test_guard_a_sentence_opening_with_a_credit_s_word_is_no_credit() -> None:
    text = "Firma Hanwoo otworzyła laboratorium. Tekst umowy podpisali Marta Lisiecka i Jan Malec z firmy Hanwoo."
    assert {"Marta Lisiecka", "Jan Malec"} <= _names(_record(text), "person")


def test_a_tag_line_is_boilerplate() -> None:
    text = "Firma Hanwoo otworzyła laboratorium w Kobierzycach.\n\nTagi: Hanwoo, Grupa Selvo, Kobierzyce"
    assert "Grupa Selvo" not in _names(_record(text), "organization")


def test_an_iso_dated_byline_with_a_desk_is_boilerplate() -> None:
    text = "Strefa rośnie\n\n2025-03-12, 10:45  Ewa Wrona/Redakcja\n\nFirma Pelmar zbuduje lakiernię w Bielsku-Białej."
    assert "Ewa Wrona" not in _names(_record(text), "person")


def test_guard_a_dated_line_with_no_person_s_name_is_no_byline() -> None:
    assert _spans("2025-03-12, 10:45  Gmina Limanowa\n\nGmina sprzedała działkę firmie Pelmar.") == []
