"""People's data under the GDPR: consents and contact preferences, everything held about a
person (access), erasure that really erases, retention, merging duplicates.

The audit list every part writes to is core.audit's.
"""
