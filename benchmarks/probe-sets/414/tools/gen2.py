from lib import F, P, C, T, emit

text = """Krông Pắc mở 28 lớp đào tạo nghề cho lao động nông thôn
Thứ Hai, 15/07/2024 - 09:12

6 tháng đầu năm 2024, Phòng Lao động - Thương binh và Xã hội huyện Krông Pắc phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 28 lớp đào tạo nghề trình độ sơ cấp và dưới 3 tháng cho 840 học viên là lao động nông thôn, đạt 56% kế hoạch năm. Trong đó, 17 lớp nghề nông nghiệp (510 học viên) như trồng và chăm sóc cà phê, nuôi ong lấy mật, chăn nuôi gia súc, gia cầm; 11 lớp nghề phi nông nghiệp (330 học viên) gồm may công nghiệp, sửa chữa máy nông nghiệp, nấu ăn.

Người dân tộc thiểu số, người thuộc hộ nghèo, hộ cận nghèo chiếm 62,4% tổng số học viên. Mức hỗ trợ chi phí đào tạo từ 2,5 đến 4 triệu đồng/người/khóa tùy nghề; học viên còn được hỗ trợ tiền ăn 50.000 đồng/ngày thực học và tiền đi lại tối đa 200.000 đồng/người/khóa.

Tổng kinh phí giải ngân đến ngày 30/6 đạt 1,85 tỷ đồng, trong đó nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới 1,12 tỷ đồng, nguồn Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số (Tiểu dự án 1, Dự án 5) 730 triệu đồng.

Qua khảo sát, có 712 học viên sau học nghề có việc làm mới hoặc tiếp tục làm nghề cũ với năng suất cao hơn, đạt tỷ lệ 84,8%. Nhiều mô hình hiệu quả như tổ hợp tác nuôi ong ở xã Ea Yông, tổ may ở thị trấn Phước An đã giúp học viên có thu nhập ổn định.

Trong 6 tháng cuối năm, huyện phấn đấu mở thêm 22 lớp với khoảng 660 học viên, nâng tổng số năm 2024 lên 50 lớp, 1.500 học viên.

Mọi thông tin liên hệ: Phòng LĐ-TB&XH huyện, số 02 Giải Phóng, thị trấn Phước An; điện thoại 0262.3524.117.

Hoàng Yến - Phòng LĐ-TB&XH huyện
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
AS = P("đến ngày 30/6", None, "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
SUBJ = "đào tạo nghề cho lao động nông thôn"
figs = [
    F("Pắc mở 28 lớp", "28", 28, "count", "lớp", "lớp đào tạo nghề cho lao động nông thôn"),
    F("huyện mở 28 lớp", "28", 28, "count", "lớp", "lớp đào tạo nghề trình độ sơ cấp và dưới 3 tháng", H1),
    F("sơ cấp và dưới 3 tháng cho", "3", 3, "measure", "tháng", approx="under", optional=True),
    F("cho 840 học viên", "840", 840, "count", "học viên", "học viên là lao động nông thôn", H1, percent=56),
    F("17 lớp nghề", "17", 17, "count", "lớp", "lớp nghề nông nghiệp", H1i, total=28),
    F("(510 học viên)", "510", 510, "count", "học viên", "học viên nghề nông nghiệp", H1i, total=840),
    F("11 lớp nghề", "11", 11, "count", "lớp", "lớp nghề phi nông nghiệp", H1i, total=28),
    F("(330 học viên)", "330", 330, "count", "học viên", "học viên nghề phi nông nghiệp", H1i, total=840),
    F("chiếm 62,4%", "62,4", 62.4, "percent", "%", "người dân tộc thiểu số, người thuộc hộ nghèo, hộ cận nghèo trong tổng số học viên", H1i),
    F("từ 2,5 đến 4 triệu", "2,5", 2.5e6, "money", "đồng/người/khóa", "mức hỗ trợ chi phí đào tạo", value_max=4e6),
    F("tiền ăn 50.000 đồng", "50.000", 50000, "money", "đồng/ngày", "hỗ trợ tiền ăn"),
    F("tối đa 200.000 đồng", "200.000", 200000, "money", "đồng/người/khóa", "hỗ trợ tiền đi lại", approx="at_most"),
    F("đạt 1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "tổng kinh phí giải ngân", AS),
    F("mới 1,12 tỷ đồng", "1,12", 1.12e9, "money", "đồng",
      "kinh phí nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới", AS, total=1.85e9),
    F("5) 730 triệu đồng", "730", 730e6, "money", "đồng",
      "kinh phí nguồn Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số", AS, total=1.85e9),
    F("có 712 học viên", "712", 712, "count", "học viên", "học viên sau học nghề có việc làm mới hoặc tiếp tục làm nghề cũ", H1i,
      percent=84.8),
    F("thêm 22 lớp", "22", 22, "count", "lớp", "lớp đào tạo nghề mở thêm", H2, status="target"),
    F("khoảng 660 học viên", "660", 660, "count", "học viên", "học viên", H2, approx="about", status="target"),
    F("lên 50 lớp", "50", 50, "count", "lớp", "tổng số lớp", P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("1.500 học viên", "1.500", 1500, "count", "học viên", "tổng số học viên", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
]

emit("p414-2", text, [
    "Cổng TTĐT huyện Krông Pắc (Đắk Lắk) (district portal): đào tạo nghề cho lao động nông thôn 6 tháng đầu năm 2024. Dateline 'Thứ Hai, 15/07/2024 - 09:12', byline at the end.",
    "Distractors: 'Tiểu dự án 1, Dự án 5' (programme names), 'số 02 Giải Phóng', phone 0262.3524.117, 'ngày 30/6' (as-of date), commune names.",
    "The title's '28 lớp' has no period (titles state none). 'đạt 56% kế hoạch năm' is the percent of 840. Bracketed học viên counts are parts of 840,",
    "the lớp counts after 'Trong đó' parts of 28. Support rates are money with a per-unit unit (đồng/người/khóa, đồng/ngày); 'tối đa' = at_most.",
    "'đến ngày 30/6' (year from the dateline) is an as-of period for the disbursement and its two 'trong đó' sources (same sentence).",
    "'đạt tỷ lệ 84,8%' is the percent of 712 (no total: no part-of cue). 'phấn đấu' governs the 6-month-end and full-year targets.",
], figs, published="2024-07-15", location="Krông Pắc")
