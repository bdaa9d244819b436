"""``python -m consultant`` is the same as the ``consultant`` command."""

import sys

from consultant.cli import main

sys.exit(main())
