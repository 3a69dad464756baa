"""p868-7: Sóc Trăng rural water centre (department site, no dateline) - 2023 results, one-cell-per-line table by district."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SÓC TRĂNG
TRUNG TÂM NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG THÔN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả cung cấp nước sạch nông thôn năm 2023

Năm 2023, Trung tâm quản lý, vận hành 142 công trình cấp nước tập trung, cung cấp nước cho 96.530 hộ dân nông thôn, tăng 4.125 hộ so với năm 2022. Tổng sản lượng nước tiêu thụ đạt 9,4 triệu m3; doanh thu tiền nước đạt 68,7 tỷ đồng, bằng 104,2% kế hoạch.

Tỷ lệ thất thoát nước bình quân của các công trình là 19,5%. Trong số 142 công trình, có 23 công trình xây dựng trước năm 2010 thất thoát trên 30%. Trung tâm đã thay thế 6.840 đồng hồ nước hư hỏng, chạy không chính xác và xử lý 215 trường hợp gian lận chỉ số đồng hồ.

Kết quả tại một số huyện như sau:
Huyện
Số công trình
Số hộ đấu nối
Tỷ lệ hộ dùng nước sạch (%)
Mỹ Tú
21
12.460
68,3
Châu Thành
18
11.925
71,6
Long Phú
24
13.780
65,2
Trần Đề
27
15.310
62,9

Năm 2024, Trung tâm phấn đấu nâng tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn lên 70%, đầu tư nâng cấp 12 công trình với tổng kinh phí khoảng 27 tỷ đồng.

TRUNG TÂM NƯỚC SẠCH VÀ VỆ SINH MÔI TRƯỜNG NÔNG THÔN TỈNH SÓC TRĂNG
Địa chỉ: Số 122 Trần Hưng Đạo, Phường 3, TP Sóc Trăng, tỉnh Sóc Trăng
Điện thoại: 0299.3821.457 - Fax: 0299.3822.196
Lượt truy cập: 384.512
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TAB = I(Y23)


def row(place, works, homes, rate, wv, hv, rv):
    return [
        F(f"{place}\n{works}\n", works, wv, "count", "công trình", "số công trình", TAB, location=place),
        F(f"{works}\n{homes}\n", homes, hv, "count", "hộ", "số hộ đấu nối", TAB, location=place),
        F(f"{homes}\n{rate}", rate, rv, "percent", "%", "tỷ lệ hộ dùng nước sạch", TAB, location=place),
    ]


FIGS = [
    F("vận hành 142 công trình", "142", 142, "count", "công trình", "công trình cấp nước tập trung", Y23),
    F("cho 96.530 hộ", "96.530", 96_530, "count", "hộ", "hộ dân nông thôn được cung cấp nước", Y23,
      change=C("increase", 4_125, "hộ", "năm 2022")),
    F("đạt 9,4 triệu m3", "9,4", 9_400_000, "measure", "m3", "tổng sản lượng nước tiêu thụ", I(Y23)),
    F("đạt 68,7 tỷ đồng", "68,7", 68_700_000_000, "money", "đồng", "doanh thu tiền nước", I(Y23), percent=104.2),
    F("là 19,5%", "19,5", 19.5, "percent", "%", "tỷ lệ thất thoát nước bình quân của các công trình", I(Y23)),
    F("có 23 công trình", "23", 23, "count", "công trình", "công trình thất thoát trên 30%", I(Y23), total=142),
    F("trên 30%", "30", 30, "percent", "%", "tỷ lệ thất thoát", approx="over", optional=True),
    F("thay thế 6.840 đồng hồ", "6.840", 6_840, "count", "đồng hồ", "đồng hồ nước hư hỏng, chạy không chính xác được thay thế",
      I(Y23)),
    F("xử lý 215 trường hợp", "215", 215, "count", "trường hợp", "trường hợp gian lận chỉ số đồng hồ được xử lý", I(Y23)),
    *row("Mỹ Tú", "21", "12.460", "68,3", 21, 12_460, 68.3),
    *row("Châu Thành", "18", "11.925", "71,6", 18, 11_925, 71.6),
    *row("Long Phú", "24", "13.780", "65,2", 24, 13_780, 65.2),
    *row("Trần Đề", "27", "15.310", "62,9", 27, 15_310, 62.9),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn", Y24, status="target"),
    F("nâng cấp 12 công trình", "12", 12, "count", "công trình", "công trình đầu tư nâng cấp", Y24, status="target"),
    F("khoảng 27 tỷ đồng", "27", 27_000_000_000, "money", "đồng", "tổng kinh phí nâng cấp công trình", Y24,
      approx="about", status="target"),
]

NOTES = [
    "Department site (Trung tâm Nước sạch và VSMT nông thôn, Sở NN&PTNT Sóc Trăng): no dateline (no published); footer address, phone, fax, 'Lượt truy cập: 384.512'.",
    "One-cell-per-line table (header cells, then each district's cells, one per line); no unit line: units from the header (công trình, hộ, %).",
    "District rows give location; the table period is inherited from 'Năm 2023' (the lead paragraph). Cells get no totals.",
    "'Trong số 142 công trình, có 23 công trình': total 142; the repeated 142 is the attribute, not a figure. 'trên 30%' is a threshold: optional.",
    "Distractors: 'trước năm 2010', Số 122 Trần Hưng Đạo, Phường 3, 0299.3821.457, 0299.3822.196, Lượt truy cập, the menu line.",
]

write("p868-7", TEXT, NOTES, FIGS, location="Sóc Trăng")
