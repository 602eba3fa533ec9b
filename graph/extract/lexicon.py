"""General word lists for news text (honorifics, role titles, reporting verbs, relation cues).

Nothing here names a person or body from any particular article: these are the words
news writing uses everywhere, plus a short list of widely known platforms and companies
used only to type a name (never to assert a relation).
"""

from __future__ import annotations

__all__ = [name for name in dir() if name.isupper()]

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "rev", "reverend", "fr", "hon", "rt", "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "fr.",
    "sen", "sen.", "rep", "rep.", "gov", "gov.", "cllr", "councillor", "supt", "supt.", "insp", "insp.",
    "sgt", "sgt.", "det", "det.", "lt", "lt.", "col", "col.", "gen", "gen.", "capt", "capt.",
}

#: Honorifics used with a first name alone ("Sir Graham" for Sir Graham Oakes).
FIRST_NAME_HONORIFICS = {"sir", "dame", "lord", "lady"}

#: Words of job and role titles; a run of them before a name is a title, not part of the name.
ROLE_WORDS = {
    "chief", "constable", "deputy", "assistant", "acting", "interim", "senior", "former", "ex", "vice",
    "secretary", "minister", "president", "chairman", "chairwoman", "chair", "chairperson", "director",
    "head", "executive", "officer", "commissioner", "superintendent", "inspector", "detective",
    "sergeant", "general", "governor", "mayor", "senator", "congressman", "congresswoman", "judge",
    "justice", "attorney", "ambassador", "chancellor", "prime", "home", "foreign", "security",
    "health", "education", "culture", "digital", "defence", "defense", "interior",
    "spokesman", "spokeswoman", "spokesperson", "founder", "co-founder", "ceo", "cto", "cfo", "coo",
    "editor", "correspondent", "reporter", "analyst", "researcher", "lead", "leader", "manager",
    "boss", "mp", "mep", "lawmaker", "professor", "campaigner", "chief-executive", "police",
    "commander", "captain", "colonel", "lieutenant", "admiral", "king", "queen", "prince", "princess",
    "pope", "bishop", "archbishop", "rabbi", "imam", "cardinal", "shadow", "junior", "state",
    "treasurer", "trustee", "partner", "principal", "dean", "provost", "rector", "coordinator",
    "agent", "special", "regional", "national", "global", "policy", "safeguarding",
}

#: Role titles (lower case) that are posts in a national government.
GOVERNMENT_POSTS = (
    "home secretary", "foreign secretary", "prime minister", "chancellor of the exchequer",
    "secretary of state", "minister", "health secretary", "justice secretary", "culture secretary",
    "digital secretary", "technology secretary", "defence secretary", "education secretary",
    "business secretary", "attorney general", "president", "vice president", "chancellor",
)

#: Head nouns that refer back to a person ("the senior officer said").
PERSON_DESCRIPTIONS = {
    "officer", "official", "minister", "secretary", "director", "chief", "constable", "executive",
    "spokesman", "spokeswoman", "spokesperson", "founder", "boss", "president", "chairman",
    "commissioner", "campaigner", "politician", "lawmaker", "leader", "head", "mp", "billionaire",
    "businessman", "businesswoman", "tycoon", "entrepreneur", "lead", "man", "woman",
}

