"""Import speaks plainly (issue 24's walk-through): a truncated file is called cut short,
never in the JSON parser's words; the button says it checks and imports; an imported
profile whose name is taken gets "(imported)", then a number, so no two rows look alike."""

import pytest

from profiles.importing.services import NAME_MAX, unused_name
from profiles.models import Profile
from tests.importing_support import filled, saved_export, upload
from tests.step_data import make_profile

pytestmark = pytest.mark.django_db

URL = "/profiles/import/"
PARSER_WORDS = ("Unterminated string", "Expecting", "delimiter", "JSONDecodeError")


@pytest.fixture
def exported(alice_client, alice) -> bytes:
    return saved_export(alice_client, filled(alice_client, alice))


def test_a_truncated_file_is_called_cut_short(alice_client, exported):
    cut = exported[: len(exported) // 2]
    response = alice_client.post(URL, {"file": upload(cut)})
    assert response.status_code == 400
    body = response.content.decode()
    assert "The file stops part-way" in body
    assert "Download it from Pivot again" in body
    for words in PARSER_WORDS:
        assert words not in body
    assert Profile.objects.count() == 1  # only the one it came from


def test_the_button_says_what_it_does(alice_client):
    response = alice_client.get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert ">Check and import</button>" in body
    assert "you are asked before anything is imported" in body


def test_a_taken_name_gets_imported_then_a_number(alice_client, alice, exported):
    for _ in range(3):
        assert alice_client.post(URL, {"file": upload(exported)}).status_code == 302
    names = sorted(Profile.objects.filter(owner=alice).values_list("name", flat=True))
    assert names == [
        "Applied AI",
        "Applied AI (imported 2)",
        "Applied AI (imported 3)",
        "Applied AI (imported)",
    ]


def test_a_name_only_another_account_uses_is_kept(alice, bob):
    make_profile(bob, name="Applied AI")
    assert unused_name(alice, "Applied AI") == "Applied AI"


def test_the_suffix_fits_the_longest_name(alice):
    long = "x" * NAME_MAX
    make_profile(alice, name=long)
    name = unused_name(alice, long)
    assert len(name) <= NAME_MAX and name.endswith(" (imported)")
