"""Quotations: marks, attribution patterns, continuation paragraphs and spokespeople."""

from graph.text.quotes import quote_spans, uses_single_marks


def _speakers(ex):
    out = []
    for q in ex.quotations:
        idx = q.speaker
        while idx is not None and ex.mentions[idx].antecedent is not None:
            idx = ex.mentions[idx].antecedent
        out.append((q.text, ex.mentions[idx].key if idx is not None else None))
    return out


def test_quote_spans_handle_curly_straight_unbalanced_and_doubled_marks():
    assert quote_spans("He said: “one two”.") == [(10, 17, True)]
    assert quote_spans('He said "one two" today') == [(9, 16, True)]
    text = "“Still talking at the end"
    assert quote_spans(text) == [(1, len(text), False)]
    doubled = "“We are done here.” ”"
    assert quote_spans(doubled) == [(1, 18, True)]


def test_attribution_patterns(read):
    ex = read(
        "Row\n\n"
        "Jane Okafor said: “The plan will cost far more than anyone has admitted so far.”\n\n"
        "“We will not accept a single one of these proposals,” said Peter Lund.\n\n"
        "“Nobody asked the people who actually use the service,” Ms Okafor told the committee."
    )
    got = _speakers(ex)
    assert got[0] == ("The plan will cost far more than anyone has admitted so far.", "jane okafor")
    assert got[1][1] == "peter lund"
    assert got[2][1] == "jane okafor"  # "Ms Okafor" points at the full name of the same article (extract.mentions)


def test_continuation_paragraphs_and_split_quotations(read):
    ex = read(
        "Row\n\n"
        "Peter Lund said: “This is the worst decision I have seen in years.\n\n"
        "“It will hurt every family on this estate for a decade,” he said. “And nobody in charge seems to care at all.”"
    )
    speakers = [s for _, s in _speakers(ex)]
    assert len(speakers) == 3 and set(speakers) == {"peter lund"}


def test_spokespeople_speak_for_their_organisation(read):
    ex = read(
        "Bank\n\nBarclays was fined on Monday.\n\n"
        "A spokesman for Barclays said: “We have fully cooperated with the investigation from the start.”\n\n"
        "An Ofcom spokeswoman said: “The rules are clear and every firm must follow them.”"
    )
    assert [s for _, s in _speakers(ex)] == ["barclays", "ofcom"]


def test_short_scare_quotes_are_not_quotations(read):
    ex = read("Row\n\nThe minister called the plan “deeply flawed” on Monday.")
    assert ex.quotations == ()


def _by_start(ex):
    """{first three words of a quotation: speaker key or None}."""
    return {" ".join(t.split()[:3]): s for t, s in _speakers(ex)}


# ---------------------------------------------------------------- spans


def test_straight_mark_after_a_sentence_end_opens_a_new_quotation():
    # scraped text: the paragraph break is gone and news style leaves the first quotation open
    text = 'She said: "We are ready to start work. "Nobody should doubt that we will finish," she added.'
    got = [(text[s:e], closed) for s, e, closed in quote_spans(text)]
    assert got == [("We are ready to start work. ", False), ("Nobody should doubt that we will finish,", True)]
    # a mark after a space but before a closing word still closes: `" and`
    spaced = 'He said "the talks went well " and left.'
    assert [spaced[s:e] for s, e, _ in quote_spans(spaced)] == ["the talks went well "]

    # a stop inside closing single marks ends the sentence as well
    inner = "He said: \"They told me 'we will win the cup this year.' \"Nobody believed them at the time.\""
    got = [(inner[s:e], closed) for s, e, closed in quote_spans(inner)]
    assert got == [("They told me 'we will win the cup this year.' ", False), ("Nobody believed them at the time.", True)]


def test_a_colon_before_an_opening_mark_ends_the_open_quotation_at_its_last_stop():
    # the first quotation is left open; the clause ending in a colon is narration introducing the next
    text = 'She said: "We lost two good years to this dispute. She added: "Nobody here wants that to happen again."'
    got = [(text[s:e], closed) for s, e, closed in quote_spans(text)]
    assert got == [("We lost two good years to this dispute.", False), ("Nobody here wants that to happen again.", True)]
    # with no sentence stop before the colon the mark closes, as before
    plain = 'He called it "a plan with one aim: "growth" and little else.'
    assert [(plain[s:e], closed) for s, e, closed in quote_spans(plain)][0] == ("a plan with one aim: ", True)


def test_narration_between_run_on_quotations_names_the_next_speaker(read):
    ex = read(
        "Club\n\n"
        'Jane Roe said: "This has been a proud day for everyone who works at the club. '
        'Tom Lund added: "We will invest in the academy over the next five years."'
    )
    got = _by_start(ex)
    assert got == {"This has been": "jane roe", "We will invest": "tom lund"}


def test_typographic_variants():
    low_high = "Sie sagte: „Wir werden das Werk bald schließen.“ Dann ging sie."
    assert [low_high[s:e] for s, e, _ in quote_spans(low_high)] == ["Wir werden das Werk bald schließen."]
    guillemets = "Il a dit: « Nous allons fermer l'usine » hier."
    assert [guillemets[s:e] for s, e, _ in quote_spans(guillemets)] == [" Nous allons fermer l'usine "]
    backticks = "He said ``we will close the plant next year'' and left."
    assert [backticks[s:e] for s, e, _ in quote_spans(backticks)] == ["we will close the plant next year"]
    reversed_open = "She said ”we will close the plant next year” and left."
    assert [reversed_open[s:e] for s, e, _ in quote_spans(reversed_open)] == ["we will close the plant next year"]


def test_single_marks_only_in_papers_that_quote_with_them():
    text = "‘We will fight this all the way,’ she said. The members’ union called it ‘a day of shame for us all’."
    assert uses_single_marks(text)
    got = [text[s:e] for s, e, _ in quote_spans(text, singles=True)]
    assert got == ["We will fight this all the way,", "a day of shame for us all"]
    # nested single marks inside double ones stay part of the quotation
    nested = "He said: “They told us ‘no way at all’ and then left the room.”"
    assert not uses_single_marks(nested)
    assert [nested[s:e] for s, e, _ in quote_spans(nested)] == ["They told us ‘no way at all’ and then left the room."]


def test_quotation_run_on_in_one_scraped_paragraph_keeps_its_speaker(read):
    ex = read(
        "Club\n\n"
        'Harbour City FC has a new owner. Jane Roe said: "This is a proud day for everyone at the club. '
        '"We will invest in the academy and in the stadium over the next five years. '
        '"Nobody here should worry about the future of the club at all." The deal was signed on Friday.'
    )
    got = _by_start(ex)
    assert got == {"This is a": "jane roe", "We will invest": "jane roe", "Nobody here should": "jane roe"}


# ---------------------------------------------------------------- organisations and documents


def test_organisation_speakers(read):
    ex = read(
        "Bank\n\n"
        "Northwind Bank was fined £2m by the regulator on Monday.\n\n"
        "“We accept the findings and have already changed our systems,” Northwind Bank said in a statement.\n\n"
        "A statement from Lakeside Energy said: “We will appeal against this decision in the courts.”\n\n"
        "Northwind Bank’s spokesman said: “Every customer affected will be contacted this month.”"
    )
    got = _by_start(ex)
    assert got["We accept the"] == "northwind bank"
    assert got["We will appeal"] == "lakeside energy"
    assert got["Every customer affected"] == "northwind bank"


def test_a_description_by_the_kind_of_body_a_name_ends_with_speaks_for_that_body(read):
    # "the alliance", "the coalition", "the federation": nouns of a kind of body, as "the charity" is
    ex = read(
        "Bill\n\n"
        "The Care Alliance, which includes Age Help and Mind Trust, said misunderstandings over the bill had to be "
        "cleared up. “It will not change the current law and will provide better safeguards for people,” the alliance "
        "said in a statement.\n\n"
        "The Harbour Workers Federation backed the plan. “Our members have waited ten years for a change like this,” "
        "the federation said."
    )
    got = _by_start(ex)
    assert got["It will not"] == "care alliance"
    assert got["Our members have"] == "harbour workers federation"


def test_it_said_and_a_bare_spokesman_speak_for_the_body_the_passage_is_about(read):
    ex = read(
        "Profits\n\n"
        "Greyfield Foods said sales rose sharply in the last three months of the year.\n\n"
        "“Demand for our frozen range has never been stronger than it is now,” it said.\n\n"
        "A spokesman added: “We expect the second half of the year to be just as good.”"
    )
    got = _by_start(ex)
    assert got["Demand for our"] == "greyfield foods"
    assert got["We expect the"] == "greyfield foods"


def test_a_document_speaks_for_its_author(read):
    ex = read(
        "Audit\n\n"
        "The Harbour Audit Office published its annual review of council spending on Tuesday.\n\n"
        "“The council has not kept proper records of its building contracts,” the report says.\n\n"
        "The motion from Greenvale Residents Association reads: “This council has lost the trust of the people it serves.”"
    )
    got = _by_start(ex)
    assert got["The council has"] == "harbour audit office"
    assert got["This council has"] == "greenvale residents association"


# ---------------------------------------------------------------- pronouns and descriptions


def test_he_said_is_the_person_the_passage_is_about(read):
    ex = read(
        "Row\n\n"
        "Opposition leader Peter Lund attacked the budget. "
        "Mr Lund said the plan had been written for the benefit of John Marsh, the finance minister. "
        "He added: “This budget takes money from the people who can least afford to lose it.”\n\n"
        "The opposition leader accused the finance minister of misleading parliament. "
        "He declared: “Nobody in this chamber believes a single figure in this document.”"
    )
    got = _by_start(ex)
    assert got["This budget takes"] in ("lund", "peter lund")
    assert got["Nobody in this"] in ("lund", "peter lund")


def test_a_person_named_inside_a_quotation_is_never_the_speaker(read):
    ex = read(
        "Council\n\n"
        "Jane Roe criticised the council on Monday.\n\n"
        "“John Marsh promised us a new school and we have waited for six years,” she said."
    )
    assert _by_start(ex)["John Marsh promised"] == "jane roe"


