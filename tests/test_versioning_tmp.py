import pytest
from roles.models import RoleArchetype

@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_plain():
    assert RoleArchetype.objects.count() == 5

@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_plain2():
    assert RoleArchetype.objects.count() == 5

@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_live(live_server):
    assert RoleArchetype.objects.count() == 5
