"""engage_desktop.services.channels"""
