"""Views of offline configuration bundles: diff, plan and apply."""
