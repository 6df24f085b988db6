"""English language data (TSV files read through kooperacja.extract.language)."""
