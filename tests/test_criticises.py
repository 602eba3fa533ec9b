"""criticises on made-up text: verbs, nouns, and negative evaluation in what people say, with
the target found by the grammar of the clause (never the speaker, never a negated evaluation)."""

from conftest import named


def _crit(ex):
    return {("ARTICLE" if r.subject is None else named(ex, r.subject), named(ex, r.object))
            for r in ex.relations if r.predicate == "criticises"}


def test_verb_active_and_passive(read):
    ex = read("Row\n\nGreenpeace accused Northwind Oil of hiding the spill.\n\n"
              "Harbour Water Company was condemned by the Rivers Trust on Monday.")
    got = _crit(ex)
    assert ("Greenpeace", "Northwind Oil") in got
    assert ("Rivers Trust", "Harbour Water Company") in got


def test_noun_with_possessive_critic_and_from(read):
    ex = read("Row\n\nJane Roe's attack on Northwind Bank drew applause from savers.\n\n"
              "In a sharp rebuke to Harbour Water Company, the Rivers Trust said the river was dying.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Rivers Trust", "Harbour Water Company") in got


def test_quoted_negative_adjective_and_noun(read):
    ex = read("Savings\n\nJane Roe, who leads the Savers Union, was blunt.\n\n"
              "\u201cNorthwind Bank has been utterly irresponsible with the money of ordinary people,\u201d she said.\n\n"
              "\u201cThe merger plan of Westbrook Holdings is a disgrace and everyone in the town knows it,\u201d said Sam Wood.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Sam Wood", "Westbrook Holdings") in got


def test_negated_support_blames_the_subject(read):
    ex = read("River\n\n\u201cHarbour Water Company simply does not care about the river or the people who live by it,\u201d said Sam Wood.")
    assert ("Sam Wood", "Harbour Water Company") in _crit(ex)


def test_concern_about_a_body_or_its_plan(read):
    ex = read("Merger\n\nThe Competition Board said it had serious concerns about Northwind Bank's proposed takeover of a rival lender.")
    assert ("Competition Board", "Northwind Bank") in _crit(ex)


def test_stock_idiom_across_a_parenthesis(read):
    ex = read("Safety\n\n\u201cHarbour Water Company is paying, in my view, lip service to the safety of swimmers,\u201d said Jane Roe.")
    assert ("Jane Roe", "Harbour Water Company") in _crit(ex)


def test_warning_reported_before_the_verb(read):
    ex = read("Warning\n\nNorthwind Bank could become a haven for fraudsters, warns Jane Roe.")
    assert ("Jane Roe", "Northwind Bank") in _crit(ex)


def test_no_edge_for_negated_evaluation_speaker_self_or_subject_matter(read):
    ex = read("Bank\n\n\u201cNorthwind Bank was not irresponsible at any point in this affair,\u201d said Jane Roe.\n\n"
              "\u201cWe failed our customers and we are sorry for it,\u201d said Harbour Water Company in a statement.\n\n"
              "\u201cViolent crime in the city has risen sharply this year,\u201d said Sam Wood of Harbour Police.")
    assert _crit(ex) == set()


def test_target_is_the_subject_not_every_name_in_the_quotation(read):
    ex = read("Deal\n\n\u201cNorthwind Bank failed to protect its customers, unlike Harbour Mutual,\u201d said Jane Roe.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Jane Roe", "Harbour Mutual") not in got


def test_it_after_a_thing_is_that_thing_not_the_last_body_named(read):
    ex = read("Review\n\nNorthwind Bank published its accounts on Monday.\n\n"
              "The review found serious failings. It also concluded that Harbour Water Company had misled customers.")
    assert not any(c == "Northwind Bank" for c, _ in _crit(ex))


def test_he_in_a_quotation_is_not_the_speaker(read):
    ex = read("Debate\n\nSam Wood asked about the budget. But Jane Roe dismissed the question.\n\n"
              "\u201cWe balanced the books and he failed to, every single year he was in charge,\u201d she said.")
    got = _crit(ex)
    assert ("Jane Roe", "Sam Wood") in got
    assert ("Jane Roe", "Jane Roe") not in got


def test_a_fault_shown_or_made_is_its_doers(read):
    ex = read("Data\n\nThe Data Board said Northwind Bank had shown a reckless disregard for its customers.")
    assert ("Data Board", "Northwind Bank") in _crit(ex)


def test_phrasal_verbs_of_criticism(read):
    ex = read("Row\n\nJane Roe hit out at Northwind Bank over its fees. Sam Wood rounded on the Westmoor Council. "
              "Harbour Water Company took a swipe at Ocean Foods.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Sam Wood", "Westmoor Council") in got
    assert ("Harbour Water Company", "Ocean Foods") in got


def test_criticising_a_bodys_plans_or_decision_criticises_the_body(read):
    ex = read("Branches\n\nJane Roe attacked Northwind Bank's plans to close branches. "
              "The Rivers Trust condemned the decision by Harbour Water Company to raise bills.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Rivers Trust", "Harbour Water Company") in got


def test_described_or_called_with_a_negative_word(read):
    ex = read("Plan\n\nJane Roe called Northwind Bank's plan reckless. Sam Wood described the Westmoor Council as a disgrace. "
              "Tom Reed described Harbour Water Company as a good employer.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Sam Wood", "Westmoor Council") in got
    assert not any(c == "Tom Reed" for c, _ in got)


def test_fault_placed_with_a_body_and_negated_virtues(read):
    ex = read("Post\n\n\u201cWe sent out the papers. The problem is with Northwind Post,\u201d said Jane Roe. "
              "Harbour Party officials argue that Sam Wood has not been honest with voters.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Post") in got
    assert ("Harbour Party", "Sam Wood") in got


def test_negated_virtue_from_the_lexicons(read):
    # "wise", "careful" come from wn_positive_conduct.txt (sentiment lexicons x WordNet conduct attributes)
    ex = read("Port\n\n\u201cThe Harbour Board has not been wise with the port's money,\u201d said Jane Roe.\n\n"
              "Sam Wood said Northwind Ferries was not careful enough with its old boats.\n\n"
              "\u201cThe Gatley Rail Company is not responsible for the storm damage,\u201d said Tom Reed.\n\n"
              "\u201cWestmoor Council was wise to wait,\u201d said Ann Pell.")
    got = _crit(ex)
    assert ("Jane Roe", "Harbour Board") in got
    assert ("Sam Wood", "Northwind Ferries") in got
    assert not any(c in ("Tom Reed", "Ann Pell") for c, _ in got)


def test_vice_antonym_of_a_virtue(read):
    # "foolish", "unreliable" come from wn_conduct_vices.txt (WordNet antonyms of the good-conduct adjectives)
    ex = read("Port\n\n\u201cThe Harbour Board has been foolish with the port's money,\u201d said Jane Roe.\n\n"
              "Sam Wood said Northwind Ferries was unreliable.\n\n"
              "\u201cWestmoor Council was not foolish to wait,\u201d said Ann Pell.")
    got = _crit(ex)
    assert ("Jane Roe", "Harbour Board") in got
    assert ("Sam Wood", "Northwind Ferries") in got
    assert not any(c == "Ann Pell" for c, _ in got)


def test_a_quality_of_conduct_wanting_in_its_holder(read):
    # "courage", "honesty" come from wn_virtue_nouns.txt; "judgement", "leadership" from conduct_quality_nouns.txt
    ex = read("Port\n\n\u201cThe Harbour Board lacks the courage to close the old dock,\u201d said Jane Roe.\n\n"
              "Sam Wood said Northwind Ferries had shown a lack of leadership.\n\n"
              "Tom Reed said he regretted Westmoor Council's lack of honesty.\n\n"
              "\u201cWe lacked courage in the second half,\u201d said Ann Pell of the Gatley Rovers.\n\n"
              "\u201cThe Lowmoor Trust does not lack courage,\u201d said Ian Moss.")
    got = _crit(ex)
    assert ("Jane Roe", "Harbour Board") in got
    assert ("Sam Wood", "Northwind Ferries") in got
    assert ("Tom Reed", "Westmoor Council") in got
    assert not any(c in ("Ann Pell", "Ian Moss") for c, _ in got)


def test_a_country_criticised_or_urged_by_name_stands_for_its_state(read):
    ex = read("Climate\n\nJane Roe criticised the US for ignoring the reports. Sam Wood is pressing the US to cut emissions.")
    got = _crit(ex)
    assert ("Jane Roe", "US") in got
    assert any(r.predicate == "callsOn" and named(ex, r.object) == "US" for r in ex.relations)


def test_worry_for_someones_wellbeing_or_an_outlet_spoken_to_is_no_criticism(read):
    ex = read("Detainees\n\nJane Roe, the lawyer for the men, told Northwind News she remained very concerned about "
              "their psychological state.")
    assert _crit(ex) == set()


def test_it_after_a_thing_named_with_this_is_that_thing(read):
    ex = read("Divide\n\nNorthwind Telecom published a report. \u201cIf we don't address this problem now, it will get "
              "a lot worse,\u201d said Jane Roe.")
    assert ("Jane Roe", "Northwind Telecom") not in _crit(ex)


def test_insults_aimed_at_someone_are_the_shouters(read):
    ex = read("Plant\n\nThe Harbour Post also said that Sam Wood and other union bosses shouted insults at Northwind Motors "
              "chairman Jane Roe after the meeting.")
    got = _crit(ex)
    assert ("Sam Wood", "Jane Roe") in got
    assert not any(c == "Harbour Post" for c, _ in got)


