"""The Clientjoy REST API contract, configurable in one place.

Clientjoy publishes no API specification, so every path, header name, query parameter name and field
name the connector relies on lives in :class:`ClientjoyContract`. :data:`DEFAULT_CONTRACT` describes the
API as documented in ``clientjoy-api.md``; an account that differs is handled with
:func:`build_contract` and a small dict of overrides (typically JSON stored on the Odoo connection
record), for example::

    build_contract({
        "base_url": "https://eu.clientjoy.io/api/v2",
        "endpoints": {"leads": "crm/leads"},
        "field_names": {"leads": {"email": "email_address"}},
    })

Records always reach the importer with the *canonical* field names of :data:`OBJECT_FIELDS`;
``field_names`` only says how the account spells them on the wire (see
:meth:`ClientjoyContract.to_canonical`). The client and the sandbox server share this module, so both
ends of a test speak the same (possibly overridden) dialect.

Pure Python: no Odoo import.
"""
import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from urllib.parse import quote

from .i18n import _

#: Object name -> endpoint path relative to the base URL.
DEFAULT_ENDPOINTS = {
    "users": "users",
    "pipelines": "pipelines",
    "leads": "leads",
    "customers": "customers",
    "custom_fields": "custom_fields",
    "invoices": "invoices",
    "proposals": "proposals",
    "activities": "activities",
    "appointments": "appointments",
    "booking_pages": "booking_pages",
    "documents": "documents",
    "templates": "templates",
    "sequences": "sequences",
    "forms": "forms",
    "portal": "portal",
    "esign_documents": "esign_documents",
}

#: Canonical field names per object. A dotted name ("pipelines.stages") describes the dicts nested
#: under that field of the parent object, so they can be renamed too.
OBJECT_FIELDS = {
    "users": ("id", "name", "email", "role", "active", "created_at", "updated_at"),
    "pipelines": ("id", "name", "stages", "created_at", "updated_at"),
    "pipelines.stages": ("id", "name", "sequence", "probability", "is_won", "is_lost"),
    "leads": ("id", "name", "first_name", "last_name", "email", "phone", "company_name", "street", "city",
              "zip", "country", "source", "status", "pipeline_id", "stage_id", "value", "currency", "score",
              "owner_id", "tags", "custom_fields", "created_at", "updated_at"),
    "customers": ("id", "type", "name", "company_name", "contact_name", "email", "phone", "billing_address",
                  "website", "vat", "owner_id", "lead_id", "custom_fields", "created_at", "updated_at"),
    "customers.billing_address": ("street", "city", "zip", "state", "country"),
    "custom_fields": ("id", "object", "key", "label", "type", "options", "created_at", "updated_at"),
    "invoices": ("id", "number", "customer_id", "issue_date", "due_date", "currency", "status", "recurring",
                 "line_items", "total", "amount_paid", "created_at", "updated_at"),
    "invoices.recurring": ("interval", "every", "next_date"),
    "invoices.line_items": ("description", "quantity", "unit_price", "tax_rate", "discount"),
    "proposals": ("id", "title", "customer_id", "lead_id", "status", "amount", "currency", "sent_at",
                  "accepted_at", "content_html", "created_at", "updated_at"),
    "activities": ("id", "type", "subject", "body", "lead_id", "customer_id", "owner_id", "starts_at", "ends_at",
                   "duration_minutes", "attendees", "status", "due_date", "direction", "created_at", "updated_at"),
    "appointments": ("id", "booking_page_id", "invitee_name", "invitee_email", "starts_at", "ends_at", "status",
                     "location", "meeting_link", "lead_id", "customer_id", "owner_id", "created_at", "updated_at"),
    "booking_pages": ("id", "name", "duration_minutes", "location", "availability", "created_at", "updated_at"),
    "documents": ("id", "name", "mime_type", "size", "lead_id", "customer_id", "proposal_id", "created_at",
                  "updated_at"),
    "templates": ("id", "name", "kind", "content_html", "merge_fields", "created_at", "updated_at"),
    "sequences": ("id", "name", "trigger", "steps", "created_at", "updated_at"),
    "sequences.steps": ("order", "delay_days", "subject", "body"),
    "forms": ("id", "name", "fields", "created_at", "updated_at"),
    "forms.fields": ("label", "type", "required", "maps_to"),
    "portal": ("domain", "branding", "css", "widgets", "updated_at"),
    "esign_documents": ("id", "name", "status", "signed_at", "created_at", "updated_at"),
}


