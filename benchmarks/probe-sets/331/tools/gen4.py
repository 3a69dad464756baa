from lib import F, P, emit

TEXT = """Sáu tỉnh Bắc Trung Bộ nhận 51,5 triệu USD từ chuyển nhượng tín chỉ carbon rừng
Thứ tư, 15/5/2024, 10:20 (GMT+7)

Ngân hàng Thế giới đã chuyển toàn bộ 51,5 triệu USD cho Việt Nam theo Thỏa thuận chi trả giảm phát thải khí nhà kính vùng Bắc Trung Bộ (ERPA), tương ứng 10,3 triệu tấn CO2 với đơn giá 5 USD/tấn.

Theo Bộ Nông nghiệp và Phát triển nông thôn, đây là lần đầu tiên Việt Nam chuyển nhượng thành công kết quả giảm phát thải từ rừng. Giai đoạn 2018-2019, vùng Bắc Trung Bộ đã giảm được 16,2 triệu tấn CO2, vượt 5,9 triệu tấn so với cam kết; lượng dư này do Chính phủ quản lý.

Số tiền được phân bổ theo Nghị định số 107/2022/NĐ-CP: Nghệ An nhận khoảng 14,8 triệu USD, Thanh Hóa 9,6 triệu USD, Quảng Bình 9,2 triệu USD, Thừa Thiên Huế 6,3 triệu USD, Hà Tĩnh 5,9 triệu USD và Quảng Trị 4,4 triệu USD. Trong đó, khoảng 60% được chi cho các chủ rừng và cộng đồng tham gia quản lý, bảo vệ rừng. Mức chi trả cho cộng đồng dân cư thôn từ 95.000 đến 140.000 đồng/ha/năm.

Đến hết tháng 4/2024, các tỉnh đã giải ngân được hơn 1.200 tỷ đồng, đạt trên 95% số tiền được phân bổ, cho gần 80.000 hộ gia đình và 2.100 cộng đồng.

Ông Nguyễn Văn Hải, Phó Cục trưởng Cục Lâm nghiệp, cho biết thị trường carbon rừng còn nhiều tiềm năng: Việt Nam đang đàm phán chuyển nhượng thêm 5,15 triệu tấn CO2 của 11 tỉnh Tây Nguyên và Nam Trung Bộ cho Tổ chức Tăng cường tài chính lâm nghiệp (Emergent) với giá tối thiểu 10 USD/tấn, dự kiến thu về 51,5 triệu USD trong giai đoạn 2022-2026.

HOÀNG ANH
"""

