"""pivotapp.forms.BoundField: a field's errors are read from the form on every read (one
added after validation shows), without a new empty list for each read of a clean field."""

from django import forms

from pivotapp.forms import BoundField, Form


class NoteForm(Form):
    note = forms.CharField(required=False, help_text="A hint.")


def test_every_project_form_draws_its_fields_with_it():
    assert isinstance(NoteForm()["note"], BoundField)


def test_a_clean_field_reads_one_empty_list():
    field = NoteForm(data={"note": "fine"})["note"]
    assert field.errors == [] and field.errors is field.errors
    assert "aria-invalid" not in str(field)


def test_an_error_added_after_validation_shows():
    form = NoteForm(data={"note": "fine"})
    field = form["note"]
    assert form.is_valid() and not field.errors
    form.add_error("note", "Too late.")
    assert list(field.errors) == ["Too late."]
    assert 'aria-invalid="true"' in str(field)
    assert f"{field.auto_id}_error" in field.aria_describedby
