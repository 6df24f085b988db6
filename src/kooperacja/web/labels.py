"""Labels for codes shown in the pages (sector codes from shared/spec/sectors.tsv, entity subtypes)."""

from __future__ import annotations

from functools import lru_cache

_SECTORS = """\
automotive	motoryzacja	automotive
electromobility	elektromobilność	e-mobility and electric vehicles
batteries	baterie i magazynowanie energii	batteries and energy storage
aerospace	lotnictwo i kosmonautyka	aerospace
machinery	przemysł maszynowy	machinery
metal	przemysł metalowy i hutnictwo	metals and metalworking
electronics	elektronika i elektrotechnika	electronics and electrical equipment
chemicals	chemia	chemicals
plastics_composites	tworzywa sztuczne i kompozyty	plastics and composites
logistics	transport i logistyka	transport and logistics
ict	technologie informacyjno-komunikacyjne	ICT and software
ai	sztuczna inteligencja	artificial intelligence
robotics	robotyka i automatyka	robotics and automation
smart_manufacturing	przemysł 4.0 i inteligentna produkcja	advanced and smart manufacturing
fintech	technologie finansowe i finanse	fintech and financial services
health	medycyna i ochrona zdrowia	health, medical products and services
biotech_pharma	biotechnologia i farmacja	biotech and pharma
renewable_energy	odnawialne źródła energii	renewable energy
energy_efficiency	energooszczędność	energy efficiency
energy	energetyka	energy
construction	budownictwo	construction
food_agri	rolnictwo i przetwórstwo spożywcze	agri-food
tourism	turystyka i MICE	tourism and business events
creative_design	przemysły kreatywne i wzornictwo	creative industries and design
wood_furniture	przemysł drzewny i meblarski	wood and furniture
textiles	tekstylia i odzież	textiles and apparel
mining	górnictwo	mining
environment	ochrona środowiska i gospodarka o obiegu zamkniętym	environment and circular economy
defence	obronność	defence and security
maritime	gospodarka morska	maritime economy, ports and shipbuilding
research_education	nauka i edukacja	research and education
business_services	usługi dla biznesu	business services
"""


@lru_cache(maxsize=1)
def sectors() -> dict[str, str]:
    """code → English label; the packaged sectors.tsv when the data package has one."""
    rows: list[tuple[str, str]] = []
    try:
        from kooperacja.data import read_tsv

        rows = [(r["code"], r.get("en") or r["code"]) for r in read_tsv("sectors.tsv") if r.get("code")]
    except Exception:
        rows = []
    if not rows:
        for line in _SECTORS.splitlines():
            code, _pl, en = line.split("\t")
            rows.append((code, en))
    return dict(rows)


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

QUALIFIERS = {"exact": "", "approx": "≈ ", "more_than": "> ", "less_than": "< ", "up_to": "≤ "}


def format_number(value: object) -> str:
    """12345678.0 → '12 345 678' (thin groups, as written in Polish), keeping decimals when present."""
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value) if value is not None else ""
    if v.is_integer():
        return f"{int(v):,}".replace(",", "\u00a0")
    return f"{v:,.2f}".replace(",", "\u00a0").rstrip("0").rstrip(".")


def format_figure(fig: dict) -> str:
    value = fig.get("value")
    unit = fig.get("unit") or ""
    q = QUALIFIERS.get(fig.get("qualifier") or "exact", "")
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return f"{q}{value} {unit}".strip()
    if unit not in ("count", "ha") and abs(v) >= 1e9:
        text = f"{v / 1e9:.2f}".rstrip("0").rstrip(".") + " bn"
    elif unit not in ("count", "ha") and abs(v) >= 1e6:
        text = f"{v / 1e6:.2f}".rstrip("0").rstrip(".") + " m"
    else:
        text = format_number(v)
    if unit == "count":
        unit = ""
    return f"{q}{text} {unit}".strip()
