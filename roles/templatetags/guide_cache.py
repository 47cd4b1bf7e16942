"""{% guide_cached "name" key... %}...{% endguide_cached %}: a template fragment rendered
once per process and content edit (roles.guide), for markup made only from the guide's
content, e.g. an archetype's facts and day-to-day chart.

Only for fragments that show nothing of the person or the request: the first render is
served to everyone until the content changes.
"""

from django import template

from roles import guide

register = template.Library()


class GuideCachedNode(template.Node):
    def __init__(self, nodelist, name, keys):
        self.nodelist = nodelist
        self.name = name
        self.keys = keys

    def render(self, context):
        name = self.name.resolve(context)
        keys = ":".join(str(k.resolve(context)) for k in self.keys)
        return guide.cached(f"fragment:{name}:{keys}", lambda: self.nodelist.render(context))


@register.tag
def guide_cached(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a fragment name")
    nodelist = parser.parse(("endguide_cached",))
    parser.delete_first_token()
    return GuideCachedNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
