from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Samverkan"

    def ready(self):
        # Signal receivers are connected once the app registry is ready, as Django asks.
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from core import (  # noqa: F401
            cache_invalidation,
            image_placement,
            text_language,
            translation_privacy,
        )
        from core.access_policy import PagePolicy
        from core.admin_choosers import use_localised_page_chooser
        from core.admin_labels import make_labels_lazy
        from core.wagtail_internals import image_upload_paths

        register_permission_policy(Page, PagePolicy(Page))
        cache_invalidation.connect()
        image_placement.connect()
        image_upload_paths.write_private_files_apart()
        use_localised_page_chooser()
        make_labels_lazy()
