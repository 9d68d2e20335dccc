"""Agent tools pages: reply assistant, groups, e-mail templates, signatures."""