def test_she_skips_a_man_named_by_honorific(read):
    ex = read(
        "Court\n\n"
        "Ms Roe told the court she had worked with Mr Marsh for ten years. "
        "Mr Marsh was not in court on Monday. "
        "“I trusted him with every contract we signed in that time,” she said."
    )
    assert _by_start(ex)["I trusted him"] == "roe"


def test_descriptions_resolve_to_the_person_they_describe(read):
    ex = read(
        "Takeover\n\n"
        "Ken Ashdown has completed his takeover of Harbour City FC.\n\n"
        "The 68-year-old former Rivermouth chairman said: “I am delighted to be taking over such a fantastic club.”\n\n"
        "First Minister Ailsa Grant welcomed the deal. "
        "“This is good news for every supporter in the city,” the First Minister said."
    )
    got = _by_start(ex)
    assert got["I am delighted"] == "ken ashdown"
    assert got["This is good"] == "ailsa grant"


def test_a_placed_office_that_the_mention_table_and_the_passage_both_give_one_person(read):
    ex = read(
        "Stops\n\n"
        "Muslims should accept more stops, a Home Office minister has said.\n\n"
        "Jane Roe said innocent people would be targeted. Rules could be made tougher, she told a Commons inquiry.\n\n"
        "“The threat is most likely to come from those people who hide behind a faith,” the Westbury MP told the committee.\n\n"
        "“It means that some of our powers will be felt more by one community.”"
    )
    got = _by_start(ex)
    assert got["The threat is"] == "jane roe"
    assert got["It means that"] == "jane roe"  # the paragraph that goes on quoting her


def test_a_description_whose_modifier_is_no_entity_is_the_person_the_passage_is_about(read):
    # "TV" in "the TV host" is set aside by the mention table: the phrase still refers back, as "the host" would
    ex = read(
        "Opera\n\n"
        "Talk show host Jerry Vance, whose programme inspired the opera, has said he would not have written it himself.\n\n"
        "Vance helped launch the West End show. “I wouldn't have written it. I don't believe in making fun of "
        "other religions,” he said.\n\n"
        "The TV host said he understood why people thought the musical had gone too far. “You know, on our TV show "
        "if people use bad language we bleep it out, so that viewers at home do not hear it,” he said."
    )
    assert _by_start(ex)["You know, on"] == "jerry vance"


def test_he_means_the_man_of_the_sentence_over_a_name_of_no_known_sex(read):
    # "St Helens": a club the tagger may take for a person; nothing makes it a man, while "he" in the
    # sentence already made Vale one
    ex = read(
        "Lions\n\n"
        "Paul Vale wants the captaincy. “I would definitely want the job - I make no bones about it,” Vale told the BBC.\n\n"
        "St Helens have been strongly linked with a move for young forward Sam Reed, and Vale said he would love the "
        "19-year-old to come to Knowsley Road. “He's a great player - a big strong lad who can certainly hit hard in "
        "defence,” he said."
    )
    assert _by_start(ex)["He's a great"] == "paul vale"


def test_the_verdict_of_a_person_after_a_quotation_names_its_speaker(read):
    ex = read(
        "Mood\n\n"
        "Tom Vale has told supporters he is back and still hungry for the job.\n\n"
        "“The voters are keener on the government than some of our own party members,” is the dry assessment of "
        "Sam Reed, leader of the party group on the council.\n\n"
        "“We simply have to win the next two games or we are out.” That was the verdict of Eastby manager Ann Lutz "
        "after her side lost at home on Saturday."
    )
    got = _by_start(ex)
    assert got["The voters are"] == "sam reed"  # not Vale, whom the sentence before is about
    assert got["We simply have"] == "ann lutz"


def test_an_unnamed_person_is_not_the_person_or_body_the_passage_is_about(read):
    ex = read(
        "Jobs\n\n"
        "Jane Roe, the chief executive of Northwind Bank, announced 200 job cuts on Monday. "
        "“The branches that close will be the ones that customers no longer use,” a government minister said."
    )
    # someone the article does not name: a node of their own, never Roe or the bank
    assert _by_start(ex)["The branches that"] == "a government minister"


# ---------------------------------------------------------------- the sentence or paragraph before


def test_speaker_named_in_the_sentence_or_paragraph_before(read):
    ex = read(
        "Strike\n\n"
        "Union leader Jane Roe was defiant. “We will stay out until the company makes a fair offer to every worker.”\n\n"
        "Peter Lund, who runs the depot, said:\n\n"
        "“We have made our final offer and it will not change next week.”\n\n"
        "Ms Roe says the offer falls far short of the rise in prices."
        " “Our members cannot live on what the company is offering them now.”"
    )
    got = _by_start(ex)
    assert got["We will stay"] == "jane roe"
    assert got["We have made"] == "peter lund"
    assert got["Our members cannot"] == "jane roe"  # "Ms Roe" is a short form of the full name


def test_continuation_paragraphs_and_partial_quotations(read):
    ex = read(
        "Report\n\n"
        "“The service has failed the people who depend on it most,” said Jane Roe, the chair of the inquiry.\n\n"
        "“There was no plan for what would happen when the money ran out.”\n\n"
        "Peter Lund described the findings as “a damning verdict on ten years of neglect by the board”."
    )
    got = _by_start(ex)
    assert got["There was no"] == "jane roe"
    assert got["a damning verdict"] == "peter lund"


# ---------------------------------------------------------------- never a wrong speaker


def test_outlets_and_bodies_named_near_a_quotation_are_not_speakers(read):
    ex = read(
        "Transfer\n\n"
        "Harbour City FC sold their captain to Rivermouth United on Friday.\n\n"
        "“It was the hardest decision I have had to make in this job,” manager Peter Lund told the Coastal Times."
    )
    assert _by_start(ex)["It was the"] == "peter lund"


def test_quoted_as_saying_and_according_to(read):
    ex = read(
        "Oil\n\n"
        "The Coastal Times quoted Jane Roe as saying: “We have no plans to sell any of our oil fields this year.”\n\n"
        "According to Peter Lund, the company “has not paid a penny of the tax it owes to the state”."
    )
    got = _by_start(ex)
    assert got["We have no"] == "jane roe"
    assert got["has not paid"] == "peter lund"


# ---------------------------------------------------------------- round 2: speakers read on unseen news


def test_the_person_a_title_noun_names_speaks_not_the_body_before_it(read):
    ex = read(
        "Jobs\n\n"
        "“Be prepared for a nasty figure for January, about five million out of work,” warned Northwind Bank economist Jane Roe.\n\n"
        "The rise “was due primarily to the onset of a cold winter”, labour office chief Peter Lund said."
    )
    got = _by_start(ex)
    assert got["Be prepared for"] == "jane roe"
    assert got["was due primarily"] == "peter lund"


def test_a_name_the_parser_did_not_make_the_subject(read):
    # a title phrase read as a verb leaves "said" without a subject; a speaker written after the
    # verb can be read as its object
    ex = read(
        "Budget\n\n"
        "Responding to the speech, shadow chief secretary to the Treasury, Tom Arden, said: “This was more talk and no plan at all.”\n\n"
        "“The new rules could really ignite interest in the market,” added Harbour and Finch's Sanjay Rell."
    )
    got = _by_start(ex)
    assert got["This was more"] == "tom arden"
    assert got["The new rules"] == "sanjay rell"


def test_a_title_does_not_name_the_holder_of_another_office(read):
    # "the chancellor" is not the shadow chancellor named before
    ex = read(
        "Chancellor rallies voters\n\n"
        "Gordon Lyle warned voters not to stay at home. He accused shadow chancellor Oliver Penn of plotting cuts.\n\n"
        "The chancellor promised to keep growth going. “My message to young couples is that housing is now at the centre of our plans,” he said."
    )
    assert _by_start(ex)["My message to"] == "gordon lyle"


def test_the_report_speaks_for_the_body_that_wrote_it(read):
    ex = read(
        "Divide\n\n"
        "The gap between rich and poor nations is closing, according to a Northwind Bank report. "
        "The Harbour Union hopes that access to phones will cut poverty.\n\n"
        "“Developing countries are catching up with the rich world in terms of access,” the report said."
    )
    assert _by_start(ex)["Developing countries are"] == "northwind bank"


def test_a_speaker_with_a_month_for_a_surname(read):
    ex = read(
        "Tour\n\n"
        "Guitarist Alan May said he expects to be on the road by the spring. "
        "May said: “We will play every single date that we have booked for this year.” The tour starts in May."
    )
    assert _by_start(ex)["We will play"] == "alan may"


def test_a_transcript_names_its_speaker_before_the_quotation(read):
    ex = read(
        "Harbour 2-1 Rivermouth\n\n"
        "Harbour won on Saturday.\n\n"
        "- Rivermouth boss Tom Arden \"I am bitterly disappointed with the result and with the second half.\"\n\n"
        "- Harbour boss Jane Penrose \"We deserved the win. We had a really good second half.\""
    )
    got = _by_start(ex)
    assert got["I am bitterly"] == "tom arden"
    assert got["We deserved the"] == "jane penrose"


def test_the_first_person_named_between_the_quotation_and_the_verb_speaks(read):
    ex = read(
        "Show\n\n"
        "\u201cThe story this year remains all about digital and how it is changing products,\u201d Jeff Lund, "
        "from the Harbour Electronics Association (HEA) told the Coastal Times website."
    )
    assert _by_start(ex)["The story this"] == "jeff lund"


def test_a_colon_after_a_sentence_about_a_person(read):
    ex = read(
        "Tennis\n\n"
        "Joachim Varga won his second title on Sunday. Varga was more restrained in his assessment: "
        "\u201cI have to improve my serve if I am going to go all the way this year.\u201d"
    )
    assert _by_start(ex)["I have to"] == "joachim varga"


def test_a_spokesman_of_an_owner_the_table_does_not_know_speaks_for_nobody_named_before(read):
    # the body named before is not the one the spokesman speaks for
    ex = read(
        "Election\n\n"
        "Sir Ian Pask told a meeting of the Harbour Police Authority that the threat was real.\n\n"
        "Asked about it, the prime minister's official spokesman said: \u201cWe believe the threat is real and growing.\u201d\n\n"
        "Northwind Bank cut its rates. \u201cWe expect rates to stay low for the rest of the year,\u201d a company spokesman said."
    )
    got = _by_start(ex)
    assert got["We believe the"] is None
    assert got["We expect rates"] == "northwind bank"


