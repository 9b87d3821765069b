"""The people a message names: runs of capitalised words that open with a known given name.

"Sam and Priya from Halftone", "Professor Helen Achebe will introduce you", "you'd join Ana Ruiz (Ruiz
Studio) and Tom Lee on stage": what the sentence says about them varies without end, so a person is
recognised by the name itself. The given names are gender-guesser's dictionary (about 48,000 first names of
many countries, from Jörg Michael's "gender" program, GNU Free Documentation License), read as a plain list:
only whether a word is a first name is used, never a gender, and none of the package's code runs.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from kindly.errors import ModelError

_NAME_WORDS = Path(__file__).parent / "data" / "name_words.txt"
MAX_CHARS = 10_000  # an invitation names its people early; a huge message costs no more than this

# Latin-1 and Latin Extended-A capitals and small letters ("Şahin", "Łukasz", "Nguyễn").
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_LOWER = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžḀ-ỿ"
# A capitalised word, with a prefix or one inner capital ("McKenzie", "O'Hara", "D'Arcy", "DiMaggio"), a
# hyphen or an apostrophe ("Osei-Bonsu"), but not a possessive ("Gene's").
_WORD = (
    rf"(?:Mc|Mac(?=[A-Z])|[OD]['’](?=[A-Z]))?[{_UPPER}][{_LOWER}]+(?:[A-Z][{_LOWER}]+)?"
    rf"(?:(?:-|['’](?!s\b))[{_UPPER}{_LOWER}]+)*"
)
# The small words a name may hold between its words ("de la Torre", "van der Berg", "ten Hag", "bin Rashid",
# "St. Clair"), as the name writes them: one list, which language.py reads too.
NAME_PARTICLE = (
    r"(?:de|da|dos|das|des|van|von|der|den|del|della|la|le|di|du|ten|ter|al|bin|ibn|St\.|Ó|Ní|Mac)"
)
# The honorifics a name is written with ("Dr Jane Doe", "Prof. Erik Halvorsen", "Miss Ada Lee", "Sir Ken
# Robinson"): never part of the name. One list, lower case and without their dot, that every reader of names
# takes and widens for its own use (titles of office where a greeting is read, "Hon" where a signature can say
# whether it is a given name).
HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "rev", "sir", "dame"})
# One or more of them opening a name, with or without their dot: "Dr. ", "Prof Dr "
LEADING_HONORIFICS = re.compile(rf"^(?:(?:{'|'.join(sorted(HONORIFICS))})\.?\s+)+", re.IGNORECASE)
_NICKNAME = r"(?:[ \t][\"“'‘][A-Z][a-z]+[\"”'’])?"  # Benedikt "Ben" Vogel
# A first word and up to three more, on one line (an initial or particles may come between): "Ana Lucia
# Ferrer", "Sean McCarthy", "John Q. Public", "Ana Lucía de la Torre", "Lars van der Berg", "Rachel St.
# Clair", "Fatima Zahra El Amrani".
_CANDIDATE = re.compile(
    rf"(?<![\w@./])({_WORD}){_NICKNAME}"
    rf"((?:[ \t](?:[A-Z]\.[ \t])?(?:{NAME_PARTICLE}[ \t]){{0,2}}{_WORD}){{0,3}})(?![\w@])"
)
_WORD_SPAN = re.compile(r"\S+")
# A name in capitals, as a memo of 2001 writes it: "MARGARET O'SHEA" (its first name must be on the list).
_CAPS = "A-ZÀ-ÖØ-Þ"
_CAPITALS = re.compile(
    rf"(?<![\w@./])([{_CAPS}]{{2,}}(?:-[{_CAPS}]+)*)((?:[ \t](?:[OD]['’])?[{_CAPS}]{{2,}}(?:-[{_CAPS}]+)*){{1,2}})"
    r"(?![\w@])"
)
# Two initials and a surname: "J. R. Castellanos", "P.J. Halloran" (one initial is as often "Q&A. We").
_INITIALS = re.compile(rf"(?<![^\s(])([A-Z]\.[ \t]?[A-Z]\.)[ \t]?({_WORD})(?![\w@])")

# A time ends a name's run ("Tom Lee Thursday"); so does a job title ("Priya Shah Founder", from a list
# whose lines were joined).
_TIME_WORD = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|"
    r"jun|jul|aug|sep|sept|oct|nov|dec|today|tomorrow|tonight)",
    re.IGNORECASE,
)
_TITLE_WORD = re.compile(
    r"(?:chief|officer|director|manager|lead|head|president|vp|ceo|cfo|coo|cto|cmo|economist|analyst|partner|"
    r"founder|co-?founder|editor|producer|engineer|designer|controller|assemblyman|assemblywoman|senator|mayor|"
    r"councilor|councillor|registration|ops|operations|executive|coordinator|principal|associate|counsel|"
    r"address|keynote|remarks|welcome|luncheon|lunch|breakfast|dinner|reception|panel|session|break|opening|"
    r"closing|networking|workshop|discussion|program|agenda|host|moderator|speaker|owner)",
    re.IGNORECASE,
)
# A run that holds one of these names a place, an organisation or an occasion, not a person ("Lauren Kim
# Events", "Maya Chen Studio", "Hilton Portland Downtown", "the Josephine Reed Award", "Salle Jacques-Cartier").
_PLACE_OR_ORGANISATION = re.compile(
    r"(?:inc|llc|ltd|llp|corp|co|group|partners|capital|ventures|bank|"
    r"university|college|institute|foundation|association|society|network|labs?|media|consulting|solutions|"
    r"services|studios?|agency|company|hotel|cafe|café|coffee|bar|grill|kitchen|bakery|brewing|brewery|tavern|"
    r"lounge|restaurant|market|plaza|square|tower|building|suite|floor|room|center|centre|street|st|ave|avenue|"
    r"road|boulevard|blvd|week|summit|conference|forum|festival|night|day|live|show|podcast|team|office|house|"
    r"gallery|museum|theater|theatre|club|area|district|arts|legion|provisions|downtown|uptown|midtown|events?|"
    r"north|south|east|west|northeast|northwest|southeast|southwest|books|press|journal|times|news|magazine|"
    r"radio|fund|trust|advisors|advisers|associates|holdings|systems|technologies|works|creative|design|"
    r"finance|financial|bookkeeping|accounting|law|legal|health|school|academy|collective|circle|council|"
    r"committee|board|project|lab|series|awards|gala|industries|venue|credit|city|union|box|desk|audit|county|"
    r"state|river|valley|lake|mountain|bay|island|airport|station|library|church|cathedral|stadium|arena|"
    r"advisory|payments|wealth|insurance|realty|properties|logistics|analytics|software|digital|medical|dental|"
    r"tax|marketing|communications|publishing|productions|records|entertainment|foods|farms|supply|plumbing|"
    r"electric|energy|power|motors|airlines|award|prize|hour|sisters|brothers|guild|strings|band|orchestra|"
    r"choir|trio|quartet|ensemble|lecture|scholarship|memorial|salle|palais|maison|seminar|lodge|terrace|"
    r"trattoria|brasserie|bistro|pub|diner|inn|suites|resort|spa|cafeteria|auditorium|pavilion|workshop|"
    r"symposium|celebration|zoo|tech|hole|monitor|webinar|meetup|mixer|expo|retreat|bootcamp|roundtable|"
    r"animation|branding|illustration|films|pictures|printing|letterpress|foundry|atelier|architects|"
    r"architecture|interiors|social|party|picnic|brunch|potluck|soiree|soirée|fest|jamboree)",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(
    r"(?:Dr|Mr|Ms|Mrs|Mx|Prof|Professor|Councilor|Councillor|Senator|Judge|Sir|Dame|Hon|Rev)\.?"
)
# "Dr. Ngozi Okafor-Bright", "Ms. Chiamaka Eze": a title says a person follows.
_TITLE_BEFORE = re.compile(
    r"\b(?:Dr|Mr|Ms|Mrs|Mx|Prof|Hon|Rev)\.?[ \t]+$|\b(?:Professor|Councilor|Councillor|Senator|Judge|Sir|Dame)[ \t]+$"
)
# What is said right after a name, up to the end of the sentence or the next name.
_CLAUSE_END = re.compile(rf"[.?!\n]|[{_UPPER}][{_LOWER}]+[ \t]+[{_UPPER}]")
# "Priya Raman, who heard you speak last winter, suggested your name", "Paul from Marquand CPA was going to
# dial in": what they do comes after the clause or the firm.
_RELATIVE_CLAUSE = re.compile(
    r",[ \t]+who[ \t][^.?!\n,]{0,120},[ \t]*|[ \t]+(?:from|at|of)[ \t]+(?:[A-Z][\w&'’.-]*[ \t]+){1,4}"
    r"(?:\([^()\n]{0,80}\)[ \t]*)?"
)
# Someone who passed the reader's name on is not at the meeting: "Jess Albright at Ember & Oak gave me your
# name", "Ruth suggested you", "referred by Tom Lee".
_REFERRER_AFTER = re.compile(
    r"\b(?:gave me your (?:name|details|email|e-mail|number|contact)|passed (?:on|along) your|sent me your|"
    r"(?:suggested|recommended|mentioned|told me about|pointed me (?:to|towards)|put me in touch with) you\b|"
    r"(?:suggested|recommended|mentioned|put forward|passed along) your name|told me you|said you(?:'d| would) be|"
    r"(?:suggested|recommended|thought|said) (?:that )?I (?:should )?(?:reach out|contact|write|get in touch|"
    r"e-?mail|drop you))",
    re.IGNORECASE,
)
_REFERRER_BEFORE = re.compile(
    r"\b(?:referred (?:to you |me )?by|recommended by|thanks to|courtesy of|via|through|"
    r"your (?:name|details|contact|e-?mail|number) (?:was|were) (?:given|passed on|passed along|sent|shared|"
    r"mentioned) (?:to me )?by)[ \t]+(?:my[ \t]+\w+[ \t]+)?(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?$",
    re.IGNORECASE,
)
# Named but not there: "LOUISE KRAMER is out on leave", "Sir Edward Blakemore has withdrawn", "our former
# partner Dan Whitcombe", "Eleanor was going to come but she's stuck in Lisbon", a memo's "TO:" and "FROM:".
_ABSENT_AFTER = re.compile(
    r"\b(?:(?:is|was|will be|'s|are)[ \t]+(?:out|away)\b|on[ \t]+(?:\w+[ \t]+)?(?:leave|vacation|holiday|sabbatical)\b|"
    r"(?:won'?t|will not|can'?t|cannot|couldn'?t|isn'?t|is not|aren'?t)[ \t]+(?:be[ \t]+)?"
    r"(?:able|there|join|attend|make|come|around|available)|withdr[ae]w\w*|has withdrawn|dropped out|"
    r"(?:had|has) to (?:drop|pull|withdraw|cancel)|pulled out|stepped down|steps down|passed away|is stuck|"
    r"(?:she|he|who) (?:passed away|passed on\b|passed in \d{4}|died\b)|namesake\b|"
    r"was stuck|was going to (?:come|join|attend|be|dial|call|moderate|host|speak|lead)|"
    r"had (?:planned|hoped|meant) to[^.;!?\n]{0,60}\bbut\b|stepping down)",
    re.IGNORECASE,
)
_ABSENT_BEFORE = re.compile(
    r"(?:\b(?:our|my|your|their|the)[ \t]+(?:former|previous|old|outgoing|departing|retiring|retired)[ \t]+"
    r"(?:[A-Za-z-]+,?[ \t]+){0,2}|"
    r"\b(?:the late|in memory of|named (?:after|for)|instead of|replacing|in place of|"
    r"last (?:year|term|month|time)'s(?:[ \t]+[a-z-]+){0,2})[ \t]+|\b(?:to|from|attn|attention):[ \t]*|"
    # "last year's closing keynote was given by Simone Achebe": a session already held
    r"\b(?:was|were|had been)[ \t]+(?:given|delivered|led|hosted|moderated|presented|won)[ \t]+by[ \t]+)$",
    re.IGNORECASE,
)
# Someone who only arranges the meeting is not at it: "my assistant, Karen Liu, will find a time", "RSVP to
# Maria Gomez" (unless they also take part: "my assistant Karen will join us too").
_ARRANGER_BEFORE = re.compile(
    r"(?:\b(?:my|our|his|her|their|the)[ \t]+(?:executive[ \t]+|personal[ \t]+|administrative[ \t]+)?"
    r"(?:assistant|EA|PA|office manager|scheduler|scheduling coordinator|diary manager)"
    r"[ \t]*,?[ \t]*|"
    r"\b(?:rsvp|reply|respond|regrets)[ \t]+(?:to|with)[ \t]+(?:my[ \t]+assistant,?[ \t]+)?)$",
    re.IGNORECASE,
)
_ARRANGER_AFTER = re.compile(
    r",?[ \t]*\(?(?:my|our|his|her|the)[ \t]+(?:executive[ \t]+|personal[ \t]+)?(?:assistant|office manager|scheduler)"
    # the appositive ends at the role word: "the assistant director" is no assistant
    r"[ \t]*(?:[,)]|$)",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:at|in|near)[ \t]+(?:the[ \t]+)?$|\b(?:where|location|venue|place|address)[ \t]*:[ \t]*$"
    # "the venue is Brooklyn Bowl": a place follows
    r"|\b(?:venue|location|address|meeting point)[ \t]+(?:is|will be|was|has moved to)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# Where people come from, they are not: "partners from Deloitte, Grant Thornton and the Leeds City Council team",
# "Sam from Grant Thornton", "reps at Morgan Stanley": the list after "from" names firms, councils, cities.
_PEOPLE_FROM = re.compile(
    r"\b(?i:partners|people|colleagues|representatives|reps|delegates|delegations?|staff|members|folks|"
    r"teams?|leaders|executives|founders|friends|guests|speakers|someone|somebody|anyone|those|others|"
    r"directors|officers|officials|managers|cfos|ceos|attendees|panell?ists|experts|analysts|advisers|advisors|"
    r"engineers|investors|buyers|clients|customers|contacts|counterparts)"
    r"[ \t]+(?:from|at|of)[ \t]+(?:the[ \t]+)?"
)
# ...and where places are listed: "offices in Adelaide and Darwin", "across Austin and Charlotte" (not
# "between", which is as often "a chat between Sam and Priya").
_PLACES_LISTED = re.compile(
    r"\b(?i:across|throughout|(?:offices|branches|chapters|sites|teams|clinics|stores|locations|hubs|"
    r"based|operating)[ \t]+in)[ \t]+(?:the[ \t]+)?"
)
# ...and one person's firm, without a list: "Sam from Grant Thornton" (not "Sam from Acme, Priya Shah and ...").
_PERSON_FROM = re.compile(
    rf"(?<![\w'’-])(?:(?P<first>{_WORD})[ \t]+)?(?P<last>{_WORD})[ \t]+(?:from|at)[ \t]+(?:the[ \t]+)?"
)
# The items of a list after it: "Deloitte, ", "KPMG and the ", "Baker Tilly, ".
_LIST_ITEM_ON = re.compile(
    r"(?:(?:the[ \t]+)?[A-Z][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*)*(?:[ \t]+(?-i:[a-z]+))?"
    r"(?:,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&|or)[ \t]+)(?:the[ \t]+)?)"
)
# "the Morgan Stanley team", "Kerry Group staff": a name before a word for its people is an organisation's.
_ITS_PEOPLE_AFTER = re.compile(
    r"[ \t]+(?:team|teams|staff|delegation|contingent|crew|folks|office|offices|reps|representatives|delegates|"
    r"people|employees|leadership|board)\b"
)
# "Ernst & Young", "Marks & Spencer": a given name and a word that is none joined by "&" name a firm, not
# two people ("Sam & Priya").
_AMPERSAND_AFTER = re.compile(rf"[ \t]*&[ \t]*({_WORD})")
# A capitalised word before a name within a list's item makes the name part of a longer one: "Baker Tilly",
# "Moore Kingston Smith" (not "Dana, Meet Priya", "CFO Priya Shah").
_WORD_BEFORE_IN_LIST = re.compile(rf"(?:[,;&]|\band)[ \t]+({_WORD})[ \t]+$")
# ...unless it is a word said to a person or a title: "Thanks Priya", "Chef Lorraine Addo", "Coach Sam".
_SAID_OR_TITLES = """
    thanks thank congrats welcome please cheers hi hello hey dear also and with meet ask invite cc plus including
    incl both chef coach pastor rabbi imam father sister brother captain chief sergeant detective dean nurse doctor
    uncle aunt auntie mum mom dad lady lord madam saint emcee mc dj
