"""Duplicates: people or organisations recorded twice, merged and unmerged
(core.privacy.merging). dialog: the dialog and the screens' button; pairs and choices: the
pairs side by side, field by field; merges: the merges made, undone; texts: their words."""
