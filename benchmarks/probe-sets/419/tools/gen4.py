from lib import F, P, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin hoạt động » Thủy lợi

Tăng cường bảo đảm an toàn đập, hồ chứa nước thủy lợi trước mùa mưa bão

(MARD) - Theo Cục Thủy lợi, cả nước hiện có 6.750 đập, hồ chứa nước thủy lợi với tổng dung tích trữ khoảng 15,2 tỷ m³, trong đó 594 hồ chứa lớn, 1.038 hồ chứa vừa và 5.118 hồ chứa nhỏ. Các hồ chứa tập trung chủ yếu ở Bắc Trung Bộ và Duyên hải Nam Trung Bộ (chiếm 41,3%), tiếp đến là trung du và miền núi phía Bắc (27,6%).

Kết quả rà soát năm 2023 cho thấy khoảng 1.200 hồ chứa bị hư hỏng, xuống cấp, chiếm 17,8% tổng số hồ; gần 300 hồ chưa có quy trình vận hành; hơn 4 nghìn hồ chưa được kiểm định an toàn đập theo quy định. Số hồ chứa nhỏ có đập đất đã vận hành trên 40 năm chiếm khoảng 60%.

Giai đoạn 2016-2022, Dự án Sửa chữa và nâng cao an toàn đập (WB8) đã sửa chữa, nâng cấp 450 đập tại 31 tỉnh với tổng vốn 443 triệu USD (tương đương khoảng 10 nghìn tỷ đồng). Trong giai đoạn 2021-2025, ngân sách trung ương bố trí từ 8.500 đến 9.000 tỷ đồng để sửa chữa, nâng cấp khoảng 700 hồ chứa; đến hết tháng 6/2024 đã giải ngân 5.820 tỷ đồng, đạt 66,1% kế hoạch vốn.

Trong 6 tháng đầu năm 2024, cả nước xảy ra 3 sự cố đập tại Hòa Bình, Quảng Ngãi và Lâm Đồng, giảm 2 sự cố so với cùng kỳ.

Mục tiêu đến năm 2030, 100% hồ chứa lớn và vừa có hệ thống quan trắc, cảnh báo tự động; tỷ lệ hồ chứa được kiểm định đúng hạn đạt trên 90%. Trước mắt, Bộ yêu cầu các địa phương chỉ tích nước không vượt quá 80% dung tích thiết kế đối với các hồ hư hỏng nặng, bố trí lực lượng trực 24/24 giờ tại các hồ xung yếu.

