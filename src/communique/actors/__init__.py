"""The actors stage: who is who in the article, with CAMEO codes and every mention.

Steps, in order (each in its own module):

1. :mod:`.names` - dictionary names (states, capitals, demonyms, seats of power,
   organisations, armed groups, office holders, user entries) via Aho-Corasick;
   :mod:`.publisher` - "we" outside quotes in a government's own release;
2. :mod:`.people` - people introduced with a title, nominal titles ("the top
   Iranian diplomat") and later surname mentions;
3. :mod:`.coref` - role phrases ("Turkish forces" -> TURMIL), "NATO member Turkey",
   "its own troops", opposition without a country, "the Council" after "the Security
   Council", "the ministry", "the Arab
   country" and pronouns;
4. :mod:`.peoples` - "Iraqi Kurds", "Darfur rebels", "thousands of Palestinians",
   home forces ("riot police") and opposition/rebel leaders coded from their sentence;
5. :mod:`.objects` - object pronouns ("congratulate her");
6. :mod:`.appositions` - unlisted people described after their name ("X, a
   spokesman for the Sudanese army");
7. :mod:`.unnamed` - "the president", "the foreign minister" with no country of
   their own take the one country the article is about;
8. :mod:`.targets` - cities struck by force ("missiles struck Kharkiv") as
   ``place`` mentions of their country.

Dictionaries and automata are built once per process for each set of user files.

>>> from communique.run import extract                           # doctest: +SKIP
>>> [a.code for a in extract("Russian troops entered Ukraine.").actors]  # doctest: +SKIP
['RUSMIL', 'RUS', 'UKR']
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..article import Actor, Article
from ..pipeline import register_stage
from . import appositions, coref, names, objects, people, peoples, publisher, targets, unnamed
from .dictionaries import Dictionaries, RoleWord, builtin
from .gazetteer import Gazetteer
from .user import load_user
from .work import Work

__all__ = ["find_actors", "make_actors", "resources"]


@lru_cache(maxsize=8)
def resources(user_files: tuple[str, ...] = ()) -> tuple[Dictionaries, Gazetteer]:
    """The dictionaries and automata for a set of user files (cached per process)."""
    base = builtin()
    if not user_files:
        return base, Gazetteer(base.entries, base.roles, base.areas, base.features)
    entries, roles = load_user(list(user_files), base)
    dicts = Dictionaries(entries=base.entries + entries, roles=_merge_roles(base.roles, roles),
                         holders=base.holders, regions=base.regions, states=base.states,
                        areas=base.areas, features=base.features)
    return dicts, Gazetteer(dicts.entries, dicts.roles, dicts.areas, dicts.features)


def _merge_roles(base: list[Any], user: list[Any]) -> list[Any]:
    """User role words replace built-in ones with the same text."""
    offices = {r.text: r.office for r in base if r.office}
    mine = {r.text for r in user}
    merged = [RoleWord(r.text, r.role, r.kind, r.office or offices.get(r.text), r.prefix, r.unattached)
              for r in user]
    return [r for r in base if r.text not in mine] + merged


def find_actors(text: str, doc: Any, published: Any, dicts: Dictionaries, gaz: Gazetteer,
                home: str | None = None) -> list[Actor]:
    """The actors of one text (``doc`` is its spaCy Doc, or None; ``home`` the
    publisher's country, :func:`.publisher.publisher_country`)."""
    work = Work(text, doc, published, dicts, gaz)
    names.add_names(work, home)
    publisher.first_person(work, home)
    roles = gaz.roles_in(text)
    people.titled_people(work, roles, home)
    coref.member_of(work)
    peoples.ethnic_peoples(work)
    peoples.regional_roles(work, roles)
    coref.role_phrases(work, roles, home)
    peoples.led_forces(work, roles)
    peoples.home_forces(work, roles)
    peoples.titled_fighters(work)
    peoples.title_of_state(work, roles)
    unnamed.office_titles(work, roles, home)
    unnamed.foreign_bodies(work, roles, home)
    peoples.counted_peoples(work)
    appositions.described_people(work, roles)
    appositions.titled_without_country(work)
    publisher.unplaced_officials(work, home)
    people.surnames(work)
    coref.ministry(work, roles)
    coref.short_forms(work)
    coref.nominal_states(work)
    coref.pronouns(work)
    objects.object_pronouns(work)
    coref.unattached(work, roles, home)
    targets.place_targets(work)
    peoples.transnational_groups(work, home)
    return work.actors()


@register_stage("actors", requires=("doc",), assigns=("actors",))
def make_actors(settings: dict[str, Any]) -> Any:
    files = tuple(str(p) for p in (settings.get("actors") or ()))
    dicts, gaz = resources(files)

    def actors(article: Article) -> Article:
        home = publisher.publisher_country(gaz, article.source)
        if home:
            article.meta["publisher"] = home
        article.actors = find_actors(article.text, article.doc, article.published, dicts, gaz, home)
        return article

    return actors
