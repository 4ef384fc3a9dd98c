"""Which object (entity) an uploaded file holds: from its headers and values, the file name as one signal.

``guess_entity("priložnosti.csv", headers, rows)`` -> ``("lead", 0.93, "...why...")``. The content
signal proposes a field map for every candidate entity and measures how well the columns fill the keys
that are particular to it (a "Hours" column says working hours, an "E-mail" column says little); the
file name is read through the same vocabulary as headers (accents folded, dates, numbers and copy
suffixes such as "(3)" dropped), so "Deals-2025-01-01.csv" and "priložnosti.csv" name their object and
"export(3).csv" names none. Pure Python.
"""
import re

from .i18n import _
from .targets import ENTITIES
from . import map_proposer, vocabulary

# the notions of the term table that name each entity's records
ENTITY_NOTIONS = {
    "user": ("@user", "@owner", "@login"),
    "custom_field": ("@field",),
    "stage": ("@stage", "@pipeline"),
    "partner_company": ("@company",),
    "partner_person": ("@contact", "@person"),
    "lead": ("@opportunity", "@lead"),
    "project": ("@project",),
    "task": ("@task",),
    "activity": ("@activity",),
    "timesheet": ("@hours", "@time", "@duration"),
    "ticket": ("@ticket",),
    "attachment": ("@file",),
    "inventory": (),
}
#: the content decides alone above this margin over the runner-up; the file name breaks closer calls
CLEAR_MARGIN = 0.15
#: weight of how much of the entity the file fills against how much of the file the entity explains
#: (measured on bench/map_samples/dev)
WHOLE_WEIGHT = 0.2


def file_name_notions(file_name):
    """Notions a file name names ("Deals-2025-01-01.csv" -> ["@opportunity"]); [] for "export(3).csv"."""
    stem = (file_name or "").replace("\\", "/").rsplit("/", 1)[-1]
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", stem)  # extension
    stem = re.sub(r"\(\d+\)|\d+", " ", stem)  # dates, numbers, copy suffixes
    header = map_proposer._Header(stem)
    return [t for t in header.canon if t.startswith("@")]


def _file_name_entities(file_name, candidates):
    notions = file_name_notions(file_name)
    hits = {}
    for position, token in enumerate(notions):
        for entity in candidates:
            if set(map_proposer._notions(token)) & set(ENTITY_NOTIONS.get(entity, ())):
                # the last word of a name is its head ("contact_activities" are activities)
                hits[entity] = max(hits.get(entity, 0.0), 0.8 + 0.2 * (position == len(notions) - 1))
    return hits, notions


def _key_weights(candidates):
    """Weight of a key name: 1 / the number of candidate entities that have it (e-mail says little)."""
    counts = {}
    for entity in candidates:
        for key in ENTITIES[entity].keys:
            counts[key.key] = counts.get(key.key, 0) + 1
    return {name: 1.0 / n for name, n in counts.items()}


def _raw(proposal):
    return proposal.raw_score if proposal.raw_score is not None else proposal.confidence


