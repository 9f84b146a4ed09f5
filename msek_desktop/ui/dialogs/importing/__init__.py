"""Import inquiries, with their people and organisations, from a CSV or Excel file.

    ImportWizard(ctx, parent).open()

Four pages, a module each: the file (file_page: its encoding, separator and row count shown),
the column mapping (mapping_page: prefilled from the header line, each file column imported
as one column or not at all), the preview (preview: a dry run: what would be created, what
matches records already there, every invalid row, and the rows to confirm of possible), and
the import itself (done: all rows or none). The work is core.importing; the checks and the
import run in the background (task_page, ui.kit.tasks.Operation). The pages share an
ImportState (state: the file, its table, the columns chosen, the preview's report, the links
the user made and the import's report), not the wizard (wizard); page holds what every page
does, texts the import's words in the window's language.
"""

from msek_desktop.ui.dialogs.importing.wizard import ImportWizard

__all__ = ["ImportWizard"]
