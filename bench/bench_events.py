"""Benchmark `visitx.events` on 100,000 synthetic visits.

Makes engagements between 40 countries over three years, each reported by one to five
articles with the visitor's name spelled differently (other transliterations, a typo,
Cyrillic), then groups them and prints the seconds taken (building the records is not
timed) and how many of the true engagements came out whole. Run from the repository root:

    PYTHONPATH=src python bench/bench_events.py [N_VISITS]
"""

from __future__ import annotations

import random
import sys
import time

from visitx import events
from visitx.core.models import (
    Article,
    DateValue,
    Extraction,
    Participant,
    Place,
    Span,
    Visit,
    VisitStatus,
    VisitType,
)

COUNTRIES = [
    "TUR", "UZB", "KAZ", "AZE", "IRN", "RUS", "DEU", "FRA", "CHN", "JPN",
    "KOR", "GEO", "SAU", "ARE", "EGY", "IND", "PAK", "BRA", "USA", "GBR",
    "ITA", "ESP", "POL", "UKR", "KGZ", "TJK", "TKM", "MNG", "VNM", "IDN",
    "MYS", "THA", "KEN", "NGA", "ZAF", "MAR", "DZA", "TUN", "IRQ", "SYR",
]  # fmt: skip
FIRST = ["Shavkat", "Nurlan", "Kemal", "Ilham", "Igor", "Anna", "Li", "Kenji", "Omar", "Maria"]
LAST = ["Rahimov", "Abenov", "Yilmaz", "Aliyev", "Petrov", "Schmidt", "Wang", "Sato", "Hassan"]
CYR = str.maketrans("aeikmoprstuvyzhl", "аеикмопрстуvузхл")


def spellings(name: str, rng: random.Random) -> str:
    """Another outlet's rendering of a name."""
    kind = rng.randrange(4)
    if kind == 0:
        return name
    if kind == 1:
        return name.replace("kh", "h").replace("sh", "ş") if "h" in name else name + "e"
    if kind == 2:
        return name.lower().translate(CYR).title()
    i = rng.randrange(1, len(name) - 1)
    return name[:i] + name[i + 1 :]  # a dropped letter


def synthetic(n: int, seed: int = 7) -> tuple[list[Extraction], int]:
    """About n single-visit records, and the number of true engagements behind them."""
    rng = random.Random(seed)
    records: list[Extraction] = []
    engagements = 0
    while len(records) < n:
        engagements += 1
        a, b = rng.sample(COUNTRIES, 2)
        day = 1 + rng.randrange(28)
        month = 1 + rng.randrange(12)
        year = 2022 + rng.randrange(3)
        visitor = f"{rng.choice(FIRST)} {rng.choice(LAST)}ov{engagements % 97}"
        host = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        city = f"City{engagements % 500}"
        for _ in range(1 + rng.randrange(5)):
            text = f"article {len(records)}"
            article = Article(
                id=Article.id_for(text),
                text=text,
                published=f"{year}-{month:02d}-{day:02d}",
                url=f"https://outlet{rng.randrange(300)}.example/{len(records)}",
            )
            month_only = rng.random() < 0.2
            date = DateValue(
                start=f"{year}-{month:02d}-{1 if month_only else day:02d}",
                end=f"{year}-{month:02d}-{28 if month_only else day:02d}",
                precision="month" if month_only else "day",
            )
            visit = Visit(
                id=f"{article.id[7:19]}-0",
                type=VisitType.VISIT,
                status=VisitStatus.OCCURRED,
                summary="s",
                participants=[
                    Participant(
                        role="visitor",
                        kind="person",
                        name=Span(text=spellings(visitor, rng)),
                        country=a,
                    ),
                    Participant(role="host", kind="person", name=Span(text=host), country=b),
                ],
                location=Place(name=Span(text=city), country=b),
                date=date,
                international=True,
            )
            records.append(Extraction(article=article, visits=[visit]))
    return records[:n], engagements


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    started = time.perf_counter()
    records, engagements = synthetic(n)
    built = time.perf_counter() - started
    started = time.perf_counter()
    found = events(records)
    took = time.perf_counter() - started
    merged = sum(len(e.mentions) > 1 for e in found)
    print(f"{n:,} synthetic visits ({engagements:,} engagements) built in {built:.1f} s")
    print(f"events(): {took:.2f} s -> {len(found):,} events, {merged:,} with several mentions")


if __name__ == "__main__":
    main()
