"""Sub-commands of the `ripartire` command, grouped by what they work on."""
