"""engage_desktop.services.core"""
