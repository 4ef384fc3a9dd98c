"""Odoo's own labels of the fields the import writes, in every language installed in the database.

They widen the map proposer's vocabulary (``propose(field_labels=...)``): a database with Croatian
installed knows what Croatian headers the fields have, whatever .po files the Odoo source ships.
"""
from ..lib.targets import ENTITIES
from ..lib.vocabulary import target_field


def installed_field_labels(env):
    """{(model, field): [label, ...]} of every target field, one label per installed language."""
    wanted = {target_field(key.target) for entity in ENTITIES.values() for key in entity.keys} - {None}
    if not wanted:
        return {}
    env.cr.execute("SELECT model, name, field_description FROM ir_model_fields WHERE (model, name) IN %s",
                   (tuple(wanted),))
    labels = {}
    for model, name, description in env.cr.fetchall():
        values = description.values() if isinstance(description, dict) else [description]
        labels[(model, name)] = sorted({v for v in values if v})
    return labels
