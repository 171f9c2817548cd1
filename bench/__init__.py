"""Benchmarks that print figures; not part of the test run.

    python -m bench              # all
    python -m bench storage ui   # some
"""
