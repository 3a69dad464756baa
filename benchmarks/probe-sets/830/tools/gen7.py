"""p830-7: department site (CDC Đắk Lắk), no dateline, table pasted one cell per line."""
from lib import F, P, I, C, T, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK LẮK
Trang chủ » Hoạt động chuyên môn » Phòng chống sốt rét

Kết quả phòng chống sốt rét năm 2024 và kế hoạch năm 2025

Năm 2024, toàn tỉnh ghi nhận 168 bệnh nhân sốt rét, giảm 19,2% so với năm 2023, không có tử vong; phát hiện 94 trường hợp có ký sinh trùng sốt rét. Huyện Ea Súp tiếp tục là điểm nóng với 71 bệnh nhân, chiếm 42,3% số bệnh nhân toàn tỉnh. Một số chỉ tiêu chính như sau:

Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Bệnh nhân sốt rét (ca)
208
168
150
Ký sinh trùng sốt rét (ca)
117
94
80
Lam máu xét nghiệm (lam)
62.480
65.915
66.000
Người được bảo vệ bằng màn tẩm (người)
118.300
124.600
125.000

Trong năm 2024, Trung tâm đã tổ chức 24 lớp tập huấn cho 1.150 lượt cán bộ y tế và cộng tác viên; phun tồn lưu cho 2.340 hộ tại các huyện Ea Súp, Buôn Đôn và M'Đrắk. Kinh phí mua hóa chất, vật tư là 1,08 tỷ đồng. Năm 2025, Trung tâm phấn đấu 100% bệnh nhân được điều trị đúng phác đồ, duy trì 155/184 xã, phường, thị trấn đạt tiêu chí loại trừ sốt rét và giảm tỷ lệ mắc xuống dưới 0,08 ca/1.000 dân.

Địa chỉ: 68 Nguyễn Tất Thành, TP. Buôn Ma Thuột, tỉnh Đắk Lắk
Điện thoại: 0262.3852.744 - Email: ttksbt.daklak@gmail.com
Đang truy cập: 37 | Tổng lượt truy cập: 1.284.906
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("ghi nhận 168 bệnh nhân", "168", 168, "count", "bệnh nhân", "bệnh nhân sốt rét", Y24,
      change=C("decrease", 19.2, "%", "năm 2023")),
    F("phát hiện 94 trường hợp", "94", 94, "count", "trường hợp", "trường hợp có ký sinh trùng sốt rét", Y24),
    F("với 71 bệnh nhân", "71", 71, "count", "bệnh nhân", "bệnh nhân sốt rét", I(Y24), location="Ea Súp", percent=42.3),
]
table = [
    ("Bệnh nhân sốt rét (ca)\n", "ca", "bệnh nhân sốt rét", ["208", "168", "150"]),
    ("Ký sinh trùng sốt rét (ca)\n", "ca", "ký sinh trùng sốt rét", ["117", "94", "80"]),
    ("Lam máu xét nghiệm (lam)\n", "lam", "lam máu xét nghiệm", ["62.480", "65.915", "66.000"]),
    ("Người được bảo vệ bằng màn tẩm (người)\n", "người", "người được bảo vệ bằng màn tẩm", ["118.300", "124.600", "125.000"]),
]
for label, unit, subj, cells in table:
    a = label + cells[0]
    b = cells[0] + "\n" + cells[1] + "\n"
    c = cells[1] + "\n" + cells[2] + "\n"
    val = lambda s: int(s.replace(".", ""))
    FIGS += [
        F(a, cells[0], val(cells[0]), "count", unit, subj, Y23),
        F(b, cells[1], val(cells[1]), "count", unit, subj, Y24),
        F(c, cells[2], val(cells[2]), "count", unit, subj + " kế hoạch", K25, status="target"),
    ]
FIGS += [
    F("tổ chức 24 lớp", "24", 24, "count", "lớp", "lớp tập huấn", P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("cho 1.150 lượt", "1.150", 1150, "count", "lượt", "lượt cán bộ y tế và cộng tác viên được tập huấn",
      P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("cho 2.340 hộ", "2.340", 2340, "count", "hộ", "hộ được phun tồn lưu", P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("là 1,08 tỷ đồng", "1,08", 1.08e9, "money", "đồng", "kinh phí mua hóa chất, vật tư", I(Y24)),
    F("phấn đấu 100% bệnh nhân", "100", 100, "percent", "%", "bệnh nhân được điều trị đúng phác đồ", Y25, status="target"),
    F("duy trì 155/184 xã", "155", 155, "count", "xã", "xã, phường, thị trấn đạt tiêu chí loại trừ sốt rét", Y25,
      total=184, status="target"),
    F("dưới 0,08 ca/1.000 dân", "0,08", 0.08, "measure", "ca/1.000 dân", "tỷ lệ mắc sốt rét", Y25,
      approx="under", status="target"),
]

write("p830-7", TEXT, FIGS, published=None, location="Đắk Lắk", comments=[
    "CDC Đắk Lắk department page, no dateline: malaria 2024 and plan 2025; table pasted one cell per line (Năm 2023 / Năm 2024 /",
    "Kế hoạch 2025 by indicator). Units from the row labels; periods from the column headers (scored); 'Kế hoạch 2025' -> target.",
    "Ea Súp's 71 patients 'chiếm 42,3% số bệnh nhân toàn tỉnh': percent attribute, no total (the whole is not restated).",
    "Table cells repeat text figures (168, 94): both the sentence mention and the cell are figures (different positions).",
    "Distractors: footer address 68 Nguyễn Tất Thành, phone 0262.3852.744, 'Đang truy cập: 37', 'Tổng lượt truy cập: 1.284.906'.",
])
