"""Regenerates openpyxl-saved.xlsx (and, with LibreOffice, libreoffice-saved.xlsx) for the annotated-copy tests.

    /usr/bin/python3 make-annotation-samples.py   # needs python3-openpyxl; soffice optional

The tests only read the committed files; neither tool is needed to run them.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment

here = Path(__file__).resolve().parent
wb = Workbook()
cover = wb.active
cover.title = "表紙"
cover["A3"] = "所属コード"
cover["B3"] = "bpr"
measures = wb.create_sheet("取り組み進捗")
measures["A3"] = "取り組みID"
measures["D3"] = "進捗区分"
measures["A4"] = "1-1-01"
measures["D4"] = "実施中？"
measures.merge_cells("D4:F4")
indicators = wb.create_sheet("指標")
indicators["A3"] = "指標ID"
indicators["E3"] = "値"
indicators["A5"] = "OT-HOURS"
indicators["E5"] = "たくさん"
indicators["E6"] = 188.3
indicators["B2"] = "メモ付き"
indicators["B2"].comment = Comment("提出者のメモ", "提出者")
wb.save(here / "openpyxl-saved.xlsx")

if shutil.which("soffice"):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, str(here / "openpyxl-saved.xlsx")], check=True, capture_output=True)
        shutil.copy(Path(out) / "openpyxl-saved.xlsx", here / "libreoffice-saved.xlsx")
