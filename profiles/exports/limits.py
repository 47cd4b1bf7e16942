"""LinkedIn's own character limits, defined once: the LinkedIn page counts against them
and the coach's over-limit message names the larger allowance."""

HEADLINE = "linkedin_headline"
ABOUT = "linkedin_about"
CONNECTION_NOTE = "connection_note"
INTRO_MESSAGE = "intro_message"
LINKEDIN_KEYS = (HEADLINE, ABOUT, CONNECTION_NOTE, INTRO_MESSAGE)

# A template's max_length (editable in admin) wins for the main limit; these are the
# fallbacks, and the larger allowances are shown beside it.
DEFAULT_LIMITS = {HEADLINE: 220, ABOUT: 2600, CONNECTION_NOTE: 200, INTRO_MESSAGE: 1900}
LIMIT_LABELS = {
    HEADLINE: "LinkedIn",
    ABOUT: "LinkedIn",
    CONNECTION_NOTE: "free account",
    INTRO_MESSAGE: "LinkedIn InMail",
}
EXTRA_LIMITS = {CONNECTION_NOTE: [(300, "Premium account")]}
SEE_MORE_AT = 265  # About: characters shown before "see more" on a profile

# Far above any LinkedIn limit: refuses a runaway paste, not a long draft.
TEXT_MAX = 10_000
