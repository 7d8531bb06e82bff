//! Conformance scenario runner; see `tests/scenarios/` and the integration tests in `tests/tests/`.
