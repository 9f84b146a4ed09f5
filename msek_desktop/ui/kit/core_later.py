"""The core's modules of reads and writes (SQLAlchemy, the models) for the screens the
window's start builds, each imported at its first use: the first screen is read plainly
(core.opening) and painted before SQLAlchemy is imported (issue 18).

    from msek_desktop.ui.kit.core_later import followups, inquiries, my_day, staff

Names a module defines are reached through it at the time of use (`inquiries.InquiryFilter`),
not imported from it, which would import it at once. A package's module is not lazy here:
finding it imports its package (core.inquiries.rules imports core.inquiries).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from msek_desktop.ui.window.lazy import lazy_module

__all__ = ["followups", "inquiries", "my_day", "staff"]

if TYPE_CHECKING:
    from msek_desktop.core import followups, inquiries, my_day, staff
else:
    followups = lazy_module("msek_desktop.core.followups")
    inquiries = lazy_module("msek_desktop.core.inquiries")
    my_day = lazy_module("msek_desktop.core.my_day")
    staff = lazy_module("msek_desktop.core.staff")
