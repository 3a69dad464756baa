"""p1429-3: formal report (UBND tỉnh Quảng Bình) on white sand mining 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Quảng Bình, ngày 26 tháng 12 năm 2024

BÁO CÁO
Tình hình quản lý, khai thác cát trắng năm 2024 và nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Cấp phép và đấu giá
Tính đến ngày 30/11/2024, toàn tỉnh có 14 giấy phép khai thác cát trắng còn hiệu lực, trong đó 11 giấy phép do UBND tỉnh cấp, 3 giấy phép do Bộ Tài nguyên và Môi trường cấp; tổng trữ lượng được phép khai thác 38,6 triệu tấn. Trong năm, tỉnh đấu giá thành công 2 khu vực mỏ, thu 27,4 tỷ đồng, cao hơn 9,1 tỷ đồng so với giá khởi điểm.

2. Sản lượng khai thác
Sản lượng cát trắng khai thác năm 2024 ước đạt 887 nghìn tấn, tăng 11,6% so với năm 2023 và bằng 101,4% kế hoạch (kế hoạch 875 nghìn tấn).

Sản lượng khai thác theo địa bàn
Đơn vị tính: nghìn tấn
TT | Địa bàn | Năm 2023 | Ước thực hiện năm 2024 | So với cùng kỳ (%)
1 | Huyện Lệ Thủy | 412 | 468 | 113,6
2 | Huyện Quảng Ninh | 286 | 315 | 110,1
3 | Huyện Bố Trạch | 97 | 104 | 107,2
 | Tổng cộng | 795 | 887 | 111,6

3. Chế biến, tiêu thụ và thu ngân sách
Ước cả năm, lượng cát qua tuyển rửa đạt khoảng 610 nghìn tấn, chiếm 68,8% sản lượng khai thác; cung cấp cho các nhà máy kính trong nước khoảng 430 nghìn tấn. Thu ngân sách từ khai thác cát trắng năm 2024 đạt 58,3 tỷ đồng. Qua kiểm tra, đã xử phạt 5 trường hợp khai thác trái phép với số tiền 315 triệu đồng.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng khai thác đạt 980 nghìn tấn; tỷ lệ cát được chế biến sâu đạt trên 75%; hoàn thành đấu giá 3 khu vực mỏ mới tại huyện Lệ Thủy.

Nơi nhận:
- Bộ Tài nguyên và Môi trường;
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
INYEAR = P("Trong năm", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
ROWS = [("Huyện Lệ Thủy", "Lệ Thủy", "1", ["412", "468", "113,6"]),
        ("Huyện Quảng Ninh", "Quảng Ninh", "2", ["286", "315", "110,1"]),
        ("Huyện Bố Trạch", "Bố Trạch", "3", ["97", "104", "107,2"]),
        ("Tổng cộng", None, "", ["795", "887", "111,6"])]

CELLS = []
for label, place, tt, (a, b, c) in ROWS:
    extra = {"location": place} if place else {}
    row = "tổng cộng " if not place else ""
    CELLS += [
        F(f"{label} | {a} |", a, float(a) * 1e3, "measure", "tấn",
          subject=f"{row}sản lượng cát trắng khai thác năm 2023", period=C23, **extra),
        F(f"| {a} | {b} |", b, float(b) * 1e3, "measure", "tấn", status="estimate",
          subject=f"{row}sản lượng cát trắng khai thác ước thực hiện năm 2024", period=E24, **extra),
        F(f"| {b} | {c}\n", c, float(c.replace(",", ".")), "percent", "%",
          subject=f"{row}sản lượng cát trắng khai thác so với cùng kỳ", period=I(E24), **extra),
    ]

FIGS = [
    F("có 14 giấy phép", "14", 14, "count", "giấy phép",
      subject="giấy phép khai thác cát trắng còn hiệu lực", period=ASOF),
    F("trong đó 11 giấy phép", "11", 11, "count", "giấy phép", total=14,
      subject="giấy phép do UBND tỉnh cấp", period=ASOF),
    F("3 giấy phép do Bộ", "3", 3, "count", "giấy phép", total=14,
      subject="giấy phép do Bộ Tài nguyên và Môi trường cấp", period=ASOF),
    F("khai thác 38,6 triệu", "38,6", 38.6e6, "measure", "tấn",
      subject="tổng trữ lượng được phép khai thác", period=ASOF),
    F("thành công 2 khu vực", "2", 2, "count", "khu vực mỏ",
      subject="khu vực mỏ đấu giá thành công", period=INYEAR),
    F("thu 27,4 tỷ", "27,4", 27.4e9, "money", "đồng", change=C("increase", 9.1e9, "đồng", "giá khởi điểm"),
      subject="tiền thu từ đấu giá khu vực mỏ", period=INYEAR),
    F("ước đạt 887 nghìn", "887", 887e3, "measure", "tấn", status="estimate", percent=101.4,
      change=C("increase", 11.6, "%", "năm 2023"), target=T(875e3, "tấn"),
      subject="sản lượng cát trắng khai thác", period=Y24),
] + CELLS + [
    F("khoảng 610 nghìn", "610", 610e3, "measure", "tấn", approx="about", status="estimate", percent=68.8,
      subject="lượng cát qua tuyển rửa", period=YEAR),
    F("khoảng 430 nghìn", "430", 430e3, "measure", "tấn", approx="about", status="estimate",
      subject="cát cung cấp cho các nhà máy kính trong nước", period=YEAR),
    F("đạt 58,3 tỷ", "58,3", 58.3e9, "money", "đồng",
      subject="thu ngân sách từ khai thác cát trắng", period=Y24),
    F("phạt 5 trường hợp", "5", 5, "count", "trường hợp",
      subject="trường hợp khai thác trái phép bị xử phạt", period=I(Y24)),
    F("tiền 315 triệu", "315", 315e6, "money", "đồng",
      subject="số tiền xử phạt khai thác trái phép", period=I(Y24)),
    F("đạt 980 nghìn", "980", 980e3, "measure", "tấn", status="target",
      subject="sản lượng khai thác", period=I(Y25)),
    F("trên 75%", "75", 75, "percent", "%", approx="over", status="target",
      subject="tỷ lệ cát được chế biến sâu", period=I(Y25)),
    F("giá 3 khu vực", "3", 3, "count", "khu vực mỏ", status="target",
      subject="khu vực mỏ mới hoàn thành đấu giá", period=I(Y25), location="Lệ Thủy"),
]

NOTES = [
    "Formal report: 'UBND TỈNH QUẢNG BÌNH', 'Số: 318/BC-UBND', 'Quảng Bình, ngày 26 tháng 12 năm 2024', sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: the document number, the letterhead date, 'ngày 30/11/2024', section numbers, table row numbers 1-3, 'Lưu: VT, KT'.",
    "As-of 'Tính đến ngày 30/11/2024' covers the whole sentence (also after ';'); 11 and 3 giấy phép take total 14.",
    "'Trong năm' in an annual report → 2024. 'cao hơn 9,1 tỷ đồng so với giá khởi điểm' is a change in đồng.",
    "887 nghìn tấn: percent 101,4, change 11,6%, target 875 nghìn tấn from '(kế hoạch 875 nghìn tấn)'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn': district rows give location, 'Tổng cộng' row stays Quảng Bình;",
    "'Ước thực hiện năm 2024' → estimate; the 'So với cùng kỳ (%)' cells are percent figures (index, as written),",
    "status actual (no cue in their header), period not in their header (inherited 2024, not scored). Cells get no total.",
    "Section II (NHIỆM VỤ NĂM 2025, 'Phấn đấu') → target; the year stands in the heading (inherited).",
]

if __name__ == "__main__":
    write("p1429-3", TEXT, NOTES, FIGS, published="2024-12-26", location="Quảng Bình")
