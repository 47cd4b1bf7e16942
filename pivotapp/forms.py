"""Every form field is drawn by one template, `templates/forms/field.html`, through
`{{ field.as_field_group }}`; Django's BoundField ties the hint and the error to the
control (`aria-describedby`, `aria-invalid`), so no template builds those ids itself."""

from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    # TemplatesSetting: the field template lives with the project's other templates.
    field_template_name = "forms/field.html"
