"""Custom field definitions, owners, attachments and configuration-only objects."""
import hashlib
import mimetypes
import re
import unicodedata


from .base import EntityImporter, RecordError

FIELD_TYPES = {
    # source field type -> (ir.model.fields ttype)
    "text": "char", "string": "char", "char": "char", "textarea": "text", "long text": "text",
    "multiline": "text", "dropdown": "selection", "select": "selection", "picklist": "selection",
    "selection": "selection", "date": "date", "datetime": "datetime", "number": "float", "decimal": "float",
    "float": "float", "currency": "float", "integer": "integer", "checkbox": "boolean", "boolean": "boolean",
    "yes/no": "boolean", "url": "char", "email": "char", "phone": "char",
}


def ascii_slug(text):
    """``Število zaposlenih`` -> ``stevilo_zaposlenih``: accents folded, not dropped; a label with no
    Latin letter at all gets a stable short hash instead of an empty name."""
    text = (text or "").strip()
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "_", folded.lower()).strip("_")
    if not slug and text:
        slug = "f_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return slug


#: longest x_ field name the addon creates (PostgreSQL allows 63 bytes per column name)
FIELD_NAME_SIZE = 60


def custom_field_name(label, taken=()):
    """``x_cji_<slug>`` of a column label. A slug that does not fit is cut and ends with a hash of the
    whole label, so two long labels sharing their first 50 characters keep apart; a name in ``taken``
    (another column of the same object slugs alike: "E-mail 2" and "E mail 2") gets ``_2``, ``_3``..."""
    name = "x_cji_%s" % ascii_slug(label)
    if len(name) > FIELD_NAME_SIZE:
        digest = hashlib.sha1((label or "").strip().encode("utf-8")).hexdigest()[:8]
        name = "%s_%s" % (name[:FIELD_NAME_SIZE - 9].rstrip("_"), digest)
    base, count = name, 1
    while name in taken:
        count += 1
        name = "%s_%s" % (base[:FIELD_NAME_SIZE - 1 - len(str(count))], count)
    return name


def selection_key(option):
    return ascii_slug(option) or "value"


def selection_values(options):
    """[(key, label)] of a dropdown's options: one per distinct label, with distinct keys even when labels
    differ only by punctuation or case ("A-B" / "A/B" -> ``a_b`` / ``a_b_2``)."""
    result, keys = [], set()
    for option in dict.fromkeys(str(o).strip() for o in options or () if str(o).strip()):
        key, count = selection_key(option), 1
        while key in keys:
            count += 1
            key = "%s_%s" % (selection_key(option), count)
        keys.add(key)
        result.append((key, option))
    return result


class CustomFieldImporter(EntityImporter):
    """Creates manual ``x_cji_*`` fields (the Community equivalent of Studio) before any data lands."""

    entity = "custom_field"
    model = "ir.model.fields"

    def import_records(self, ctx, stagings):
        results = {}
        for staging in stagings:
            ctx.current = staging
            values = staging._values()
            model = ctx.adapter.custom_field_model(values["object"])
            if not model or model not in ctx.env:
                staging._mark_error(ctx.env._("Object '%s' has no Odoo model to hold custom fields", values["object"]))
                ctx.inventory("schema_gap", values["name"], ctx.env._("Custom field on unknown object %s", values["object"]),
                              ctx.env._("Create the field by hand on the right model if it is still needed."))
                continue
            ttype = FIELD_TYPES.get((values.get("type") or "").strip().lower())
            if not ttype:
                staging._mark_error(ctx.env._("Field type '%s' has no Odoo equivalent", values.get("type")))
                ctx.inventory("schema_gap", "%s.%s" % (values["object"], values["name"]),
                              ctx.env._("Type '%(type)s' on %(model)s", type=values.get("type"), model=model),
                              ctx.env._("Create a matching field by hand (Settings > Technical > Fields) and fill it."))
                continue
            options = values.get("options") or []
            if ttype == "selection" and not options:
                ttype = "char"
                ctx.warn(ctx.env._("Dropdown without options: created as a text field"))
            field = ctx.ensure_field(model, custom_field_name(values["name"]), ttype, values["name"], options, staging)
            results[staging.id] = field
        ctx.mark_imported(results)
        return results


class UserImporter(EntityImporter):
    """Source users are matched, never created here: the owner reconciliation tab provisions them."""

    entity = "user"
    model = "res.users"

    def import_records(self, ctx, stagings):
        results = {}
        for staging in stagings:
            email = (staging._values().get("email") or "").lower()
            user_id = ctx.owner_map.get(email)
            if user_id:
                results[staging.id] = ctx.env["res.users"].browse(user_id)
            else:
                staging.write({"state": "skipped", "message": ctx.env._("No Odoo user for %s (not referenced or reconciled "
                                                                 "to the fallback user)", email)})
        ctx.mark_imported(results, ctx.env._("Matched to an existing Odoo user"))
        return results


class AttachmentImporter(EntityImporter):
    entity = "attachment"
    model = "ir.attachment"

    def prepare(self, ctx, staging, values):
        from .activity import RELATED

        entity = RELATED.get((values.get("related_kind") or "").strip().lower())
        if not entity:
            raise RecordError(ctx.env._("Unknown related object '%s'", values.get("related_kind") or ""))
        res_id = ctx.resolve_ref(entity, values.get("related_ref"))
        if not res_id:
            raise RecordError(ctx.env._("%(object)s %(ref)s not found", object=values.get("related_kind"), ref=values.get("related_ref")))
        content = ctx.adapter.read_staged_blob(ctx.run, staging, values.get("path") or values["name"])
        if content is None:
            raise RecordError(ctx.env._("File '%s' is not in the upload", values.get("path") or values["name"]))
        return {
            "name": values["name"],
            "raw": content,
            "mimetype": values.get("mimetype") or mimetypes.guess_type(values["name"])[0] or "application/octet-stream",
            "res_model": ctx.adapter.entity_model(entity),
            "res_id": res_id,
        }


class InventoryImporter(EntityImporter):
    """Configuration that cannot migrate as data (integrations, templates...): the written inventory."""

    entity = "inventory"
    model = "clientjoy.intrix.inventory"

    def import_records(self, ctx, stagings):
        for staging in stagings:
            values = staging._values()
            details = "\n".join(filter(None, [values.get("status"), values.get("notes")]))
            category = ctx.adapter.inventory_category(staging.object_name)
            ctx.inventory(category, values["name"], details, ctx.adapter.inventory_recommendation(staging.object_name, values))
            staging.write({"state": "skipped", "message": ctx.env._("Configuration: listed in the written inventory")})
        return {}
