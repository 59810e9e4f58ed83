"""`python -m visitx` runs the `visitx` command."""

from ._cli import main

main()
