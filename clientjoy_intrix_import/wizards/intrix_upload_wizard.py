import base64
import io
import os
import re
import zipfile
import zlib

from odoo import _, api, fields, models
from odoo.exceptions import UserError

from ..adapters import get_adapter
from ..lib.limits import MIB, Limits
from ..lib.sheet_reader import SheetError, is_convertible, to_csv_files

# files a zip tool adds on its own: not part of the export
ZIP_NOISE = (".DS_Store", "Thumbs.db", "desktop.ini")
NESTED_ARCHIVES = (".zip", ".7z", ".rar", ".tar", ".gz", ".tgz", ".bz2", ".xz")


class StagingRefused(UserError):
    """The files were uploaded but could not be read into staging records (the reason in words)."""


class IntrixUploadWizard(models.TransientModel):
    """Upload Intrix CSV exports (one file per object, or a zip of them) into a new run."""

    _name = "clientjoy.intrix.upload.wizard"
    _description = "Upload Intrix CRM exports"

    source = fields.Selection("_selection_source", string="Exported from", required=True, default="intrix",
                              help="The system the files were exported from")
    attachment_ids = fields.Many2many("ir.attachment", string="Files", help="CSV exports or one zip of them")
    use_samples = fields.Boolean(string="Use the bundled sample exports",
                                 help="Try the import on the Intrix sample exports shipped with the addon")
    fallback_user_id = fields.Many2one("res.users", string="Fallback owner")
    chunk_size = fields.Integer(string="Batch size", default=500)
    xmlid_prefix = fields.Char(string="External ID prefix")

    @api.model
    def _selection_source(self):
        """The sources read from export files (models/import_registry.py)."""
        return [(key, adapter.label) for key, adapter in self.env["clientjoy.intrix.registry"]._adapters().items()
                if adapter.file_based]

    def action_upload(self):
        self.ensure_one()
        if not self.attachment_ids and not self.use_samples:
            raise UserError(_("Add at least one CSV export or a zip of them."))
        limits = self.env["clientjoy.intrix.file"]._limits()
        files = _sample_files() if self.use_samples and self.source == "intrix" else []
        total = 0
        for attachment in self.with_context(bin_size=False).attachment_ids:
            expanded = _expand(self.env, attachment.name, attachment.raw, limits)
            total += sum(len(content) for _name, content in expanded)
            if total > limits.max_run_mb * MIB:
                raise UserError(self.env._(
                    "These files are more than %(limit)s MiB together (unzipped), the limit per run (system "
                    "parameter %(parameter)s).", limit=limits.max_run_mb, parameter=Limits.parameter("max_run_mb")))
            files.extend(expanded)
        # a refused upload keeps no run: pressing the button again must not leave a draft run per attempt
        with self.env.cr.savepoint():
            run = self.env["clientjoy.intrix.run"].create({
                "source": self.source, "fallback_user_id": self.fallback_user_id.id,
                "chunk_size": self.chunk_size or 500, "xmlid_prefix": self.xmlid_prefix,
            })
            run._add_files(files)
            run.action_stage()
            if run.state == "draft" and run.error_message:
                raise StagingRefused(self.env._(
                    "%(reason)s\n\nNothing was staged and no run was created: correct the file or leave it out, "
                    "then press Upload and stage again.", reason=run.error_message))
        # the uploads are in the run now; on a refusal they stay on the wizard for the next attempt
        self.attachment_ids.unlink()
        return {"type": "ir.actions.act_window", "res_model": run._name, "res_id": run.id, "view_mode": "form",
                "target": "current"}


def _sample_files():
    folder = os.path.join(os.path.dirname(__file__), "..", "demo", "intrix")
    files = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), "rb") as handle:
            files.append((name, handle.read()))
    return files


def _mib(size):
    return "%.1f" % (size / MIB)


def _expand(env, name, content, limits):
    """[(name, bytes)] of an upload: the files inside a zip, or the file itself.

    Everything over a ceiling of ``limits`` is refused here, before a run exists, with the ceiling and
    its system parameter named. Sizes are counted on the bytes really unzipped, never on what the
    zip's directory claims.
    """
    content = content or b""
    if not content:
        raise UserError(env._("%(name)s is empty (0 bytes): export it again, or leave it out.", name=name))
    if name.lower().endswith(".zip"):
        return _unzip(env, name, content, limits)
    _check_file_size(env, name, len(content), limits)
    if is_convertible(name):
        # uploaded on its own a workbook or an XML file can only be meant as an export (attachment files
        # travel inside the zip, next to attachments.csv): each sheet / the records become a CSV export
        try:
            files = to_csv_files(name, content, max_rows=limits.max_rows_per_file)
        except SheetError as exc:
            raise UserError(str(exc)) from exc
        for csv_name, csv_content in files:
            _check_file_size(env, csv_name, len(csv_content), limits)
        return files
    return [(name, content)]