def content_scores(headers, rows, candidates=None, id_sets=None):
    """{entity: fit 0..1} of the columns and values for every candidate entity.

    Mostly how much of the *file* the entity explains: the share of its columns the entity maps (by the
    proposer's raw scores), the same weighted by how particular each key is to the entity (an "Hours"
    column says working hours, an "E-mail" column says little), its required keys and the headers that
    name its records; a little of how much of the *entity* the file fills (a file carries only some of an
    object's keys, so this part would favour objects with few keys).
    """
    candidates = list(candidates or ENTITIES)
    weights = _key_weights(candidates)
    headers = list(headers)
    sample = list(rows or [])[:30]
    n = max(1, len(headers))
    scores = {}
    for entity in candidates:
        keys = ENTITIES[entity].keys
        proposals = map_proposer.propose(entity, headers, sample, id_sets=id_sets)
        mapped = [p for p in proposals if p.key]
        if not mapped:
            scores[entity] = 0.0
            continue
        share = sum(_raw(p) for p in mapped) / n
        particular = sum(weights[p.key] * _raw(p) for p in mapped) / n
        recall = sum(weights[p.key] * _raw(p) for p in mapped) / sum(weights[k.key] for k in keys)
        required = [k.key for k in keys if k.required]
        req = sum(1 for p in mapped if p.key in required) / len(required) if required else 1.0
        # the record's own object named in the headers ("Opportunity ID", "Ticket subject")
        named = sum(1 for h in headers if any(
            set(map_proposer._notions(t)) & set(ENTITY_NOTIONS.get(entity, ()))
            for t in map_proposer._Header(h).canon if t.startswith("@")))
        fit = (2 * share * recall / (share + recall)) if share + recall else 0.0
        whole = min(1.0, 0.7 * fit + 0.2 * req + 0.1 * min(1.0, named / 2.0) + 0.15 * fit * (named > 0))
        scores[entity] = min(1.0, WHOLE_WEIGHT * whole + (1 - WHOLE_WEIGHT) * (
            0.5 * share + 0.2 * particular + 0.1 * req + 0.1 * min(1.0, named / 2.0)) / 0.9)
    return scores


def guess_entity(file_name, headers, rows, candidates=None, id_sets=None):
    """(entity or None, confidence 0..1, reason) of one file.

    ``candidates``: the entities the source has (default: every entity). The content decides; the
    file name decides between close candidates and is said in the reason.
    """
    candidates = [c for c in (candidates or ENTITIES) if c in ENTITIES]
    by_name, notions = ({}, []) if not vocabulary.enabled("filename") else _file_name_entities(file_name, candidates)
    by_content = content_scores(headers, rows, candidates, id_sets) if headers else {}
    ranked = sorted(candidates, key=lambda e: -by_content.get(e, 0.0))
    if not ranked:
        return None, 0.0, _("no object to choose from")
    best = ranked[0]
    top = by_content.get(best, 0.0)
    second = by_content.get(ranked[1], 0.0) if len(ranked) > 1 else 0.0
    label = ENTITIES[best].label
    if by_name:
        named = max(by_name, key=lambda e: (by_name[e], by_content.get(e, 0.0)))
        named_content = by_content.get(named, 0.0)
        if named == best:
            return best, round(min(0.99, 0.6 + 0.4 * top + 0.1 * (top - second)), 2), _(
                "file name and columns both say %(object)s", object=label)
        if top - named_content < CLEAR_MARGIN or not by_content:
            return named, round(max(0.3, min(0.9, 0.5 + 0.5 * named_content - (top - named_content))), 2), _(
                "file name says %(named)s; the columns would fit %(content)s about as well",
                named=ENTITIES[named].label, content=label)
        return best, round(max(0.3, min(0.85, 0.4 + top - named_content)), 2), _(
            "columns say %(object)s although the file name suggests %(named)s",
            object=label, named=ENTITIES[named].label)
    if top <= 0.15:
        return None, 0.0, _("neither the file name nor the columns name an object")
    margin = top - second
    # a weak best fit is unsure however far ahead of the others; a clear lead over the runner-up helps
    confidence = round(max(0.05, min(0.95, top * (0.7 + 2 * margin))), 2)
    if len(ranked) < 2:  # a source with one object: nothing to tell it from
        return best, confidence, _("columns say %(object)s (%(first)d %%)", object=label, first=round(100 * top))
    if margin < CLEAR_MARGIN:
        return best, min(confidence, 0.6), _(
            "guessed from the columns: %(object)s (%(first)d %%), close to %(second_object)s (%(second)d %%); "
            "the file name names no object", object=label, first=round(100 * top),
            second_object=ENTITIES[ranked[1]].label, second=round(100 * second))
    return best, confidence, _("columns say %(object)s (%(first)d %%, next %(second_object)s %(second)d %%)",
                               object=label, first=round(100 * top), second_object=ENTITIES[ranked[1]].label,
                               second=round(100 * second))
