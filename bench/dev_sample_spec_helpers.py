"""What every batch of generated dev samples (dev_sample_specs*.py) declares its samples with."""


def collector(rows=7):
    """(SPECS, S): a batch's list of sample specs and the function adding one (``rows`` data rows by default)."""
    specs = []

    def S(name, entity, lang, tool, cols, rows=rows, enc="utf-8", delim=",", **kw):
        specs.append(dict(name=name, entity=entity, lang=lang, tool=tool, cols=cols, rows=rows, enc=enc,
                          delim=delim, **kw))

    return specs, S


def odoo(model):
    """Odoo's own export of ``model``: ISO dates and times, every value quoted."""
    return dict(opts={"date": "iso", "time": "HH:MM:SS", "model": model}, quote_all=True)
