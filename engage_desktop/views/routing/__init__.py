"""Routing section: categories, routing channels, topologies and the rules engine."""
