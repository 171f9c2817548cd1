"""Printed documents (reportlab): fonts that cover Kyrgyz Cyrillic, and
escaping of text typed by users. reportlab is imported only when something is
printed, so starting the app stays fast."""
