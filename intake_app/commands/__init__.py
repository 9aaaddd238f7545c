"""The command line's subcommands, one module per command group.

Each module exposes `register(subparsers)`, which adds its parser and sets `handler` to a
function taking the parsed arguments and returning the exit code. Commands compose the
session, store and domain the way the window does; nothing here imports Qt, so headless
commands start fast. The domain and store packages import nothing from here.
"""

# Errors are written through intake_app.problems.describe in the command line's language: the
# station's, as the commands' own texts about stores and keys are.
CLI_LANGUAGE = "nl"
