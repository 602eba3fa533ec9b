"""The seven relations on made-up sentences: one general rule family each, and negation."""

from conftest import named


def _rels(ex):
    out = set()
    for r in ex.relations:
        s = "ARTICLE" if r.subject is None else named(ex, r.subject)
        out.add((s, r.predicate, named(ex, r.object)))
    return out


def test_calls_on(read):
    ex = read("Row\n\nThe Law Society urged the Ministry of Justice to publish the review.")
    assert ("Law Society", "callsOn", "Ministry of Justice") in _rels(ex)


def test_criticises_by_verb_and_by_nominalisation(read):
    ex = read(
        "Row\n\nGreenpeace accused Shell of misleading investors.\n\n"
        "In a sharp rebuke to Shell, the Environment Agency said the spill was avoidable."
    )
    rels = _rels(ex)
    assert ("Greenpeace", "criticises", "Shell") in rels
    assert ("Environment Agency", "criticises", "Shell") in rels


def test_negated_statements_make_no_edge(read):
    ex = read("Row\n\nGreenpeace did not criticise Shell on Monday.")
    assert not [r for r in _rels(ex) if r[1] == "criticises"]


def test_hedged_statements_make_no_edge(read):
    ex = read("Row\n\nThe Law Society may urge the Ministry of Justice to act. "
              "If Greenpeace criticised Shell, nobody noticed.")
    assert not [r for r in _rels(ex) if r[1] in ("callsOn", "criticises")]


def test_reports_to_by_verb(read):
    ex = read("Leak\n\nThe hospital trust reported the breach to the Information Commissioner's Office (ICO) on Monday. "
              "Barts Health said it had also referred the case to the National Cyber Security Centre.")
    rels = _rels(ex)
    assert ("Barts Health", "reportsTo", "National Cyber Security Centre") in rels


def test_cites_according_to_and_figures(read):
    ex = read("Data\n\nCrime rose by 12 per cent last year, according to the Office for National Statistics. "
              "\n\nThe Resolution Foundation estimated that 1.2 million families were worse off.")
    rels = _rels(ex)
    assert ("ARTICLE", "cites", "Office for National Statistics") in rels
    assert ("ARTICLE", "cites", "Resolution Foundation") in rels


def test_works_for_from_appositions_and_titles(read):
    ex = read("People\n\nMaria Lopez, the chief executive of Northwind Bank, resigned. "
              "\n\nHarbour Police Chief Inspector Sam Wood said nothing.")
    rels = {(s, p, o) for s, p, o in _rels(ex)}
    assert ("Maria Lopez", "worksFor", "Northwind Bank") in rels
    assert ("Chief Inspector Sam Wood", "worksFor", "Harbour Police") in rels
    roles = {r.role for r in ex.relations if r.predicate == "worksFor"}
    assert "chief executive" in roles


def test_owns_from_relative_clause_hyphen_and_possessive_apposition(read):
    ex = read("Deal\n\nYouTube, which is owned by Google, changed its rules. "
              "\n\nAlphabet's subsidiaries, Waymo and Verily, grew. The Amazon-owned service Twitch also grew.")
    rels = _rels(ex)
    assert ("Google", "owns", "YouTube") in rels
    assert ("Alphabet", "owns", "Waymo") in rels and ("Alphabet", "owns", "Verily") in rels


def test_partners_with(read):
    ex = read("Joint\n\nThe Metropolitan Police is working in partnership with the National Crime Agency on the case.")
    assert ("Metropolitan Police", "partnersWith", "National Crime Agency") in _rels(ex)


def test_relation_inside_a_quotation_belongs_to_the_speaker(read):
    ex = read("Row\n\nA spokeswoman for Unison said: “We are asking the Department of Health to think again about this.”")
    assert ("Unison", "callsOn", "Department of Health") in _rels(ex)


def test_every_relation_has_evidence_inside_the_text(read):
    text = "Row\n\nThe Law Society urged the Ministry of Justice to publish the review."
    ex = read(text)
    for r in ex.relations:
        ev = r.evidence
        assert text[ev.start : ev.end] == ev.sentence
        assert ev.rule and 0 < ev.confidence <= 1


def test_fragments_without_a_verb_finish(read):
    """A noun-rooted fragment once sent the nominalisation rule climbing a root forever."""
    ex = read("Row\n\nA direct challenge to Shell.\n\nReferrals of cases to the Serious Fraud Office.")
    assert ex.article.id == "t1"


def test_conjoined_subjects_and_objects_each_get_the_edge(read):
    ex = read("Breach\n\nNorthwind Bank and the Harbour Trust reported the breach to the Financial Conduct Authority. "
              "\n\nTarn Industries is working with the Kestrel Foundation and the Brightway Trust.")
    rels = _rels(ex)
    assert ("Northwind Bank", "reportsTo", "Financial Conduct Authority") in rels
    assert ("Harbour Trust", "reportsTo", "Financial Conduct Authority") in rels
    assert ("Tarn Industries", "partnersWith", "Kestrel Foundation") in rels
    assert ("Tarn Industries", "partnersWith", "Brightway Trust") in rels