def test_a_definite_word_for_what_the_person_is_speaks_as_he_would(read):
    ex = read(
        "Final\n\n"
        "Teammate Jane Okafor said the squad would understand if Roe opted out. \"It would be fantastic "
        "to have her in the team for the final,\" said the European sprint champion.\n\n"
        "Tom Hale will captain the side on Sunday. And the striker said: \"If we lose this game it is "
        "going to be my fault and nobody else's.\"\n\n"
        "Ann Ronan reached her first final on Sunday. \"For me, this was a big success in my career,\" "
        "said the 20-year-old.\n\n"
        "Police found a body on Monday. The man said: \"I saw nothing at all that night in the house.\""
    )
    got = dict(_speakers(ex))
    assert got["It would be fantastic to have her in the team for the final"] == "jane okafor"
    assert got["If we lose this game it is going to be my fault and nobody else's."] == "tom hale"
    assert got["For me, this was a big success in my career"] == "ann ronan"
    assert got["I saw nothing at all that night in the house."] is None


def test_a_surname_after_a_full_name_the_tagger_read_as_a_body_still_speaks(read):
    for lede in ("The athlete's lawyer Gregory Antonakis described the ruling as \"not unexpected\".",
                 "Gregory Antonakis described the ruling as \"not unexpected\"."):
        ex = read("Appeal\n\n" + lede + " \"The timing is extremely surprising and it creates concerns and "
                  "questions,\" said Antonakis. Antonakis later said: \"We have the evidence and it is time "
                  "the world heard it.\"")
        assert [s for _, s in _speakers(ex)] == ["gregory antonakis", "gregory antonakis"], lede


def test_the_body_and_office_description_speaks_for_the_one_holder_of_the_office(read):
    ex = read("Club\n\nEastby have won only two games but chairman Tom Vaughan claims he cannot sack the manager. "
              "But the Eastby chairman added: \"After they discussed the offer with their solicitor, they decided "
              "to withdraw.\"")
    assert [s for _, s in _speakers(ex)] == ["tom vaughan"]
    ex = read("Club\n\nWestby chairman Tom Vaughan spoke on Monday. But the Eastby chairman added: \"After they "
              "discussed the offer with their solicitor, they decided to withdraw.\"")
    assert [s for _, s in _speakers(ex)] == [None]


def test_a_quotation_right_after_another_in_its_paragraph_goes_on_with_its_speaker(read):
    ex = read(
        "Games\n\n"
        "Dr Marta Olsen said: \"Campaigns will keep testing these tools for years. They reach younger voters.\" "
        "\"It will not replace the old forms of campaigning, but it will sit beside them.\"\n\n"
        "\"Nobody should expect a quick change in the way parties work,\" said Tom Reyes. The vote is in May. "
        "\"There is no single answer to the question of turnout in these towns.\""
    )
    got = _speakers(ex)
    assert got[1] == ("It will not replace the old forms of campaigning, but it will sit beside them.", "marta olsen")
    assert got[2][1] == "tom reyes"
    assert got[3][1] is None or got[3][1] == "tom reyes"  # words in between: not a plain run of one voice


def test_the_charity_s_director_is_the_director_the_article_named(read):
    ex = read(
        "Aid\n\n"
        "Oxfam director Barbara Rowe said the cuts were wrong. \"The poorest children are paying for these "
        "policies with their lives,\" she said. \"This year offers the chance of a breakthrough, but only if "
        "leaders act,\" the charity's director added."
    )
    assert [s for _, s in _speakers(ex)] == ["barbara rowe", "barbara rowe"]


def test_an_honorific_before_a_title_word_makes_a_surname(read):
    ex = read(
        "Film\n\n"
        "\"When we master films now, our data rates run at about one gigabit,\" says Mr Dean, director of the firm. "
        "\"In the new version all these make-up lines showed up on the screen,\" explains Mr Dean.\n\n"
        "\"We will look at every part of this plan before the vote,\" Mr President, a reader wrote."
    )
    got = _speakers(ex)
    assert [s for _, s in got[:2]] == ["dean", "dean"]
    assert not any(m.kind == "name" and m.text == "Mr President" for m in ex.mentions)


def test_a_quotation_under_a_report_that_names_nobody_is_the_outer_speaker_s(read):
    ex = read("Film\n\nTribal chief Charles Williams said talks with the producers revealed there was "
              "\"a strong element of violence in the script which cannot be removed\".")
    assert [s for _, s in _speakers(ex)] == ["charles williams"]


def test_an_abbreviation_of_a_name_given_in_full_speaks_even_when_tagged_a_noun(read):
    ex = read("Sport\n\nThe Football Association said on Friday that the manager would face no charge. "
              "But the FA confirmed: \"There will be no further action taken in this matter.\"")
    got = _speakers(ex)
    assert got and got[-1][1] in ("fa", "football association")


def test_a_denied_or_passive_verb_above_a_report_gives_no_speaker(read):
    ex = read("Sport\n\nLenz, 27, is not believed to be as seriously hurt as some reports have suggested after being "
              "\"the victim of an unprovoked assault on a night out\" in Leeds.")
    assert [s for _, s in _speakers(ex)] == [None]


def test_the_ohio_republican_is_the_republican_from_ohio_the_article_named(read):
    ex = read(
        "Hearing\n\n"
        "Rep. Jane Roeder (R-Ohio) and Sen. Tom Lakeman (D-Ohio) met the general. Rep. Carl Dunmore (R-Texas) did not.\n\n"
        "Lakeman asked the general about the report. The general said he had seen it.\n\n"
        "\"We know the agency was told to drop the inquiry before the election,\" the Ohio Republican said."
    )
    assert [s for _, s in _speakers(ex)] == ["jane roeder"]


def test_a_party_word_in_an_apposition_ties_a_person_to_the_party(read):
    ex = read(
        "Hearing\n\n"
        "Devlin Marsh, the top Republican on the panel, questioned the general. The general defended the hire.\n\n"
        "\"Did anyone from the new administration pressure you to stop the hiring at all?\" the Iowa Republican said."
    )
    assert [s for _, s in _speakers(ex)] == ["devlin marsh"]


def test_the_73_year_old_said_is_the_person_the_passage_is_about(read):
    ex = read("Club\n\nHolmbury Rovers chairman Dennis Quarle said the deal was done. \"We have agreed terms with "
              "every creditor of the club,\" the 73-year-old said.")
    assert [s for _, s in _speakers(ex)] == ["dennis quarle"]


def test_a_bare_office_is_the_one_titled_person_the_passage_is_about(read):
    ex = read("Health\n\nHealth Secretary Alan Reid visited the hospital. The minister said: \"Waiting times will "
              "fall this year in every region of the country.\"")
    assert [s for _, s in _speakers(ex)] == ["alan reid"]
    ex = read("Budget\n\nChancellor Ruth Dane and Health Secretary Tom Abel met. The minister said: \"Nothing about "
              "the budget has been agreed by anyone yet.\"")
    assert [s for _, s in _speakers(ex)] == [None]  # two people with titles: which minister is a guess


def test_letters_after_a_name_belong_to_the_name_s_mention(read):
    ex = read(
        "Levy\n\nThe vote was close on Tuesday.\n\n"
        "The Tory transport spokesman, Gordon Ferrier MSP, said: \"It is a form of trickery, and yet again the levy is "
        "being used as a way of hiding costs.\"\n\n"
        "The lawyer for the family, Anne Colquhoun QC, said: \"My client has never been given a fair hearing in any court.\""
    )
    assert [s for _, s in _speakers(ex)] == ["gordon ferrier", "anne colquhoun"]
    assert not any(m.kind == "description" and "Ferrier" in m.text for m in ex.mentions)


def test_she_is_the_mother_though_her_son_shares_her_surname(read):
    ex = read(
        "Trial\n\nSinger Tom Marlowe's trial will cost the county up to $4m.\n\n"
        "Mr Marlowe, 46, denies stealing from the charity. His mother Edith Marlowe told a radio network on Sunday that "
        "her son told her he was innocent. \"I believe that for one reason - I know his character,\" she said. "
        "\"He loves children and he would never take money from them.\""
    )
    assert [s for _, s in _speakers(ex)] == ["edith marlowe", "edith marlowe"]


def test_a_name_before_the_verb_set_off_with_its_own_apposition_speaks(read):
    ex = read(
        "Reshuffle\n\nThe first minister moved three ministers on Monday.\n\n"
        "In response to Dr Pryce's comments, Owain Glyn Rees, leader of the Green group in the assembly, said: "
        "\"It is apparent that this reshuffle by the first minister was just moving the chairs around.\""
    )
    assert [s for _, s in _speakers(ex)] == ["owain glyn rees"]


def test_a_body_talked_about_before_a_comma_is_no_speaker(read):
    ex = read(
        "Row\n\nA film on the party was shown on Monday. The documentary showed Mr Harrow, apparently talking about "
        "the EU, telling the meeting: \"The Danes are the big losers here but they do not care because to them the "
        "project is worth it.\""
    )
    assert [s for _, s in _speakers(ex)] in ([None], ["harrow"])  # never the EU (Harrow is the one shown telling)


def test_who_says_what_the_noun_right_before_it_says(read):
    ex = read(
        "Posters\n\nThe leaflets were described as a \"big misjudgement\" by the Conservatives who said Labour's "
        "\"first shot of the campaign has gone badly wrong\"."
    )
    assert [s for _, s in _speakers(ex)] == ["conservative party"]


def test_an_inverted_verb_s_object_is_its_speaker(read):
    ex = read(
        "Derby\n\nNorthfield's Tom Varley has called the rivalry with Eastbury \"fierce\".\n\n"
        "\"It had a big effect on the squad, but again because of the manner of the defeat,\" added the 29-year-old, "
        "referring to a late penalty."
    )
    assert [s for _, s in _speakers(ex)] == ["tom varley"]


