"""Real-world input: noise rules, tables of contents, front matter, notes and closing."""
