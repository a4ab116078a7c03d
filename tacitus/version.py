"""Tacitus' version: its own module, so that any module may import it without importing the
package's public API (``tacitus/__init__.py``, which stands above everything)."""

__version__ = "0.1.0"
