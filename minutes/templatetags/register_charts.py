"""The registers' pictures, for the templates: ``{% attendance_chart register %}``."""

from django import template

from minutes.charts import attendance_svg, decisions_svg

register = template.Library()


@register.simple_tag
def attendance_chart(overview):
    return attendance_svg(overview)


@register.simple_tag
def decisions_chart(by_year):
    return decisions_svg(by_year)
