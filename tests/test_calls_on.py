"""callsOn on made-up text: a call names who is to act and what they are to do; questions,
negated and hedged calls, and the demand inside a demand make no edge."""

from conftest import named


def _calls(ex):
    return {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "callsOn"}


def test_urge_ask_call_on_and_ask_for(read):
    ex = read("Row\n\nThe Law Society urged the Ministry of Justice to publish the review.\n\n"
              "Jane Roe asked Harbour Water Company to open its books.\n\n"
              "The Rivers Trust called on Northwind Oil to pay for the clean-up.\n\n"
              "Sam Wood asked for Northwind Bank to explain the fees.")
    got = _calls(ex)
    assert ("Law Society", "Ministry of Justice") in got
    assert ("Jane Roe", "Harbour Water Company") in got
    assert ("Rivers Trust", "Northwind Oil") in got
    assert ("Sam Wood", "Northwind Bank") in got


def test_members_of_a_body_stand_for_it(read):
    ex = read("Inquiry\n\nJane Roe called on members of the Harbour Council to investigate the contract.")
    assert ("Jane Roe", "Harbour Council") in _calls(ex)


def test_questions_and_the_demand_inside_a_demand_are_not_calls(read):
    ex = read("Row\n\nJane Roe asked whether Harbour Water Company had known about the leak.\n\n"
              "The Rivers Trust urged the Harbour Council to compel Northwind Oil to pay.\n\n"
              "Sam Wood asked Northwind Bank about its fees.")
    got = _calls(ex)
    assert ("Jane Roe", "Harbour Water Company") not in got
    assert ("Rivers Trust", "Harbour Council") in got
    assert ("Rivers Trust", "Northwind Oil") not in got
    assert ("Harbour Council", "Northwind Oil") not in got
    assert ("Sam Wood", "Northwind Bank") not in got


def test_negated_and_hedged_calls_make_no_edge(read):
    ex = read("Row\n\nThe Law Society did not urge the Ministry of Justice to act. "
              "The Rivers Trust may call on Northwind Oil to pay.")
    assert _calls(ex) == set()


def test_called_for_someone_to_act(read):
    ex = read("Leak\n\nThe Rivers Trust called for Harbour Water Company to publish its accounts. "
              "The Westmoor Trust called for a tightening of the rules.")
    calls = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "callsOn"}
    assert calls == {("Rivers Trust", "Harbour Water Company")}


def test_a_letter_urging_someone_is_its_senders(read):
    ex = read("River\n\nThe Rivers Trust sent a letter urging Northwind Oil to clean the river.")
    assert any(r.predicate == "callsOn" and named(ex, r.subject) == "Rivers Trust" and named(ex, r.object) == "Northwind Oil"
               for r in ex.relations)


def test_a_countrys_officials_are_called_on_as_its_state(read):
    ex = read("Aid\n\nAmnesty urged US officials to release the prisoners.")
    assert any(r.predicate == "callsOn" and named(ex, r.subject) == "Amnesty" and named(ex, r.object) == "US" for r in ex.relations)


def test_several_subjects_each_call(read):
    ex = read("Closures\n\nUnison, the largest union, and Shelter urged the Westshire Council to rethink the closures.\n\n"
              "The Rivers Trust, along with Greenpeace, called on Northwind Oil to clean the river.")
    calls = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "callsOn"}
    assert {("Unison", "Westshire Council"), ("Shelter", "Westshire Council")} <= calls
    assert {("Rivers Trust", "Northwind Oil"), ("Greenpeace", "Northwind Oil")} <= calls


def test_a_call_made_with_a_noun(read):
    ex = read("Council row\n\nThe Savers Union renewed its call for Westbrook Council to scrap the charge. "
              "Greenpeace made a plea to Northwind Oil to stop drilling. The Lumio Trust backed calls for Tom Reid to resign. "
              "The Rivers Trust faced calls for Jane Roe to quit.")
    got = _calls(ex)
    assert ("Savers Union", "Westbrook Council") in got
    assert ("Greenpeace", "Northwind Oil") in got
    assert ("Lumio Trust", "Tom Reid") in got
    assert ("Rivers Trust", "Jane Roe") not in got  # a call faced is made by others


