"""The screens. No SQL here: every action calls one domain service."""