#: Head nouns that refer back to an organisation, with the kind of body they suit.
ORG_DESCRIPTIONS = {
    "company": "company", "firm": "company", "giant": "company", "group": None, "business": "company",
    "corporation": "company", "platform": "company", "conglomerate": "company", "tech": "company",
    "charity": "charity", "organisation": None, "organization": None, "campaign": "charity",
    "agency": "public", "force": "public", "department": "public", "ministry": "public",
    "government": "public", "council": "public", "regulator": "public", "watchdog": "public",
    "body": None, "centre": None, "center": None, "body's": None, "outlet": "media", "newspaper": "media",
    "broadcaster": "media", "paper": "media", "network": "company",
    "union": None, "trust": None, "museum": None, "school": None, "club": None, "bank": "company",
    "lender": "company", "insurer": "company", "retailer": "company", "carrier": "company",
    "operator": "company", "hospital": None, "university": None, "college": None, "committee": "public",
    "commission": "public", "authority": "public", "panel": None, "board": None, "court": "public",
    "foundation": "charity", "institute": None, "association": None, "society": "charity",
    "league": None, "party": None, "think-tank": None, "tank": None,
    "unit": "public", "service": "public", "office": "public", "administration": "public",
    "ministry's": "public", "legislature": "public", "senate": "public", "parliament": "public",
    "police": "public", "constabulary": "public", "startup": "company", "start-up": "company",
    "manufacturer": "company", "maker": "company", "developer": "company", "publisher": "company",
    "supplier": "company", "provider": "company", "airline": "company", "owner": None, "owners": None,
    "buyer": "company", "bidder": "company", "consortium": "company", "fund": None, "regulator's": "public",
}

PRODUCT_DESCRIPTIONS = {"app", "site", "website", "service", "platform", "database", "messenger", "tool", "network"}

#: Last words of organisation names, with the kind of body.
ORG_DESIGNATORS = {
    "agency": "public", "council": "public", "society": "charity", "centre": "public", "center": "public",
    "constabulary": "public", "police": "public", "service": "public", "ministry": "public",
    "department": "public", "office": "public", "commission": "public", "committee": "public",
    "authority": "public", "government": "public", "parliament": "public", "court": "public",
    "foundation": "charity", "trust": "charity", "charity": "charity", "institute": None,
    "association": None, "federation": None, "union": None, "alliance": None, "coalition": None,
    "university": None, "college": None, "school": None, "academy": None, "bureau": "public",
    "inc": "company", "inc.": "company", "ltd": "company", "ltd.": "company", "plc": "company",
    "corp": "company", "corp.": "company", "corporation": "company", "company": "company",
    "group": "company", "platforms": "company", "technologies": "company", "holdings": "company",
    "llc": "company", "gmbh": "company", "news": "media", "times": "media", "post": "media",
    "herald": "media", "journal": "media", "telegraph": "media", "guardian": "media", "mail": "media",
    "press": "media", "tribune": "media", "gazette": "media", "chronicle": "media", "observer": "media",
    "express": "media", "mirror": "media", "independent": "media", "standard": "media", "bank": "company",
    "command": "public", "unit": "public", "force": "public", "forces": "public", "network": None,
    "organisation": None, "organization": None, "party": None, "board": "public", "lab": None,
    "labs": None, "partnership": None, "initiative": None, "team": None, "squad": "public",
    # company-name endings
    "capital": "company", "partners": "company", "ventures": "company", "bancorp": "company",
    "financial": "company", "energy": "company", "oil": "company", "motors": "company",
    "airlines": "company", "airways": "company", "pharmaceuticals": "company", "pharma": "company",
    "systems": "company", "solutions": "company", "software": "company", "studios": "company",
    "entertainment": "company", "communications": "company", "telecom": "company",
    "insurance": "company", "investments": "company", "securities": "company", "logistics": "company",
    "industries": "company", "enterprises": "company", "consulting": "company", "associates": "company",
    "foods": "company", "resources": "company", "mining": "company", "utilities": "company",
    "llp": "company", "sa": "company", "ag": "company", "nv": "company", "co": "company", "co.": "company",
    # clubs and leagues
    "fc": None, "league": None, "rovers": None, "athletic": None, "wanderers": None, "albion": None,
    "club": None,
}

LEGISLATION_DESIGNATORS = {
    "act", "bill", "law", "strategy", "fund", "programme", "program", "scheme", "directive",
    "regulation", "regulations", "treaty", "convention", "charter", "code", "framework", "plan",
    "initiative", "policy", "amendment", "order", "statute", "white paper", "green paper",
}

EVENT_DESIGNATORS = {
    "conference", "summit", "forum", "festival", "games", "olympics", "cup", "championship",
    "election", "war", "meeting", "congress", "expo", "symposium", "convention", "week", "day",
}

PRODUCT_DESIGNATORS = {"app", "database", "platform", "messenger", "browser", "assistant", "chatbot"}

