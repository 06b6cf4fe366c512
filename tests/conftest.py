from __future__ import annotations

import sys
from pathlib import Path

# the helpers are imported as `support` (tests/support/)
sys.path.insert(0, str(Path(__file__).resolve().parent))
