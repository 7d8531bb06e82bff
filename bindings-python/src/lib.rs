//! Python binding (filled by the Python binding issue).