def test_a_reporting_verb_set_off_by_commas_names_its_speaker_after_it(read):
    ex = read(
        "Dollar\n\nThe dollar was up slightly on Tuesday. But analysts said the respite was likely to be short. "
        "The finance ministers' words, said Kenji Morita of Tama Bank in Osaka, were \"far too weak to move the market "
        "in any direction\".\n\n"
        "Lena Ostrova, of the Open Code Group, doubted the plan would work. Instead, said Ms Ostrova, the locks were "
        "meant to control the people buyers trust most - their customers.\n"
        "\"The studios see a chance to sell you the same films again and again, in every format they can invent.\""
    )
    assert [s for _, s in _speakers(ex)] == ["kenji morita", "lena ostrova"]


def test_a_quotation_after_a_short_one_goes_on_with_the_voice_before_it(read):
    ex = read(
        "Rivals\n\nNorthfield's Tom Varley has called the rivalry with Eastbury \"fierce\".\n\n"
        "\"It is just more heated and more personal against Eastbury,\" the defender told a local paper. "
        "\"There's real tension. \"If we beat them on Sunday it will be one of our best wins for years, given the way "
        "we lost to them last time.\""
    )
    assert [s for _, s in _speakers(ex)] == ["tom varley", "tom varley"]



def test_a_title_of_a_body_then_a_name_with_a_post_speaks_as_the_person(read):
    ex = read(
        "Homes\n\nThe Rural Housing Committee published its report on Monday.\n\n"
        "Chairman of the Rural Housing Committee Alan Pyke MP, said: \"The housing plan is a clear example of thinking "
        "that joins nothing up.\""
    )
    assert [s for _, s in _speakers(ex)] == ["alan pyke"]


def test_who_told_makes_the_name_before_it_the_speaker_of_the_next_she_said(read):
    ex = read(
        "Awards\n\nMara Quill and Tessa Vonn were both nominated on Tuesday. It is the first nomination for actress Quill, "
        "chosen for her role in Red Harbour. It is also a debut nomination for Vonn, 52, who told a radio station she had "
        "not expected the film to do well. \"It was a strange and happy time making the film and I am still amazed,\" she said."
    )
    assert [s for _, s in _speakers(ex)] == ["tessa vonn"]


def test_a_clause_inside_the_reporting_clause_does_not_take_over_its_speaker(read):
    ex = read(
        "Agencies\n\nThe report was welcomed on Monday. Green spokesman Aldo Brenner meanwhile said instead of the cuts "
        "the Farmers Union had promised, there had been a rise. \"For twenty years these agencies have grown and grown "
        "without anyone asking what they are for.\""
    )
    assert [s for _, s in _speakers(ex)] == ["aldo brenner"]


def test_a_possessive_pronoun_keeps_the_person_the_passage_is_about_over_a_name_in_passing(read):
    ex = read(
        "Speech\n\nOwen Marsh's big speech opened the campaign. The party leader used his speech to set out his plans. "
        "There was an attempt to end the gossip about his rift with treasurer Carl Pettifer.\n\n"
        "In a key passage, he declared: \"In our next term we will widen opportunity for every family in the land.\""
    )
    assert [s for _, s in _speakers(ex)] == ["owen marsh"]


def test_the_dutchman_said_is_the_person_the_passage_is_about(read):
    ex = read(
        "Cup\n\nEastby manager Pieter Kramsveld praised his players for their patience in a 2-0 win over Northfield.\n\n"
        "\"We had the ball for long spells but it was never easy against them,\" the Dutchman said."
    )
    assert [s for _, s in _speakers(ex)] == ["pieter kramsveld"]


def test_she_after_a_spokeswoman_is_the_body_she_speaks_for(read):
    ex = read(
        "Calls\n\nThe Green Alliance was accused of ringing voters. A Green Alliance spokeswoman said the party kept to the "
        "rules. She said: \"We do follow the rules on calls and we would never do anything the law does not allow.\""
    )
    assert [s for _, s in _speakers(ex)] == ["green alliance"]


def test_it_looks_past_a_sentence_that_names_a_person_only_in_passing(read):
    ex = read(
        "Recall\n\nBrightline has said it will replace two million cables. The firm said fewer than one in 10,000 units "
        "had failed. The recall affects units sold in shops run by Tom Harker since 2001. In a statement, it added: "
        "\"In almost all cases any damage was contained within the unit itself.\""
    )
    assert [s for _, s in _speakers(ex)] == ["brightline"]


def test_a_description_of_a_body_s_post_is_the_person_the_article_gave_it(read):
    ex = read(
        "Cup\n\nNorthfield manager Pavel Dorn praised his side after the win over Eastby. Eastby striker Tom Varley, 28, "
        "scored late. Dorn said the title race was open. Varley said he was pleased. \"We were very good and deserved to "
        "win the game in the end,\" the Northfield boss said. \"It was a great goal and I am so happy for the whole team "
        "tonight,\" the 28-year-old said."
    )
    assert [s for _, s in _speakers(ex)] == ["pavel dorn", "tom varley"]


def test_a_nation_s_adjective_names_the_office_its_name_gave(read):
    # the parser reads the two names differently: a compound of the title, and an apposition to it
    for name in ("Arkady Brun", "Boris Kalinin"):
        ex = read(
            f"Sale\n\nRussia's president {name} defended the sale on Monday. Analyst Carl Bender said the deal was a "
            "surprise. \"Everything was done by market methods and I think this is quite normal,\" the Russian president said."
        )
        assert [s for _, s in _speakers(ex)] == [name.lower()]


def test_a_bare_office_right_after_a_sentence_about_a_named_person_is_that_person(read):
    ex = read(
        "Talks\n\nThe summit opened in Vienna on Monday. Turning to the dispute, Mr Hallworth refused to give any hint of "
        "new strikes. The prime minister conceded that the alliance had \"what appears to be a much harder position\" on the "
        "matter.\n\n"
        "Ken Aldous met the minister on Friday. The minister said that \"the money will be found for every one of these "
        "new schools\"."
    )
    assert [s for _, s in _speakers(ex)] == ["hallworth", None]


def test_she_after_a_body_s_spokeswoman_read_as_a_prepositional_phrase_is_the_body(read):
    ex = read(
        "College\n\nThe online college was scrapped last year, said its chief executive Tom Harker. A Department for "
        "Education and Skills spokeswoman said the venture had been \"ambitious\". She added: \"The college was not the "
        "only body to have lost out on private investment after the boom.\""
    )
    assert [s for _, s in _speakers(ex)] == ["department for education and skills"]


def test_a_body_named_in_a_clause_on_the_speaker_is_not_the_speaker(read):
    ex = read(
        "Comeback\n\nMara Quill beat Tessa Vonn in straight sets on Sunday.\n\n"
        "\"Physically, it is obvious that I hit rock bottom last year,\" said the 22-year-old, who will make her comeback "
        "in the Eastby International next month."
    )
    assert [s for _, s in _speakers(ex)] == ["mara quill"]


def test_her_lawsuit_speaks_for_her(read):
    ex = read(
        "Suit\n\nThe sprinter Dana Morrow sued her former coach on Wednesday. Her lawsuit, filed in the Eastby District "
        "Court, said she \"has never taken any banned drug at any time in her career\"."
    )
    assert [s for _, s in _speakers(ex)] == ["dana morrow"]


def test_a_name_closing_the_sentence_before_its_reporting_verb_is_who_he_is(read):
    ex = read(
        "Targets\n\nThe party named its targets on Monday. Others targeted include Owen Marsh, Carl Pettifer and Aldo "
        "Brenner, the party's elections chief Lord Hallworth said. He said it was \"nothing personal at all, just "
        "arithmetic in a few seats\"."
    )
    assert [s for _, s in _speakers(ex)] == ["hallworth"]


def test_a_body_named_in_a_clause_after_an_inverted_speaker_is_not_the_speaker(read):
    ex = read(
        "Shares\n\nAnalysts were divided on Thursday.\n\n"
        "\"Currently, I think the strategic position is more sensible than an outright takeover,\" said one analyst "
        "quoted by the Eastby News Agency."
    )
    assert [s for _, s in _speakers(ex)] == ["one analyst"]  # someone not named, not the agency


def test_according_to_a_title_and_a_name_read_as_two_things_is_the_named_person(read):
    ex = read(
        "Deal\n\nRecord labels agreed a code on Tuesday.\n\n"
        "\"The industry will work with the artists while still keeping their freedom of speech,\" according to media "
        "and PR strategist Carl Pettifer, who is representing the labels."
    )
    assert [s for _, s in _speakers(ex)] == ["carl pettifer"]


def test_a_quotation_opening_a_paragraph_takes_the_speaker_named_after_it(read):
    ex = read(
        "Coach\n\n\"Do you have it in your heart? How much do you really hate to lose?\" \"Nobody else can ever teach "
        "you that part of the game.\"\n"
        "These are the questions Rex Hallam will be asking of the young players. The veteran arrived in London on "
        "Thursday. \"Everybody hits the ball well and there is a very fine line at the top,\" said Hallam."
    )
    assert [s for _, s in _speakers(ex)] == ["rex hallam", "rex hallam", "rex hallam"]


def test_a_player_described_by_his_club_is_the_person_not_the_club(read):
    # "said the Brackton striker" with nobody tied to Brackton before: a member of the body, the person
    # the passage is about, as "said the striker" is; never the club itself
    ex = read(
        "Match report\n\n"
        "Dan Orrell scored the winner against Castleford. Orrell was full of praise for his team-mate. "
        "\"It was great play from Tom, we deserved it,\" said the Brackton striker. "
        "\"I always try to be sniffing around the box when he has the ball.\""
    )
    assert [s for _, s in _speakers(ex)] == ["dan orrell", "dan orrell"]


