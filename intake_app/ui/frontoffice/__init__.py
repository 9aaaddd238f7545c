"""The TSM frontoffice step (R1) in the window: "Voorleggen" and the advice on a station's
summary, and the frontoffice's own queue, consult and advice screens (docs/frontoffice.md)."""
