"""p1106-1: Bình Thuận province portal, H1/2024 port activity, ice plants, fish prices."""
from lib import F, P, I, C, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Các cảng cá Bình Thuận đón hơn 24.000 lượt tàu trong 6 tháng
Cập nhật: 12/07/2024 09:45 | Lượt xem: 1.236

Theo Ban Quản lý các cảng cá Bình Thuận, 6 tháng đầu năm 2024, các cảng cá trên địa bàn tỉnh đã tiếp nhận 24.318 lượt tàu cập cảng, tăng 6,4% so với cùng kỳ năm 2023. Sản lượng thủy sản bốc dỡ qua cảng đạt 86.450 tấn, bằng 52,4% kế hoạch năm; trong đó nhóm hải sản có giá trị cao như cá ngừ, cá thu, mực chiếm khoảng 31%.

Cảng cá Phan Thiết tiếp tục dẫn đầu với 38.200 tấn, tiếp đến là La Gi (27.640 tấn) và Phú Quý (12.930 tấn). Giá trị hàng hóa qua cảng Phú Quý gấp 1,5 lần cùng kỳ nhờ nghề câu mực trúng mùa. Tổng thu phí, giá dịch vụ tại các cảng đạt 9,86 tỷ đồng, tăng 1,12 tỷ đồng so với cùng kỳ.

Hiện toàn tỉnh có 42 cơ sở sản xuất nước đá phục vụ tàu cá với tổng công suất khoảng 3.900 tấn/ngày. Giá nước đá cây loại 50 kg dao động từ 28.000 đến 32.000 đồng/cây. Tại cảng Phan Thiết, cá ngừ sọc dưa được thương lái thu mua với giá 32.000-35.000 đồng/kg, cá thu 180.000-220.000 đồng/kg, thấp hơn khoảng 10% so với đầu năm.

Ông Lê Văn Bảy, Trưởng ban Quản lý các cảng cá, cho biết thực hiện Quyết định số 1652/QĐ-UBND, năm 2024 tỉnh phấn đấu sản lượng qua cảng đạt 165.000 tấn, thu phí trên 20 tỷ đồng. Dự án nạo vét luồng vào cảng La Gi dự kiến có tổng vốn khoảng 45 tỷ đồng.

Địa chỉ liên hệ: số 2 Nguyễn Tất Thành, TP. Phan Thiết; điện thoại: 0252.3821.419.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("hơn 24.000 lượt tàu", "24.000", 24000, "count", "lượt tàu", "lượt tàu cập cảng",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("tiếp nhận 24.318 lượt tàu", "24.318", 24318, "count", "lượt tàu", "lượt tàu cập cảng", H1,
      change=C("increase", 6.4, "%", "cùng kỳ năm 2023")),
    F("đạt 86.450 tấn", "86.450", 86450, "measure", "tấn", "sản lượng thủy sản bốc dỡ qua cảng", I(H1),
      percent=52.4),
    F("chiếm khoảng 31%", "31", 31, "percent", "%",
      "tỷ trọng nhóm hải sản có giá trị cao (cá ngừ, cá thu, mực) trong sản lượng qua cảng", I(H1), approx="about"),
    F("với 38.200 tấn", "38.200", 38200, "measure", "tấn", "sản lượng thủy sản qua cảng cá", I(H1),
      location="Phan Thiết"),
    F("La Gi (27.640 tấn)", "27.640", 27640, "measure", "tấn", "sản lượng thủy sản qua cảng cá", I(H1),
      location="La Gi"),
    F("Phú Quý (12.930 tấn)", "12.930", 12930, "measure", "tấn", "sản lượng thủy sản qua cảng cá", I(H1),
      location="Phú Quý"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá trị hàng hóa qua cảng Phú Quý so với cùng kỳ", I(H1),
      location="Phú Quý"),
    F("đạt 9,86 tỷ đồng", "9,86", 9.86e9, "money", "đồng", "tổng thu phí, giá dịch vụ tại các cảng", I(H1),
      change=C("increase", 1.12e9, "đồng", "cùng kỳ")),
    F("có 42 cơ sở", "42", 42, "count", "cơ sở", "cơ sở sản xuất nước đá phục vụ tàu cá"),
    F("khoảng 3.900 tấn/ngày", "3.900", 3900, "measure", "tấn/ngày", "tổng công suất cơ sở sản xuất nước đá",
      approx="about"),
    F("loại 50 kg", "50", 50, "measure", "kg", "khối lượng cây nước đá", optional=True),
    F("từ 28.000 đến 32.000 đồng/cây", "28.000", 28000, "money", "đồng/cây", "giá nước đá cây",
      value_max=32000),
    F("32.000-35.000 đồng/kg", "32.000", 32000, "money", "đồng/kg", "giá thu mua cá ngừ sọc dưa",
      value_max=35000, location="Phan Thiết"),
    F("180.000-220.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá thu mua cá thu",
      value_max=220000, change=C("decrease", 10, "%", "đầu năm", "about"), location="Phan Thiết"),
    F("đạt 165.000 tấn", "165.000", 165000, "measure", "tấn", "sản lượng qua cảng",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("trên 20 tỷ đồng", "20", 20e9, "money", "đồng", "thu phí",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "tổng vốn dự án nạo vét luồng vào cảng La Gi",
      approx="about", status="forecast", location="La Gi"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Thuận: các cảng cá 6 tháng đầu năm 2024 — lượt tàu, sản lượng qua cảng, phí, nước đá, giá cá.",
    "Not figures: 'Lượt xem: 1.236', dateline time, 'Quyết định số 1652/QĐ-UBND', address 'số 2 Nguyễn Tất Thành', phone, name 'Lê Văn Bảy'.",
    "Year-less headline '6 tháng' takes 2024 (published). The ports list (Phan Thiết, La Gi, Phú Quý) does not add up to 86.450 and has no cue: no total.",
    "'chiếm khoảng 31%' is the share of a sub-group with no number of its own: a percent figure. 'loại 50 kg' describes the ice block (optional).",
]

if __name__ == "__main__":
    build("p1106-1", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Bình Thuận")
