"""``python -m conflict_map`` is the ``conflict-map`` command."""
import sys

from conflict_map.cli import main

sys.exit(main())
