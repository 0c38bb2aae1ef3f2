"""The article checked: the French news article's claims, with verdicts and facts."""