def test_someone_elses_worry_is_not_the_speakers_criticism(read):
    ex = read("Show\n\n\u201cI will talk about the movies. I'm sure Northwind TV might be more worried about it than me,\u201d said Jane Roe.")
    assert _crit(ex) == set()


def test_it_is_unacceptable_judges_a_situation(read):
    ex = read("Camp\n\nNorthwind Security runs the camp. Referring to the detentions, Jane Roe told reporters: \u201cIt is utterly unacceptable.\u201d")
    assert _crit(ex) == set()


def test_a_gerund_after_of_has_no_critic_above_it(read):
    ex = read("Match\n\nHarbour City FC, stripped of attacking talent such as Sam Wood and Tom Reed, drew 0-0.")
    assert _crit(ex) == set()


def test_considering_someones_concerns_as_improper(read):
    ex = read("Emails\n\nTom Reed wrote he considered some of Jane Roe's concerns as inappropriately injecting politics into the matter.")
    assert ("Tom Reed", "Jane Roe") in _crit(ex)


def test_they_in_what_a_group_says_is_the_group(read):
    ex = read("Ban\n\nHarbour Square was full on Monday. Many pro-hunt activists remained defiant, saying they would ignore the ban.")
    assert _crit(ex) == set()


def test_described_as_with_adjectives_after_as(read):
    ex = read("Row\n\nChairman Tom Reed described Sam Wood's behaviour as \u201ctotally unacceptable and totally unprofessional\u201d.")
    assert any(c.endswith("Tom Reed") and t == "Sam Wood" for c, t in _crit(ex))


def test_accusing_each_other(read):
    ex = read("Aid\n\nBoth Greenpeace and Shell accuse each other of misleading the public.")
    got = _crit(ex)
    assert ("Greenpeace", "Shell") in got
    assert ("Shell", "Greenpeace") in got


def test_a_body_that_has_done_nothing(read):
    ex = read("Help\n\nJane Roe said the Harbour Party has done nothing to help families.")
    assert ("Jane Roe", "Harbour Party") in _crit(ex)


def test_a_criticism_someone_is_asked_to_make_is_not_theirs(read):
    ex = read("Asylum\n\nJane Roe called on Sam Wood to denounce the suggestion that Britain was being tested.")
    assert _crit(ex) == set()


def test_a_country_adjective_is_no_state(read):
    ex = read("Empire\n\nHarbour Party MEP Jane Roe attacked German plans for an empire.")
    assert not any(t.startswith("German") for _, t in _crit(ex))


def test_a_dispute_at_a_forum_criticises_nobody(read):
    ex = read("Trade\n\nJane Roe said the two sides hoped to avoid resolving the dispute at the World Trade Organisation.")
    assert _crit(ex) == set()


def test_an_epithet_on_a_name_in_reported_speech_is_the_reporters(read):
    ex = read("Agency\n\nBut Jane Roe said replacing the controversial Westmoor Agency would be the nuclear option.")
    assert _crit(ex) == set()


def test_formal_blame_fines_suits_and_prosecutions(read):
    ex = read("Penalties\n\nThe Environment Agency fined Harbour Water £2m for the leak.\n\n"
              "Westbrook Holdings was fined £5m by the Financial Conduct Authority.\n\n"
              "Greenpeace is suing Northwind Oil over the spill.\n\n"
              "Eastgate Energy was prosecuted by the Crown Prosecution Service last year.")
    got = _crit(ex)
    assert ("Environment Agency", "Harbour Water") in got
    assert ("Financial Conduct Authority", "Westbrook Holdings") in got
    assert ("Greenpeace", "Northwind Oil") in got
    assert ("Crown Prosecution Service", "Eastgate Energy") in got


def test_a_suit_threatened_or_possible_blames_nobody_yet(read):
    ex = read("Threats\n\nJane Roe said Greenpeace could sue Westbrook Holdings.\n\n"
              "Friends of the Earth threatened to sue Eastgate Energy.")
    assert _crit(ex) == set()


def test_criticism_received_by_its_target(read):
    ex = read("Row\n\nNorthwind Oil faced fierce criticism from Greenpeace over the spill.\n\n"
              "The plan of Westbrook Holdings has come under fire from the Rivers Trust.\n\n"
              "Responding to criticism from the Westmoor Trust, Eastgate Energy said it had cut emissions.")
    got = _crit(ex)
    assert ("Greenpeace", "Northwind Oil") in got
    assert ("Rivers Trust", "Westbrook Holdings") in got
    assert ("Westmoor Trust", "Eastgate Energy") in got
    assert ("Northwind Oil", "Greenpeace") not in got


def test_fire_that_is_no_criticism(read):
    ex = read("Blaze\n\nWestbrook Holdings faced a fire from the Eastgate Energy plant next door.")
    assert _crit(ex) == set()


def test_concern_or_doubt_expressed_in_the_narrators_voice(read):
    ex = read("Row\n\nGreenpeace expressed doubts over Northwind Oil's safety record.\n\n"
              "The Rivers Trust has raised concerns about the plans of Eastgate Energy.\n\n"
              "Jane Roe voiced concern about the health of Sam Wood.\n\n"
              "The Westmoor Trust did not express concern about Westbrook Holdings.")
    got = _crit(ex)
    assert ("Greenpeace", "Northwind Oil") in got
    assert ("Rivers Trust", "Eastgate Energy") in got
    assert not any(t in ("Sam Wood", "Westbrook Holdings") for _, t in got)


def test_a_speech_or_report_criticising_someone_is_its_makers(read):
    ex = read("Row\n\nHarbour Party chairman Jane Roe opened the conference with a speech criticising Sam Wood's record.\n\n"
              "A report by the Westmoor Society condemning Eastgate Energy was published on Monday.")
    got = _crit(ex)
    assert ("Jane Roe", "Sam Wood") in got
    assert ("Westmoor Society", "Eastgate Energy") in got


def test_a_countrys_officials_stand_for_its_state(read):
    ex = read("Row\n\nOxfam accused Kenya's officials of lying about the aid.\n\nJane Roe met US officials in Paris.")
    got = _crit(ex)
    assert ("Oxfam", "Kenya") in got
    assert not any(c == "Jane Roe" for c, _ in got)


def test_a_criticism_turned_away_by_its_target(read):
    ex = read("Row\n\nSam Wood rejected criticism from Jane Roe.\n\n"
              "Eastgate Energy denied accusations by Greenpeace that it had polluted the river.")
    got = _crit(ex)
    assert ("Jane Roe", "Sam Wood") in got and ("Greenpeace", "Eastgate Energy") in got
    assert ("Sam Wood", "Jane Roe") not in got and ("Eastgate Energy", "Greenpeace") not in got


def test_a_denied_fault_is_no_criticism(read):
    ex = read("Scams\n\nTom Reid of the Lumio Trust said: \u201cIt is not the fault of Acme Bank, and at last they are doing something about it.\u201d\n\n"
              "Jane Roe said there was no criticism of Westbrook Holdings in the report.")
    got = _crit(ex)
    assert ("Tom Reid", "Acme Bank") not in got and ("Lumio Trust", "Acme Bank") not in got
    assert not any(o == "Westbrook Holdings" for _, o in got)


def test_the_one_warned_is_a_hearer_when_the_warning_says_what_about(read):
    ex = read("Climate\n\nThe Rivers Trust is warning a committee of the Harbour Council that the river could be dead within a decade.\n\n"
              "The Rivers Trust warned the Westbrook Council of a coming flood.\n\n"
              "The regulator Ofwat warned Harbour Water Company over its leaks.\n\n"
              "Tom Reid warned the Savers Union that its strikes would put patients at risk.")
    got = _crit(ex)
    assert not any(o in ("Harbour Council", "Westbrook Council") for _, o in got)
    assert ("Ofwat", "Harbour Water Company") in got
    assert ("Tom Reid", "Savers Union") in got


def test_a_criticism_given_up_or_asked_to_stop_is_none(read):
    ex = read("Scams\n\nTom Reid said: \u201cStop blaming Acme Bank for this.\u201d\n\n"
              "Jane Roe wants to criticise Westbrook Holdings at the meeting.")
    got = _crit(ex)
    assert not any(o in ("Acme Bank", "Westbrook Holdings") for _, o in got)


def test_a_name_modifying_the_thing_criticised_is_its_owner(read):
    ex = read("Policing\n\nJane Roe criticised the Westbrook Council decision on parking. "
              "The Savers Union attacked the Northwind Bank plans. Sam Wood criticised the London weather.")
    got = _crit(ex)
    assert ("Jane Roe", "Westbrook Council") in got
    assert ("Savers Union", "Northwind Bank") in got
    assert not any(o == "London" for _, o in got)


def test_an_idioms_cue_is_the_whole_idiom(read):
    """The evidence of a criticism read from a stock idiom shows the idiom as its cue, not one word of it."""
    ex = read("Row\n\n\u201cNorthwind Bank is paying, in my view, lip service to the savers,\u201d said Sam Wood.")
    rel = next(r for r in ex.relations if r.predicate == "criticises")
    ev = rel.evidence
    assert ex.article.text[ev.cue_start : ev.cue_end] == "paying, in my view, lip service"


def test_a_stance_against_someone(read):
    ex = read("Bank row\n\nJane Roe has been highly critical of Northwind Bank. Tom Reid, a fierce critic of Westbrook Holdings, spoke. "
              "The Savers Union is opposed to the plans of Acme Bank. Sam Wood said he was disappointed by Harbour Water Company.\n\n"
              "The Rivers Trust is not critical of Ocean Foods Ltd.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Tom Reid", "Westbrook Holdings") in got
    assert ("Savers Union", "Acme Bank") in got
    assert ("Sam Wood", "Harbour Water Company") in got
    assert not any(o == "Ocean Foods Ltd" for _, o in got)


