"""Ingest stage: files and folders -> Article records, with page furniture blanked in ``body``."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from graph.building import ingest
from graph.errors import InputError
from graph.building.ingest import clean_text, decode_bytes, parse_date, read_article, read_articles
from graph.model import Article, Skipped

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

GOLD_HEADLINES = {
    "000": "Facebook 'doesn't care' about helping police solve child abuse, senior officer warns",
    "001": "More adults \u2018could develop sexual interest in children unless big tech acts now\u2019",
    "002": "Facebook Platforms Used for Most Online Child Sex Abuse",
    "003": "Social media 'not investing enough in tech against child abuse'",
    "004": "Facebook could become a safe haven for paedophiles, warns Suella Braverman",
}

FURNITURE = [
    "Share Story",
    "Recent Stories",
    "Microsoft Teams",
    "Related News",
    "Copyright",
    "(844) 627-8267",
    "#childsafety",
    "Source link",
    "https://t.me",
    "affiliate",
    "By Website Editor",
    "Jun 30, 2021",
    "HORROR APP",
    "National Cyber Security",
]


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles, skipped = read_articles([SEEDS])
    assert skipped == []
    return {a.id[:3]: a for a in articles}


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def _check_contract(a: Article) -> None:
    assert len(a.body) == len(a.text)
    assert a.text[a.headline_span[0] : a.headline_span[1]] == a.headline
    # blanking keeps every line break and every kept character where it was
    for t, b in zip(a.text, a.body):
        assert b == t or (b == " " and t not in "\r\n")


# ---------------------------------------------------------------------------------------------
# Seeds
# ---------------------------------------------------------------------------------------------


def test_seed_headlines_ids_and_sources(seeds):
    assert sorted(seeds) == sorted(GOLD_HEADLINES)
    for key, a in seeds.items():
        assert a.headline == GOLD_HEADLINES[key]
        assert a.source == f"{a.id}.txt"  # relative, never absolute
        assert not Path(a.source).is_absolute()
        _check_contract(a)


def test_seed_furniture_blanked_but_still_in_text(seeds):
    text = "\n".join(a.text for a in seeds.values())
    body = "\n".join(a.body for a in seeds.values())
    for s in FURNITURE:
        assert s in text, s
        assert s not in body, s


def test_seed_news_kept_at_the_same_offsets(seeds):
    keep = {
        "000": ["Mr Bailey said: \u201cWhen you look at Facebook", "A spokesman for Facebook said:"],
        "001": ["Chief Constable Simon Bailey", "A Facebook spokesperson said:"],
        "002": [
            "This is already used on WhatsApp, which is owned by Facebook",
            "Officials said the most images and the worst category of images came from Facebook.",
            "\u2014 NSPCC (@NSPCC) March 26, 2021",
            "The NSPCC urged the UK government to compel tech firms to prioritize child safety",
        ],
        "003": ["According to a report in The Metro, the senior officer warned"],
        "004": [
            "In a direct challenge to Mr Zuckerberg, the Home Secretary said",
            "All of us, no matter how rich and powerful, have a duty to do all we can to keep children safe from abuse.",
            "With great power comes great responsibility",
        ],
    }
    for key, sentences in keep.items():
        a = seeds[key]
        for s in sentences:
            at = a.text.index(s)
            assert a.body[at : at + len(s)] == s, (key, s)
    # the headline itself stays in the body (news), its hashtag tail does not
    a = seeds["004"]
    assert a.body[a.headline_span[0] : a.headline_span[1]] == a.headline
    assert "#" not in a.body


def test_seed_metadata(seeds):
    a = seeds["001"]
    assert a.byline == "Website Editor"
    assert a.date == "2021-06-30"
    assert seeds["004"].byline == "Suella Braverman, the Home Secretary"
    assert seeds["004"].headline_span[0] > 0  # the phone numbers above it are skipped
    assert seeds["000"].date is None  # no dateline: nothing invented


def test_seed_teasers_removed_to_the_end(seeds):
    a = seeds["003"]
    cut = a.text.index("Recent Stories")
    assert a.body[cut:].strip() == ""
    assert "Automating CX" not in a.body


# ---------------------------------------------------------------------------------------------
# clean_text on unseen-style pages: the rules are general
# ---------------------------------------------------------------------------------------------

PAGE = """Skip to main content
Home > News > Technology
Menu
Regulator fines app maker over child safety failures | #tech | #privacy
By Jane Doe | 12 March 2023 09:15 GMT
Updated 2 hours ago
Regulator fines app maker over child safety failures
Share on Facebook
Facebook Twitter WhatsApp Email
The regulator said share prices would not shield the company from scrutiny, a spokesperson said.
By 2030, the number of reports will have doubled, the agency said.
Advertisement
READ MORE: Minister faces questions over chat app rules
Sign up for our free daily newsletter
Visit https://example.com/help for details, the charity said.
https://example.com/story/123
Helpline: 0800 123 4567
The company said it would appeal against the decision and continue to work with the regulator.
You may also like
Teaser headline one
A teaser paragraph that describes another story in some detail for readers.
Copyright 2023 Example Media Ltd. All rights reserved.
"""


def test_clean_text_general_page_furniture():
    c = clean_text(PAGE)
    assert len(c.body) == len(PAGE)
    assert c.headline == "Regulator fines app maker over child safety failures"
    assert PAGE[c.headline_span[0] : c.headline_span[1]] == c.headline
    assert c.byline == "Jane Doe"
    assert c.date == "2023-03-12"
    for s in [
        "Skip to main content", "Home > News", "Menu", "#tech", "By Jane Doe", "Updated 2 hours ago",
        "Share on Facebook", "WhatsApp Email", "Advertisement", "READ MORE", "newsletter",
        "https://example.com", "0800 123 4567", "You may also like", "Teaser headline", "teaser paragraph",
        "Copyright",
    ]:
        assert s not in c.body, s
    for s in [
        "The regulator said share prices would not shield the company from scrutiny, a spokesperson said.",
        "By 2030, the number of reports will have doubled, the agency said.",
        "The company said it would appeal against the decision and continue to work with the regulator.",
        "Visit ",
        " for details, the charity said.",
    ]:
        assert s in c.body, s
    # the headline line is kept once; its repeat below is blanked
    assert c.body.count("Regulator fines app maker") == 1
    assert all(a < b for a, b, _ in c.removed)


def test_clean_text_teaser_box_inside_the_article_is_not_a_footer():
    paragraph = "The council said the new rules would take effect next year after a long consultation period."
    text = "Council approves new rules\n\n" + paragraph + "\n\nRelated\n\nSome other story headline\n\n" + "\n\n".join(
        f"{paragraph} Point {i}." for i in range(5)
    )
    c = clean_text(text)
    assert "Some other story headline" not in c.body
    assert "Related" not in c.body
    assert c.body.count("Point") == 5  # the article goes on after the box


def test_clean_text_footer_heading_before_any_news_removes_only_itself():
    text = "Trending\nCouncil approves new rules for city centre traffic\nThe council said the rules take effect next year."
    c = clean_text(text)
    assert c.headline == "Council approves new rules for city centre traffic"
    assert c.body[c.headline_span[0] : c.headline_span[1]] == c.headline
    assert "The council said the rules take effect next year." in c.body
    assert "Trending" not in c.body


def test_clean_text_repeated_line_and_sentence_echo():
    text = (
        "Ministers back plan to cut waiting lists\n"
        "Plan would cut waiting lists by half, ministers say\n"
        "PICTURED: Plan would cut waiting lists by half, ministers say\n"
        "Officials said the plan would cut waiting lists by half, ministers say.\n"
    )
    c = clean_text(text)
    assert "PICTURED" not in c.body
    assert "Officials said the plan" in c.body  # a finished sentence is news, even when it echoes a subheading


@pytest.mark.parametrize(
    "line",
    [
        "By the way, this is not a byline",
        "By Monday, all schools will close",
        "By contrast the opposition said little",
        "Share prices fell by 3 per cent on Monday.",
        "Facebook",
        "The 850,000 figure came from the agency.",
    ],
)
def test_clean_text_keeps_sentences_that_look_like_furniture(line):
    text = "A headline about something that happened\n\n" + line + "\n"
    assert line in clean_text(text).body


@pytest.mark.parametrize(
    "value,iso",
    [
        ("Jun 30, 2021", "2021-06-30"),
        ("March 26, 2021", "2021-03-26"),
        ("30 June 2021", "2021-06-30"),
        ("Wednesday 30th June 2021", "2021-06-30"),
        ("2021-06-30T10:00:00Z", "2021-06-30"),
        ("Wed, 30 Jun 2021 10:00:00 GMT", "2021-06-30"),
        ("Feb 30, 2021", None),
        ("no date here", None),
    ],
)
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_clean_text_only_furniture_has_no_headline():
    c = clean_text("(844) 627-8267\n\nShare Story:\n")
    assert c.headline == "" and c.headline_span == (0, 0)
    assert c.body.strip() == ""


# ---------------------------------------------------------------------------------------------
# Bad and odd inputs
# ---------------------------------------------------------------------------------------------


def test_bad_files_are_skipped_and_the_batch_goes_on(tmp_path):
    _write(tmp_path / "a_good.txt", "A real headline for this story\n\nThe mayor said the budget was balanced.\n")
    _write(tmp_path / "b_empty.txt", b"")
    _write(tmp_path / "c_blank.txt", " \n\t\r\n  \n")
    _write(tmp_path / "d_pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    _write(tmp_path / "e_png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01")
    _write(tmp_path / "f_nul.txt", b"abc\x00\x01\x02def")
    _write(tmp_path / "g_furniture.txt", "(844) 627-8267\n\nShare Story:\n")
    articles, skipped = read_articles([tmp_path])
    assert [a.id for a in articles] == ["a_good"]
    reasons = {s.source: s.reason for s in skipped}
    assert set(reasons) == {"b_empty.txt", "c_blank.txt", "d_pdf.txt", "e_png.txt", "f_nul.txt", "g_furniture.txt"}
    assert "empty" in reasons["b_empty.txt"] and "empty" in reasons["c_blank.txt"]
    assert reasons["d_pdf.txt"] == "binary file (PDF)"
    assert reasons["e_png.txt"] == "binary file (PNG)"
    assert "binary" in reasons["f_nul.txt"]
    assert "furniture" in reasons["g_furniture.txt"]


def test_invalid_utf8_falls_back_to_cp1252(tmp_path):
    p = _write(tmp_path / "win.txt", b"Council leader speaks out\r\n\r\nShe said \x93quoted\x94 and it\x92s fine \x96 really.\r\n")
    a = read_article(p)
    assert "\u201cquoted\u201d" in a.text
    assert "it\u2019s fine \u2013 really" in a.text
    assert a.headline == "Council leader speaks out"


def test_decode_bytes_order():
    assert decode_bytes(b"\x93quoted\x94") == "\u201cquoted\u201d"
    assert decode_bytes("caf\u00e9 \u201cx\u201d".encode("utf-8")) == "caf\u00e9 \u201cx\u201d"
    assert decode_bytes(b"\xef\xbb\xbfHello") == "Hello"
    assert decode_bytes("Hello \u201cthere\u201d".encode("utf-16")) == "Hello \u201cthere\u201d"


def test_utf8_bom_is_stripped(tmp_path):
    p = _write(tmp_path / "bom.txt", b"\xef\xbb\xbfHeadline with a BOM before it\n\nBody text here.\n")
    a = read_article(p)
    assert a.headline == "Headline with a BOM before it"
    assert a.headline_span == (0, len(a.headline))
    assert "\ufeff" not in a.text and "\ufeff" not in a.headline


def test_crlf_line_ends_keep_offsets(tmp_path):
    raw = "Headline over CRLF lines\r\n\r\nBy Jane Doe\r\nJun 30, 2021\r\n\r\nThe first real paragraph is here.\r\nShare this\r\n"
    p = _write(tmp_path / "crlf.txt", raw.encode("utf-8"))
    a = read_article(p)
    assert a.text == raw
    assert a.headline == "Headline over CRLF lines"
    assert a.byline == "Jane Doe" and a.date == "2021-06-30"
    _check_contract(a)
    assert a.body.count("\r\n") == raw.count("\r\n")
    at = raw.index("The first real")
    assert a.body[at : at + 33] == "The first real paragraph is here."
    assert "Share this" not in a.body and "Jane Doe" not in a.body


def test_missing_path_raises_input_error(tmp_path):
    with pytest.raises(InputError) as exc:
        read_articles([tmp_path / "nope"])
    assert "nope" in str(exc.value) and "\n" not in str(exc.value)


def test_folder_without_articles_raises_input_error(tmp_path):
    _write(tmp_path / "notes.csv", "a,b\n")
    _write(tmp_path / ".hidden.txt", "Hidden headline here\n\nHidden text.")
    _write(tmp_path / ".git" / "x.txt", "Not an article at all\n\nText.")
    with pytest.raises(InputError) as exc:
        read_articles([tmp_path])
    assert str(tmp_path) in str(exc.value)
    assert ".txt" in str(exc.value)


def test_folders_recurse_sorted_with_relative_sources(tmp_path):
    _write(tmp_path / "b.txt", "Second headline of the day\n\nText.")
    _write(tmp_path / "a.md", "# First headline of the day\n\nText.")
    _write(tmp_path / "sub" / "c.text", "Third headline of the day\n\nText.")
    _write(tmp_path / "sub" / "a.txt", "Nested headline of the day\n\nText.")
    _write(tmp_path / "b.html", "<html><body><h1>Other b headline</h1><p>Some text for the b page.</p></body></html>")
    articles, skipped = read_articles([tmp_path])
    assert skipped == []
    assert [a.source for a in articles] == ["a.md", "b.html", "b.txt", "sub/a.txt", "sub/c.text"]
    assert [a.id for a in articles] == ["a", "b", "b-2", "sub_a", "sub_c"]
    assert articles[0].headline == "First headline of the day"
    again, _ = read_articles([tmp_path])
    assert again == articles  # deterministic


def test_html_main_text_without_script_style_nav(tmp_path):
    html = """<!DOCTYPE html><html><head><title>Minister warns tech firms | Example News</title>
    <meta name="author" content="Jane Doe">
    <meta property="article:published_time" content="2021-06-30T10:00:00Z">
    <style>.secret-style { color: red }</style>
    <script>var secret = "SCRIPTTEXT";</script></head>
    <body><nav><a href="/">Home</a> <a href="/x">NAVTEXT</a></nav>
    <article><h1>Minister warns tech firms</h1>
    <p>The minister said on Monday that technology companies must do more to protect children online.</p>
    <p>She added that the National Crime Agency had seen a rise in reports over the past year.</p>
    </article><footer>FOOTERTEXT</footer><script>alert("ALERTTEXT")</script></body></html>"""
    a = read_article(_write(tmp_path / "page.html", html))
    _check_contract(a)
    assert a.source == "page.html"
    assert a.headline == "Minister warns tech firms"
    assert "The minister said on Monday" in a.body
    assert "\n\nShe added" in a.text  # paragraphs separated by a blank line
    for s in ("SCRIPTTEXT", "ALERTTEXT", "secret-style", "NAVTEXT"):
        assert s not in a.text
    assert a.date == "2021-06-30"
    assert a.byline == "Jane Doe"


def test_html_fallback_when_trafilatura_finds_nothing(tmp_path, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    html = """<html><head><title>Fallback headline here</title><script>var s="SCRIPTTEXT"</script></head>
    <body><header>HEADERTEXT</header><nav>NAVTEXT</nav><div><p>First paragraph of the story.</p>
    <p>Second paragraph of the story.</p></div><footer>FOOTERTEXT</footer></body></html>"""
    a = read_article(_write(tmp_path / "f.htm", html))
    assert a.headline == "Fallback headline here"
    assert a.text == "Fallback headline here\n\nFirst paragraph of the story.\n\nSecond paragraph of the story."
    for s in ("SCRIPTTEXT", "HEADERTEXT", "NAVTEXT", "FOOTERTEXT"):
        assert s not in a.text


def test_jsonl_broken_line_is_skipped_with_its_number(tmp_path):
    lines = [
        json.dumps({"title": "First headline in the feed", "text": "Para one.\n\nPara two.",
                    "url": "https://example.com/a", "date": "2021-06-30T10:00:00Z"}),
        '{"title": "Broken", "text": ',
        "",
        json.dumps({"headline": "Second headline in the feed", "body": "Text two.", "published": "March 26, 2021"}),
        json.dumps({"title": "No text"}),
        json.dumps(["not", "an", "object"]),
    ]
    _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    articles, skipped = read_articles([tmp_path / "feed.jsonl"])
    assert [a.id for a in articles] == ["feed-1", "feed-4"]
    first, second = articles
    assert first.source == "https://example.com/a" and first.url == "https://example.com/a"
    assert first.text == "First headline in the feed\n\nPara one.\n\nPara two."
    assert first.headline_span == (0, len("First headline in the feed"))
    assert first.date == "2021-06-30"
    assert second.source == "feed.jsonl#4" and second.headline == "Second headline in the feed"
    assert second.date == "2021-03-26"
    assert [s.source for s in skipped] == ["feed.jsonl#2", "feed.jsonl#5", "feed.jsonl#6"]
    assert skipped[0].reason.startswith("feed.jsonl line 2: invalid JSON")


def test_read_article_refuses_an_unreadable_file(tmp_path):
    with pytest.raises(InputError):
        read_article(_write(tmp_path / "x.txt", b"%PDF-1.4 junk"))


def test_three_thousand_small_files_in_ten_folders(tmp_path):
    for i in range(3000):
        _write(tmp_path / f"d{i % 10}" / f"n{i:04d}.txt",
               f"Headline number {i} of the day\n\nThe council said item {i} was approved on Monday.\n")
    articles, skipped = read_articles([tmp_path])
    assert len(articles) == 3000 and skipped == []
    assert len({a.id for a in articles}) == 3000


def test_five_megabyte_article(tmp_path):
    paragraphs = [f"Paragraph {i}: the council said the scheme number {i} would go ahead next year." for i in range(70000)]
    text = "A very long article headline\n\n" + "\n\n".join(paragraphs) + "\n"
    assert len(text) > 5_000_000
    a = read_article(_write(tmp_path / "long.txt", text))
    assert a.text == text and len(a.body) == len(text)
    assert a.headline == "A very long article headline"
    assert a.body.rstrip().endswith("Paragraph 69999: the council said the scheme number 69999 would go ahead next year.")


def test_single_string_input_and_duplicate_inputs(tmp_path):
    p = _write(tmp_path / "one.txt", "A single headline given twice\n\nText here.")
    articles, _ = read_articles([p, p, tmp_path])
    assert [a.id for a in articles] == ["one"]


def test_public_api():
    assert {"read_articles", "read_article", "clean_text"} <= set(ingest.__all__)
    skipped = Skipped("x.txt", "empty file")
    assert (skipped.source, skipped.reason) == ("x.txt", "empty file")
    with pytest.raises(dataclasses.FrozenInstanceError):  # a stage's output is never changed afterwards
        skipped.reason = "other"


def test_utf8_with_broken_bytes_keeps_its_utf8_and_reads_the_rest_as_cp1252():
    cut = "Zoë said “hi”".encode()[:-2]  # a file cut off inside its last character
    assert decode_bytes(cut) == "Zoë said “hi\u00e2"
    mixed = "José said “yes”".encode() + b" and then \x93no\x94 to caf\xe9s"  # cp1252 pasted into UTF-8
    assert decode_bytes(mixed) == "José said “yes” and then “no” to cafés"
    assert decode_bytes(b"caf\xe9 \x93only cp1252\x94") == "café “only cp1252”"


def test_html_declaring_iso_8859_1_is_read_as_windows_1252(tmp_path):
    html = (b'<html><head><meta charset="ISO-8859-1"><title>t</title></head><body><article><h1>Mayor\x92s '
            b'\x93green\x94 plan</h1><p>The mayor said the plan would cut emissions by half within ten years.</p>'
            b"</article></body></html>")
    a = read_article(_write(tmp_path / "p.html", html))
    assert a.headline == "Mayor\u2019s \u201cgreen\u201d plan"
    assert not any("\x80" <= c <= "\x9f" for c in a.text)


def test_a_missing_path_or_empty_folder_among_others_is_skipped(tmp_path):
    good = _write(tmp_path / "a" / "good.txt", "A real headline for this story\n\nThe mayor said the budget was fine.\n")
    (tmp_path / "empty").mkdir()
    articles, skipped = read_articles([good, tmp_path / "nope.txt", tmp_path / "empty"])
    assert [a.id for a in articles] == ["good"]
    assert [(s.source, s.reason.split(";")[0]) for s in skipped] == [
        (str(tmp_path / "nope.txt"), "no such file or folder"),
        (str(tmp_path / "empty"), "no .txt, .md, .html or .jsonl articles in this folder"),
    ]
    with pytest.raises(InputError) as exc:  # nothing at all to read: a usage mistake
        read_articles([tmp_path / "nope.txt", tmp_path / "empty"])
    assert "nope.txt" in str(exc.value) and "empty" in str(exc.value) and "\n" not in str(exc.value)


def test_an_unexpected_error_reading_one_file_skips_only_that_file(tmp_path, monkeypatch):
    _write(tmp_path / "a.txt", "A real headline for this story\n\nThe mayor said the budget was fine.\n")
    _write(tmp_path / "b.html", "<html><body><p>Whatever</p></body></html>")
    real = ingest._read_file

    def flaky(path, rel, id_):
        if rel == "b.html":
            raise RecursionError("maximum recursion depth exceeded")
        return real(path, rel, id_)

    monkeypatch.setattr(ingest, "_read_file", flaky)
    articles, skipped = read_articles([tmp_path])
    assert [a.id for a in articles] == ["a"]
    assert skipped == [Skipped("b.html", "cannot read the file (RecursionError: maximum recursion depth exceeded)")]


def test_a_build_folder_is_not_read_as_articles(seeds_build, tmp_path):
    from graph.building.ingest import read_articles

    out, _ = seeds_build
    (tmp_path / "story.txt").write_text("A headline about the harbour\n\nThe harbour reopened on Monday.\n", encoding="utf-8")
    (tmp_path / "graph.html").write_bytes((out / "graph.html").read_bytes())
    (tmp_path / "ids.json").write_bytes((out / "ids.json").read_bytes())
    articles, skipped = read_articles([tmp_path])
    assert [a.source for a in articles] == ["story.txt"]
    assert [s.source for s in skipped] == ["graph.html", "ids.json"] and "a page news-kg wrote" in skipped[0].reason
    assert "entity id registry of a build" in skipped[1].reason
