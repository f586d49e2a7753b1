"""Benchmarks: run as modules (python -m tests.bench.NAME); not collected as tests."""