def test_to_blame_and_a_thing_made_by_someone(read):
    ex = read("Bank row\n\nJane Roe said Northwind Bank was to blame for the losses. Tom Reid said Acme Bank was not to blame.\n\n"
              "Sam Wood said the fees charged by Westbrook Holdings were unfair.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Tom Reid", "Acme Bank") not in got
    assert ("Sam Wood", "Westbrook Holdings") in got


def test_a_stance_only_reported_and_people_of_a_body_are_not_the_body(read):
    ex = read("Football\n\nSam Wood was angry at reports that he had been critical of Jane Roe.\n\n"
              "Tom Reid warned that Westbrook Party members would not easily forgive the disloyal leaders.")
    got = _crit(ex)
    assert ("Sam Wood", "Jane Roe") not in got
    assert not any(o == "Westbrook Party" for _, o in got)


def test_broken_commitment_blames_whoever_broke_it(read):
    ex = read("Pay\n\nJane Roe said Northwind Bank had broken its promises to savers.\n\n"
              "Sam Wood said Harbour Water Company broke the record for clean rivers.\n\n"
              "Ann Lee said Westbrook Holdings had not broken its pledge.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Sam Wood", "Harbour Water Company") not in got  # a record is no commitment
    assert ("Ann Lee", "Westbrook Holdings") not in got  # negated


def test_should_be_ashamed_blames_but_embarrassment_is_a_feeling(read):
    ex = read("Pay\n\nJane Roe said Northwind Bank should be ashamed.\n\n"
              "Sam Wood said Harbour Water Company was embarrassed by the delay.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Sam Wood", "Harbour Water Company") not in got


def test_predicate_idiom_and_let_down_by_the_agent(read):
    ex = read("Pay\n\nJane Roe said Northwind Bank was out of touch.\n\n"
              "Sam Wood said savers had been let down by Harbour Water Company.\n\n"
              "Ann Lee said Westbrook Holdings had let down its customers.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Sam Wood", "Harbour Water Company") in got
    assert ("Ann Lee", "Westbrook Holdings") in got


def test_adjective_fronted_by_how(read):
    ex = read("Pay\n\nJane Roe said the union would show how childish Northwind Bank was.\n\n"
              "Tom Hale said his party would use every chance to show how \"juvenile\" Ann Lee and Sam Wood were.\n\n"
              "Sam Wood said how juvenile offenders were treated by Harbour Water Company mattered.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Tom Hale", "Ann Lee") in got and ("Tom Hale", "Sam Wood") in got  # the parser's epithet is the predicate
    assert ("Sam Wood", "Harbour Water Company") not in got  # "juvenile offenders": a kind, not a judgement


def test_a_body_said_to_be_divided_against_itself(read):
    ex = read("Pay\n\nJane Roe said: \u201cNorthwind Bank is clearly split at the top.\u201d\n\n"
              "Sam Wood said Harbour Water Company was split into two companies.\n\n"
              "Ann Lee said Westbrook Holdings is not divided.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Sam Wood", "Harbour Water Company") not in got  # parts named: a restructuring
    assert ("Ann Lee", "Westbrook Holdings") not in got


def test_lying_down_is_a_posture(read):
    ex = read("Pay\n\nJane Roe said: \u201cI believe the rest of Northwind Bank will not take this lying down.\u201d\n\n"
              "Sam Wood said Harbour Water Company was lying.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") not in got
    assert ("Sam Wood", "Harbour Water Company") in got


def test_criticised_through_a_relative_pronoun(read):
    ex = read("Pay\n\nNorthwind Bank faces pressure to drop its fee rules, which the Savers Union has blamed for a surge in complaints.\n\n"
              "Harbour Water Company, which Jane Roe criticised, is owned by Westbrook Holdings.")
    got = _crit(ex)
    assert ("Savers Union", "Northwind Bank") in got  # the rules are the bank's
    assert ("Jane Roe", "Harbour Water Company") in got
    assert ("Jane Roe", "Westbrook Holdings") not in got


def test_subjectless_passive_blames_the_subject_it_hangs_on(read):
    ex = read("Fine\n\nJane Roe is furious after being fined by the Savers Union for her comments.\n\n"
              "After being criticised by Northwind Bank, Tom Hale resigned.\n\n"
              "Ann Lee was angry at being accused by Westbrook Holdings of lying.")
    got = _crit(ex)
    assert ("Savers Union", "Jane Roe") in got
    assert ("Northwind Bank", "Tom Hale") in got
    assert ("Westbrook Holdings", "Ann Lee") in got


def test_a_finite_verb_after_an_infinitive_keeps_the_clause_subject(read):
    ex = read("Pay\n\nNorthwind Bank has had the chance to tackle the problems facing savers and has failed, Jane Roe said.")
    assert ("Jane Roe", "Northwind Bank") in _crit(ex)


def test_metaphors_of_attack_for_hostile_questioning_and_scorn(read):
    ex = read("Hearing\n\nJane Roe used her time at the hearing to grill Bob Smith about the audit. "
              "Northwind Bank was pilloried by Ann Lee. The chef grilled the fish.")
    crit = _crit(ex)
    assert ("Jane Roe", "Bob Smith") in crit
    assert ("Ann Lee", "Northwind Bank") in crit


def test_more_phrasal_verbs_and_a_fault_blamed_on_someone(read):
    ex = read("Banks\n\nJane Roe tore into Northwind Bank on Monday. Bob Smith had a go at Tarn Council in his speech. "
              "Ann Lee blamed the closures on Harbour Trust. Tom Reid had a go at cooking.")
    crit = _crit(ex)
    assert {("Jane Roe", "Northwind Bank"), ("Bob Smith", "Tarn Council"), ("Ann Lee", "Harbour Trust")} <= crit
    assert not any(s == "Tom Reid" for s, _ in crit)


def test_critics_named_by_possessive_or_title_and_criticism_that_came_from_someone(read):
    ex = read("Critics\n\nJane Roe, Northwind Bank's fiercest critic, spoke. Tarn Council critic Bob Smith spoke too. "
              "Criticism of Harbour Trust has come from Ann Lee. Kestrel Foundation came in for criticism from Tom Reid. "
              "Sam Wood filed a lawsuit against Westbrook Council.")
    crit = _crit(ex)
    assert {("Jane Roe", "Northwind Bank"), ("Bob Smith", "Tarn Council"), ("Ann Lee", "Harbour Trust"),
            ("Tom Reid", "Kestrel Foundation"), ("Sam Wood", "Westbrook Council")} <= crit
    works = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "worksFor"}
    assert not {("Jane Roe", "Northwind Bank"), ("Bob Smith", "Tarn Council")} & works


def test_having_no_qualms_about_harm(read):
    ex = read("Attack\n\n“Kestrel Group is ruthless and it has no qualms about cutting pensions,” Jane Roe said.")
    assert ("Jane Roe", "Kestrel Group") in _crit(ex)


def test_the_manner_of_acting_judged(read):
    ex = read("Advice\n\n“These revelations show the reckless way in which Northwind Bank operates,” said Jane Roe. "
              "“It is a terrible way to treat customers,” said Bob Smith.")
    crit = _crit(ex)
    assert ("Jane Roe", "Northwind Bank") in crit
    assert not any(s == "Bob Smith" for s, _ in crit)


def test_concerns_someone_else_holds_are_not_the_speakers(read):
    ex = read("Hearing\n\nBob Smith said he wanted to “stand with the chairman's entirely fair and deep concerns regarding "
              "Tom Reid and the way the matter was handled.”\n\n“I share the chairman's deep concerns regarding Ann Lee,” "
              "said Sam Wood.\n\nJane Roe said her concerns about Northwind Bank were growing.")
    crit = _crit(ex)
    assert not {("Bob Smith", "Tom Reid"), ("Sam Wood", "Ann Lee")} & crit
    assert ("Jane Roe", "Northwind Bank") in crit


def test_a_purpose_infinitive_the_parser_hangs_in_a_relative_clause(read):
    ex = read("Hearing\n\nRep. Jane Roe (Ohio), the top Republican on the Budget Committee, used her time at a public session "
              "that was meant to be about road safety to grill Bob Smith about the audit.\n\n"
              "Ann Lee attended a hearing that was held to question Tom Reid.")
    crit = _crit(ex)
    assert any(s.endswith("Jane Roe") and o == "Bob Smith" for s, o in crit)
    assert not any(s == "Republican" for s, _ in crit)
    assert ("Ann Lee", "Tom Reid") not in crit


def test_said_and_accused_is_the_speakers_criticism(read):
    ex = read("Delay\n\nJane Corrow said the bill had the feel of a draft and accused the Harlow Water Company of delay.")
    assert ("Jane Corrow", "Harlow Water Company") in _crit(ex)


def test_a_challenge_for_a_post_is_no_criticism(read):
    ex = read("Contest\n\nJane Corrow challenged Tom Vedder for the party leadership in 1998.")
    assert ("Jane Corrow", "Tom Vedder") not in _crit(ex)


def test_owner_of_a_quoted_adjective_object(read):
    # the parser hangs "the Brantwell Party's" on the quoted adjective, not on "taxes"
    ex = read("Tax\n\nJane Corrow also attacked the Brantwell Party's \"unfair\" and over-complicated taxes.")
    assert ("Jane Corrow", "Brantwell Party") in _crit(ex)


