"""A reproducible benchmark corpus: news-length articles from a seeded template generator.

The vocabulary (countries, offices, templates, quotes) is in ``bench/data/vocab.yml``.
The same seed and count always give the same articles, so the corpus is never
stored in git: it is written to ``bench/corpus/`` (ignored) when needed.

    python bench/corpus.py --articles 500 --seed 20230511 --out bench/corpus/articles.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import string
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
VOCAB = HERE / "data" / "vocab.yml"
DEFAULT_SEED = 20230511
SLOTS = {"A", "B", "C", "a", "b", "capA", "capB", "date", "issue", "Issue", "topic", "n", "city", "Q", "q"}
LISTS = ("countries", "offices", "given_names", "family_names", "groups", "cities", "issues", "date_phrases",
         "event_templates", "quote_templates", "quotes", "indirect", "background", "headlines")


class VocabError(ValueError):
    """The vocabulary file is missing a list or has a template with an unknown slot."""


def load_vocab(path: Path = VOCAB) -> dict[str, Any]:
    """The generator's vocabulary, checked: every list present and every slot known."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key in LISTS:
        if not isinstance(data.get(key), list) or not data[key]:
            raise VocabError(f"{path}: '{key}' should be a non-empty list")
    for i, c in enumerate(data["countries"], 1):
        if not all(isinstance(c.get(k), str) and c[k] for k in ("name", "adj", "capital")):
            raise VocabError(f"{path}: country {i} needs name, adj and capital")
    for key in ("event_templates", "quote_templates", "background", "headlines"):
        for template in data[key]:
            slots = {f for _, f, _, _ in string.Formatter().parse(template) if f}
            unknown = slots - SLOTS
            if unknown:
                raise VocabError(f"{path}: template {template!r} in '{key}' has unknown slots {sorted(unknown)}")
    return data


class Writer:
    """Writes one article: picks its actors, then adds sentences until it is long enough."""

    def __init__(self, vocab: dict[str, Any], rng: random.Random) -> None:
        self.v = vocab
        self.rng = rng

    def person(self, country: dict[str, str]) -> tuple[str, str]:
        """A full first mention ('Turkish Foreign Minister Kemal Demir') and a short one ('Demir')."""
        office = self.rng.choice(self.v["offices"])
        given, family = self.rng.choice(self.v["given_names"]), self.rng.choice(self.v["family_names"])
        return f"{country['adj']} {office} {given} {family}", family

    def actor(self, country: dict[str, str], people: dict[str, str]) -> tuple[str, str]:
        """A phrase for an actor of ``country``, and a short form for later mentions."""
        roll = self.rng.random()
        if roll < 0.35:
            name = country["name"]
            if name not in people:
                people[name] = self.person(country)[0]
                full, short = people[name], people[name].split()[-1]
                return full, short
            return people[name].split()[-1], country["name"]
        if roll < 0.6:
            return country["name"], country["name"]
        if roll < 0.75:
            return f"the {country['adj']} government", country["name"]
        if roll < 0.87:
            group = self.rng.choice(self.v["groups"])
            return f"{country['adj']} {group['name'].replace('the ', '')}", country["name"]
        return country["capital"], country["name"]

    def fill(self, template: str, a: dict[str, str], b: dict[str, str], people: dict[str, str]) -> str:
        slots = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        A = self.actor(a, people)[0] if "A" in slots else ""
        B = self.actor(b, people)[0] if "B" in slots else ""
        issue = self.rng.choice(self.v["issues"])
        values = {"A": A, "B": B, "C": self.rng.choice(self.v["countries"])["name"], "a": a["name"],
                  "b": b["name"], "capA": a["capital"], "capB": b["capital"],
                  "date": self.rng.choice(self.v["date_phrases"]), "issue": issue, "Issue": issue.title(),
                  "topic": issue, "n": str(self.rng.randint(2, 90)), "city": self.rng.choice(self.v["cities"]),
                  "Q": self.rng.choice(self.v["quotes"]), "q": self.rng.choice(self.v["indirect"])}
        text = template.format(**values)
        return text[0].upper() + text[1:]

    def article(self, index: int, words: int) -> dict[str, Any]:
        countries = self.rng.sample(self.v["countries"], k=self.rng.randint(2, 4))
        a, b = countries[0], countries[1]
        people: dict[str, str] = {}
        published = dt.date(2019, 1, 1) + dt.timedelta(days=self.rng.randint(0, 5 * 365))
        title = self.fill(self.rng.choice(self.v["headlines"]), a, b, people)
        people.clear()
        dateline = self.rng.choice([a["capital"], b["capital"], self.rng.choice(self.v["cities"])]).upper()
        paragraphs: list[str] = []
        count = 0
        first = True
        while count < words:
            sentences = []
            for _ in range(self.rng.randint(2, 4)):
                x, y = self.rng.sample(countries, 2) if len(countries) > 2 and self.rng.random() < 0.4 else (a, b)
                kind = self.rng.random()
                if first or kind < 0.4:
                    pool = self.v["event_templates"]
                elif kind < 0.65:
                    pool = self.v["quote_templates"]
                else:
                    pool = self.v["background"]
                sentences.append(self.fill(self.rng.choice(pool), x, y, people))
                first = False
            paragraph = " ".join(sentences)
            if not paragraphs:
                paragraph = f"{dateline} -- {paragraph}"
            paragraphs.append(paragraph)
            count += sum(len(s.split()) for s in sentences)
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        return {"id": f"bench-{index:04d}", "title": title, "published": published.isoformat(),
                "source": "Communique bench", "text": text}


def generate(n: int, seed: int = DEFAULT_SEED, words: int = 600) -> list[dict[str, Any]]:
    """``n`` articles of about ``words`` words (each varies by ±15%), always the same for a seed."""
    rng = random.Random(seed)
    writer = Writer(load_vocab(), rng)
    return [writer.article(i, int(words * rng.uniform(0.85, 1.15))) for i in range(n)]


def word_count(text: str) -> int:
    return len(re.findall(r"\S+", text))


def write(articles: list[dict[str, Any]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for art in articles:
            f.write(json.dumps(art, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the benchmark corpus as JSONL.")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--out", type=Path, default=HERE / "corpus" / "articles.jsonl")
    args = parser.parse_args(argv)
    articles = generate(args.articles, args.seed, args.words)
    write(articles, args.out)
    total = sum(word_count(a["text"]) for a in articles)
    print(f"wrote {len(articles)} articles, {total} words, to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
