"""Focus topics on English pages: named in English where the catalogue knows the topic."""

import re

from tests.test_localisation import TranslatedSiteTestCase


def topics_on(response):
    html = response.content.decode()
    tags = re.search(r'<ul class="tag-list">(.*?)</ul>', html, re.S)[1]
    return re.findall(r"<li>([^<]+)</li>", tags)


class TopicNameTests(TranslatedSiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        # As wagtail-localize copies them: the translation carries the same tags.
        for page in (cls.conference, cls.english_conference):
            page.topics.add("förskola", "likvärdighet", "lokala särskolefrågor")
            page.save()

    def test_an_english_page_names_known_topics_in_english(self):
        self.assertEqual(
            set(topics_on(self.client.get(self.english_conference.url))),
            {"equity", "lokala särskolefrågor", "preschool"},
        )

    def test_a_swedish_page_names_them_as_written(self):
        self.assertEqual(
            set(topics_on(self.client.get(self.conference.url))),
            {"förskola", "likvärdighet", "lokala särskolefrågor"},
        )
