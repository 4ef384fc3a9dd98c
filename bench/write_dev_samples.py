#!/usr/bin/env python3
"""Write the generated dev map samples (bench/map_samples/dev/g_*, v_* ... z_*, t_*, u_*, s_*: .csv + .expected.json).

    python bench/write_dev_samples.py

The samples are exports as CRM tools and hand-kept spreadsheets write them, from the author's knowledge
of those tools and languages (dev_sample_specs.py: headers, expected keys, value kinds), with invented
values (dev_sample_data.py; phone numbers checked by libphonenumber, VAT numbers by python-stdnum).
They were written before the proposer was run on them. Seeded: the same specs give the same files.
Dev only: the proposer may be tuned on them; the held-out set is never generated or read here.
"""
import datetime
import json
import os
import random
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dev_sample_data import L  # noqa: E402
from dev_sample_data4 import L4  # noqa: E402
from dev_sample_data5 import L5  # noqa: E402
from dev_sample_data6 import L6  # noqa: E402
from dev_sample_specs import SPECS  # noqa: E402
from dev_sample_specs2 import SPECS as SPECS2  # noqa: E402
from dev_sample_specs3 import SPECS as SPECS3  # noqa: E402
from dev_sample_specs4 import SPECS as SPECS4  # noqa: E402
from dev_sample_specs5 import SPECS as SPECS5  # noqa: E402
from dev_sample_specs6 import SPECS as SPECS6  # noqa: E402
from dev_sample_specs7 import SPECS as SPECS7  # noqa: E402
from dev_sample_specs8 import SPECS as SPECS8  # noqa: E402
from dev_sample_specs9 import SPECS as SPECS9  # noqa: E402

L = dict(L, **L4, **L5)
# the sixth batch adds word lists to languages the first batch has
L = dict(L, **{lang: dict(L[lang], **extra) for lang, extra in L6.items()})

OUT = os.path.join(HERE, "map_samples", "dev")
#: (specs, file name prefix): the first batch, then the second to ninth ones, each written to check
#: the tuning on the batches before it
BATCHES = ((SPECS, "g_"), (SPECS2, "v_"), (SPECS3, "w_"), (SPECS4, "x_"), (SPECS5, "y_"), (SPECS6, "z_"),
           (SPECS7, "t_"), (SPECS8, "u_"), (SPECS9, "s_"))

try:
    import phonenumbers
except ImportError:  # the project venv has it
    phonenumbers = None
try:
    from stdnum import get_cc_module
except ImportError:
    get_cc_module = None

_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
                  ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t",
                   "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y"]))
_SPECIAL = {"ß": "ss", "đ": "d", "ł": "l", "ø": "o", "æ": "ae", "ı": "i", "ş": "s", "ğ": "g"}


def ascii_fold(text):
    text = "".join(_GREEK.get(ch, _SPECIAL.get(ch, ch)) for ch in text.lower())
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def slug(text, sep=""):
    return sep.join(w for w in "".join(ch if ch.isalnum() else " " for ch in ascii_fold(text)).split())


# ------------------------------------------------------------------------------------------ values
VAT_SHAPES = {  # country: (prefix, digits, suffix) as the VAT is written with its prefix
    "US": None, "GB": ("GB", 9, ""), "DE": ("DE", 9, ""), "FR": ("FR", 11, ""), "IT": ("IT", 11, ""),
    "ES": ("ESB", 8, ""), "PT": ("PT", 9, ""), "NL": ("NL", 9, "B01"), "PL": ("PL", 10, ""), "CZ": ("CZ", 8, ""),
    "SK": ("SK", 10, ""), "SI": ("SI", 8, ""), "HR": ("HR", 11, ""), "RS": ("", 9, ""), "HU": ("HU", 8, ""),
    "RO": ("RO", 8, ""), "SE": ("SE", 10, "01"), "DK": ("DK", 8, ""), "FI": ("FI", 8, ""), "NO": ("NO", 9, "MVA"),
    "TR": ("", 10, ""), "GR": ("EL", 9, ""),
    "BR": ("", 14, ""), "CH": ("CHE", 9, ""), "RU": ("", 10, ""), "UA": ("", 8, ""), "IL": ("", 9, ""),
    "KR": ("", 10, ""), "JP": ("", 13, ""), "CA": ("", 9, ""), "MX": None, "CN": None, "AE": ("", 15, ""),
    "BG": ("BG", 9, ""), "EE": ("EE", 9, ""), "LV": ("LV", 11, ""), "LT": ("LT", 9, ""), "ID": ("", 15, ""), "VN": ("", 10, ""),
}
STDNUM = {"GR": ("gr", "vat"), "RS": ("rs", "pib"), "TR": ("tr", "vkn"), "NO": ("no", "mva"), "BR": ("br", "cnpj"),
          "CH": ("ch", "uid"), "RU": ("ru", "inn"), "UA": ("ua", "edrpou"), "IL": ("il", "hp"), "KR": ("kr", "brn"),
          "JP": ("jp", "cn"), "CA": ("ca", "bn"), "AE": ("ae", "vat"),
          "ID": ("id", "npwp"), "VN": ("vn", "mst")}
