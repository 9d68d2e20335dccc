"""Settings section: account, security, business hours, notifications, extensions, API tokens, webhooks."""
