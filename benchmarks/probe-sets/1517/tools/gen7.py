"""p1517-7: department site (Sở TT&TT Đồng Nai), no dateline, one-cell-per-line table of calendar printing indicators."""
from lib import F, period, inherit, change, target, write

ROWS = [  # label, unit cell, Năm 2023, Ước thực hiện 2024, So với cùng kỳ (%)
    ("Số cơ sở in lịch", "cơ sở", "23", "21", "91,3"),
    ("Số bản lịch in", "nghìn bản", "8.450", "8.120", "96,1"),
    ("Trong đó: lịch bloc", "nghìn bản", "3.100", "2.760", "89,0"),
    ("Doanh thu in lịch", "tỷ đồng", "215,6", "228,4", "105,9"),
    ("Lao động thời vụ", "người", "1.450", "1.380", "95,2"),
]
TABLE = "\n".join(["Chỉ tiêu", "Đơn vị tính", "Năm 2023", "Ước thực hiện 2024", "So với cùng kỳ (%)"]
                  + [c for r in ROWS for c in r])

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH ĐỒNG NAI
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ

Hoạt động in lịch năm 2024: doanh thu tăng dù sản lượng giảm

Theo số liệu tổng hợp của Sở, hoạt động in lịch trên địa bàn tỉnh năm 2024 giảm cả về số cơ sở và số bản in, nhưng doanh thu tăng do giá lịch tăng và các cơ sở chuyển sang in lịch cao cấp.

Kết quả hoạt động in lịch trên địa bàn tỉnh

""" + TABLE + """

Giá bình quân một cuốn lịch bloc năm nay khoảng 42.000 đồng, tăng 3.000 đồng so với năm 2023. Trên 60% sản lượng lịch của tỉnh được các doanh nghiệp trong các khu công nghiệp đặt in làm quà tặng. Năm 2025, Sở phấn đấu giải quyết trực tuyến 100% hồ sơ đăng ký in lịch.

Tin liên quan
- Hướng dẫn đăng ký hoạt động cơ sở in
- Kết quả chuyển đổi số năm 2024

Sở Thông tin và Truyền thông tỉnh Đồng Nai
Địa chỉ: Số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa
Điện thoại: 0251.3822.456
Lượt truy cập: 3.215.770 | Đang truy cập: 52
"""

C23 = period("Năm 2023", "2023-01-01", "2023-12-31")
E24 = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
CMP = period("Ước thực hiện 2024", "2024-01-01", "2024-12-31", inherited=True)
now = period("năm nay", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
UNITS = {"cơ sở": ("count", "cơ sở", 1), "nghìn bản": ("count", "bản", 1e3), "tỷ đồng": ("money", "đồng", 1e9),
         "người": ("count", "người", 1)}


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
whole = {}
for label, u, a, b, c in ROWS:
    kind, unit, mult = UNITS[u]
    name = label.replace("Trong đó: ", "").lower()
    if label == "Số bản lịch in":
        whole = {"a": num(a) * mult, "b": num(b) * mult}
    part = label.startswith("Trong đó")
    ta = {"total": whole["a"]} if part else {}
    tb = {"total": whole["b"]} if part else {}
    CELLS += [
        F(f"{u}\n{a}\n", a, num(a) * mult, kind, unit, f"{name} năm 2023", C23, **ta),
        F(f"\n{a}\n{b}\n", b, num(b) * mult, kind, unit, f"{name} ước thực hiện 2024", E24, status="estimate", **tb),
        F(f"\n{b}\n{c}\n", c, num(c), "percent", "%", f"{name} so với cùng kỳ", CMP),
    ]

FIGS = CELLS + [
    F("khoảng 42.000 đồng", "42.000", 42000, "money", "đồng/cuốn", "giá bình quân một cuốn lịch bloc", now,
      approx="about", change=change("increase", 3000, "đồng", "năm 2023")),
    F("Trên 60%", "60", 60, "percent", "%",
      "sản lượng lịch của tỉnh được các doanh nghiệp trong các khu công nghiệp đặt in làm quà tặng",
      inherit(now), approx="over"),
    F("trực tuyến 100%", "100", 100, "percent", "%", "hồ sơ đăng ký in lịch giải quyết trực tuyến", Y25,
      status="target"),
]

NOTES = [
    "Department site (Sở Thông tin và Truyền thông Đồng Nai) with no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang truy cập'. published: none.",
    "One-cell-per-line table: Chỉ tiêu | Đơn vị tính | Năm 2023 | Ước thực hiện 2024 | So với cùng kỳ (%). Units and multipliers from the unit column",
    "('nghìn bản' ×10^3 bản, 'tỷ đồng' ×10^9 đồng). 'Ước thực hiện 2024' → estimate. Percent-column cells: period 2024 marked inherited (not scored).",
    "'Trong đó: lịch bloc' row → total = the 'Số bản lịch in' cell of the same column (8.450 / 8.120 nghìn bản); its percent cell has none.",
    "'Giá bình quân một cuốn lịch bloc' → money in đồng/cuốn; 'một cuốn' is the denominator, not a figure. 'năm nay' takes 2024 (nearest earlier period, the 2024 column).",
    "Distractors: 'Số 2 đường Nguyễn Văn Trị', phone 0251.3822.456, 'Lượt truy cập: 3.215.770', 'Đang truy cập: 52', headline 'năm 2024'.",
]

if __name__ == "__main__":
    write("p1517-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
