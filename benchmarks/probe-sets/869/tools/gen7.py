"""p869-7: department site (Chi cục QLCL NLS&TS Khánh Hòa), ice monitoring 2022-2024, one-cell-per-line table, no dateline."""
from lib import C, F, I, P, T, write_set

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH KHÁNH HÒA
CHI CỤC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả giám sát chất lượng nước đá dùng cho tàu cá giai đoạn 2022-2024

Thực hiện Chương trình giám sát an toàn thực phẩm thủy sản, Chi cục đã lấy mẫu nước đá tại 3 cảng cá Hòn Rớ, Vĩnh Lương, Đá Bạc và các cơ sở sản xuất nước đá cung cấp cho tàu cá trên địa bàn tỉnh. Kết quả tổng hợp như sau:

Đơn vị tính: mẫu
Chỉ tiêu
Năm 2022
Năm 2023
Năm 2024
Số mẫu lấy
96
104
120
Số mẫu đạt
81
93
112
Số mẫu không đạt
15
11
8

Như vậy, tỷ lệ mẫu không đạt đã giảm từ 15,6% năm 2022 xuống 6,7% năm 2024. Chỉ tiêu không đạt chủ yếu là Coliforms (chiếm 70% số mẫu không đạt), còn lại là E.coli và Pseudomonas aeruginosa.

Hiện toàn tỉnh có 36 cơ sở sản xuất nước đá, trong đó 29 cơ sở được xếp loại A và B, chiếm 80,6%; 7 cơ sở xếp loại C đã được yêu cầu khắc phục trong thời hạn 30 ngày. Tổng công suất các cơ sở khoảng 2.300 tấn/ngày, riêng khu vực cảng Hòn Rớ (TP Nha Trang) chiếm gần 45%.

Năm 2025, Chi cục đặt mục tiêu lấy 130 mẫu nước đá, nâng tần suất giám sát tại cảng cá Hòn Rớ lên 2 lần/tháng và tập huấn cho trên 200 lượt chủ cơ sở, công nhân sản xuất nước đá.

CHI CỤC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN KHÁNH HÒA
Địa chỉ: 04 Phan Chu Trinh, TP Nha Trang, tỉnh Khánh Hòa
Điện thoại: 0258.3822.643 - Fax: 0258.3822.644
Lượt truy cập: 1.284.067 | Đang trực tuyến: 23
"""

ROWS = {"Số mẫu lấy": ("96", "104", "120"), "Số mẫu đạt": ("81", "93", "112"),
        "Số mẫu không đạt": ("15", "11", "8")}
YEARS = ["2022", "2023", "2024"]
FIGS = [
    F("tại 3 cảng cá", "3", 3, "count", "cảng cá", subject="cảng cá lấy mẫu nước đá"),
]
for label, cells in ROWS.items():
    for i, (cell, year) in enumerate(zip(cells, YEARS)):
        # anchor: the row label and its cells up to this one, one per line
        anchor = "\n".join([label, *cells[: i + 1]]) + "\n"
        FIGS.append(F(anchor, cell, int(cell), "count", "mẫu", subject=label.lower(),
                      period=P(f"Năm {year}", f"{year}-01-01", f"{year}-12-31")))
FIGS += [
    F("giảm từ 15,6%", "15,6", 15.6, "percent", "%", subject="tỷ lệ mẫu không đạt",
      period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("xuống 6,7%", "6,7", 6.7, "percent", "%", subject="tỷ lệ mẫu không đạt",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("chiếm 70%", "70", 70, "percent", "%", subject="mẫu không đạt do Coliforms"),
    F("có 36 cơ sở", "36", 36, "count", "cơ sở", subject="cơ sở sản xuất nước đá"),
    F("29 cơ sở", "29", 29, "count", "cơ sở", total=36, percent=80.6,
      subject="cơ sở được xếp loại A và B"),
    F("7 cơ sở", "7", 7, "count", "cơ sở", total=36, subject="cơ sở xếp loại C"),
    F("thời hạn 30 ngày", "30", 30, "measure", "ngày", subject="thời hạn khắc phục", optional=True),
    F("khoảng 2.300 tấn/ngày", "2.300", 2300, "measure", "tấn/ngày", approx="about",
      subject="tổng công suất các cơ sở"),
    F("gần 45%", "45", 45, "percent", "%", approx="nearly",
      subject="công suất khu vực cảng Hòn Rớ trong tổng công suất", location="Nha Trang"),
    F("lấy 130 mẫu", "130", 130, "count", "mẫu", status="target", subject="mẫu nước đá lấy giám sát",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
    F("2 lần/tháng", "2", 2, "measure", "lần/tháng", status="target",
      subject="tần suất giám sát tại cảng cá Hòn Rớ", period=P("Năm 2025", "2025-01-01", "2025-12-31"),
      location="Nha Trang"),
    F("trên 200 lượt", "200", 200, "count", "lượt", approx="over", status="target",
      subject="lượt chủ cơ sở, công nhân được tập huấn",
      period=P("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Chi cục QLCL Nông lâm sản và Thủy sản Khánh Hòa: ice monitoring results 2022-2024. No dateline (published absent);",
    "footer address, phone/fax and 'Lượt truy cập: 1.284.067 | Đang trực tuyến: 23' are page furniture.",
    "Table pasted one cell per line: every numeric cell is a figure, subject = row label, period = column year (scored).",
    "'giảm từ 15,6% năm 2022 xuống 6,7% năm 2024' gives two percent figures with their own years (no change value).",
    "'giai đoạn 2022-2024' (title), 'loại A và B', 'loại C' are not figures. 'thời hạn 30 ngày' (a deadline) is optional;",
    "'gần 45%' (share of capacity at Hòn Rớ) is located in Nha Trang. 'trong đó 29 …; 7 …' both get total 36.",
]

write_set("p869-7", TEXT, FIGS, NOTES, location="Khánh Hòa")