@dataclass(frozen=True)
class ClientjoyContract:
    """Every name the connector uses to talk to the Clientjoy API."""

    base_url: str = "https://api.clientjoy.io/api/v1"
    # transport
    auth_header: str = "Authorization"
    auth_scheme: str = "Bearer"
    workspace_header: str = "X-Workspace-Id"
    # list endpoints: query parameters and the envelope of the answer
    page_param: str = "page"
    per_page_param: str = "per_page"
    updated_since_param: str = "updated_since"
    max_per_page: int = 100
    data_key: str = "data"
    meta_key: str = "meta"
    meta_page_key: str = "page"
    meta_per_page_key: str = "per_page"
    meta_total_key: str = "total"
    next_page_key: str = "next_page"
    # errors and rate limiting
    error_key: str = "error"
    plan_error_code: str = "plan_not_allowed"
    retry_after_header: str = "Retry-After"
    rate_limit_remaining_header: str = "X-RateLimit-Remaining"
    rate_limit_reset_header: str = "X-RateLimit-Reset"
    # paths, relative to base_url
    endpoints: dict = field(default_factory=lambda: dict(DEFAULT_ENDPOINTS))
    record_path: str = "{endpoint}/{id}"
    download_path: str = "documents/{id}/download"
    # a documents field holding the hex digest of the file, when the account has one ("" = none): the
    # download is then checked against it besides Content-Length and the declared size
    document_checksum_field: str = ""
    document_checksum_algorithm: str = "sha256"
    single_objects: tuple = ("portal",)
    # object fields: {object: {canonical name: name on the wire}}
    field_names: dict = field(default_factory=dict)

    def object_names(self):
        """Names of every object the contract knows, in endpoint order."""
        return list(self.endpoints)

    def is_single(self, object_name):
        """True when the endpoint answers one object instead of a paged list (the portal)."""
        return object_name in self.single_objects

    def endpoint(self, object_name):
        """Path of the list (or single-object) endpoint of ``object_name``."""
        try:
            return self.endpoints[object_name]
        except KeyError:
            raise ValueError(_(
                "Unknown Clientjoy object %(object)r; known objects: %(known)s",
                object=object_name, known=", ".join(self.endpoints))) from None

    def record(self, object_name, record_id):
        """Path of one record of ``object_name``."""
        return self.record_path.format(endpoint=self.endpoint(object_name), id=quote(str(record_id), safe=""))

    def download(self, document_id):
        """Path of the file bytes of a document."""
        return self.download_path.format(id=quote(str(document_id), safe=""))

    def url(self, path, base_url=None):
        """Absolute URL of ``path`` below ``base_url`` (default: the contract's)."""
        return "%s/%s" % ((base_url or self.base_url).rstrip("/"), path.lstrip("/"))

    def to_canonical(self, object_name, record):
        """Return ``record`` (as sent by the account) with the canonical field names."""
        return self._rename(object_name, record, reverse=True)

    def to_remote(self, object_name, record):
        """Return ``record`` (canonical) with the field names the account uses on the wire."""
        return self._rename(object_name, record, reverse=False)

    def _rename(self, path, record, reverse):
        if not isinstance(record, dict):
            return record
        names = self.field_names.get(path, {})
        if reverse:
            names = {remote: canonical for canonical, remote in names.items()}
        result = {}
        for key, value in record.items():
            new_key = names.get(key, key)
            child = "%s.%s" % (path, new_key if reverse else key)
            if child in OBJECT_FIELDS:
                if isinstance(value, list):
                    value = [self._rename(child, item, reverse) for item in value]
                else:
                    value = self._rename(child, value, reverse)
            result[new_key] = value
        return result

    def to_dict(self):
        """The contract as a JSON-serialisable dict (what an admin edits and :func:`build_contract` reads)."""
        data = dataclasses.asdict(self)
        data["single_objects"] = list(self.single_objects)
        return data


