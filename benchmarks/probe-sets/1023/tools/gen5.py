"""p1023-5: Party/provincial newspaper (Báo Đắk Lắk), Buôn Ma Thuột, byline and bare date at the end."""
from lib import F, P, I, C, T, write_set

TEXT = """Buôn Ma Thuột: Rác hữu cơ thành phân bón cho vườn cà phê

Sau hơn 2 năm triển khai Đề án phân loại chất thải rắn sinh hoạt tại nguồn, đến nay TP. Buôn Ma Thuột đã có 37.600 hộ dân ở 21/21 xã, phường tham gia, chiếm khoảng 41% tổng số hộ trên địa bàn. Từ đầu năm đến nay, các hộ đã tự xử lý khoảng 4.150 tấn rác hữu cơ thành phân bón, tăng 26% so với cùng kỳ năm 2022.

Hiện thành phố thu gom bình quân 280 tấn rác sinh hoạt/ngày, trong đó rác hữu cơ chiếm khoảng 58%. Tại phường Tân Lợi, mỗi tổ dân phố được cấp 2 thùng chứa rác hữu cơ loại 240 lít đặt tại điểm tập kết dọc Quốc lộ 14; riêng tổ dân phố 6 có 96/112 hộ tham gia, đạt 85,7%.

Ở vùng ven, người dân tận dụng rác nhà bếp ủ cùng vỏ cà phê, phân chuồng. Anh Y Khu Niê ở buôn Ko Tam, xã Ea Tu cho biết, mỗi năm gia đình anh thu được gần 3 tấn phân hữu cơ, đủ bón cho 1,5 ha cà phê, tiết kiệm trên 12 triệu đồng tiền mua phân bón. Giá phân hữu cơ vi sinh trên thị trường hiện khoảng 6.000-8.000 đồng/kg nên mô hình được nhiều hộ hưởng ứng.

Ông Nguyễn Văn Mười, Phó Chủ tịch UBND thành phố cho biết, thành phố đặt mục tiêu đến năm 2025 có 60% hộ dân phân loại rác tại nguồn, giảm ít nhất 30% lượng rác phải chôn lấp tại bãi rác Cư Ê Bur. Năm 2024, thành phố dự kiến bố trí khoảng 1,2 tỷ đồng để hỗ trợ 4.000 thùng ủ cho các hộ ở 8 xã.

HỒNG CHUYÊN
18/11/2023
"""

NOW = P("đến nay", None, "2023-11-18")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-18")
T25 = P("đến năm 2025", None, "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 37.600 hộ", "37.600", 37600, "count", "hộ", "hộ dân tham gia phân loại chất thải rắn sinh hoạt tại nguồn",
      NOW, percent=41),
    F("ở 21/21 xã", "21", 21, "count", "xã, phường", "xã, phường có hộ dân tham gia phân loại rác tại nguồn",
      NOW, total=21),
    F("khoảng 4.150 tấn", "4.150", 4150, "measure", "tấn", "rác hữu cơ các hộ tự xử lý thành phân bón", YTD,
      approx="about", change=C("increase", 26, "%", "cùng kỳ năm 2022")),
    F("bình quân 280 tấn", "280", 280, "measure", "tấn/ngày", "rác sinh hoạt thành phố thu gom"),
    F("chiếm khoảng 58%", "58", 58, "percent", "%", "rác hữu cơ trong rác sinh hoạt thu gom", approx="about"),
    F("cấp 2 thùng", "2", 2, "count", "thùng", "thùng chứa rác hữu cơ cấp cho mỗi tổ dân phố"),
    F("loại 240 lít", "240", 240, "measure", "lít", "dung tích thùng chứa rác hữu cơ", optional=True),
    F("có 96/112 hộ", "96", 96, "count", "hộ", "hộ tham gia phân loại rác", total=112, percent=85.7),
    F("gần 3 tấn", "3", 3, "measure", "tấn", "phân hữu cơ gia đình thu được mỗi năm", approx="nearly"),
    F("cho 1,5 ha", "1,5", 1.5, "measure", "ha", "diện tích cà phê được bón"),
    F("trên 12 triệu đồng", "12", 12e6, "money", "đồng", "tiền mua phân bón tiết kiệm được", approx="over"),
    F("khoảng 6.000-8.000 đồng/kg", "6.000", 6000, "money", "đồng/kg", "giá phân hữu cơ vi sinh trên thị trường",
      value_max=8000, approx="about"),
    F("có 60% hộ", "60", 60, "percent", "%", "hộ dân phân loại rác tại nguồn", T25, status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "lượng rác phải chôn lấp giảm", T25, approx="at_least",
      status="target"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí hỗ trợ thùng ủ", Y24, approx="about",
      status="forecast"),
    F("hỗ trợ 4.000 thùng", "4.000", 4000, "count", "thùng", "thùng ủ hỗ trợ cho các hộ", Y24, status="forecast"),
    F("ở 8 xã", "8", 8, "count", "xã", "xã được hỗ trợ thùng ủ", Y24, status="forecast"),
]

NOTES = [
    "Báo Đắk Lắk style (Party newspaper): Buôn Ma Thuột household composting; byline 'HỒNG CHUYÊN' and bare date 18/11/2023 at the end; invented for probe set 1023.",
    "'Sau hơn 2 năm triển khai' is a duration that only locates the figures in time: not a figure. 'đến nay' ends at the published date.",
    "'trong đó rác hữu cơ chiếm khoảng 58%' is a share of another thing (organic part of the 280 tấn): a percent figure of its own.",
    "Family figures (gần 3 tấn, 1,5 ha, trên 12 triệu) stay in Buôn Ma Thuột (xã Ea Tu is a commune of the city). 240 lít (bin spec) optional.",
    "Distractors: 'Quốc lộ 14', 'tổ dân phố 6', name 'Nguyễn Văn Mười', 'buôn Ko Tam', 'Cư Ê Bur', byline date.",
    "'Năm 2024, thành phố dự kiến ...' -> forecast for 1,2 tỷ, 4.000 thùng and 8 xã (one clause).",
]

write_set("p1023-5", TEXT, FIGS, NOTES, published="2023-11-18", location="Buôn Ma Thuột")
