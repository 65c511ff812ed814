from django.db import migrations

# The categories every site starts with, as they were when this migration was written;
# editors change them in the admin afterwards. Stems match longer words.
DEFAULT_WORDS = {
    "sv": [
        ("hälsa", "sjuk, sjukskriv, diagnos, cancer, depression, utbränd, missbruk, graviditet"),
        ("funktionsnedsättning", "funktionsnedsättning, adhd, autism, dyslexi"),
        ("etniskt ursprung", "etnicitet, etniskt ursprung, hudfärg"),
        ("religion och övertygelse", "religion, muslim, jude, judisk, kristen, ateist"),
        ("fackligt medlemskap", "fackmedlem, fackligt medlemskap, fackförbund"),
        ("politisk åsikt", "partimedlem, politisk åsikt"),
        ("sexuell läggning", "homosexuell, bisexuell, sexuell läggning"),
        ("lagöverträdelser", "dömd, brottsmisstänkt, åtalad, polisanmäld"),
    ],
    "en": [
        ("health", "sick, diagnos, cancer, depression, burnout, pregnan, addiction"),
        ("disability", "disabilit, adhd, autism, dyslexia"),
        ("ethnic origin", "ethnicity, ethnic origin"),
        ("religion and belief", "religion, muslim, jewish, christian, atheist"),
        ("union membership", "union member, trade union"),
        ("political opinion", "party member, political opinion"),
        ("sexual orientation", "homosexual, bisexual, sexual orientation"),
        ("offences", "convicted, criminal record, prosecuted, suspected of"),
    ],
}


def add_default_words(apps, schema_editor):
    SensitiveWord = apps.get_model("privacy", "SensitiveWord")
    for language, categories in DEFAULT_WORDS.items():
        for category, words in categories:
            SensitiveWord.objects.get_or_create(language=language, category=category, words=words)


def remove_default_words(apps, schema_editor):
    SensitiveWord = apps.get_model("privacy", "SensitiveWord")
    for language, categories in DEFAULT_WORDS.items():
        for category, words in categories:
            SensitiveWord.objects.filter(language=language, category=category, words=words).delete()


class Migration(migrations.Migration):
    dependencies = [("privacy", "0001_initial")]

    operations = [migrations.RunPython(add_default_words, remove_default_words)]
