"""The translated segments of a wagtail-localize translation source."""


def segments_for_translation(source, locale, *, fallback):
    """The segments of ``source`` translated into ``locale``, ready for ``ingest_segments``.

    With ``fallback`` an untranslated string keeps the source's text. Relies on
    ``TranslationSource._get_segments_for_translation``: the public
    ``create_or_update_translation`` builds the translated page from the same segments but
    then saves and publishes it, which a translation put to review must not do.
    """
    return source._get_segments_for_translation(locale, fallback=fallback)