CURRENCY = {"US": "USD", "GB": "GBP", "PL": "PLN", "CZ": "CZK", "HU": "HUF", "RO": "RON", "SE": "SEK", "DK": "DKK",
            "NO": "NOK", "RS": "RSD", "TR": "TRY", "HR": "EUR", "BR": "BRL", "MX": "MXN", "CH": "CHF", "CA": "CAD",
            "JP": "JPY", "CN": "CNY", "KR": "KRW", "AE": "AED", "IL": "ILS", "RU": "RUB", "UA": "UAH",
            "BG": "BGN", "ID": "IDR", "VN": "VND"}
DIRECTION = {"en": "Inbound|Outbound", "de": "Eingehend|Ausgehend", "fr": "Entrant|Sortant", "it": "In entrata|In uscita",
             "es": "Entrante|Saliente", "pt": "Recebida|Efetuada", "nl": "Inkomend|Uitgaand", "pl": "Przychodzące|Wychodzące",
             "cs": "Příchozí|Odchozí", "sk": "Prichádzajúci|Odchádzajúci", "sl": "Dohodni|Odhodni", "hr": "Dolazni|Odlazni",
             "sr": "Dolazni|Odlazni", "hu": "Bejövő|Kimenő", "ro": "Primit|Efectuat", "sv": "Inkommande|Utgående",
             "da": "Indgående|Udgående", "fi": "Saapuva|Lähtevä", "no": "Innkommende|Utgående", "tr": "Gelen|Giden",
             "el": "Εισερχόμενη|Εξερχόμενη"}
PERSON_KIND = {"en": "Company|Individual", "de": "Unternehmen|Privatperson", "fr": "Société|Particulier",
               "it": "Azienda|Privato", "es": "Empresa|Particular", "pt": "Empresa|Particular", "nl": "Bedrijf|Particulier",
               "pl": "Firma|Osoba prywatna", "cs": "Firma|Fyzická osoba", "sk": "Firma|Fyzická osoba",
               "sl": "Podjetje|Fizična oseba", "hr": "Tvrtka|Fizička osoba", "sr": "Pravno lice|Fizičko lice",
               "hu": "Cég|Magánszemély", "ro": "Persoană juridică|Persoană fizică", "sv": "Företag|Privatperson",
               "da": "Virksomhed|Privat", "fi": "Yritys|Yksityishenkilö", "no": "Bedrift|Privatperson",
               "tr": "Kurumsal|Bireysel", "el": "Εταιρεία|Ιδιώτης"}
INTERVAL = {"en": "month|year|week", "de": "Monat|Jahr|Woche", "fr": "mois|an|semaine", "it": "mese|anno|settimana",
            "es": "mes|año|semana", "pt": "mês|ano|semana", "nl": "maand|jaar|week", "pl": "miesiąc|rok|tydzień",
            "cs": "měsíc|rok|týden", "sl": "mesec|leto|teden", "hu": "hónap|év|hét", "sv": "månad|år|vecka"}
MIMES = ["application/pdf", "image/png", "image/jpeg", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/plain"]
EXT = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg", "text/plain": "txt",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
       "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx"}
