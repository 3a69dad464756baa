from lib import F, P, ch, emit

TEXT = """BÁO ĐẮK LẮK - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK LẮK
Kinh tế | Nông nghiệp

Chủ động nguồn nước tưới cho cây trồng mùa khô

(BĐL) - Những năm gần đây, nhờ đầu tư nâng cấp hệ thống thủy lợi, thiệt hại do khô hạn trên địa bàn tỉnh đã giảm đáng kể. Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến tháng 12/2023, toàn tỉnh có 664 công trình thủy lợi, trong đó 556 hồ chứa, 93 đập dâng và 15 trạm bơm điện, tổng dung tích trữ gần 1,2 tỷ m3 (không tính các hồ thủy điện).

Mùa khô năm 2024, do ảnh hưởng của El Nino, lượng mưa trên địa bàn thấp hơn trung bình nhiều năm từ 20 đến 30%, nhiều hồ chứa nhỏ bị cạn kiệt. Từ đầu năm đến ngày 15/4/2024, toàn tỉnh có 9.356 ha cây trồng bị hạn, thiếu nước, trong đó 1.840 ha bị mất trắng. Cà phê là cây trồng bị ảnh hưởng nhiều nhất với 5.120 ha. Các địa phương bị thiệt hại nặng gồm huyện Ea Súp (2.130 ha), M'Drắk (1.465 ha), Krông Bông (1.012 ha) và thị xã Buôn Hồ (784 ha).

Để ứng phó, trong tháng 3/2024, Công ty TNHH MTV Quản lý công trình thủy lợi Đắk Lắk đã điều tiết nước luân phiên tại 42 hồ chứa, bảo đảm tưới cho hơn 24.600 ha cây trồng. Tỉnh cũng đã hỗ trợ 15,8 tỷ đồng cho các địa phương để nạo vét kênh mương, đào ao, lắp đặt máy bơm.

Theo kế hoạch giai đoạn 2021-2025, Đắk Lắk phấn đấu nâng tỷ lệ diện tích cây trồng được tưới chủ động lên 72%; tính đến tháng 3/2024 mới đạt 64,8%, tăng 3,6 điểm phần trăm so với năm 2020. Tổng vốn đầu tư cho thủy lợi giai đoạn này ước khoảng 2.350 tỷ đồng, trong đó ngân sách Trung ương chiếm 58%.

Hoàng Vy
16/04/2024
"""

T23 = P("tính đến tháng 12/2023", None, "2023-12-31")
T23i = P("tính đến tháng 12/2023", None, "2023-12-31", inh=True)
YTD = P("Từ đầu năm đến ngày 15/4/2024", "2024-01-01", "2024-04-15")
YTDi = P("Từ đầu năm đến ngày 15/4/2024", "2024-01-01", "2024-04-15", inh=True)
M3 = P("trong tháng 3/2024", "2024-03-01", "2024-03-31")
M3i = P("trong tháng 3/2024", "2024-03-01", "2024-03-31", inh=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
GDi = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inh=True)
SUBJ_D = "diện tích cây trồng bị hạn, thiếu nước"

FIGS = [
    F("có 664 công trình", "664", 664, "count", "công trình thủy lợi", "công trình thủy lợi", T23),
    F("trong đó 556 hồ", "556", 556, "count", "hồ chứa", "hồ chứa", T23, total=664),
    F("93 đập dâng", "93", 93, "count", "đập dâng", "đập dâng", T23, total=664),
    F("15 trạm bơm", "15", 15, "count", "trạm bơm điện", "trạm bơm điện", T23, total=664),
    F("gần 1,2 tỷ m3", "1,2", 1200000000, "measure", "m3", "tổng dung tích trữ", T23, approx="nearly"),
    F("từ 20 đến 30%", "20", 20, "percent", "%", "lượng mưa thấp hơn trung bình nhiều năm",
      P("năm 2024", "2024-01-01", "2024-12-31"), value_max=30),
    F("có 9.356 ha", "9.356", 9356, "measure", "ha", SUBJ_D, YTD),
    F("trong đó 1.840 ha", "1.840", 1840, "measure", "ha", "diện tích cây trồng bị mất trắng", YTD, total=9356),
    F("với 5.120 ha", "5.120", 5120, "measure", "ha", "diện tích cà phê bị ảnh hưởng", YTDi),
    F("Ea Súp (2.130 ha)", "2.130", 2130, "measure", "ha", SUBJ_D, YTDi, location="Ea Súp"),
    F("M'Drắk (1.465 ha)", "1.465", 1465, "measure", "ha", SUBJ_D, YTDi, location="M'Drắk"),
    F("Krông Bông (1.012 ha)", "1.012", 1012, "measure", "ha", SUBJ_D, YTDi, location="Krông Bông"),
    F("Buôn Hồ (784 ha)", "784", 784, "measure", "ha", SUBJ_D, YTDi, location="Buôn Hồ"),
    F("tại 42 hồ", "42", 42, "count", "hồ chứa", "hồ chứa điều tiết nước luân phiên", M3),
    F("hơn 24.600 ha", "24.600", 24600, "measure", "ha", "diện tích cây trồng được bảo đảm tưới", M3, approx="over"),
    F("hỗ trợ 15,8 tỷ đồng", "15,8", 15800000000, "money", "đồng", "kinh phí tỉnh hỗ trợ các địa phương", M3i),
    F("lên 72%", "72", 72, "percent", "%", "tỷ lệ diện tích cây trồng được tưới chủ động", GD, status="target"),
    F("mới đạt 64,8%", "64,8", 64.8, "percent", "%", "tỷ lệ diện tích cây trồng được tưới chủ động",
      P("tính đến tháng 3/2024", None, "2024-03-31"),
      change=ch("increase", 3.6, "điểm phần trăm", "năm 2020")),
    F("khoảng 2.350 tỷ đồng", "2.350", 2350000000000, "money", "đồng", "tổng vốn đầu tư cho thủy lợi", GDi,
      approx="about", status="estimate"),
    F("chiếm 58%", "58", 58, "percent", "%", "ngân sách Trung ương trong tổng vốn đầu tư cho thủy lợi", GDi,
      status="estimate"),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper, '(BĐL)' tag): irrigation works, drought damage in the 2024 dry season, response, 2021-2025 plan.",
    "No dateline at the top; a bare date '16/04/2024' after the byline at the end gives `published`.",
    "Distractors: masthead name, 'El Nino', 'năm 2020' (a baseline), district names in a list (locations, not subjects).",
    "'664 công trình ..., trong đó 556 hồ chứa, 93 đập dâng và 15 trạm bơm điện' : parts add up, total 664.",
    "'lượng mưa thấp hơn trung bình nhiều năm từ 20 đến 30%' : a rate with no base amount, so a percent figure (range) without change.",
    "'Cà phê ... với 5.120 ha' stands in its own sentence with no part-of cue: no total. The district list after 'Các địa phương ... gồm'",
    "has no whole figure before the cue, so no totals; each district is the item's location.",
    "'tăng 3,6 điểm phần trăm so với năm 2020' is the change of 64,8%. 'ước khoảng' = estimate + about; the 58% share continues",
    "that estimate clause ('trong đó'), so it is marked estimate too; a percent has no whole in đồng, so no total.",
]

emit("p286-3", TEXT, COMMENTS, FIGS, published="2024-04-16", location="Đắk Lắk")
