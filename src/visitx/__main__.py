"""`python -m visitx` runs the `visitx` command."""

from visitx.cli.main import main

main()
