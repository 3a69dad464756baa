from lib import F, P, CH, emit

TEXT = """Sầu riêng Đắk Lắk vào chính vụ: giá giảm, nhà vườn vẫn lãi lớn

(BĐK) - Theo Sở Nông nghiệp và Phát triển nông thôn, đến cuối tháng 8/2024, toàn tỉnh có 34.600 ha sầu riêng, tăng 6.100 ha so với cùng kỳ năm 2023; trong đó diện tích đang cho thu hoạch 17.200 ha. Sản lượng cả năm ước đạt 300.000 tấn, chiếm khoảng 20% sản lượng sầu riêng cả nước.

Các địa phương có diện tích lớn gồm huyện Krông Pắc (5.850 ha), Cư M'gar (4.320 ha), Ea H'leo (3.900 ha) và thị xã Buôn Hồ (2.760 ha). Năng suất bình quân đạt 17-18 tấn/ha; nhiều vườn ở xã Ea Yông (huyện Krông Pắc) cho năng suất trên 25 tấn/ha.

Hiện nay, giá sầu riêng Ri6 loại 1 tại vườn được thương lái thu mua từ 62.000 đến 68.000 đồng/kg; giống Dona (Monthong) khoảng 85.000 đồng/kg, giảm 10.000 đồng/kg so với tháng 7. Với giá bán trên, sau khi trừ chi phí, mỗi ha sầu riêng cho lãi từ 600 triệu đến 1 tỷ đồng.

Từ đầu năm đến nay, tỉnh đã xuất khẩu khoảng 185.000 tấn sầu riêng, kim ngạch ước đạt 520 triệu USD, tăng 1,8 lần so với cùng kỳ. Toàn tỉnh có 68 cơ sở đóng gói sầu riêng, phần lớn nằm dọc Quốc lộ 14 và Quốc lộ 26.

Theo Quyết định số 1795/QĐ-UBND của UBND tỉnh, mục tiêu đến năm 2025, diện tích sầu riêng của tỉnh không vượt quá 40.000 ha, trong đó 60% diện tích đạt tiêu chuẩn VietGAP hoặc tương đương.

HOÀNG GIA
10/09/2024
"""

T8 = P("đến cuối tháng 8/2024", None, "2024-08-31")
T8i = P("đến cuối tháng 8/2024", None, "2024-08-31", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-09-10")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "diện tích sầu riêng"

FIGS = [
    F("có 34.600 ha", "34.600", 34600, "measure", "ha", SUBJ, T8,
      change=CH("increase", 6100, "ha", "cùng kỳ năm 2023")),
    F("thu hoạch 17.200 ha", "17.200", 17200, "measure", "ha", "diện tích sầu riêng đang cho thu hoạch", T8,
      total=34600),
    F("ước đạt 300.000 tấn", "300.000", 300000, "measure", "tấn", "sản lượng sầu riêng",
      P("cả năm", "2024-01-01", "2024-12-31"), percent=20, status="estimate"),
    F("Krông Pắc (5.850 ha)", "5.850", 5850, "measure", "ha", SUBJ, T8i, location="Krông Pắc"),
    F("Cư M'gar (4.320 ha)", "4.320", 4320, "measure", "ha", SUBJ, T8i, location="Cư M'gar"),
    F("Ea H'leo (3.900 ha)", "3.900", 3900, "measure", "ha", SUBJ, T8i, location="Ea H'leo"),
    F("Buôn Hồ (2.760 ha)", "2.760", 2760, "measure", "ha", SUBJ, T8i, location="Buôn Hồ"),
    F("đạt 17-18 tấn/ha", "17", 17, "measure", "tấn/ha", "năng suất bình quân sầu riêng", value_max=18),
    F("trên 25 tấn/ha", "25", 25, "measure", "tấn/ha", "năng suất sầu riêng", approx="over",
      location="Krông Pắc"),
    F("từ 62.000 đến 68.000 đồng/kg", "62.000", 62000, "money", "đồng/kg",
      "giá sầu riêng Ri6 loại 1 tại vườn thương lái thu mua", value_max=68000),
    F("khoảng 85.000 đồng/kg", "85.000", 85000, "money", "đồng/kg", "giá sầu riêng giống Dona (Monthong)",
      approx="about", change=CH("decrease", 10000, "đồng/kg", "tháng 7")),
    F("từ 600 triệu đến 1 tỷ đồng", "600", 600e6, "money", "đồng/ha", "lãi mỗi ha sầu riêng", value_max=1e9),
    F("khoảng 185.000 tấn", "185.000", 185000, "measure", "tấn", "sầu riêng xuất khẩu", YTD, approx="about"),
    F("ước đạt 520 triệu USD", "520", 520e6, "money", "USD", "kim ngạch xuất khẩu sầu riêng", YTD,
      status="estimate", change=CH("increase", 1.8, "lần", "cùng kỳ")),
    F("có 68 cơ sở", "68", 68, "count", "cơ sở đóng gói", "cơ sở đóng gói sầu riêng"),
    F("không vượt quá 40.000 ha", "40.000", 40000, "measure", "ha", SUBJ, T25, approx="at_most",
      status="target"),
    F("trong đó 60% diện tích", "60", 60, "percent", "%", "diện tích sầu riêng đạt tiêu chuẩn VietGAP hoặc tương đương",
      T25, status="target"),
]

COMMENTS = [
    "Báo Đắk Lắk (Party newspaper, '(BĐK)' tag implies the province): durian season 2024 — area, districts, yields, prices, exports, 2025 cap.",
    "No dateline at the top; bare date '10/09/2024' after the byline at the end -> published. Distractors: 'Ri6 loại 1', 'Quốc lộ 14',",
    "'Quốc lộ 26', 'Quyết định số 1795/QĐ-UBND', 'tháng 7' as a baseline, commune 'xã Ea Yông' (its district is the location).",
    "'đến cuối tháng 8/2024' is an as-of date. 'cả năm' takes 2024 from the earlier 'tháng 8/2024'. District list inherits the as-of date.",
    "'tăng 1,8 lần so với cùng kỳ' is the change of 520 triệu USD (unit lần). 'từ 600 triệu đến 1 tỷ đồng': range with different multipliers.",
    "'không vượt quá 40.000 ha' -> at_most, target. '60% diện tích' after 'trong đó': a percent, no total.",
    "'từ đầu năm đến nay' ends at the published date 2024-09-10.",
]

emit("p385-4", TEXT, COMMENTS, FIGS, published="2024-09-10", location="Đắk Lắk")