Tin liên quan:
- Ban hành Thông tư số 03/2022/TT-BNNPTNT về quản lý an toàn đập
- Hội nghị trực tuyến phòng, chống thiên tai năm 2024 với 63 điểm cầu
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
G1622 = P("Giai đoạn 2016-2022", "2016-01-01", "2022-12-31")
G2125 = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 6.750 đập", "6.750", 6750, "count", "đập, hồ chứa nước thủy lợi", "đập, hồ chứa nước thủy lợi"),
    F("khoảng 15,2 tỷ m³", "15,2", 15200000000, "measure", "m³", "tổng dung tích trữ", approx="about"),
    F("594 hồ chứa lớn", "594", 594, "count", "hồ chứa lớn", "hồ chứa lớn", total=6750),
    F("1.038 hồ chứa vừa", "1.038", 1038, "count", "hồ chứa vừa", "hồ chứa vừa", total=6750),
    F("5.118 hồ chứa nhỏ", "5.118", 5118, "count", "hồ chứa nhỏ", "hồ chứa nhỏ", total=6750),
    F("(chiếm 41,3%)", "41,3", 41.3, "percent", "%", "hồ chứa tập trung ở Bắc Trung Bộ và Duyên hải Nam Trung Bộ"),
    F("Bắc (27,6%)", "27,6", 27.6, "percent", "%", "hồ chứa tập trung ở trung du và miền núi phía Bắc"),
    F("khoảng 1.200 hồ", "1.200", 1200, "count", "hồ chứa", "hồ chứa bị hư hỏng, xuống cấp", Y23, approx="about", percent=17.8),
    F("gần 300 hồ", "300", 300, "count", "hồ", "hồ chưa có quy trình vận hành", Y23, approx="nearly"),
    F("hơn 4 nghìn hồ", "4", 4000, "count", "hồ", "hồ chưa được kiểm định an toàn đập", Y23, approx="over"),
    F("trên 40 năm", "40", 40, "measure", "năm", approx="over", optional=True),
    F("chiếm khoảng 60%", "60", 60, "percent", "%", "hồ chứa nhỏ có đập đất đã vận hành trên 40 năm",
      P("năm 2023", "2023-01-01", "2023-12-31", inh=True), approx="about"),
    F("nâng cấp 450 đập", "450", 450, "count", "đập", "đập được sửa chữa, nâng cấp (WB8)", G1622),
    F("tại 31 tỉnh", "31", 31, "count", "tỉnh", "tỉnh có đập được sửa chữa, nâng cấp (WB8)", G1622),
    F("443 triệu USD", "443", 443000000, "money", "USD", "tổng vốn Dự án WB8", G1622),
    F("khoảng 10 nghìn tỷ đồng", "10", 10000000000000, "money", "đồng", "tổng vốn Dự án WB8", G1622, approx="about"),
    F("từ 8.500 đến 9.000 tỷ đồng", "8.500", 8500000000000, "money", "đồng",
      "ngân sách trung ương bố trí sửa chữa, nâng cấp hồ chứa", G2125, value_max=9000000000000),
    F("khoảng 700 hồ", "700", 700, "count", "hồ chứa", "hồ chứa được sửa chữa, nâng cấp", G2125, approx="about"),
    F("giải ngân 5.820 tỷ đồng", "5.820", 5820000000000, "money", "đồng", "vốn giải ngân",
      P("đến hết tháng 6/2024", None, "2024-06-30"), percent=66.1),
    F("xảy ra 3 sự cố", "3", 3, "count", "sự cố đập", "sự cố đập", P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"),
      change=CH("decrease", 2, "sự cố", "cùng kỳ")),
    F("2030, 100% hồ", "100", 100, "percent", "%", "hồ chứa lớn và vừa có hệ thống quan trắc, cảnh báo tự động", T30, status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ hồ chứa được kiểm định đúng hạn", T30, approx="over", status="target"),
    F("vượt quá 80%", "80", 80, "percent", "%", "dung tích tích nước hồ hư hỏng nặng", approx="at_most", status="target", optional=True),
    F("với 63 điểm cầu", "63", 63, "count", "điểm cầu", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), national dam and irrigation-reservoir safety. No dateline at all: no 'published'; default location Việt Nam.",
    "Regions (Bắc Trung Bộ, trung du và miền núi phía Bắc) are not provinces: location stays Việt Nam. '3 sự cố tại Hòa Bình, Quảng Ngãi và Lâm Đồng'",
    "is a national count, the provinces in its list do not make it provincial. '594/1.038/5.118' after 'trong đó' total 6.750 (they add up).",
    "'chiếm 17,8% tổng số hồ' is the share of 1.200 (the whole is not restated as a number: no total). '(tương đương khoảng 10 nghìn tỷ đồng)' is a",
    "money figure of its own (as h01 'tương đương 1,488 triệu hồ sơ'); 10 nghìn tỷ = 1e13. 'hơn 4 nghìn hồ' = 4000, over.",
    "'đạt 66,1% kế hoạch vốn' = percent of 5.820 tỷ. 'Mục tiêu đến năm 2030' = target, start null. Distractors: 'WB8', 'Thông tư số 03/2022/TT-BNNPTNT',",
    "'24/24 giờ', the related-news list ('63 điểm cầu' optional). 'trên 40 năm' (criterion) and the limit 'không vượt quá 80%' (a rule, not a fact) optional.",
]

emit("p419-4", TEXT, COMMENTS, FIGS, location="Việt Nam")
