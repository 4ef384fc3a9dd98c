import base64
import io
import os
import zipfile

from odoo import _, fields, models
from odoo.exceptions import UserError

from ..adapters import get_adapter

MAX_ZIP_MEMBERS = 500


class IntrixUploadWizard(models.TransientModel):
    """Upload Intrix CSV exports (one file per object, or a zip of them) into a new run."""

    _name = "clientjoy.intrix.upload.wizard"
    _description = "Upload Intrix CRM exports"

    attachment_ids = fields.Many2many("ir.attachment", string="Files", help="CSV exports or one zip of them")
    use_samples = fields.Boolean(string="Use the bundled sample exports",
                                 help="Try the import on the Intrix sample exports shipped with the addon")
    fallback_user_id = fields.Many2one("res.users", string="Fallback owner")
    chunk_size = fields.Integer(string="Batch size", default=500)
    xmlid_prefix = fields.Char(string="External ID prefix")

    def action_upload(self):
        self.ensure_one()
        if not self.attachment_ids and not self.use_samples:
            raise UserError(_("Add at least one CSV export or a zip of them."))
        files = _sample_files() if self.use_samples else []
        for attachment in self.attachment_ids:
            files.extend(_expand(self.env, attachment.name, attachment.raw))
        run = self.env["clientjoy.intrix.run"].create({
            "source": "intrix", "fallback_user_id": self.fallback_user_id.id,
            "chunk_size": self.chunk_size or 500, "xmlid_prefix": self.xmlid_prefix,
        })
        run._add_files(files)
        self.attachment_ids.unlink()
        run.action_stage()
        return {"type": "ir.actions.act_window", "res_model": run._name, "res_id": run.id, "view_mode": "form",
                "target": "current"}


def _sample_files():
    folder = os.path.join(os.path.dirname(__file__), "..", "demo", "intrix")
    files = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as handle:
            files.append((name, handle.read()))
    return files


def _expand(env, name, content):
    """[(name, bytes)] of an upload: the CSVs inside a zip, or the file itself."""
    if content[:4] == b"PK\x03\x04" and name.lower().endswith(".zip"):
        try:
            archive = zipfile.ZipFile(io.BytesIO(content))
        except zipfile.BadZipFile as exc:
            raise UserError(env._("%s is not a valid zip file.", name)) from exc
        members = [m for m in archive.infolist() if not m.is_dir() and not m.filename.startswith("__MACOSX/")]
        if len(members) > MAX_ZIP_MEMBERS:
            raise UserError(env._("%(name)s holds %(count)s files; at most %(max)s are read.", name=name,
                              count=len(members), max=MAX_ZIP_MEMBERS))
        return [(m.filename, archive.read(m)) for m in members]
    return [(name, content)]


def add_files(run, files):
    adapter = get_adapter(run.source)
    vals = []
    for sequence, (name, content) in enumerate(files):
        is_csv = name.lower().endswith((".csv", ".txt"))
        # the object from the columns and values, the file name as one signal; a note when unsure
        object_name, guess_note = adapter.guess_file(name, content) if is_csv else (False, False)
        vals.append({
            "run_id": run.id, "sequence": sequence, "name": name, "kind": "csv" if is_csv else "blob",
            "object_name": object_name, "object_guess": guess_note,
            "data": base64.b64encode(content), "size": len(content),
        })
    return run.env["clientjoy.intrix.file"].create(vals)
