"""The application shell: window, language, settings, theme, presenter mode, error
reporting, identity, Help dialogs, and the frame every tab is built in."""
