"""An interview in progress: answers, which questions apply, progress, the answers document."""
