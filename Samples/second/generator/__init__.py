"""Tables of the second sample export (Ledgerbird). See ../README.md."""
