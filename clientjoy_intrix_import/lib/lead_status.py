"""A lead's lifecycle status, as sources write it, and what Odoo makes of it.

Odoo has no status field on a lead: the status decides the record's type and whether it is won or
lost. Besides the table, "won" and "lost" are read in every language of the map proposer's term table
(``gewonnen``, ``perdu``...). A status outside both is said on the staging record (never followed
silently).
"""
import re

from .vocabulary import terms, words

#: status word (lower case, blanks collapsed) -> (crm.lead type, won, lost)
LEAD_STATUSES = {
    "new": ("lead", False, False),
    "contacted": ("lead", False, False),
    "qualified": ("opportunity", False, False),
    "open": ("opportunity", False, False),
    "converted": ("opportunity", True, False),
    "won": ("opportunity", True, False),
    "closed won": ("opportunity", True, False),
    "lost": ("opportunity", False, True),
    "closed lost": ("opportunity", False, True),
}


def read_lead_status(text):
    """(type, won, lost) of a status text, or None when the word is not one Odoo can follow."""
    key = " ".join(re.sub(r"[_\-/]", " ", str(text or "")).lower().split())
    if key in LEAD_STATUSES:
        return LEAD_STATUSES[key]
    notion = terms()["vocab"].get("".join(words(key))) if key else None
    return {"@won": LEAD_STATUSES["won"], "@lost": LEAD_STATUSES["lost"]}.get(notion)


def apply_lead_status(values):
    """Set ``type`` / ``won`` / ``lost`` of staged lead ``values`` from their ``status`` (in place);
    returns the status read, or None (no status, or a word outside the table)."""
    status = read_lead_status(values.get("status"))
    if status:
        values["type"], won, lost = status
        if won:
            values["won"] = True
        if lost:
            values["lost"] = True
    return status
