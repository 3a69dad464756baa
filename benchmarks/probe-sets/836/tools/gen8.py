"""p836-8: Báo Long An online, headline figure, (BLA) tag, yarn exports 9 months 2024."""
from lib import F, P, I, C, write

TEXT = """Báo Long An Online
Kinh tế
Xuất khẩu xơ, sợi 9 tháng đạt gần 390 triệu USD
Thứ Ba, 08/10/2024 14:05

(BLA) - 9 tháng năm 2024, kim ngạch xuất khẩu xơ, sợi của tỉnh ước đạt 389,6 triệu USD, tăng 11,2% so với cùng kỳ, chiếm 6,8% tổng kim ngạch xuất khẩu của tỉnh. Riêng quý III/2024 đạt 142,5 triệu USD, cao nhất từ đầu năm đến nay.

Về địa bàn, kim ngạch xuất khẩu sợi lớn nhất thuộc về huyện Đức Hòa (171,3 triệu USD), tiếp đến là Cần Giuộc (96,8 triệu USD) và Bến Lức (71,4 triệu USD). Ba thị trường Trung Quốc, Hàn Quốc và Nhật Bản lần lượt chiếm 47%, 18% và 9% kim ngạch. Giá sợi xuất khẩu bình quân 2.640 USD/tấn, thấp hơn 5,5% so với cùng kỳ.

Cũng theo Sở Công Thương, sản phẩm dệt kim xuất khẩu 9 tháng đạt khoảng 27,5 triệu sản phẩm, tăng 15%. Toàn tỉnh hiện có 23 nhà máy kéo sợi và 11 nhà máy dệt kim, sử dụng trên 16.000 lao động với thu nhập bình quân 8,6 triệu đồng/tháng, tăng khoảng 7% so với năm 2023. Kim ngạch xuất khẩu sợi của tỉnh năm 2023 gấp 2,3 lần năm 2019.

Dự kiến cả năm 2024, xuất khẩu xơ, sợi đạt khoảng 520 triệu USD. Tỉnh phấn đấu đến năm 2025 thu hút thêm 3-5 dự án sợi công nghệ cao vào các KCN dọc Quốc lộ 1A và Quốc lộ N2.

Tin liên quan:
- Long An: 8 tháng, xuất khẩu dệt may tăng trưởng khá
"""
# The related-link line is page furniture; its '8 tháng' is a period in a menu, not a figure.

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
FIGS = [
    F("đạt gần 390 triệu USD", "390", 390e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("ước đạt 389,6 triệu USD", "389,6", 389.6e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi", M9,
      percent=6.8, change=C("increase", 11.2, baseline="cùng kỳ"), status="estimate"),
    F("đạt 142,5 triệu USD", "142,5", 142.5e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi",
      P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("Đức Hòa (171,3 triệu USD)", "171,3", 171.3e6, "money", "USD", "kim ngạch xuất khẩu sợi", I(M9), location="Đức Hòa"),
    F("Cần Giuộc (96,8 triệu USD)", "96,8", 96.8e6, "money", "USD", "kim ngạch xuất khẩu sợi", I(M9), location="Cần Giuộc"),
    F("Bến Lức (71,4 triệu USD)", "71,4", 71.4e6, "money", "USD", "kim ngạch xuất khẩu sợi", I(M9), location="Bến Lức"),
    F("Ba thị trường", "Ba", 3, "count", "thị trường", "thị trường xuất khẩu sợi chính", optional=True),
    F("chiếm 47%", "47", 47, "percent", "%", "tỷ trọng thị trường Trung Quốc trong kim ngạch xuất khẩu xơ, sợi", I(M9)),
    F("47%, 18%", "18", 18, "percent", "%", "tỷ trọng thị trường Hàn Quốc trong kim ngạch xuất khẩu xơ, sợi", I(M9)),
    F("và 9% kim ngạch", "9", 9, "percent", "%", "tỷ trọng thị trường Nhật Bản trong kim ngạch xuất khẩu xơ, sợi", I(M9)),
    F("bình quân 2.640 USD/tấn", "2.640", 2640, "money", "USD/tấn", "giá sợi xuất khẩu bình quân", I(M9),
      change=C("decrease", 5.5, baseline="cùng kỳ")),
    F("khoảng 27,5 triệu sản phẩm", "27,5", 27.5e6, "count", "sản phẩm", "sản phẩm dệt kim xuất khẩu",
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="about", change=C("increase", 15)),
    F("có 23 nhà máy", "23", 23, "count", "nhà máy", "nhà máy kéo sợi"),
    F("và 11 nhà máy", "11", 11, "count", "nhà máy", "nhà máy dệt kim"),
    F("trên 16.000 lao động", "16.000", 16000, "count", "lao động", "lao động của các nhà máy kéo sợi, dệt kim",
      approx="over"),
    F("bình quân 8,6 triệu đồng/tháng", "8,6", 8.6e6, "money", "đồng/tháng", "thu nhập bình quân của lao động",
      change=C("increase", 7, baseline="năm 2023", approx="about")),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "kim ngạch xuất khẩu sợi năm 2023 so với năm 2019",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 520 triệu USD", "520", 520e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("thêm 3-5 dự án", "3", 3, "count", "dự án", "dự án sợi công nghệ cao thu hút thêm",
      P("đến năm 2025", None, "2025-12-31"), value_max=5, status="target"),
]

NOTES = [
    "Báo Long An online: headline figure (year-less '9 tháng', nothing dated before it: year of published 2024), dateline 'Thứ Ba, 08/10/2024 14:05', '(BLA) -' tag.",
    "District list after 'Về địa bàn' (a new sentence with no cue of its own): actual, district locations, no total (171,3+96,8+71,4 < 389,6).",
    "'lần lượt chiếm 47%, 18% và 9%': three percent figures, market in the subject, location Long An. 'Ba thị trường' optional (structure).",
    "'Giá sợi ... 2.640 USD/tấn, thấp hơn 5,5% so với cùng kỳ' -> change of the price. 'Riêng quý III/2024 đạt' has no total cue.",
    "'gấp 2,3 lần năm 2019' stands alone: multiple. 'Tin liên quan' line (with '8 tháng') is page furniture. Quốc lộ 1A, Quốc lộ N2 distractors.",
]

write(8, TEXT, FIGS, NOTES, published="2024-10-08", location="Long An")
