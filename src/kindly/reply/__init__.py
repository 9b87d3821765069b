"""Reply: three-step drafts from templates (ask for details, honest reason, offer a resource)."""
