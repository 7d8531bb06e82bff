"""A back office on fuling-rules: a SQLite event store, spreadsheet import, a weekly report.

``python -m back_office demo --out DIR`` builds the store from the embedded sample district
(``data/sample_district.csv``, loaded through the importer) and writes the report. See README.md.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "data" / "sample_district.csv"
#: The sample's report date (a Friday), fixed so that the sample's report and its tests are stable.
SAMPLE_AS_OF = dt.date(2026, 11, 27)