def test_it_put_before_an_infinitive_is_no_target(read):
    ex = read("Jobs\n\nThe Harlow Water Company cut 200 jobs last year. "
              "Jane Corrow told the Gatley Herald it was not fair to blame voters for the cuts.\n\n"
              "The Gatley Rail Company cut 90 jobs. Tom Vedder said it would be simple to deceive the voters.\n\n"
              "The Lowmoor Bus Company cut fares. Ann Pell said it had not been honest about the fares.")
    got = _crit(ex)
    assert ("Jane Corrow", "Harlow Water Company") not in got
    assert ("Tom Vedder", "Gatley Rail Company") not in got
    assert ("Ann Pell", "Lowmoor Bus Company") in got


def test_a_source_agreed_with_is_no_target(read):
    ex = read("Law\n\n\"It is a blot, as Tom Vedder has said, something really quite shocking,\" said Jane Corrow.")
    assert ("Jane Corrow", "Tom Vedder") not in _crit(ex)



def test_warned_against_names_what_is_warned_against_not_the_hearer(read):
    ex = read("Leaks\n\nJane Corrow warned the Harlow Water Company against complacency. "
              "Tom Vedder warned the Gatley Rail Company over its delays.")
    got = _crit(ex)
    assert ("Jane Corrow", "Harlow Water Company") not in got
    assert ("Tom Vedder", "Gatley Rail Company") in got


def test_he_is_never_the_object_of_his_own_accusation(read):
    # "He" read as Mr Vedder, the verb's own object: the accuser is the man named before
    ex = read("Budget\n\nJohn Corrow said the budget was a sham. Tom Vedder's plans would hurt families, the Brantwell "
              "Party leader said. He went on to accuse Mr Vedder of hiding the cost.")
    assert ("John Corrow", "Tom Vedder") in _crit(ex)
    ex = read("Budget\n\nJohn Corrow said the budget was a sham. Tom Vedder's plans would hurt families, the Brantwell "
              "Party leader said. He hit out at Mr Vedder over the cost.")
    assert ("John Corrow", "Tom Vedder") in _crit(ex)


def test_a_description_read_as_the_pronoun_keeps_the_accusation_unmade(read):
    ex = read("Talks\n\nTom Vedder, the prime minister, spoke on Monday. Ann Pell said the plan was weak. "
              "He accused the prime minister of hiding the cost.")
    assert ("Ann Pell", "Tom Vedder") not in _crit(ex)


def test_the_content_of_a_claim_is_not_asserted(read):
    ex = read("Claims\n\nJane Corrow dismissed claims that the Harlow Water Company had misled customers.\n\n"
              "The Brantwell Trust issued a statement saying the Gatley Rail Company had misled customers.")
    got = _crit(ex)
    assert ("Jane Corrow", "Harlow Water Company") not in got
    assert ("Brantwell Trust", "Gatley Rail Company") in got


def test_an_attack_with_an_unread_possessor_is_not_the_speakers(read):
    ex = read("Row\n\n\u201cWe have warned the Gatley Council about their continuing attacks against the Harlow Water "
              "Company,\u201d said Jane Corrow.")
    assert ("Jane Corrow", "Harlow Water Company") not in _crit(ex)


def test_a_complaint_filed_by_someone_against_another(read):
    ex = read("Bank\n\nThe settlement follows a legal complaint filed against the Harlow Water Company by Jane Corrow.")
    assert ("Jane Corrow", "Harlow Water Company") in _crit(ex)



def test_a_noun_of_criticism_aimed_at_someones_thing(read):
    ex = read("Conference\n\nJane Corrow opened the conference with an attack on the Brantwell Party's record. "
              "Ann Pell's criticism of Tom Vedder's plans was sharp.")
    got = _crit(ex)
    assert ("Jane Corrow", "Brantwell Party") in got
    assert ("Ann Pell", "Tom Vedder") in got


def test_a_report_criticises_for_its_author(read):
    ex = read("Report\n\nA report by the Brantwell Committee criticised the Harlow Water Company. "
              "The Gatley Council's report accused the Lowmoor Bus Company of neglect.\n\n"
              "A report by the Fenmore Trust was published on Monday. The report attacked the Westmoor Rail Company.")
    got = _crit(ex)
    assert ("Brantwell Committee", "Harlow Water Company") in got
    assert ("Gatley Council", "Lowmoor Bus Company") in got
    assert ("Fenmore Trust", "Westmoor Rail Company") in got  # "the report": the one named with its author before


def test_branded_someone_a_disgrace_with_the_predicate_read_as_an_object(read):
    # the parser makes "a disgrace" an adverbial noun of "branded", not its predicate
    ex = read("Row\n\nJane Corrow branded the Harlow Water Company a disgrace.")
    assert ("Jane Corrow", "Harlow Water Company") in _crit(ex)


def test_a_verb_of_blame_in_what_a_claim_says_is_not_asserted(read):
    ex = read("Claims\n\nThe programme investigated claims that the Harlow Water Company was blaming Tom Vedder for the leak.\n\n"
              "The Brantwell Trust issued a statement saying the Gatley Rail Company had blamed Ann Pell.")
    got = _crit(ex)
    assert ("Harlow Water Company", "Tom Vedder") not in got
    assert ("Gatley Rail Company", "Ann Pell") in got


def test_a_person_called_or_said_to_be_of_bad_character(read):
    # nouns for a person of bad character (wn_bad_character_nouns.txt) said of someone blame them;
    # not through a possessive ("Y's attacker") and not negated ("no fool")
    ex = read("Row\n\nTom Vale, the leader of the Kestrel Party, called Sam Wood a liar on Monday.\n\n"
              "\u201cPeter Lark is a coward and everyone knows it,\u201d said Ann Holt of the Riverside Trust.\n\n"
              "Sam Wood's attacker was jailed. Ann Holt said Tom Vale was no fool.")
    got = _crit(ex)
    assert ("Tom Vale", "Sam Wood") in got
    assert ("Ann Holt", "Peter Lark") in got
    assert ("Ann Holt", "Tom Vale") not in got
    assert not any(t == "Sam Wood" and c != "Tom Vale" for c, t in got)


def test_described_in_the_passive_by_the_critic(read):
    ex = read("Row\n\nWestmoor councillor Jane Roe spoke at the meeting on Tuesday. Her remarks were described as "
              "\u201creckless\u201d and \u201cinsulting\u201d by the Harbour Traders Association.\n\n"
              "Northwind Bank boss Peter Lark was branded a fool by the Savers Union.")
    got = _crit(ex)
    assert ("Harbour Traders Association", "Jane Roe") in got
    assert ("Savers Union", "Peter Lark") in got


def test_what_a_speaker_told_a_programme_is_theirs(read):
    # the parser hangs the "that"-clause on the hearer ("programme"): it is still what the speaker said
    ex = read("Plans\n\nWestmoor Council's proposals have met with disapproval from tenants.\n\n"
              "Jane Roe, the opposition spokeswoman for housing, told Harbour Radio 5's Breakfast programme that the council's "
              "plans were \u201cinadequate\u201d and were \u201cpapering over the cracks\u201d.")
    assert ("Jane Roe", "Westmoor Council") in _crit(ex)


def test_the_owner_of_a_criticism_answered_or_rejected_made_it(read):
    ex = read("Homes\n\nKestrel Party councillor Jane Roe said the housing board had failed tenants.\n\n"
              "Responding to Ms Roe's criticisms, Westmoor Council leader Tom Vale said: \u201cThe structure of the board is "
              "under review and we will say more shortly.\u201d\n\nNorthwind Bank rejected the Savers Union's accusations on Monday.")
    got = _crit(ex)
    assert ("Jane Roe", "Tom Vale") in got
    assert ("Savers Union", "Northwind Bank") in got


def test_dismissed_as_anything_is_a_judgement_not_when_fired_from_a_post(read):
    ex = read("Budget\n\nKestrel Party leader Tom Vale has dismissed Sam Wood's budget as \u201cspend now, pay later\u201d politics.\n\n"
              "Jane Roe dismissed the Harbour Party as a fading force.\n\nWestmoor Rovers dismissed Peter Lark as manager on Monday. "
              "Events like this make it impossible to dismiss the Ann Holt feud as mere gossip.")
    got = _crit(ex)
    assert ("Tom Vale", "Sam Wood") in got
    assert ("Jane Roe", "Harbour Party") in got
    assert not any(t in ("Peter Lark", "Ann Holt") for _, t in got)


def test_in_charge_of_is_command_and_a_charge_faced_is_not_the_subjects(read):
    ex = read("Club\n\nTom Vale and Sam Wood are currently in charge of Westmoor Rovers, who are third in the league.\n\n"
              "Jane Roe took charge of Kestrel Town in May.\n\n"
              "Northwind Bank faces a charge of fraud brought by the Harbour Regulator.")
    got = _crit(ex)
    assert not {("Tom Vale", "Westmoor Rovers"), ("Sam Wood", "Westmoor Rovers"), ("Jane Roe", "Kestrel Town")} & got
    assert ("Northwind Bank", "Harbour Regulator") not in got


def test_a_small_clause_after_a_verb_of_describing(read):
    ex = read("Row\n\nJane Roe branded Lumen Group's proposals absurd.\n\n"
              "Tom Bell branded Kestrel Paper's proposals a disgrace.")
    crit = _crit(ex)
    assert ("Jane Roe", "Lumen Group") in crit
    assert ("Tom Bell", "Kestrel Paper") in crit


