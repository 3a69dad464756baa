"""p999-7: Sở LĐ-TB&XH tỉnh Tây Ninh page, no dateline, one-cell-per-line table 2022-2024, footer with counter."""
from lib import P, I, C, T, F, write

TEXT = """
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH TÂY NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Tây Ninh chi trả đầy đủ, kịp thời trợ cấp cho nạn nhân chất độc da cam

Năm 2023, toàn tỉnh Tây Ninh có 2.614 người hoạt động kháng chiến và con đẻ bị nhiễm chất độc hóa học hưởng trợ cấp hằng tháng, tăng 74 người so với năm 2022. Tổng kinh phí chi trả đạt 61,4 tỷ đồng, bằng 102,3% dự toán. Huyện Châu Thành và huyện Tân Biên là hai địa phương có số nạn nhân đông nhất, lần lượt 512 người và 438 người.

9 tháng đầu năm 2024, Sở đã phối hợp chi trả 49,6 tỷ đồng, đạt 70,9% kế hoạch năm; giải quyết mới 58 hồ sơ đề nghị hưởng chế độ. Hội Nạn nhân chất độc da cam/dioxin tỉnh vận động được khoảng 1,9 tỷ đồng, hỗ trợ xây 11 căn nhà.

Kết quả thực hiện chính sách giai đoạn 2022-2024 như sau:
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Người hưởng trợ cấp hằng tháng (người)
2.540
2.614
2.650
Kinh phí chi trả trợ cấp (tỷ đồng)
52,8
61,4
70
Nhà xây mới, sửa chữa (căn)
24
31
35
Quà tặng nạn nhân (suất)
2.100
2.450
2.500

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH TÂY NINH
Địa chỉ: Số 211, đường 30/4, phường 2, TP. Tây Ninh, tỉnh Tây Ninh
Điện thoại: 0276.3822.345 - Fax: 0276.3822.346
Tổng lượt truy cập: 1.284.697
"""

NOTES = [
    "Sở LĐ-TB&XH Tây Ninh: no dateline (no published). Footer address (Số 211, đường 30/4, phường 2), phone, fax and",
    "'Tổng lượt truy cập: 1.284.697' are page furniture. 'giai đoạn 2022-2024' only names the table's span.",
    "One-cell-per-line table: row label gives subject and unit (multiplier from '(tỷ đồng)'), column header the period;",
    "'Kế hoạch 2024' column is status target. Table cells get no totals.",
    "'bằng 102,3% dự toán' is the share of 61,4 tỷ; 'đạt 70,9% kế hoạch năm' the share of 49,6 tỷ.",
    "'hai địa phương' (a top-2 label) optional. District list after 'lần lượt': districts go to location.",
]

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")

R1 = "người hưởng trợ cấp hằng tháng"
R2 = "kinh phí chi trả trợ cấp"
R3 = "nhà xây mới, sửa chữa"
R4 = "quà tặng nạn nhân"

FIGS = [
    F("có 2.614 người", "2.614", 2614, "count", "người",
      "người hoạt động kháng chiến và con đẻ bị nhiễm chất độc hóa học hưởng trợ cấp hằng tháng", Y23,
      change=C("increase", 74, "người", "năm 2022")),
    F("đạt 61,4 tỷ đồng", "61,4", 61.4e9, "money", "đồng", "tổng kinh phí chi trả", I(Y23), percent=102.3),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có số nạn nhân đông nhất", optional=True),
    F("lần lượt 512 người", "512", 512, "count", "người", "số nạn nhân", I(Y23), location="Châu Thành"),
    F("và 438 người", "438", 438, "count", "người", "số nạn nhân", I(Y23), location="Tân Biên"),
    F("chi trả 49,6 tỷ đồng", "49,6", 49.6e9, "money", "đồng", "kinh phí chi trả trợ cấp", M9, percent=70.9),
    F("giải quyết mới 58 hồ sơ", "58", 58, "count", "hồ sơ", "hồ sơ đề nghị hưởng chế độ giải quyết mới", M9),
    F("khoảng 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "kinh phí Hội Nạn nhân chất độc da cam/dioxin tỉnh vận động",
      I(M9), approx="about"),
    F("xây 11 căn nhà", "11", 11, "count", "căn nhà", "căn nhà hỗ trợ xây", I(M9)),
    F("(người)\n2.540", "2.540", 2540, "count", "người", R1, Y22),
    F("2.540\n2.614", "2.614", 2614, "count", "người", R1, Y23),
    F("2.614\n2.650", "2.650", 2650, "count", "người", R1, K24, status="target"),
    F("(tỷ đồng)\n52,8", "52,8", 52.8e9, "money", "đồng", R2, Y22),
    F("52,8\n61,4", "61,4", 61.4e9, "money", "đồng", R2, Y23),
    F("61,4\n70\n", "70", 70e9, "money", "đồng", R2, K24, status="target"),
    F("(căn)\n24", "24", 24, "count", "căn", R3, Y22),
    F("24\n31", "31", 31, "count", "căn", R3, Y23),
    F("31\n35", "35", 35, "count", "căn", R3, K24, status="target"),
    F("(suất)\n2.100", "2.100", 2100, "count", "suất", R4, Y22),
    F("2.100\n2.450", "2.450", 2450, "count", "suất", R4, Y23),
    F("2.450\n2.500", "2.500", 2500, "count", "suất", R4, K24, status="target"),
]

if __name__ == "__main__":
    write("p999-7", TEXT, NOTES, FIGS, published=None, location="Tây Ninh")
