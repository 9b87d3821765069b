"""Never-rules as users write them (session 25, rules): Rosa Delgado, a brand strategist in Chicago, writes "no events
on Sundays", "I don't do spec work", "never endorse products"; kindly reads what follows the refusal, an adjective as
its noun ("a political fundraiser" is about politics), an exception only where the thing asked is of the spared kind,
and an acquisition only where the sender proposes one."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.business_sale import CONSOLIDATOR_IN_A_MESSAGE, SALE_IN_A_MESSAGE
from kindly.decide.rule_except import spared_by, spared_kind
from kindly.decide.rule_parts import you_never_do
from kindly.decide.rule_words import nouns_of, rule_as_told
from kindly.decide.rules import never_rule_hit
from kindly.model import Intent
from kindly.profile import Profile
from personas import rules_profile, to_rules_rosa
from support import Kindly, profile_file, triaged_one


def _rosa(*never: str) -> Profile:
    return Profile.model_validate(tomllib.loads(rules_profile(*never)))


def _to_rosa(
    kindly: Kindly, tmp_path: Path, rule: str, sender: str, subject: str, body: str
) -> dict[str, Any]:
    """The triage record of a mail to Rosa, with `rule` as her one never-rule."""
    mail = to_rules_rosa(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(rules_profile(rule), tmp_path))


# -- 1. "weekend events except weddings": the exception is the thing asked, not any wedding the mail mentions -------


@pytest.mark.parametrize(
    ("text", "spared"),
    [
        pytest.param("Would you photograph our wedding on Saturday, June 5?", True, id="a-wedding-asked"),
        pytest.param(
            "My daughter's wedding is Saturday the 12th. Are you free to DJ?", True, id="their-own-wedding"
        ),
        pytest.param("I shot a wedding last week - join our Saturday mixer?", False, id="a-wedding-told-of"),
        pytest.param(
            "As a wedding photographer, would you join our Saturday mixer?", False, id="a-wedding-trade"
        ),
        pytest.param("Join us at the Wedding Expo this Saturday!", False, id="a-wedding-expo"),
    ],
)
def test_an_exception_spares_only_an_ask_of_its_kind(text: str, spared: bool) -> None:
    rule = "weekend events except weddings"
    kind = spared_kind(rule)
    assert kind is not None
    assert bool(spared_by(kind, text)) is spared
    hit = never_rule_hit(_rosa(rule), text, Intent.EVENT_INVITATION)
    assert (hit is None) is spared, hit


def test_an_emergency_long_ago_makes_no_visit_urgent() -> None:
    kind = spared_kind("weekend appointments, except emergencies")
    assert kind is not None
    assert spared_by(kind, "It's urgent - could you see him this Saturday morning?") == "urgent"
    routine = "Milo had an emergency last spring. Bella is due for her vaccines - could you see her Saturday?"
    assert spared_by(kind, routine) is None


# -- 2. "acquisition": an offer to buy the business, not customer or talent acquisition ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We help clinics cut customer acquisition costs by 40% - 15 minutes next week?",
        "Our talent acquisition team would love to chat about your hiring plans.",
        "User acquisition costs are rising; our platform lowers them.",
        "We're advising on a land acquisition next to your site.",
        "I'm an acquisitions editor at Harbourfront Press.",
        "Our talent acquisitions team is hosting a mixer.",
    ],
)
def test_a_bare_acquisition_is_no_offer_for_the_business(text: str) -> None:
    assert SALE_IN_A_MESSAGE.search(text) is None
    assert CONSOLIDATOR_IN_A_MESSAGE.search(text) is None
    profile = _rosa(
        "acquisition offers from private equity", "selling my practice to a corporate consolidator"
    )
    assert never_rule_hit(profile, text, Intent.SALES_PITCH) is None


@pytest.mark.parametrize(
    "text",
    [
        "We'd like to acquire your practice and keep your team in place.",
        "We're interested in the acquisition of your clinic.",
        "We'd like to discuss an acquisition - would you take a call?",
        "Apex PetCare Acquisitions is growing in Oregon.",
        "We're closing our Q1 acquisitions list on Friday.",
    ],
)
def test_an_acquisition_proposed_is_still_one(text: str) -> None:
    assert SALE_IN_A_MESSAGE.search(text) or CONSOLIDATOR_IN_A_MESSAGE.search(text)


# -- 3. an adjective or adverb is read as its noun -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "intent", "text", "holds"),
    [
        pytest.param(
            "no events about religion or politics",
            Intent.EVENT_INVITATION,
            "Join our religious freedom panel on January 12 at the Hyatt.",
            True,
            id="religious",
        ),
        pytest.param(
            "no events about religion or politics",
            Intent.EVENT_INVITATION,
            "You're invited to a political fundraiser for Alderman Ruiz on January 12.",
            True,
            id="political",
        ),
        pytest.param(
            "no events about religion or politics",
            Intent.EVENT_INVITATION,
            "Join our politically charged debate night on January 12.",
            True,
            id="politically",
        ),
        pytest.param(
            "never speak about finance",
            Intent.SPEAKING_INVITATION,
            "Would you speak at our summit about financial planning for creative studios?",
            True,
            id="financial",
        ),
        pytest.param(
            "no medical advice",
            Intent.CLIENT_INQUIRY,
            "Could you advise us medically on whether our supplement claims hold up?",
            True,
            id="medically",
        ),
        # false friends: a policy is no politics, a party no politics, "economical" no economics
        pytest.param(
            "no events about religion or politics",
            Intent.EVENT_INVITATION,
            "Join our panel on privacy policy for marketers on January 12.",
            False,
            id="policy-is-no-politics",
        ),
        pytest.param(
            "no events about religion or politics",
            Intent.EVENT_INVITATION,
            "Join our holiday party on January 12.",
            False,
            id="a-party-is-no-politics",
        ),
        pytest.param(
            "no talks about economics",
            Intent.SPEAKING_INVITATION,
            "Would you give a talk on economical packaging for startups?",
            False,
            id="economical-is-no-economics",
        ),
    ],
)
def test_an_adjective_is_read_as_its_noun(rule: str, intent: Intent, text: str, holds: bool) -> None:
    hit = never_rule_hit(_rosa(rule), text, intent)
    assert (hit is not None) is holds, hit


def test_adjectives_and_adverbs_meet_their_nouns_and_false_friends_do_not() -> None:
    assert nouns_of("political") == nouns_of("politically") == ("politic",)
    assert nouns_of("religious") == ("religion",)
    assert nouns_of("financial") == ("finance",)
    assert nouns_of("strategic") == ("strategy",)
    assert nouns_of("economical") == nouns_of("official") == nouns_of("policy") == nouns_of("party") == ()


# -- 4. fifteen rules as users write them: each holds for two mails and not for a third ---------------------------


def test_a_rule_is_told_back_without_the_refusal_it_opens_with() -> None:
    assert rule_as_told("no events on Sundays") == "events on Sundays"
    assert rule_as_told("never endorse products") == "endorsing products"
    assert rule_as_told("I don't do spec work") == "spec work"
    assert (
        rule_as_told("nothing that requires travel in December")
        == "anything that requires travel in December"
    )
    assert rule_as_told("no-show fees") == "no-show fees"
    assert you_never_do("never sign NDAs before a first call") == "You never sign NDAs before a first call"
    assert you_never_do("no events on Sundays") == "You never do events on Sundays"


# Each rule's mails: (rule, "hold" or "not", sender, subject, body). "hold": kindly declines under the rule (or,
# for a rule about the hour or about what comes first, the draft keeps to it); "not": no reply is shaped by it.
FIFTEEN = [
    pytest.param(
        "no pay-to-play awards",
        "hold",
        "Awards Team <awards@chicagomarketingexcellence.example>",
        "You've been shortlisted: 2027 Chicago Marketing Excellence Awards",
        "Dear Rosa,\n\nCongratulations! You have been shortlisted for the 2027 Chicago Marketing Excellence Awards in the Brand Strategist of the Year category. To confirm your nomination, please submit the $495 entry fee by December 15.\n\nBest,\nThe Awards Team\n",
        id="0.0-hold",
    ),
    pytest.param(
        "no pay-to-play awards",
        "hold",
        "Dana Whitlock <dana@top40brand.example>",
        "Finalist: Top 40 Brand Strategists 2027",
        "Hi Rosa,\n\nGreat news - you've been selected as a finalist for our Top 40 Brand Strategists list. Winners get a trophy and a profile in our magazine. The winner's package is $1,200 and includes your gala seat and a plaque. Can we count you in?\n\nDana Whitlock\nTop 40 Brand\n",
        id="0.1-hold",
    ),
    pytest.param(
        "no pay-to-play awards",
        "not",
        "Lena Park <lena.park@amachicago.example>",
        "Nomination: AMA Chicago Marketer of the Year",
        "Hi Rosa,\n\nI'd like to nominate you for the AMA Chicago Marketer of the Year award. There is no cost to enter; the judges are past winners. Could you send me a short bio and a headshot by December 18?\n\nLena Park\nAwards Chair, AMA Chicago\n",
        id="0.2-not",
    ),
    pytest.param(
        "I don't do unpaid pilots",
        "hold",
        "Ken Mori <ken@brightlane.example>",
        "Pilot of your brand workshop?",
        "Hi Rosa,\n\nWe'd love to run a six-week pilot of your brand workshop with our product team before committing to a full engagement. We don't have budget for the pilot itself, but if it goes well we'd sign a retainer in Q2.\n\nWould you be up for it?\n\nKen Mori\nHead of Marketing, Brightlane\n",
        id="1.0-hold",
    ),
    pytest.param(
        "I don't do unpaid pilots",
        "hold",
        "Priya Shah <priya@oatandember.example>",
        "Trial project before a retainer",
        "Hi Rosa,\n\nWould you do a free trial project for us - a positioning sprint for one product line - as a pilot? If it works, we'll sign a retainer.\n\nThanks,\nPriya Shah\nFounder, Oat & Ember\n",
        id="1.1-hold",
    ),
    pytest.param(
        "I don't do unpaid pilots",
        "not",
        "Ken Mori <ken@brightlane.example>",
        "Paid pilot before a retainer",
        "Hi Rosa,\n\nWe'd like to start with a paid pilot: a four-week positioning engagement at $8,000, and then decide on a retainer. Could we talk next week?\n\nKen Mori\nHead of Marketing, Brightlane\n",
        id="1.2-not",
    ),
    pytest.param(
        "no calls before 9 or after 5",
        "hold",
        "Tom Reyes <tom@northfieldfoods.example>",
        "Quick call about our rebrand",
        "Hi Rosa,\n\nWe're looking for a brand strategist to lead the rebrand of our snack line (budget around $30,000). Could we hop on a call Tuesday, December 8 at 8am Central?\n\nTom Reyes\nVP Marketing, Northfield Foods\n",
        id="2.0-hold",
    ),
    pytest.param(
        "no calls before 9 or after 5",
        "hold",
        "Tom Reyes <tom@northfieldfoods.example>",
        "Quick call about our rebrand",
        "Hi Rosa,\n\nWe're looking for a brand strategist to lead the rebrand of our snack line (budget around $30,000). Are you free for a call Thursday, December 10 at 6:30pm Central?\n\nTom Reyes\nVP Marketing, Northfield Foods\n",
        id="2.1-hold",
    ),
    pytest.param(
        "no calls before 9 or after 5",
        "not",
        "Tom Reyes <tom@northfieldfoods.example>",
        "Quick call about our rebrand",
        "Hi Rosa,\n\nWe're looking for a brand strategist to lead the rebrand of our snack line (budget around $30,000). Could we do a call Wednesday, December 9 at 11am Central?\n\nTom Reyes\nVP Marketing, Northfield Foods\n",
        id="2.2-not",
    ),
    pytest.param(
        "never endorse products",
        "hold",
        "Jess Carter <jess@pipelinecrm.example>",
        "A testimonial for our landing page?",
        "Hi Rosa,\n\nWe'd love a short testimonial from you for our new CRM's landing page - just two or three sentences on how Pipeline helps consultants like you. We'd feature your photo and name.\n\nJess Carter\nPipeline CRM\n",
        id="3.0-hold",
    ),
    pytest.param(
        "never endorse products",
        "hold",
        "Marco Ruiz <marco@focusly.example>",
        "Would you post about Focusly?",
        "Hi Rosa,\n\nWould you be willing to post about our new productivity app on LinkedIn and Instagram? We'll give you a free lifetime license in exchange for your endorsement.\n\nMarco Ruiz\nGrowth, Focusly\n",
        id="3.1-hold",
    ),
    pytest.param(
        "never endorse products",
        "not",
        "Marco Ruiz <marco@focusly.example>",
        "Speak at our product launch?",
        "Hi Rosa,\n\nOur team uses your positioning framework, and we'd love you to give a 20-minute talk on brand positioning at our product launch event in Chicago on January 21. We pay speakers $1,500.\n\nMarco Ruiz\nGrowth, Focusly\n",
        id="3.2-not",
    ),
    pytest.param(
        "no MLM",
        "hold",
        "Kayla Brooks <kaylabrooks@gmail.example>",
        "An opportunity for you!",
        "Hey girl!\n\nI've been loving my journey with Arbonne and I think you'd be amazing on my team. Be your own boss and work from your phone - I'd love to share more over a quick Zoom!\n\nKayla\n",
        id="4.0-hold",
    ),
    pytest.param(
        "no MLM",
        "hold",
        "Jen Walsh <jenwalsh@yahoo.example>",
        "Ground-floor opportunity",
        "Hi Rosa,\n\nI'm building a team with a health and wellness company - residual income, a ground-floor opportunity. You just buy the $199 starter kit and recruit three people to get to the next rank. Want to hop on a call?\n\nJen\n",
        id="4.1-hold",
    ),
    pytest.param(
        "no MLM",
        "not",
        "Omar Haddad <omar@chicagoconsultants.example>",
        "Join our referral circle?",
        "Hi Rosa,\n\nI run a network of independent marketing consultants in Chicago - a referral circle that meets monthly over breakfast to swap leads. Would you like to join our next meeting on December 17?\n\nOmar Haddad\n",
        id="4.2-not",
    ),
    pytest.param(
        "no events on Sundays",
        "hold",
        "Alicia Gomez <alicia@foundhers.example>",
        "Sunday brunch mixer for women founders",
        "Hi Rosa,\n\nJoin us for our Sunday brunch mixer for women founders on Sunday, January 10 at 11am at the Robey. We'd love to have you there!\n\nAlicia Gomez\nFoundHers Chicago\n",
        id="5.0-hold",
    ),
    pytest.param(
        "no events on Sundays",
        "hold",
        "Ben Frost <ben@brandsummit.example>",
        "Speakers' dinner: Chicago Brand Summit",
        "Hi Rosa,\n\nAs one of our speakers, you're invited to the Chicago Brand Summit speakers' dinner on Sunday, December 13 at 6pm at Gibsons. Please RSVP by Friday.\n\nBen Frost\nChicago Brand Summit\n",
        id="5.1-hold",
    ),
    pytest.param(
        "no events on Sundays",
        "not",
        "Ben Frost <ben@brandsummit.example>",
        "Call for speakers: Chicago Brand Summit",
        "Hi Rosa,\n\nOur call for speakers for the Chicago Brand Summit closes on Sunday, December 20. The summit itself is on Thursday, February 4 at the Hyatt. Would you submit a talk on brand positioning?\n\nBen Frost\nChicago Brand Summit\n",
        id="5.2-not",
    ),
    pytest.param(
        "never meet vendors without procurement",
        "hold",
        "Greg Hall <greg.hall@insightloop.example>",
        "Demo of InsightLoop analytics",
        "Hi Rosa,\n\nI'm an account executive at InsightLoop. Our analytics platform helps consultancies track brand sentiment. Could I take you to lunch next week and show you a quick demo?\n\nGreg Hall\nAccount Executive, InsightLoop\n",
        id="6.0-hold",
    ),
    pytest.param(
        "never meet vendors without procurement",
        "hold",
        "Nina Patel <nina@stocksy-pro.example>",
        "Stock imagery for your studio",
        "Hi Rosa,\n\nI'm with StockPro, a stock photo subscription for agencies. I'd love to set up a 30-minute meeting to walk you through our studio plans and pricing. Does Thursday work?\n\nNina Patel\nSales, StockPro\n",
        id="6.1-hold",
    ),
    pytest.param(
        "never meet vendors without procurement",
        "not",
        "Sam Lee <sam.lee@uic.example>",
        "Coffee with a student?",
        "Hi Rosa,\n\nI'm a marketing student at UIC and I admire your work on consumer brands. Could I buy you a coffee and hear how you started your own studio?\n\nSam Lee\n",
        id="6.2-not",
    ),
    pytest.param(
        "no panels without a woman on them",
        "hold",
        "Brian Cole <brian@midwestmarketingweek.example>",
        "Join our all-male panel? (we know...)",
        "Hi Rosa,\n\nWe have an all-male panel on brand storytelling at Midwest Marketing Week on March 3 - would you moderate it for us?\n\nBrian Cole\nMidwest Marketing Week\n",
        id="7.0-hold",
    ),
    pytest.param(
        "no panels without a woman on them",
        "hold",
        "Brian Cole <brian@midwestmarketingweek.example>",
        "Panel at Midwest Marketing Week",
        "Hi Rosa,\n\nWould you join our panel on brand storytelling at Midwest Marketing Week on March 3? So far it's Tom Reed (Nike), Greg Hall (Kraft) and me - yes, we know it's a manel, and we'd love to fix that.\n\nBrian Cole\nMidwest Marketing Week\n",
        id="7.1-hold",
    ),
    pytest.param(
        "no panels without a woman on them",
        "not",
        "Maria Gonzalez <maria@midwestmarketingweek.example>",
        "Panel at Midwest Marketing Week",
        "Hi Rosa,\n\nWould you join our panel on brand storytelling at Midwest Marketing Week on March 3? You'd be with Maria Gonzalez (Target) and Dana Ito (Kraft); both of them are excited to share the stage with you.\n\nMaria Gonzalez\nMidwest Marketing Week\n",
        id="7.2-not",
    ),
    pytest.param(
        "I don't do spec work",
        "hold",
        "Rachel Kim <rachel@lumenbev.example>",
        "Brand strategy pitch - Lumen Beverages",
        "Hi Rosa,\n\nWe're inviting three consultants to pitch for our rebrand. Please send a sample brand strategy and naming concepts for our new sparkling tea line by Friday; we'll choose one to hire based on the samples.\n\nRachel Kim\nLumen Beverages\n",
        id="8.0-hold",
    ),
    pytest.param(
        "I don't do spec work",
        "hold",
        "Dev Anand <dev@tidewaterco.example>",
        "Naming concepts?",
        "Hi Rosa,\n\nBefore we commit, could you put together a few naming and logo concepts on spec? If we love them, the contract is yours.\n\nDev Anand\nFounder, Tidewater Co.\n",
        id="8.1-hold",
    ),
    pytest.param(
        "I don't do spec work",
        "not",
        "Rachel Kim <rachel@lumenbev.example>",
        "Brand strategy for Lumen Beverages",
        "Hi Rosa,\n\nWe're looking for a brand strategist for our rebrand (budget $40,000). Could you send examples of past brand strategy work for consumer brands, and your availability for a call next week?\n\nRachel Kim\nLumen Beverages\n",
        id="8.2-not",
    ),
    pytest.param(
        "never sign NDAs before a first call",
        "hold",
        "Aaron Blake <aaron@stealthco.example>",
        "Confidential project - NDA first",
        "Hi Rosa,\n\nWe're working on a confidential new brand. Before we hop on an intro call, please sign the attached NDA and send it back.\n\nAaron Blake\n",
        id="9.0-hold",
    ),
    pytest.param(
        "never sign NDAs before a first call",
        "hold",
        "Lisa Monroe <lisa@verdantlabs.example>",
        "Intro call - NDA via DocuSign",
        "Hi Rosa,\n\nWe'd love to talk about naming our new product. We'll need you to sign our mutual NDA via DocuSign before we can schedule a first call - I've just sent it over.\n\nLisa Monroe\nVerdant Labs\n",
        id="9.1-hold",
    ),
    pytest.param(
        "never sign NDAs before a first call",
        "not",
        "Lisa Monroe <lisa@verdantlabs.example>",
        "Intro call?",
        "Hi Rosa,\n\nWe'd love to talk about naming our new product. Could we set up an intro call next week? If we move forward after that, we'll ask you to sign an NDA.\n\nLisa Monroe\nVerdant Labs\n",
        id="9.2-not",
    ),
    pytest.param(
        "no alcohol-centered events",
        "hold",
        "Jake Turner <jake@kinshipdistilling.example>",
        "Whiskey tasting + networking night",
        "Hi Rosa,\n\nJoin us for a whiskey tasting and networking night for Chicago marketers at Kinship Distillery on Thursday, December 10 at 7pm. Five pours, plenty of good people.\n\nJake Turner\n",
        id="10.0-hold",
    ),
    pytest.param(
        "no alcohol-centered events",
        "hold",
        "Mia Chen <mia@brandsandbrews.example>",
        "You're invited: Brands & Brews happy hour",
        "Hi Rosa,\n\nYou're invited to Brands & Brews, our monthly happy hour for marketers - craft beer, an open bar and good people. December 17, 6pm at Half Acre.\n\nMia Chen\n",
        id="10.1-hold",
    ),
    pytest.param(
        "no alcohol-centered events",
        "not",
        "Mia Chen <mia@beveragebrands.example>",
        "Breakfast panel on beverage branding",
        "Hi Rosa,\n\nJoin us for a breakfast panel on beverage branding on December 16 at 8:30am - we'll talk about how craft breweries and distilleries build their brands. Coffee and pastries served.\n\nMia Chen\nBeverage Brands Chicago\n",
        id="10.2-not",
    ),
    pytest.param(
        "no cold calls",
        "hold",
        "Chad Miller <chad@leadspark.example>",
        "15 minutes this week?",
        "Hi Rosa,\n\nI'm the founder of LeadSpark. We help consultants book 20 qualified meetings a month with outbound. Do you have 15 minutes for a quick call this week?\n\nChad Miller\nLeadSpark\n",
        id="11.0-hold",
    ),
    pytest.param(
        "no cold calls",
        "hold",
        "Erin Fox <erin@rankright.example>",
        "SEO for Delgado Brand Studio",
        "Hi Rosa,\n\nI came across your website and noticed a few SEO issues. We help agencies rank on page one. Could I give you a quick ring on Thursday to walk you through them?\n\nErin Fox\nRankRight\n",
        id="11.1-hold",
    ),
    pytest.param(
        "no cold calls",
        "not",
        "Hannah Berg <hannah@sweetberg.example>",
        "Priya suggested I reach out",
        "Hi Rosa,\n\nPriya Shah suggested I reach out - she said you're the person to talk to about rebranding our bakery chain. Could we do a call next week to talk it through?\n\nHannah Berg\nOwner, Sweetberg Bakeries\n",
        id="11.2-not",
    ),
    pytest.param(
        "nothing that requires travel in December",
        "hold",
        "Carla Ruiz <carla@rockiesmarketing.example>",
        "Speak in Denver on December 16?",
        "Hi Rosa,\n\nWould you speak at our marketing conference in Denver on December 16? We pay $2,000 and cover flights and hotel.\n\nCarla Ruiz\nRockies Marketing Conference\n",
        id="12.0-hold",
    ),
    pytest.param(
        "nothing that requires travel in December",
        "hold",
        "Owen Park <owen@hillcountryco.example>",
        "In-person workshop in Austin",
        "Hi Rosa,\n\nWe'd love you to run an in-person positioning workshop with our team at our office in Austin the week of December 14. We'd fly you down and put you up for two nights.\n\nOwen Park\nHill Country Co.\n",
        id="12.1-hold",
    ),
    pytest.param(
        "nothing that requires travel in December",
        "not",
        "Carla Ruiz <carla@rockiesmarketing.example>",
        "Virtual roundtable on December 16?",
        "Hi Rosa,\n\nWould you join our virtual roundtable on brand positioning on December 16 at 1pm Central? It's on Zoom, one hour, and we pay panelists $500.\n\nCarla Ruiz\nRockies Marketing Conference\n",
        id="12.2-not",
    ),
    pytest.param(
        "no unpaid speaking outside my state",
        "hold",
        "Kyle Jensen <kyle@mkemarketers.example>",
        "Speak at MKE Marketers?",
        "Hi Rosa,\n\nWould you speak at our MKE Marketers meetup in Milwaukee, Wisconsin on January 14? We're volunteer-run, so we can't pay speakers, but we'd love to have you.\n\nKyle Jensen\n",
        id="13.0-hold",
    ),
    pytest.param(
        "no unpaid speaking outside my state",
        "hold",
        "Amy Stone <amy@indymarketingsummit.example>",
        "Keynote at Indy Marketing Summit",
        "Hi Rosa,\n\nWe'd love you to give the keynote at the Indy Marketing Summit in Indianapolis on March 5. There's no honorarium, but we'll cover your travel and hotel.\n\nAmy Stone\nIndy Marketing Summit\n",
        id="13.1-hold",
    ),
    pytest.param(
        "no unpaid speaking outside my state",
        "not",
        "Kyle Jensen <kyle@chimarketers.example>",
        "Speak at Chicago Marketers?",
        "Hi Rosa,\n\nWould you speak at our Chicago Marketers meetup in the West Loop on January 14? We're volunteer-run, so we can't pay speakers, but we'd love to have you.\n\nKyle Jensen\n",
        id="13.2-not",
    ),
    pytest.param(
        "no podcasts with under 1,000 listeners",
        "hold",
        "Leo Grant <leo@brandbites.example>",
        "Guest on Brand Bites?",
        "Hi Rosa,\n\nI host Brand Bites, a new podcast on marketing for founders - we have about 300 listeners per episode. Would you be a guest in January?\n\nLeo Grant\n",
        id="14.0-hold",
    ),
    pytest.param(
        "no podcasts with under 1,000 listeners",
        "hold",
        "Ivy Long <ivy@marketmoves.example>",
        "Come on our podcast?",
        "Hi Rosa,\n\nOur podcast, Market Moves, just launched - around 150 downloads per episode so far. Would you come on to talk about positioning?\n\nIvy Long\n",
        id="14.1-hold",
    ),
    pytest.param(
        "no podcasts with under 1,000 listeners",
        "not",
        "Leo Grant <leo@brandbites.example>",
        "Guest on Brand Bites?",
        "Hi Rosa,\n\nI host Brand Bites, a podcast on marketing for founders that reaches 25,000 listeners an episode. Would you be a guest in January?\n\nLeo Grant\n",
        id="14.2-not",
    ),
]

# Another reading that declines for what the rule says: an award whose place is sold; a seller's pitch declined (no
# meeting with a vendor at all, with procurement or without).
_ALSO_HELD_BY = {
    "no pay-to-play awards": "pays_to_appear",
    "never meet vendors without procurement": "not_a_fit",
}


@pytest.mark.parametrize(("rule", "kind", "sender", "subject", "body"), FIFTEEN)
def test_fifteen_rules_as_users_write_them(
    kindly: Kindly, tmp_path: Path, rule: str, kind: str, sender: str, subject: str, body: str
) -> None:
    record = _to_rosa(kindly, tmp_path, rule, sender, subject, body)
    draft = record.get("draft") or ""
    told = rule_as_told(rule)
    kept = (
        (record["decision"], record["reason_code"])
        in {("decline", "never_do"), ("decline", _ALSO_HELD_BY.get(rule))}
        or "doesn't work for me" in draft  # a call's hour refused, other times offered
        or told in draft  # "Please note that I have a firm rule against signing NDAs before a first call"
    )
    if kind == "hold":
        assert kept, (record["decision"], record["reason"], draft)
    else:
        assert not kept, (record["decision"], record["reason"], draft)
        assert record["reason_code"] != "never_do" and told not in draft, record["reason"]
