"""Referral letters as content: what each service may see, and whether it may see it at all.

No Qt, no database, no reportlab: the window composes these pieces with intake_app.pdf.
"""
