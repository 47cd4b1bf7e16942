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


class EveryKindForm(Form):
    """One field of each widget field.html draws within its own render, with the things
    that change a control's attributes: a hint, an error, a required field, a max length,
    attributes of the widget's own, a localized number and a value to show."""

    text = forms.CharField(max_length=20, help_text="A hint.")
    box = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 3, "hx-post": "/p/?a=1&b=<2>"})
    )
    email = forms.EmailField(required=False)
    link = forms.URLField(required=False, assume_scheme="https")
    count = forms.IntegerField(required=False, min_value=0)
    amount = forms.DecimalField(required=False, localize=True)
    choice = forms.ChoiceField(choices=[("a", "A"), ("b", "B")])


def _drawn(form) -> list[str]:
    return [str(form[name].as_field_group()) for name in form.fields]


def test_a_field_draws_the_control_inline_as_djangos_widget_render_would(monkeypatch):
    import pivotapp.forms

    for data in (None, {"text": 'too "long" <by far> for twenty', "count": "-1", "box": "x & y"}):
        inline = _drawn(EveryKindForm(data=data, initial={"box": "kept\nlines"}))
        monkeypatch.setattr(pivotapp.forms, "INLINE_WIDGETS", frozenset())
        via_django = _drawn(EveryKindForm(data=data, initial={"box": "kept\nlines"}))
        monkeypatch.undo()
        assert inline == via_django
    drawn = "".join(inline)
    assert 'aria-invalid="true"' in drawn and 'maxlength="20"' in drawn and "&lt;2&gt;" in drawn