FILE_STEMS = {"en": "Contract|Offer|Invoice|Photo|Minutes|Specification", "de": "Vertrag|Angebot|Rechnung|Foto|Protokoll|Lastenheft",
              "fr": "Contrat|Devis|Facture|Photo|Compte-rendu|Cahier des charges", "es": "Contrato|Presupuesto|Factura|Foto|Acta|Pliego",
              "pl": "Umowa|Oferta|Faktura|Zdjęcie|Protokół|Specyfikacja", "sv": "Avtal|Offert|Faktura|Foto|Protokoll|Kravspec",
              "hu": "Szerződés|Ajánlat|Számla|Fotó|Jegyzőkönyv|Specifikáció", "it": "Contratto|Preventivo|Fattura|Foto|Verbale|Capitolato",
              "nl": "Contract|Offerte|Factuur|Foto|Notulen|Specificatie", "cs": "Smlouva|Nabídka|Faktura|Foto|Zápis|Specifikace",
              "sl": "Pogodba|Ponudba|Račun|Fotografija|Zapisnik|Specifikacija", "pt": "Contrato|Proposta|Fatura|Foto|Ata|Caderno de encargos"}


def words(loc, key):
    # the word lists a language of the fourth batch does not have are taken from English
    return (loc[key] if key in loc else L["en"][key]).split("|")


def latin(loc, key, value):
    """How a name of a non-Latin script is written in an e-mail address or a domain ("first_lat")."""
    if key + "_lat" not in loc:
        return value
    return words(loc, key + "_lat")[words(loc, key).index(value)]


