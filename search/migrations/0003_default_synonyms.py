from django.db import migrations

# The groups every site starts with, as they were when this migration was written; editors
# change them in the admin afterwards.
DEFAULT_SYNONYMS = {
    "sv": [
        "SKR, Sveriges Kommuner och Regioner",
        "VFU, verksamhetsförlagd utbildning",
        "ULF, utveckling lärande forskning",
        "SYV, studie- och yrkesvägledare, studie- och yrkesvägledning",
        "komvux, kommunal vuxenutbildning, vuxenutbildning",
        "IM, introduktionsprogram, introduktionsprogrammen",
        "APL, arbetsplatsförlagt lärande",
        "KAA, kommunala aktivitetsansvaret, aktivitetsansvar",
        "SFI, svenska för invandrare",
        "GR, Göteborgsregionen",
        "gymnasiesärskola, anpassad gymnasieskola",
    ],
    "en": [
        "SKR, Swedish Association of Local Authorities and Regions",
        "principal, head teacher, headteacher",
        "upper secondary, gymnasium",
        "adult education, komvux",
    ],
}


def add_default_synonyms(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for language, groups in DEFAULT_SYNONYMS.items():
        for terms in groups:
            Synonym.objects.get_or_create(language=language, terms=terms)


def remove_default_synonyms(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for language, groups in DEFAULT_SYNONYMS.items():
        Synonym.objects.filter(language=language, terms__in=groups).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_document_text")]

    operations = [migrations.RunPython(add_default_synonyms, remove_default_synonyms)]
