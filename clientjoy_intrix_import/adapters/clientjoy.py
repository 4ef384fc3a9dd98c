"""Clientjoy: REST API (Agency plan and above). Implemented on top of lib/clientjoy_client.py."""
from .base import SourceAdapter, register


@register
class ClientjoyAdapter(SourceAdapter):
    source = "clientjoy"
    label = "Clientjoy (REST API)"
    xmlid_module = "clientjoy_import"
    objects = ()