class Ctx:
    """Values of one file: its locale, its options, counters and the rows' people and companies."""

    def __init__(self, spec, rng, registry):
        self.spec = spec
        self.lang = spec["lang"]
        self.loc = L[spec.get("locale") or self.lang]
        self.words_lang = spec.get("words") or ("en" if self.lang == "gb" else self.lang)
        self.wl = L[self.words_lang]
        self.rng = rng
        self.registry = registry
        self.opts = spec.get("opts", {})
        self.seq = {}
        self.owners = []
        for _ in range(3):
            first, last = rng.choice(words(self.loc, "first")), rng.choice(words(self.loc, "last"))
            self.owners.append({"name": self.full(first, last), "email": "%s.%s@%s" % (
                slug(latin(self.loc, "first", first)), slug(latin(self.loc, "last", last), "-"), spec.get("own_domain", "firma-crm." + self.loc["tld"].split(".")[-1])),
                "id": str(rng.randint(10000, 99999))})

    # ---------------------------------------------------------------------------------- helpers
    def full(self, first, last):
        if self.lang in ("ja", "zh"):
            return last + first
        return "%s %s" % (last, first) if self.lang in ("hu", "ko", "vi") else "%s %s" % (first, last)

    def pick(self, key):
        return self.rng.choice(words(self.wl, key))

    def date(self, with_time=False, fmt=None):
        day = datetime.date(2023, 1, 1) + datetime.timedelta(days=self.rng.randint(0, 900))
        fmt = fmt or self.opts.get("date") or self.loc["date"]
        if fmt == "iso":
            text = day.isoformat()
        else:
            text = (fmt.replace("YYYY", "%04d" % day.year).replace("MM", "%02d" % day.month)
                    .replace("DD", "%02d" % day.day).replace("M", str(day.month)).replace("D", str(day.day)))
            # "M"/"D" replaced after "MM"/"DD": the padded forms are already digits
        if with_time:
            hour, minute = self.rng.randint(7, 18), self.rng.choice((0, 15, 30, 45))
            tfmt = self.opts.get("time", "HH:MM")
            if tfmt == "T":
                return "%sT%02d:%02d:00Z" % (day.isoformat(), hour, minute)
            if tfmt == "Tms":
                return "%sT%02d:%02d:00.000+0000" % (day.isoformat(), hour, minute)
            if tfmt == "HH:MM:SS":
                return "%s %02d:%02d:00" % (text, hour, minute)
            if tfmt == "ampm":
                return "%s %d:%02d %s" % (text, (hour - 1) % 12 + 1, minute, "AM" if hour < 12 else "PM")
            return "%s %02d:%02d" % (text, hour, minute)
        return text

    def amount(self, low=500, high=90000, style=None):
        value = self.rng.randint(low, high) * (1 if self.rng.random() < 0.5 else 10) / 10
        style = style or self.opts.get("amount", "locale")
        if style == "plain":
            return ("%.2f" % value) if self.rng.random() < 0.7 else str(int(value))
        if style == "int":
            return str(int(value))
        dec, grp = self.loc["dec"], self.loc["grp"]
        whole, frac = ("%.2f" % value).split(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        text = grp.join(groups) + dec + frac
        if style == "cur":
            cur = CURRENCY.get(self.loc["cc"], "EUR")
            sign = {"EUR": "€", "USD": "$", "GBP": "£"}.get(cur, cur)
            return ("%s%s" % (sign, text)) if sign in "$£" else "%s %s" % (text, sign)
        return text

    def phone(self, mobile=False, style=None):
        region = self.loc["cc"]
        style = style or self.opts.get("phone") or ("intl" if self.rng.random() < 0.4 else "nat")
        if phonenumbers is None:
            return "+%d %d" % (self.rng.randint(30, 49), self.rng.randint(1000000, 9999999))
        kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, kind)
        # from the E.164 form: it keeps a national leading zero (Italian landlines "02 ...")
        e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
        for _ in range(50):
            number = phonenumbers.parse(e164[:-4] + "%04d" % self.rng.randint(0, 9999))
            if phonenumbers.is_valid_number(number):
                break
        fmt = phonenumbers.PhoneNumberFormat.INTERNATIONAL if style == "intl" else (
            phonenumbers.PhoneNumberFormat.E164 if style == "e164" else phonenumbers.PhoneNumberFormat.NATIONAL)
        return phonenumbers.format_number(number, fmt)

    def vat(self, national=False):
        cc = self.loc["cc"]
        shape = VAT_SHAPES.get(cc)
        if not shape:
            return "%02d-%07d" % (self.rng.randint(10, 99), self.rng.randint(0, 9999999))  # US EIN
        prefix, n, suffix = shape
        module = None
        if get_cc_module:
            country, name = STDNUM.get(cc, (cc.lower(), "vat"))
            try:
                module = get_cc_module(country, name)
            except Exception:
                module = None
        body = None
        for _ in range(3000):
            body = "".join(str(self.rng.randint(0, 9)) for _ in range(n))
            if prefix.startswith("ES"):
                body = body[:7] + str(self.rng.randint(0, 9))
            candidate = prefix + body + suffix
            if module is None:
                break
            try:
                module.validate(candidate)
                break
            except Exception:
                continue
        if national or not prefix:
            if cc == "HU":
                return "%s-%d-%02d" % (body, self.rng.randint(1, 5), self.rng.randint(2, 44))
            return body
        if cc == "NO":
            return "NO %s %s %s MVA" % (body[:3], body[3:6], body[6:])
        return prefix + body + suffix

    def next_id(self, style, name="ref"):
        # every file numbers from its own base: unrelated files of one tool do not share ids by chance
        counter = self.seq.setdefault(name, self.rng.randint(1, 900) if style.startswith("pfx:") else self.rng.randint(1000, 90000))
        self.seq[name] = counter + self.rng.randint(1, 3)
        if style == "seq":
            return str(counter)
        if style == "row":
            self.seq[name] = self.seq.get(name + "_row", 0) + 1
            self.seq[name + "_row"] = self.seq[name]
            return str(self.seq[name])
        if style == "hs":
            return str(5000000000 + counter * 7919)
        if style.startswith("sf"):  # Salesforce 18-character id with its object prefix
            chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            return style[2:] + "5g00000" + "".join(self.rng.choice(chars) for _ in range(8))
        if style == "uuid":
            return "%08x-%04x-4%03x-a%03x-%012x" % tuple(self.rng.getrandbits(b) for b in (32, 16, 12, 12, 48))
        if style.startswith("pfx:"):  # "pfx:ORG-####"
            pattern = style[4:]
            width = pattern.count("#")
            return pattern.replace("#" * width, "%0*d" % (width, counter))
        if style == "zoho":
            return "zcrm_%d" % (4876000000000000 + counter * 1031)
        if style == "odoo":
            return "__export__.%s_%d_%s" % (self.opts.get("model", "res_partner"), counter, "%08x" % self.rng.getrandbits(32))
        return str(counter)


