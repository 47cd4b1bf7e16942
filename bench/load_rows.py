"""What `make bench` drives with wrk: the pages a person uses, each step full and as its
htmx partial, and the requests that write or compute (a step save, the messaging preview,
the posting reader).

POST bodies are sent by small wrk Lua scripts. Django's CSRF check stays on: every
request carries the same secret in the csrftoken cookie and the X-CSRFToken header, as a
browser's htmx request does.
"""

from __future__ import annotations

import json
import secrets
import string
import time
from urllib.parse import urlencode

from .load import COMPUTING_BUDGET, SAVE_BUDGET, LoadRow

HX = {"HX-Request": "true"}
_TOKEN_CHARS = string.ascii_letters + string.digits


def csrf_secret() -> str:
    return "".join(secrets.choice(_TOKEN_CHARS) for _ in range(32))


def _lua_string(value: str) -> str:
    return json.dumps(value)  # a JSON string literal is a valid Lua string literal here


def post_script(*, body: str, headers: dict[str, str]) -> str:
    """One fixed POST, repeated."""
    lines = ['wrk.method = "POST"', f"wrk.body = {_lua_string(body)}"]
    lines += [f"wrk.headers[{_lua_string(k)}] = {_lua_string(v)}" for k, v in headers.items()]
    return "\n".join(lines) + "\n"


def step_save_script(*, accounts, csrf: str, body_for) -> str:
    """Round-robin over the seeded accounts, each POST changing its profile's background
    step (two alternating texts), so every request is a real write: the row is locked, the
    answers replaced, the revision bumped. The script tracks each profile's revision; with
    far more accounts than connections no profile has two requests in flight. Written
    anew before each run, from the revisions the previous runs left."""
    from django.urls import reverse

    from profiles.models import Profile

    # wrk stops with requests in flight; let gunicorn finish them before reading the
    # revisions, or those profiles would start the next run one revision behind (a 409).
    time.sleep(1)
    pks = [a.profile.pk for a in accounts]
    revisions = dict(Profile.objects.filter(pk__in=pks).values_list("pk", "revision"))
    entries = []
    for account in accounts:
        path = _lua_string(reverse("profiles:step", args=[account.profile.pk, "background"]))
        cookie = _lua_string(f"{account.cookie}; csrftoken={csrf}")
        revision = revisions[account.profile.pk]
        pk = _lua_string(str(account.profile.pk))
        entries.append(f"{{pk={pk}, path={path}, cookie={cookie}, revision={revision}}}")
    body = body_for("REVISIONTOKEN", "EDGETOKEN")
    return f"""
local accounts = {{{", ".join(entries)}}}
local body = {_lua_string(body)}
local edges = {{"shipped+ledger+migrations", "shipped+ledger+migrations+twice"}}
local next_index = 1
local by_pk = {{}}
for _, account in ipairs(accounts) do by_pk[account.pk] = account end

request = function()
  local account = accounts[next_index]
  next_index = next_index % #accounts + 1
  local text = body:gsub("REVISIONTOKEN", tostring(account.revision))
  text = text:gsub("EDGETOKEN", edges[account.revision % 2 + 1])
  return wrk.format("POST", account.path, {{
    ["Host"] = wrk.headers["Host"],
    ["Cookie"] = account.cookie,
    ["X-CSRFToken"] = {_lua_string(csrf)},
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }}, text)
end

-- A save answers 302 to the next step of the same profile: that profile is now one
-- revision on. (Counting on the response, not the request: wrk may build a request it
-- never sends.)
response = function(status, headers)
  local location = headers["Location"]
  if status == 302 and location then
    local account = by_pk[location:match("/profiles/([%x%-]+)/")]
    if account then account.revision = account.revision + 1 end
  end
end
"""


