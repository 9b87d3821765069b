"""A pitch that offers a source the user's beat needs: "I represent Kettle & Co., a Milwaukee startup that just
closed a $4M seed round ... Its founder, Sam Ortiz, is available for an interview" to a reporter whose goal builds
sources among "startup founders". Someone a PR firm offers for an interview is a source where a goal that seeks
sources names them (a target of that goal is matched by the mail, and fit notes the source offered); a national brand's spokesperson, whom no target
names, is still the pitch it is.

Pure: reads the profile's goals and the fits.
"""

from __future__ import annotations

from collections.abc import Sequence

from kindly.decide.fit import SOURCE_OFFERED
from kindly.decide.tip_offered import seeks_sources
from kindly.model import GoalFit
from kindly.profile import Profile


def source_on_the_beat(profile: Profile, fits: Sequence[GoalFit]) -> GoalFit | None:
    """The fit of a goal that seeks sources whose target the message matches, or None."""
    for fit in fits:
        if not 0 <= fit.goal_index < len(profile.goals):
            continue
        goal = profile.goals[fit.goal_index]
        if not seeks_sources(goal.description, goal.targets):
            continue
        if any(note.startswith(SOURCE_OFFERED) for note in fit.evidence):
            return fit
    return None
