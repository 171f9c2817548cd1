"""Shelter case manager: encrypted case records, rehabilitation plans and
anonymized statistical returns for shelters assisting survivors of trafficking."""

__version__ = "0.1.0"
APP_NAME = "ShelterCaseManager"
