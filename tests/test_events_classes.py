"""Several sentences per CAMEO root class (01-20): verbal, nominal, passive,
negated and intent forms, on hand-built articles (our own actors, so these
tests do not depend on the actors stage)."""

from __future__ import annotations

import pytest

from communique.events import code_events
from communique.events.testing import article_with_actors

ACTORS = {
    "Norway|Oslo": "NOR",
    "Chile|Santiago": "CHL",
    "Kenya|Nairobi": "KEN",
    "Peru|Lima": "PER",
    "Norwegian": "NOR",
    "Chilean": "CHL",
    "Kenyan": "KEN",
    "Peruvian": "PER",
    "Peruvians": "PER",
    "The Kenyan foreign minister": "KENGOV",
    "the president of Chile": "CHLGOV",
    "Kenyan officials": "KENGOV",
    "Chilean prisoners": "CHL",
    "Kenyan protesters": "KENOPP",
    "Thousands of Peruvian students": "PEREDU",
    "Peruvian farmers": "PERAGR",
    "Peruvian police": "PERCOP",
    "Chilean activists": "CHLOPP",
    "Chilean rebels": "CHLREB",
    "Kenyan militants": "KENREB",
    "Norwegian troops": "NORMIL",
    "Norwegian guards": "NORMIL",
    "Kenyan prisoners": "KEN",
    "Chilean jets": "CHLMIL",
    "Peruvian positions": "PERMIL",
    "Kenyan troops": "KENMIL",
    "Peruvian forces": "PERMIL",
    "Chilean villagers": "CHLCVL",
    "two Peruvian soldiers": "PERMIL",
    "the Chilean opposition leader": "CHLOPP",
    "Chilean opposition leaders": "CHLOPP",
    "Norwegian soldiers": "NORMIL",
}

