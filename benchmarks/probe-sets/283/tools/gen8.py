from lib import F, P, CH, emit

TEXT = """Diện tích muối ở Nghệ An ngày càng thu hẹp

Thành Chung

(Baonghean) - Tính đến 30/9/2024, diện tích sản xuất muối toàn tỉnh Nghệ An còn khoảng 520 ha, giảm gần 280 ha so với năm 2015. Diện tích còn lại gồm: thị xã Hoàng Mai 212 ha, huyện Quỳnh Lưu 186 ha, Diễn Châu 85 ha và Nghi Lộc 37 ha.

Sản lượng muối 9 tháng năm 2024 đạt 31.200 tấn, giảm 14,5% so với cùng kỳ; trong đó muối trắng chỉ khoảng 4.700 tấn. Nguyên nhân là giá muối thấp, bình quân chỉ 1.100-1.300 đồng/kg, thu nhập của diêm dân khoảng 2,5-3 triệu đồng/người/tháng, thấp hơn nhiều so với các nghề khác. Số hộ làm muối giảm từ 3.860 hộ năm 2015 xuống còn 1.920 hộ.

Bà Hồ Thị Lan (khối 7, phường Quỳnh Dị, thị xã Hoàng Mai) cho biết, gia đình bà làm muối đã hơn 30 năm, nay chỉ còn 2 vợ chồng già bám đồng muối vì con cái đều đi làm công nhân ở khu công nghiệp.

Giai đoạn 2021-2025, tỉnh đã hỗ trợ 3 hợp tác xã xây dựng 12 kho chứa muối và 4,8 km đường nội đồng với tổng kinh phí 9,6 tỷ đồng, trong đó ngân sách tỉnh 6,2 tỷ đồng. Theo kế hoạch, đến năm 2025, Nghệ An giữ ổn định 500 ha muối, sản lượng 45.000-50.000 tấn/năm; chuyển đổi khoảng 20 ha đồng muối kém hiệu quả sang nuôi trồng thủy sản.

Theo Sở Nông nghiệp và PTNT, để giữ nghề muối cần thực hiện tốt Nghị quyết số 26-NQ/TW về phát triển Nghệ An, gắn sản xuất muối với du lịch trải nghiệm làng nghề; đồng thời kêu gọi doanh nghiệp đầu tư dây chuyền chế biến muối tinh công suất 10.000 tấn/năm.
"""

AS = P("Tính đến 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến 30/9/2024", None, "2024-09-30", inh=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("còn khoảng 520 ha", "520", 520, "measure", "ha", "diện tích sản xuất muối", AS, approx="about",
      change=CH("decrease", 280, "ha", "năm 2015", approx="nearly")),
    F("Hoàng Mai 212 ha", "212", 212, "measure", "ha", "diện tích sản xuất muối còn lại", ASi, total=520,
      location="Hoàng Mai"),
    F("Quỳnh Lưu 186 ha", "186", 186, "measure", "ha", "diện tích sản xuất muối còn lại", ASi, total=520,
      location="Quỳnh Lưu"),
    F("Diễn Châu 85 ha", "85", 85, "measure", "ha", "diện tích sản xuất muối còn lại", ASi, total=520,
      location="Diễn Châu"),
    F("Nghi Lộc 37 ha", "37", 37, "measure", "ha", "diện tích sản xuất muối còn lại", ASi, total=520,
      location="Nghi Lộc"),
    F("đạt 31.200 tấn", "31.200", 31200, "measure", "tấn", "sản lượng muối", N9,
      change=CH("decrease", 14.5, baseline="cùng kỳ")),
    F("khoảng 4.700 tấn", "4.700", 4700, "measure", "tấn", "sản lượng muối trắng", N9, approx="about", total=31200),
    F("chỉ 1.100-1.300 đồng/kg", "1.100", 1100, "money", "đồng/kg", "giá muối bình quân", N9i, value_max=1300),
    F("khoảng 2,5-3 triệu", "2,5", 2500000, "money", "đồng/người/tháng", "thu nhập của diêm dân", N9i,
      value_max=3000000, approx="about"),
    F("từ 3.860 hộ", "3.860", 3860, "count", "hộ", "hộ làm muối", P("năm 2015", "2015-01-01", "2015-12-31")),
    F("còn 1.920 hộ", "1.920", 1920, "count", "hộ", "hộ làm muối", ASi),
    F("hơn 30 năm", "30", 30, "measure", "năm", "thời gian gia đình bà Lan làm muối", approx="over", optional=True),
    F("còn 2 vợ chồng", "2", 2, "count", "người", "người trong gia đình bà Lan còn làm muối", optional=True),
    F("hỗ trợ 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã được hỗ trợ", GD),
    F("12 kho", "12", 12, "count", "kho chứa muối", "kho chứa muối được xây dựng", GD),
    F("4,8 km", "4,8", 4.8, "measure", "km", "đường nội đồng được xây dựng", GD),
    F("kinh phí 9,6 tỷ đồng", "9,6", 9600000000, "money", "đồng", "tổng kinh phí hỗ trợ", GD),
    F("tỉnh 6,2 tỷ đồng", "6,2", 6200000000, "money", "đồng", "ngân sách tỉnh hỗ trợ", GD, total=9600000000),
    F("ổn định 500 ha", "500", 500, "measure", "ha", "diện tích muối", T25, status="target"),
    F("45.000-50.000 tấn/năm", "45.000", 45000, "measure", "tấn/năm", "sản lượng muối", T25, value_max=50000,
      status="target"),
    F("khoảng 20 ha", "20", 20, "measure", "ha", "diện tích đồng muối kém hiệu quả chuyển đổi", T25,
      approx="about", status="target"),
    F("công suất 10.000 tấn/năm", "10.000", 10000, "measure", "tấn/năm",
      "công suất dây chuyền chế biến muối tinh kêu gọi đầu tư", optional=True),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): shrinking salt area, 9 months of 2024, households, support 2021-2025, 2025 plan. No dateline at all",
    "(byline 'Thành Chung' only): published null; every period here carries its own year.",
    "'Tính đến 30/9/2024' is an as-of date (end only). Parts after 'Diện tích còn lại gồm:' (sentence break allowed) take total 520;",
    "town/districts are locations. 'giảm gần 280 ha so với năm 2015' is the change of 520 ha (approx nearly).",
    "'trong đó muối trắng chỉ khoảng 4.700 tấn' -> total 31200, same sentence, same period. 'giảm từ 3.860 hộ năm 2015 xuống còn",
    "1.920 hộ': two counts, no change value is stated. Anecdote figures ('hơn 30 năm', '2 vợ chồng') optional; 'khối 7' is an address.",
    "'Giai đoạn 2021-2025, tỉnh đã hỗ trợ …': period 2021-2025 for the support figures; '6,2 tỷ' after 'trong đó' -> total 9,6 tỷ.",
    "'Theo kế hoạch, đến năm 2025 …' targets. 'công suất 10.000 tấn/năm' of a line to be invited (a specification): optional.",
    "Distractors: 'Nghị quyết số 26-NQ/TW', 'khối 7', '(Baonghean)'.",
]

emit("p283-8", TEXT, COMMENTS, FIGS, published=None, location="Nghệ An")
