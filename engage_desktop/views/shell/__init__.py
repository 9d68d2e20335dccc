"""engage_desktop.views.shell"""
