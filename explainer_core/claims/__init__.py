"""The claims tab's choices (no Qt): what article it checks, and what its list shows."""
