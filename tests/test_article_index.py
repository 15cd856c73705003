"""The article's mention list and actor index follow changes to its actors."""

from communique.article import Actor, Article, Mention


def test_article_index_follows_added_actors_and_mentions():
    art = Article(text="Turkey and Syria met. Iran too.", id="t")
    turkey = Actor(id="A1", name="Turkey", code="TUR", mentions=[Mention(0, 6, "Turkey", "A1")])
    art.actors.append(turkey)
    assert [m.text for m in art.mentions] == ["Turkey"] and art.actor("A1") is turkey
    art.actors.append(Actor(id="A2", name="Syria", code="SYR", mentions=[Mention(11, 16, "Syria", "A2")]))
    turkey.mentions.append(Mention(22, 26, "Iran", "A1"))
    assert [m.text for m in art.mentions] == ["Turkey", "Syria", "Iran"]
    assert art.actor("A2").code == "SYR" and art.actor("A9") is None
    assert art.mention_at(12, 14).text == "Syria"
    assert [m.text for m in art.mentions_between(0, 17)] == ["Turkey", "Syria"]


def test_article_mentions_returns_a_copy():
    art = Article(text="Turkey", id="t")
    art.actors.append(Actor(id="A1", name="Turkey", code="TUR", mentions=[Mention(0, 6, "Turkey", "A1")]))
    art.mentions.clear()
    assert len(art.mentions) == 1


def test_article_index_follows_a_replaced_actor_list():
    art = Article(text="Turkey", id="t")
    art.actors = [Actor(id="A1", name="Turkey", code="TUR", mentions=[Mention(0, 6, "Turkey", "A1")])]
    assert art.actor("A1").code == "TUR"
    art.actors = [Actor(id="A1", name="Türkiye", code="TURGOV", mentions=[Mention(0, 6, "Turkey", "A1")])]
    assert art.actor("A1").code == "TURGOV"


def test_actor_ref_names_the_whole_actor_and_a_mention_ref_its_span():
    art = Article(text="Ankara said so.", id="t")
    turkey = Actor(id="A1", name="Turkey", code="TURGOV", mentions=[Mention(0, 6, "Ankara", "A1", code="TUR")])
    art.actors.append(turkey)
    whole = turkey.ref()
    assert (whole.actor, whole.code, whole.name, whole.span) == ("A1", "TURGOV", "Turkey", None)
    one = art.ref(turkey.mentions[0])
    assert (one.code, one.span) == ("TUR", (0, 6))
