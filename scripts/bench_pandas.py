"""The merge a clerk would script: read both data sheets of every workbook with pandas, concat, write one file.

Baseline (c) of docs/benchmarks.md. No validation, no feedback, no styles.
usage: /usr/bin/python3 scripts/bench_pandas.py INBOX OUT.xlsx
"""
import glob
import os
import sys

import pandas as pd

inbox, out = sys.argv[1], sys.argv[2]
sheets = ["取り組み進捗", "指標"]
frames = {name: [] for name in sheets}
for path in sorted(glob.glob(os.path.join(inbox, "*", "*.xlsx"))):
    # The template's header is on row 3.
    for name, df in pd.read_excel(path, sheet_name=sheets, header=2).items():
        df.insert(0, "ファイル", os.path.basename(path))
        frames[name].append(df)

with pd.ExcelWriter(out, engine="openpyxl") as writer:
    for name in sheets:
        pd.concat(frames[name], ignore_index=True).to_excel(writer, sheet_name=name, index=False)
print(sum(len(f) for fs in frames.values() for f in fs))