"""
_NOT_PART_OF_A_NAME = frozenset(_SAID_OR_TITLES.split())
_POSSESSIVE = re.compile(r"['’]s\b")
# "Tom Lee's keynote", "Kelsey's coming": a possessive that still names someone who takes part.
_TAKING_PART_POSSESSIVE = re.compile(
    r"['’]s[ \t]+(?:keynote|talk|session|panel|workshop|presentation|remarks|fireside|coming|joining|hosting|"
    r"leading|moderating|speaking|presenting|going to)",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w&'-]*)")
# A first name alone is a person where it stands next to another ("Sam and Priya"), is placed ("Priya from
# Halftone", "Priya (our designer)", "Priya, our CFO,") or is described ("my cofounder Priya").
_PLACED_AFTER = re.compile(
    r"[ \t]*(?:\(|from[ \t]+(?:[A-Z]|(?:our|my|their|the)[ \t])|,[ \t]+(?:our|my|the|who)[ \t])"
)
_DESCRIBED_AS = (
    r"\b(?:my|our|their|his|her)[ \t]+(?:[a-z]+[ \t]+)?(?:co-?founder|partner|colleague|business partner|cfo|ceo|"
    r"coo|cto|director|manager|friend|boss|wife|husband|assistant|designer|producer|editor|co-?host|host|chair|"
    r"chairman|chairwoman|moderator|colleagues?|teammates?|lead|bookkeeper|controller|accountant|owner|"
    r"co-?owner|steward)"
)
_DESCRIBED_BEFORE = re.compile(_DESCRIBED_AS + r"[ \t]*,?[ \t]*$", re.IGNORECASE)
# ...and a word the list lacks, only set off by commas: "my teaching assistant, Tunde, will".
_APPOSITIVE = re.compile(_DESCRIBED_AS + r",[ \t]*$", re.IGNORECASE)
# A list item that opens with the name: "- Kwame Osei-Bonsu, Controller, Tidewell".
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*–·]|\d+[.)])[ \t]*$")
_LIST_ITEM_AFTER = re.compile(r"[ \t]*(?:,|\(|[-–—:][ \t])")
_ORGANISATION_BEFORE = re.compile(r"\b(?:of|from|at|for)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# "Greta Holm from Holm & Hale": two surnames joined by "&" after "from" name a firm.
_FIRM_PAIR = re.compile(rf"\b(?:of|from|at)[ \t]+({_WORD})[ \t]*&[ \t]*({_WORD})(?![\w&])")
# "Harold J. Pemberton III", "Sam Ortiz Jr.": the suffix is part of the name.
_SUFFIX = re.compile(
    r",?[ \t]+(Jr\.|Sr\.|Jr\b(?!\.)|Sr\b(?!\.)|II|III|IV)(?![\w])"
    r"(?=[ \t]*(?:[,.;:)!?\n]|$|[ \t](?:and|will|is|has|was|of|from|at|&|who|would|can)\b))"
)
SUFFIXES = frozenset(("Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"))
_BETWEEN_NAMES = re.compile(r"[ \t]*(?:,|,?[ \t]+and|&)[ \t]*")
# A verb of taking part: "join", "coming", "co-hosting", "will be there", "introducing".
_TAKES_PART = r"(?:join|com(?:e|ing)|co-?host|host|moderat|lead|speak|present|there|attend|introduc|run|chair|facilitat)\w*"
_ACTING_AFTER = re.compile(
    r"(?:(?:['’]s|[ \t]+(?:will|would|is|can|could|might|may))?[ \t]+(?:also[ \t]+)?(?:be[ \t]+)?"
    + _TAKES_PART
    + r"|[ \t]+and (?:I|me)\b|[ \t]+(?:wants|would like|'d (?:like|love)|is dying|is keen|can't wait) to)",
    re.IGNORECASE,
)
# "Priya Natarajan, will join" (a comma a mail tool or a writer put there): taking part says so with a verb;
# "Dana Reyes, chair of our board," or "Jess, coming over from Ember & Oak," only describes.
_ACTING_AFTER_COMMA = re.compile(
    r",[ \t]+(?:will|would|is|'s|are|can|could)[ \t]+(?:also[ \t]+)?(?:be[ \t]+)?" + _TAKES_PART,
    re.IGNORECASE,
)
# ...or later in the same sentence, after what they do: ", handles AP and payroll and will join us".
_JOINS_LATER = re.compile(
    r",[ \t]+[^.?!\n]{0,80}?\band[ \t]+(?:will|would|'ll|can)[ \t]+(?:also[ \t]+)?(?:join|come|attend|be there)\b",
    re.IGNORECASE,
)
# What an assistant does: "will come back to you with a few times", "will reach out", "will send an invite".
_ARRANGING = re.compile(
    r"[ \t]*(?:will|can|would|'ll)[ \t]+(?:also[ \t]+)?(?:come back|get back|reach out|be in touch|send|coordinate|"
    r"schedule|find|set up|book|follow up|confirm|circulate)\b",
    re.IGNORECASE,
)
# The words that open a greeting, wherever kindly reads one: "Hi Dana,", "Dear councillors,", "Kia ora Ruth,",
# "Tēnā koe Aroha,".
GREETING = (
    r"(?i:dear|hi|hello|hey|hiya|hallo|hola|olá|oi|bonjour|ciao|hej|kia ora|m[oō]rena|t[eē]n[aā] koe|greetings|"
    r"good (?:morning|afternoon|evening))"
)
# Only a greeting says whom the message is for: "Hi Dana,", "Dear Ms. Dana Reyes,", "Dana,<line end>", "Morning
# Dana," (a bare "morning" only where a name follows).
_GREETING = rf"(?:{GREETING}|(?i:morning))"
_SALUTATION = re.compile(
    rf"^\s*(?:{_GREETING}[ \t]+(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?[ \t]+)?([A-Z][\w'-]+)"
    r"|([A-Z][\w'-]+)(?=(?:(?:[ \t]+and[ \t]+|[ \t]*&[ \t]*)[A-Z][\w'-]+)?[ \t]*[,:!—]))"
)


@cache
def given_names() -> frozenset[str]:
    """The first names of gender-guesser's dictionary ("Priya", "Tomás", "Anne-Marie"), without the words
    that are never a name in running text ("The", "Hi")."""
    try:
        data = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text("utf-8")
    except (ModuleNotFoundError, OSError) as exc:
        raise ModelError(f"the given-names list of gender-guesser cannot be read ({exc})") from None
    names: set[str] = set()
    for line in data.splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        name = parts[1]
        # "Anne+Marie" stands for "AnneMarie", "Anne Marie" and "Anne-Marie"; the run keeps its first word.
        names.update((name.replace("+", ""), name.replace("+", "-"), name.split("+")[0]))
    return frozenset(names - name_words()[0])


@cache
def name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words never a first name in running text, first names that are also everyday words, everyday words
    that are never part of a name)."""
    never, before_surname, everyday, _ = _name_word_sections()
    return never, before_surname, everyday


