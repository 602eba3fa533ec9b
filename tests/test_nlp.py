"""nlp: paragraphs are lines, long ones are cut, offsets point into the text."""

from graph.building.nlp import MAX_CHUNK, paragraphs, parse


def test_paragraphs_are_lines_without_blank_space():
    body = "Title line\n\n   First para.  \n\n\nSecond para."
    spans = paragraphs(body)
    assert [body[s:e] for s, e in spans] == ["Title line", "First para.", "Second para."]


def test_blanked_furniture_is_not_a_paragraph():
    body = "Kept line\n" + " " * 30 + "\nAnother"
    assert [body[s:e] for s, e in paragraphs(body)] == ["Kept line", "Another"]


def test_long_paragraph_is_cut_at_sentence_ends():
    sentence = "The agency said the figure was rising. "
    body = sentence * (MAX_CHUNK // len(sentence) * 3)
    spans = paragraphs(body)
    assert len(spans) >= 3
    assert all(e - s <= MAX_CHUNK for s, e in spans)
    assert all(body[e - 1] in ". " for s, e in spans[:-1])
    assert "".join(body[s:e] for s, e in spans).replace(" ", "") == body.replace(" ", "")


def test_parse_keeps_offsets(nlp):
    body = "Headline here\n\nJane Doe said the plan was fine."
    paras = parse(nlp, body)
    assert len(paras) == 2
    p = paras[1]
    tok = p.doc[0]
    assert body[p.offset + tok.idx : p.offset + tok.idx + len(tok)] == "Jane"


def test_a_sum_in_millions_ends_its_sentence(nlp):
    doc = nlp("The scheme has paid out more than £370m. Northwind will unveil its results on Friday.")
    assert [s.text for s in doc.sents] == ["The scheme has paid out more than £370m.", "Northwind will unveil its results on Friday."]