def row_context(ctx):
    rng, loc = ctx.rng, ctx.loc
    first, last = rng.choice(words(loc, "first")), rng.choice(words(loc, "last"))
    stem, form = rng.choice(words(loc, "cstems")), rng.choice(words(loc, "forms"))
    if "cstems_lat" in loc:
        domain = "%s.%s" % (latin(loc, "cstems", stem), loc["tld"])
    else:
        domain = "%s.%s" % (slug(stem.split()[-1] if len(stem.split()) > 1 and rng.random() < 0.5 else stem, "-"), loc["tld"])
    city_zip = rng.choice(words(loc, "cities"))
    city, zip_code = city_zip.split(":")
    cities = words(loc, "cities")
    state = words(loc, "states")[cities.index(city_zip)] if "states" in loc else ""
    street = loc["sfmt"].format(s=rng.choice(words(loc, "streets")), n=rng.randint(1, 140))
    try:
        from babel import Locale
        lang = ctx.spec.get("country_lang") or ("en" if ctx.lang == "gb" else ctx.lang)
        country = Locale.parse({"no": "nb", "sr": "sr_Latn"}.get(lang, lang)).territories[loc["cc"]]
    except Exception:
        country = loc["cc"]
    owner = rng.choice(ctx.owners)
    return {
        "first": first, "last": last, "full": ctx.full(first, last),
        "email": "%s.%s@%s" % (slug(latin(loc, "first", first)), slug(latin(loc, "last", last), "-"), domain),
        "company": "%s %s" % (stem, form), "domain": domain, "website": rng.choice(("www.", "https://www.", "")) + domain,
        "cemail": rng.choice(("info", "office", "sales", "kontakt" if ctx.lang not in ("en", "gb") else "hello")) + "@" + domain,
        "street": street, "city": city, "zip": zip_code, "state": state, "country": country, "cc": loc["cc"],
        "owner": owner,
    }


# generators: name -> function(ctx, row, arg)
def _fk(ctx, row, arg):
    group, entity = arg.split("/")
    ids = ctx.registry.get((group, entity))
    return ctx.rng.choice(sorted(ids)) if ids else str(ctx.rng.randint(1, 99))