PLACE_DESIGNATORS = {"city", "county", "province", "state", "island", "islands", "republic", "kingdom"}

#: Widely known platforms, apps and services (typing help only).
KNOWN_PRODUCTS = {
    "whatsapp", "instagram", "messenger", "facebook messenger", "youtube", "snapchat", "telegram",
    "signal", "imessage", "facetime", "gmail", "skype", "zoom", "discord", "reddit", "threads",
    "wechat", "linkedin", "pinterest", "tumblr", "twitch", "android", "ios", "windows", "chrome",
    "iphone", "ipad", "chatgpt", "bing", "outlook", "teams", "roblox", "fortnite", "minecraft",
    "onlyfans", "kik", "omegle", "viber", "line", "icloud", "dropbox", "google drive", "messenger kids",
}

#: Widely known companies (typing help only).
KNOWN_COMPANIES = {
    "meta", "facebook", "google", "alphabet", "apple", "microsoft", "amazon", "twitter", "tiktok",
    "bytedance", "snap", "netflix", "ibm", "intel", "nvidia", "samsung", "huawei", "tencent",
    "alibaba", "baidu", "openai", "anthropic", "oracle", "uber", "airbnb", "spotify", "yahoo",
    "x corp", "paypal", "vodafone", "bt", "sony", "nokia", "ericsson", "tesla", "spacex",
}

#: Well-known former names and short forms of companies: alias -> current name.
RENAMED = {
    "facebook": "meta", "facebook inc": "meta", "facebook inc.": "meta", "fb": "meta",
    "meta platforms": "meta", "twitter": "x", "google inc": "google", "square": "block",
}

#: Generic collective actors that news treats as agents (key -> canonical label).
GROUPS = {
    "police": "police", "the police": "police", "police forces": "police", "police force": "police",
    "national police forces": "police", "uk police": "police", "law enforcement": "police",
    "law enforcement agencies": "police", "forces": None, "officers": None,
    "tech industry": "tech industry", "the tech industry": "tech industry", "big tech": "tech industry",
    "big tech companies": "tech industry", "tech companies": "tech industry", "tech firms": "tech industry",
    "technology companies": "tech industry", "technology firms": "tech industry",
    "technology giants": "tech industry", "tech giants": "tech industry", "social networks": "tech industry",
    "social media companies": "tech industry", "social media firms": "tech industry",
    "social media platforms": None, "big social networks": "tech industry",
    "campaigners": "campaigners", "child safety experts": "campaigners",
    "child protection experts": "campaigners", "children's charities": "campaigners",
    "children’s charities": "campaigners", "campaign groups": "campaigners",
}

#: Groups (canonical keys above) made of companies: "they" may refer to them.
COMPANY_GROUPS = {"tech industry"}

#: Verbs that introduce speech or a report.
REPORTING_VERBS = {
    "say", "tell", "add", "warn", "claim", "state", "explain", "insist", "argue", "note", "write",
    "declare", "announce", "admit", "acknowledge", "confirm", "deny", "suggest", "stress", "urge",
    "continue", "conclude", "reply", "respond", "answer", "ask", "remark", "observe", "comment",
    "believe", "fear", "caution", "allege", "accuse", "concede", "point", "emphasise", "emphasize",
    "report", "estimate", "reveal", "describe", "call", "predict", "maintain",
    "recall", "tweet", "post", "blast", "slam", "criticise", "criticize", "complain", "lament",
    "vow", "promise", "pledge", "contend", "assert", "reckon", "told",
}

#: Verbs by which a source gives a figure or finding ("X estimated there are ...").
FIGURE_VERBS = {"say", "estimate", "report", "reveal", "find", "show", "state", "calculate", "suggest", "claim", "publish", "indicate", "conclude", "forecast", "predict", "project"}

#: Nouns for a published source ("a report by X concluded ...", "according to a survey by X").
SOURCE_NOUNS = {"report", "study", "survey", "analysis", "research", "data", "figures", "statement", "article",
                "review", "audit", "investigation", "poll", "paper", "assessment", "estimate", "estimates",
                "accounts", "filing", "filings", "statistics", "records", "analysts", "researchers", "economists"}

