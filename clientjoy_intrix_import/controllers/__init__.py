from . import audit_export
