#!/usr/bin/env python3
"""Writes a large import input for src/bench/import-memory.sh (never committed: it goes under target/bench/).

    import_input.py series N FILE   # N lines date;count, one a day from 1000-01-01, a cumulative count that
                                    # falls on one line in 1000 (so checks.csv has warn rows)
    import_input.py hxl N FILE      # N data rows of an HXL table: 200 countries a day, refugees and IDPs
                                    # (missing on one row in 1000)
"""
import datetime
import random
import sys


def series(n, out):
    day = datetime.date(1000, 1, 1)
    one = datetime.timedelta(days=1)
    count = 1000
    rnd = random.Random(42)
    for i in range(n):
        count += -rnd.randint(1, 50) if i % 1000 == 999 else rnd.randint(0, 100)
        out.write(f"{day.isoformat()};{count}\n")
        day += one


def hxl(n, out):
    out.write("Country,Date,Refugees,IDPs\n#country+name,#date,#affected+refugees+ind,#affected+idps+ind\n")
    day = datetime.date(1000, 1, 1)
    one = datetime.timedelta(days=1)
    rnd = random.Random(42)
    for i in range(n):
        if i % 200 == 0 and i > 0:
            day += one
        refugees = rnd.randint(0, 100000)
        idps = "" if i % 1000 == 999 else rnd.randint(0, 100000)
        out.write(f"Country {i % 200:03d},{day.isoformat()},{refugees},{idps}\n")


if __name__ == "__main__":
    kind, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, "w", encoding="utf-8", newline="") as f:
        {"series": series, "hxl": hxl}[kind](n, f)
