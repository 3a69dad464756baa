"""p671-1: Bến Tre province portal — coconut area and output 2023 by district, organic area, growing-area codes, targets 2025."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Bến Tre: Diện tích dừa năm 2023 đạt gần 80.000 ha
Cập nhật: 20/02/2024 08:45 | Lượt xem: 3.418

Theo Sở Nông nghiệp và Phát triển nông thôn, năm 2023 toàn tỉnh Bến Tre có 79.856 ha dừa, tăng 1.120 ha so với năm 2022; trong đó diện tích dừa đang cho trái khoảng 68.400 ha. Sản lượng dừa cả năm ước đạt 705,3 triệu quả, tăng 2,6% so với năm trước.

Các huyện có diện tích dừa lớn gồm Mỏ Cày Nam (13.250 ha), Giồng Trôm (11.870 ha), Mỏ Cày Bắc (10.940 ha) và Thạnh Phú (9.615 ha). Năng suất bình quân đạt 10.310 quả/ha/năm; riêng huyện Chợ Lách, nơi trồng nhiều dừa xiêm xanh, đạt trên 14.000 quả/ha/năm.

Diện tích dừa được chứng nhận hữu cơ đạt 21.530 ha, chiếm 27% tổng diện tích dừa toàn tỉnh. Tỉnh đã cấp 146 mã số vùng trồng dừa phục vụ xuất khẩu, trong đó 38 mã số vùng trồng xuất khẩu sang Trung Quốc.

Giá trị sản xuất ngành dừa năm 2023 ước đạt 3.450 tỷ đồng, chiếm khoảng 31% giá trị sản xuất ngành trồng trọt. Thu nhập từ vườn dừa thuần bình quân từ 90 đến 110 triệu đồng/ha/năm; vườn dừa trồng xen ca cao hoặc kết hợp nuôi ong cho thu nhập gấp 1,5 lần vườn dừa thuần.

Mục tiêu đến năm 2025, tỉnh giữ ổn định diện tích dừa khoảng 80.000 ha, nâng diện tích dừa hữu cơ lên 25.000 ha và sản lượng dừa đạt 750 triệu quả mỗi năm.

Mọi chi tiết xin liên hệ: Chi cục Trồng trọt và Bảo vệ thực vật, số 26 đường 3 tháng 2, phường 3, thành phố Bến Tre; điện thoại: 0275.3822.641.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt gần 80.000 ha", "80.000", 80000, "measure", "ha", "Diện tích dừa", Y23, approx="nearly"),
    F("có 79.856 ha dừa", "79.856", 79856, "measure", "ha", "diện tích dừa", Y23,
      change=CH("increase", 1120, "ha", "năm 2022")),
    F("khoảng 68.400 ha", "68.400", 68400, "measure", "ha", "diện tích dừa đang cho trái", Y23,
      approx="about", total=79856),
    F("ước đạt 705,3 triệu quả", "705,3", 705300000, "count", "quả", "Sản lượng dừa cả năm", I(Y23),
      change=CH("increase", 2.6, "%", "năm trước"), status="estimate"),
    F("Mỏ Cày Nam (13.250 ha)", "13.250", 13250, "measure", "ha", "diện tích dừa", I(Y23), location="Mỏ Cày Nam"),
    F("Giồng Trôm (11.870 ha)", "11.870", 11870, "measure", "ha", "diện tích dừa", I(Y23), location="Giồng Trôm"),
    F("Mỏ Cày Bắc (10.940 ha)", "10.940", 10940, "measure", "ha", "diện tích dừa", I(Y23), location="Mỏ Cày Bắc"),
    F("Thạnh Phú (9.615 ha)", "9.615", 9615, "measure", "ha", "diện tích dừa", I(Y23), location="Thạnh Phú"),
    F("đạt 10.310 quả/ha/năm", "10.310", 10310, "measure", "quả/ha/năm", "Năng suất dừa bình quân", I(Y23)),
    F("trên 14.000 quả/ha/năm", "14.000", 14000, "measure", "quả/ha/năm", "Năng suất dừa bình quân", I(Y23),
      approx="over", location="Chợ Lách"),
    F("đạt 21.530 ha", "21.530", 21530, "measure", "ha", "Diện tích dừa được chứng nhận hữu cơ", I(Y23), percent=27),
    F("cấp 146 mã số", "146", 146, "count", "mã số vùng trồng", "mã số vùng trồng dừa phục vụ xuất khẩu được cấp"),
    F("38 mã số", "38", 38, "count", "mã số vùng trồng", "mã số vùng trồng dừa xuất khẩu sang Trung Quốc", total=146),
    F("ước đạt 3.450 tỷ đồng", "3.450", 3450000000000, "money", "đồng", "Giá trị sản xuất ngành dừa", Y23,
      percent=31, status="estimate"),
    F("từ 90 đến 110 triệu", "90", 90000000, "money", "đồng/ha/năm", "Thu nhập từ vườn dừa thuần bình quân",
      I(Y23), value_max=110000000),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
      "thu nhập vườn dừa trồng xen ca cao hoặc kết hợp nuôi ong so với vườn dừa thuần", I(Y23)),
    F("dừa khoảng 80.000 ha", "80.000", 80000, "measure", "ha", "diện tích dừa", T25, approx="about", status="target"),
    F("lên 25.000 ha", "25.000", 25000, "measure", "ha", "diện tích dừa hữu cơ", T25, status="target"),
    F("đạt 750 triệu quả", "750", 750000000, "count", "quả", "sản lượng dừa mỗi năm", T25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bến Tre (invented): diện tích, sản lượng dừa năm 2023 theo huyện; dừa hữu cơ, mã số vùng trồng, giá trị sản xuất, mục tiêu 2025.",
    "Breadcrumb, 'Cập nhật: 20/02/2024 08:45' (published), 'Lượt xem: 3.418' (counter). Address 'số 26 đường 3 tháng 2, phường 3' and phone are not figures.",
    "Headline 'gần 80.000 ha' is a figure of its own (period năm 2023 in the headline). 68.400 ha follows 'trong đó' after 79.856 ha: total.",
    "District list after 'gồm' has no whole before it in its sentence: no total; districts go to location. Fruit counts (quả) are kind count;",
    "yields per ha are measure with the rate in the unit. 'gấp 1,5 lần' standing as the claim is a multiple. Targets 'đến năm 2025': status target.",
]

if __name__ == "__main__":
    emit("p671-1", TEXT, COMMENTS, FIGS, published="2024-02-20", location="Bến Tre")