def round_robin_script(*, accounts, path_for, headers: dict[str, str]) -> str:
    """A GET of each account's own page in turn (`path_for(profile)`), each signed in with
    its own session: 200 profiles read round-robin, so consecutive requests never read the
    same profile's rows, as on a real server."""
    entries = [
        f"{{path={_lua_string(path_for(a.profile))}, cookie={_lua_string(a.cookie)}}}"
        for a in accounts
    ]
    extra = "".join(f"    [{_lua_string(k)}] = {_lua_string(v)},\n" for k, v in headers.items())
    return f"""
local accounts = {{{", ".join(entries)}}}
local next_index = 1

request = function()
  local account = accounts[next_index]
  next_index = next_index % #accounts + 1
  return wrk.format("GET", account.path, {{
    ["Host"] = wrk.headers["Host"],
    ["Cookie"] = account.cookie,
{extra}  }})
end
"""


def rows(*, profile, accounts, csrf: str, version_count: int, posting: str) -> list[LoadRow]:
    from django.urls import reverse

    from tests.step_data import ALL_SLUGS, step_url, valid_data

    pk = profile.pk
    form = {"Content-Type": "application/x-www-form-urlencoded", "X-CSRFToken": csrf}

    def background_body(revision: str, edge: str) -> str:
        data = valid_data("background", 0) | {"revision": revision, "edge": edge}
        return urlencode(data, doseq=True)

    # What htmx sends when a person pauses typing in the headline box: the whole form, and
    # the box's name (the preview then redraws only the texts that show it).
    preview = valid_data("messaging", profile.revision) | {
        "text__linkedin_headline": "Backend engineer shipping applied AI agents",
    }
    preview.pop("action", None)
    typing = HX | {"HX-Trigger-Name": "text__linkedin_headline"}
    result = [
        LoadRow("GET /", "/"),
        LoadRow("GET /roles/", reverse("roles:archetypes")),
    ]
    computing = {"messaging", "review"}
    for slug in ALL_SLUGS:
        budget = COMPUTING_BUDGET if slug in computing else None
        for label, headers in (("", {}), (" (htmx)", HX)):
            script = round_robin_script(
                accounts=accounts,
                path_for=lambda p, slug=slug: step_url(p, slug),
                headers=headers,
            )
            row = LoadRow(f"GET step {slug}{label}", step_url(profile, slug), lua=script)
            if budget:
                row.budget = budget
            result.append(row)
    result += [
        LoadRow(
            "POST step background (save)",
            reverse("profiles:step", args=[pk, "background"]),
            lua=lambda: step_save_script(accounts=accounts, csrf=csrf, body_for=background_body),
            budget=SAVE_BUDGET,
        ),
        LoadRow(
            "POST messaging preview (htmx)",
            reverse("profiles:preview", args=[pk]),
            lua=post_script(body=urlencode(preview, doseq=True), headers=form | typing),
            budget=COMPUTING_BUDGET,
        ),
        LoadRow(
            f"GET history ({version_count} versions)",
            reverse("profiles:versions", args=[pk]),
            budget=COMPUTING_BUDGET,
        ),
        LoadRow(
            f"GET diff v1 vs v{version_count}",
            reverse("profiles:diff", args=[pk]) + f"?a=1&b={version_count}",
            budget=COMPUTING_BUDGET,
        ),
        LoadRow(
            "GET LinkedIn page",
            reverse("profiles:linkedin", args=[pk]),
            lua=round_robin_script(
                accounts=accounts,
                path_for=lambda p: reverse("profiles:linkedin", args=[p.pk]),
                headers={},
            ),
            budget=COMPUTING_BUDGET,
        ),
        LoadRow("GET version.json", reverse("profiles:export_json", args=[pk])),
        LoadRow("GET /roles/read/", reverse("roles:read")),
        LoadRow(
            f"POST /roles/read/ {len(posting):,} chars (htmx)",
            reverse("roles:read"),
            lua=post_script(body=urlencode({"text": posting}), headers=form | HX),
        ),
    ]
    return result
