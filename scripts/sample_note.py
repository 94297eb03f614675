"""The line every demo output of the bundled sample carries, in Dutch and English."""

SAMPLE_NOTE = {
    "nl": "Voorbeeld: antwoorden nagebouwd uit echte CBS-, RIVM- en politiecijfers (KWB 2024, Gezondheidsmonitor "
          "2020, misdrijven 2024); buurtgrenzen van 2017 (codes ongewijzigd).",
    "en": "Sample: answers rebuilt from real CBS, RIVM and police figures (KWB 2024, Health Monitor 2020, crime "
          "2024); neighbourhood boundaries of 2017 (codes unchanged).",
}
