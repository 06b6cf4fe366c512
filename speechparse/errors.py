"""Errors a user can cause; the CLI turns each into one line on stderr and exit code 2."""


class SpeechparseError(Exception):
    """Base class: bad input or bad usage, reported without a traceback."""


class InputError(SpeechparseError):
    """The input cannot be read as a speech (missing, binary, empty, undecodable)."""


class ConfigError(SpeechparseError):
    """The configuration file cannot be read or holds an unknown key or a wrong type."""


class MissingDependency(InputError):
    """A reader's optional package is not installed (the input layer names the extra)."""

    def __init__(self, package: str) -> None:
        super().__init__(f"needs {package}")
        self.package = package
