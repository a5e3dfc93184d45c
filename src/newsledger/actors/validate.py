"""Check the actor gazetteer tables for consistency and report every problem found.

Run as ``python -m newsledger.actors.validate [--rules DIR]``: it prints one problem a line
and exits 1 if there is any, 0 otherwise. A row that does not parse is reported as the
loader's error.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Sequence

from newsledger.actors.gazetteer import RoleRow, Tables, load_tables, normalize
from newsledger.errors import DataFileError

ROLE_TABLE = "actors/roles.v1.tsv"


def _unique(problems: list[str], table: str, ids: Sequence[str]) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            problems.append(f"actors/{table}.v1.tsv: id {ident!r} appears more than once")
        seen.add(ident)


def _overlaps(rows: Sequence[RoleRow]) -> list[tuple[RoleRow, RoleRow]]:
    """Return pairs of tenures whose half-open date ranges overlap."""
    ordered = sorted(rows, key=lambda r: r.start)
    pairs: list[tuple[RoleRow, RoleRow]] = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if a.end is not None and b.start >= a.end:
                break
            pairs.append((a, b))
    return pairs


def validate(tables: Tables) -> list[str]:
    """Return every consistency problem in ``tables`` as a message naming table and row."""
    problems: list[str] = []
    countries = {c.code for c in tables.countries}
    orgs = {o.id for o in tables.organisations}
    people = {p.id for p in tables.people}
    places = countries | orgs
    role_kinds = {k.role for k in tables.role_kinds}
    single = {k.role for k in tables.role_kinds if k.single}

    _unique(problems, "countries", [c.code for c in tables.countries])
    _unique(problems, "organisations", [o.id for o in tables.organisations])
    _unique(problems, "people", [p.id for p in tables.people])
    _unique(problems, "role_kinds", [k.role for k in tables.role_kinds])
    for shared in sorted((countries & orgs) | (countries & people) | (orgs & people)):
        problems.append(f"actors: id {shared!r} is used in more than one table")

    for c in tables.countries:
        where = f"actors/countries.v1.tsv {c.code}"
        if c.parent and c.parent not in countries:
            problems.append(f"{where}: unknown parent country {c.parent!r}")
        if c.leader_role and c.leader_role not in role_kinds:
            problems.append(f"{where}: unknown leader_role {c.leader_role!r}")
        for alias in (c.name, *c.aliases):
            if not normalize(alias):
                problems.append(f"{where}: empty name or alias {alias!r}")
    for reg in tables.regions:
        if reg.country not in countries:
            problems.append(f"actors/regions.v1.tsv {reg.name!r}: unknown country {reg.country!r}")
    for m in tables.metonyms:
        if m.country not in places:
            problems.append(f"actors/metonyms.v1.tsv {m.name!r}: unknown country {m.country!r}")
    for o in tables.organisations:
        where = f"actors/organisations.v1.tsv {o.id}"
        if o.country and o.country not in places:
            problems.append(f"{where}: unknown country {o.country!r}")
        if o.parent and o.parent not in orgs:
            problems.append(f"{where}: unknown parent organisation {o.parent!r}")
        for alias in (o.name, *o.aliases):
            if not normalize(alias):
                problems.append(f"{where}: empty name or alias {alias!r}")
    for p in tables.people:
        where = f"actors/people.v1.tsv {p.id}"
        if p.country not in places:
            problems.append(f"{where}: unknown country {p.country!r}")
        for alias in (p.name, *p.aliases):
            if not normalize(alias):
                problems.append(f"{where}: empty name or alias {alias!r}")
    for t in tables.titles:
        where = f"actors/titles.v1.tsv {t.phrase!r}"
        if t.role not in role_kinds:
            problems.append(f"{where}: unknown role {t.role!r}")
        if t.country and t.country not in places:
            problems.append(f"{where}: unknown country {t.country!r}")
        if not normalize(t.phrase):
            problems.append(f"{where}: empty phrase")

    _lookup_words(problems, tables)

    by_key: dict[tuple[str, str], list[RoleRow]] = defaultdict(list)
    for r in tables.roles:
        where = f"{ROLE_TABLE} {r.person} {r.role} {r.country} {r.start}"
        if r.person not in people:
            problems.append(f"{where}: unknown person {r.person!r}")
        if r.role not in role_kinds:
            problems.append(f"{where}: unknown role {r.role!r}")
        if r.country not in places:
            problems.append(f"{where}: unknown country {r.country!r}")
        if r.end is not None and r.end < r.start:
            problems.append(f"{where}: ends ({r.end}) before it starts")
        by_key[(r.role, r.country)].append(r)
    for (role, country), rows in sorted(by_key.items()):
        if role not in single:
            continue
        for a, b in _overlaps(rows):
            problems.append(
                f"{ROLE_TABLE}: {role} of {country} held by {a.person} ({a.start} to "
                f"{a.end or 'now'}) and {b.person} ({b.start} to {b.end or 'now'}) at once; "
                "fix the dates or mark the role as not single in role_kinds"
            )
    return problems


def _lookup_words(problems: list[str], tables: Tables) -> None:
    """Report demonyms and metonyms that name two places (a lookup must give one answer)."""
    demonyms: dict[str, str] = {}
    for c in tables.countries:
        for word in c.demonyms:
            key = normalize(word)
            if not key:
                problems.append(f"actors/countries.v1.tsv {c.code}: empty demonym {word!r}")
            elif demonyms.setdefault(key, c.code) != c.code:
                problems.append(
                    f"actors/countries.v1.tsv {c.code}: demonym {word!r} also names {demonyms[key]}"
                )
    metonyms: dict[str, str] = {}
    for m in tables.metonyms:
        key = normalize(m.name)
        if not key:
            problems.append(f"actors/metonyms.v1.tsv {m.name!r}: empty name")
        elif metonyms.setdefault(key, m.country) != m.country:
            problems.append(f"actors/metonyms.v1.tsv {m.name!r}: names {m.country} and {metonyms[key]}")


def main(argv: Sequence[str] | None = None) -> int:
    """Validate the packaged gazetteer (and a user's rows); print problems; return 1 if any."""
    parser = argparse.ArgumentParser(
        prog="python -m newsledger.actors.validate", description=(__doc__ or "").splitlines()[0]
    )
    parser.add_argument("--rules", metavar="DIR", help="user tables layered over ours")
    args = parser.parse_args(argv)
    try:
        problems = validate(load_tables(args.rules))
    except DataFileError as exc:
        problems = [str(exc)]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in the actor gazetteer", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
