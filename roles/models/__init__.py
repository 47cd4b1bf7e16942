"""The guide's reference content. Every row is editable by staff in Django admin.

One module per concern; everything is importable from `roles.models` as before.
"""

from .base import Ordered
from .guidance import CredibilityPoint, GlossaryTerm, InterviewExpectation
from .lanes import DayToDayShare, RoleArchetype, RoleGroup, SkillEmphasis
from .messaging import LaneLine, MessageTemplate, MessagingRule
from .reading_signals import WEIGHT_MAX, WEIGHT_MESSAGE, WEIGHT_MIN, ReadingSignal
from .skills import Gap, GapPriority, Skill, SkillDomain

__all__ = [
    "WEIGHT_MAX",
    "WEIGHT_MESSAGE",
    "WEIGHT_MIN",
    "CredibilityPoint",
    "DayToDayShare",
    "Gap",
    "GapPriority",
    "GlossaryTerm",
    "InterviewExpectation",
    "LaneLine",
    "MessageTemplate",
    "MessagingRule",
    "Ordered",
    "ReadingSignal",
    "RoleArchetype",
    "RoleGroup",
    "Skill",
    "SkillDomain",
    "SkillEmphasis",
]
