from lib import F, P, build

ROWS = [
    ("Số vụ TNLĐ", "vụ", "845", "772", "91,4"),
    ("Số người bị nạn", "người", "861", "790", "91,8"),
    ("Số vụ có người chết", "vụ", "45", "38", "84,4"),
    ("Số người chết", "người", "47", "41", "87,2"),
    ("Số người bị thương nặng", "người", "132", "119", "90,2"),
    ("Chi phí do TNLĐ", "triệu đồng", "86.450", "79.316", "91,7"),
    ("Số ngày nghỉ do TNLĐ", "ngày", "21.880", "19.742", "90,2"),
]
table = "Chỉ tiêu\nĐơn vị\nNăm 2022\nNăm 2023\nNăm 2023 so với năm 2022 (%)\n"
for r in ROWS:
    table += "\n".join(r) + "\n"

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH DƯƠNG
Trang chủ / Tin hoạt động / An toàn lao động
Ngày cập nhật: 15/03/2024

Tổng hợp tình hình tai nạn lao động năm 2023

Năm 2023, tình hình tai nạn lao động (TNLĐ) trên địa bàn tỉnh có chiều hướng giảm so với năm 2022, tuy nhiên số người chết vẫn ở mức cao. Số liệu cụ thể như sau:

""" + table + """
Trong năm, Thanh tra Sở đã chủ trì điều tra 29 vụ TNLĐ chết người thuộc thẩm quyền, đã ban hành biên bản điều tra 26 vụ. Nguyên nhân chủ yếu do người sử dụng lao động không xây dựng quy trình, biện pháp làm việc an toàn (chiếm 35,6% số vụ) và người lao động vi phạm quy trình, quy chuẩn an toàn lao động (chiếm 28,9%). Các lĩnh vực xảy ra nhiều TNLĐ chết người là xây dựng, sản xuất đồ gỗ và cơ khí.

Năm 2024, Sở phấn đấu giảm tối thiểu 4% số người chết do TNLĐ; 100% vụ TNLĐ chết người được điều tra đúng thời hạn. Thông tin phản ánh xin gửi về Thanh tra Sở, số 8 đường Hùng Vương, phường Phú Cường, TP. Thủ Dầu Một, điện thoại 0274.3822.919.
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Trong năm", "2023-01-01", "2023-12-31", inh=True)
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)

FIGS = []
for label, unit, a, b, pc in ROWS:
    if unit == "triệu đồng":
        kind, u, mul = "money", "đồng", 1e6
    elif unit == "ngày":
        kind, u, mul = "measure", "ngày", 1
    else:
        kind, u, mul = "count", unit, 1
    num = lambda s: float(s.replace(".", "").replace(",", "."))
    FIGS.append(F(f"{unit}\n{a}\n", a, num(a) * mul, kind, u, f"{label} năm 2022", Y22))
    FIGS.append(F(f"{a}\n{b}\n", b, num(b) * mul, kind, u, f"{label} năm 2023", Y23))
    FIGS.append(F(f"{b}\n{pc}\n", pc, num(pc), "percent", "%", f"{label} năm 2023 so với năm 2022", Y23))

FIGS += [
    F("điều tra 29 vụ", "29", 29, "count", "vụ", "vụ TNLĐ chết người thuộc thẩm quyền được điều tra", Y23b),
    F("điều tra 26 vụ", "26", 26, "count", "vụ", "vụ ban hành biên bản điều tra", Y23b),
    F("chiếm 35,6% số vụ", "35,6", 35.6, "percent", "%",
      "tỷ lệ vụ do người sử dụng lao động không xây dựng quy trình, biện pháp làm việc an toàn", Y23i),
    F("chiếm 28,9%", "28,9", 28.9, "percent", "%", "tỷ lệ vụ do người lao động vi phạm quy trình, quy chuẩn an toàn lao động",
      Y23i),
    F("giảm tối thiểu 4%", "4", 4, "percent", "%", "giảm số người chết do TNLĐ",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
    F("TNLĐ; 100% vụ", "100", 100, "percent", "%", "vụ TNLĐ chết người được điều tra đúng thời hạn",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Department site (Sở LĐTBXH Bình Dương), 'Ngày cập nhật: 15/03/2024' without time. Location Bình Dương.",
    "Table written one cell per line: Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | Năm 2023 so với năm 2022 (%). Every numeric cell is a figure;",
    "unit and multiplier from the Đơn vị cell ('triệu đồng' -> money ×10^6 đồng; 'ngày' -> measure); the (%) column is percent (a ratio, not a",
    "change attribute: each cell is a figure of its own). Period from the column header (scored, as in shared h23).",
    "'Trong năm' = 2023 (inherited). 29 and 26 vụ: no total ('đã ban hành … 26 vụ' without a part-of cue).",
    "Targets 2024: 'phấn đấu giảm tối thiểu 4%' at_least; '100% vụ …' continues it. Distractors: address 'số 8 đường Hùng Vương', phone, date.",
]

build(7, TEXT, COMMENTS, FIGS, published="2024-03-15", location="Bình Dương")