def test_a_manner_judged_with_its_doer(read):
    ex = read("Row\n\nJane Roe branded the way Lumen Group operated as scandalous.\n\n"
              "Tom Bell described the way Kestrel Paper operated as admirable.")
    crit = _crit(ex)
    assert ("Jane Roe", "Lumen Group") in crit
    assert ("Tom Bell", "Kestrel Paper") not in crit


def test_the_plans_take_up_the_owner_named_before(read):
    # "the plans" with no owner is the plans last named; "Among those who criticised Y are X" names the critic
    ex = read("Plans\n\nThe Rivers Party backed demands that Harbury Council's plans be put on hold. "
              "Jane Roe said she did not agree with those who have objected to the plans. "
              "Among those who have criticised the plans is the city's top planner Tom Vale.\n\n"
              "Sam Wood, of the Westbrook Trust, said new plans would be drawn up. Kestrel Rovers criticised the plans.")
    got = _crit(ex)
    assert ("Tom Vale", "Harbury Council") in got
    # (the nearest "plans" before has no owner and is no repetition: nobody's plans)
    assert not {("Kestrel Rovers", "Harbury Council"), ("Kestrel Rovers", "Westbrook Trust"), ("Jane Roe", "Harbury Council")} & got


def test_a_repeated_noun_looks_back_two_sentences_only(read):
    ex = read("Show\n\nAny of them would make competent MPs, former MP Sam Wood insisted on Westbrook Radio's Morning programme.\n\n"
              "Mr Wood argues that parliament has its share of odd balls and the show will engage ordinary voters. "
              "\u201cIf it gets more people voting and more people interested in politics there is no harm in that,\u201d he said. "
              "But Tom Vale, a former press secretary, took a less charitable view, accusing the programme of \u201ccorrupting politics\u201d.")
    assert ("Tom Vale", "Westbrook Radio") not in _crit(ex)


def test_an_accusation_whose_clause_names_the_accused(read):
    ex = read("Row\n\nJohn Dale still faces an inquiry into his allegation that Westbrook Rovers' players cheated in the final.\n\n"
              "The league is investigating allegations that Harbury City officials approached a player.\n\n"
              "Kestrel Town denied the claim that its officials had lied to the league.")
    got = _crit(ex)
    assert ("John Dale", "Westbrook Rovers") in got
    assert not {c for c in got if c[1] in ("Harbury City", "Kestrel Town")}


def test_a_clause_after_and_is_no_reported_warning(read):
    # the parser may hang "and the Australian is forced ..." on "blasts" as its clause
    ex = read("Final\n\nOn the very next point, Tom Vale blasts a forehand service return from right of court that passes "
              "Sam Wood and even the Australian is forced to applaud.")
    assert ("Tom Vale", "Sam Wood") not in _crit(ex)


def test_coordinated_adjectives_and_a_quotation_said_of_someone(read):
    ex = read("Row\n\nTom Hill said: \u201cHe is no unknown hopeful. It is the authentic and shocking voice of the Harbury Party.\u201d\n\n"
              "\u201cIt was dangerous, ill thought-out and hugely irresponsible,\u201d said Jane Roe of the plans drawn up by Kestrel Council.\n\n"
              "\u201cThis is a complete shambles from start to finish,\u201d Sam Wood said of the Westbrook Trust.\n\n"
              "\u201cIt was not reckless at any point this year,\u201d Ann Lee said of the Northwind Group.")
    got = _crit(ex)
    assert ("Tom Hill", "Harbury Party") in got
    assert ("Jane Roe", "Kestrel Council") in got
    assert ("Sam Wood", "Westbrook Trust") in got
    assert ("Ann Lee", "Northwind Group") not in got


def test_coordinated_adjectives_on_a_noun_that_is_no_predicate(read):
    ex = read("Row\n\n\u201cTheir decision to keep the patches open to legitimate and illegitimate users of Lumen Office is good news,\u201d said Tom Hill.")
    assert ("Tom Hill", "Lumen Office") not in _crit(ex)


def test_attacking_a_move_in_a_game_is_play_not_criticism(read):
    ex = read("Final\n\nJane Roe kept attacking Mary Vale's backhand in the second set.\n\n"
              "After the match Jane Roe attacked Westbrook Tennis Club's plans for the courts.")
    got = _crit(ex)
    assert ("Jane Roe", "Mary Vale") not in got
    assert ("Jane Roe", "Westbrook Tennis Club") in got


def test_challenging_a_rival_is_a_contest_not_criticism(read):
    ex = read("Election\n\nThe Harbour Party will challenge the Valley Party in its heartlands, Sam Wood said.\n\n"
              "Jane Roe challenged Northwind Bank over its lending figures.")
    got = _crit(ex)
    assert ("Harbour Party", "Valley Party") not in got
    assert ("Jane Roe", "Northwind Bank") in got


def test_warned_of_a_danger_is_a_hearer(read):
    ex = read("Roof\n\nSam Wood warned Tom Hale that the roof of the hall could collapse within days.\n\n"
              "Jane Roe warned Westbrook Council that its strikes would hurt patients.\n\n"
              "Mary Vale warned the Harbour Nurses Union that strikes would put patients at risk.")
    got = _crit(ex)
    assert ("Sam Wood", "Tom Hale") not in got
    assert ("Jane Roe", "Westbrook Council") in got
    assert ("Mary Vale", "Harbour Nurses Union") in got


def test_branded_with_the_adjectives_hung_on_a_later_verb(read):
    # (the parser hangs "arrogant" on "were": the predicate is read off the words right after the object)
    ex = read("Row\n\nLib Dem president Simon Hewes branded Mr Howell \"arrogant and wrong\" for claiming the Tories were the "
              "\"natural party\" for Britain's ethnic minorities.")
    assert ("Simon Hewes", "Mr Howell") in _crit(ex)


def test_broken_promises_read_as_have_and_a_noun(read):
    # (the parser reads "had broken promises" as "have" with a noun, "broken" its modifier)
    ex = read("Taxes\n\nWestmoor had broken promises by raising taxes 66 times and brought the slowest growth in Europe, Jane Roe said.")
    assert ("Jane Roe", "Westmoor") in _crit(ex)


def test_responsible_for_a_fault(read):
    ex = read("Spending\n\nSam Wood said the Harbour Party had been responsible for \"huge waste, huge overspending, not on the frontline but on bureaucracy\".\n\n"
              "\u201cWestbrook Council was not responsible for the waste,\u201d said Jane Roe.")
    got = _crit(ex)
    assert ("Sam Wood", "Harbour Party") in got
    assert ("Jane Roe", "Westbrook Council") not in got


def test_got_it_wrong(read):
    ex = read("Library\n\n\u201cWestbrook Council has got this completely wrong,\u201d said Sam Wood.")
    assert ("Sam Wood", "Westbrook Council") in _crit(ex)


def test_extraposed_it_with_a_named_doer(read):
    ex = read("Library\n\nSam Wood said it was \"ridiculous\" that Westbrook Council had closed the library.\n\n"
              "Jane Roe said it was wrong of Northwind Bank to close the branch.\n\n"
              "\u201cIt is terrible that Tom Hale was hurt,\u201d said Mary Vale.")
    got = _crit(ex)
    assert ("Sam Wood", "Westbrook Council") in got
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Mary Vale", "Tom Hale") not in got


def test_a_shot_after_an_adverbial_clause_reports_nothing(read):
    ex = read("Match\n\nAs Westbrook United began to press, Tom Hale blasted over a good opportunity after Sam Wood had set him up.")
    assert ("Tom Hale", "Westbrook United") not in _crit(ex)


def test_worry_of_people_a_common_noun_names_is_theirs(read):
    ex = read("Plans\n\nSam Wood said residents were worried about Northwind Bank's plans.\n\n"
              "Jane Roe said she was worried about Westbrook Council's plans.")
    got = _crit(ex)
    assert ("Sam Wood", "Northwind Bank") not in got
    assert ("Jane Roe", "Westbrook Council") in got


def test_apology_for_criticising_is_the_apologisers_criticism(read):
    ex = read("Apology\n\nTom Hale has issued an apology for criticising Westbrook United.\n\n"
              "Jane Roe praised Sam Wood for criticising Northwind Rovers.")
    got = _crit(ex)
    assert ("Tom Hale", "Westbrook United") in got
    assert ("Jane Roe", "Northwind Rovers") not in got


def test_deriding_is_criticising(read):
    ex = read("Plans\n\nSam Wood derided Westbrook Council's plans for the harbour.")
    assert ("Sam Wood", "Westbrook Council") in _crit(ex)


def test_a_complaint_to_a_body_is_made_to_it(read):
    ex = read("Complaint\n\nHarbour Football Club's expected complaint to the Valley League was branded \"pathetic\" by Sam Wood.\n\n"
              "Jane Roe's complaint against Westbrook Council was upheld.")
    got = _crit(ex)
    assert ("Harbour Football Club", "Valley League") not in got
    assert ("Jane Roe", "Westbrook Council") in got


def test_a_gerund_of_means_is_done_by_the_subject_of_its_clause(read):
    ex = read("Tax\n\nJane Roe, who speaks for the Savers Union, was blunt.\n\n"
              "\u201cBy failing to raise the threshold, Tom Hill has hurt first-time buyers the hardest,\u201d she said.\n\n"
              "Sam Wood praised Mark Lane for failing to agree to the plan.")
    got = _crit(ex)
    assert ("Jane Roe", "Tom Hill") in got
    assert not any(t == "Mark Lane" for _, t in got)  # ("praised Z for failing": no criticism, and Z's act)


