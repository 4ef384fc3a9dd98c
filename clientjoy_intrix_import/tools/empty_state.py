"""The empty-state help of a window action: what an empty list is for and what fills it."""
from markupsafe import Markup, escape


def empty_help(title, text):
    """The ``help`` of a window action: Odoo's smiling face with ``title``, then ``text`` (both plain)."""
    return Markup('<p class="o_view_nocontent_smiling_face">%s</p><p>%s</p>') % (escape(title), escape(text))