def test_the_people_subjects_describe_are_read_for_the_relations(nlp):
    # the passage's reading of described subjects, handed on to the relation rules: a noun with the
    # name right after it is that name (named after it in its sentence, but not someone else)
    from graph.building.extract.mentions import find_mentions
    from graph.building.extract.quotes import read_quotations
    from graph.building.nlp import parse

    text = ("Doping\n\nKostas Verakis and Eleni Thanopoulou have been charged. They will face a hearing in front of the Greek "
            "Federation, which will determine their fate. Their former coach Christos Tzekaris has also been charged with "
            "distributing banned substances.")
    paras = parse(nlp, text)
    table = find_mentions(paras)
    _, described = read_quotations("t1", paras, table)
    docs = {p.index: p.doc for p in paras}
    read = {docs[p][i].text: table.items[who].key if who is not None else None for (p, i), who in described.items()}
    assert read == {"coach": "christos tzekaris"}
# ---------------------------------------------------------------- speakers a reader finds plainly


def test_an_office_of_a_place_right_after_a_sentence_about_its_holder(read):
    ex = read(
        "Kremlin defends sale\n\n"
        "\u201cEverything was done by market methods,\u201d Mr Arkov said at his press conference.\n\n"
        "He said privatisations had involved trickery by people seeking state property. "
        "\u201cNow the state, using market methods, is safeguarding its interests. I think this is quite normal,\u201d "
        "the Ruritanian president said."
    )
    assert _by_start(ex)["Now the state,"] == "arkov"


def test_a_noun_the_article_wrote_as_a_title_before_a_name_means_that_person(read):
    ex = read(
        "Prop Tovey ready for hard graft\n\n"
        "Dan Tovey says the Wessex forwards are determined to set the perfect platform for the backs.\n\n"
        "The prop said: \u201cIf we get stuffed in the front five our backs have had it. We will see how good they are.\u201d"
    )
    assert _by_start(ex)["If we get"] == "dan tovey"


def test_due_to_say_is_said_by_the_subject_of_be(read):
    ex = read(
        "Tories set out plans\n\n"
        "Mr Dorran said the country should take its fair share of refugees.\n\n"
        "\u201cThe anniversary has reminded all of us that we have a moral responsibility to those fleeing,\u201d he was due to say."
    )
    assert _by_start(ex)["The anniversary has"] == "dorran"


def test_any_verb_inverted_after_a_quotation_before_a_name_is_a_quotative(read):
    ex = read(
        "Composer recalls night\n\n"
        "The smell turned out to be new paint smouldering on the music stands.\n\n"
        "\u201cNo one died, it's not a big story, but it was scary at the time,\u201d laughs Bertil Vance. "
        "When the ceremony is over, he goes home."
    )
    assert _by_start(ex)["No one died,"] == "bertil vance"


def test_it_after_a_persons_statement_is_that_person(read):
    ex = read(
        "Adviser denies report\n\n"
        "The adviser said there was no truth in the report. Mr Dallow's statement said: "
        "\u201cThe party has been making an impact on the issues that matter over the past week.\u201d\n\n"
        "It added: \u201cThe other parties will be wanting to do all they can to distract attention from the issues.\u201d"
    )
    assert _by_start(ex)["The other parties"] == "dallow"


def test_a_place_in_an_unnamed_persons_title_is_no_speaker(read):
    ex = read(
        "Minister warns on searches\n\n"
        "Home Office minister Jane Welby said innocent people would be stopped. Rules could also be made tougher, "
        "she told a Commons inquiry. Her comments have been described as \u201cirresponsible\u201d by the Northfield Rights Group.\n\n"
        "\u201cThe threat is most likely to come from those people who hide behind the rules,\u201d the Eastby MP told the "
        "Commons home affairs committee."
    )
    assert _by_start(ex)["The threat is"] != "eastby"


def test_the_former_monopoly_is_the_company(read):
    ex = read(
        "Telecom plans\n\n"
        "Northtel has submitted new proposals to the regulator. Northtel's competitors have frequently accused it "
        "of misusing its status.\n\n"
        "\u201cCentral to the proposals are plans to offer operators lower wholesale prices and faster broadband "
        "services,\u201d the former monopoly said."
    )
    assert _by_start(ex)["Central to the"] == "northtel"


def test_a_spokeswoman_for_a_body_whose_name_has_commas_speaks_for_it(read):
    ex = read(
        "Visa rules hit bands\n\n"
        "Musicians are finding it harder to get visas to play in the US, according to the industry body.\n"
        "\u201cIt is still very important, but there are other markets like Europe, India and China,\u201d added Mr Sellby.\n"
        "A Department for Trade, Culture and Sport spokeswoman said: \u201cWe are aware that people are "
        "experiencing problems, and are working with the embassy.\u201d"
    )
    assert (_by_start(ex)["We are aware"] or "").startswith("department for trade")


def test_a_hyphened_person_noun_is_the_person_the_passage_is_about(read):
    ex = read(
        "Singer's mother speaks\n\n"
        "His mother Martha Kell told a television network on Sunday that her son was innocent. "
        "\u201cI believe that for one reason - I know his character,\u201d she said. Describing Mr Kell as "
        "\u201ca good person\u201d, the mother-of-nine said she feared he would not be given a fair trial. "
        "\u201cI can't sleep thinking about what these wicked people might try to do to him,\u201d she said."
    )
    assert _by_start(ex)["I can't sleep"] == "martha kell"


def test_an_age_before_any_noun_but_an_anonymous_one_is_the_person_the_passage_is_about(read):
    ex = read(
        "Singer quits\n\n"
        "Pop star Tom Garvey says he is retiring from touring.\n\n"
        "\u201cI thought I should explain myself before I disappear,\u201d said Garvey, who was at a festival to launch "
        "a film about his life. The 41-year-old chart-topper told reporters that he wanted to \u201cmove his career "
        "into a different form altogether for good\u201d."
    )
    assert _by_start(ex)["move his career"] == "tom garvey"
    ex = read(
        "Attack\n\n"
        "Jane Roe was attacked in the street on Monday.\n\n"
        "\u201cI just wanted to go home and sleep it off after a long night,\u201d the 30-year-old man told police."
    )
    assert _by_start(ex)["I just wanted"] is None


def test_a_quotation_that_names_someone_is_not_theirs_when_read_from_a_pronoun_or_the_passage(read):
    ex = read(
        "Cup tie\n\n"
        "Tom Varnel scored twice as Eastby beat Westham 3-1 on Saturday. "
        "\"Tom was superb today and he deserved both of his goals,\" he said.\n\n"
        "Lena Dorsey was one of the most driven people in the sport. "
        "\"She trained every morning before dawn, and Lena never once missed a session.\"\n\n"
        "Paul Hemmer said the side had played well. \"We kept going to the end and deserved the win,\" he said."
    )
    got = [s for _, s in _speakers(ex)]
    assert got[0] is None  # Varnel is spoken of, not speaking
    assert got[1] is None  # Dorsey is spoken of
    assert got[2] == "paul hemmer"


def test_a_lawsuit_speaks_only_for_an_author_the_article_names(read):
    ex = read(
        "Court\n\n"
        "Actor Tom Brell is suing Harlow Pictures over an injury he suffered while making a film.\n\n"
        "\"We are not able to comment on pending litigation at this time,\" a Harlow Pictures spokesman said. "
        "The lawsuit said Brell has endured \"extreme mental, physical and emotional pain and suffering\".\n\n"
        "A lawsuit by Denholm Foods accuses the bank of fraud. "
        "The lawsuit said the bank had \"hidden its losses from every one of its investors\"."
    )
    got = dict(_speakers(ex))
    assert got["extreme mental, physical and emotional pain and suffering"] is None  # not the studio it is against
    assert got["hidden its losses from every one of its investors"] == "denholm foods"


def test_a_place_after_a_preposition_before_the_verb_is_not_the_speaker(read):
    ex = read(
        "Politics\n\n"
        "Former welfare minister Frank Dorrell MP criticised the rivalry between the pair on a Sunday programme.\n\n"
        "\"What sort of model does it give to the nation when the two leaders do nothing but fight?\" "
        "the Labour MP for Eastbury asked."
    )
    got = [s for _, s in _speakers(ex)]
    assert got[0] in (None, "frank dorrell")  # never Eastbury, where the MP sits


def test_a_name_the_parser_hung_loose_on_a_verb_with_no_subject_reports(read):
    ex = read(
        "Hunting\n\n"
        "Anti-hunt groups deployed 100 monitors at hunts to check for illegal activity.\n\n"
        "Mike Hobday, from the league, said video evidence of the law being broken was to be passed onto police. "
        "\"Our evidence suggests that most hunts did operate within the law, many meeting and promptly going home.\""
    )
    assert [s for _, s in _speakers(ex)] == ["mike hobday"]


def test_a_comma_closing_an_apposition_before_a_verb_with_no_subject_names_the_speaker(read):
    ex = read(
        "Piracy\n\n"
        "US Customs claimed Mr Gribble was one of the group's leaders but his lawyer, Antony Tarrant, told the "
        "BBC News website it was a laughable suggestion and added: \"He was living on welfare and had such an old "
        "computer that he couldn't even download software.\""
    )
    assert [s for _, s in _speakers(ex)] == ["antony tarrant"]


def test_an_unnamed_member_of_a_body_is_not_the_body(read):
    ex = read(
        "Markets\n\n"
        "The Eastby Stock Exchange (ESE) has recorded its largest single day gain.\n\n"
        "One leading Eastby broker said the real reasons may be political. \"If you file a big case against "
        "foreign money, that money will not come back here any more.\""
    )
    assert [s for _, s in _speakers(ex)] == ["one leading eastby broker"]


def test_he_after_according_to_is_the_source_not_a_name_in_passing(read):
    ex = read(
        "Books\n\n"
        "The novel claims Julius was not crucified, but married Ruth Alder and died a normal death. "
        "The Bishop of Eastby, the Rt Rev Dr Tom Waring, described the novel as a \"great thriller\" but "
        "\"lousy history\". Despite enjoying Dan Corley's conspiracy theory, the Bishop said there was a lack of "
        "evidence to back up its claims.\n\n"
        "Writing his Christmas message in the Northern Echo, the Bishop said: \"Conspiracy theories are always fun - "
        "fun to invent, fun to read, fun to fantasise about.\" A great deal of credible evidence proves the Biblical "
        "version of Julius' life was true, according to the Bishop. \"The evidence for Julius and the origins of "
        "the faith is astonishingly good,\" he said."
    )
    got = [s for _, s in _speakers(ex)]
    assert got == ["tom waring", "tom waring"]  # never Julius, who is spoken of