def test_a_post_whose_holder_is_unnamed_is_not_someone_titled_otherwise(read):
    ex = read("Row\n\nSam Wood spoke in Parliament on Monday about the new tax.\n\n"
              "Opposition leader Jane Roe later accused the prime minister of hiding the true cost.")
    assert ("Jane Roe", "Sam Wood") in _crit(ex)


def test_ministers_stand_for_the_one_government_named(read):
    ex = read("Debt\n\nThe government has announced new rules on lending.\n\n"
              "Jane Roe accused ministers of ignoring the problem of household debt.\n\n"
              "Sam Wood accused EU ministers of delay.")
    got = _crit(ex)
    assert ("Jane Roe", "government") in got
    assert not any(c == "Sam Wood" for c, _ in got)  # ("EU ministers": not this government)
    ex = read("Debt\n\nJane Roe accused ministers of ignoring the problem of household debt.")
    assert not _crit(ex)  # (no government named: whose ministers the words do not say)


def test_someone_new_in_a_reported_story_does_the_coordinated_act(read):
    ex = read("Gig\n\nFormer singer Tom Hill was arrested after a fight during a concert, his spokesman has said.\n\n"
              "A fan jumped on stage and attacked the singer, who then became involved in a fracas with a security guard, "
              "Acme Records spokesman Paul Smith said.")
    assert ("Paul Smith", "Tom Hill") not in _crit(ex)


def test_a_warning_to_a_hearer_about_a_place_or_a_third_party_is_news_not_blame(read):
    ex = read("War\n\nJane Roe warned Tom Hill on 7 March that the Sudan war could be illegal without a new resolution.\n\n"
              "Sam Wood, the campaign director, warned Mark Lane that the Westbrook Party could lose the election.")
    got = _crit(ex)
    assert ("Jane Roe", "Tom Hill") not in got
    assert ("Sam Wood", "Westbrook Party") not in got and ("Sam Wood", "Mark Lane") not in got


def test_this_government_in_a_quotation_is_the_government_named(read):
    ex = read("Lending\n\nThe government has announced new rules on lending.\n\n"
              "Jane Roe said: \u201cThese figures throw a spotlight on to the reckless way in which this government operates.\u201d")
    assert ("Jane Roe", "government") in _crit(ex)


def test_an_idiom_with_its_particle_after_the_object(read):
    ex = read("Club\n\n\u201cTom Hill has let the whole club down this season,\u201d said Jane Roe.\n\n"
              "Sam Wood said he would never let Mark Lane down.")
    got = _crit(ex)
    assert ("Jane Roe", "Tom Hill") in got
    assert ("Sam Wood", "Mark Lane") not in got


def test_a_perfect_tense_read_as_a_modifier_is_still_the_subjects_act(read):
    ex = read("Pensions\n\nJane Roe said the Westbrook Council had \u201ccompletely failed\u201d pensioners.\n\n"
              "Sam Wood said the Northwind Trust had not failed pensioners.")
    got = _crit(ex)
    assert ("Jane Roe", "Westbrook Council") in got
    assert ("Sam Wood", "Northwind Trust") not in got


def test_a_countrys_policy_or_record_criticised_is_its_state(read):
    ex = read("Policy\n\nJane Roe has attacked UK policy on immigration.\n\n"
              "Sam Wood criticised UK voters for staying at home.")
    got = _crit(ex)
    assert ("Jane Roe", "UK") in got
    assert not any(c == "Sam Wood" for c, _ in got)  # (people of a country are not its state)


def test_the_post_is_not_the_deputys(read):
    ex = read("Row\n\nSam Wood has been asked to apologise for his remarks at a party.\n\n"
              "Deputy Mayor Jane Roe said she was sure he would say sorry. "
              "The mayor accused Tom Hill, a reporter, of hounding him.")
    got = _crit(ex)
    assert ("Sam Wood", "Tom Hill") in got
    assert not any("Jane Roe" in c for c, _ in got)


def test_figures_that_do_not_add_up_blame_their_owner(read):
    ex = read("Budget\n\nTom Hill said: \u201cThe Westbrook Party's sums simply don't add up.\u201d\n\n"
              "Sam Wood said: \u201cBudgets have to add up, and the Northwind Council's figures add up.\u201d")
    got = _crit(ex)
    assert ("Tom Hill", "Westbrook Party") in got
    assert not any(c == "Sam Wood" for c, _ in got)


def test_what_ministers_may_do_told_by_a_warning_blames_no_government(read):
    ex = read("Agency\n\nThe government has set out its plans for the Northwind Agency.\n\n"
              "Ministers would not rule out scrapping the Northwind Agency, Work Secretary Jane Roe has warned.")
    assert not any(o == "government" for _, o in _crit(ex))



def test_excess_blames_what_it_is_said_of(read):
    ex = read("Budget\n\nThe accountancy firm Kestrel Securities said that Northwind Bank's forecasts for growth were far too optimistic.\n\n"
              "The Green Party says Harbour Council is acting too late on flooding.\n\n"
              "\u201cWe played well but Westbrook Rovers were just too good,\u201d said Sam Wood.\n\n"
              "Jane Roe said Millbrook Athletic were too strong for her side.")
    got = _crit(ex)
    assert ("Kestrel Securities", "Northwind Bank") in got
    assert ("Green Party", "Harbour Council") in got
    assert ("Sam Wood", "Westbrook Rovers") not in got  # excess of skill is praise
    assert ("Jane Roe", "Millbrook Athletic") not in got  # a degree fixed by "for": a result, no fault


def test_excess_not_negated(read):
    ex = read("Results\n\n\u201cThe figures from Northwind Bank are not too bad at all,\u201d said Sam Wood.")
    assert ("Sam Wood", "Northwind Bank") not in _crit(ex)


def test_amends_demanded_blame(read):
    ex = read("Row\n\nJane Roe has urged Tom Hale to apologise for his remarks.\n\n"
              "The Kestrel Party called on Sam Wood to step down from the council.\n\n"
              "\u201cPat Grey should resign,\u201d said Ann Bell.\n\n"
              "\u201cMark Stone should not apologise for anything,\u201d said Lucy Park.\n\n"
              "Doctors urged Rob Mills to quit smoking.")
    got = _crit(ex)
    assert ("Jane Roe", "Tom Hale") in got
    assert ("Kestrel Party", "Sam Wood") in got
    assert ("Ann Bell", "Pat Grey") in got
    assert ("Lucy Park", "Mark Stone") not in got  # negated
    assert not any(t == "Rob Mills" for _, t in got)  # a habit given up


def test_challenge_for_a_standing_is_rivalry(read):
    ex = read("Consoles\n\nGamers have bought most of the new PlayPort console made by Kestrel Games.\n\n"
              "Kestrel Games says it intends to ship three million PlayPorts. The company is hoping to challenge the "
              "dominance of Northwind Toys in the handheld market. Northwind Toys released its new DX console earlier this year.")
    assert not any(t == "Northwind Toys" for _, t in _crit(ex))
    ex = read("Poll\n\nThe Liberal Democrats are determined to prove they are the real threat to Labour. They would argue that "
              "the Liberal Democrats may genuinely have replaced the Tories as the party challenging Labour for power.")
    assert not any(t == "Labour" for _, t in _crit(ex))


def test_policy_adjectives_lexicons_lack(read):
    ex = read("Housing\n\nTory spokeswoman Ann Bell said: \u201cTom Hale's building programme is environmentally unsustainable.\u201d")
    assert ("Ann Bell", "Tom Hale") in _crit(ex)


def test_excess_reads_no_pronoun(read):
    ex = read("Budget\n\nTom Hale of Kestrel Securities said growth would slow.\n\n"
              "Ann Bell said: \u201cHis forecast that the city will meet its target is way too optimistic.\u201d")
    assert not any(c == "Ann Bell" for c, _ in _crit(ex))


def test_taken_for_granted_and_the_mistake_y_made(read):
    ex = read("Vote\n\nJane Roe said many voters had been taken for granted by Tom Hale for years.\n\n"
              "Sam Wood said: \u201cNo minister should make the mistake that Pat Grey made in 1992.\u201d")
    got = _crit(ex)
    assert ("Jane Roe", "Tom Hale") in got
    assert ("Sam Wood", "Pat Grey") in got


def test_evidence_that_is_the_speakers_claim(read):
    ex = read("Housing\n\nAnn Bell said: \u201cThere is now growing evidence that Northwind Homes is reckless with the green belt.\u201d\n\n"
              "Sam Wood said there was no evidence that Westbrook Homes had been reckless.")
    got = _crit(ex)
    assert ("Ann Bell", "Northwind Homes") in got
    assert ("Sam Wood", "Westbrook Homes") not in got


def test_owner_of_a_compound_thing(read):
    ex = read("Homes\n\nAnn Bell said: \u201cThere is now growing evidence that Tom Hale's buildings programme is environmentally unsustainable.\u201d")
    assert ("Ann Bell", "Tom Hale") in _crit(ex)


def test_dismissed_as_rubbish(read):
    ex = read("Incomes\n\nA report by the Kestrel Institute said incomes had fallen.\n\n"
              "The Treasury dismissed the Kestrel Institute's research as \u201ccomplete rubbish\u201d.")
    assert ("Treasury", "Kestrel Institute") in _crit(ex)


