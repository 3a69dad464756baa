"""p1269-6: national newspaper (VnExpress style): sensor-driven drip irrigation for durian in Đắk Lắk, a supplier, national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ năm, 12/9/2024, 09:15 (GMT+7)

Nông dân Tây Nguyên tưới sầu riêng bằng điện thoại

Hệ thống tưới tự động kết nối cảm biến giúp nhiều nhà vườn ở Đắk Lắk tiết kiệm 30-40% lượng nước và gần 50% công lao động.

Ông Lê Quang Vinh có vườn sầu riêng 4,5 ha ở xã Ea Kênh, huyện Krông Pắc. Năm 2022, ông lắp hệ thống tưới nhỏ giọt điều khiển qua điện thoại với chi phí khoảng 180 triệu đồng. Trước đây, mỗi đợt tưới cần 3 người làm trong hai ngày; nay chỉ một người bấm nút, máy tự tưới theo độ ẩm đất do 16 cảm biến gửi về.

"Năm ngoái vườn cho 62 tấn quả, tăng khoảng 15% so với năm 2022, tiền điện bơm nước giảm gần 8 triệu đồng mỗi vụ", ông Vinh nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Đắk Lắk, toàn tỉnh có khoảng 3.600 ha sầu riêng, cà phê, hồ tiêu được tưới tiết kiệm nước có điều khiển tự động, chiếm chưa đến 1% diện tích cây lâu năm.

Công ty cổ phần Nông nghiệp số Mầm Xanh ở Đắk Lắk cho biết từ đầu năm đến nay đã lắp đặt cho hơn 420 nhà vườn trong tỉnh; doanh thu 8 tháng năm nay đạt 21 tỷ đồng, gấp 2,5 lần cùng kỳ. Giá một bộ điều khiển MX-200 kèm 4 cảm biến từ 12 đến 15 triệu đồng.

Theo Cục Trồng trọt, cả nước có khoảng 1,3 triệu ha cây ăn quả, nhưng diện tích áp dụng tưới tiên tiến, tiết kiệm nước mới đạt khoảng 12%. Mục tiêu đến năm 2030, tỷ lệ này đạt ít nhất 30%.

Hoàng Anh
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
LAST = per("Năm ngoái", "2023-01-01", "2023-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-09-12")
M8 = per("8 tháng năm nay", "2024-01-01", "2024-08-31")
T30 = per("đến năm 2030", None, "2030-12-31")
KP = "Krông Pắc"
VN = "Việt Nam"

FIGS = [
    fig("tiết kiệm 30-40%", "30", 30, "percent", "%", value_max=40, subject="lượng nước tiết kiệm"),
    fig("gần 50%", "50", 50, "percent", "%", approx="nearly", subject="công lao động tiết kiệm"),
    fig("riêng 4,5 ha", "4,5", 4.5, "measure", "ha", subject="vườn sầu riêng", location=KP),
    fig("khoảng 180 triệu", "180", 180e6, "money", "đồng", approx="about",
        subject="chi phí lắp hệ thống tưới nhỏ giọt điều khiển qua điện thoại", period=Y22, location=KP),
    fig("cần 3 người", "3", 3, "count", "người", subject="người làm mỗi đợt tưới trước đây", location=KP),
    fig("trong hai ngày", "hai", 2, "measure", "ngày", subject="thời gian mỗi đợt tưới trước đây", location=KP,
        optional=True),
    fig("chỉ một người", "một", 1, "count", "người", subject="người bấm nút", location=KP),
    fig("do 16 cảm biến", "16", 16, "count", "cảm biến", subject="cảm biến gửi độ ẩm đất", location=KP),
    fig("cho 62 tấn", "62", 62, "measure", "tấn", change=chg("increase", 15, "%", "năm 2022", approx="about"),
        subject="sản lượng quả của vườn", period=LAST, location=KP),
    fig("gần 8 triệu", "8", 8e6, "money", "đồng/vụ", approx="nearly", subject="tiền điện bơm nước giảm",
        period=LAST, location=KP),
    fig("khoảng 3.600 ha", "3.600", 3600, "measure", "ha", approx="about", percent=1,
        subject="diện tích sầu riêng, cà phê, hồ tiêu được tưới tiết kiệm nước có điều khiển tự động"),
    fig("hơn 420 nhà vườn", "420", 420, "count", "nhà vườn", approx="over",
        subject="nhà vườn Công ty cổ phần Nông nghiệp số Mầm Xanh lắp đặt", period=YTD),
    fig("đạt 21 tỷ", "21", 21e9, "money", "đồng", change=chg("increase", 2.5, "lần", "cùng kỳ"),
        subject="doanh thu của Công ty cổ phần Nông nghiệp số Mầm Xanh", period=M8),
    fig("kèm 4 cảm biến", "4", 4, "count", "cảm biến", subject="cảm biến kèm bộ điều khiển", optional=True),
    fig("từ 12 đến 15 triệu", "12", 12e6, "money", "đồng/bộ", value_max=15e6,
        subject="giá một bộ điều khiển MX-200 kèm 4 cảm biến"),
    fig("khoảng 1,3 triệu ha", "1,3", 1.3e6, "measure", "ha", approx="about", subject="diện tích cây ăn quả",
        location=VN),
    fig("khoảng 12%", "12", 12, "percent", "%", approx="about",
        subject="diện tích cây ăn quả áp dụng tưới tiên tiến, tiết kiệm nước", location=VN),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ diện tích cây ăn quả áp dụng tưới tiên tiến, tiết kiệm nước", period=T30, location=VN),
]

NOTES = [
    "National newspaper (VnExpress style): section, 'Thứ năm, 12/9/2024, 09:15 (GMT+7)', headline, sapo, quote, byline at the end.",
    "Distractors: '09:15', '(GMT+7)', product name 'MX-200', baseline 'năm 2022', 'Tây Nguyên' (a region, no number).",
    "Places: sapo and provincial figures Đắk Lắk (default); Mr Vinh's farm in huyện Krông Pắc → Krông Pắc; Cục Trồng trọt's figures Việt Nam.",
    "'Năm ngoái' (in a 2024 article) → 2023. 'từ đầu năm đến nay' → 2024-01-01 .. dateline. '8 tháng năm nay' → 2024-01..08.",
    "'trong hai ngày' (duration of a watering round) optional; the '4 cảm biến' of a product bundle optional.",
    "'tiền điện ... giảm gần 8 triệu đồng mỗi vụ' → a decrease amount as the claim: money figure (đồng/vụ), no change.",
    "'chiếm chưa đến 1%' → percent attribute 1 of 3.600 ha. 'gấp 2,5 lần cùng kỳ' after 21 tỷ → change in lần.",
    "'tỷ lệ này' → the rate of the previous sentence; 'Mục tiêu đến năm 2030' → target.",
]

if __name__ == "__main__":
    write("p1269-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Đắk Lắk")
