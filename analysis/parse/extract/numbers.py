"""The numeral helpers, for the extractors (they live in :mod:`analysis.parse.numerals`, below every stage)."""
from ..numerals import ANY_DIGIT, CN_DIGITS, NUMERAL, chinese_number, number_value, to_number

__all__ = ["CN_DIGITS", "NUMERAL", "ANY_DIGIT", "chinese_number", "number_value", "to_number"]
