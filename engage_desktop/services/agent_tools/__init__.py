"""Agent tools: reply assistant, its groups, e-mail templates, signatures."""