GEN = {
    "first": lambda c, r, a: r["first"], "last": lambda c, r, a: r["last"], "full": lambda c, r, a: r["full"],
    "lastfirst": lambda c, r, a: "%s, %s" % (r["last"], r["first"]),
    "email": lambda c, r, a: r["email"], "cemail": lambda c, r, a: r["cemail"],
    "phone": lambda c, r, a: c.phone(False, a or None), "mobile": lambda c, r, a: c.phone(True, a or None),
    "company": lambda c, r, a: r["company"], "domain": lambda c, r, a: r["domain"], "website": lambda c, r, a: r["website"],
    "street": lambda c, r, a: r["street"], "city": lambda c, r, a: r["city"], "zip": lambda c, r, a: r["zip"],
    "state": lambda c, r, a: r["state"], "country": lambda c, r, a: r["country"], "cc": lambda c, r, a: r["cc"],
    "address": lambda c, r, a: "%s, %s %s" % (r["street"], r["zip"], r["city"]),
    "vat": lambda c, r, a: c.vat(national=a == "nat"),
    "regno": lambda c, r, a: str(c.rng.randint(10000000, 99999999)),
    "oemail": lambda c, r, a: r["owner"]["email"], "oname": lambda c, r, a: r["owner"]["name"],
    "oid": lambda c, r, a: r["owner"]["id"],
    "ologin": lambda c, r, a: r["owner"]["email"].split("@")[0].replace(".", ""),
    "date": lambda c, r, a: c.date(False, a or None), "dt": lambda c, r, a: c.date(True, a or None),
    "time": lambda c, r, a: "%02d:%02d" % (c.rng.randint(7, 18), c.rng.choice((0, 15, 30, 45))),
    "amount": lambda c, r, a: c.amount(style=a or None), "money": lambda c, r, a: c.amount(10, 3000, a or None),
    "currency": lambda c, r, a: CURRENCY.get(c.loc["cc"], "EUR") if c.rng.random() < 0.8 else c.rng.choice(("EUR", "USD", "CHF")),
    "int": lambda c, r, a: str(c.rng.randint(*map(int, (a or "1-500").split("-")))),
    "pct": lambda c, r, a: str(c.rng.choice((10, 20, 25, 40, 50, 60, 75, 80, 90, 100))) + (a or ""),
    "hours": lambda c, r, a: (("%d:%02d" % (c.rng.randint(0, 8), c.rng.choice((0, 15, 30, 45)))) if a == "hm" else
                              ("%d:%02d:00" % (c.rng.randint(0, 8), c.rng.choice((0, 15, 30, 45)))) if a == "hms" else
                              ("%.2f" % (c.rng.randint(1, 32) / 4)).replace(".", c.loc["dec"] if a != "dot" else ".")),
    "minutes": lambda c, r, a: str(c.rng.choice((5, 10, 15, 20, 30, 45, 60, 90))),
    "seconds": lambda c, r, a: str(c.rng.randint(30, 3600)),
    "w": lambda c, r, a: c.pick(a), "lit": lambda c, r, a: a, "choice": lambda c, r, a: c.rng.choice(a.split("/")),
    "yes": lambda c, r, a: c.rng.choice((c.wl["yes"], c.wl["no"])),
    "bool": lambda c, r, a: c.rng.choice({"tf": ("true", "false"), "TF": ("TRUE", "FALSE"), "10": ("1", "0"),
                                         "Tf": ("True", "False"), "x": ("x", "")}.get(a or "tf")),
    "notes": lambda c, r, a: c.pick("notes"), "deal": lambda c, r, a: "%s – %s" % (r["company"].split()[0], c.pick("deal_words")),
    "dealname": lambda c, r, a: c.pick("deal_words") + " " + r["company"].split()[-2 if len(r["company"].split()) > 2 else 0],
    "task": lambda c, r, a: c.pick("task_words"), "ticket": lambda c, r, a: c.pick("ticket_words"),
    "project": lambda c, r, a: "%s %s" % (c.pick("project_words"), r["company"].split()[-2 if len(r["company"].split()) > 2 else 0]),
    "tags": lambda c, r, a: c.rng.choice(("VIP", "Newsletter", "Partner", "", "VIP, Partner", "Webinar", "Q%d" % c.rng.randint(1, 4))),
    "emails": lambda c, r, a: ", ".join(o["email"] for o in c.rng.sample(c.owners, c.rng.randint(1, 2))) + (", " + r["email"] if c.rng.random() < 0.5 else ""),
    "names": lambda c, r, a: ", ".join(o["name"] for o in c.rng.sample(c.owners, c.rng.randint(1, 2))),
    "dir": lambda c, r, a: c.rng.choice(DIRECTION.get(c.words_lang, DIRECTION["en"]).split("|")),
    "kind": lambda c, r, a: c.rng.choice(PERSON_KIND.get(c.words_lang, PERSON_KIND["en"]).split("|")),
    "interval": lambda c, r, a: c.rng.choice(INTERVAL.get(c.words_lang, INTERVAL["en"]).split("|")),
    "mime": lambda c, r, a: r.setdefault("mime", c.rng.choice(MIMES)),
    "ext": lambda c, r, a: EXT[r.setdefault("mime", c.rng.choice(MIMES))],
    "file": lambda c, r, a: r.setdefault("file", "%s_%s.%s" % (c.rng.choice(FILE_STEMS.get(c.words_lang, FILE_STEMS["en"]).split("|")),
                                                                slug(r["company"].split()[0], "_").title(),
                                                                EXT[r.setdefault("mime", c.rng.choice(MIMES))])),
    "path": lambda c, r, a: "%s/%s" % (a or "files", r.get("file") or GEN["file"](c, r, "")),
    "size": lambda c, r, a: str(c.rng.randint(12000, 4800000)),
    "url": lambda c, r, a: "https://%s/%s" % (a or "app.example.com", "".join(c.rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(10))),
    "meet": lambda c, r, a: c.rng.choice(("https://zoom.us/j/%d" % c.rng.randint(10 ** 9, 10 ** 10 - 1),
                                          "https://meet.google.com/%s-%s-%s" % tuple("".join(c.rng.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(n)) for n in (3, 4, 3)),
                                          "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%d" % c.rng.randint(10 ** 8, 10 ** 9))),
    "place": lambda c, r, a: c.rng.choice(("Zoom", "Google Meet", "Microsoft Teams", r["street"] + ", " + r["city"], r["city"])),
    "tz": lambda c, r, a: c.rng.choice(("Europe/Berlin", "Europe/Ljubljana", "Europe/Paris", "America/New_York", "Europe/London")),
    "id": lambda c, r, a: c.next_id(a or "seq", "id_" + (a or "seq")),
    "fk": _fk, "empty": lambda c, r, a: "",
    "seqno": lambda c, r, a: c.next_id("row", "seqno"),
    "apiname": lambda c, r, a: slug(r.get("label") or c.pick("departments"), "_") + ("__c" if a == "sf" else ""),
    "options": lambda c, r, a: a.join(c.rng.sample(words(c.wl, "priority"), 3)) if a else "; ".join(c.rng.sample(words(c.wl, "priority"), 3)),
    "label": lambda c, r, a: r.setdefault("label", c.rng.choice(("%s 2" % c.pick("departments"), c.pick("industries"),
                                                                "%s (%s)" % (c.pick("sources"), c.pick("priority")), c.pick("functions")))),
    "rating": lambda c, r, a: c.rng.choice(("Hot", "Warm", "Cold")),
    # a Mexican RFC of a company: three letters, the founding date, three characters
    "rfc": lambda c, r, a: "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "%02d%02d%02d" % (
        c.rng.randint(0, 99), c.rng.randint(1, 12), c.rng.randint(1, 28)) + "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3)),
}

