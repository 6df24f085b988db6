"""A battery of short English press passages, all invented for this project (issue 12, session 5): the kinds
of text that zones, clusters, investment agencies, rankings, chambers, universities, ministries and foreign
investors publish. Each passage lists the organisations a reader finds in it (by the name or an alias the
record should carry) and phrases that must not come out as organisations: headlines and subheads in Title
Case, words that open a sentence, job titles and departments, programmes, funds, awards and rankings,
conferences and fairs, products, places, nationalities, currencies, months, legal and financial concepts,
acronyms of concepts, bylines, photo credits and back-references ("the Zone") to a body named before."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import pytest

from .conftest import english


class Passage(NamedTuple):
    id: str
    text: str
    orgs: tuple[str, ...]  # organisations the record must hold (name or alias; "A|B": either)
    not_orgs: tuple[str, ...]  # phrases that must not be organisations


P = Passage

PASSAGES: tuple[Passage, ...] = (
    P(
        "zone-headline",
        "Kestrel Bay Free Zone Welcomes Record Number Of Investors\n"
        "The Kestrel Bay Free Zone Authority said on Monday that 41 companies set up in the zone last year. "
        "The Authority expects further growth in logistics.",
        ("Kestrel Bay Free Zone Authority",),
        ("Record Number Of Investors", "Authority", "Monday"),
    ),
    P(
        "fdi-ranking",
        "Marlow Free Zone has been named among the Global Free Zones of the Year 2025 by fDi Intelligence. "
        "The Zone also won a commendation for SME support.",
        ("Marlow Free Zone", "fDi Intelligence"),
        ("Global Free Zones of the Year", "Zone", "SME"),
    ),
    P(
        "investor-release",
        "Halvard Components, a Swedish maker of hydraulic parts, will invest EUR 45 million in a new plant "
        "in Lodz. The plant will employ 300 people, said Chief Executive Officer Linnea Berg.",
        ("Halvard Components",),
        ("EUR", "Chief Executive Officer", "Swedish"),
    ),
    P(
        "job-titles",
        "Piotr Malecki, Head of Investor Relations at Orvane Energy, and Anna Sowa, Director of Business "
        "Development, presented the results to the Board of Directors.",
        ("Orvane Energy",),
        ("Head of Investor Relations", "Investor Relations", "Business Development", "Board of Directors"),
    ),
    P(
        "mou-concept",
        "The Memorandum of Understanding signed by the Tervola Investment Agency and Delmont Chemicals "
        "covers Foreign Direct Investment services and R&D support.",
        ("Tervola Investment Agency", "Delmont Chemicals"),
        ("Memorandum of Understanding", "Foreign Direct Investment", "R&D"),
    ),
    P(
        "acronym-concepts",
        "FDI inflows rose by 12% while GDP grew by 3.1%, the Ministry of Economy of Moldova reported. "
        "ESG rules and CEO pay were also discussed.",
        ("Ministry of Economy of Moldova",),
        ("FDI", "GDP", "ESG", "CEO"),
    ),
    P(
        "expo",
        "Invest Expo 2026 will take place in Katowice in May. The Silesian Chamber of Industry is a partner "
        "of the fair, which expects 400 exhibitors.",
        ("Silesian Chamber of Industry",),
        ("Invest Expo 2026", "Invest Expo", "Katowice", "May"),
    ),
    P(
        "programme-fund",
        "Start-ups from the Wroclaw Technology Park can apply to the Green Transition Programme and the "
        "Regional Innovation Fund until March.",
        ("Wroclaw Technology Park",),
        ("Green Transition Programme", "Regional Innovation Fund", "March"),
    ),
    P(
        "byline-photo",
        "By Tomasz Lind, Staff Writer\n"
        "Photo: Ravel Media\n"
        "Gdansk Science and Technology Park opened a new laboratory for Quantix Labs on Tuesday.",
        ("Gdansk Science and Technology Park", "Quantix Labs"),
        ("Staff Writer", "Ravel Media", "Tuesday"),
    ),
    P(
        "nationality-delegation",
        "A Korean delegation led by the Incheon Free Economic Zone visited Polish and German firms. "
        "Korean investors showed interest in batteries.",
        ("Incheon Free Economic Zone",),
        ("Korean", "Polish", "German"),
    ),
    P(
        "sentence-initial",
        "Despite the slowdown, Brennick Logistics opened a warehouse near Poznan. Meanwhile, Additional "
        "Investments are planned for next year. Overall, Regional demand stays strong.",
        ("Brennick Logistics",),
        ("Despite", "Meanwhile", "Additional Investments", "Overall", "Regional", "Poznan"),
    ),
    P(
        "awards",
        "The Rzeszow Aviation Valley cluster received the Best Cluster Initiative Award at the European "
        "Cluster Conference in Brussels.",
        ("Rzeszow Aviation Valley|Aviation Valley|Rzeszow Aviation Valley cluster",),
        ("Best Cluster Initiative Award", "European Cluster Conference", "Brussels"),
    ),
    P(
        "ministry-university",
        "The Ministry of Development and Technology and the University of Lodz signed a cooperation "
        "agreement on Wednesday. The Ministry will fund ten scholarships.",
        ("Ministry of Development and Technology", "University of Lodz"),
        ("Ministry", "Wednesday"),
    ),
    P(
        "trade-mission",
        "A trade mission organised by the Polish Investment and Trade Agency travelled to Vietnam. "
        "The Agency arranged meetings with the Vietnam Chamber of Commerce and Industry.",
        ("Polish Investment and Trade Agency", "Vietnam Chamber of Commerce and Industry"),
        ("Agency", "Vietnam"),
    ),
    P(
        "subhead",
        "Investment Outlook\n"
        "Key Sectors And Incentives\n"
        "The Ostrava Investment Office supports projects in electromobility and ICT.",
        ("Ostrava Investment Office",),
        ("Investment Outlook", "Key Sectors And Incentives", "ICT"),
    ),
    P(
        "products",
        "Velmora Motors will build its Arcus SUV and the Velmora E-Line van at the plant. The company also "
        "sells the Arcus Pro model in Europe.",
        ("Velmora Motors",),
        ("Arcus", "Arcus SUV", "Arcus Pro", "Velmora E-Line", "Europe"),
    ),
    P(
        "currency-units",
        "The investment of USD 120 million will add 25,000 square metres of space, said Delgado Industrial "
        "Parks. PLN 40 million comes from the owner.",
        ("Delgado Industrial Parks",),
        ("USD", "PLN"),
    ),
    P(
        "months-days",
        "In January the Nordvik Port Authority signed a lease. In February, Sunday trading rules changed. "
        "On Friday the Port Authority hosted buyers.",
        ("Nordvik Port Authority",),
        ("January", "February", "Sunday", "Friday", "Port Authority"),
    ),
    P(
        "chamber",
        "The British Polish Chamber of Commerce held its annual meeting in Warsaw. Members of the Chamber "
        "elected a new Management Board.",
        ("British Polish Chamber of Commerce",),
        ("Chamber", "Management Board", "Warsaw"),
    ),
    P(
        "regions",
        "Companies in Lower Silesia and Greater Poland reported strong orders, while Western Europe and "
        "Central Asia were weaker markets.",
        (),
        ("Lower Silesia", "Greater Poland", "Western Europe", "Central Asia"),
    ),
    P(
        "legal-concepts",
        "Under the Special Economic Zone Act, investors receive a Corporate Income Tax exemption. The "
        "Investment Support Decision is issued by Lodz Special Economic Zone.",
        ("Lodz Special Economic Zone",),
        ("Special Economic Zone Act", "Corporate Income Tax", "Investment Support Decision"),
    ),
    P(
        "conference-forum",
        "More than 600 guests attended the Baltic Logistics Forum in Gdynia, co-organised by Pomeranian "
        "Development Agency and the Port of Gdynia Authority.",
        ("Pomeranian Development Agency", "Port of Gdynia Authority"),
        ("Baltic Logistics Forum", "Gdynia"),
    ),
    P(
        "press-release-header",
        "PRESS RELEASE\n"
        "FOR IMMEDIATE RELEASE\n"
        "Tarnow, 3 March 2025 - Corvell Pharma announced the opening of a research centre in Tarnow.",
        ("Corvell Pharma",),
        ("PRESS RELEASE", "FOR IMMEDIATE RELEASE", "Tarnow"),
    ),
    P(
        "media-contact",
        "Media Contact: Julia Kern, Communications Manager, Brightline Solar GmbH. Brightline Solar builds "
        "panels for Northern Europe.",
        ("Brightline Solar GmbH",),
        ("Media Contact", "Communications Manager", "Northern Europe"),
    ),
    P(
        "about-us",
        "About Fenwick Robotics\n"
        "Fenwick Robotics designs welding robots for the Automotive Industry and employs 900 people.",
        ("Fenwick Robotics",),
        ("Automotive Industry", "About"),
    ),
    P(
        "cluster-backref",
        "The Silesian Energy Cluster has 54 members. In 2024 the Cluster launched a Hydrogen Working Group "
        "with the Silesian University of Technology.",
        ("Silesian Energy Cluster", "Silesian University of Technology"),
        ("Cluster", "Hydrogen Working Group"),
    ),
    P(
        "embassy",
        "The Embassy of Japan in Poland and JETRO organised a seminar on green hydrogen for Japanese "
        "investors.",
        ("Embassy of Japan in Poland", "JETRO"),
        ("Japanese", "Japan"),
    ),
    P(
        "rankings-tables",
        "The city rose to third place in the European Cities and Regions of the Future ranking, and the "
        "Free Zones Index listed Dravia Free Zone first.",
        ("Dravia Free Zone",),
        ("European Cities and Regions of the Future", "Free Zones Index"),
    ),
    P(
        "department",
        "The Investor Service Department of the Lublin City Office helped Mardon Foods obtain the permits.",
        # a department named with its office is an entity of its own (the annotation's rule)
        ("Investor Service Department of the Lublin City Office", "Mardon Foods"),
        ("Investor Service Department", "Lublin City Office"),
    ),
    P(
        "strategy-documents",
        "The Regional Development Strategy 2030 and the National Hydrogen Strategy set targets that Kelsey "
        "Gas Networks must meet.",
        ("Kelsey Gas Networks",),
        ("Regional Development Strategy 2030", "National Hydrogen Strategy"),
    ),
    P(
        "quotes-and-says",
        '"We are proud of this result," said Marta Lis, President of the Board of Opava Machining. '
        "Opava Machining exports to Germany.",
        ("Opava Machining",),
        ("President of the Board", "Board", "Germany"),
    ),
    P(
        "fund-acting",
        "The Visegrad Growth Fund granted EUR 2 million to Hexa Biotech, a start-up from Brno.",
        ("Visegrad Growth Fund", "Hexa Biotech"),
        ("EUR", "Brno"),
    ),
    P(
        "eu-programmes",
        "The project is co-financed by Horizon Europe and the Interreg Central Europe programme, with "
        "Tornio University of Applied Sciences as lead partner.",
        ("Tornio University of Applied Sciences",),
        ("Horizon Europe", "Interreg Central Europe"),
    ),
    P(
        "job-title-list",
        "The panel included the Chief Operating Officer of Lisbon Data Centres, a Senior Vice President of "
        "Kaltern Bank and the Head of Procurement at Arvid Steel.",
        ("Lisbon Data Centres", "Kaltern Bank", "Arvid Steel"),
        ("Chief Operating Officer", "Senior Vice President", "Head of Procurement"),
    ),
    P(
        "headline-verb",
        "Pomorskie Cluster Launches Offshore Wind Supply Chain Platform\n"
        "The Pomorskie Offshore Cluster has launched a platform that links local suppliers with developers.",
        ("Pomorskie Offshore Cluster",),
        ("Offshore Wind Supply Chain Platform", "Pomorskie Cluster Launches"),
    ),
    P(
        "week-event",
        "During Korea Investment Week, the Busan Jinhae Free Economic Zone Authority presented sites to "
        "26 European companies.",
        ("Busan Jinhae Free Economic Zone Authority",),
        ("Korea Investment Week", "European"),
    ),
    P(
        "agency-acronym",
        "The Walloon Export and Foreign Investment Agency (AWEX) will open an office in Warsaw. AWEX already "
        "runs 100 offices abroad.",
        ("Walloon Export and Foreign Investment Agency", "AWEX"),
        ("Warsaw",),
    ),
    P(
        "concept-acronym-defined",
        "Firms in the Special Economic Zone may apply for the Polish Investment Zone (PIZ) relief. "
        "PIZ decisions are valid for 15 years.",
        (),
        ("Polish Investment Zone", "PIZ", "Special Economic Zone"),
    ),
    P(
        "generic-zone",
        "Free zones across Asia compete for investors. Economic Zones World Federation members met in Dubai.",
        ("Economic Zones World Federation",),
        ("Asia", "Dubai"),
    ),
    P(
        "list-of-companies",
        "Tenants of the park include Alvarez Packaging, Norrland Timber and Kappa Medical Devices.",
        ("Alvarez Packaging", "Norrland Timber", "Kappa Medical Devices"),
        (),
    ),
    P(
        "country-branch",
        "Sandvall Poland, the local arm of the Swedish group, hired 80 engineers in Krakow.",
        ("Sandvall Poland",),
        ("Swedish", "Krakow"),
    ),
    P(
        "city-as-body",
        "The City of Bydgoszcz and the Bydgoszcz Industrial and Technology Park signed a lease with Quorra "
        "Electronics.",
        ("City of Bydgoszcz", "Bydgoszcz Industrial and Technology Park", "Quorra Electronics"),
        ("Bydgoszcz",),
    ),
    P(
        "marshal-office",
        "The Marshal's Office of the Lodzkie Voivodeship co-finances the Central Poland Logistics Summit.",
        ("Marshal's Office of the Lodzkie Voivodeship",),
        ("Central Poland Logistics Summit",),
    ),
    P(
        "photo-credit-inline",
        "The new hall of Trevi Glass (photo: Marek Olbrys / Trevi Glass) will produce 20,000 tonnes a year.",
        ("Trevi Glass",),
        ("Marek Olbrys",),
    ),
    P(
        "all-caps-heading",
        "INVESTMENT NEWS\n"
        "NEW PLANT IN MIELEC\n"
        "Avior Aerostructures has opened a plant in Mielec, in the Euro-Park Mielec zone.",
        ("Avior Aerostructures", "Euro-Park Mielec"),
        ("INVESTMENT NEWS", "NEW PLANT IN MIELEC"),
    ),
    P(
        "sectors-capitalised",
        "The zone focuses on Advanced Manufacturing, Life Sciences and Business Services, said Ravna "
        "Development Corporation.",
        ("Ravna Development Corporation",),
        ("Advanced Manufacturing", "Life Sciences", "Business Services"),
    ),
    P(
        "tagline",
        "Tags: investment, logistics, Poland\n"
        "Share this article\n"
        "Lindqvist Cold Chain will double its storage in Stryków.",
        ("Lindqvist Cold Chain",),
        ("Share this article", "Tags"),
    ),
    P(
        "university-abbreviation",
        "Researchers from Warsaw University of Technology and the Fraunhofer Institute for Machine Tools "
        "tested the prototype for Olsen Drives.",
        ("Warsaw University of Technology", "Fraunhofer Institute for Machine Tools", "Olsen Drives"),
        (),
    ),
    P(
        "certificate-standard",
        "The plant holds ISO 14001 and LEED Gold certificates, Varga Construction said.",
        ("Varga Construction",),
        ("ISO", "LEED Gold", "LEED"),
    ),
    P(
        "the-company-backref",
        "Ortis Cables Ltd opened a second line. The Company said the line would serve Scandinavian clients.",
        ("Ortis Cables Ltd",),
        ("Company", "Scandinavian"),
    ),
    P(
        "plural-bodies",
        "Regional Development Agencies and Chambers of Commerce from six countries met in Vilnius.",
        (),
        ("Regional Development Agencies", "Chambers of Commerce", "Vilnius"),
    ),
    P(
        "government",
        "The Government of Uzbekistan and the European Bank for Reconstruction and Development agreed on a "
        "new credit line.",
        ("Government of Uzbekistan", "European Bank for Reconstruction and Development"),
        ("Uzbekistan",),
    ),
    P(
        "twin-regions",
        "Representatives of Styria and the Lublin region discussed the Danube Region Strategy.",
        (),
        ("Styria", "Danube Region Strategy"),
    ),
    P(
        "initiative-platform",
        "The Smart Factory Initiative and the Cluster Excellence Platform help members of the Moravian "
        "Engineering Cluster.",
        ("Moravian Engineering Cluster",),
        ("Smart Factory Initiative", "Cluster Excellence Platform"),
    ),
    P(
        "tax-and-law",
        "The Investment Act and the new Value Added Tax rules were explained by lawyers from Brandt & Weiss.",
        ("Brandt & Weiss",),
        ("Investment Act", "Value Added Tax"),
    ),
    P(
        "reported-by",
        "According to Cushman & Wakefield, warehouse stock in Poland grew by 9%. Knight Frank expects "
        "slower growth.",
        ("Cushman & Wakefield", "Knight Frank"),
        ("Poland",),
    ),
    P(
        "newsletter-lines",
        "Read more\nSubscribe to our newsletter\nRelated Articles\n"
        "Gorlice Industrial Zone sold its last plot to Wexford Tooling.",
        ("Gorlice Industrial Zone", "Wexford Tooling"),
        ("Related Articles", "Read more"),
    ),
    P(
        "women-in-business",
        "The Women in Business Award went to Helena Dvorak of Pilsen Precision, a supplier of Skoda Auto.",
        ("Pilsen Precision", "Skoda Auto"),
        ("Women in Business Award", "Women in Business"),
    ),
    P(
        "demonym-led-body",
        "The Polish Agency for Enterprise Development and the German Federal Ministry for Economic Affairs "
        "launched a joint call.",
        (
            "Polish Agency for Enterprise Development",
            "German Federal Ministry for Economic Affairs|Federal Ministry for Economic Affairs",
        ),
        ("German", "Polish"),
    ),
    P(
        "investor-of-year",
        "Kavos Foods was chosen as the Investor of the Year by the Lithuanian Investment Agency.",
        ("Kavos Foods", "Lithuanian Investment Agency"),
        ("Investor of the Year",),
    ),
    P(
        "capitalised-roles-plural",
        "Mayors, Governors and Ambassadors from the Balkan states attended. Deputy Prime Minister Ivo Marek "
        "opened the session.",
        (),
        ("Mayors", "Governors", "Ambassadors", "Deputy Prime Minister"),
    ),
    P(
        "greenfield-brownfield",
        "Greenfield and Brownfield sites are offered by Elbe Valley Development Company in Saxony.",
        ("Elbe Valley Development Company",),
        ("Greenfield", "Brownfield", "Saxony"),
    ),
    P(
        "quarter-and-year",
        "In Q3 2025 the Tarvisio Logistics Park leased 40,000 sqm to Holtz Retail, the Park said.",
        ("Tarvisio Logistics Park", "Holtz Retail"),
        ("Q3", "Park"),
    ),
    P(
        "business-council",
        "The Polish-Ukrainian Business Council and the Lviv IT Cluster signed a Letter of Intent.",
        ("Polish-Ukrainian Business Council", "Lviv IT Cluster"),
        ("Letter of Intent",),
    ),
    P(
        "website-section",
        "Home > News > Investors\n"
        "Opole Science and Technology Park welcomes Ardent Software as its 30th tenant.",
        ("Opole Science and Technology Park", "Ardent Software"),
        ("Home", "News", "Investors"),
    ),
    P(
        "project-name",
        "The Hydrogen Valley Project, led by Narvik Energy, will receive support from the Just Transition "
        "Fund.",
        ("Narvik Energy",),
        ("Hydrogen Valley Project",),
    ),
    P(
        "acronym-and-head",
        "The Gunsan Free Economic Zone Authority (GFEZ) met Tessar Batteries in Lyon. The GFEZ Authority will "
        "send a team to France in June.",
        ("Gunsan Free Economic Zone Authority", "Tessar Batteries"),
        ("GFEZ Authority", "France", "June"),
    ),
    P(
        "bilateral-chamber-seat",
        "The Korean Chamber of Commerce in Poland and the Chamber of Industry and Commerce in Rzeszow invited "
        "members to a webinar on export credit.",
        ("Korean Chamber of Commerce in Poland", "Chamber of Industry and Commerce in Rzeszow"),
        ("Commerce in Rzeszow", "Poland"),
    ),
    P(
        "fez-acronym-head",
        "Daegu-Gyeongbuk FEZ Commissioner Lee Min-ho presented the zone to Varnsdorf Machinery, while the "
        "FEZ concept was explained to the guests.",
        ("Daegu-Gyeongbuk FEZ", "Varnsdorf Machinery"),
        ("FEZ", "Lee Min-ho"),
    ),
    P(
        "people-listed",
        "The forum was attended by Obinna Eze, Tevita Fifita and Katarzyna Nowicka, who visited Quarrell "
        "Biologics in Mielec.",
        ("Quarrell Biologics",),
        ("Obinna Eze", "Tevita Fifita", "Katarzyna Nowicka", "Mielec"),
    ),
    P(
        "polish-town-head",
        "The new warehouse of Dravex S.A. in Nowe Miasto will serve clients in Dobre Miasto and Olsztyn.",
        ("Dravex S.A.",),
        ("Nowe Miasto", "Dobre Miasto", "Olsztyn"),
    ),
    P(
        "body-and-acronym-name",
        "Prizes went to Santander Bank Polska and PGE Energia Odnawialna, while Orlen and the Port of "
        "Gdansk Authority were commended.",
        ("Santander Bank Polska", "PGE Energia Odnawialna", "Orlen", "Port of Gdansk Authority"),
        (),
    ),
    P(
        "legal-form-ends-sentence",
        "The permit was issued to Tobrex sp. z o.o. The company will hire 40 welders in Gliwice.",
        ("Tobrex sp. z o.o.",),
        ("Gliwice",),
    ),
    P(
        "agenda",
        "Agenda\n09:00 Registration and Welcome Coffee\n10:00 Panel I: Nearshoring in Central Europe\n"
        "Speakers: CEO, Marwick Group; Head of Research, Halden Advisory; Partner, Ostrova Legal\n"
        "11:30 Networking Lunch\nOrganiser: Polish-Slovak Chamber of Commerce. Strategic Partner: Silesia "
        "Development Agency.",
        (
            "Marwick Group",
            "Halden Advisory",
            "Polish-Slovak Chamber of Commerce",
            "Silesia Development Agency",
        ),
        ("CEO", "Registration and Welcome Coffee", "Networking Lunch", "Strategic Partner", "Central Europe"),
    ),
    P(
        "ampersand-variant",
        "The Polish Investment & Trade Agency (PAIH) briefed Tarlow Foods. Later the Polish Investment and "
        "Trade Agency sent a mission to Chile.",
        ("Polish Investment and Trade Agency|Polish Investment & Trade Agency", "Tarlow Foods"),
        ("Chile",),
    ),
    P(
        "rector-and-prof",
        "Rector of Lodz University of Technology Prof. Marek Zielny and Dr. Park Min-su of the Korea "
        "Institute of Machinery and Materials signed the agreement in the TUL Main Building.",
        ("Lodz University of Technology", "Korea Institute of Machinery and Materials"),
        ("TUL Main Building", "Marek Zielny", "Park Min-su"),
    ),
    P(
        "acronym-brands",
        "Suppliers of LG Display and SK Innovation visited the zone, and GE Healthcare opened a service "
        "centre in Krakow.",
        ("LG Display", "SK Innovation", "GE Healthcare"),
        ("Krakow",),
    ),
    P(
        "government-two-ways",
        "The Polish Government approved the aid for Veska Glassworks S.A. The Government of Poland will "
        "pay it in two parts, the Zone Authority confirmed.",
        ("Government of Poland|Polish Government", "Veska Glassworks S.A."),
        ("Zone Authority",),
    ),
    P(
        "unit-after-possessive",
        "The visit was prepared by the Harrowgate Development Agency's Foreign Trade Office in Lagos, and "
        "Poland's Ministry of Funds and Regional Policy sent an observer.",
        ("Harrowgate Development Agency", "Ministry of Funds and Regional Policy"),
        ("Foreign Trade Office", "Lagos"),
    ),
    P(
        "list-of-unknown-places",
        "The commissioner presented the districts of Songdo, Yeongjong and Cheongna to Brimfield Optics, and "
        "awards went to Tarsk Metals, Ovelo and Harwick Plastics.",
        ("Brimfield Optics", "Tarsk Metals", "Ovelo", "Harwick Plastics"),
        ("Songdo", "Yeongjong", "Cheongna"),
    ),
    P(
        "general-assembly",
        "The vote took place at the BCN General Assembly in Ghent, where the Assembly of European Regions "
        "and Ostend Port Authority presented their plans.",
        ("Assembly of European Regions", "Ostend Port Authority"),
        ("BCN General Assembly", "General Assembly", "Ghent"),
    ),
    P(
        "eu-funds-roles",
        "The Managing Authority of the programme is the Ministry of Digital Affairs, and the National Centre "
        "for Research and Development acts as the Intermediate Body; the Certifying Authority checked the "
        "claims of Teravolt Cables.",
        ("Ministry of Digital Affairs", "National Centre for Research and Development", "Teravolt Cables"),
        ("Managing Authority", "Intermediate Body", "Certifying Authority"),
    ),
    P(
        "trade-word-modifier",
        "The Silesia Energy sector and Western Pomerania Aerospace suppliers met the Varta Glass company and "
        "Brimfield Optics in Szczecin.",
        ("Varta Glass", "Brimfield Optics"),
        ("Silesia Energy", "Western Pomerania Aerospace", "Szczecin"),
    ),
    P(
        "form-after-acronym",
        "Kestrel Harbour Industrial Park (KHIP) JV Co., Ltd. received a licence, and Tamsin Electronics Co., "
        "Ltd. will be its first tenant.",
        ("Kestrel Harbour Industrial Park", "Tamsin Electronics Co., Ltd."),
        ("JV Co., Ltd.",),
    ),
    P(
        "generic-caps-bodies",
        "Every Investment Promotion Agency in the region now runs an Aftercare Unit, and each Special "
        "Economic Zone offers a One-Stop Shop for investors, said Dalmar Consulting.",
        ("Dalmar Consulting",),
        ("Investment Promotion Agency", "Aftercare Unit", "Special Economic Zone", "One-Stop Shop"),
    ),
    P(
        "minister-portfolio",
        "Minister for Trade and Industry Sara Holm met Pavel Novak, Ambassador of the Czech Republic, and "
        "the Secretary of State for Foreign Affairs in Stockholm.",
        (),
        (
            "Minister for Trade and Industry",
            "Trade and Industry",
            "Secretary of State for Foreign Affairs",
            "Czech Republic",
            "Stockholm",
        ),
    ),
    P(
        "republic-names",
        "Trade between the Republic of Korea and the People's Republic of China grew, while the United "
        "Arab Emirates signed a deal with Kenya.",
        (),
        ("Republic of Korea", "People's Republic of China", "United Arab Emirates", "Kenya"),
    ),
    P(
        "tech-acronyms",
        "The plant will use AI, IoT sensors and an MES system; it will make EV batteries for OEM clients, "
        "said Saltmarsh Energy Storage.",
        ("Saltmarsh Energy Storage",),
        ("AI", "IoT", "MES", "EV", "OEM"),
    ),
    P(
        "venue-names",
        "The gala was held at the Radisson Blu Hotel and the talks continued at the International Congress "
        "Centre in Katowice, hosted by Katowice Special Economic Zone.",
        ("Katowice Special Economic Zone",),
        ("Radisson Blu Hotel", "International Congress Centre"),
    ),
    P(
        "annual-meeting-names",
        "The Annual Investment Meeting and the World Free Zones Organization Congress both took place in "
        "Abu Dhabi this spring.",
        (),
        ("Annual Investment Meeting", "World Free Zones Organization Congress", "Abu Dhabi"),
    ),
    P(
        "capitalised-concepts",
        "Smart Specialisation, Industry 4.0 and the Circular Economy guide the Tczew Innovation Hub, "
        "which the Kociewie Development Foundation runs.",
        ("Tczew Innovation Hub", "Kociewie Development Foundation"),
        ("Smart Specialisation", "Industry 4.0", "Circular Economy"),
    ),
    P(
        "made-in",
        "Under the Made in Poland label, Vistula Furniture exports sofas to Canada. Made in Poland goods "
        "sell well there.",
        ("Vistula Furniture",),
        ("Made in Poland", "Canada"),
    ),
    P(
        "foreign-names",
        "Kim Jae-won, Commissioner of the Gwangyang Bay Area Free Economic Zone Authority, welcomed "
        "Nguyen Van Minh and Li Wei to the Zone.",
        ("Gwangyang Bay Area Free Economic Zone Authority",),
        ("Kim Jae-won", "Nguyen Van Minh", "Li Wei", "Zone"),
    ),
    P(
        "eu-institutions",
        "The European Commission approved the aid, and the European Investment Bank will lend EUR 80 "
        "million to Harrow Rail Systems.",
        ("European Commission", "European Investment Bank", "Harrow Rail Systems"),
        ("EUR",),
    ),
    P(
        "stock-exchange",
        "Shares of Corvin Energy, listed on the Warsaw Stock Exchange, rose after the Supervisory Board "
        "approved the Dividend Policy.",
        ("Corvin Energy", "Warsaw Stock Exchange"),
        ("Supervisory Board", "Dividend Policy"),
    ),
    P(
        "covid-and-crisis",
        "After the COVID-19 Pandemic and the Energy Crisis, Balt Paper restarted its Tissue Line 3.",
        ("Balt Paper",),
        ("COVID-19 Pandemic", "Energy Crisis", "Tissue Line 3"),
    ),
    P(
        "quoted-headline",
        '"Poland Is Our Gateway To Europe"\n'
        "Rendell Aerospace chose Rzeszow for its European hub, said its Managing Director.",
        ("Rendell Aerospace",),
        ("Poland Is Our Gateway To Europe", "Managing Director", "Rzeszow"),
    ),
    P(
        "colon-subheads",
        "Key facts:\nTotal Investment: EUR 30 million\nNew Jobs: 150\nInvestor: Dorren Plastics\n"
        "Location: Kutno",
        ("Dorren Plastics",),
        ("Total Investment", "New Jobs", "Investor", "Location", "Kutno"),
    ),
    P(
        "partner-country",
        "Partner Country of this year's fair is Vietnam; the Vietnam Trade Office in Warsaw prepared the "
        "stand.",
        ("Vietnam Trade Office in Warsaw|Vietnam Trade Office",),
        ("Partner Country", "Vietnam"),
    ),
    P(
        "doing-business",
        "The Doing Business report and the Global Innovation Index rank the country high, the World Bank "
        "said.",
        ("World Bank",),
        ("Doing Business", "Global Innovation Index"),
    ),
)


class Outcome(NamedTuple):
    missing: tuple[str, ...]  # expected organisations not found
    extra: tuple[str, ...]  # organisations found that the passage does not name
    negatives: tuple[str, ...]  # phrases of `not_orgs` that came out as organisations' names (or hold one)


def _words(s: str) -> str:
    return " " + " ".join(s.split()) + " "


def outcome(p: Passage) -> Outcome:
    """What the English pipeline makes of one passage."""
    record = english(p.text)
    found = [
        {" ".join(n.split()) for n in (e["name"], *e["aliases"])}
        for e in record["entities"]
        if e["type"] == "organization"
    ]
    expected = [set(alt.split("|")) for alt in p.orgs]
    missing = tuple(p.orgs[k] for k, alts in enumerate(expected) if not any(alts & f for f in found))
    wanted = set().union(*expected) if expected else set()
    extra = tuple(sorted(min(f) for f in found if not f & wanted))
    # (an alias may be a back-reference, "the Port Authority" of "Nordvik Port Authority": names only count)
    primary = [e["name"] for e in record["entities"] if e["type"] == "organization"]
    hit = tuple(neg for neg in p.not_orgs if any(_words(n) in _words(neg) for n in primary))
    return Outcome(missing, extra, hit)


def battery_scores(passages: Sequence[Passage]) -> tuple[int, int, int, int, int]:
    """(passages passed, true, false and missed organisations, negatives hit) over a battery."""
    passed = tp = fp = fn = neg = 0
    for p in passages:
        o = outcome(p)
        passed += not (o.missing or o.extra or o.negatives)
        fn += len(o.missing)
        tp += len(p.orgs) - len(o.missing)
        fp += len(o.extra)
        neg += len(o.negatives)
    return passed, tp, fp, fn, neg


def check_passage(p: Passage, known_failing: frozenset[str]) -> None:
    """One passage of a battery: right, or (strict) still wrong where it is listed as known failing."""
    o = outcome(p)
    if p.id in known_failing:  # strict: a passage that now passes must leave the known failing set
        assert o.missing or o.extra or o.negatives, f"{p.id} passes now: take it off KNOWN_FAILING"
        return
    assert not (o.missing or o.extra or o.negatives), o


def print_report(passages: Sequence[Passage]) -> None:
    """The failing passages of a battery and its figures, on stdout."""
    for p in passages:
        o = outcome(p)
        if o.missing or o.extra or o.negatives:
            print(f"FAIL {p.id}: {o}")
    passed, tp, fp, fn, neg = battery_scores(passages)
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"passages passed {passed}/{len(passages)}; organisations P {prec:.3f} R {rec:.3f} F1 {f1:.3f}")
    print(f"  (TP {tp} FP {fp} FN {fn}); negative phrases hit: {neg}")


# passages the extractor still gets wrong (strict: a passage that starts passing must leave this set)
KNOWN_FAILING: frozenset[str] = frozenset(
    (
        "eu-institutions",
        "generic-caps-bodies",
        "investor-release",
        "list-of-companies",
        "newsletter-lines",
        "reported-by",
        "tech-acronyms",
        "university-abbreviation",
        "website-section",
        "women-in-business",
    )
)


@pytest.mark.parametrize("p", PASSAGES, ids=[p.id for p in PASSAGES])
def test_battery_passage(p: Passage) -> None:
    check_passage(p, KNOWN_FAILING)


def test_battery_is_large_and_its_ids_unique() -> None:
    assert len(PASSAGES) >= 60
    assert len({p.id for p in PASSAGES}) == len(PASSAGES)
    assert KNOWN_FAILING <= {p.id for p in PASSAGES}


def test_battery_organisations_overall() -> None:
    """The battery as a whole: most passages right, organisations found with high precision and recall."""
    passed, tp, fp, fn, neg = battery_scores(PASSAGES)
    assert passed >= len(PASSAGES) - len(KNOWN_FAILING)
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.85, (tp, fp, fn)
    assert neg <= 1


# the battery's figures: PYTHONPATH=src python -m tests.english.test_org_battery_s5en
if __name__ == "__main__":
    print_report(PASSAGES)
