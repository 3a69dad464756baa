"""p1053-4: ministry/central agency site (Cục Hàng hải Việt Nam), national, year 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỤC HÀNG HẢI VIỆT NAM
Trang chủ > Tin tức > Tin hoạt động

Sản lượng hàng hóa qua cảng biển năm 2023 đạt hơn 756 triệu tấn
Ngày đăng: 12/01/2024 10:05 | Lượt xem: 1.506

Theo số liệu thống kê của Cục Hàng hải Việt Nam, năm 2023 tổng khối lượng hàng hóa thông qua hệ thống cảng biển Việt Nam đạt 756,8 triệu tấn, tăng 5% so với năm 2022. Trong đó, hàng xuất khẩu đạt 197,4 triệu tấn, giảm 1%; hàng nhập khẩu đạt 256,2 triệu tấn, tăng 7%; hàng nội địa đạt 302 triệu tấn, tăng 8%; hàng quá cảnh đạt 1,2 triệu tấn.

Hàng container thông qua cảng biển đạt 24,7 triệu TEU, tăng 3% so với năm 2022; tổng lượt tàu thuyền vào, rời cảng đạt 114.850 lượt. Các khu vực có sản lượng container lớn nhất lần lượt là TP Hồ Chí Minh (8,1 triệu TEU), Bà Rịa - Vũng Tàu (6,9 triệu TEU) và Hải Phòng (6,4 triệu TEU). Cụm cảng Cái Mép - Thị Vải (Bà Rịa - Vũng Tàu) đứng thứ 19 trong danh sách 50 cảng container hàng đầu thế giới.

Cả nước hiện có 296 bến cảng với tổng chiều dài cầu cảng khoảng 107 km, năng lực thông qua trên 900 triệu tấn/năm.

Dự báo năm 2024, khối lượng hàng hóa qua cảng biển đạt khoảng 790-800 triệu tấn, hàng container đạt 28,5-29 triệu TEU. Để đáp ứng nhu cầu, Cục đề nghị các địa phương triển khai quy hoạch theo Quyết định số 140/QĐ-TTg như đã thống nhất tại hội nghị giao ban lần thứ 2 của ngành.

Cục Hàng hải Việt Nam - Số 8 Phạm Hùng, Cầu Giấy, Hà Nội. Điện thoại: 024.3768.3191
"""

LOC = "Việt Nam"
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đạt hơn 756 triệu tấn", "756", 756e6, "measure", "tấn", approx="over",
      subject="sản lượng hàng hóa qua cảng biển", period=Y23),
    F("đạt 756,8 triệu tấn", "756,8", 756.8e6, "measure", "tấn", change=C("+", 5, baseline="năm 2022"),
      subject="tổng khối lượng hàng hóa thông qua hệ thống cảng biển", period=Y23),
    F("đạt 197,4 triệu tấn", "197,4", 197.4e6, "measure", "tấn", total=756.8e6, change=C("-", 1),
      subject="hàng xuất khẩu", period=I(Y23)),
    F("đạt 256,2 triệu tấn", "256,2", 256.2e6, "measure", "tấn", total=756.8e6, change=C("+", 7),
      subject="hàng nhập khẩu", period=I(Y23)),
    F("đạt 302 triệu tấn", "302", 302e6, "measure", "tấn", total=756.8e6, change=C("+", 8),
      subject="hàng nội địa", period=I(Y23)),
    F("đạt 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", total=756.8e6,
      subject="hàng quá cảnh", period=I(Y23)),
    F("đạt 24,7 triệu TEU", "24,7", 24.7e6, "measure", "TEU", change=C("+", 3, baseline="năm 2022"),
      subject="hàng container thông qua cảng biển", period=I(Y23)),
    F("đạt 114.850 lượt", "114.850", 114850, "count", "lượt tàu thuyền",
      subject="lượt tàu thuyền vào, rời cảng", period=I(Y23)),
    F("(8,1 triệu TEU)", "8,1", 8.1e6, "measure", "TEU", location="TP Hồ Chí Minh",
      subject="sản lượng container", period=I(Y23)),
    F("(6,9 triệu TEU)", "6,9", 6.9e6, "measure", "TEU", location="Bà Rịa - Vũng Tàu",
      subject="sản lượng container", period=I(Y23)),
    F("(6,4 triệu TEU)", "6,4", 6.4e6, "measure", "TEU", location="Hải Phòng",
      subject="sản lượng container", period=I(Y23)),
    F("đứng thứ 19", "19", 19, "rank", "hạng", total=50, location="Bà Rịa - Vũng Tàu",
      subject="cụm cảng Cái Mép - Thị Vải trong danh sách cảng container hàng đầu thế giới", period=I(Y23)),
    F("có 296 bến cảng", "296", 296, "count", "bến cảng", subject="bến cảng cả nước"),
    F("khoảng 107 km", "107", 107, "measure", "km", approx="about", subject="tổng chiều dài cầu cảng"),
    F("trên 900 triệu tấn/năm", "900", 900e6, "measure", "tấn/năm", approx="over",
      subject="năng lực thông qua"),
    F("khoảng 790-800 triệu tấn", "790", 790e6, "measure", "tấn", value_max=800e6, approx="about",
      status="forecast", subject="khối lượng hàng hóa qua cảng biển", period=Y24),
    F("đạt 28,5-29 triệu TEU", "28,5", 28.5e6, "measure", "TEU", value_max=29e6, status="forecast",
      subject="hàng container", period=Y24),
]

COMMENTS = [
    "Ministry/central agency site (Cục Hàng hải Việt Nam): national seaport throughput in 2023 and forecast for 2024. Location Việt Nam.",
    "Parts after 'Trong đó' add up to 756,8 triệu tấn (197,4 + 256,2 + 302 + 1,2): total. Each part's bare 'tăng/giảm x%' is its change (baseline by ellipsis).",
    "List 'lần lượt là TP Hồ Chí Minh (8,1 triệu TEU), …': the province items are locations, subject the list's indicator.",
    "'đứng thứ 19 trong danh sách 50 cảng': rank 19 with total 50 (as 'xếp hạng 25/63'); the 50 is an attribute, not a figure. 'Dự báo' makes both 2024 ranges forecasts.",
    "Distractors: 'Ngày đăng: 12/01/2024 10:05', 'Lượt xem: 1.506', 'Quyết định số 140/QĐ-TTg', 'lần thứ 2', 'Số 8 Phạm Hùng', phone 024.3768.3191.",
    "'Cả nước hiện có': no period.",
]

if __name__ == "__main__":
    write("p1053-4", TEXT, FIGS, COMMENTS, published="2024-01-12", location=LOC)
