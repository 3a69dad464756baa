"""p738-6: national press (e-paper style) — river tourism in Ho Chi Minh City, 8 months 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """Du lịch
Thứ bảy, 14/9/2024, 09:30 (GMT+7)

Du lịch đường sông TP HCM hút khách, doanh thu tăng gần 40%

Tám tháng đầu năm, du lịch đường thủy TP HCM đón 1,52 triệu lượt khách, trong đó khách quốc tế chiếm khoảng 35%.

Theo Sở Du lịch TP HCM, doanh thu từ các tour đường sông trong 8 tháng đạt khoảng 1.120 tỷ đồng, tăng 38,6% so với cùng kỳ năm ngoái. Thành phố hiện có 9 tuyến du lịch đường thủy với 312 tàu, ca nô, du thuyền được cấp phép, trong đó 46 du thuyền nhà hàng hoạt động trên sông Sài Gòn.

Bến Bạch Đằng (quận 1) là điểm xuất phát chính, bình quân đón 2.800 lượt khách mỗi ngày, cuối tuần lên đến 5.000 lượt/ngày. Tour ngắm hoàng hôn trên sông Sài Gòn bằng du thuyền có giá 1,2 triệu đồng/khách; buýt đường sông giá vé 15.000 đồng/lượt, từ đầu năm đến nay phục vụ hơn 310.000 lượt khách.

Cảng vụ Đường thủy nội địa TP HCM cho biết đã kiểm tra 3.460 lượt phương tiện du lịch, xử phạt 72 trường hợp với tổng số tiền 415 triệu đồng. Theo ông Nguyễn Văn Đông, Phó giám đốc Sở Du lịch, năm 2025 thành phố dự kiến đầu tư 5 bến tàu du lịch mới với tổng vốn khoảng 260 tỷ đồng, nâng tổng số bến lên 14. Mục tiêu đến năm 2030, du lịch đường sông đóng góp 10-15% tổng doanh thu du lịch thành phố.

"Chúng tôi đang đề xuất mở thêm tuyến từ bến Bạch Đằng đi khu đô thị Thủ Thiêm và Cảng Nhà Rồng - Khánh Hội", ông Đông nói.

Hà An
"""

M8 = per("Tám tháng đầu năm", "2024-01-01", "2024-08-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("tăng gần 40%", "40", 40, "percent", "%", "doanh thu du lịch đường sông", approx="nearly"),
    fig("đón 1,52 triệu lượt khách", "1,52", 1520000, "count", "lượt khách", "lượt khách du lịch đường thủy", M8),
    fig("khoảng 35%", "35", 35, "percent", "%", "tỷ trọng khách quốc tế", M8, approx="about"),
    fig("khoảng 1.120 tỷ đồng", "1.120", 1120000000000, "money", "đồng", "doanh thu từ các tour đường sông",
        per("trong 8 tháng", "2024-01-01", "2024-08-31"), approx="about",
        change=chg("increase", 38.6, baseline="cùng kỳ năm ngoái")),
    fig("có 9 tuyến", "9", 9, "count", "tuyến", "tuyến du lịch đường thủy"),
    fig("với 312 tàu", "312", 312, "count", "tàu, ca nô, du thuyền", "tàu, ca nô, du thuyền được cấp phép"),
    fig("trong đó 46 du thuyền", "46", 46, "count", "du thuyền", "du thuyền nhà hàng hoạt động trên sông Sài Gòn",
        total=312),
    fig("đón 2.800 lượt khách", "2.800", 2800, "measure", "lượt khách/ngày", "lượt khách bình quân mỗi ngày tại bến Bạch Đằng",
        location="Quận 1"),
    fig("lên đến 5.000 lượt", "5.000", 5000, "measure", "lượt/ngày", "lượt khách mỗi ngày cuối tuần tại bến Bạch Đằng",
        location="Quận 1"),
    fig("giá 1,2 triệu đồng/khách", "1,2", 1200000, "money", "đồng/khách",
        "giá tour ngắm hoàng hôn trên sông Sài Gòn bằng du thuyền"),
    fig("vé 15.000 đồng/lượt", "15.000", 15000, "money", "đồng/lượt", "giá vé buýt đường sông"),
    fig("hơn 310.000 lượt khách", "310.000", 310000, "count", "lượt khách", "lượt khách buýt đường sông phục vụ",
        per("từ đầu năm đến nay", "2024-01-01", "2024-09-14"), approx="over"),
    fig("kiểm tra 3.460 lượt", "3.460", 3460, "count", "lượt phương tiện", "phương tiện du lịch được kiểm tra"),
    fig("xử phạt 72 trường hợp", "72", 72, "count", "trường hợp", "trường hợp bị xử phạt"),
    fig("tiền 415 triệu đồng", "415", 415000000, "money", "đồng", "tiền xử phạt"),
    fig("đầu tư 5 bến", "5", 5, "count", "bến", "bến tàu du lịch mới đầu tư", Y25, status="forecast"),
    fig("khoảng 260 tỷ đồng", "260", 260000000000, "money", "đồng", "tổng vốn đầu tư bến tàu du lịch mới", Y25,
        approx="about", status="forecast"),
    fig("bến lên 14", "14", 14, "count", "bến", "tổng số bến tàu du lịch", Y25, status="forecast"),
    fig("10-15%", "10", 10, "percent", "%", "tỷ trọng du lịch đường sông trong tổng doanh thu du lịch thành phố",
        per("đến năm 2030", None, "2030-12-31"), value_max=15, status="target"),
]

COMMENTS = [
    "National e-paper (invented), dateline 'Thứ bảy, 14/9/2024, 09:30 (GMT+7)': du lịch đường sông TP HCM 8 tháng đầu năm 2024.",
    "Location TP. Hồ Chí Minh except the bến Bạch Đằng daily counts, stated for '(quận 1)' -> Quận 1.",
    "'Tám tháng đầu năm' (number word) takes 2024 from the dateline; 'từ đầu năm đến nay' ends at the dateline.",
    "Headline 'doanh thu tăng gần 40%' is a growth rate as the claim (percent, no change, no period). 'khách quốc tế chiếm khoảng",
    "35%' is a share of visitors, not of 1,52 triệu: its own percent figure. 'dự kiến' -> forecast, continuing to 'nâng tổng số bến",
    "lên 14'. The inspection sentence states no period: none given. Distractors: 'quận 1' (a district name), (GMT+7), 09:30,",
    "'Cảng Nhà Rồng - Khánh Hội', 'Thủ Thiêm'.",
]

if __name__ == "__main__":
    emit("p738-6", TEXT, COMMENTS, FIGS, published="2024-09-14", location="TP. Hồ Chí Minh")
