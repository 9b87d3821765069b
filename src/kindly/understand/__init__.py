"""Understand: is a message an invitation, what does it ask, is its purpose clear."""
