"""Small gold folders for the learned scorer, written for these tests: our own sentences, and gold records
made from the rules' record of each text with deliberate changes (a name missing, one invented, an event
left out), so that the scores are neither perfect nor empty."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

TEXTS = {
    "t1": "Gmina Nowa Wieś podpisała 3 maja 2021 r. porozumienie o współpracy z Klastrem Energii Pomorze. "
    "Wójt Adam Kowalski zapowiedział wspólne projekty obu partnerów.",
    "t2": "Firma Techplast Sp. z o.o. zainwestuje 40 mln zł w nowy zakład w Słupsku. Inwestycja da pracę "
    "120 osobom, a Pomorska Specjalna Strefa Ekonomiczna wydała spółce decyzję o wsparciu.",
    "t3": "Delegacja z Saksonii odwiedziła 10 czerwca 2022 r. Wrocławski Park Technologiczny. Goście "
    "rozmawiali z prezesem parku Janem Zielińskim o wspólnych badaniach.",
    "t4": "Uniwersytet Morski w Gdyni i Zarząd Morskiego Portu Gdynia S.A. zawarły 2 lutego 2020 r. umowę "
    "o współpracy. Porozumienie obejmuje praktyki dla studentów.",
    "t5": "Stowarzyszenie Dolina Lnu przystąpiło w marcu 2019 r. do Klastra Rolno-Spożywczego Mazowsze. "
    "Klaster skupia już 40 firm z regionu.",
    "t6": "Miasto Kalisz otrzymało 5 października 2018 r. nagrodę przyznaną przez Fundację Rozwoju Regionów. "
    "Burmistrz Ewa Nowak odebrała wyróżnienie w Warszawie.",
}

SCORE_PY = Path(__file__).resolve().parents[2].parent / "shared" / "tools" / "score.py"


def score_py() -> Path:
    """shared/tools/score.py beside the checkout (CI lays shared/ there); required under CI=true."""
    if not SCORE_PY.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SCORE_PY} is missing: CI must lay shared/ beside the checkout")
        pytest.skip(f"{SCORE_PY} not found (shared/ is not beside this checkout)")
    return SCORE_PY


def _gold_from(record: dict, n: int) -> dict:
    """A gold record that differs from the rules' record in a few generic ways."""
    gold = json.loads(json.dumps(record))
    for key in ("extractor", "title", "url"):
        gold.pop(key, None)
    ents = gold["entities"]
    if n % 2 == 0 and len(ents) > 2:
        dropped = ents.pop()["id"]
        for ev in gold["events"]:
            ev["participants"] = [p for p in ev["participants"] if p["entity"] != dropped]
        gold["figures"] = [f for f in gold["figures"] if f["entity"] != dropped]
    ents.append({"id": "g99", "type": "organization", "subtype": "company", "name": f"Zmyślona Spółka {n}"})
    if n % 3 == 0:
        gold["events"] = gold["events"][:-1]
    for e in ents:
        e.pop("mentions", None)
        e.pop("confidence", None)
        for r in e.get("roles") or []:
            r.pop("confidence", None)
    for ev in gold["events"]:
        ev.pop("confidence", None)
        for p in ev["participants"]:
            p.pop("confidence", None)
    for f in gold["figures"]:
        f.pop("confidence", None)
    return gold


@pytest.fixture(scope="session")
def gold_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kooperacja.extract import extract

    folder = tmp_path_factory.mktemp("gold")
    for n, (doc_id, text) in enumerate(sorted(TEXTS.items())):
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        record = extract(text, doc_id=doc_id)
        (folder / f"{doc_id}.json").write_text(json.dumps(_gold_from(record, n), ensure_ascii=False), "utf-8")
    return folder