CRITICISE_VERBS = {
    "criticise", "criticize", "accuse", "blame", "attack", "condemn", "slam", "warn", "challenge",
    "denounce", "rebuke", "lambast", "castigate", "chastise", "berate", "fault", "censure", "blast",
    "decry", "deplore", "scold", "reprimand", "target", "hit", "savage", "pan", "question",
}

CRITICISE_NOUNS = {
    "challenge", "criticism", "attack", "rebuke", "warning", "swipe", "broadside", "condemnation",
    "accusation", "complaint", "censure", "dig",
}

CALLS_ON_VERBS = {"urge", "ask", "call", "demand", "press", "implore", "appeal", "request", "beg", "pressure", "lobby", "push", "compel", "order", "instruct", "encourage"}

REPORTS_TO_VERBS = {"report", "refer", "pass", "submit", "send", "forward", "flag", "hand", "alert", "notify", "escalate", "answer"}
#: Verbs whose direct object receives the report ("has informed the police").
INFORM_VERBS = {"inform", "notify", "alert", "tip", "brief"}
REPORT_NOUNS = {"report", "reports", "referral", "referrals", "tip", "tips", "tip-offs", "notification", "notifications"}

PARTNER_VERBS = {"work", "partner", "collaborate", "cooperate", "co-operate", "team", "join", "ally", "liaise"}
PARTNER_NOUNS = {"partnership", "collaboration", "cooperation", "co-operation", "alliance", "joint"}

OWN_VERBS = {"own", "operate", "acquire", "buy", "run", "purchase", "control"}

#: Phrases of negative evaluation: a speaker who says them about an entity criticises it.
NEGATIVE_CUES = (
    "don't care", "doesn't care", "don’t care", "doesn’t care", "do not care", "does not care",
    "lip service", "blind eye", "blindfold", "safe haven", "absolved", "profit before", "profits before",
    "not doing enough", "not do enough", "not to do enough", "not investing enough", "not spending enough",
    "not taking", "failing", "failed", "fail to", "irresponsible", "shameful", "disgrace", "wilfully",
    "willfully", "complicit", "cause of concern", "source of concern", "concern", "threat", "dangerous",
    "negligent", "reckless", "unacceptable", "appalling", "outrageous", "turn the lights off",
    "lights off", "lights go out", "thriving", "thrive", "exploited", "hamper", "hiding", "hide behind",
    "excuse", "abdicat", "betray", "not committed", "putting a blindfold", "turning around", "not listening",
    "paying lip", "more than what", "should have done", "must do more", "need to do more", "not good enough",
    "harm", "huge advantage", "stops it detecting", "without safeguards", "used for", "main source",
    "main cause", "most used platform", "worst",
    "ignore", "ignored", "ignoring", "broke a promise", "breaking a promise", "broken promise", "insult",
    "betray", "misleading", "mislead", "misled", "rushed", "at risk", "no qualms", "disregard", "failure",
    "scandal", "shocking", "disgraceful", "arrogant", "cynical", "contempt", "greed", "profiteering",
    "deliberately targeted", "irresponsibly", "negligence", "cover-up", "cover up", "underinvestment",
    "lied", "lying", "dishonest", "unlawful", "illegal",
    "jeopardise", "jeopardize", "endanger", "damaging", "devastating", "appalled",
)

NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "n’t", "without"}
HEDGES = {"may", "might", "could", "would", "if", "whether", "perhaps", "possibly", "reportedly", "allegedly"}

PRONOUNS_PERSON = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
PRONOUNS_FIRST = {"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"}
PRONOUNS_THING = {"it", "its", "itself", "they", "them", "their", "theirs", "themselves"}

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
}

#: Small words that may sit inside a long proper name ("Society for the Prevention of ...").
NAME_CONNECTORS = {"of", "for", "and", "the", "to", "&", "de", "du", "la", "against", "a", "an"}

__all__ = [name for name in dir() if name.isupper()]
