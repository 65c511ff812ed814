"""Focus topics in the language of the page's text: ``{{ topic.name|topic_name:lang }}``."""

from django import template

from networks.topic_vocabulary import topic_name as translated_topic_name

register = template.Library()


@register.filter
def topic_name(name, language):
    return translated_topic_name(name, language)
