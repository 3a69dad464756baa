from lib import F, P, CH, TG, write

ROWS = [
    ("Ung thư vú", ["2.140", "64", "2,99"]),
    ("Ung thư cổ tử cung", ["1.875", "41", "2,19"]),
    ("Ung thư gan", ["1.326", "58", "4,37"]),
    ("Ung thư đại trực tràng", ["1.144", "23", "2,01"]),
    ("Cộng", ["6.485", "186", "2,87"]),
]
table = "\n\n".join(["Loại ung thư", "Số người được sàng lọc", "Số người nghi ngờ", "Tỷ lệ nghi ngờ (%)"]
                    + [x for label, cells in ROWS for x in [label] + cells])

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH THÁI NGUYÊN
Trang chủ / Tin hoạt động / Phòng chống bệnh không lây nhiễm

Kết quả khám sàng lọc ung thư cộng đồng quý III/2024

Trong quý III/2024, Trung tâm Kiểm soát bệnh tật tỉnh Thái Nguyên phối hợp với Bệnh viện Trung ương Thái Nguyên tổ chức khám sàng lọc ung thư miễn phí tại 9 huyện, thành phố. Tổng số người được khám là 6.485 người, đạt 108,1% kế hoạch (kế hoạch 6.000 người). Kết quả cụ thể như sau:

Đơn vị tính: người

""" + table + """

Các trường hợp nghi ngờ đã được tư vấn, chuyển đến Bệnh viện Trung ương Thái Nguyên và Bệnh viện K làm xét nghiệm chuyên sâu. Tính đến ngày 30/9, đã có 27 người được xác định mắc ung thư, trong đó 19 người ở giai đoạn sớm (giai đoạn 0 và I). Kinh phí tổ chức đợt khám khoảng 420 triệu đồng từ nguồn ngân sách tỉnh.

Thời gian tới, Trung tâm tiếp tục tổ chức sàng lọc tại các xã vùng sâu của huyện Võ Nhai, Định Hóa. Người dân có nhu cầu liên hệ Khoa Phòng chống bệnh không lây nhiễm, số 986 đường Dương Tự Minh, TP. Thái Nguyên, điện thoại 0208.3855.662.
"""

PQ = P("quý III/2024", "2024-07-01", "2024-09-30")
PQi = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
P309 = P("Tính đến ngày 30/9", None, "2024-09-30")
COLS = [("người được sàng lọc", "count", "người"), ("người nghi ngờ", "count", "người"), ("tỷ lệ nghi ngờ", "percent", "%")]


def num(s):
    return float(s.replace(".", "").replace(",", ".")) if "," in s else int(s.replace(".", ""))


figs = [
    F("tại 9 huyện", "9", 9, "count", "huyện, thành phố", "huyện, thành phố tổ chức khám sàng lọc ung thư", PQ),
    F("là 6.485 người", "6.485", 6485, "count", "người", "tổng số người được khám sàng lọc ung thư", PQi, percent=108.1,
      target=TG(6000, "người")),
]
for label, cells in ROWS:
    for j, cell in enumerate(cells):
        anchor = (label if j == 0 else cells[j - 1]) + "\n\n" + cell
        subj, kind, unit = COLS[j]
        row = label.lower() if label != "Cộng" else "tổng cộng"
        figs.append(F(anchor, cell, num(cell), kind, unit, f"{subj} {row}", PQi))
figs += [
    F("đã có 27 người", "27", 27, "count", "người", "người được xác định mắc ung thư", P309),
    F("trong đó 19 người", "19", 19, "count", "người", "người mắc ung thư ở giai đoạn sớm", P309, total=27),
    F("khoảng 420 triệu", "420", 420000000, "money", "đồng", "kinh phí tổ chức đợt khám", PQi, approx="about"),
]

write(7, TEXT, figs, [
    "Trung tâm Kiểm soát bệnh tật tỉnh Thái Nguyên (department-level site): community cancer screening, quý III/2024. No date anywhere.",
    "One-cell-per-line table with 'Đơn vị tính: người' and a '(%)' column: every numeric cell is a figure, subject = column + row label,",
    "period inherited from the lead (quý III/2024). 'Cộng' row cells are figures of their own; no totals for cells.",
    "6.485 in the text has percent 108,1 and target 6.000 ('(kế hoạch 6.000 người)' is the attribute, not a figure).",
    "'Tính đến ngày 30/9' takes 2024 from 'quý III/2024'; 19 is part of 27 (trong đó). 'giai đoạn 0 và I' are stage names, not figures.",
    "Distractors: address 'số 986 đường Dương Tự Minh', phone 0208.3855.662, hospital names. Location Thái Nguyên.",
], location="Thái Nguyên")
