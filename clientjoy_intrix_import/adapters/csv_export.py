"""What every source exported as one file per object (CSV, or a spreadsheet/XML read like one) shares:
the object of a file from its name, the files read as streamed chunks, counted apart from the reader
(the phase's independent evidence), and files that travel with the export (attachments)."""
import re

from ..lib.csv_reader import open_table
from ..lib.source_count import count_csv_records
from .base import AdapterError, SourceAdapter


class CsvExportAdapter(SourceAdapter):
    file_based = True

    def guess_object(self, filename):
        """Object name for an export file name ("Clients_2024-05-01.csv" -> "clients"), or None."""
        stem = re.sub(r"\.(csv|txt)$", "", (filename or "").strip().lower().rsplit("/", 1)[-1])
        stem = re.sub(r"[\s.\-]+", "_", stem)
        if stem in {obj.name for obj in self.objects}:
            return stem
        for obj in self.objects:
            if any(word in stem for word in obj.file_words):
                return obj.name
        return None

    def extract(self, run):
        csv_files = run.file_ids.filtered(lambda f: f.kind == "csv")
        # what cannot be staged is refused before any file is read
        unknown = csv_files.filtered(lambda f: not f.object_name)
        if unknown:
            raise AdapterError(run.env._(
                "Cannot tell which %(system)s object these files hold: %(files)s. Name each file after its object "
                "(%(names)s) or choose the object on the file line.", system=self.system,
                files=", ".join(unknown.mapped("name")), names=", ".join(o.name for o in self.objects)))
        for obj in self.objects:
            same = csv_files.filtered(lambda f, name=obj.name: f.object_name == name)
            if len(same) > 1:
                raise AdapterError(run.env._(
                    "%(files)s all hold %(object)s: upload one file per object (join the exports into one file, "
                    "or leave the older one out).", files=", ".join(same.mapped("name")), object=obj.label))
        limits = run.env["clientjoy.intrix.file"]._limits()
        rows = [0]
        for obj in self.objects:
            for file in csv_files.filtered(lambda f, name=obj.name: f.object_name == name):
                # streamed from the attachment's file: the rows are read while the caller consumes
                # the chunks, so the file is closed when the generator moves on (or is closed)
                handle = file._open()
                try:
                    reader = open_table(handle, name=file.name, limits=limits)
                    file.write({"encoding": reader.encoding, "delimiter": reader.delimiter,
                                "encoding_note": reader.encoding_note or False})
                    if reader.encoding_note:
                        run._log("%s: %s" % (file.name, reader.encoding_note))
                    with file._open() as raw:  # counted apart from the reader: the phase's evidence
                        self._note_source_count(run, obj, count_csv_records(raw, reader.encoding, reader.delimiter),
                                                run.env._("data lines of %(file)s (csv module)", file=file.name))
                    yield obj, reader.headers, self._counted(run, reader.chunks(run.chunk_size or 5000), limits, rows)
                finally:
                    handle.close()

    def _counted(self, run, chunks, limits, rows):
        """The chunks, refused once the run's files hold more rows together than the run's ceiling
        (``rows``: a one-item list, the count of the run so far)."""
        for chunk in chunks:
            rows[0] += len(chunk)
            if rows[0] > limits.max_rows_per_run:
                raise AdapterError(run.env._(
                    "The files of this run hold more than %(limit)s rows together (system parameter %(parameter)s).",
                    limit=limits.max_rows_per_run, parameter=limits.parameter("max_rows_per_run")))
            yield chunk

    def read_blob(self, run, path):
        wanted = (path or "").strip().lstrip("/").lower()
        for file in run.file_ids.filtered(lambda f: f.kind == "blob"):
            name = file.name.lower()
            if name == wanted or name.rsplit("/", 1)[-1] == wanted.rsplit("/", 1)[-1]:
                return file._content()
        return None