def test_a_body_may_name_itself_in_its_own_statement(read):
    ex = read(
        "Cars\n\n"
        "Velmont posted record profits on Thursday.\n\n"
        "\"In a sluggish market, Velmont intends to continue to grow its global sales,\" the company said in a statement."
    )
    assert [s for _, s in _speakers(ex)] == ["velmont"]


def test_a_sex_guessed_from_a_given_name_does_not_outweigh_being_the_subject(read):
    ex = read(
        "Athletics\n\n"
        "World champion Kim Varro will compete in the 60m at the Eastby Grand Prix on 18 February. "
        "Olympic champion Tom Greer will also take part. Varro ran in Eastby at the 2003 championships. "
        "\"I'm looking forward to competing against such a strong field,\" he said.\n\n"
        "Police arrested Jane Holm's son on Monday. \"I am completely innocent of every one of these charges,\" he said."
    )
    got = [s for _, s in _speakers(ex)]
    assert got[0] == "kim varro"  # "Kim" is mostly a woman's name in the census, not always
    assert got[1] != "jane holm"  # her son, not she: she is no subject there


def test_a_bare_spokeswoman_speaks_for_the_body_the_passage_is_about_not_one_named_in_passing(read):
    ex = read(
        "Television\n\n"
        "The Saturday night show Lucky Numbers will not return to screens, the WBC has said.\n\n"
        "The former breakfast presenters were recruited last July to host the WBC Two family variety show. "
        "\"There are currently no plans for another series of the show,\" a spokeswoman said."
    )
    assert [s for _, s in _speakers(ex)] == ["wbc"]  # not its channel, named in passing


def test_a_sentence_the_parser_cut_where_no_stop_is_keeps_its_subject(read):
    ex = read(
        "Politics\n\n"
        "Tory leader Tom Harwood has accused Alan Brisk of performing U-turns over rules on burglars.\n\n"
        "On Thursday, Mr Harwood told BBC Radio 4's Today programme Mr Brisk had initially refused the law change, "
        "then had come round to the idea and was now backtracking again. He said: \"We've had three policy "
        "positions in three months and two U-turns.\""
    )
    assert [s for _, s in _speakers(ex)] == ["tom harwood"]


def test_a_sentence_that_names_nobody_does_not_break_a_speaker_s_run(read):
    ex = read(
        "Film\n\n"
        "\"We believe it to be truly a whole new franchise,\" said Gill Hardy, president of Lee's POW! Entertainment. "
        "\"In this world where people are looking for something different, this story is the one.\""
    )
    got = [s for _, s in _speakers(ex)]
    assert got == ["gill hardy", "gill hardy"]  # "Entertainment." read as a sentence of its own
    ex = read(
        "Football\n\n"
        "Tom Reyes said: \"We will win this league this year, whatever people say.\" The season ends in May and "
        "the title race is close. \"There is no doubt in my mind about this side at all.\""
    )
    assert [s for _, s in _speakers(ex)] == ["tom reyes", "tom reyes"]


def test_a_compound_noun_the_parser_split_at_the_end_of_the_sentence_says_a_person(read):
    ex = read(
        "Rugby\n\n"
        "Eastland skipper Marco Tevani believes Saturday's contest against Westmark will be a scrappy encounter. "
        "And Tevani feels the contest could end up being a bruising battle of the packs. \"It will not be a pretty "
        "game because both teams are desperate to gain their first win,\" said the lock forward."
    )
    assert [s for _, s in _speakers(ex)] == ["marco tevani"]


def test_the_one_a_film_shows_telling_a_meeting_speaks(read):
    ex = read(
        "Politics\n\n"
        "The documentary showed Mr Tarrow, apparently talking about the EU, telling the meeting: \"The big "
        "states are the losers here but they don't care because to them the project is worthwhile.\""
    )
    assert [s for _, s in _speakers(ex)] == ["tarrow"]


# ---------------------------------------------------------------- someone the article does not name


def _unnamed(ex, q):
    """The mention a quotation's speaker resolves to, if it is someone the article does not name."""
    idx = q.speaker
    while idx is not None and ex.mentions[idx].antecedent is not None:
        idx = ex.mentions[idx].antecedent
    return ex.mentions[idx] if idx is not None and ex.mentions[idx].kind == "unnamed" else None


def test_someone_introduced_by_an_indefinite_description_speaks(read):
    ex = read(
        "Markets\n\n"
        "Shares in Eastby rose for a third day on Tuesday, led by energy stocks.\n\n"
        "One leading broker said the real reasons may be political. \"If you file a big case against foreign "
        "money, that money will not come back here any more.\" Investors are now hoping for more gains. "
        "\"You can call it a peace dividend for all of us,\" smiles one broker. \"Let us see how long one can "
        "reap its benefits.\""
    )
    who = [_unnamed(ex, q) for q in ex.quotations]
    assert all(m is not None for m in who), _speakers(ex)
    assert {m.text for m in who} == {"One leading broker"}  # the later "one broker" is the same one
    assert who[0].type == "Person"


def test_a_number_of_people_not_named_speak_as_a_group(read):
    ex = read(
        "Football\n\n"
        "A group of five MPs wrote to the minister on Monday. \"Any takeover designed to load the club with debt "
        "would be against the interests of its supporters,\" the letter said.\n\n"
        "\"We will not stand by while the club is sold to the highest bidder,\" three MPs said in a statement."
    )
    got = {q.text.split()[0]: _unnamed(ex, q) for q in ex.quotations}
    assert got["We"] is not None and got["We"].text == "three MPs" and got["We"].type == "Organization"
    ex = read(
        "Football\n\n"
        "A group of five MPs said on Monday: \"Any takeover designed to load the club with debt would be against "
        "the interests of its supporters.\""
    )
    assert _unnamed(ex, ex.quotations[0]).text == "A group of five MPs"


def test_an_unnamed_person_of_a_named_body_or_person_is_no_unnamed_speaker(read):
    ex = read(
        "Banks\n\n"
        "Northwind Bank reported higher profits on Monday. \"The results show the strength of the retail "
        "business in a hard year,\" an analyst at Northwind Bank said. Jane Roe was charged last week. "
        "\"My client will fight these charges with everything she has,\" her lawyer said."
    )
    assert [_unnamed(ex, q) for q in ex.quotations] == [None, None]


def test_the_same_noun_later_is_the_one_not_named_only_when_no_name_has_it(read):
    ex = read(
        "Markets\n\n"
        "Trading was heavy in Eastby on Tuesday. One trader said prices would keep rising. \"The buyers are "
        "coming back after a very long absence,\" the trader added."
    )
    assert _unnamed(ex, ex.quotations[0]) is not None and _unnamed(ex, ex.quotations[0]).text == "One trader"
    ex = read(
        "Markets\n\n"
        "One trader said prices would keep rising. Trader Jane Roe disagreed with that view. \"The buyers are "
        "coming back after a very long absence,\" the trader added."
    )
    assert _speakers(ex)[0][1] == "jane roe"


def test_he_after_an_unnamed_speaker_is_that_speaker(read):
    ex = read(
        "Politics\n\n"
        "Jane Roe announced the new tax on Monday.\n\n"
        "\"This tax will hurt the people who can least afford it,\" a senior minister said. "
        "\"We should have thought about it for much longer than we did,\" he added."
    )
    who = [_unnamed(ex, q) for q in ex.quotations]
    assert who[0] is not None and who[1] is not None and who[0].text == who[1].text == "a senior minister"


def test_an_unnamed_speaker_who_speaks_no_quotation_leaves_no_mention(read):
    ex = read("Markets\n\nShares fell sharply on Tuesday. One broker said the fall would not last long.")
    assert not [m for m in ex.mentions if m.kind == "unnamed"]


def test_an_unnamed_speaker_is_no_party_to_an_edge(read):
    ex = read(
        "Banks\n\n"
        "Northwind Bank raised its fees again on Monday. \"Northwind Bank is a disgrace and has treated its "
        "customers with contempt,\" one angry customer said."
    )
    assert _unnamed(ex, ex.quotations[0]) is not None
    assert not [r for r in ex.relations if r.subject is not None and ex.mentions[r.subject].kind == "unnamed"]



def test_a_name_typed_a_place_in_a_title_is_still_the_body_the_article_spells_out(read):
    ex = read(
        "Output\n\n"
        "According to figures from the Ministry of Energy, Transport and Industry (METI), the decline was led by a fall "
        "in demand. Officials played the figures down. \"The outlook for November is positive so I do not think "
        "conditions have worsened,\" said a METI official."
    )
    assert [_unnamed(ex, q) for q in ex.quotations] == [None]


def test_a_noun_the_parser_made_the_subject_of_an_inverted_said_is_no_unknown_speaker(read):
    ex = read(
        "Phones\n\n"
        "Few people send picture messages. The fact that the services do not work across networks only adds to "
        "their reluctance, said Mr Ravi Dalal. \"They ask themselves whether it will work on another handset at all,\" "
        "he said."
    )
    assert [s for _, s in _speakers(ex)] == ["ravi dalal"]


def test_one_sentence_about_things_and_bodies_does_not_break_a_speaker_s_run(read):
    ex = read(
        "Gadgets\n\n"
        "\"Everything is going digital,\" Jane Roe from the Acme Association told the BBC News website. The Acme "
        "Show featured the best of this year's products. \"Consumers are controlling what they want and when they "
        "want it.\""
    )
    assert [s for _, s in _speakers(ex)] == ["jane roe"]


def test_a_sentence_whose_subject_is_a_document_breaks_a_speaker_s_run(read):
    ex = read(
        "Talks\n\n"
        "\"We came very close to a deal in the end,\" Jane Roe told the BBC. The minutes of the meeting show how the "
        "deal fell apart. \"The minister said he could not accept the terms that were offered to him.\""
    )
    assert [s for _, s in _speakers(ex)] == ["jane roe", None]


