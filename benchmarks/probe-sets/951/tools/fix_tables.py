"""One-off edit (kept for the record): table subjects = indicator/row label + column label (FIGURES.md §3 Tables, cf. gold h24)."""
from pathlib import Path
p = Path("gen3.py"); s = p.read_text(encoding="utf-8")
old = '''        subj = TS if place else "tổng cộng " + TS + " tại bốn địa phương"'''
new = '''        col = ["năm 2023", "năm 2024 (ước)", "kế hoạch 2025"][j]
        subj = ("lượt bạn đọc " if place else "Tổng cộng lượt bạn đọc ") + col'''
assert old in s; s = s.replace(old, new)
old = '''    "row place -> location (TP./Huyện/Thị xã stripped); 'Tổng cộng' row is a figure of its own, location Đắk Lắk, no totals on cells.",'''
new = old + '''
    "  Subject = the indicator of the unit line + the column label (the row label is a place); 'Tổng cộng' row keeps its label.",
    "revised after the first run: table subjects gained the column label (§3 Tables: row label and column label; cf. h24).",'''
assert old in s; s = s.replace(old, new)
p.write_text(s, encoding="utf-8")

p = Path("gen7.py"); s = p.read_text(encoding="utf-8")
old = '''        FIGS.append(F(prev + "\\n" + cell, cell, float(cell.replace(".", "")), "count", unit, subj, **kw))'''
new = '''        col = ["năm 2022", "năm 2023", "kế hoạch 2024"][j]
        FIGS.append(F(prev + "\\n" + cell, cell, float(cell.replace(".", "")), "count", unit, subj + " " + col, **kw))'''
assert old in s; s = s.replace(old, new)
old = '''    "  Unit from the row label's bracket; subject = row label; period from the column; 'Kế hoạch 2024' -> target. Location Bình Định.",'''
new = '''    "  Unit from the row label's bracket; subject = row label + column label; period from the column; 'Kế hoạch 2024' -> target.",
    "revised after the first run: table subjects gained the column label (§3 Tables: row label and column label; cf. h24).",'''
assert old in s; s = s.replace(old, new)
p.write_text(s, encoding="utf-8")
