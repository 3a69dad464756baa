from lib import F, P, Pi, ch, tg, build

TEXT = """
BÁO NGHỆ AN | Xã hội

Tín dụng học sinh, sinh viên: Tiếp sức cho hàng nghìn sinh viên xứ Nghệ đến giảng đường

VĂN TRƯỜNG 08:40, 12/09/2024

Từ năm 2007 đến nay, NHCSXH chi nhánh Nghệ An đã cho vay hơn 182.000 lượt học sinh, sinh viên có hoàn cảnh khó khăn với tổng doanh số trên 3.460 tỷ đồng. Đến 31/8/2024, dư nợ chương trình đạt 356,8 tỷ đồng với 9.472 khách hàng còn dư nợ; tỷ lệ nợ quá hạn chỉ còn 0,21%.

Theo Quyết định số 05/2022/QĐ-TTg của Thủ tướng Chính phủ, mức cho vay tối đa hiện nay là 4 triệu đồng/tháng/học sinh, sinh viên, tăng 1,5 triệu đồng so với mức cũ; lãi suất cho vay 6,6%/năm.

Riêng 8 tháng đầu năm 2024, chi nhánh đã giải ngân 41,2 tỷ đồng cho 2.318 học sinh, sinh viên, trong đó 1.146 em thuộc hộ nghèo, 587 em thuộc hộ cận nghèo. Địa phương có nhiều sinh viên vay vốn là huyện Quỳnh Lưu (1.245 khách hàng), Diễn Châu (1.108 khách hàng) và Nghi Lộc (863 khách hàng). Trong 4 tháng cuối năm 2024, chi nhánh dự kiến cho vay khoảng 4.500 học sinh, sinh viên với số tiền từ 75 đến 80 tỷ đồng.

Em Nguyễn Thị Lan, sinh viên khóa K64 Trường Đại học Vinh, nhà ở xóm 5, xã Diễn Thọ, huyện Diễn Châu chia sẻ: "Bố mẹ em làm nông, nếu không có vốn vay chắc em đã phải bỏ học". Theo thống kê của chi nhánh, gần 95% sinh viên vay vốn sau khi tốt nghiệp đã có việc làm và trả nợ đúng hạn.

Ông Hồ Sỹ Hùng, Giám đốc NHCSXH chi nhánh Nghệ An cho biết, giai đoạn 2021-2025, chi nhánh phấn đấu duy trì tỷ lệ nợ quá hạn chương trình dưới 0,3%, đồng thời phối hợp với các trường để thu hồi nợ đến hạn. Học sinh, sinh viên có nhu cầu vay vốn liên hệ Tổ tiết kiệm và vay vốn tại thôn, xóm hoặc Điểm giao dịch xã vào ngày giao dịch cố định hằng tháng.
"""

P07 = P("Từ năm 2007 đến nay", "2007-01-01", "2024-09-12")
P831 = P("Đến 31/8/2024", end="2024-08-31")
P8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
I8 = Pi("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
P4 = P("4 tháng cuối năm 2024", "2024-09-01", "2024-12-31")
PG = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("hàng nghìn sinh viên", "hàng nghìn", 1000, "count", "sinh viên", "sinh viên được tiếp sức đến giảng đường",
      approx="about", optional=True),
    F("hơn 182.000 lượt", "182.000", 182000, "count", "lượt học sinh, sinh viên",
      "lượt học sinh, sinh viên có hoàn cảnh khó khăn được vay", P07, approx="over"),
    F("trên 3.460 tỷ đồng", "3.460", 3_460_000_000_000, "money", "đồng", "tổng doanh số cho vay", P07,
      approx="over"),
    F("chương trình đạt 356,8 tỷ đồng", "356,8", 356_800_000_000, "money", "đồng",
      "dư nợ chương trình học sinh, sinh viên", P831),
    F("với 9.472 khách hàng", "9.472", 9472, "count", "khách hàng", "khách hàng còn dư nợ", P831),
    F("chỉ còn 0,21%", "0,21", 0.21, "percent", "%", "tỷ lệ nợ quá hạn", P831),
    F("là 4 triệu đồng/tháng", "4", 4_000_000, "money", "đồng/tháng/học sinh, sinh viên", "mức cho vay tối đa",
      approx="at_most", change=ch("increase", 1_500_000, "đồng", "mức cũ"), location="Việt Nam", optional=True),
    F("cho vay 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay", location="Việt Nam", optional=True),
    F("giải ngân 41,2 tỷ đồng", "41,2", 41_200_000_000, "money", "đồng",
      "giải ngân cho vay học sinh, sinh viên", P8),
    F("cho 2.318 học sinh", "2.318", 2318, "count", "học sinh, sinh viên", "học sinh, sinh viên được vay", P8),
    F("1.146 em", "1.146", 1146, "count", "em", "học sinh, sinh viên thuộc hộ nghèo", P8, total=2318),
    F("587 em", "587", 587, "count", "em", "học sinh, sinh viên thuộc hộ cận nghèo", P8, total=2318),
    F("Quỳnh Lưu (1.245 khách hàng)", "1.245", 1245, "count", "khách hàng", "sinh viên vay vốn",
      location="Quỳnh Lưu"),
    F("Diễn Châu (1.108 khách hàng)", "1.108", 1108, "count", "khách hàng", "sinh viên vay vốn",
      location="Diễn Châu"),
    F("Nghi Lộc (863 khách hàng)", "863", 863, "count", "khách hàng", "sinh viên vay vốn", location="Nghi Lộc"),
    F("khoảng 4.500 học sinh", "4.500", 4500, "count", "học sinh, sinh viên", "học sinh, sinh viên được cho vay",
      P4, approx="about", status="forecast"),
    F("từ 75 đến 80 tỷ đồng", "75", 75_000_000_000, "money", "đồng", "số tiền cho vay học sinh, sinh viên", P4,
      value_max=80_000_000_000, status="forecast"),
    F("gần 95% sinh viên", "95", 95, "percent", "%",
      "sinh viên vay vốn sau khi tốt nghiệp có việc làm và trả nợ đúng hạn", approx="nearly"),
    F("dưới 0,3%", "0,3", 0.3, "percent", "%", "tỷ lệ nợ quá hạn chương trình", PG, approx="under",
      status="target"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper): student loans of NHCSXH chi nhánh Nghệ An. Dateline with byline 'VĂN TRƯỜNG 08:40, 12/09/2024'.",
    "Distractors: 'Quyết định số 05/2022/QĐ-TTg', 'khóa K64', 'Trường Đại học Vinh', 'xóm 5', 'năm 2007', 'giai đoạn 2021-2025', person names.",
    "'Từ năm 2007 đến nay' runs to the dateline. 'trong đó 1.146 em ..., 587 em ...' are parts of 2.318 (total).",
    "National policy parameters (loan ceiling 4 triệu đồng/tháng with its +1,5 triệu change, interest 6,6%/năm) are optional (thresholds), location Việt Nam.",
    "District list items (Quỳnh Lưu, Diễn Châu, Nghi Lộc) take the district as location; no stated period there ('có nhiều' = now).",
    "Headline 'hàng nghìn sinh viên' is a vague number word (1000, about): optional.",
    "'dự kiến cho vay khoảng 4.500 ... từ 75 đến 80 tỷ đồng' are forecasts; the range gives value_max. 'gần 95%' has no period.",
]

build(3, COMMENTS, TEXT, FIGS, published="2024-09-12", location="Nghệ An")
