"""National governments on made-up text: a government implied by a post in it when the article
names none, which country a bare "the government" is, and no join of two countries' governments."""

from conftest import named

from graph.building.resolve import resolve


def _works(ex):
    # (the person by the last two words of the name: "Home Secretary Jane Roe" is Jane Roe)
    return {(" ".join(named(ex, r.subject).split()[-2:]), ex.mentions[r.object].key, r.role)
            for r in ex.relations if r.predicate == "worksFor"}


def _implied(ex):
    return [m for m in ex.mentions if m.rule == "implied-government" and m.kind == "name"]


def test_a_post_implies_the_government_of_the_country_whose_politics_the_article_names(read):
    ex = read("Row\n\nHome Secretary Jane Roe defended the plan. The Tories said it would fail. "
              "Labour MPs backed her in the Commons.")
    assert ("Jane Roe", "uk government", "Home Secretary") in {(s, k, r) for s, k, r in _works(ex)}
    gov = _implied(ex)
    assert len(gov) == 1 and gov[0].text == "Home Secretary Jane Roe"  # its evidence: the post that implies it
    res = resolve([ex])
    ent = next(e for e in res.entities if e.label == "UK government")
    assert not ent.aliases  # the post's words are no name of the government
    assert ("Home Secretary Jane Roe", "implied-by-post") in ent.merges


def test_no_government_is_implied_when_the_country_is_not_clear(read):
    # no party, legislature, seat or one country's post: which government the words do not say
    ex = read("Row\n\nFinance Minister Jane Roe defended the plan on Monday. Critics said it would fail.")
    assert not _implied(ex)
    assert not any(k.endswith("government") for _, k, _ in _works(ex))
    # the politics of two countries: none either
    ex = read("Visit\n\nFinance Minister Jane Roe met Republicans and the Tories on Monday.")
    assert not _implied(ex)


def test_no_government_is_implied_where_the_article_names_one(read):
    ex = read("Row\n\nThe Westmoor government backed the plan. Finance Minister Jane Roe said the Tories were wrong.")
    assert not _implied(ex)
    assert any(s == "Jane Roe" and k == "westmoor government" for s, k, _ in _works(ex))


def test_a_president_implies_no_government_and_takes_no_implied_one(read):
    ex = read("Talks\n\nPresident Sam Wood met the Tories. Chancellor Jane Roe said the talks went well.")
    works = _works(ex)
    assert ("Jane Roe", "uk government", "Chancellor") in works
    assert not any(s == "Sam Wood" for s, _, _ in works)


def test_an_implied_government_no_edge_needs_is_no_entity(read):
    ex = read("Row\n\nThe Tories met on Monday. The home secretary was not there.")
    assert all(m.kind != "name" for m in ex.mentions if m.rule == "implied-government")


def test_a_bare_government_is_the_country_whose_politics_the_article_names(read):
    # Varnia is named more often, but the parties are the UK's: the government is the UK's
    ex = read("Trade\n\nExports to Varnia rose. Varnia buys steel. The Tories and Labour agree "
              "that the government must back Varnia trade. Firms in Varnia and in France agree.")
    keys = {m.key for m in ex.mentions if m.rule == "country-government"}
    assert keys == {"uk government"}


def test_two_countries_governments_are_never_one(read):
    exs = [read("Aid\n\nThe government of India pledged aid.", article_id="a1"),
           read("Aid\n\nThe government of Indonesia pledged aid.", article_id="a2")]
    res = resolve(exs)
    labels = {e.label for e in res.entities}
    assert {"India government", "Indonesia government"} <= labels


def test_a_post_standing_alone_as_subject_is_the_person_the_passage_is_about(read):
    # (the mention table takes the last person named, Anna Kerr; the passage is about Varley)
    ex = read("Row\n\nJames Varley has spoken of his love for married publisher Anna Kerr for the first time. "
              "The home secretary described how it had hurt his family, but said he would stay. "
              "The Tories said he should quit.")
    assert any(s == "James Varley" and k == "uk government" and r == "home secretary" for s, k, r in _works(ex))


def _calls(ex):
    return {(named(ex, r.subject), ex.mentions[r.object].key) for r in ex.relations if r.predicate == "callsOn"}


def test_a_demand_that_a_bodys_plans_be_dropped_calls_on_the_body_and_its_backers_call_too(read):
    ex = read("Pubs\n\nOn Monday the Greenfield Party backed the Westmoor Party's demand that the Kestrel Council's "
              "plans be put on hold. The council said the plans would go ahead.")
    calls = {(s.removeprefix("the ").removeprefix("The "), k) for s, k in _calls(ex)}
    assert ("Westmoor Party", "kestrel council") in calls
    assert ("Greenfield Party", "kestrel council") in calls
    # a pronoun's thing names nobody new: "demanded that its plans be dropped" is no call on "its"
    ex = read("Pubs\n\nThe Westmoor Party repeated its demand that its own plans be put on hold.")
    assert not _calls(ex)


def _legislatures(ex):
    return {(m.text, m.key) for m in ex.mentions if m.rule == "bare-legislature" and m.kind == "name"}


def test_a_bare_capitalised_legislature_is_named_by_the_country_of_the_politics(read):
    ex = read("Career\n\nJane Roe said during her 20 years in Parliament she had seen the Tories "
              "come and go.")
    assert _legislatures(ex) == {("Parliament", "uk parliament")}
    # no country's politics named: the word alone is the body's name
    ex = read("Career\n\nJane Roe said during her 20 years in Parliament she had seen leaders come and go.")
    assert _legislatures(ex) == {("Parliament", "parliament")}


def test_a_legislature_word_that_refers_back_or_is_lower_case_is_no_bare_name(read):
    ex = read("Vote\n\nThe Kestrel Parliament met on Monday. Jane Roe told the Parliament she would resign.")
    assert not _legislatures(ex)
    ex = read("Vote\n\nJane Roe said a parliament would be set up in Varnia.")
    assert not _legislatures(ex)


def test_a_legislature_word_is_not_another_legislature_named_before(read):
    # "Congress" does not refer back to "the Senate": two bodies; a congress is no country's parliament
    ex = read("Vote\n\nJane Roe said the Senate voted against the plan. The Tories said Congress had failed.")
    assert ("Congress", "congress") in _legislatures(ex)


def test_a_name_as_a_government_post_implies_the_government_and_works_for_it(read):
    ex = read("Trust\n\nLib Dem leader Sam Pike said voters had lost faith in Tony Marlow as prime minister. "
              "The Tories disagreed.")
    assert ("Tony Marlow", "uk government", "prime minister") in _works(ex)
    gov = _implied(ex)
    assert len(gov) == 1 and gov[0].text == "Tony Marlow"


def test_a_nation_of_the_uk_counts_for_the_uk_in_which_government_is_meant(read):
    # England and Wales are the UK's: "the government" is not Switzerland's, the one sovereign state named
    ex = read("Tsar\n\nThe first children's commissioner for England has been appointed by the government. "
              "Education Secretary Jane Roe welcomed the choice. Scotland and Wales already have one. "
              "The new commissioner trained in Switzerland.")
    assert ("Jane Roe", "uk government", "Education Secretary") in _works(ex)
    assert not any(k == "switzerland government" for _, k, _ in _works(ex))
