"""MSEK Desktop: the office software of the Maison de Saint-Étienne à Katowice."""

__version__ = "0.1.0"
