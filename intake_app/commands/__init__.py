"""The command line's subcommands, one module per command group.

Each module exposes `register(subparsers)`, which adds its parser and sets `handler` to a
function taking the parsed arguments and returning the exit code. Commands compose the
session, store and domain the way the window does; nothing here imports Qt, so headless
commands start fast. The domain and store packages import nothing from here.
"""
