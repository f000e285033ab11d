"""The edges: Prefect flows, file and warehouse I/O, the command line."""
