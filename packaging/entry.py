"""PyInstaller entry point: the same as the ``consultant`` console script."""

import sys

from consultant.cli import main

if __name__ == "__main__":
    sys.exit(main())
