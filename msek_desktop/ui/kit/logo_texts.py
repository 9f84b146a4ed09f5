"""Why a letterhead logo cannot be used (core.logo.LogoProblem), in the window's language.

Said in the Settings screen (a file chosen or kept, the coded refusal of settings.save) and
above a letter made without its logo.
"""

from __future__ import annotations

from collections.abc import Callable

from msek_desktop.core.logo import MAX_BYTES, MAX_PIXELS, LogoProblem
from msek_desktop.ui.i18n import tr


def logo_reason(problem: str, detail: str = "") -> str:
    """Why a logo cannot be used, worded to follow "cannot be used: "."""
    reasons: dict[str, Callable[[], str]] = {
        LogoProblem.MISSING: lambda: tr("LetterWarnings", "the file was not found"),
        LogoProblem.NOT_A_FILE: lambda: tr(
            "LetterWarnings", "it is not a regular file (a folder, device or pipe)"
        ),
        LogoProblem.UNREADABLE: lambda: tr("LetterWarnings", "the file cannot be read"),
        LogoProblem.TOO_LARGE: lambda: tr(
            "LetterWarnings", "the file is larger than %1 MB"
        ).replace("%1", str(MAX_BYTES // (1024 * 1024))),
        LogoProblem.NOT_AN_IMAGE: lambda: tr(
            "LetterWarnings", "the file is not a PNG or JPEG image"
        ),
        LogoProblem.TOO_MANY_PIXELS: lambda: tr(
            "LetterWarnings", "the image is larger than %1 megapixels"
        ).replace("%1", str(MAX_PIXELS // 1_000_000)),
        LogoProblem.DAMAGED: lambda: tr("LetterWarnings", "the image is damaged or incomplete"),
    }
    make = reasons.get(problem)
    text = make() if make else problem
    return f"{text} ({detail})" if detail else text
