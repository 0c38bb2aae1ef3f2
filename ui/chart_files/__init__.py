"""Chart files: export and copy dialogs, batch export, writing PNG, SVG and PDF.

(Files the user takes away. The US export controls on chips are ``ui.chip_controls``.)"""