@cache
def family_names_written_first() -> frozenset[str]:
    """Family names that open a name where the custom puts them first ("Nguyen Van Minh", "Tanaka Hiroshi")."""
    return _name_word_sections()[3]


@cache
def _name_word_sections() -> tuple[frozenset[str], ...]:
    sections: list[set[str]] = []
    for line in _NAME_WORDS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            sections.append(set())
        elif sections:
            sections[-1].update(line.split())
    return tuple(frozenset(section) for section in sections)


def is_given_name(word: str) -> bool:
    """Whether a word is a first name of the list ("Priya", "Émilie", "D'Arcy"): "Employment" and "Pisgah"
    are not."""
    return _listed(word, given_names()) is not None


def opens_with_a_name(words: list[str]) -> bool:
    """Whether words read as a person's name by their opening: a listed first name ("Celeste Amadi"), a
    family name written first ("Nguyen Van Minh"), or a title before a name ("Dr. Obiageli Nwosu")."""
    if len(words) >= 2 and _HONORIFIC.fullmatch(words[0]):
        return words[1][:1].isupper()
    return bool(words) and (is_given_name(words[0]) or words[0] in family_names_written_first())


def names_a_place_or_organisation(word: str) -> bool:
    """Whether a word of a name makes it a place's, a firm's or an occasion's ("Studio", "Expo", "Area")."""
    return _PLACE_OR_ORGANISATION.fullmatch(word.strip(".,")) is not None