DEFAULT_CONTRACT = ClientjoyContract()


def build_contract(overrides=None, base=DEFAULT_CONTRACT):
    """Build a contract from ``base`` and ``overrides``.

    :param overrides: a dict or a JSON string (falsy: no change). ``endpoints`` and ``field_names``
        are merged into the base values (per object for ``field_names``); every other key replaces
        the base value.
    :raises ValueError: with a message an admin can act on, for unknown settings, objects or fields
        and for values of the wrong type.
    """
    if not overrides:
        return base
    if isinstance(overrides, str):
        try:
            overrides = json.loads(overrides)
        except ValueError as exc:
            raise ValueError(_("The Clientjoy contract overrides are not valid JSON: %s", exc)) from None
    if not isinstance(overrides, dict):
        raise ValueError(_("The Clientjoy contract overrides must be a JSON object, not %s",
                           type(overrides).__name__))
    settings = {f.name: f for f in dataclasses.fields(ClientjoyContract)}
    unknown = sorted(set(overrides) - set(settings))
    if unknown:
        raise ValueError(_("Unknown Clientjoy contract setting(s): %(unknown)s. Known settings: %(known)s",
                           unknown=", ".join(unknown), known=", ".join(settings)))
    changes = {}
    for name, value in overrides.items():
        current = getattr(base, name)
        if name == "endpoints":
            changes[name] = dict(current, **_check_mapping(name, value))
        elif name == "field_names":
            changes[name] = _merge_field_names(current, value)
        elif name == "single_objects":
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise ValueError(_("Clientjoy contract setting single_objects must be a list of object names"))
            changes[name] = tuple(value)
        elif isinstance(current, int) and not isinstance(current, bool):
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(_("Clientjoy contract setting %(name)s must be a positive integer, not %(value)r",
                                   name=name, value=value))
            changes[name] = value
        elif name == "document_checksum_field" and isinstance(value, str):
            changes[name] = value.strip()  # optional: "" = the account declares no checksum
        elif name == "document_checksum_algorithm" and value not in hashlib.algorithms_guaranteed:
            raise ValueError(_("Clientjoy contract setting %(name)s must be one of %(known)s, not %(value)r",
                               name=name, known=", ".join(sorted(hashlib.algorithms_guaranteed)), value=value))
        else:
            if not isinstance(value, str) or not value.strip():
                raise ValueError(_("Clientjoy contract setting %(name)s must be a non-empty text, not %(value)r",
                                   name=name, value=value))
            changes[name] = value
    for template, placeholders in (("record_path", ("{endpoint}", "{id}")), ("download_path", ("{id}",))):
        value = changes.get(template, getattr(base, template))
        missing = [p for p in placeholders if p not in value]
        if missing:
            raise ValueError(_("Clientjoy contract setting %(name)s must contain %(placeholders)s",
                               name=template, placeholders=_(" and ").join(missing)))
    return dataclasses.replace(base, **changes)


def _check_mapping(name, value):
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) and v
                                              for k, v in value.items()):
        raise ValueError(_("Clientjoy contract setting %s must map names to non-empty texts", name))
    return value


def _merge_field_names(current, value):
    _check_mapping_of_mappings(value)
    merged = {path: dict(names) for path, names in current.items()}
    for path, names in value.items():
        if path not in OBJECT_FIELDS:
            raise ValueError(_("Clientjoy contract field_names: unknown object %(object)r; known: %(known)s",
                               object=path, known=", ".join(OBJECT_FIELDS)))
        unknown = sorted(set(names) - set(OBJECT_FIELDS[path]))
        if unknown:
            raise ValueError(_("Clientjoy contract field_names[%(object)r]: unknown field(s) %(unknown)s; known: %(known)s",
                               object=path, unknown=", ".join(unknown), known=", ".join(OBJECT_FIELDS[path])))
        merged.setdefault(path, {}).update(names)
    return merged


def _check_mapping_of_mappings(value):
    if not isinstance(value, dict):
        raise ValueError(_("Clientjoy contract setting field_names must map objects to {field: name} objects"))
    for path, names in value.items():
        _check_mapping("field_names[%r]" % path, names)
