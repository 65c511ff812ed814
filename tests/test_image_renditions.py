"""Images are served as WebP renditions in several widths, with their size set."""

import re

from django.test import TestCase

from tests.factories import (
    ConferencePageFactory,
    ImageFactory,
    NetworkContactFactory,
    NetworkPageFactory,
    PersonFactory,
    build_site_tree,
)


def img_tags(html):
    return re.findall(r"<img\b[^>]*>", html)


class ImageRenditionsTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=tree.network_index)
        person = PersonFactory(
            photo=ImageFactory(file__width=400, file__height=400), contact_details_public=True
        )
        NetworkContactFactory(page=cls.network, person=person)
        cls.conference = ConferencePageFactory(
            parent=cls.network,
            image=ImageFactory(title="Konferenssalen", file__width=2000, file__height=1000),
        )

    def assert_webp_srcset(self, tag):
        assert 'srcset="' in tag, tag
        sources = re.search(r'srcset="([^"]+)"', tag)[1].split(", ")
        assert len(sources) > 1
        assert all(".webp " in source for source in sources), sources
        assert re.search(r'src="[^"]+\.webp"', tag)
        assert re.search(r'width="\d+"', tag) and re.search(r'height="\d+"', tag)
        assert "sizes=" in tag

    def test_conference_image_is_a_webp_srcset_with_its_size(self):
        html = self.client.get(self.conference.url).content.decode()
        [tag] = [tag for tag in img_tags(html) if "Konferenssalen" in tag]
        self.assert_webp_srcset(tag)
        assert 'width="600"' in tag and 'height="300"' in tag

    def test_contact_photo_is_a_webp_srcset_with_its_size(self):
        html = self.client.get(self.network.url).content.decode()
        [tag] = [tag for tag in img_tags(html) if "person-card__photo" in tag]
        self.assert_webp_srcset(tag)
        assert 'width="160"' in tag and 'height="160"' in tag
        assert 'loading="lazy"' in tag
