"""A sign-off line ("Best,", "Kind regards", "Thanks so much"), as kindly.ingest.text reads where a signature
starts, under a public name for the modules that read a signature themselves (kindly.zones: the zone it names;
kindly.reply.greeting: the name signed under it).

The pattern stays defined in kindly.ingest.text: the shipped model's features fingerprint covers that file's
bytes (tests/test_understand.py), so even an alias added there would ask for `make model`."""

from __future__ import annotations

from kindly.ingest.text import _SIGN_OFF

SIGN_OFF = _SIGN_OFF
