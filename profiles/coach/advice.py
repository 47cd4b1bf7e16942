"""The coach's rules as advice to read before writing: the guide's messaging rules and
snippets to avoid, listed on the Messaging step above the texts (MessagingRule rows with
`shown_before_texts`), not only when a finding fires."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.text import get_text_list

from roles.models import MessagingRule, RoleArchetype


@dataclass(frozen=True)
class Advice:
    text: str
    lanes: str = ""  # "" for every lane, else e.g. "the Applied AI and Lead AI lanes"


@dataclass
class GuideAdvice:
    rules: list[Advice] = field(default_factory=list)
    avoid: list[Advice] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.rules or self.avoid)


def guide_advice(rules: Iterable[MessagingRule], lane: RoleArchetype | None) -> GuideAdvice:
    """From rules loaded with their lanes (coach.active_rules): those shown before the texts
    that apply to this lane, or all of them with no lane yet, in the order staff set."""
    advice = GuideAdvice()
    for rule in sorted(rules, key=lambda r: (r.order, r.pk)):
        lanes = list(rule.lanes.all())
        if not rule.shown_before_texts or (lane and lanes and lane not in lanes):
            continue
        names = [lane.short_name] if lane and lanes else [a.short_name for a in lanes]
        where = f"the {get_text_list(names, 'and')} lane{'s' if len(names) > 1 else ''}"
        item = Advice(rule.text, where if names else "")
        (advice.avoid if rule.kind == MessagingRule.AVOID else advice.rules).append(item)
    return advice
