"""Importing one minutes file from the admin: upload, check the parsed result, create the draft.

The extracted text waits in the session between the preview and the creation, so the
file is read once and nothing is written before the editor confirms. The draft is the
editor's to correct before submitting it; the preview offers to submit it at once.
"""

import datetime
from pathlib import PurePath

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from importers.errors import ImportFailure
from importers.locked_pages import reason_to_leave_alone
from importers.minutes_parser import parse_minutes
from importers.minutes_writer import CREATED, SKIPPED, MinutesWriter, content_hash, source_key
from importers.readers import EXTENSIONS, MAX_FILE_SIZE, read_minutes_file
from minutes.models.import_source import ImportSource
from minutes.models.minutes_page import MinutesPage
from networks.network_admin_views import NetworkAdminViewMixin

SESSION_KEY = "minutes_import"
# What each kind of file starts with; a file whose content does not match its name is refused.
SIGNATURES = {".docx": (b"PK\x03\x04",), ".pdf": (b"%PDF-",)}


def can_import_minutes(network, user):
    return (
        MinutesPage.can_create_at(network) and network.permissions_for_user(user).can_add_subpage()
    )


class MinutesUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Minutes file"),
    )
    meeting_date = forms.DateField(
        label=_("Meeting date"),
        required=False,
        help_text=_("Only needed when neither the text nor the file name gives the date."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Formatted for each form, in its reader's language: formatting the lazy text
        # where the field is declared would fix it in the language of the process's start.
        self.fields["file"].help_text = _("A .txt, .docx or .pdf file of at most %(size)s.") % {
            "size": filesizeformat(MAX_FILE_SIZE)
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        extension = PurePath(upload.name).suffix.lower()
        if extension not in EXTENSIONS:
            raise forms.ValidationError(_("Only .txt, .docx and .pdf files can be imported."))
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(
                _("The file is larger than %(size)s.") % {"size": filesizeformat(MAX_FILE_SIZE)}
            )
        data = upload.read()
        signatures = SIGNATURES.get(extension)
        if signatures and not data.startswith(signatures):
            raise forms.ValidationError(
                _("The file's content does not match its name: it is not a %(extension)s file.")
                % {"extension": extension}
            )
        upload.data = data
        return upload

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("file")
        if upload is None:
            return cleaned
        name = PurePath(upload.name).name
        try:
            text = read_minutes_file(name, upload.data)
            cleaned["parsed"] = parse_minutes(
                text, source=name, default_date=cleaned.get("meeting_date")
            )
        except ImportFailure as failure:
            raise forms.ValidationError(str(failure)) from failure
        cleaned["text"] = text
        cleaned["name"] = name
        cleaned["hash"] = content_hash(upload.data)
        return cleaned


class NetworkImportMixin(NetworkAdminViewMixin):
    header_icon = "upload"
    page_title = _("Import minutes")

    def allowed(self, network, user):
        return can_import_minutes(network, user)


class MinutesUploadView(NetworkImportMixin, TemplateView):
    template_name = "importers/upload.html"

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=MinutesUploadForm()))

    def post(self, request):
        form = MinutesUploadForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        meeting_date = form.cleaned_data["meeting_date"]
        request.session[SESSION_KEY] = {
            "network": self.network.pk,
            "name": form.cleaned_data["name"],
            "hash": form.cleaned_data["hash"],
            "text": form.cleaned_data["text"],
            "meeting_date": meeting_date.isoformat() if meeting_date else None,
        }
        return redirect("minutes_import_preview", self.network.pk)


class MinutesPreviewView(NetworkImportMixin, TemplateView):
    template_name = "importers/preview.html"
    page_title = _("Check the imported minutes")

    def dispatch(self, request, page_id):
        self.upload = request.session.get(SESSION_KEY)
        return super().dispatch(request, page_id)

    def parsed(self):
        date = self.upload["meeting_date"]
        return parse_minutes(
            self.upload["text"],
            source=self.upload["name"],
            default_date=datetime.date.fromisoformat(date) if date else None,
        )

    def get(self, request):
        if not self.upload or self.upload["network"] != self.network.pk:
            return redirect("minutes_import", self.network.pk)
        existing = (
            ImportSource.objects.filter(
                kind=ImportSource.Kind.MINUTES_FILE,
                key=source_key(self.network, self.upload["name"]),
                page__isnull=False,
            )
            .select_related("page")
            .first()
        )
        left_alone = existing and reason_to_leave_alone(existing.page)
        return self.render_to_response(
            self.get_context_data(
                parsed=self.parsed(),
                name=self.upload["name"],
                existing=existing,
                left_alone=left_alone,
            )
        )

    def post(self, request):
        if not self.upload or self.upload["network"] != self.network.pk:
            return redirect("minutes_import", self.network.pk)
        with transaction.atomic():
            writer = MinutesWriter(self.network, user=request.user, submit="submit" in request.POST)
            result = writer.write(
                self.parsed(), name=self.upload["name"], data_hash=self.upload["hash"]
            )
        del request.session[SESSION_KEY]
        if result.reason:
            messages.warning(
                request,
                _(
                    "Nothing was imported: the minutes imported before from this file stay as "
                    "they are, because %(reason)s."
                )
                % {"reason": result.reason},
            )
        elif result.action == CREATED and "submit" in request.POST:
            messages.success(
                request, _("The minutes were imported as a draft and sent for review.")
            )
        elif result.action == CREATED:
            messages.success(
                request,
                _(
                    "The minutes were imported as a draft: check them, correct what was "
                    "misread and submit them for review."
                ),
            )
        elif result.action == SKIPPED:
            messages.info(request, _("This file was imported before and has not changed."))
        else:
            messages.success(request, _("The minutes imported before from this file were updated."))
        return redirect("wagtailadmin_pages:edit", result.page.pk)