def test_what_a_speaker_says_someone_must_or_should_do(read):
    ex = read("River\n\nJane Roe, who leads the Rivers Trust, said: \u201cHarbour Water Company must clean up the river now.\u201d "
              "Tom Reid said the Westbrook Council should reverse its decision.\n\n"
              "\u201cNorthwind Bank should see profits rise this year,\u201d said Sam Wood. "
              "Sam Wood said Acme Bank must be punished. \u201cWe must act,\u201d said Tom Reid.")
    got = _calls(ex)
    assert ("Jane Roe", "Harbour Water Company") in got
    assert ("Tom Reid", "Westbrook Council") in got
    assert not any(o in ("Northwind Bank", "Acme Bank", "Tom Reid") for _, o in got)  # a state, a passive, the speaker


def test_told_or_invited_to_act_is_a_call_told_that_is_not(read):
    ex = read("Bank\n\nSam Wood told Acme Bank to stop the sale. Jane Roe told Northwind Bank that the sale was late. "
              "The Rivers Trust invited Harbour Water Company to join the clean-up.")
    got = _calls(ex)
    assert ("Sam Wood", "Acme Bank") in got
    assert ("Rivers Trust", "Harbour Water Company") in got
    assert ("Jane Roe", "Northwind Bank") not in got


def test_an_obligation_foretold_or_said_of_a_pronoun_is_no_call(read):
    ex = read("Deal\n\nSam Wood admitted that Acme Bank would have to share data with Northwind Bank. "
              "Jane Roe met the Westbrook Council. She said they should drop the plan.")
    assert not _calls(ex)


def test_whom_a_pronoun_tells_to_act_is_not_guessed(read):
    ex = read("Speech\n\nThe Westbrook Centre hosted Jane Roe on Monday. She spoke to young residents, telling them to register early.")
    assert not any(o == "Westbrook Centre" for _, o in _calls(ex))


def test_an_obligation_met_in_the_past_or_not_yet_met_is_no_call(read):
    ex = read("Council\n\n“Tarn Council had to publish a long report last week,” said Jane Roe. "
              "“Northwind Bank and Tarn Bank have yet to reply,” said Bob Smith. "
              "\n\n“Westbrook Council has to act now,” said Ann Lee.")
    calls = _calls(ex)
    assert ("Jane Roe", "Tarn Council") not in calls
    assert not {("Bob Smith", "Northwind Bank"), ("Bob Smith", "Tarn Bank")} & calls
    assert ("Ann Lee", "Westbrook Council") in calls


def test_it_is_time_for_someone_to_act(read):
    ex = read("Rail\n\n“It is time for Westbrook Council to fund the line,” said Jane Roe. "
              "Bob Smith said it was high time Northwind Bank apologised. "
              "Ann Lee said it was the first time Tarn Council had apologised. Tom Reid said it was not time for Kestrel Trust to act.")
    calls = _calls(ex)
    assert ("Jane Roe", "Westbrook Council") in calls
    assert ("Bob Smith", "Northwind Bank") in calls
    assert not {("Ann Lee", "Tarn Council"), ("Tom Reid", "Kestrel Trust")} & calls


def test_a_passive_call_with_its_agent_and_a_want_with_an_infinitive(read):
    ex = read("Bank\n\nNorthwind Bank was urged by Jane Roe to reopen the branch. Bob Smith wants Tarn Council to act. "
              "Ann Lee was asked by Tom Reid about the branch. Sam Wood challenged Harbour Trust to publish the figures. "
              "The Kestrel Trust wants Tarn Police to be able to read the messages people send.")
    calls = _calls(ex)
    assert {("Jane Roe", "Northwind Bank"), ("Bob Smith", "Tarn Council"), ("Sam Wood", "Harbour Trust")} <= calls
    assert ("Tom Reid", "Ann Lee") not in calls
    assert ("Kestrel Trust", "Tarn Police") not in calls
    crit = {(named(ex, r.subject), named(ex, r.object)) for r in ex.relations if r.predicate == "criticises"}
    assert ("Sam Wood", "Harbour Trust") not in crit


def test_the_subject_of_a_sentence_the_parser_left_verbless(read):
    ex = read("Path\n\nWalkers' group Kestrel Ramblers, which joined forces with the Tarn Association of Farm Owners to gather 12,000 "
              "names in favour of a new path, called on the Tarn Assembly to approve the route before the autumn.")
    assert ("Kestrel Ramblers", "Tarn Assembly") in _calls(ex)


