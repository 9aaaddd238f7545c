"""Alembic revisions of the store's schema, shipped inside the package and run from code."""
