"""The record forms (one per kind of record) and the pickers that open them."""
