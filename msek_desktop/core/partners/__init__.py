"""The partner ranking: which organisations of the other side suit an inquiry, and why.

weights: every number of the ranking, documented; words: what an inquiry's words ask for;
history: the past proposals of each organisation, aggregated; scoring: one inquiry against
one organisation; ranking: reading the candidates and listing the best; fitting: the other
direction, the inquiries an organisation could answer.
"""

from msek_desktop.core.partners.fitting import InquiryFit, inquiries_for_organisation
from msek_desktop.core.partners.ranking import Suggestion, suggest_partners
from msek_desktop.core.partners.scoring import Reason
from msek_desktop.core.partners.weights import WEIGHTS, Weights

__all__ = [
    "WEIGHTS",
    "InquiryFit",
    "Reason",
    "Suggestion",
    "Weights",
    "inquiries_for_organisation",
    "suggest_partners",
]