def test_an_office_the_article_once_gave_a_person_goes_on_meaning_that_person(read):
    ex = read(
        "Debt relief\n\n"
        "The days of apologising for the past are over, Tom Hale has said.\n"
        "The chancellor, speaking during a tour of Africa, said it was time to talk about shared values. "
        "Under the plan, countries must spend the cash saved on health and schools. \"We make this offer unilaterally "
        "but we are now asking other countries to join us,\" the chancellor said."
    )
    assert [s for _, s in _speakers(ex)] == ["tom hale"]


def test_a_place_the_parser_hung_on_a_name_is_no_title_of_the_person(read):
    ex = read(
        "Debt relief\n\n"
        "The days of apologising for the past are over, Tom Hale has said.\n"
        "The chancellor, speaking during a tour of Africa, said it was time to talk about shared values. "
        "On top of the relief deal with Tanzania Mr Hale said the UK would make similar offers to 70 poorer nations. "
        "Health Secretary Jane Roe said clinics would gain. \"We make this offer unilaterally "
        "but we are now asking other countries to join us,\" the chancellor said."
    )
    assert [s for _, s in _speakers(ex)] == ["tom hale"]


def test_a_sentence_about_things_opening_the_next_paragraph_does_not_break_a_speaker_s_run(read):
    ex = read(
        "Cinema\n\n"
        "Each film has been compressed from a much larger file. Jane Roe, associate director of Acme Cinemas, said the "
        "compression was visually lossless.\n\n"
        "The films will all be encrypted to prevent piracy. \"People will see the picture quality is a bit clearer "
        "with no scratches at all.\""
    )
    assert [s for _, s in _speakers(ex)] == ["jane roe"]


def test_his_son_is_the_one_person_the_article_called_a_son(read):
    ex = read(
        "Tapes\n\n"
        "\"We have had them for a lot of years and people should enjoy them,\" Mr Tarrow's son Dale, 57, said on Friday. "
        "Mr Tarrow, who died in 1994, always made two tapes of every session as a back-up. \"He called them his "
        "safety tapes for the studio,\" his son said."
    )
    assert [s for _, s in _speakers(ex)] == ["dale", "dale"]


def test_the_body_s_post_is_the_one_person_the_article_tied_to_the_body(read):
    ex = read(
        "Aid\n\n"
        "Some 45 million children will die needlessly before 2015, the charity Northaid says in a report. \"As rich "
        "countries get richer, they are giving less and less to the poor,\" Northaid's Barbara Stell said.\n\n"
        "\"The world's poorest children are paying with their lives. \"This year offers the chance for an historic "
        "breakthrough on debt and aid,\" the charity's director added."
    )
    assert _speakers(ex)[-1][1] == "barbara stell"



def test_a_body_named_before_the_noun_for_a_person_is_not_the_speaker(read):
    # the body says whom the person plays for or where they come from; the person described speaks
    ex = read(
        "Match\n\n"
        "Skipper Tom Lund thinks the side will recover soon. \"There is no lack of belief in this young team at "
        "all,\" said the Harbour City full-back.\n\n"
        "Westford coach Anna Berg named her side on Friday. The match is on Sunday. \"We have worked very hard on "
        "our defending this week,\" the Westford coach said."
    )
    assert [s for _, s in _speakers(ex)] == ["tom lund", "anna berg"]
    alone = read("Match\n\n\"It was a real lesson for me and I will learn from it,\" said the Westford Rovers striker.")
    assert _speakers(alone)[0][1] != "westford rovers"


def test_he_added_after_a_sentence_about_the_one_he_praises_goes_on_with_the_last_speaker(read):
    # "He" read as Dann, whom the quotation names: not Dann, but the one who was speaking
    ex = read(
        "Night\n\n"
        "Eastby beat Westby 3-1 and manager Tomas Kerrigan said: \"It was a really great night for all of us.\" "
        "Kerrigan hailed Paul Dann for his winner. The side scored three goals in a comeback capped by Dann's drive. "
        "He added: \"Paul can play all over the pitch and he influences every part of the game.\""
    )
    assert [s for _, s in _speakers(ex)] == ["tomas kerrigan", "tomas kerrigan"]


def test_a_pronoun_after_a_sentence_about_the_one_the_quotation_names_is_the_last_speaker(read):
    ex = read(
        "Rap\n\n"
        "\"I want the club in the top six every single season,\" said Kerrigan, the Eastby manager. Kerrigan has rapped "
        "skipper Olof Brandt for his comments before the derby.\n\n"
        "Brandt spoke of his dislike of the rivals ahead of the match. \"I've had more than a quiet word with Olof about "
        "it,\" he told the club website. \"You shouldn't leave yourself open to be shot down like that.\""
    )
    got = [s for _, s in _speakers(ex)]
    assert got[1] == got[2] == got[0] and "brandt" not in got[1]


def test_a_name_after_the_quotation_then_an_aside_then_the_closing_verb_speaks(read):
    ex = read(
        "Trade\n\n"
        "\"The losers in this new trade landscape will be some of the most vulnerable workers in countries such as "
        "Bangladesh, Cambodia, Sri Lanka and Nepal,\" Anders Pellew, Northaid's head of Trade Policy, said."
    )
    assert _speakers(ex)[0][1] == "anders pellew"


def test_a_bare_surname_the_tagger_missed_is_the_person_named_before_with_it(read):
    ex = read(
        "Kicks\n\n"
        "Meanwhile, former England full-back Dusty Hare put England's mistakes down to a lack of mental toughness.\n\n"
        "\"Tom Kell has proved himself a cool customer with around an 80% kicking success rate,\" Hare told BBC Radio "
        "Five Live."
    )
    assert _speakers(ex)[0][1] == "dusty hare"


def test_an_office_in_a_body_is_not_the_one_the_article_gave_another_post_in_it(read):
    ex = read(
        "Row\n\n"
        "Peter Tallis, agent for Arundel and South Downs Tories, said Mr Fenn was ineligible to be a candidate.\n\n"
        "But the local Tory chairman made similar comments on Friday. Two local councillors who back Mr Fenn met "
        "Mr Tallis and the local association's chairman in Arundel on Tuesday.\n\n"
        "At a news conference, Mr Howell insisted he had played by the party's rules. The Tory leader, who argues he "
        "is ensuring honesty, said: \"We do not say one thing in private and another thing in public.\""
    )
    assert _speakers(ex)[0][1] != "peter tallis"


def test_a_body_named_in_a_phrase_after_a_preposition_is_not_what_the_subject_is(read):
    ex = read(
        "Relay\n\n"
        "Ofcom says it has plans to review the services early next year. And new technology, including the Video "
        "Relay Service, will be discussed with interested parties. But a spokesman said its powers were limited. "
        "\"Any proposals to extend existing arrangements would be for government to consider,\" he said."
    )
    assert _speakers(ex)[0][1] == "ofcom"


def test_a_name_closing_an_adverbial_phrase_before_the_verb_is_its_subject(read):
    ex = read(
        "Speech\n\n"
        "Shadow minister Tom Ancell said: \"We have fought a very positive campaign. I think he will look carefully at "
        "what Jack Strand said about Mr Holm.\"\n\n"
        "In a speech to the Foreign Policy Centre Mr Strand said of the Tory leader: \"He is clever, fluent and "
        "tactical, but he is not wise.\" The Foreign Secretary told the BBC: \"I was making the observation that "
        "because of his impetuosity you can get lurches of policy.\""
    )
    assert [s for _, s in _speakers(ex)] == ["tom ancell", "jack strand", "jack strand"]


def test_a_pronoun_whose_reading_the_quotation_names_may_be_the_subject_of_a_sentence_before(read):
    ex = read(
        "Rap\n\n"
        "Eastby manager Tom Kerrigan has rapped skipper Olof Brandt for his comments before the derby.\n\n"
        "Brandt spoke of his dislike of the rivals ahead of the match. \"I've had more than a quiet word with Olof "
        "about it,\" he told the club website."
    )
    assert [s for _, s in _speakers(ex)] == ["tom kerrigan"]


def test_a_verb_after_the_quotation_that_brings_in_the_next_one_with_a_colon_is_not_its_verb(read):
    ex = read(
        "Camp\n\n"
        "The American spent three days at the camp. \"Britain has the right attitude,\" said Connell. \"The more involved "
        "I can be with the association, the better. \"A short-term arrangement is just confusing. The kids will ask: "
        "'What am I doing there?'\" Association chief executive, John Crewe, added: \"The relationship that Jimmy has "
        "started to develop with the coaches has said to us that we'd like more.\""
    )
    got = _speakers(ex)
    assert got[1][1] == got[0][1] and "crewe" not in got[1][1] and got[2][1] == "john crewe"


def test_the_short_form_of_a_body_s_name_is_that_body_not_the_body_near_it(read):
    ex = read(
        "Roaming\n\n"
        'The European Commission has written to the mobile phone operators Vodaphonic and T-Mobilia to '
        'challenge "the high rates" they charge for international roaming.\n\n'
        'In letters sent to the two companies, the Commission alleged the firms were abusing their dominant '
        'market position in the German mobile phone market. It is the second time Vodaphonic has come under '
        "the Commission's scrutiny. The UK operator is already appealing against allegations that its UK "
        'roaming rates are "unfair and excessive". Vodaphonic\'s response to the Commission\'s letter was '
        'defiant. "We believe the roaming market is competitive and we expect to resist the charges," said a '
        'Vodaphonic spokesman. "However we will need time to examine the statement of objections in detail '
        'before we formally respond."\n\n'
        "The Commission's investigation into Vodaphonic and Deutsche Telefon's T-Mobilia centres on the "
        'tariffs the two companies charge foreign mobile operators to access their networks when subscribers '
        'of those foreign operators use their mobile phones in Germany.\n\n'
        'The Commission believes these wholesale prices are too high and that the excess is passed on to '
        'consumers. "The Commission aims to ensure that European consumers are not overcharged when they use '
        'their mobile phones on their travels around the European Union," the Commission said in a statement.'
        " Vodaphonic and Otwo, Britain's other big mobile phone operator, were sent similar statements of "
        'objections by the Commission in July last year. Vodaphonic sent the Commission a response to those '
        'allegations in December last year and is now waiting for a reply. The Vodaphonic spokesman said a '
        'similar process would be set in motion with these latest statement of objections about its '
        'operations in Germany.'
    )
    assert [s for t, s in _speakers(ex) if t.startswith("The Commission aims")] == ["european commission"]