def test_a_sanction_received_is_not_its_possessors_conduct(read):
    ex = read("Fine\n\nTom Hale was fined by the Kestrel Football Association for his comments about Sam Wood.\n\n"
              "Jane Roe believes that Tom Hale's punishment was too lenient.\n\n"
              "The 66-year-old Hale criticised his punishment.\n\n"
              "Rob Mills was booked after a collision with Pat Grey, who needed treatment. The striker protested his "
              "innocence - and referee Ann Bell deemed the collision accidental.")
    got = _crit(ex)
    assert ("Kestrel Football Association", "Tom Hale") in got
    assert ("Jane Roe", "Tom Hale") not in got
    assert not any(t == "Sam Wood" for _, t in got)
    assert not any(c == "Rob Mills" for c, _ in got)


def test_ridiculed(read):
    ex = read("Asylum\n\nJane Roe ridiculed the Kestrel Party's plans for asylum quotas.")
    assert ("Jane Roe", "Kestrel Party") in _crit(ex)


def test_trust_lacking_or_lost(read):
    ex = read("Trust\n\nHarbour Party leader Jane Roe has said voters now have a \u201cfundamental lack of trust\u201d of Sam Wood as mayor.\n\n"
              "But Jane Roe said Tom Hale had lost the trust of the people of Millbrook.\n\n"
              "\u201cThere is a deep lack of confidence in Northwind Council,\u201d said Ann Bell.\n\n"
              "Pat Grey said she had lost faith in Kestrel Water.")
    got = _crit(ex)
    assert ("Jane Roe", "Sam Wood") in got
    assert ("Jane Roe", "Tom Hale") in got
    assert ("Ann Bell", "Northwind Council") in got
    assert ("Pat Grey", "Kestrel Water") in got


def test_trust_not_lost_or_lost_by_no_one_named(read):
    ex = read("Trust\n\nJane Roe said there was no lack of trust in Sam Wood.\n\n"
              "Ann Bell said Tom Hale had not lost the trust of the people.\n\n"
              "Pat Grey said investors in Kestrel Water had lost confidence after the crash.\n\n"
              "Rob Mills said Northwind Council had lost a vote of confidence.")
    got = _crit(ex)
    assert ("Jane Roe", "Sam Wood") not in got
    assert ("Ann Bell", "Tom Hale") not in got
    assert not any(c == "Pat Grey" for c, _ in got)
    assert not any(c == "Rob Mills" for c, _ in got)


def test_a_quality_of_conduct_wanting(read):
    ex = read("Order\n\n\u201cHow can there be order in schools when there is no discipline in Northwind Council?\u201d Jane Roe said.\n\n"
              "Ann Bell said Kestrel Water had shown no leadership.\n\n"
              "Pat Grey said there had been a lack of transparency at Millbrook Bank.\n\n"
              "Rob Mills said there was no leadership contest in the Harbour Party.")
    got = _crit(ex)
    assert ("Jane Roe", "Northwind Council") in got
    assert ("Ann Bell", "Kestrel Water") in got
    assert ("Pat Grey", "Millbrook Bank") in got
    assert not any(c == "Rob Mills" for c, _ in got)


def test_bare_government_in_speech_is_the_articles_government(read):
    ex = read("Schools\n\nThe Kestrian government announced a schools plan on Monday.\n\n"
              "\u201cHow can there be discipline in schools when there is no discipline in government?\u201d Jane Roe said.")
    got = _crit(ex)
    assert ("Jane Roe", "Kestrian government") in got


def test_excess_as_a_result_the_parser_hangs_on_the_verb(read):
    ex = read("Rates\n\nHer remarks follow criticism from the Harbour Finance Committee, which said the Northwind Authority "
              "had held interest rates too high given that inflation was low.")
    assert ("Harbour Finance Committee", "Northwind Authority") in _crit(ex)


def test_trust_denied(read):
    ex = read("Judgement\n\nSam Wood said: \u201cTo be honest I don't think you can rely on Jane Roe's judgement on this matter.\u201d\n\n"
              "Ann Bell said Tom Hale cannot be trusted.\n\n"
              "Pat Grey said she trusted Rob Mills.\n\n"
              "Kim Lee said that if you do not trust Northwind Council you should vote.")
    got = _crit(ex)
    assert ("Sam Wood", "Jane Roe") in got
    assert ("Ann Bell", "Tom Hale") in got
    assert ("Pat Grey", "Rob Mills") not in got
    assert not any(c == "Kim Lee" for c, _ in got)


def test_should_have_done_reproaches_the_doer(read):
    ex = read("Delay\n\nAnn Bell said Northwind Council should have acted sooner.\n\n"
              "Pat Grey said Kestrel Water should never have signed the deal.\n\n"
              "Rob Mills said Kestrel Rovers should have had a penalty.\n\n"
              "Kim Lee said Millbrook Bank should have been told.")
    got = _crit(ex)
    assert ("Ann Bell", "Northwind Council") in got
    assert ("Pat Grey", "Kestrel Water") in got
    assert not any(c in ("Rob Mills", "Kim Lee") for c, _ in got)


def test_a_fault_conceded_is_no_criticism(read):
    ex = read("Trust\n\nTom Hale told activists in Millbrook that voters would decide.\n\n"
              "He acknowledged that the public had lost faith in the Harbour Party.\n\n"
              "Ann Bell said that the public had lost faith in Northwind Council.")
    got = _crit(ex)
    assert not any(c == "Tom Hale" for c, _ in got)
    assert ("Ann Bell", "Northwind Council") in got


def test_rejecting_what_another_puts_forward(read):
    got = _crit(read("Row\n\nJane Roe rejected Tom Black's call for new elections.\n\n"
                     "Sam Wood dismissed the claims by Northwind Bank and rebuffed its demands."))
    assert ("Jane Roe", "Tom Black") in got
    assert ("Sam Wood", "Northwind Bank") in got
    # a bid for a firm is a business answer; a rejection foretold is no stance taken
    got = _crit(read("Row\n\nThe Westbrook Exchange rejected a takeover proposal from Northwind Holdings.\n\n"
                     "Jane Roe would reject the plan of Northwind Bank."))
    assert not got


def test_appeal_complaint_and_doubt_against_a_body(read):
    got = _crit(read("Row\n\nNorthwind Bank appealed against the Harbour Commission's ruling.\n\n"
                     "Jane Roe complained about Westbrook Holdings.\n\n"
                     "Sam Wood cast doubt on Kestrel Energy's figures."))
    assert ("Northwind Bank", "Harbour Commission") in got
    assert ("Jane Roe", "Westbrook Holdings") in got
    assert ("Sam Wood", "Kestrel Energy") in got


def test_a_thing_called_a_failure_as_its_predicate(read):
    got = _crit(read("Row\n\n\u201cNorthwind Bank's plans are a disaster,\u201d said Jane Roe.\n\n"
                     "\u201cThe tsunami disaster hit Westbrook Holdings hard and Kestrel Energy is no farce,\u201d said Sam Wood."))
    assert ("Jane Roe", "Northwind Bank") in got
    assert not any(s == "Sam Wood" for s, _ in got)


def test_what_comes_from_a_body_is_its(read):
    got = _crit(read("Row\n\nThe Harbour Commission said explanations from Northwind Bank were unacceptable."))
    assert ("Harbour Commission", "Northwind Bank") in got


def test_legal_action_announced_but_not_an_option(read):
    got = _crit(read("Row\n\nWestbrook Holdings has said it will sue Northwind Bank for damages.\n\n"
                     "Kestrel Energy launched legal action against the Harbour Commission."))
    assert ("Westbrook Holdings", "Northwind Bank") in got
    assert ("Kestrel Energy", "Harbour Commission") in got
    got = _crit(read("Row\n\nNorthwind Bank said it may sue Westbrook Holdings.\n\n"
                     "The Kestrel Party could take legal action against the Harbour Commission, said Jane Roe."))
    assert not got


def test_stock_idioms_of_playing_politics_and_a_recipe_for_disaster(read):
    got = _crit(read("Row\n\nJane Roe said the Kestrel Party was playing politics with the issue.\n\n"
                     "Sam Wood said Northwind Bank's plans were a recipe for disaster."))
    assert ("Jane Roe", "Kestrel Party") in got
    assert ("Sam Wood", "Northwind Bank") in got


def test_a_name_before_bid_is_the_firm_bid_for_not_the_bidder(read):
    got = _crit(read("Row\n\nNorthwind Capital has opposed the Harbour Exchange bid for some time.\n\n"
                     "Sam Wood opposed the Kestrel Party plans."))
    assert ("Northwind Capital", "Harbour Exchange") not in got
    assert ("Sam Wood", "Kestrel Party") in got


def test_a_participle_before_a_noun_judges_its_owner(read):
    got = _crit(read("Row\n\nThe Kestrel Party says the manifesto offers only a return to a failed Westbrook Party past."))
    assert ("Kestrel Party", "Westbrook Party") in got


def test_a_thing_put_forward_then_taken_up_is_its_makers(read):
    got = _crit(read("Row\n\nNorthwind Bank unveiled plans to close 40 branches on Monday. Jane Roe said the plans were reckless."))
    assert ("Jane Roe", "Northwind Bank") in got
    got = _crit(read("Row\n\nNorthwind Bank plans to publish new rules. Jane Roe said the rules were reckless."))
    assert not got


def test_who_after_unnamed_people_is_those_people_not_a_name_before(read):
    got = _crit(read("Row\n\nTom Black reacted sharply to some Westbrook supporters, who criticised Sam Wood's performance in the cup final."))
    assert ("Tom Black", "Sam Wood") not in got


