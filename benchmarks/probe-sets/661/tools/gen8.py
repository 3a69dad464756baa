from lib import F, P, inh, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUỲNH HỒNG - HUYỆN QUỲNH PHỤ - TỈNH THÁI BÌNH
Tin tức › Kinh tế - Xã hội
Ngày đăng: 21/06/2024 | 10:05

HTX Quỳnh Hồng: Tổ dịch vụ cơ giới phục vụ hơn 1.000 lượt hộ trong vụ Xuân

Vụ Xuân năm 2024, tổ dịch vụ cơ giới của Hợp tác xã dịch vụ nông nghiệp Quỳnh Hồng với 4 máy cày, 3 máy gặt đập liên hợp và 2 máy cấy đã làm đất cho 312 ha, thu hoạch 298 ha và cấy máy 126 ha lúa, phục vụ hơn 1.000 lượt hộ xã viên tại 9 thôn.

Tổng số giờ máy hoạt động trong vụ đạt khoảng 2.350 giờ, trong đó máy cày 1.120 giờ, máy gặt 860 giờ và máy cấy 370 giờ.

Giá dịch vụ của HTX thấp hơn dịch vụ tư nhân: làm đất 45.000 đồng/sào, gặt 60.000 đồng/sào (thấp hơn 10.000 đồng/sào), cấy máy kèm mạ khay 120.000 đồng/sào (1 sào Bắc Bộ bằng 360 m²). Tính ra mỗi hécta, xã viên tiết kiệm được khoảng 700.000 đồng so với thuê dịch vụ bên ngoài.

Doanh thu dịch vụ máy của HTX trong 6 tháng đầu năm ước đạt 1,15 tỷ đồng, tăng 18% so với cùng kỳ năm 2023; lợi nhuận khoảng 210 triệu đồng. HTX hiện có 246 xã viên, 6 lao động vận hành máy với thu nhập bình quân 8,5 triệu đồng/người/tháng.

Vụ Mùa tới, HTX dự kiến đầu tư thêm 1 máy gặt đập liên hợp trị giá 850 triệu đồng, trong đó vay Quỹ hỗ trợ nông dân huyện 500 triệu đồng.

Ban biên tập: UBND xã Quỳnh Hồng
Địa chỉ: thôn Đồng Hòa, xã Quỳnh Hồng, huyện Quỳnh Phụ (cạnh Quốc lộ 10)
Điện thoại: 0227.3863.205
"""

H1 = P("trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    F("hơn 1.000 lượt hộ trong", "1.000", 1000, "count", "lượt hộ", "lượt hộ được tổ dịch vụ cơ giới phục vụ", approx="over"),
    F("với 4 máy cày", "4", 4, "count", "máy cày", "máy cày của tổ dịch vụ cơ giới"),
    F("3 máy gặt", "3", 3, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp của tổ dịch vụ cơ giới"),
    F("và 2 máy cấy", "2", 2, "count", "máy cấy", "máy cấy của tổ dịch vụ cơ giới"),
    F("cho 312 ha", "312", 312, "measure", "ha", "diện tích làm đất"),
    F("thu hoạch 298 ha", "298", 298, "measure", "ha", "diện tích thu hoạch"),
    F("cấy máy 126 ha", "126", 126, "measure", "ha", "diện tích lúa cấy máy"),
    F("hơn 1.000 lượt hộ xã viên", "1.000", 1000, "count", "lượt hộ", "lượt hộ xã viên được phục vụ", approx="over"),
    F("tại 9 thôn", "9", 9, "count", "thôn", "thôn được phục vụ"),
    F("khoảng 2.350 giờ", "2.350", 2350, "measure", "giờ", "tổng số giờ máy hoạt động trong vụ", approx="about"),
    F("cày 1.120 giờ", "1.120", 1120, "measure", "giờ", "giờ hoạt động máy cày", total=2350),
    F("gặt 860 giờ", "860", 860, "measure", "giờ", "giờ hoạt động máy gặt", total=2350),
    F("cấy 370 giờ", "370", 370, "measure", "giờ", "giờ hoạt động máy cấy", total=2350),
    F("làm đất 45.000", "45.000", 45000, "money", "đồng/sào", "giá dịch vụ làm đất của HTX"),
    F("gặt 60.000", "60.000", 60000, "money", "đồng/sào", "giá dịch vụ gặt của HTX",
      change=CH("decrease", 10000, "đồng/sào")),
    F("kèm mạ khay 120.000", "120.000", 120000, "money", "đồng/sào", "giá dịch vụ cấy máy kèm mạ khay của HTX"),
    F("(1 sào", "1", 1, "measure", "sào", "sào Bắc Bộ", optional=True),
    F("360 m²", "360", 360, "measure", "m²", "diện tích 1 sào Bắc Bộ", optional=True),
    F("khoảng 700.000 đồng", "700.000", 700000, "money", "đồng/ha", "chi phí xã viên tiết kiệm được mỗi hécta so với thuê dịch vụ bên ngoài",
      approx="about"),
    F("ước đạt 1,15 tỷ", "1,15", 1150000000, "money", "đồng", "Doanh thu dịch vụ máy của HTX", H1,
      change=CH("increase", 18, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("khoảng 210 triệu", "210", 210000000, "money", "đồng", "lợi nhuận dịch vụ máy của HTX", H1, approx="about",
      status="estimate"),
    F("có 246 xã viên", "246", 246, "count", "xã viên", "xã viên HTX"),
    F("6 lao động", "6", 6, "count", "lao động", "lao động vận hành máy"),
    F("8,5 triệu", "8,5", 8500000, "money", "đồng/người/tháng", "thu nhập bình quân lao động vận hành máy"),
    F("thêm 1 máy", "1", 1, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp đầu tư thêm", status="forecast"),
    F("850 triệu", "850", 850000000, "money", "đồng", "trị giá máy gặt đập liên hợp đầu tư thêm", status="forecast"),
    F("huyện 500 triệu", "500", 500000000, "money", "đồng", "vốn vay Quỹ hỗ trợ nông dân huyện", total=850000000,
      status="forecast"),
]

COMMENTS = [
    "Probe 661-8. Commune portal (xã Quỳnh Hồng, huyện Quỳnh Phụ, Thái Bình): cooperative machine-service team, hectares and machine hours",
    "served, service prices per sào, savings per hectare, revenue. 'Ngày đăng: 21/06/2024 | 10:05' is the dateline.",
    "Location: the spec names province, city or district, so commune figures take the district 'Quỳnh Phụ' (the portal's district).",
    "Machine hours 1.120 + 860 + 370 after 'trong đó' are parts of 2.350 giờ. '(thấp hơn 10.000 đồng/sào)' is the change of 60.000 đồng/sào.",
    "'(1 sào Bắc Bộ bằng 360 m²)' is a unit conversion: optional. 'Quốc lộ 10', 'thôn Đồng Hòa', phone are not figures. Seasons give no period.",
    "'ước đạt 1,15 tỷ …; lợi nhuận khoảng 210 triệu' — the estimate cue continues into the clause after ';' (same sentence, same period).",
    "'dự kiến đầu tư thêm 1 máy … 850 triệu đồng, trong đó vay … 500 triệu đồng' → forecast; 500 triệu is part of 850 triệu.",
]

if __name__ == "__main__":
    emit("p661-8", TEXT, COMMENTS, FIGS, published="2024-06-21", location="Quỳnh Phụ")
