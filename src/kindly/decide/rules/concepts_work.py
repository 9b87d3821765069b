"""The ideas of never-rules about kinds of work, causes and company: full-time roles, consulting, expert networks,
crypto, gambling, mentoring, politics, panels of men alone, endorsements, posts for perks, lobbying, applicants,
gifts, meals, meeting alone, paid entries, demos, vendors, a business's sale and coverage."""

from __future__ import annotations

import re

from kindly.amounts import MONEY
from kindly.decide.business_sale import (
    CONSOLIDATOR_IN_A_MESSAGE,
    CONSOLIDATOR_IN_A_RULE,
    SALE_IN_A_MESSAGE,
    SALE_IN_A_RULE,
)
from kindly.decide.expert_network import EXPERT_BROKER
from kindly.decide.rules.concept import _F, Concept
from kindly.decide.rules.concept_words import (
    _ALONE,
    _NOT_AFTER_REPRESENTED,
    _OFFICE,
    _OWN_GROUP,
    _REPRESENTED_PEOPLE,
)
from kindly.model import Intent

WORK: dict[str, Concept] = {
    # "recruiter calls about full-time employment": a freelance contract is not that
    "full_time": Concept(re.compile(r"\b(full[- ]time|permanent|salaried)\b", _F)),  # see _concepts_shown
    # "unpaid consulting calls ('quick call to pick your brain')"
    "consulting": Concept(
        re.compile(r"\b(consult\w*|advice|advisory|pick (your|my) brain|free calls?)\b", _F),
        re.compile(
            r"\b(consult\w*|pick your brain|your (advice|expertise|input|thoughts)|get your (take|advice|view)|"
            # "could you give us some medical advice", "advise us on whether our claims hold up"
            r"advise (us|me)|(give|offer) (us |me )?(some |any )?(\w+ )?advice|"
            # "help us figure out the right index setup": their problem solved with the user's expertise
            r"help (us|me) (figure|work|sort) out|"
            r"quick (question|call)|hop on a (quick )?call|"
            # an expert network's first call on a client's question
            r"(scoping|screening|expert) calls?)\b",
            _F,
        ),
        frozenset({Intent.MENTORSHIP_REQUEST}),
    ),
    # "unpaid consulting calls for expert networks": a broker of experts' calls for its clients
    "expert_network": Concept(
        re.compile(r"\b(expert[- ]networks?|expert calls?|expert consultations?)\b", _F), EXPERT_BROKER
    ),
    "crypto": Concept(
        re.compile(r"\b(crypto\w*|bitcoin|nfts?|token sales?|web3)\b", _F),
        re.compile(
            r"\b(crypto\w*|bitcoin|ethereum|nfts?|token (sale|rewards?|launch|economy)|tokenomics|web3|blockchain|"
            r"usdc|usdt|stablecoins?|on[- ]chain|on our chain|defi|smart contracts?)\b",
            _F,
        ),
    ),
    # "crypto or gambling promotions": a casino, a sportsbook or a betting app, however it words itself ("the #1
    # social sweepstakes casino app"); a bet as a figure of speech ("your best bet") is none
    "gambling": Concept(
        re.compile(r"\b(gambl\w*|betting|casinos?|sportsbooks?|bookmakers?|poker)\b", _F),
        re.compile(
            r"\b(gambl\w*|casinos?|sportsbooks?|bookmakers?|(?:sports|online|mobile) betting|betting (?:apps?|sites?|"
            r"platforms?|companies|company|brands?|odds)|igaming|poker|roulette|blackjack|slot machines?|online slots|"
            r"parlays?)\b",
            _F,
        ),
    ),
    "mentoring": Concept(re.compile(r"\b(mentor\w*)\b", _F), None, frozenset({Intent.MENTORSHIP_REQUEST})),
    # "endorsing political candidates", "political endorsements": the user seen to back someone standing for office,
    # shown by a campaign's own ask - its legal line ("Paid for by Hollis for Council"), a candidate's campaign for
    # an office ("Janelle Hollis's campaign for City Council"), a campaign's rally or photo, support for a candidacy
    # (not a nonpartisan candidate forum, nor a church's capital campaign)
    "political": Concept(
        re.compile(
            r"\b(political|partisan\w*|candidates? for (public |elected )?office|endors\w* (\w+ )?candidates?)\b",
            _F,
        ),
        re.compile(
            rf"\bpaid for by [^.\n]{{0,40}}?\b(campaign|committee|pac|for (\w+ ){{0,2}}{_OFFICE})\b|"
            rf"(?:'s|s') (re-?election )?campaign for (\w+ ){{0,3}}?{_OFFICE}\b|"
            r"\bcampaign (rall(y|ies)|photos?|stops?|trail|yard signs?)\b|"
            # "Mayor Dickens' re-election kickoff", "a fundraiser for Judge Amos" (not "every candidate for council is
            # invited" to a forum)
            r"\bre-?election (kick-?off|rall(y|ies)|launch|campaign|event|fundraiser)\b|"
            r"\bfundraiser for (\w+ ){0,2}?(candidate|judge|council ?(wo)?man|council ?member|senator|mayor|"
            r"commissioner|representative|sheriff)\b|"
            r"\b(endors\w*|support\w*) (of )?(the |our |a |her |his |their )?(candidate|candidacy|re-?election)\b",
            _F,
        ),
    ),
    # "panels without a woman on them", "all-male panels": kindly reads no one's sex from a name, only a lineup the
    # sender calls all-male ("a manel", "it's all men so far")
    "all_male": Concept(
        # (not "panels with no women speakers", which triage notes as a condition it cannot check: test_s11_never)
        re.compile(r"\b(without (a |any )?(wom[ae]n|female)\w*|all[- ]male|manels?)\b", _F),
        re.compile(r"\b(all[- ]male|manels?|all (?:of them )?men|only men)\b", _F),
    ),
    # "endorsing products, testimonials or case studies": the user's name lent to what someone sells
    "endorsement": Concept(
        re.compile(
            r"\b(endors\w*|testimonials?|case stud(y|ies)|reviews? for (vendors?|suppliers?|brands?))\b", _F
        ),
        re.compile(
            r"\b(testimonials?|case stud(y|ies)|endors\w* (of )?(our|us|the|this|it)\b|"
            # "feature your endorsement on our packaging", "therapist-approved": the user's name sells a product
            r"(feature|use|print|display|quote|share) your (\w+ )?endorsement|"
            # "a free license in exchange for your endorsement", "post about our new productivity app"
            r"in (exchange|return) for (your|an?) (\w+ )?(endorsement|testimonial|review|shout-?outs?)|"
            r"post about our (new )?(\w+ ){0,2}(apps?|products?|tools?|platforms?|brands?|services?)|"
            r"(therapist|doctor|dentist|expert|nurse|vet|coach|trainer)[- ](approved|recommended|endorsed)|"
            r"(quote|review|video)s? (from you )?(for|on) our (website|site|marketing|materials|brochure|page|stand)|"
            # "appear in our summer launch video", "star in our new ad": a company's promotion, the user in it
            r"(appear|feature|star|be featured|take part)\w* (you )?in (our|their) (\w+ ){0,2}(ads?|adverts?|"
            r"advertisements?|commercials?|promos?|(launch|product|promo|promotional|marketing|advertising|brand) "
            r"(videos?|campaigns?|films?|shoots?|reels?|spots?|posts?))|"
            # "30 seconds of you riding a ZipScoot for our launch video": footage of the user in the advert
            r"(seconds|minutes|clips?|footage|shots?) of you [^.!?\n]{0,40}?\b(for|in) our (\w+ ){0,2}(ads?|"
            r"commercials?|promos?|(launch|product|promo|promotional|marketing|advertising|brand) (videos?|films?|"
            r"reels?|spots?)))",
            _F,
        ),
        together=re.compile(
            # a gift of what they sell beside a word of praise for it: "we'll give you a Volta City (RRP $3,499)",
            # "a short line about how our bikes make Wellington's hills easy"
            r"\b((we'?ll|we will|we'?d|we would|love to|happy to) (give|gift|send) you (a|an|one of our|our|"
            r"your own) [^.!?\n]{0,30}?(\(?rrp|to keep|for free|free of charge|on us)|(rrp|retail value) "
            rf"(of )?{MONEY}|(a|one|short) (line|quote|sentence|word|shout-?out|few words) (about|on) "
            r"(how )?our (\w+ ){0,2}(products?|brand|range|bikes?|services?|apps?|cars?|shoes?|gear|\w+ make))",
            _F,
        ),
    ),
    # "influencer meals in exchange for posts", "free stays for content": what the user sells given for posts about
    # it ("my partner and I come for the tasting menu ..., and in exchange I post one reel and three stories")
    "posts_for_perks": Concept(
        re.compile(
            # (not "influencer" alone: "paid influencer posts" is someone selling posts, read word for word)
            # (and for whom: "free stays for influencers in exchange for posts")
            # (or a membership, a class pass: "free memberships for influencers in exchange for posts")
            r"\b((free |complimentary |comped |gifted )?(meals?|dinners?|stays?|products?|food|memberships?|"
            r"(?:class )?pass(?:es)?) (for (influencers?|"
            r"creators?|bloggers?|content creators?) )?(in exchange |in return )?for (posts?|reels?|stories|content|"
            r"coverage|reviews?|exposure)|"
            # any service given free for posts: "free care in exchange for social media posts"
            r"(free|complimentary|comped|gifted) ([\w-]+ ){1,2}?(in exchange |in return )?for "
            r"((social[- ]media|instagram|tiktok|facebook|youtube) )?(posts?|reels?|stories|content|coverage|reviews?)|"
            r"(posts?|content|coverage) for (free )?(meals?|food|stays?|products?))\b",
            _F,
        ),
        re.compile(
            # ("In exchange for covering the doodles' exams, I'd post 3 Reels")
            r"\b((in exchange|in return)( for [^.!?\n]{1,80}?)?,? (i|we)('ll| will| would| can| could|'d)? (post|share|"
            r"create|feature|film|make|write|do)\b|(posts?|reels?|stories|tiktoks?|videos?|content|coverage|shout-?outs?)\b[^.!?\n]{0,40}"
            r"\b(in exchange for|in return for) (a |an |the |your )?(free |complimentary )?([\w-]+ )?(meal|dinner|lunch|"
            r"tasting|stay|night|menu|table|visit|experience|membership|class pass)|(complimentary|free|comped|hosted|gifted) ([\w-]+ ){0,2}?(meal|"
            r"dinner|lunch|tasting|stay)s?\b[^.!?\n]{0,60}\b(posts?|reels?|stories|content|followers)|"
            # a night asked as a guest, posts promised for it: "Would you host me for a Saturday night in January?
            # I'd of course tag the hotel in all my posts"
            r"\b(host|comp|put) (me|us)( up)? for (a|one|two|the|\w+) ([\w-]+ ){0,2}?(nights?|weekend|stay)\b[^\n]{0,80}?"
            r"\b(i|we)('ll| will| would|'d)( of course| happily| also| gladly)? (tag|post|share|feature|create)\b|"
            # the exchange as a condition: "If you send me 2 cases I'll do a reel + 3 stories", "send us a box and
            # we'll post an unboxing" (not what a post is made of: "if you send me a few photos, I'll share it")
            r"\b(if you |just )?(send|gift|give|ship|drop off)\w* (me|us)\b(?![^.!?\n]{0,40}?\b(photos?|pictures?|"
            r"images?|press kit|details|info\w*|links?|bio|logo|a line|quotes?|files?|text|copy|artwork)\b)"
            r"[^.!?\n]{0,40}?,?( and| then)? (i|we)('ll| will| can| could| would|'d) (do|post|share|feature|create|"
            r"film|make|shoot|write|give you)\b[^.!?\n]{0,30}?\b(posts?|reels?|stor(y|ies)|tiktoks?|videos?|"
            r"content|shout-?outs?|reviews?|unboxing|tag)|"
            # a bill let off for posts: "if you waived the fee, I'd post a glowing write-up"
            r"\bif you (waive|comp|cover|skip)\w* (the|my|our|his|her|their|its) (\w+ )?(fees?|bill|costs?|charges?|"
            r"invoice)\b[^.!?\n]{0,20}?,?( and| then)? (i|we)('ll| will| can| could| would|'d) (do|post|share|feature|"
            r"write|give you)\b[^.!?\n]{0,30}?\b(posts?|reels?|stor(y|ies)|videos?|content|shout-?outs?|reviews?|"
            r"write-?ups?))",
            _F,
        ),
    ),
    # "meetings with lobbyists": someone paid to sway the user's decisions, as they say it ("I'm a lobbyist",
    # "Government Relations Manager", "Director, Meridian Public Affairs", "on behalf of my client"), or a party
    # with a matter before a decision the user takes ("ahead of the resource consent hearing")
    "lobbying": Concept(
        re.compile(r"\b(lobby(ists?|ing|groups?)|government[- ]relations|public affairs)\b", _F),
        re.compile(
            r"(?<!not a )(?<!not an )\b(lobbyists?|lobbying|lobby (group|firm)|(government|govt) relations|"
            # a public-affairs firm or role ("Director, Meridian Public Affairs"), not a university's press office
            r"public affairs (director|manager|consultan\w+|firm|agency|advis[eo]r|lead|specialist)|(director|manager|"
            r"consultant|partner|head|advis[eo]r|principal|founder|president|associate)(,| of| at)? [^.\n]{0,30}"
            r"public affairs|(?-i:\b[A-Z][\w&]+ (?:[A-Z][\w&]+ ){0,2}Public Affairs\b)(?! (office|department))|on behalf of (my|our|a) clients?|"
            # "I'm working with Harbour Quay Developments on their Kent Terrace proposal": a client, not the sender's
            # own committee, association or neighbours ("working with our committee on their submission")
            rf"(working|work|acting|act) (with|for) ((?!{_OWN_GROUP})[^.!?\n]){{1,60}}? on (their|its) [^.!?\n]{{0,40}}?"
            r"(proposal|application|consent|development|bid|submission|plan change)|"
            # "ahead of the resource consent hearing", "before it goes to committee"
            r"(ahead of|before) (the|a|our|its|their) (\w+ ){0,2}hearing|before it goes to (committee|council))\b",
            _F,
        ),
    ),
    # "meetings with developers who have an application pending before council": a party whose own case awaits a
    # decision the user takes, as they say it ("ahead of the rezoning hearing", "on the council agenda January 12")
    "applicant": Concept(
        re.compile(
            r"\b((developers?|builders?|applicants?|companies|firms|anyone|people) (who|that) (have|has) )?"
            r"(an? |their |its )?(\w+ )?(applications?|cases?|proposals?|projects?) (pending|awaiting a (vote|decision)|"
            r"under review)( (before|with|at) (the )?(\w+ ){0,2}(council|board|commission|committee|court))?|"
            # "applicants appearing before the board"
            r"\bapplicants?( (appearing|coming up|who (are|have) (appearing|pending)))?( before (the )?(\w+ ){0,2}"
            r"(council|board|commission|committee|court))?",
            _F,
        ),
        re.compile(
            r"\b((ahead of|before) (the|a|our|its|their) (\w+ ){0,2}(hearing|vote)|before it goes to "
            r"(committee|council|the board|the commission)|on (the|this|next) (\w+ ){0,2}(council|commission|board|"
            r"committee)('s)? agenda|our (\w+ ){0,2}(rezoning|zoning|variance|planning|permit|development|land-use) "
            r"(application|case|request|petition))\b",
            _F,
        ),
    ),
    # "gifts over $50 from lobbyists": something of value offered to the user for nothing ("two lower-bowl tickets
    # ... Would you like them?", "the tasting menu is on me")
    "gift": Concept(
        re.compile(r"\b(gifts?|freebies)\b", _F),
        re.compile(
            r"\b(gifts?|gifted|on me|on us|my treat|my shout|(complimentary|free|comped|spare) (tickets?|seats?|"
            r"passes|suite)|tickets?\b[^!?]{0,160}?\b(would you like (them|it|one|to have them)|for you|you can have|"
            r"yours if|happy to send them))\b",
            _F,
        ),
    ),
    # "meals over $50 from lobbyists": a meal the sender invites the user to (not "lunches", a rule's own kind)
    "meal": Concept(
        re.compile(r"\b(meals?)\b", _F),
        re.compile(r"\b(dinners?|lunch(es)?|breakfasts?|brunch(es)?|tasting menu|meals?)\b", _F),
    ),
    # "private meetings with ...": an ask with no one else there ("just the two of us", "a private site visit")
    "alone": Concept(
        re.compile(
            r"\b(private|one[- ]on[- ]one|one[- ]to[- ]one|1[:-]1)(?= (\w+ )?(meetings?|calls?|coffees?|"
            r"lunch(es)?|dinners?|visits?|tours?|walks?|briefings?|chats?))",
            _F,
        ),
        _ALONE,
    ),
    # "events with paid entry for politicians": a price the reader pays for a place there ("seats at $295 per
    # person", "tickets are £40"), shown by what a yes would cost (see _concepts_shown)
    "paid_entry": Concept(
        re.compile(
            r"\b(paid (entry|entries|admission|tickets?|seats?|places?)|ticketed|entry (fees?|costs?|charges?)|"
            r"(charg\w*|pay\w*)( for)? (entry|admission|tickets?|a ticket|a seat))\b",
            _F,
        ),
    ),
    # "vendor demos", "demos from suppliers": a seller showing their product, said as a demo (or a walkthrough, a
    # product tour) the sender offers, not one the user is asked to give ("give a demo of your dashboard")
    "demo": Concept(
        re.compile(
            r"\b((vendor|supplier|seller)s?'? demo(nstration)?s?|demo(nstration)?s? (from|by|with) (vendors?|"
            r"suppliers?|sellers?))\b",
            _F,
        ),
        re.compile(
            r"(?<!give a )(?<!giving a )(?<!run a )(?<!do a )\b(demo(nstration)?s?|walk-?through|product tour)\b"
            r"(?!\s+(?:of\s+)?your\b)|"
            # ...or in other words: "20 minutes to show you the product", "see our platform in action"
            # ...or "15 minutes to walk you through it", "walk your team through our platform"
            r"\bwalk (?:you|your team)\s+through\s+(?:it|(?:the|our)\s+(?:[\w-]+\s+)?(?:product|platform|software|"
            r"tool|app|system|solution|pilot|trial)s?)\b|"
            r"\bshow (?:you|your team)\s+(?:around\s+)?(?:the|our)\s+(?:[\w-]+\s+)?(?:product|platform|software|"
            r"tool|app|system|solution)s?\b|\bsee (?:it|(?:the|our)\s+(?:[\w-]+\s+)?(?:product|platform|software|"
            r"tool|app|system|solution)s?)\s+in action\b",
            _F,
        ),
    ),
    # "meetings with vendors", "case studies for suppliers": someone who sells to the user
    "vendor": Concept(
        # (a rep of what they sell: "drug reps", "drug or pet-food reps", "pharma representatives"; not one who speaks
        # for their own people: "union reps", "student representatives")
        re.compile(
            r"\b(vendors?|suppliers?|sellers?|salespeople|"
            rf"(?:(?!{_REPRESENTED_PEOPLE}\b)[\w-]+ (?:or [\w-]+ )?)?{_NOT_AFTER_REPRESENTED}(?:reps?|representatives))\b",
            _F,
        ),
        re.compile(
            r"\b(our (\w+ )?(products?|platform|software|solutions?|tools?|apps?|services|website|stand|booth)|"
            # a demo or a trial offered, not one the user is asked to give ("give a demo of your dashboard")
            r"we (sell|supply|provide)|(free )?(?<!give a )(?<!giving a )(?<!run a )(?<!do a )(demo|trial)\b"
            r"(?!\s+(?:of\s+)?your\b))\b",
            _F,
        ),
        frozenset({Intent.SALES_PITCH}),
    ),
    # "selling my practice to a corporate consolidator": an offer for the user's own business, and the kind of buyer
    "business_sale": Concept(SALE_IN_A_RULE, SALE_IN_A_MESSAGE),
    "consolidator": Concept(CONSOLIDATOR_IN_A_RULE, CONSOLIDATOR_IN_A_MESSAGE),
    # "companies I cover": what the user reports on, shown where the sender says the user wrote about them
    "covered": Concept(
        re.compile(
            r"\b(companies|firms|brands|businesses|organi[sz]ations|people|products|startups) (i|we) (cover|write "
            r"about|report on|review)\b|"
            # ...or on the user's beat: "companies on my beat"
            r"\b(companies|firms|brands|businesses|organi[sz]ations|people|startups) (on|in) (my|our) beats?\b",
            _F,
        ),
        re.compile(
            r"(?<!got )\byou(('ve| have|'re| are) )? ?(covered|covering|wrote about|written about|writing about|"
            r"reported on|reporting on|reviewed|featured|profiled)\b|"
            r"\byour (coverage|article|piece|story|review|write-up|report|reporting) (of|on|about) (us|our)\b|"
            # ...or thanks the user for it: "we'd like to thank you for your coverage of the Harbor District"
            r"\b(thanks|thank you) (\w+ ){0,2}for (all )?your (coverage|article|piece|story|review|write-up|reporting|"
            r"series|feature|profile)\b",
            _F,
        ),
    ),
}
