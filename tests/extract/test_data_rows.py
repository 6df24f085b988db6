"""A linguist extends the extractor by editing data only (README: "How to add a trigger, a head noun, a
sector term, a new language"): a row added to a copy of data/pl, read through `set_data_root`, changes
what is extracted from a sentence of our own; restoring the root restores the old result."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import kooperacja.extract as ex
from kooperacja.data import DATA_DIR
from kooperacja.data.language_data import language_data, set_data_root

HEAD = "Gildia Rzemieślników Sosnowa przygotowała jesienną wystawę w Lublinie."
SECTOR = "Spółka Miodex Sp. z o.o. od lat zajmuje się pszczelarstwem."
TRIGGER = "Fundacja Zielony Ład i Gmina Sosnowo sprzymierzyły się w marcu 2024 r."


def _record(text: str) -> dict:
    return ex.extract(text, published="2024-05-01")


def _orgs(text: str) -> list[str]:
    return [e["name"] for e in _record(text)["entities"] if e["type"] == "organization"]


def _add_row(root: Path, name: str, row: str) -> None:
    with (root / f"{name}.tsv").open("a", encoding="utf-8") as fh:
        fh.write(row + "\n")


@pytest.fixture
def data_copy(tmp_path: Path) -> Iterator[Path]:
    root = tmp_path / "pl"
    shutil.copytree(DATA_DIR / "pl", root)
    try:
        yield root
    finally:
        set_data_root("pl", None)


def test_rows_added_in_a_data_folder_change_the_record(data_copy: Path) -> None:
    assert "Gildia Rzemieślników Sosnowa" not in _orgs(HEAD)
    assert _record(SECTOR)["sectors"] == []
    assert _record(TRIGGER)["events"] == []

    _add_row(data_copy, "org_heads", "gildia\tbusiness_association\tno")
    _add_row(data_copy, "sector_terms", "pszczelarstwo\tfood_agri")
    _add_row(data_copy, "event_triggers", "sprzymierzyć\tverb\tcooperation")
    set_data_root("pl", data_copy)
    assert language_data("pl").root == data_copy

    assert "Gildia Rzemieślników Sosnowa" in _orgs(HEAD)
    assert _record(SECTOR)["sectors"] == ["food_agri"]
    events = _record(TRIGGER)["events"]
    assert [e["type"] for e in events] == ["cooperation"]
    names = {e["id"]: e["name"] for e in _record(TRIGGER)["entities"]}
    assert {names[p["entity"]] for p in events[0]["participants"]} == {
        "Fundacja Zielony Ład",
        "Gmina Sosnowo",
    }

    set_data_root("pl", None)
    assert language_data("pl").root == DATA_DIR / "pl"
    assert "Gildia Rzemieślników Sosnowa" not in _orgs(HEAD)
    assert _record(SECTOR)["sectors"] == []
    assert _record(TRIGGER)["events"] == []
