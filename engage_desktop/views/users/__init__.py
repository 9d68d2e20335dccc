"""engage_desktop.views.users"""
