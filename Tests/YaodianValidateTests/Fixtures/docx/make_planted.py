#!/usr/bin/env python3
"""Writes seed000_planted.docx: the auto-numbered Word draft of seed 000 from the ingest tests'
fixtures with one defect planted (净增850家 → 净增3850家, above the 3000家 total). Standard library
only; run from this folder."""
import zipfile

SOURCE = "../../../YaodianIngestTests/Fixtures/docx/seed000_autonumbered.docx"

with zipfile.ZipFile(SOURCE) as original, zipfile.ZipFile("seed000_planted.docx", "w", zipfile.ZIP_DEFLATED) as planted:
    for item in original.infolist():
        data = original.read(item.filename)
        if item.filename == "word/document.xml":
            text = data.decode("utf-8")
            assert text.count("净增高新技术企业850家") == 1
            data = text.replace("净增高新技术企业850家", "净增高新技术企业3850家").encode("utf-8")
        planted.writestr(item, data)