LIST = "số tiền ERPA được phân bổ"
FIGS = [
    F("Sáu tỉnh Bắc Trung Bộ", "Sáu", 6, "count", "tỉnh", "tỉnh Bắc Trung Bộ nhận tiền chuyển nhượng tín chỉ carbon rừng", optional=True),
    F("nhận 51,5 triệu USD từ", "51,5", 51.5e6, "money", "USD", "tiền chuyển nhượng tín chỉ carbon rừng"),
    F("toàn bộ 51,5 triệu USD", "51,5", 51.5e6, "money", "USD", "tiền chi trả giảm phát thải khí nhà kính vùng Bắc Trung Bộ (ERPA)"),
    F("tương ứng 10,3 triệu tấn CO2", "10,3", 10.3e6, "measure", "tấn CO2", "lượng giảm phát thải chuyển nhượng"),
    F("đơn giá 5 USD/tấn", "5", 5, "money", "USD/tấn", "đơn giá chuyển nhượng giảm phát thải"),
    F("giảm được 16,2 triệu tấn CO2", "16,2", 16.2e6, "measure", "tấn CO2", "lượng giảm phát thải vùng Bắc Trung Bộ",
      P("Giai đoạn 2018-2019", "2018-01-01", "2019-12-31"),
      change={"direction": "increase", "value": 5.9e6, "unit": "tấn", "baseline": "cam kết"}),
    F("Nghệ An nhận khoảng 14,8 triệu USD", "14,8", 14.8e6, "money", "USD", LIST, location="Nghệ An", approx="about"),
    F("Thanh Hóa 9,6 triệu USD", "9,6", 9.6e6, "money", "USD", LIST, location="Thanh Hóa"),
    F("Quảng Bình 9,2 triệu USD", "9,2", 9.2e6, "money", "USD", LIST, location="Quảng Bình"),
    F("Thừa Thiên Huế 6,3 triệu USD", "6,3", 6.3e6, "money", "USD", LIST, location="Thừa Thiên Huế"),
    F("Hà Tĩnh 5,9 triệu USD", "5,9", 5.9e6, "money", "USD", LIST, location="Hà Tĩnh"),
    F("Quảng Trị 4,4 triệu USD", "4,4", 4.4e6, "money", "USD", LIST, location="Quảng Trị"),
    F("khoảng 60% được chi", "60", 60, "percent", "%", "tỷ lệ tiền ERPA chi cho các chủ rừng và cộng đồng", approx="about"),
    F("từ 95.000 đến 140.000", "95.000", 95000, "money", "đồng/ha/năm", "mức chi trả cho cộng đồng dân cư thôn", value_max=140000),
    F("hơn 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "tiền ERPA các tỉnh đã giải ngân",
      P("Đến hết tháng 4/2024", None, "2024-04-30"), approx="over", percent=95),
    F("gần 80.000 hộ", "80.000", 80000, "count", "hộ gia đình", "hộ gia đình được giải ngân tiền ERPA",
      P("Đến hết tháng 4/2024", None, "2024-04-30"), approx="nearly"),
    F("và 2.100 cộng đồng", "2.100", 2100, "count", "cộng đồng", "cộng đồng được giải ngân tiền ERPA",
      P("Đến hết tháng 4/2024", None, "2024-04-30")),
    F("thêm 5,15 triệu tấn CO2", "5,15", 5.15e6, "measure", "tấn CO2", "lượng giảm phát thải đàm phán chuyển nhượng cho Emergent"),
    F("của 11 tỉnh", "11", 11, "count", "tỉnh", "tỉnh Tây Nguyên và Nam Trung Bộ tham gia chuyển nhượng"),
    F("tối thiểu 10 USD/tấn", "10", 10, "money", "USD/tấn", "giá chuyển nhượng giảm phát thải cho Emergent", approx="at_least"),
    F("thu về 51,5 triệu USD", "51,5", 51.5e6, "money", "USD", "tiền thu về từ chuyển nhượng giảm phát thải cho Emergent",
      P("giai đoạn 2022-2026", "2022-01-01", "2026-12-31"), status="forecast"),
]

COMMENTS = [
    "National press (online newspaper), 'Thứ tư, 15/5/2024, 10:20 (GMT+7)': the Bắc Trung Bộ emission-reduction payment (ERPA) and a second carbon deal.",
    "National figures: location Việt Nam; Bắc Trung Bộ / Tây Nguyên are regions, not provinces, so region totals stay Việt Nam. The province list (one indicator, 'số tiền",
    "ERPA được phân bổ') gives each province as location; 'khoảng' governs only the first item. The list items do not add up to 51,5 triệu (no total).",
    "'vượt 5,9 triệu tấn so với cam kết' is the gap to the commitment: a change of 16,2 triệu tấn with baseline 'cam kết'. 'tương ứng 10,3 triệu tấn CO2' is a quantity",
    "(not a share) and stands as its own figure. 'Trong đó, khoảng 60%' is a percent figure (a percent has no whole). 'đạt trên 95% số tiền được phân bổ' is the share of 1.200 tỷ.",
    "'dự kiến thu về …' is forecast; '5,15 triệu tấn' and 'tối thiểu 10 USD/tấn' stand in earlier clauses of the negotiation (actual, at_least).",
    "Distractors: 'Nghị định số 107/2022/NĐ-CP', '(GMT+7)', 'lần đầu tiên', period names 'Giai đoạn 2018-2019', '2022-2026'. 'Sáu tỉnh' in the title names the group: optional.",
]

emit("p331-4", TEXT, COMMENTS, FIGS, published="2024-05-15", location="Việt Nam")
