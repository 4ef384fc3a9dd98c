"""Give freed heap memory back to the operating system between batches.

A run loads and drops one batch after the other; CPython frees the objects, but glibc's allocator
keeps the freed pages of its heap and arenas mapped, so the process size creeps up with the number
of batches even though what is alive stays the same. ``malloc_trim(0)`` returns those pages (a few
milliseconds); elsewhere than glibc it does nothing.
"""
import ctypes
import ctypes.util
import logging

_logger = logging.getLogger(__name__)


def _load_trim():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_TRIM = _load_trim()


def release_freed_memory():
    """True when the allocator returned memory to the system."""
    if _TRIM is None:
        return False
    try:
        return bool(_TRIM(0))
    except OSError:  # pragma: no cover - defensive: never fail a batch for this
        _logger.debug("malloc_trim failed", exc_info=True)
        return False