def test_a_verb_of_misconduct_but_not_its_noun_of_a_topic(read):
    got = _crit(read("Row\n\nThe Harbour Commission alleged that Northwind Bank was abusing its dominant market position.\n\n"
                     "Jane Roe said the child abuse inquiry by Westbrook Council would report in May."))
    assert ("Harbour Commission", "Northwind Bank") in got
    assert ("Jane Roe", "Westbrook Council") not in got



def test_a_claim_about_someone_that_they_reject_is_its_makers_accusation(read):
    got = _crit(read("Row\n\nNorthwind Bank denied claims by Jane Roe that it had misled investors.\n\n"
                     "Sam Wood shrugged off claims from Kestrel Energy that he led a \u201cgrubby government\u201d."))
    assert ("Jane Roe", "Northwind Bank") in got
    assert ("Kestrel Energy", "Sam Wood") in got
    got = _crit(read("Row\n\nNorthwind Bank denied claims by Jane Roe that the economy was slowing."))
    assert ("Jane Roe", "Northwind Bank") not in got


def test_a_mockery_of_a_bodys_commitment(read):
    got = _crit(read("Row\n\n\u201cThis makes a mockery of the Westbrook Council's so-called commitment to outlawing ageism,\u201d said Tom Black."))
    assert ("Tom Black", "Westbrook Council") in got


def test_the_firms_take_up_the_bodies_just_listed(read):
    got = _crit(read("Row\n\nThe Harbour Commission has written to the operators Northwind Bank and Westbrook Holdings about their rates.\n\n"
                     "In letters sent to the two companies, the Commission alleged the firms were abusing their dominant market position."))
    assert ("Harbour Commission", "Northwind Bank") in got
    assert ("Harbour Commission", "Westbrook Holdings") in got
    got = _crit(read("Row\n\nJane Roe said the firms were greedy."))
    assert not got


def test_the_plans_far_from_any_mention_are_the_headlines_and_leads(read):
    # "the plans" with no mention of plans in the sentences before takes up the article's topic
    ex = read("Northwind Bank unveils pension plans\n\nNorthwind Bank unveiled its pension plans on Monday. "
              "Union leader Tom Sawyer welcomed them.\nAnalysts expect more savers to join next year. The bank has "
              "200 branches. Its profits rose.\n\nJane Roe called the plans \"dangerous and irresponsible\".")
    assert ("Jane Roe", "Northwind Bank") in _crit(ex)


def test_a_past_verb_after_a_modal_clause_is_the_reporters(read):
    # "would publish ... and attacked": the past verb cannot share "would", so it is Tom Sawyer's act
    ex = read("Row\n\nTom Sawyer said the Harbour Party would publish workable plans next week and attacked "
              "the Northwind Party's plans.")
    got = _crit(ex)
    assert ("Tom Sawyer", "Northwind Party") in got
    assert ("Harbour Party", "Northwind Party") not in got


def test_saying_a_plan_would_contravene_a_policy_accuses_its_maker(read):
    ex = read("Northwind Bank unveils pension plans\n\nNorthwind Bank unveiled its pension plans on Monday.\n\n"
              "Jane Roe said Northwind Bank's plans would contravene EU pension policy.")
    assert ("Jane Roe", "Northwind Bank") in _crit(ex)
    ex = read("Row\n\nJane Roe said Northwind Bank's plans would not contravene EU pension policy.")
    assert ("Jane Roe", "Northwind Bank") not in _crit(ex)


def test_an_irrelevant_party_and_its_negation(read):
    ex = read("Vote\n\nJane Roe said that she thought that the Harbour Party was an irrelevant party.")
    assert ("Jane Roe", "Harbour Party") in _crit(ex)
    ex = read("Vote\n\nJane Roe said that the Harbour Party was not an irrelevant party.")
    assert ("Jane Roe", "Harbour Party") not in _crit(ex)
    ex = read("Vote\n\nJane Roe said that the Harbour Party was not a terrible party.")
    assert ("Jane Roe", "Harbour Party") not in _crit(ex)


def test_an_inquiry_demanded_into_someone_and_one_merely_under_way(read):
    got = _crit(read("Row\n\nJane Roe called for an inquiry into Northwind Bank's conduct."))
    assert ("Jane Roe", "Northwind Bank") in got
    got = _crit(read("Row\n\nTom Sawyer has quit. A Harbour Party spokesman said: \"This changes nothing. \"There "
                     "should be a full investigation into whether he has done this in the past.\""))
    assert ("Harbour Party", "Tom Sawyer") in got
    assert not _crit(read("Row\n\nPolice have launched an investigation into Tom Sawyer."))
    assert not _crit(read("Row\n\nJane Roe did not call for an inquiry into Tom Sawyer."))
    assert not _crit(read("Row\n\nJane Roe said there should not be an inquiry into Tom Sawyer."))


def test_a_takeover_of_a_firm_is_not_that_firms(read):
    # "the takeover of Y" names the firm taken over, not the one whose plan it is
    ex = read("Northwind doubts\n\nShares rose after a fund voiced opposition to the planned takeover of Northwind Bank.\n\n"
              "Analysts expect more savers to join next year. The bank has 200 branches. Its profits rose.\n\n"
              "A spokesman for Acme Capital complained that the planned takeover appeared to be motivated by \"empire-building\".")
    assert ("Acme Capital", "Northwind Bank") not in _crit(ex)


def test_the_topic_owner_must_be_named_not_described(read):
    # "the firm's" in the lead may be misread as the headline's Northwind Bank: only names count there
    ex = read("Northwind Bank doubts boost shares\n\nShares in Harbour Exchange rose after a fund voiced opposition to "
              "the firm's planned takeover of a rival.\n\nAnalysts expect more savers to join next year. The bank has "
              "200 branches. Its profits rose.\n\nA spokesman for Acme Capital complained that the planned takeover "
              "appeared to be motivated by \"empire-building\".")
    assert ("Acme Capital", "Northwind Bank") not in _crit(ex)


def test_a_rejection_with_no_one_to_read_as_its_subject_makes_no_edge(read):
    # "they" with nobody to stand for and no reporting clause around it: the rule finds no critic
    # (it used to fail the whole article's extraction with a TypeError)
    got = _crit(read("Row\n\nBut they rejected the claim made by the Harbour Alliance that fees should fall."))
    assert not any(o == "Harbour Alliance" for _, o in got)


def test_a_thing_taken_up_by_another_noun_of_its_kind_is_its_makers(read):
    # "the research" takes up "a report" just named, "the scheme" the "plans" of the headline: a noun of
    # the same kind of thing (data/thing_kinds.txt) when no noun of its own is named before it
    got = _crit(read("Row\n\nA new report on pay was published by the Harbour Institute on Monday. It said incomes had fallen. "
                     "The Kestrel Treasury dismissed the research as \"complete rubbish\"."))
    assert ("Kestrel Treasury", "Harbour Institute") in got
    ex = read("Northwind Bank unveils pension plans\n\nNorthwind Bank unveiled its pension plans on Monday. "
              "Union leader Tom Sawyer welcomed them.\nAnalysts expect more savers to join next year. The bank has "
              "200 branches. Its profits rose.\n\nJane Roe called the scheme \"dangerous and irresponsible\".")
    assert ("Jane Roe", "Northwind Bank") in _crit(ex)
    # a thing of another kind is not taken up: "the match" is no plan
    ex = read("Northwind Bank unveils pension plans\n\nNorthwind Bank unveiled its pension plans on Monday. "
              "Union leader Tom Sawyer welcomed them.\nAnalysts expect more savers to join next year. The bank has "
              "200 branches. Its profits rose.\n\nJane Roe called the match \"dangerous and irresponsible\".")
    assert ("Jane Roe", "Northwind Bank") not in _crit(ex)


def test_ministers_stand_for_the_one_government_named_twice(read):
    # "the government" said twice may be two mentions of one key, not joined before the entities are
    # made: still one government, which "ministers" stand for
    got = _crit(read("Drinking row\n\nThe Harbour Party says plans to extend pub opening times should be put on hold.\n\n"
                     "Spokesman Tom Hart said ministers had failed to make his party aware of concern among senior police. "
                     "But Jane Roe said a delay would be costly. The government would go ahead with the changes, she added.\n\n"
                     "Minister Sam Wood said the government was tackling the causes of the problem."))
    assert any(c.endswith("Tom Hart") and o.lower() == "government" for c, o in got)
    # two governments named: "ministers" is neither
    got = _crit(read("Row\n\nThe Kestrel government and the Harbour government met. Tom Hart said ministers had failed."))
    assert not any(c.endswith("Tom Hart") for c, _ in got)


def test_a_pronoun_critic_is_no_person_its_own_clause_names(read):
    # binding: "he" cannot be "Mr Lane" of its own clause ("While saying he admired Mr Lane's
    # leadership, he criticised Y"); the critic is then the last other person named before, not one
    # named only inside a quotation ("Sam Wood" in the letter)
    ex = read("Defection\n\nTom Vale, 58, MP for Eastfield, said he was disillusioned with the Kestrel Party's leadership. "
              "Prime Minister Peter Lane declared himself \"delighted\", saying Mr Vale would be welcomed by Harbour Party MPs. "
              "In a letter to his constituency chairman he wrote: \"It is best that Peter Lane rather than Sam Wood should form "
              "the next government.\" While saying he admired Mr Lane's \"courageous\" leadership of the country, he bitterly "
              "criticised the Westbrook Union's stance on tax.")
    got = _crit(ex)
    assert ("Tom Vale", "Westbrook Union") in got
    assert not any(o == "Westbrook Union" and c != "Tom Vale" for c, o in got)
