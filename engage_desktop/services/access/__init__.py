"""engage_desktop.services.access"""
