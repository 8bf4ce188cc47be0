"""Pure extraction: article text in, quantities, periods and claims out (no I/O, no printing)."""
