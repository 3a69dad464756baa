"""p1245-5: national newspaper: barramundi exports 10 months 2024, national sea-cage figures, a Khánh Hòa farm."""
from lib import F, period, inherit, change, target, write

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 12/11/2024, 07:30 (GMT+7)

Cá chẽm Việt Nam tìm đường sang Úc và Mỹ

Xuất khẩu cá chẽm 10 tháng đạt khoảng 16 triệu USD, tăng gần gấp đôi cùng kỳ, nhờ các trang trại nuôi lồng xa bờ đạt chứng nhận ASC.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 10 tháng đầu năm 2024, kim ngạch xuất khẩu cá chẽm đạt 15,8 triệu USD, tăng 94% so với cùng kỳ năm 2023. Úc là thị trường lớn nhất với 6 triệu USD, chiếm 38%; tiếp đến là Mỹ 3,2 triệu USD và Hà Lan 1,9 triệu USD.

Cả nước hiện có khoảng 7.200 ha nuôi cá chẽm, gồm ao đất và lồng bè; sản lượng năm 2023 đạt khoảng 38.000 tấn. Riêng nuôi biển, tổng thể tích lồng nuôi năm 2023 đạt 9,6 triệu m3, trong đó lồng HDPE chiếm khoảng 25%. Theo Đề án phát triển nuôi trồng thủy sản trên biển (Quyết định số 1664/QĐ-TTg), mục tiêu đến năm 2030 sản lượng nuôi biển đạt 1,75 triệu tấn, giá trị xuất khẩu 1,8-2 tỷ USD.

Tại Khánh Hòa, Công ty TNHH Hải sản Vân Phong Xanh nuôi cá chẽm trong 48 lồng HDPE ngoài khơi, mỗi năm cung ứng khoảng 1.200 tấn. "Cá nuôi 10-12 tháng đạt 3-4 kg/con, tỷ lệ sống trên 85%", ông Đỗ Minh Khang, Giám đốc công ty, cho biết. Năm nay công ty dự kiến xuất khẩu 450 tấn cá chẽm phi lê đông lạnh sang Úc, gấp ba lần năm 2023.

VASEP dự báo xuất khẩu cá chẽm cả năm 2024 đạt 19-20 triệu USD, nếu các doanh nghiệp giữ được đơn hàng từ Úc và Mỹ.

Thanh Bình
"""

M10H = period("10 tháng", "2024-01-01", "2024-10-31")
M10 = period("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")
NOW = period("Năm nay", "2024-01-01", "2024-12-31")
Y24 = period("cả năm 2024", "2024-01-01", "2024-12-31")
KH = "Khánh Hòa"

FIGS = [
    F("khoảng 16 triệu", "16", 16e6, "money", "USD", "xuất khẩu cá chẽm", M10H, approx="about",
      change=change("increase", 2, "lần", "cùng kỳ", approx="nearly")),
    F("đạt 15,8 triệu", "15,8", 15.8e6, "money", "USD", "kim ngạch xuất khẩu cá chẽm", M10,
      change=change("increase", 94, "%", "cùng kỳ năm 2023")),
    F("với 6 triệu", "6", 6e6, "money", "USD", "kim ngạch xuất khẩu cá chẽm sang Úc", inherit(M10), percent=38),
    F("Mỹ 3,2 triệu", "3,2", 3.2e6, "money", "USD", "kim ngạch xuất khẩu cá chẽm sang Mỹ", inherit(M10)),
    F("Hà Lan 1,9 triệu", "1,9", 1.9e6, "money", "USD", "kim ngạch xuất khẩu cá chẽm sang Hà Lan", inherit(M10)),
    F("khoảng 7.200 ha", "7.200", 7200, "measure", "ha", "diện tích nuôi cá chẽm", approx="about"),
    F("khoảng 38.000 tấn", "38.000", 38000, "measure", "tấn", "sản lượng cá chẽm", Y23, approx="about"),
    F("9,6 triệu m3", "9,6", 9.6e6, "measure", "m3", "tổng thể tích lồng nuôi biển", Y23),
    F("chiếm khoảng 25%", "25", 25, "percent", "%", "lồng HDPE trong tổng thể tích lồng nuôi", Y23, approx="about"),
    F("1,75 triệu tấn", "1,75", 1.75e6, "measure", "tấn", "sản lượng nuôi biển", T30, status="target"),
    F("1,8-2 tỷ", "1,8", 1.8e9, "money", "USD", "giá trị xuất khẩu", T30, value_max=2e9, status="target"),
    F("trong 48 lồng", "48", 48, "count", "lồng", "lồng HDPE ngoài khơi nuôi cá chẽm của công ty", location=KH),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn/năm", "cá chẽm công ty cung ứng mỗi năm",
      approx="about", location=KH),
    F("nuôi 10-12 tháng", "10", 10, "measure", "tháng", "thời gian nuôi", value_max=12, location=KH,
      optional=True),
    F("3-4 kg/con", "3", 3, "measure", "kg/con", "trọng lượng cá nuôi", value_max=4, location=KH),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ sống", approx="over", location=KH),
    F("xuất khẩu 450 tấn", "450", 450, "measure", "tấn", "cá chẽm phi lê đông lạnh xuất khẩu sang Úc", NOW,
      status="forecast", change=change("increase", 3, "lần", "năm 2023"), location=KH),
    F("đạt 19-20 triệu", "19", 19e6, "money", "USD", "xuất khẩu cá chẽm cả năm", Y24, value_max=20e6,
      status="forecast"),
]

NOTES = [
    "National newspaper: section breadcrumb, 'Thứ ba, 12/11/2024, 07:30 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 07:30, (GMT+7), Quyết định số 1664/QĐ-TTg, 'ASC'. Location Việt Nam except the Khánh Hòa farm paragraph.",
    "Sapo '10 tháng ... khoảng 16 triệu USD, tăng gần gấp đôi cùng kỳ' → change increase 2 lần ('đôi' = 2), approx nearly; year 2024",
    "from the dateline before it. Trade partners Úc, Mỹ, Hà Lan are not places: the list items keep location Việt Nam.",
    "'Úc ... với 6 triệu USD, chiếm 38%' → percent attribute. 'trong đó lồng HDPE chiếm khoảng 25%' follows 9,6 triệu m3 but states",
    "the share of HDPE cages, not of the whole → a percent figure of its own.",
    "'Cá nuôi 10-12 tháng đạt 3-4 kg/con': the grow-out time is a fact but also only places the weight in time → optional.",
    "'Năm nay ... dự kiến ... gấp ba lần năm 2023' → forecast, change increase 3 lần; 'VASEP dự báo' → forecast range 19-20 triệu USD.",
]

if __name__ == "__main__":
    write("p1245-5", TEXT, NOTES, FIGS, published="2024-11-12", location="Việt Nam")