# (sentence, acceptable codes, source code, target code, mode)
CASES = [
    # 01 make public statement
    ("Norway declined to comment on the dispute with Chile.", {"011"}, "NOR", "CHL", "actual"),
    ("Kenya is pessimistic about its relations with Peru.", {"012"}, "KEN", "PER", "actual"),
    ("The Kenyan foreign minister expressed optimism about relations with Peru.", {"013"}, "KENGOV", "PER", "actual"),
    ("Chile denied accusations by Peru that it had spied.", {"016"}, "CHL", "PER", "actual"),
    ("Norway is considering sending aid to Kenya.", {"014"}, "NOR", "KEN", "actual"),
    ("Chile did not deny the report by Peru.", {"016"}, "CHL", "PER", "negated"),
    # 02 appeal
    ("Norway urged Chile to release the detained journalists.", {"0253"}, "NOR", "CHL", "actual"),
    ("Kenya called for a ceasefire between Peru and Chile.", {"0256"}, "KEN", "PER", "actual"),
    ("Peru appealed to Norway for humanitarian aid.", {"0233"}, "PER", "NOR", "actual"),
    ("Chile was urged by Norway to withdraw its troops from Peru.", {"0256"}, "NOR", "CHL", "actual"),
    ("Norway did not urge Chile to hold talks.", {"026"}, "NOR", "CHL", "negated"),
    # 03 express intent to cooperate
    ("Chile pledged to provide economic aid to Kenya.", {"0331"}, "CHL", "KEN", "intent"),
    ("Peru is ready to meet Norway.", {"036"}, "PER", "NOR", "intent"),
    ("Kenya offered to mediate between Peru and Chile.", {"039"}, "KEN", "PER", "intent"),
    ("Norway will withdraw its troops from Kenya.", {"0356"}, "NOR", "KEN", "intent"),
    ("Chile will cooperate with Peru on trade.", {"0311"}, "CHL", "PER", "intent"),
    # 04 consult
    ("Norway and Chile held talks in Oslo.", {"046"}, "NOR", "CHL", "actual"),
    ("The Kenyan foreign minister visited Peru on Monday.", {"042"}, "KENGOV", "PER", "actual"),
    ("Lima hosted the president of Chile.", {"043"}, "PER", "CHLGOV", "actual"),
    ("Talks between Norway and Kenya were held in Nairobi.", {"046"}, "NOR", "KEN", "actual"),
    ("Norway did not meet Chile.", {"040"}, "NOR", "CHL", "negated"),
    ("Kenya mediated between Peru and Chile.", {"045"}, "KEN", "PER", "actual"),
    # 05 diplomatic cooperation
    ("Norway praised Chile for its reforms.", {"051"}, "NOR", "CHL", "actual"),
    ("Peru recognized Kenya.", {"054"}, "PER", "KEN", "actual"),
    ("Chile apologized to Peru.", {"055"}, "CHL", "PER", "actual"),
    ("Norway and Kenya signed a trade agreement.", {"057"}, "NOR", "KEN", "actual"),
    ("A peace agreement was signed by Peru and Chile.", {"057"}, "PER", "CHL", "actual"),
    ("Norway and Kenya did not sign the agreement.", {"057"}, "NOR", "KEN", "negated"),
    # 06 material cooperation
    ("Norway shared intelligence with Kenya.", {"064"}, "NOR", "KEN", "actual"),
    ("Peru extradited the suspect to Chile.", {"063"}, "PER", "CHL", "actual"),
    ("Kenya and Peru held joint military exercises.", {"062"}, "KEN", "PER", "actual"),
    ("Chile cooperated with Peru on trade.", {"061"}, "CHL", "PER", "actual"),
    # 07 provide aid
    ("Norway sent humanitarian aid to Kenya.", {"073"}, "NOR", "KEN", "actual"),
    ("Peru provided military aid to Chile.", {"072"}, "PER", "CHL", "actual"),
    ("Aid was delivered to Kenya by Norway.", {"070"}, "NOR", "KEN", "actual"),
    ("Norway granted asylum to Chilean opposition leaders.", {"075"}, "NOR", "CHLOPP", "actual"),
    ("Chile pledged humanitarian aid to Kenya.", {"0333"}, "CHL", "KEN", "intent"),
    # 08 yield
    ("Chile withdrew its troops from Peru.", {"0874"}, "CHL", "PER", "actual"),
    ("Norway lifted sanctions on Kenya.", {"085"}, "NOR", "KEN", "actual"),
    ("Peru released Chilean prisoners.", {"0841"}, "PER", "CHL", "actual"),
    ("Kenya declared a ceasefire with Peru.", {"0871"}, "KEN", "PER", "actual"),
    ("Peru did not release Chilean prisoners.", {"0841"}, "PER", "CHL", "negated"),
    # 09 investigate
    ("Norway investigated corruption allegations against Kenyan officials.", {"091"}, "NOR", "KENGOV", "actual"),
    ("Peru launched an investigation into the Chilean airstrike.", {"093"}, "PER", "CHL", "actual"),
    ("Kenya is investigating Peru.", {"090"}, "KEN", "PER", "actual"),
    # 10 demand
    ("Peru demanded the release of Chilean prisoners.", {"1053"}, "PER", "CHL", "actual"),
    ("Kenya demanded that Norway withdraw its troops.", {"1056"}, "KEN", "NOR", "actual"),
    ("Chile demands talks with Peru.", {"106"}, "CHL", "PER", "actual"),
    ("Norway's withdrawal was demanded by Kenya.", {"1056"}, "KEN", "NOR", "actual"),
    ("Chile did not demand compensation from Peru.", {"100"}, "CHL", "PER", "negated"),
    # 11 disapprove
    ("Norway condemned the Kenyan attack.", {"111"}, "NOR", "KEN", "actual"),
    ("Peru accused Chile of espionage.", {"1125"}, "PER", "CHL", "actual"),
    ("Chile was criticized by Norway.", {"111"}, "NOR", "CHL", "actual"),
    ("Kenya filed a complaint against Peru.", {"114"}, "KEN", "PER", "actual"),
    ("Norway's condemnation of Chile came quickly.", {"111"}, "NOR", "CHL", "actual"),
    # 12 reject
    ("Peru rejected Chile's proposal for talks.", {"125"}, "PER", "CHL", "actual"),
    ("Kenya refused to release Norwegian soldiers.", {"1243"}, "KEN", "NORMIL", "actual"),
    ("Norway vetoed the resolution on Chile.", {"129"}, "NOR", "CHL", "actual"),
    ("Chile rejected the accusation by Peru.", {"120"}, "CHL", "PER", "actual"),
    # 13 threaten
    ("Norway threatened to impose sanctions on Kenya.", {"1312"}, "NOR", "KEN", "actual"),
    ("Peru threatened to attack Chile.", {"1384"}, "PER", "CHL", "actual"),
    ("Kenya issued an ultimatum to Peru.", {"139"}, "KEN", "PER", "actual"),
    ("Chile vowed to bomb Peru.", {"1384"}, "CHL", "PER", "intent"),
    # 14 protest
    ("Kenyan protesters demonstrated against Norway.", {"141"}, "KENOPP", "NOR", "actual"),
    ("Peruvian farmers blocked the border with Chile.", {"144"}, "PERAGR", "CHL", "actual"),
    ("Thousands of Peruvian students protested in Lima.", {"140"}, "PEREDU", None, "actual"),
    # 15 exhibit force posture
    ("Norway deployed troops to its border with Kenya.", {"154"}, "NOR", "KEN", "actual"),
    ("Peru put its army on high alert.", {"152"}, "PER", None, "actual"),
    ("Chile mobilized troops along the border with Peru.", {"154"}, "CHL", None, "actual"),
    # 16 reduce relations
    ("Kenya cut diplomatic ties with Peru.", {"161"}, "KEN", "PER", "actual"),
    ("Norway imposed sanctions on Chile.", {"163"}, "NOR", "CHL", "actual"),
    ("Chile suspended talks with Peru.", {"164"}, "CHL", "PER", "actual"),
    ("Sanctions were imposed on Kenya by Norway.", {"163"}, "NOR", "KEN", "actual"),
    ("Norwegian sanctions against Kenya took effect.", {"163"}, "NOR", "KEN", "actual"),
    # 17 coerce
    ("Peruvian police arrested Chilean activists.", {"173"}, "PERCOP", "CHLOPP", "actual"),
    ("Kenya expelled the Norwegian journalist.", {"174"}, "KEN", "NOR", "actual"),
    ("Chilean activists were detained by Peruvian police.", {"173"}, "PERCOP", "CHLOPP", "actual"),
    ("Norway seized the Kenyan tanker.", {"171"}, "NOR", "KEN", "actual"),
    # 18 assault
    ("Chilean rebels kidnapped two Peruvian soldiers.", {"181"}, "CHLREB", "PERMIL", "actual"),
    ("Kenyan militants carried out a car bombing against Norwegian troops.", {"1832"}, "KENREB", "NORMIL", "actual"),
    ("Peru assassinated the Chilean opposition leader.", {"186"}, "PER", "CHLOPP", "actual"),
    ("Norwegian guards tortured Kenyan prisoners.", {"1822"}, "NORMIL", "KEN", "actual"),
    # 19 fight
    ("Chilean jets bombed Peruvian positions.", {"195"}, "CHLMIL", "PERMIL", "actual"),
    ("Peru launched an airstrike on Chile.", {"195"}, "PER", "CHL", "actual"),
    ("Kenyan troops occupied the Norwegian town.", {"192"}, "KENMIL", "NOR", "actual"),
    ("Norway shelled Kenyan villages.", {"194"}, "NOR", "KEN", "actual"),
    ("Peru violated the ceasefire with Chile.", {"196"}, "PER", "CHL", "actual"),
    ("Kenya was attacked by Norway.", {"190"}, "NOR", "KEN", "actual"),
    ("Chile did not attack Peru.", {"190"}, "CHL", "PER", "negated"),
    # 20 unconventional mass violence
    ("Peruvian forces massacred Chilean villagers.", {"202"}, "PERMIL", "CHLCVL", "actual"),
    ("Kenya used chemical weapons against Norwegian troops.", {"2041"}, "KEN", "NORMIL", "actual"),
    ("Chile carried out ethnic cleansing of Peruvians.", {"203"}, "CHL", "PER", "actual"),
]


def _code(nlp, text):
    return code_events(article_with_actors(nlp, text, ACTORS))


@pytest.mark.parametrize("text,codes,source,target,mode", CASES, ids=[c[0][:40] for c in CASES])
def test_events_classes(nlp, text, codes, source, target, mode):
    article = _code(nlp, text)
    got = [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.mode) for e in article.events]
    match = [e for e in article.events if e.cameo in codes]
    assert match, f"no event with {codes}; got {got}"
    e = match[0]
    assert e.source is not None and e.source.code == source, got
    if target is None:
        assert e.target is None or e.target.code != source, got
    else:
        assert e.target is not None and e.target.code == target, got
    assert e.mode == mode, got


def test_events_classes_cover_every_root():
    roots = {next(iter(c[1]))[:2] for c in CASES}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for root in roots:
        assert sum(1 for c in CASES if next(iter(c[1]))[:2] == root) >= 3, root
