//! Check-digit rules for the redaction detectors (issue #7).
