"""p1201-7: department site (Sở Tư pháp Nghệ An), no dateline, one-cell-per-line table of foreign-element civil status."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TƯ PHÁP TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Liên hệ

Đăng ký hộ tịch có yếu tố nước ngoài tăng ở các huyện biên giới

Năm 2024, UBND các huyện, thành phố, thị xã trên địa bàn tỉnh đã đăng ký 1.146 việc hộ tịch có yếu tố nước ngoài, tăng 9,3% so với năm 2023. Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến là 402 hồ sơ, đạt 134% kế hoạch.

Kết quả đăng ký một số việc hộ tịch có yếu tố nước ngoài:
Đơn vị tính: việc
Loại việc
Năm 2023
Năm 2024
Kết hôn
312
345
Khai sinh
268
291
Khai tử
41
38
Ghi chú kết hôn
196
224
Ghi chú ly hôn
52
61
Tổng số
869
959

Tại các huyện biên giới Kỳ Sơn, Tương Dương, Quế Phong, việc kết hôn giữa công dân Việt Nam và công dân Lào ngày càng nhiều. Riêng huyện Kỳ Sơn năm 2024 đăng ký kết hôn cho 27 cặp, tăng 8 cặp so với năm 2023. Theo Phòng Tư pháp huyện, hiện trên địa bàn còn khoảng 60 cặp nam nữ ở hai bên biên giới chung sống như vợ chồng nhưng chưa đăng ký kết hôn; huyện đã phối hợp với Bộ đội Biên phòng tuyên truyền tại 12 bản giáp biên.

Năm 2025, Sở Tư pháp phấn đấu tỷ lệ hồ sơ hộ tịch có yếu tố nước ngoài nộp trực tuyến đạt từ 50% trở lên.

Bài viết liên quan:
- Tập huấn Luật Hộ tịch năm 2024 cho công chức cấp xã
- Triển khai Đề án 06 trong lĩnh vực hộ tịch

SỞ TƯ PHÁP TỈNH NGHỆ AN
Địa chỉ: Số 16 đường Trường Thi, TP Vinh, Nghệ An
Điện thoại: 0238.3598.046
Lượt truy cập: 2.035.881 | Đang trực tuyến: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
KS = "Kỳ Sơn"
ROWS = [("Kết hôn", "312", "345"), ("Khai sinh", "268", "291"), ("Khai tử", "41", "38"),
        ("Ghi chú kết hôn", "196", "224"), ("Ghi chú ly hôn", "52", "61"), ("Tổng số", "869", "959")]


def table():
    out = []
    for label, a, b in ROWS:
        out.append(F(f"{label}\n{a}", a, int(a), "count", "việc", subject=f"{label.lower()} năm 2023", period=Y23))
        out.append(F(f"{a}\n{b}", b, int(b), "count", "việc", subject=f"{label.lower()} năm 2024", period=Y24))
    return out


FIGS = [
    F("đăng ký 1.146 việc", "1.146", 1146, "count", "việc",
      change=C("increase", 9.3, "%", "năm 2023"),
      subject="việc hộ tịch có yếu tố nước ngoài đăng ký", period=Y24),
    F("là 402 hồ sơ", "402", 402, "count", "hồ sơ", percent=134,
      subject="hồ sơ tiếp nhận qua dịch vụ công trực tuyến", period=I(Y24)),
] + table() + [
    F("cho 27 cặp", "27", 27, "count", "cặp", location=KS,
      change=C("increase", 8, "cặp", "năm 2023"),
      subject="đăng ký kết hôn", period=Y24b),
    F("khoảng 60 cặp", "60", 60, "count", "cặp", approx="about", location=KS,
      subject="cặp nam nữ chung sống như vợ chồng nhưng chưa đăng ký kết hôn"),
    F("tại 12 bản", "12", 12, "count", "bản", location=KS,
      subject="bản giáp biên được tuyên truyền"),
    F("từ 50%", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ hồ sơ hộ tịch có yếu tố nước ngoài nộp trực tuyến", period=Y25),
]

NOTES = [
    "Department site (Sở Tư pháp Nghệ An), no dateline (published absent): menu, related links, footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: việc', rows are kinds of registration, columns 'Năm 2023' / 'Năm 2024' (periods scored),",
    "subject = row label + column label; the 'Tổng số' row is its own figures; cells get no total. Table covers 'một số việc' (959 < 1.146).",
    "'402 hồ sơ, đạt 134% kế hoạch' → percent 134. Kỳ Sơn passage: location Kỳ Sơn. 'hai bên biên giới' = both sides: not a figure.",
    "'từ 50% trở lên' = at least 50 (target). Distractors: 'Đề án 06', 'Luật Hộ tịch năm 2024' (title), phone, address, counters.",
]

if __name__ == "__main__":
    write("p1201-7", TEXT, NOTES, FIGS, location="Nghệ An")