def test_called_for_someone_to_act_read_as_a_marked_clause(read):
    # the parser reads "for" as the mark of "for Y to cut prices"; "to be broken up" asks nothing of Y
    ex = read("Prices\n\nJane Corrow called for the Harlow Water Company to cut prices.\n\n"
              "Tom Vedder called for the Gatley Rail Company to be broken up.")
    got = _calls(ex)
    assert ("Jane Corrow", "Harlow Water Company") in got
    assert ("Tom Vedder", "Gatley Rail Company") not in got


def test_passive_call_with_the_agent_after_the_infinitive(read):
    ex = read("Prices\n\nThe Harlow Water Company has been urged to cut prices by Jane Corrow.")
    assert ("Jane Corrow", "Harlow Water Company") in _calls(ex)


def test_wrote_to_someone_urging_it(read):
    ex = read("Prices\n\nJane Corrow has written to the Harlow Water Company urging it to cut prices.")
    assert ("Jane Corrow", "Harlow Water Company") in _calls(ex)


def test_a_body_named_before_a_noun_of_calling_makes_the_call(read):
    ex = read("Prices\n\nA Brantwell Party demand for the Harlow Water Company to cut prices was rejected.")
    assert ("Brantwell Party", "Harlow Water Company") in _calls(ex)


def test_a_report_calls_for_its_author(read):
    ex = read("Prices\n\nA report by the Brantwell Committee urged the Harlow Water Company to cut prices.")
    assert ("Brantwell Committee", "Harlow Water Company") in _calls(ex)


def test_said_and_urged_is_the_speakers_call(read):
    # the parser hangs "urged" on the reported clause's verb; a thing ("the bill") or an infinitive
    # cannot be what urges, so the speaker does; a person in the reported clause keeps the call
    ex = read("Prices\n\nJane Corrow said it was not possible to overstate the importance of the ruling and urged "
              "the Harlow Water Company to cut prices.\n\n"
              "Tom Vedder said the bill had the feel of a draft and urged the Gatley Rail Company to cut fares.\n\n"
              "Ann Pell said Rob Tenby had read the report and urged the Lowmoor Bus Company to cut fares.")
    got = _calls(ex)
    assert ("Jane Corrow", "Harlow Water Company") in got
    assert ("Tom Vedder", "Gatley Rail Company") in got
    assert ("Rob Tenby", "Lowmoor Bus Company") in got
    assert ("Ann Pell", "Lowmoor Bus Company") not in got


def test_a_generic_group_called_for_is_no_addressee(read):
    ex = read("Turnout\n\nThe Brantwell Party called for imaginative campaigns to boost turnout.")
    assert {o for _, o in _calls(ex)} == set()


def test_a_demand_for_someone_with_the_infinitive_hung_on_the_main_verb(read):
    # the parser hangs "to recognise" / "to withdraw" on the sentence's verb, not on the noun of calling
    ex = read("Talks\n\nThe decision to open formal talks with Gatley came despite an EU demand for Lowmoor to recognise Brantwell.\n\n"
              "The plan to open talks with the Harlow Water Company went ahead despite a Brantwell Council call for the "
              "Gatley Rail Company to withdraw its bid.")
    got = _calls(ex)
    assert ("EU", "Lowmoor") in got
    assert ("Brantwell Council", "Gatley Rail Company") in got


def test_he_is_never_the_one_he_urges(read):
    ex = read("Budget\n\nJohn Corrow said the budget was a sham. Tom Vedder's plans would hurt families, the Brantwell "
              "Party leader said. He urged Mr Vedder to resign.")
    assert ("John Corrow", "Tom Vedder") in _calls(ex)


def test_a_description_read_as_the_pronoun_keeps_the_call_unmade(read):
    # "He" and "the prime minister" both read as Vedder: a description's reading is too unsure to
    # move the call to someone else
    ex = read("Talks\n\nTom Vedder, the prime minister, spoke on Monday. Ann Pell said the plan was weak. "
              "He called on the prime minister to hold talks.")
    assert ("Ann Pell", "Tom Vedder") not in _calls(ex)


