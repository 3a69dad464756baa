"""p903-7: Sở VHTTDL Quảng Nam site (no dateline): Cơ Tu gong preservation, one-cell-per-line table."""
from lib import F, P, I, CH, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản

Bảo tồn văn hóa cồng chiêng của đồng bào Cơ Tu

Những năm qua, Sở phối hợp với UBND các huyện Tây Giang, Đông Giang, Nam Giang triển khai nhiều giải pháp bảo tồn cồng chiêng của đồng bào Cơ Tu. Hiện toàn tỉnh có 186 đội chiêng với khoảng 3.400 thành viên, trong đó Tây Giang 64 đội, Đông Giang 58 đội, Nam Giang 41 đội; tổng số bộ cồng chiêng khoảng 920 bộ.

Kết quả truyền dạy, hỗ trợ giai đoạn 2022-2024 như sau:

Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
Kế hoạch 2024
Lớp truyền dạy
lớp
12
15
18
Học viên
người
340
425
500
Đội chiêng được hỗ trợ nhạc cụ
đội
20
26
30
Kinh phí
triệu đồng
1.150
1.420
1.800

9 tháng đầu năm 2024, các địa phương đã mở 14 lớp, đạt 77,8% kế hoạch năm, với 386 học viên; cấp 24 bộ cồng chiêng cho các thôn. Riêng quý III/2024 mở 5 lớp, trong đó huyện Tây Giang 3 lớp.

Thời gian tới, Sở tiếp tục phối hợp tổ chức Ngày hội văn hóa, thể thao các huyện miền núi lần thứ XII; dự kiến kinh phí bảo tồn cồng chiêng năm 2025 khoảng 2 tỷ đồng.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH QUẢNG NAM
Địa chỉ: 62 Hùng Vương, TP. Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3852.143 - Fax: 0235.3852.144
Đang truy cập: 41 | Tổng lượt truy cập: 1.284.562
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 186 đội chiêng", "186", 186, "count", "đội chiêng", "đội chiêng"),
    F("khoảng 3.400 thành viên", "3.400", 3400, "count", "thành viên", "thành viên đội chiêng", approx="about"),
    F("Tây Giang 64 đội", "64", 64, "count", "đội", "đội chiêng", total=186, location="Tây Giang"),
    F("Đông Giang 58 đội", "58", 58, "count", "đội", "đội chiêng", total=186, location="Đông Giang"),
    F("Nam Giang 41 đội", "41", 41, "count", "đội", "đội chiêng", total=186, location="Nam Giang"),
    F("khoảng 920 bộ", "920", 920, "count", "bộ", "tổng số bộ cồng chiêng", approx="about"),
]

TABLE = [  # row label, unit, multiplier, cells
    ("Lớp truyền dạy", "lớp", 1, ["12", "15", "18"]),
    ("Học viên", "người", 1, ["340", "425", "500"]),
    ("Đội chiêng được hỗ trợ nhạc cụ", "đội", 1, ["20", "26", "30"]),
    ("Kinh phí", "đồng", 10**6, ["1.150", "1.420", "1.800"]),
]
for label, unit, mult, cells in TABLE:
    kind = "money" if unit == "đồng" else "count"
    unit_line = "triệu đồng" if unit == "đồng" else unit
    a, b, c = cells
    for anchor, num, per, status, subj in (
        (f"{unit_line}\n{a}\n", a, Y22, "actual", label),
        (f"\n{a}\n{b}\n", b, Y23, "actual", label),
        (f"\n{b}\n{c}\n", c, K24, "target", label + " kế hoạch"),
    ):
        val = float(num.replace(".", "")) * mult
        FIGS.append(F(anchor, num, val, kind, unit, subj, period=per,
                      **({"status": status} if status != "actual" else {})))

FIGS += [
    F("mở 14 lớp", "14", 14, "count", "lớp", "lớp truyền dạy", percent=77.8, period=M9),
    F("với 386 học viên", "386", 386, "count", "học viên", "học viên lớp truyền dạy", period=M9),
    F("cấp 24 bộ", "24", 24, "count", "bộ cồng chiêng", "bộ cồng chiêng cấp cho các thôn", period=M9),
    F("mở 5 lớp", "5", 5, "count", "lớp", "lớp truyền dạy", period=Q3),
    F("Tây Giang 3 lớp", "3", 3, "count", "lớp", "lớp truyền dạy", total=5, location="Tây Giang", period=Q3),
    F("khoảng 2 tỷ đồng", "2", 2e9, "money", "đồng", "kinh phí bảo tồn cồng chiêng", approx="about",
      status="forecast", period=Y25),
]

NOTES = [
    "Sở VHTTDL Quảng Nam site: no dateline (published absent); footer address, phone, fax, visitor counters.",
    "Not figures: '62 Hùng Vương', '0235.3852.143', '0235.3852.144', 'Đang truy cập: 41', 'Tổng lượt truy cập: 1.284.562',",
    "'giai đoạn 2022-2024' (heading), 'lần thứ XII'.",
    "Table pasted one cell per line: Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023 | Kế hoạch 2024. Unit and multiplier from",
    "the 'Đơn vị tính' cell of each row ('triệu đồng' -> ×10^6 đồng); period from the column header (scored);",
    "'Kế hoạch 2024' column -> status target. Subject = row label (+ 'kế hoạch' for the plan column).",
    "The district parts after 'trong đó' take the whole 186 (same count of đội chiêng).",
    "'đạt 77,8% kế hoạch năm' is the share of 14 lớp (14/18).",
]

write(7, TEXT, FIGS, published=None, location="Quảng Nam", notes=NOTES)