def test_a_reporting_verb_that_opens_its_sentence_with_no_subject_goes_on_with_the_one_before(read):
    ex = read(
        "Line\n\n"
        "In his first comments since the report, Mr Blaine told BBC News he had not yet read it in detail. But told "
        "BBC News: \"As far as I'm concerned, we have drawn a line under that.\""
    )
    assert _speakers(ex)[0][1] == "blaine"


def test_a_name_set_beside_a_person_noun_is_a_person_whom_she_means(read):
    ex = read(
        "Agency\n\n"
        'The report urged the agency to draw up contingency plans, including the "abandonment option", to be '
        'presented to Parliament by Easter, in case the computer system could not be made to work.\n\n'
        "The MPs launched their inquiry into the agency's performance after it became clear that a backlog of"
        ' claims was building up.\n\n'
        'It is currently chasing outstanding payments of more than £720m.\n\n'
        'Michelle, a mother of twins, said she had not received a penny of the £57 a week she should be '
        'receiving from her ex-partner and had faced an "on-going battle" with the agency. Her forms have '
        'twice been lost in the post, she said. "I don\'t receive correspondence, I don\'t receive phone calls,'
        ' I have to chase them all the time," she said.'
    )
    assert _speakers(ex)[0][1] == "michelle"


def test_a_person_the_tagger_missed_after_a_body_s_possessive_is_not_the_body(read):
    ex = read(
        "Oscars\n\n"
        "Skyline has signed a major new deal to broadcast the awards. \"We are honoured to have won the live and "
        "exclusive broadcasting rights for the awards,\" said Skyline Networks' Sophie Turner Laing."
    )
    assert _speakers(ex)[0][1] != "skyline networks"


def test_a_spokeswoman_speaks_of_the_one_she_speaks_for_by_name(read):
    ex = read(
        "Star\n\n"
        "Actress Kate Winslow has denied reports that she has split from her husband.\n\n"
        "\"It's complete rubbish, we are very happy together,\" she told a magazine.\n\n"
        "Her spokeswoman added: \"Kate has asked that her privacy is respected at this time and will not be "
        "commenting further.\""
    )
    assert [s for _, s in _speakers(ex)] == ["kate winslow", "kate winslow"]


def test_a_relative_clause_after_a_name_before_the_verb_does_not_name_the_speaker(read):
    ex = read(
        "Speed\n\n"
        "In an article for the Eastby Times newspaper, Ms Dunmore, who chairs the Transport Select Committee, says: "
        "\"Slight increases to low car speeds increase hugely the risks to pedestrians and cyclists.\""
    )
    assert _speakers(ex)[0][1] == "dunmore"


def test_he_after_a_sentence_about_a_name_the_tagger_missed_is_not_the_person_before(read):
    ex = read(
        "Strike\n\n"
        "Chancellor Gordon Browne said the action would not change the government's plans. The chancellor has said "
        "the cuts will allow funding for more teachers and police. Piers Freelove is senior benefit officer on the "
        "picket line at Companies House, in Cardiff. He said: \"The majority of people have decided not to come in "
        "because of the threat to their jobs.\""
    )
    assert _speakers(ex)[0][1] != "gordon browne"


# ---------------------------------------------------------------- spk8: verbs the parser hides, passives, short openers


def test_a_statement_read_with_read_tagged_as_a_noun(read):
    ex = read(
        "Row\n\n"
        "The singer Tom Dravel was criticised after a concert in April.\n\n"
        "“The performer had been asked to tone his act down after rehearsal,” a Westbury Radio statement read."
    )
    assert _by_start(ex)["The performer had"] == "westbury radio"


def test_a_passive_reporting_verb_is_spoken_by_its_agent(read):
    ex = read(
        "Launch\n\n"
        "Greyfield unveiled its new tablet on Monday.\n\n"
        "It was described by chief executive Jane Okafor as “the most important machine we have ever made here”."
    )
    assert _by_start(ex)["the most important"] == "jane okafor"


def test_a_quotation_after_one_too_short_to_keep_goes_on_in_its_voice(read):
    ex = read(
        "Team news\n\n"
        "Coach Tom Berrow named his side on Friday. "
        "When asked if Hale and Smit would start Berrow replied: “I could tell you yes. "
        "“It is a blow that four or five of our central defenders are away injured.”"
    )
    assert _by_start(ex)["It is a"] == "tom berrow"


def test_the_station_said_is_the_broadcaster_the_passage_is_about(read):
    ex = read(
        "Radio\n\n"
        "Radio Westbury said the three presenters had been chosen for their knowledge of music.\n\n"
        "“It is widely accepted that the late host can never be replaced,” said the station."
    )
    assert _by_start(ex)["It is widely"] == "radio westbury"


def test_a_name_the_parser_hangs_a_reporting_participle_on_speaks_after_the_colon(read):
    ex = read(
        "Debate\n\n"
        "The audience questioned the minister for an hour. "
        "Writer Tom Dravel, from Eastby, asked of the war: “Tens of thousands of innocent people died - how do you manage to sleep at night?”"
    )
    assert _by_start(ex)["Tens of thousands"] == "tom dravel"


def test_an_aged_demonym_is_the_person_of_that_nation(read):
    ex = read(
        "Deal\n\n"
        "Pierre Lamontagne has signed a new deal. He said: “Signing a new contract just rubber-stamps my desire to take this club forward.”\n\n"
        "The 55-year-old Frenchman told the club's website: “My intention has always been clear and I am very happy here.”"
    )
    assert _by_start(ex)["My intention has"] == "pierre lamontagne"


def test_the_spokesman_of_a_described_person_speaks_for_that_person(read):
    ex = read(
        "Lawsuit\n\n"
        "Rapper Tom Dravel has been sued for $25m by a make-up artist over a television show.\n\n"
        "The rapper's spokesman said the claim was “misusing the legal system as a means of extracting financial gain”."
    )
    assert _by_start(ex)["misusing the legal"] == "tom dravel"


def test_the_ministry_is_the_one_body_named_with_that_noun_not_the_government_around_it(read):
    ex = read(
        "Budget\n\n"
        "Eastland will boost state spending next year. “Economic conditions are likely to remain unfavourable in 2005,” "
        "the Trade and Economy Ministry said in a statement.\n\n"
        "The Eastland government voiced concern about job losses. The government said it would act.\n\n"
        "“The focus will be on job creation and economic recovery in the coming year,” the ministry said."
    )
    got = _by_start(ex)
    assert got["The focus will"] == "trade and economy ministry"


def test_a_transcript_whose_speaker_labels_were_lost_keeps_its_voice(read):
    ex = read(
        "Memories\n\n"
        "Tom Dravel - the singer's former press officer at Eastby Records - remembers the man behind the legend.\n\n"
        "Dravel worked with the singer from 1977 until his death in 1981.\n\n"
        ": “I joined Eastby Records in 1977 and the first week I was there I worked on his show at the Rainbow.”\n\n"
        ": Jim was one of the most driven people I have ever worked with. “He must have had an iron will to succeed.”\n\n"
        ": Well 1981 was to be the year he toured Africa. He had only played there twice before. "
        "“Of course the tour never happened, but the whole of Africa would have embraced him.”"
    )
    got = _by_start(ex)
    assert got["He must have"] == "tom dravel"
    assert got["Of course the"] == "tom dravel"


def test_an_interviewee_goes_on_speaking_across_narration_that_names_nobody(read):
    # background sentences about a body between two quotations of one person do not break her run;
    # a person named in between does
    ex = read(
        "Stadium\n\n"
        "Eastby Rovers vice-chairman Marta Kovalenko said the club had no plans to sell the ground.\n\n"
        "\u201cWhen the new stand opens we will review every part of our finances,\u201d Ms Kovalenko said.\n\n"
        "The club is paying for the move through loans from two banks. It is also looking for new sponsors in Asia. "
        "\u201cWe have two executives travelling round the region at the moment building relationships.\u201d\n\n"
        "Local councillor Piotr Nowak has opposed the plan for two years. "
        "\u201cThe roads around the ground cannot take another ten thousand cars.\u201d"
    )
    got = dict(_speakers(ex))
    assert got["We have two executives travelling round the region at the moment building relationships."] == "marta kovalenko"
    assert got["The roads around the ground cannot take another ten thousand cars."] != "marta kovalenko"


def test_a_described_speaker_goes_on_speaking_across_narration_about_bodies(read):
    # one rule for every run across narration: a speaker the article describes but does not name keeps
    # the run as a named one does, across sentences about bodies and figures
    ex = read(
        "Markets\n\n"
        "\"Nobody expected the shares to fall so far this quickly,\" one London broker said. The FTSE 100 index "
        "closed down 40 points. Northwind Bank shares lost 3%. \"We expect more selling on Monday morning as well.\""
    )
    got = [s for _, s in _speakers(ex)]
    assert got[1] == got[0] is not None


def test_an_interviewee_goes_on_speaking_across_narration_about_herself(read):
    # narration that names only the one who spoke last does not break her run; a second person named does
    ex = read(
        "Recovery\n\n"
        "Ines Dalgaard, a race walker, was hurt in a car crash a week before the race.\n\n"
        "\u201cI was in a lot of pain and I guessed that one of my toes was broken,\u201d Dalgaard said.\n\n"
        "It took ten hours before Dalgaard knew that she would miss the race. "
        "\u201cMy back had been broken in two places and I am lucky to be walking at all.\u201d\n\n"
        "Physio sessions with Tomas Brandt have been a vital part of her recovery. "
        "\u201cThe needles go right up close to the spine and it is very effective.\u201d"
    )
    got = dict(_speakers(ex))
    assert got["My back had been broken in two places and I am lucky to be walking at all."] == "ines dalgaard"
    assert got["The needles go right up close to the spine and it is very effective."] != "ines dalgaard"
