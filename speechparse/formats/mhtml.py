"""Web pages saved as one file (MHTML: Chrome's and Edge's "Webpage, Single File", `.mhtml`,
IE's `.mht`): a MIME message whose first HTML part is the page, quoted-printable or base64
encoded, with its images and style sheets as further parts. The page is taken out with the
standard library's MIME parser and read as any saved page; line numbers are that page's."""

from __future__ import annotations

import email
import email.policy
from email.message import Message

from ..errors import InputError


def page_of(data: bytes) -> tuple[bytes, str | None]:
    """(the saved page's HTML bytes, the charset its MIME part declares) of an MHTML file."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    page = _first_page(message)
    if page is None:
        raise InputError("this saved web page (MHTML) holds no HTML page")
    body = page.get_payload(decode=True)
    if not isinstance(body, bytes) or not body.strip():
        raise InputError("the HTML page in this saved web page (MHTML) is empty")
    return body, page.get_content_charset()


def _first_page(message: Message) -> Message | None:
    """The first text/html part (the page itself: the frames and parts after it are its own)."""
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return part
    return None
