"""Import inquiries, with their people and organisations, or exchanges, from a CSV or Excel file.

    ImportWizard(ctx, parent).open()  # what="exchanges": opened on a file of exchanges

Four pages, a module each: the file (file_page: what it holds, inquiries or exchanges, guessed
from its header line (kinds) and shown to be changed; its encoding, separator and row count),
the column mapping (mapping_page: prefilled from the header line, each file column imported
as one column or not at all), the preview (preview: a dry run: what would be created, what
matches records already there, every invalid row, and the rows to confirm of possible), and
the import itself (done: all rows or none). A file of exchanges has its own preview and
import (exchange_pages: how many exchanges, every invalid row; nothing to match). The work is
core.importing (core.importing.exchanges); the checks and the import run in the background
(task_page, ui.kit.tasks.Operation). The pages share an ImportState (state: what the file
holds, the file, its table, the columns chosen, the preview's report, the links the user made
and the import's report), not the wizard (wizard); page holds what every page does, texts the
import's words in the window's language.
"""

from msek_desktop.ui.dialogs.importing.wizard import ImportWizard

__all__ = ["ImportWizard"]