# the generator of a key when the spec names none (entity, key) or key
DEFAULTS = {
    "ref": "id", "first_name": "first", "last_name": "last", "contact_name": "full", "title": "w:titles",
    "function": "w:functions", "email": "email", "phone": "phone", "website": "website", "street": "street",
    "city": "city", "zip": "zip", "state": "state", "country": "country", "vat": "vat", "industry": "w:industries",
    "owner_email": "oemail", "assignee_email": "oemail", "employee_email": "oemail", "created": "dt",
    "description": "notes?0.3", "body": "notes", "notes": "notes?0.3", "content_html": "notes",
    "partner_name": "company", "pipeline": "w:pipelines", "stage": "w:stages", "expected_revenue": "amount",
    "currency": "currency", "date_deadline": "date", "source": "w:sources", "score": "int:1-100", "tags": "tags",
    "priority": "w:priority", "sequence": "seqno", "probability": "pct", "is_won": "yes", "is_lost": "yes",
    "active": "yes", "role": "w:roles", "duration": "minutes", "hours": "hours", "direction": "dir",
    "attendees": "emails", "mimetype": "mime", "path": "path", "booking_page": "w:meeting_types",
    "invitee_name": "full", "invitee_email": "email", "start": "dt", "stop": "dt", "location": "place",
    "meeting_link": "meet", "number": "id:pfx:2024-####", "invoice_date": "date", "due_date": "date", "total": "amount",
    "amount_paid": "amount", "amount": "amount", "recurring_every": "int:1-3", "recurring_interval": "interval",
    "recurring_next_date": "date", "sent_at": "dt", "accepted_at": "dt?0.4", "end": "dt", "related_ref": "id",
    "related_kind": "w:objects", "object": "w:objects", "options": "options", "company_name": "company",
    "customer_ref": "company", "lead_ref": "dealname", "depends_on": "id?0.5", "parent_ref": "company",
    "partner_ref": "company", "contact_ref": "id", "project_ref": "project", "task_ref": "task",
}
ENTITY_DEFAULTS = {
    ("partner_company", "name"): "company", ("partner_company", "email"): "cemail",
    ("partner_person", "name"): "full", ("user", "name"): "full", ("customer", "name"): "company",
    ("lead", "name"): "deal", ("project", "name"): "project", ("task", "name"): "task", ("ticket", "name"): "ticket",
    ("stage", "name"): "w:stages", ("custom_field", "name"): "label", ("custom_field", "type"): "w:field_types",
    ("attachment", "name"): "file", ("inventory", "name"): "w:integrations", ("proposal", "name"): "dealname",
    ("activity", "subject"): "task", ("activity", "type"): "w:act_types", ("activity", "date"): "dt",
    ("activity", "status"): "yes", ("timesheet", "date"): "date", ("timesheet", "name"): "task",
    ("project", "date"): "date", ("task", "status"): "w:task_status", ("ticket", "status"): "w:ticket_status",
    ("lead", "status"): "w:lead_status", ("inventory", "status"): "w:int_status", ("invoice", "status"): "w:inv_status",
    ("proposal", "status"): "w:prop_status", ("appointment", "status"): "w:appt_status", ("customer", "type"): "kind",
    ("customer", "email"): "email", ("task", "parent_ref"): "id?0.6", ("proposal", "created"): "dt",
    ("customer", "contact_name"): "full", ("attachment", "related_ref"): "id",
}


