"""The screens the main window swaps between; each takes data and emits what the officer asks."""
