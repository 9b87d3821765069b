"""The profile's hard facts: never-rules, providers the user already has, personal plans.

Split by concern: concepts (the ideas a rule can name), ideas, segments and readings (how a rule is read),
forms, shown and words_shown (how a message shows a rule), spared (what a rule spares), hit (whether a message
breaks a rule), marks (what a hit marks on a decision) and personal (personal plans). The names other modules
import from kindly.decide.rules are all re-exported here."""

from __future__ import annotations

from kindly.decide.fees import award_for_sale as award_for_sale
from kindly.decide.fees import charge_read_as_unpaid as charge_read_as_unpaid
from kindly.decide.fees import charges_to_appear as charges_to_appear
from kindly.decide.fees import feature_for_sale as feature_for_sale
from kindly.decide.fees import honour_sold_to_you as honour_sold_to_you
from kindly.decide.fees import pays_you as pays_you
from kindly.decide.fees import speaker_paid as speaker_paid
from kindly.decide.providers import ProviderHit as ProviderHit
from kindly.decide.providers import provider_hit as provider_hit
from kindly.decide.providers import provider_region as provider_region
from kindly.decide.rule_parts import KEEPS_ITS_DATE as KEEPS_ITS_DATE
from kindly.decide.rule_parts import Condition as Condition
from kindly.decide.rule_parts import NotFirst as NotFirst
from kindly.decide.rule_parts import Prerequisite as Prerequisite
from kindly.decide.rule_parts import about_meetings as about_meetings
from kindly.decide.rule_parts import not_first_asked as not_first_asked
from kindly.decide.rule_parts import pitchs_own as pitchs_own
from kindly.decide.rule_parts import prerequisite_missing as prerequisite_missing
from kindly.decide.rule_parts import prerequisite_sent as prerequisite_sent
from kindly.decide.rule_parts import rule_condition as rule_condition
from kindly.decide.rule_parts import rule_exemption as rule_exemption
from kindly.decide.rule_parts import rule_not_first as rule_not_first
from kindly.decide.rule_parts import rule_prerequisite as rule_prerequisite
from kindly.decide.rules.concepts import CONCEPTS as CONCEPTS
from kindly.decide.rules.concepts import TAKE_HOME as TAKE_HOME
from kindly.decide.rules.concepts import asks_alone as asks_alone
from kindly.decide.rules.concepts import favour_asked as favour_asked
from kindly.decide.rules.hit import conditional_rule_hit as conditional_rule_hit
from kindly.decide.rules.hit import limit_not_weighed as limit_not_weighed
from kindly.decide.rules.hit import never_rule_hit as never_rule_hit
from kindly.decide.rules.hit import part_that_held as part_that_held
from kindly.decide.rules.hit import users_beat as users_beat
from kindly.decide.rules.marks import never_do_marks as never_do_marks
from kindly.decide.rules.marks import only_a_treat as only_a_treat
from kindly.decide.rules.marks import rule_marks as rule_marks
from kindly.decide.rules.personal import is_stranger as is_stranger
from kindly.decide.rules.personal import only_a_reunion as only_a_reunion
from kindly.decide.rules.personal import personal_cue as personal_cue
from kindly.decide.rules.readings import PAID_INSTEAD as PAID_INSTEAD
from kindly.decide.rules.readings import _alternatives as _alternatives
from kindly.decide.rules.readings import rule_ideas as rule_ideas
from kindly.decide.rules.readings import words_a_beat_meets as words_a_beat_meets
from kindly.decide.rules.readings import words_needed as words_needed
from kindly.decide.rules.readings import words_needed_beside_ideas as words_needed_beside_ideas
from kindly.decide.rules.segments import _listed as _listed
from kindly.decide.rules.spared import SPARED as SPARED
from kindly.decide.rules.spared import keeps_out_of_the_day as keeps_out_of_the_day
from kindly.decide.rules.spared import spared_audience as spared_audience
from kindly.decide.rules.spared import spared_hours as spared_hours
from kindly.decide.rules.spared import spared_sender as spared_sender
from kindly.decide.rules.spared import standard_spared as standard_spared
from kindly.decide.rules.words_shown import _SAID_OTHERWISE as _SAID_OTHERWISE
from kindly.decide.rules.words_shown import PLEASANTRIES as PLEASANTRIES
from kindly.decide.rules.words_shown import _denied_wherever_said as _denied_wherever_said
from kindly.decide.scam_cues import hidden_funds_cue as hidden_funds_cue
from kindly.decide.scam_cues import may_hold as may_hold
from kindly.decide.scam_cues import money_asked as money_asked
from kindly.decide.scam_cues import money_sentences as money_sentences
from kindly.decide.scam_cues import moved_to_chat as moved_to_chat
from kindly.decide.scam_cues import reader_pays as reader_pays