def parse_columns(text):
    cols = []
    for line in text.strip("\n").splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(" | ")]
        header, key = parts[0], parts[1] if len(parts) > 1 else "-"
        gen = parts[2] if len(parts) > 2 else None
        cols.append((header, None if key == "-" else key, gen))
    return cols


def generate(spec, rng, registry):
    ctx = Ctx(spec, rng, registry)
    cols = parse_columns(spec["cols"])
    rows = []
    for _ in range(spec["rows"]):
        row = row_context(ctx)
        values = []
        for header, key, gen in cols:
            gen = gen or ENTITY_DEFAULTS.get((spec["entity"], key)) or DEFAULTS.get(key) or "empty"
            empty = 0.0
            if "?" in gen:
                gen, share = gen.rsplit("?", 1)
                empty = float(share)
            name, _, arg = gen.partition(":")
            value = GEN[name](ctx, row, arg) if rng.random() >= empty else ""
            values.append(value)
        rows.append(values)
    # the ids of this file's own id column, for the files of the same tool that point to them
    group = spec.get("group")
    if group:
        for i, (header, key, gen) in enumerate(cols):
            if key == "ref":
                registry[(group, spec["entity"])] = {r[i] for r in rows if r[i]}
    return cols, rows


def write(spec, cols, rows, prefix):
    delim, enc = spec.get("delim", ","), spec.get("enc", "utf-8")
    quote_all = spec.get("quote_all", False)
    eol = "\r\n" if spec.get("crlf", enc.startswith("cp")) else "\n"

    def cell(value):
        if quote_all or any(ch in value for ch in (delim, '"', "\n")):
            return '"%s"' % value.replace('"', '""')
        return value

    lines = [delim.join(cell(h) for h, _k, _g in cols)] + [delim.join(cell(v) for v in row) for row in rows]
    text = eol.join(lines) + eol
    if enc.startswith("cp"):
        text = text.replace("\u202f", "\xa0")  # a narrow no-break space is not in the Windows code pages
    try:
        data = text.encode(enc)
    except UnicodeEncodeError as exc:
        raise SystemExit("%s: %s" % (spec["name"], exc))
    name = prefix + spec["name"]
    with open(os.path.join(OUT, name + ".csv"), "wb") as handle:
        handle.write(data)
    expected = {"entity": spec["entity"], "language": spec["lang"] if spec["lang"] != "gb" else "en",
                "tool": spec["tool"], "map": {h: k for h, k, _g in cols}}
    with open(os.path.join(OUT, name + ".expected.json"), "w", encoding="utf-8") as handle:
        json.dump(expected, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def main():
    rng = random.Random(16)
    registry = {}
    names = set()
    for specs, prefix in BATCHES:
        for spec in specs:
            assert prefix + spec["name"] not in names, spec["name"]
            names.add(prefix + spec["name"])
            cols, rows = generate(spec, rng, registry)
            headers = [h for h, _k, _g in cols]
            assert len(set(headers)) == len(headers), spec["name"]
            write(spec, cols, rows, prefix)
    print("%d samples written to %s" % (len(names), OUT))


if __name__ == "__main__":
    main()