def people_named(text: str, sender: str = "", reader: str = "") -> tuple[str, ...]:
    """The people a text names, in order and each once, other than the sender (by full name, or their
    first name alone as a sign-off) and the reader (a first name, as greeted): "Sam", "Priya" and "Lucia
    Marquez" in "Sam and Priya from Halftone will be there, and Lucia Marquez is coming as well"."""
    text = text[:MAX_CHARS]
    found = sorted(_known_names(text))
    firms = [(m.start(1), m.end(2)) for m in _FIRM_PAIR.finditer(text)]
    people = [
        (s, e, name)
        for s, e, name in found
        if " " in name or (_in_company(text, found, s, e) and not any(a <= s and e <= b for a, b in firms))
    ]
    # A full name whose first word the list lacks counts where the text treats it as a person.
    taken = list(found)
    for start, end, name in _unknown_names(text):
        if any(start < other_end and other_start < end for other_start, other_end, _ in taken):
            continue
        # The cheap test first: most such runs ("Looking Forward", "Quick Question") are in no company.
        if _in_company(text, found, start, end) and not _is_not_a_person(text, start, end, name.split()):
            people.append((start, end, name))
            taken.append((start, end, name))
    return _without(_shared_surnames(text, sorted(people), sender), sender, reader)


# "Bea and Theo Marchetti": the first given name alone before "and" and a full name shares its surname.
_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+")
# "Seun (Oluwaseun Adebayo)": a name the message goes by, then the full one.
_FULL_NAME_AFTER = re.compile(rf"[ \t]*\(({_WORD}(?:[ \t]+{_WORD}){{1,3}})\)")


