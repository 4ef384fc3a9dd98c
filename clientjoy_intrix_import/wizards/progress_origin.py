"""Steps started from a wizard or a Clientjoy connection show their progress there.

The upload wizard and a connection's *New import run* / *Delta run* create the run and stage it in
one transaction: no browser can follow the run's channel yet. Their progress goes to the user's
own channel, tagged with the wizard or connection it was started from (models/import_run_progress.py).
"""
from odoo import models

from ..models.import_run_progress import ORIGIN_KEY


def _with_origin(record):
    return record.with_context(**{ORIGIN_KEY: {"model": record._name, "id": record.id}})


class IntrixUploadWizardProgress(models.TransientModel):
    _inherit = "clientjoy.intrix.upload.wizard"

    def action_upload(self):
        self.ensure_one()
        return super(IntrixUploadWizardProgress, _with_origin(self)).action_upload()


class ClientjoyBackendProgress(models.Model):
    _inherit = "clientjoy.intrix.backend"

    def _start_run(self, previous=None):
        self.ensure_one()
        return super(ClientjoyBackendProgress, _with_origin(self))._start_run(previous)
