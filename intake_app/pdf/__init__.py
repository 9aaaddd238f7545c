"""PDF rendering of referral letters and the victim's information sheet (reportlab platypus).

Built in memory only; no Qt, no database. Every piece of text meets a Paragraph through
intake_app.pdf.escape.escape_text, and nothing personal goes into the PDF's metadata.
"""
