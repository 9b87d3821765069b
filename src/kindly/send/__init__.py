"""Send: hand an approved reply to an SMTP server. Nothing here runs unless the user asks to send."""

from kindly.send.errors import SendError
from kindly.send.smtp import SmtpSettings, send

__all__ = ["SendError", "SmtpSettings", "send"]
