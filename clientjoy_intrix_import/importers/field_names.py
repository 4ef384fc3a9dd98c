"""Names of what the schema phase creates: ``x_cji_*`` custom fields and the keys of their dropdown options."""
import hashlib
import re
import unicodedata


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
