"""engage_desktop.services.demo.loader"""
