"""The window's named colours: one name per colour, whatever it marks."""

from __future__ import annotations

ERROR = "#b00020"  # errors, refused input, overdue dates
OK = "#1b5e20"  # a check that passed
MUTED = "#5f6b73"  # hints and secondary text
HEADING_BACKGROUND = "#e8edf0"  # the day headings of the agenda
# The navigation column and the curtain share it: calm, and readable on light themes.
NAVIGATION = "#2f3b45"
NAVIGATION_TEXT = "#e8eef2"
NAVIGATION_SELECTED = "#4a6274"
NAVIGATION_HOVER = "#3a4955"

ERROR_STYLE = f"color: {ERROR};"
OK_STYLE = f"color: {OK};"

# A flat push button that reads as a link (underlined, the palette's link colour, left-aligned)
# yet is reached with Tab and pressed with Space or Enter, unlike a link inside a label.
LINK_BUTTON_STYLE = (
    "QPushButton { color: palette(link); text-decoration: underline; text-align: left;"
    " border: 1px solid transparent; padding: 2px 0px; }"
    " QPushButton:focus { border: 1px dotted palette(text); }"
)