def _shared_surnames(text: str, people: list[tuple[int, int, str]], sender: str) -> list[str]:
    names = [name for _, _, name in people]
    sender_first = sender.split()[0].casefold() if sender.split() else ""
    for n, (_, end, name) in enumerate(people):
        full = _FULL_NAME_AFTER.match(text, end) if " " not in name else None
        if full and _goes_by(name, full.group(1)):
            names[n] = full.group(1)
    given = {name.split()[0] for name in names if " " in name}
    for n in range(len(people) - 1):
        (_, end, name), (start, _, following) = people[n], people[n + 1]
        words = following.split()
        if (
            " " in name
            or name in given  # "Priya Shah will host. Priya and Tom Lee..."
            or name.casefold() == sender_first
            or len(words) != 2  # not "Maria de la Cruz", "Nguyen Van Minh"
            or words[1] in SUFFIXES
            or words[0] in family_names_written_first()
            or not _AND.fullmatch(text, end, start)
        ):
            continue
        names[n] = f"{name} {words[1]}"
    return names


def _goes_by(short: str, full: str) -> bool:
    """Whether a bracketed full name is the person's ("Seun (Oluwaseun Adebayo)", "Tom (Thomas Reilly)"), not
    a firm, a title or a place ("Tom (Acme Robotics)", "Jo (Brand Strategist)", "Kim (New York)")."""
    words = full.split()
    if any(_PLACE_OR_ORGANISATION.fullmatch(w) or _TITLE_WORD.fullmatch(w) for w in words):
        return False
    first = words[0]
    if short.casefold() in first.casefold():
        return True
    return first[:1] == short[:1] and _listed(first, given_names()) is not None


def reader_name(own_text: str) -> str:
    """Whom the message greets ("Hi Dana,", "Dana, meet Felix", "Dana and Kenji,"): the reader, never an
    attendee. In "Dana and Kenji," the second is whom an introduction asks the reader to meet, so only the
    first greeted counts. A bare first word counts only when it is a first name ("Thursday, 5pm works")."""
    match = _SALUTATION.match(own_text)
    if match is None:
        return ""
    if match.group(1):
        return match.group(1)
    name = match.group(2)
    return name if _listed(name, given_names()) and not _TIME_WORD.fullmatch(name) else ""


