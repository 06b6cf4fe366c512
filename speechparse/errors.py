"""Errors a user can cause; the CLI turns each into one line on stderr and exit code 2."""


class SpeechparseError(Exception):
    """Base class: bad input or bad usage, reported without a traceback."""


class InputError(SpeechparseError):
    """The input cannot be read as a speech (missing, binary, empty, undecodable)."""