def test_called_for_an_act_by_someone(read):
    ex = read("Inquiry\n\nJane Corrow has called for an investigation by the Gatley Commission.")
    assert ("Jane Corrow", "Gatley Commission") in _calls(ex)


def test_a_call_for_what_someone_is_to_give_or_do(read):
    ex = read("Row\n\nJane Corrow demanded an apology from the Harlow Water Company. "
              "The Brantwell Party called for Tom Vedder's resignation. "
              "Ann Pell called for Rob Tenby's removal. "
              "Sam Wood wanted an apology from the Gatley Rail Company.")
    got = _calls(ex)
    assert ("Jane Corrow", "Harlow Water Company") in got
    assert ("Brantwell Party", "Tom Vedder") in got
    assert ("Ann Pell", "Rob Tenby") not in got  # done to him, not by him
    assert ("Sam Wood", "Gatley Rail Company") not in got  # "want" calls only with an infinitive


def test_pressure_on_someone_to_act_and_calls_they_face(read):
    ex = read("Prices\n\nJane Corrow put pressure on Tom Vedder to resign. "
              "The Harlow Water Company is under pressure from the Brantwell Trust to cut prices. "
              "Ann Pell faces calls from the Gatley Party to resign. "
              "Market pressure on the Lowmoor Bus Company to cut fares is growing.")
    got = _calls(ex)
    assert ("Jane Corrow", "Tom Vedder") in got
    assert ("Brantwell Trust", "Harlow Water Company") in got
    assert ("Gatley Party", "Ann Pell") in got
    assert not any(o == "Lowmoor Bus Company" for _, o in got)  # pressure from no one is no call


def test_demanded_an_act_by_someone(read):
    ex = read("Inquiry\n\nJane Corrow demanded an investigation by the Gatley Commission.")
    assert ("Jane Corrow", "Gatley Commission") in _calls(ex)


def test_the_report_calls_for_the_author_of_the_report_named_before(read):
    ex = read("Report\n\nA report by the Brantwell Committee called for the Gatley Rail Company to be wound up. "
              "The report urged the Harlow Water Company to cut prices.")
    got = _calls(ex)
    assert ("Brantwell Committee", "Harlow Water Company") in got
    assert ("Brantwell Committee", "Gatley Rail Company") not in got  # to be wound up: done to it, not by it


def test_wrote_to_someone_demanding_what_they_are_to_give(read):
    # "demanding" hangs on "written" here; the one written to is to give the explanation
    ex = read("Rules\n\nJane Corrow has written to Tom Vedder demanding an explanation of the new rules.")
    assert ("Jane Corrow", "Tom Vedder") in _calls(ex)


def test_a_document_made_by_someone_calls_for_them(read):
    ex = read("Row\n\nAn official complaint has been made to watchdogs by the Northwind Society, demanding an "
              "investigation by the Standards Board of Harbour.")
    assert ("Northwind Society", "Standards Board of Harbour") in _calls(ex)


def test_a_pronoun_in_a_fronted_phrase_means_the_main_subject(read):
    ex = read("Row\n\nLumen Group cut prices. Explaining why it has asked the Tarnford Council to set up a panel, "
              "the Northwind Society said that it wants to act early.")
    calls = _calls(ex)
    assert ("Northwind Society", "Tarnford Council") in calls
    assert ("Lumen Group", "Tarnford Council") not in calls


def test_members_named_by_their_body_before_the_noun_stand_for_it(read):
    ex = read("Row\n\nJane Roe urged Nato members to fund the plan.")
    assert ("Jane Roe", "Nato") in _calls(ex)


def test_an_obligation_backshifted_under_a_past_reporting_verb(read):
    # sequence of tenses: "X said Y needed to act" reports "Y needs to act"; in narration "Y had to
    # close the plant" is what Y was made to do
    ex = read("Row\n\nThe Westmoor Party said the Harbour Trust needed to explain how it would pay for the plan. "
              "Jane Roe argued Northwind Bank had to show why its offer was good for savers.\n\n"
              "Last year Kestrel Foods had to close its plant in Leeds.")
    calls = _calls(ex)
    assert ("Westmoor Party", "Harbour Trust") in calls
    assert ("Jane Roe", "Northwind Bank") in calls
    assert not any(o == "Kestrel Foods" for _, o in calls)