# A greeting said as one word with a name's capital ("Olá", "Hola", "Hello"); "Ola" unaccented is a first name
_GREETING_WORD = re.compile(r"(?:Olá|Hola|Hello|Hallo|Hiya|Bonjour|Ciao|Hej)")


def _known_names(text: str) -> list[tuple[int, int, str]]:
    """Runs that open with a listed first name, names in capitals, and initials with a surname."""
    names = given_names()
    _, before_surname, _ = name_words()
    found: list[tuple[int, int, str]] = []
    position = 0
    while (match := _CANDIDATE.search(text, position)) is not None:
        position = match.end()
        spans = [
            (m.start() + match.start(), m.end() + match.start()) for m in _WORD_SPAN.finditer(match.group(0))
        ]
        words = [text[s:e] for s, e in spans]
        # "Olá Tomás": a greeting ("Olá", folded "Ola", is a first name too) opens no name; the name after it may
        first = None if _GREETING_WORD.fullmatch(words[0]) else _listed(words[0], names)
        if first is None:
            if len(words) > 1:
                position = spans[1][0]  # "Professor Helen Achebe": look again from "Helen"
            continue
        if (
            first in before_surname
            and len(words) > 1
            and _listed(words[1], names) not in (None, *before_surname)
        ):
            position = spans[1][0]  # "Will Tom Lee join?": the name is Tom Lee
            continue
        cut = next(
            (
                i
                for i in range(1, len(words))
                if _TIME_WORD.fullmatch(words[i]) or _TITLE_WORD.fullmatch(words[i])
            ),
            len(words),
        )
        # "Maya Chen Animation Director": the field belongs to the title, not to the name
        while 1 < cut < len(words) and _PLACE_OR_ORGANISATION.fullmatch(words[cut - 1]):
            cut -= 1
        words, spans = words[:cut], spans[:cut]
        if (first in before_surname and len(words) == 1) or _is_not_a_person(
            text, spans[0][0], spans[-1][1], words
        ):
            continue
        start = _family_name_before(text, spans[0][0], len(words))
        found.append(_with_suffix(text, start, spans[-1][1], [*text[start : spans[0][0]].split(), *words]))
    for match in _CAPITALS.finditer(text):
        words = match.group(0).split()
        if _listed(words[0].title(), names) in (None, *before_surname):
            continue
        if not _is_not_a_person(text, match.start(), match.end(), [w.title() for w in words]):
            found.append((match.start(), match.end(), " ".join(words)))
    for match in _INITIALS.finditer(text):
        if not _is_not_a_person(text, match.start(), match.end(), [match.group(2)]):
            found.append(_with_suffix(text, match.start(), match.end(), match.group(0).split()))
    return found


def _with_suffix(text: str, start: int, end: int, words: list[str]) -> tuple[int, int, str]:
    suffix = _SUFFIX.match(text, end)
    if suffix is None or len(words) < 2:
        return start, end, " ".join(words)
    return start, suffix.end(), " ".join([*words, suffix.group(1)])


# One or two capitalised words right before a name, on its line: "Nguyen Van" before "Minh".
_WORDS_BEFORE = re.compile(rf"(?<![\w'’-])({_WORD})[ \t]+(?:({_WORD})[ \t]+)?$")


def _family_name_before(text: str, start: int, run: int = 1) -> int:
    """Where a name starts when a family name written first opens it: "Tanaka" before "Hiroshi", "Nguyen Van"
    before "Minh" (a middle name between them). Otherwise the given name's own start. A family name that is
    also an English word ("Do", "Le") opens a sentence only before a given name and more ("Le Hoang Anh will
    join"): "Do Anna and Ben know?" names Anna."""
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return start
    families = family_names_written_first()
    if before.group(2) is None:  # one word before: "Tanaka" before "Hiroshi"
        word = before.group(1)
        return (
            before.start(1)
            if word in families and _may_open_here(text, before.start(1), word, run)
            else start
        )
    farther, nearer = before.group(1), before.group(2)
    if farther in families and _is_given_or_middle(nearer):  # "Nguyen Van" before "Minh"
        return before.start(1) if _may_open_here(text, before.start(1), farther, run + 1) else start
    if nearer in families:
        return before.start(2) if _may_open_here(text, before.start(2), nearer, run) else start
    return start


