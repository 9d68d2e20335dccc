"""engage_desktop.views.channels"""
