//! (tests for this area)
