"""Ingest: bytes and streams in, Messages out. Parsers raise only kindly's ParseError."""