# Vietnamese middle names between family and given name: "Nguyen Van Minh", "Tran Thi Lan".
_MIDDLE_NAMES = frozenset(
    ("Van", "Văn", "Thi", "Thị", "Duc", "Đức", "Ngoc", "Ngọc", "Quang", "Thanh", "Huu", "Hữu")
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")


def _is_given_or_middle(word: str) -> bool:
    return word in _MIDDLE_NAMES or _listed(word, given_names()) is not None


def _may_open_here(text: str, at: int, family: str, after: int) -> bool:
    never, _, everyday = name_words()
    english = len(family) <= 2 or family in never or family.lower() in everyday
    return not english or after >= 2 or not _SENTENCE_START.search(text, max(0, at - 3), at)


def _unknown_names(text: str) -> list[tuple[int, int, str]]:
    """Runs of two or more capitalised words whose first word the list lacks ("Obiageli Nwosu"), or one such
    word introduced as someone ("my teaching assistant, Tunde,", "Dr. Okafor")."""
    names = given_names()
    never, _, everyday = name_words()
    unknown: list[tuple[int, int, str]] = []
    for match in _CANDIDATE.finditer(text):
        spans = [
            (m.start() + match.start(), m.end() + match.start()) for m in _WORD_SPAN.finditer(match.group(0))
        ]
        while spans and _HONORIFIC.fullmatch(text, *spans[0]):
            spans = spans[1:]  # "Professor Obiageli Nwosu"
        words = [text[s:e] for s, e in spans]
        if not words or _listed(words[0], names) is not None or words[0] in never:
            continue
        if len(words) == 1 and not (
            words[0].lower() not in everyday
            and (
                (_APPOSITIVE.search(text, max(0, spans[0][0] - 40), spans[0][0]))
                or _TITLE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            )
        ):
            continue
        if any(_TITLE_WORD.fullmatch(word) or _TIME_WORD.fullmatch(word) for word in words):
            continue
        start, end = spans[0][0], spans[-1][1]
        if _ORGANISATION_BEFORE.search(text, max(0, start - 10), start):
            continue  # "CFO of Cascadia Outdoor"
        unknown.append((start, end, " ".join(words)))
    return unknown


def _listed(word: str, names: frozenset[str]) -> str | None:
    """The word as the list has it, accents dropped if need be ("Émilie" is listed as "Emilie"); a compound of
    listed first names is one ("Marc-André", "Jean-François", "Marie-Ève": Quebec's everyday names)."""
    if word in names:
        return word
    if "-" in word and word.count("-") <= 2:
        parts = word.split("-")
        if all(len(part) > 1 and part[:1].isupper() and _listed(part, names) for part in parts):
            return word
    if len(word) > 3 and word[1] in "'’" and word[0] in "DO":
        plain = word[0] + word[2:].lower()  # "D'Arcy" is listed as "Darcy"
        return plain if plain in names else None
    if word.isascii():
        return None
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return plain if plain in names else None


# An article opens a place's or a firm's name, never a person's ("La Sauge", "Les 400 Coups", "El Camino").
_ARTICLES = frozenset({"La", "Les", "El", "Los", "Las", "Il", "Lo"})


def _is_not_a_person(text: str, start: int, end: int, words: list[str]) -> bool:
    _, _, everyday = name_words()
    if words[0] in _ARTICLES:
        return True
    if _PLACE_OR_ORGANISATION.fullmatch(words[0]) or any(
        _PLACE_OR_ORGANISATION.fullmatch(word) or word.lower() in everyday for word in words[1:]
    ):
        return True  # "Salle Jacques-Cartier", "Maya Chen Studio", "Mark Your Calendars"
    if len(set(words)) < len(words):
        return True  # "Nora Nora Feld": a sign-off run into the signature
    before = text[max(0, start - 40) : start]
    if _PLACE_BEFORE.search(before):
        return True  # "at Ava Gene's", "at the Hilton Portland", "the venue is Brooklyn Bowl"
    if _ITS_PEOPLE_AFTER.match(text, end) or _firm_by_ampersand(text, end, words):
        return True  # "the Morgan Stanley team", "Ernst & Young"
    if _part_of_a_longer_name(before) or _comes_from(text, start):
        return True  # "Baker Tilly", "partners from Deloitte, Grant Thornton and ..."
    if _affiliation_in_brackets(text, start, end, words):
        return True  # "Jordan Lee (Grant Thornton)"
    clause = _clause_after(text, end)
    # What follows the name says they pass on or are away, unless it first says they take part.
    taking_part = _takes_part(text, end)
    if _REFERRER_BEFORE.search(before) or (_REFERRER_AFTER.search(clause) and not taking_part):
        return True
    if _ABSENT_BEFORE.search(before) or (_ABSENT_AFTER.search(clause) and not taking_part):
        return True
    if _arranges_only(text, before, end) and not taking_part:
        return True
    if _POSSESSIVE.match(text, end) and not (
        _TAKING_PART_POSSESSIVE.match(text, end) or _ACTING_AFTER.match(text, end)
    ):
        return True  # "Ava Gene's" is a restaurant, "Maya's studio" names no guest
    following = _NEXT_WORD.match(text, end)
    if not (following and _PLACE_OR_ORGANISATION.fullmatch(following.group(1))):
        return False
    # "Maya Chen Animation Director": a field before a title is the person's job, not their firm's name
    title = _NEXT_WORD.match(text, following.end())
    return not (title and _TITLE_WORD.fullmatch(title.group(1)))


def only_passed_on(name: str, text: str) -> bool:
    """Whether `text` names `name` ("Dr. Priya Raman", with or without the title) only as who passed the reader's
    name on ("Dr. Priya Raman mentioned you might enjoy our study club", "referred by Priya Raman"), never as
    someone who takes part ("Priya Raman will join us")."""
    core = LEADING_HONORIFICS.sub("", " ".join(name.split()))
    if not core:
        return False
    found = list(re.finditer(rf"(?<![\w-]){re.escape(core)}(?![\w-])", text, re.IGNORECASE))
    return bool(found) and all(_passes_on(text, m.start(), m.end()) for m in found)


def _passes_on(text: str, start: int, end: int) -> bool:
    """Whether the name at start:end is told as who passed the reader's name on, and not as taking part."""
    before = text[max(0, start - 40) : start]
    passes_on = _REFERRER_BEFORE.search(before) or _REFERRER_AFTER.search(_clause_after(text, end))
    return bool(passes_on) and not _takes_part(text, end)


def _clause_after(text: str, end: int) -> str:
    """What the clause after a name says of them, past a relative clause or their firm."""
    relative = _RELATIVE_CLAUSE.match(text, end)
    after = relative.end() if relative else end
    clause_end = _CLAUSE_END.search(text, after, after + 80)
    return text[after : clause_end.start() if clause_end else after + 80]


def _takes_part(text: str, end: int) -> bool:
    """Whether what follows a name says first that they take part ("Priya will join; she said I should e-mail
    you", "Maria is joining us, she passed her CPA exam", "Our office manager, Ruth Abernathy, handles AP and
    payroll and will join us")."""
    return bool(
        _ACTING_AFTER.match(text, end)
        or _ACTING_AFTER_COMMA.match(text, end)
        or _JOINS_LATER.match(text, end)
    )


def _firm_by_ampersand(text: str, end: int, words: list[str]) -> bool:
    """ "Ernst & Young", "Marks & Spencer": one name joined by "&" to a word no given name is a firm's."""
    joined = _AMPERSAND_AFTER.match(text, end)
    return len(words) == 1 and joined is not None and _listed(joined.group(1), given_names()) is None


def _part_of_a_longer_name(before: str) -> bool:
    """Whether a capitalised word that is no given name, title or everyday word stands just before the name in
    a list's item: "Baker" of "Baker Tilly", "Moore" of "Moore Kingston Smith"."""
    found = _WORD_BEFORE_IN_LIST.search(before)
    if found is None:
        return False
    word = found.group(1)
    never, _, everyday = name_words()
    return not (
        _listed(word, given_names()) is not None
        or word in never
        or word.lower() in everyday
        or word.lower() in _NOT_PART_OF_A_NAME
        or _HONORIFIC.fullmatch(word)
        or _TITLE_WORD.fullmatch(word)
        or word in family_names_written_first()
    )


def _comes_from(text: str, start: int) -> bool:
    """Whether the name is where someone comes from, or an item of the list that says so: "partners from
    Deloitte, Grant Thornton and ...", "Sam from Grant Thornton"."""
    person = _PERSON_FROM_ENDING.search(text, max(0, start - 80), start)
    # a person's name before it, "Sam" or "Jordan Lee" (not "Greetings from")
    if person is not None and (person.group("first") or is_given_name(person.group("last"))):
        return True
    return start in _where_people_come_from(text)


_PERSON_FROM_ENDING = re.compile(rf"(?:{_PERSON_FROM.pattern})\Z")


@lru_cache(maxsize=8)
def _where_people_come_from(text: str) -> frozenset[int]:
    """Where the items of each list of where people come from begin ("partners from Deloitte, Grant Thornton
    and the Leeds City Council team": at Deloitte, Grant and Leeds), or of places ("offices in Austin and
    Charlotte"), read once for a text (a list of eight items at most)."""
    starts: set[int] = set()
    for found in itertools.chain(_PEOPLE_FROM.finditer(text), _PLACES_LISTED.finditer(text)):
        at = found.end()
        for _ in range(8):
            starts.add(at)
            item = _LIST_ITEM_ON.match(text, at)
            if item is None or item.end() == at:
                break
            at = item.end()
    return frozenset(starts)


def _affiliation_in_brackets(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a name in brackets after another's is where that person works ("Jordan Lee (Grant Thornton)"),
    not the name they go by in full ("Seun (Oluwaseun Adebayo)")."""
    opening = re.search(rf"({_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]*\($", text[max(0, start - 60) : start])
    if opening is None or not text.startswith(")", end):
        return False
    return not _goes_by(opening.group(1).split()[0], " ".join(words))


def _arranges_only(text: str, before: str, end: int) -> bool:
    """An assistant or the one to RSVP to, who does not also say they take part after their appositive
    ("Karen Liu, my assistant, will join us too" takes part)."""
    if _ARRANGER_BEFORE.search(before):
        return True
    appositive = _ARRANGER_AFTER.match(text, end)
    if appositive is None:
        return False  # not an assistant, or "Tom Harris, the assistant director of the museum"
    after = appositive.end()
    return _ARRANGING.match(text, after) is not None or _ACTING_AFTER.match(text, after) is None


def _in_company(text: str, found: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """A first name alone, or a name the list lacks, is a person beside another ("Sam and Priya"), placed
    ("Priya from Halftone", "Priya (our designer)"), described ("my co-host Ravi"), titled ("Dr. Ngozi
    Okafor-Bright") or doing something ("Eleanor will co-host", "Kelsey's coming"). `found` is sorted."""
    at = bisect.bisect_left(found, (start, end))
    before = next((found[i] for i in range(at - 1, -1, -1) if found[i][1] <= start), None)
    after = next((found[i] for i in range(at, len(found)) if found[i][0] >= end), None)
    beside = bool(before and _BETWEEN_NAMES.fullmatch(text, before[1], start)) or bool(
        after and _BETWEEN_NAMES.fullmatch(text, end, after[0])
    )
    listed = bool(
        _LIST_ITEM_BEFORE.search(text, max(0, start - 10), start) and _LIST_ITEM_AFTER.match(text, end)
    )
    return (
        beside
        or listed
        or bool(_PLACED_AFTER.match(text, end))
        or bool(_ACTING_AFTER.match(text, end))
        or bool(_DESCRIBED_BEFORE.search(text, max(0, start - 40), start))
        or bool(_TITLE_BEFORE.search(text, max(0, start - 12), start))
        or bool(_WITH_BEFORE.search(text, max(0, start - 14), start))
    )


# "lunch with Charlotte", "joined by Priya": a first name alone someone meets.
_WITH_BEFORE = re.compile(r"\b(?:with|alongside|joined by)[ \t]+$", re.IGNORECASE)


def _without(people: list[str], sender: str, reader: str) -> tuple[str, ...]:
    sender_words = [w.casefold() for w in sender.split() if w not in SUFFIXES]
    # "Beth Ann" or "Felix" after "Beth Ann Kowalczyk" or "Felix Ortega": the same person, named shorter
    shorter = {tuple(name.split()[:n]) for name in people for n in range(1, len(name.split()))}
    kept: dict[str, None] = {}
    for name in people:
        words = [w.casefold() for w in name.split() if w not in SUFFIXES]
        if (
            sender_words
            and (
                sorted(words) == sorted(sender_words)  # also "Tanaka Hiroshi" signing as "Hiroshi Tanaka"
                or words == sender_words[:1]
                or (len(words) > 1 and words[0] == sender_words[0] and words[-1] == sender_words[-1])
            )
        ):
            continue  # the sender, by full name or by the first name they sign with
        if reader and words[0] == reader.casefold():
            continue  # the reader, greeted by first name
        if tuple(name.split()) in shorter:
            continue  # "Felix" after "Felix Ortega"
        kept.setdefault(name, None)
    return tuple(kept)
