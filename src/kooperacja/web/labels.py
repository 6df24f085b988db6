"""English labels for the codes shown in the pages (translated by the catalogue in web/locale)."""

from __future__ import annotations

from functools import lru_cache

from kooperacja.schema import ORG_SUBTYPES  # noqa: F401 - re-exported for the pages


@lru_cache(maxsize=1)
def sectors() -> dict[str, str]:
    """code → English label, from the one sector table (`data/sectors.tsv`)."""
    from kooperacja.schema import sector_table

    return {r["code"]: r.get("en") or r["code"] for r in sector_table()}


# English labels: the message ids of the Polish catalogue (web/locale/pl/LC_MESSAGES/messages.po)
EVENT_TYPES = {
    "agreement": "agreement",
    "letter_of_intent": "letter of intent",
    "cooperation": "cooperation",
    "visit": "visit",
    "conference": "conference",
    "founding": "founding",
    "membership": "membership",
    "investment": "investment",
    "award": "award",
    "any_cooperation": "any cooperation (agreement, letter of intent, cooperation)",
}

SUBTYPES = {
    "economic_zone": "economic zone",
    "cluster": "cluster",
    "municipality": "municipality",
    "regional_government": "regional government",
    "national_government": "national government",
    "agency": "agency",
    "company": "company",
    "research_education": "research & education",
    "technology_park": "technology park",
    "business_association": "business association",
    "international_org": "international organisation",
    "other": "other",
    "city": "city",
    "region": "region",
    "country": "country",
}

ROLE_LABELS = {
    "party": "party",
    "visitor": "visitor",
    "host": "host",
    "organizer": "organiser",
    "participant": "participant",
    "founder": "founder",
    "founded": "founded",
    "member": "member",
    "group": "group",
    "investor": "investor",
    "recipient": "recipient",
    "grantor": "grantor",
}

METRICS = {
    "investment": "investment",
    "budget": "budget",
    "jobs": "jobs created",
    "employees": "employees",
    "companies": "companies",
    "members": "members",
    "partners": "partners",
    "area_ha": "area",
    "revenue": "revenue",
    "exports": "exports",
}
