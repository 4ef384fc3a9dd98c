"""Custom field definitions, owners, attachments and configuration-only objects."""
import mimetypes


from .base import EntityImporter, RecordError
from .field_names import (  # noqa: F401  (the names the schema phase creates, used from here elsewhere)
    FIELD_NAME_SIZE, ascii_slug, custom_field_name, selection_key, selection_values)

FIELD_TYPES = {
    # source field type -> (ir.model.fields ttype)
    "text": "char", "string": "char", "char": "char", "textarea": "text", "long text": "text",
    "multiline": "text", "dropdown": "selection", "select": "selection", "picklist": "selection",
    "selection": "selection", "date": "date", "datetime": "datetime", "number": "float", "decimal": "float",
    "float": "float", "currency": "float", "integer": "integer", "checkbox": "boolean", "boolean": "boolean",
    "yes/no": "boolean", "url": "char", "email": "char", "phone": "char",
}


class CustomFieldImporter(EntityImporter):
    """Creates manual ``x_cji_*`` fields (the Community equivalent of Studio) before any data lands."""

    entity = "custom_field"
    model = "ir.model.fields"

    def prepare(self, ctx, staging, values):
        model = ctx.adapter.custom_field_model(values["object"])
        if not model or model not in ctx.env:
            ctx.inventory("schema_gap", values["name"], ctx.env._("Custom field on unknown object %s", values["object"]),
                          ctx.env._("Create the field by hand on the right model if it is still needed."))
            raise RecordError(ctx.env._("Object '%s' has no Odoo model to hold custom fields", values["object"]))
        ttype = FIELD_TYPES.get((values.get("type") or "").strip().lower())
        if not ttype:
            ctx.inventory("schema_gap", "%s.%s" % (values["object"], values["name"]),
                          ctx.env._("Type '%(type)s' on %(model)s", type=values.get("type"), model=model),
                          ctx.env._("Create a matching field by hand (Settings > Technical > Fields) and fill it."))
            raise RecordError(ctx.env._("Field type '%s' has no Odoo equivalent", values.get("type")))
        options = values.get("options") or []
        if ttype == "selection" and not options:
            ttype = "char"
            ctx.warn(ctx.env._("Dropdown without options: created as a text field"))
        # created (and ledgered) here, at once: the fields exist before any data of the run lands
        return ctx.ensure_field(model, custom_field_name(values["name"]), ttype, values["name"], options, staging)


class UserImporter(EntityImporter):
    """Source users are matched, never created here: the owner reconciliation tab provisions them."""

    entity = "user"
    model = "res.users"

    def _skip(self, ctx, staging):
        email = (staging._values().get("email") or "").lower()
        if ctx.owner_map.get(email):
            return False
        staging.write({"state": "skipped", "message": ctx.env._("No Odoo user for %s (not referenced or reconciled "
                                                                 "to the fallback user)", email)})
        return True

    def prepare(self, ctx, staging, values):
        ctx.warn(ctx.env._("Matched to an existing Odoo user"))
        return ctx.env["res.users"].browse(ctx.owner_map[(values.get("email") or "").lower()])


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

    def _skip(self, ctx, staging):
        values = staging._values()
        details = "\n".join(filter(None, [values.get("status"), values.get("notes")]))
        category = ctx.adapter.inventory_category(staging.object_name)
        ctx.inventory(category, values["name"], details, ctx.adapter.inventory_recommendation(staging.object_name, values))
        staging.write({"state": "skipped", "message": ctx.env._("Configuration: listed in the written inventory")})
        return True
