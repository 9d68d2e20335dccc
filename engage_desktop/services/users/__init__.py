"""engage_desktop.services.users.service"""