def test_its_title_resolves_to_the_body_named_before(read):
    ex = read("Board\n\nNorthwind Bank reported a loss. Its chief executive Ann Bell apologised.")
    assert ("Ann Bell", "worksFor", "Northwind Bank") in _rels(ex)


def test_a_figure_someone_states_is_cited_from_them(read):
    ex = read("Jobs\n\nThe Harbour Chamber of Commerce said 1,200 jobs had been lost in the town since March.")
    assert ("ARTICLE", "cites", "Harbour Chamber of Commerce") in _rels(ex)
    stated = [f for f in ex.figures if f.stated_by is not None]
    assert stated and all(named(ex, f.stated_by) == "Harbour Chamber of Commerce" for f in stated)


def test_no_one_criticises_the_body_the_article_says_they_work_for(read):
    ex = read("Schools\n\nJane Roe leads the Savers Union. \u201cThe council has completely failed our children,\u201d said Jane Roe.\n\n"
              "Tom Reid, the chairman of the Westbrook Trust, said Northwind Bank had misled its customers.")
    crit = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "criticises"}
    works = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "worksFor"}
    assert ("Jane Roe", "Savers Union") in works and ("Jane Roe", "Savers Union") not in crit
    assert ("Tom Reid", "Northwind Bank") in crit


def test_the_body_worked_for_is_the_same_under_its_acronym(read):
    ex = read("Fraud\n\nJane Roe, chief executive of the Harbour Savings Authority (HSA), spoke on Monday. "
              "Ms Roe said the HSA had been complacent about fraud.")
    crit = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "criticises"}
    assert ("Jane Roe", "Harbour Savings Authority") in {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations}
    assert not {o for s, o in crit if s == "Jane Roe"} & {"HSA", "Harbour Savings Authority"}


def test_a_description_subject_is_the_person_the_passage_is_about(read):
    # "the 31-year-old" and "the Hungarian" are mentions of the person they describe, whatever the verb
    ex = read(
        "Cup\n\nOn Tuesday, Hungarian Pavel Ostrenko beat Erik Lindqvist in four sets. Ostrenko had complained "
        "about the courts before the match.\n\nThe 31-year-old accused the Tennis Federation of ignoring the players."
    )
    assert any(s.endswith("Pavel Ostrenko") and p == "criticises" and o == "Tennis Federation" for s, p, o in _rels(ex))


def test_a_demonym_is_never_a_person_given_another_nation(read):
    # "the Swede" is not Ostrenko, whom the article calls Hungarian, though he is the passage's subject
    ex = read(
        "Cup\n\nOn Tuesday, Hungarian Pavel Ostrenko beat Erik Lindqvist in four sets. Ostrenko had complained "
        "about the courts before the match.\n\nThe Swede accused the Tennis Federation of ignoring the players."
    )
    rels = _rels(ex)
    assert not any(s.endswith("Pavel Ostrenko") for s, _, _ in rels)
    assert ("Erik Lindqvist", "criticises", "Tennis Federation") in rels


def test_a_description_under_a_persons_own_verb_is_someone_else(read):
    # "Lindqvist claims the former champion ...": of himself the writer would say "he"
    ex = read(
        "Cup\n\nErik Lindqvist beat Pavel Ostrenko in four sets on Tuesday.\n\n"
        "Lindqvist claims the former champion accused the Tennis Federation of ignoring the players."
    )
    assert ("Erik Lindqvist", "criticises", "Tennis Federation") not in _rels(ex)



def test_a_demonym_is_the_one_person_given_that_nation(read):
    # "the Scot" is Baird, the one person the article calls Scottish, not Lindqvist, the passage's subject
    ex = read(
        "Cup\n\nOn Tuesday, Scottish Alan Baird beat Erik Lindqvist in four sets. Lindqvist had complained "
        "about the courts before the match.\n\nThe Scot accused the Tennis Federation of ignoring the players."
    )
    rels = _rels(ex)
    assert any(s.endswith("Alan Baird") and p == "criticises" for s, p, _ in rels)
    assert ("Erik Lindqvist", "criticises", "Tennis Federation") not in rels


def test_an_age_stays_with_the_person_it_was_first_read_as(read):
    # the second "28-year-old" is Verhaar again, though the sentence before it is about his coach
    ex = read(
        "Athletics\n\nJonas Verhaar is confident he can win the title in Madrid.\n\n"
        "The 28-year-old has been in great form in recent weeks. New coach Tom Lester has changed the training plan. "
        "The 28-year-old runner accused the Athletics Federation of ignoring the athletes."
    )
    rels = _rels(ex)
    assert ("Jonas Verhaar", "criticises", "Athletics Federation") in rels
    assert ("Tom Lester", "criticises", "Athletics Federation") not in rels
