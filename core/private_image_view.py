"""The files of images in private collections, served to those the restrictions admit.

The web server serves the public images' files itself and never those under ``private/``
(docs/deployment.md); their address (``core.media_storage``) leads here. A visitor the
restrictions refuse is answered as Wagtail's document view answers: sent to sign in, or
shown the collection's password form.
"""

from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction
from wagtail.wagtail_hooks import require_wagtail_login

from core.access_policy import may_view_image, view_restrictions_of
from core.media_storage import private_name
from core.password_throttling import document_password_form


def serve_private_image(request, name):
    """The original or a rendition stored as ``private/<name>``."""
    stored = private_name(name)
    image = image_of_file(stored)
    if not may_view_image(request, image):
        return refusal(request, image)
    try:
        file = image.file.storage.open(stored, "rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(file)
    patch_cache_control(response, private=True)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'"
    return response


def image_of_file(stored):
    """The image whose original or rendition is stored as ``stored``; 404 if none."""
    image_model = get_image_model()
    image = image_model.objects.filter(file=stored).select_related("collection").first()
    if image is None:
        rendition_model = image_model.get_rendition_model()
        rendition = (
            rendition_model.objects.filter(file=stored).select_related("image__collection").first()
        )
        image = rendition and rendition.image
    if image is None:
        raise Http404
    return image


def refusal(request, image):
    restriction = next(
        restriction
        for restriction in view_restrictions_of(image)
        if not restriction.accept_request(request)
    )
    if restriction.restriction_type == CollectionViewRestriction.PASSWORD:
        form = PasswordViewRestrictionForm(
            instance=restriction, initial={"return_url": request.get_full_path()}
        )
        return document_password_form(request, form, restriction.pk)
    return require_wagtail_login(next=request.get_full_path())
