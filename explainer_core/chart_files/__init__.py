"""Chart files: what an export asks for, checked before anything is drawn (no Qt)."""