def _check_file_size(env, name, size, limits):
    if size > limits.max_file_mb * MIB:
        raise UserError(env._(
            "%(name)s is %(size)s MiB, more than the limit of %(limit)s MiB per file (system parameter %(parameter)s).",
            name=name, size=_mib(size), limit=limits.max_file_mb, parameter=Limits.parameter("max_file_mb")))


def _unsafe_member(filename):
    """Why a member's name cannot be taken as it is (an absolute path, a drive, "..": path traversal)."""
    path = filename.replace("\\", "/")
    return path.startswith("/") or re.match(r"^[A-Za-z]:", path) or ".." in path.split("/")


def _unzip(env, name, content, limits):
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise UserError(env._("%s is not a valid zip file.", name)) from exc
    members = [m for m in infos if not m.is_dir() and not m.filename.startswith("__MACOSX/")
               and m.filename.replace("\\", "/").rsplit("/", 1)[-1] not in ZIP_NOISE]
    if not members:
        raise UserError(env._("%(name)s holds no files.", name=name))
    if len(members) > limits.zip_max_members:
        raise UserError(env._(
            "%(name)s holds %(count)s files; at most %(max)s are read (system parameter %(parameter)s).", name=name,
            count=len(members), max=limits.zip_max_members, parameter=Limits.parameter("zip_max_members")))
    seen = set()
    for member in members:
        if _unsafe_member(member.filename):
            raise UserError(env._(
                "%(name)s holds a file with an unsafe path (%(member)s): a path with \"..\" or an absolute path. "
                "Zip the exports again with plain file names.", name=name, member=member.filename))
        if member.filename.lower() in seen:
            raise UserError(env._("%(name)s holds %(member)s twice.", name=name, member=member.filename))
        seen.add(member.filename.lower())
        if member.flag_bits & 0x1:
            raise UserError(env._("%(name)s: %(member)s is encrypted (password-protected); zip the exports "
                                  "without a password.", name=name, member=member.filename))
        if member.filename.lower().endswith(NESTED_ARCHIVES):
            raise UserError(env._(
                "%(name)s holds another archive (%(member)s), which is not read: unpack it and put its files in the "
                "zip itself (or upload them as they are).", name=name, member=member.filename))
        if member.file_size > MIB and member.file_size > limits.zip_max_ratio * max(member.compress_size, 1):
            raise _zip_bomb(env, name, member, limits)  # as the zip declares it; the bytes are counted below
    budget = limits.zip_max_expanded_mb * MIB
    files, total = [], 0
    for member in members:
        data = _read_member(env, name, archive, member, limits, budget - total)
        total += len(data)
        files.append((member.filename, data))
    if total > MIB and total > limits.zip_max_ratio * len(content):
        raise UserError(env._(
            "%(name)s expands %(ratio)sx (%(size)s MiB from %(zipped)s MiB), more than the limit of %(limit)sx "
            "(system parameter %(parameter)s): a zip bomb or a damaged archive.", name=name,
            ratio=total // len(content), size=_mib(total), zipped=_mib(len(content)), limit=limits.zip_max_ratio,
            parameter=Limits.parameter("zip_max_ratio")))
    return files


def _zip_bomb(env, name, member, limits):
    return UserError(env._(
        "%(name)s: %(member)s expands more than %(limit)sx (system parameter %(parameter)s): a zip bomb or a damaged "
        "archive.", name=name, member=member.filename, limit=limits.zip_max_ratio,
        parameter=Limits.parameter("zip_max_ratio")))


def _read_member(env, name, archive, member, limits, budget):
    """The bytes of one member, read block by block and stopped at the first ceiling passed."""
    file_limit = limits.max_file_mb * MIB
    parts, size = [], 0
    try:
        with archive.open(member) as handle:
            while True:
                block = handle.read(MIB)
                if not block:
                    break
                parts.append(block)
                size += len(block)
                if size > MIB and size > limits.zip_max_ratio * max(member.compress_size, 1):
                    raise _zip_bomb(env, name, member, limits)
                if size > file_limit:
                    raise UserError(env._(
                        "%(name)s: %(member)s is more than %(limit)s MiB unzipped, the limit per file (system "
                        "parameter %(parameter)s).", name=name, member=member.filename, limit=limits.max_file_mb,
                        parameter=Limits.parameter("max_file_mb")))
                if size > budget:
                    raise UserError(env._(
                        "%(name)s is more than %(limit)s MiB unzipped, the limit per zip (system parameter "
                        "%(parameter)s).", name=name, limit=limits.zip_max_expanded_mb,
                        parameter=Limits.parameter("zip_max_expanded_mb")))
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, EOFError, OSError, zlib.error) as exc:
        raise UserError(env._("%(name)s: %(member)s cannot be unzipped (%(error)s).", name=name,
                              member=member.filename, error=exc)) from exc
    return b"".join(parts)


def add_files(run, files):
    adapter = get_adapter(run.env, run.source)
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
