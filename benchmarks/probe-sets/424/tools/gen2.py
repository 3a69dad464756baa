from lib import F, P, C, emit

TEXT = """BÁO THÁI BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THÁI BÌNH
Kinh tế | Tài chính - Ngân sách

Thứ Sáu, 12/07/2024 - 15:20

Chi ngân sách địa phương 6 tháng đầu năm đạt 46,8% dự toán

(BTB) - Theo báo cáo của Sở Tài chính, 6 tháng đầu năm 2024, tổng chi ngân sách địa phương của tỉnh Thái Bình ước đạt 7.935 tỷ đồng, bằng 46,8% dự toán HĐND tỉnh giao, tăng 12,4% so với cùng kỳ năm 2023.

Trong đó, chi đầu tư phát triển 3.102 tỷ đồng, chiếm 39,1% tổng chi, tăng 21,5%; chi thường xuyên 4.688 tỷ đồng, bằng 50,2% dự toán, tăng 6,8% so với cùng kỳ, trong đó chi sự nghiệp giáo dục - đào tạo và dạy nghề 1.724 tỷ đồng, chi sự nghiệp y tế, dân số và gia đình 412 tỷ đồng. Chi quản lý hành chính đạt 865 tỷ đồng, giảm 3,2% do các đơn vị thực hiện tiết kiệm 10% chi thường xuyên; chi bảo đảm xã hội khoảng 298 tỷ đồng.

Về chi ngân sách cấp huyện, một số địa phương có tỷ lệ chi so với dự toán đạt khá như: huyện Đông Hưng 52,3%, huyện Quỳnh Phụ 49,6%, thành phố Thái Bình 48,1%; thấp nhất là huyện Tiền Hải với 38,9%.

Từ đầu năm đến nay, ngân sách tỉnh đã bổ sung có mục tiêu cho ngân sách cấp huyện, xã 1.356,7 tỷ đồng để thực hiện các chính sách an sinh xã hội và 3 chương trình mục tiêu quốc gia. Sở Tài chính dự báo cả năm 2024 tổng chi ngân sách địa phương đạt khoảng 17.200 tỷ đồng, trong khi dự toán năm theo Nghị quyết số 48/NQ-HĐND là 16.955 tỷ đồng.

Thu Hằng
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
D = "tỷ lệ chi ngân sách cấp huyện so với dự toán"

FIGS = [
    F("năm đạt 46,8% dự toán", "46,8", 46.8, "percent", "%", "chi ngân sách địa phương so với dự toán",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("ước đạt 7.935 tỷ đồng", "7.935", 7935e9, "money", "đồng", "tổng chi ngân sách địa phương", H6,
      percent=46.8, change=C("increase", 12.4, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("chi đầu tư phát triển 3.102 tỷ đồng", "3.102", 3102e9, "money", "đồng", "chi đầu tư phát triển", H6i,
      total=7935e9, percent=39.1, change=C("increase", 21.5), status="estimate"),
    F("chi thường xuyên 4.688 tỷ đồng", "4.688", 4688e9, "money", "đồng", "chi thường xuyên", H6i,
      total=7935e9, percent=50.2, change=C("increase", 6.8, "%", "cùng kỳ"), status="estimate"),
    F("dạy nghề 1.724 tỷ đồng", "1.724", 1724e9, "money", "đồng", "chi sự nghiệp giáo dục - đào tạo và dạy nghề", H6i,
      total=4688e9, status="estimate"),
    F("gia đình 412 tỷ đồng", "412", 412e9, "money", "đồng", "chi sự nghiệp y tế, dân số và gia đình", H6i,
      total=4688e9, status="estimate"),
    F("đạt 865 tỷ đồng", "865", 865e9, "money", "đồng", "chi quản lý hành chính", H6i,
      change=C("decrease", 3.2)),
    F("tiết kiệm 10% chi thường xuyên", "10", 10, "percent", "%", "tiết kiệm chi thường xuyên", H6i, optional=True),
    F("khoảng 298 tỷ đồng", "298", 298e9, "money", "đồng", "chi bảo đảm xã hội", H6i, approx="about"),
    F("Đông Hưng 52,3%", "52,3", 52.3, "percent", "%", D, H6i, location="Đông Hưng"),
    F("Quỳnh Phụ 49,6%", "49,6", 49.6, "percent", "%", D, H6i, location="Quỳnh Phụ"),
    F("Thái Bình 48,1%", "48,1", 48.1, "percent", "%", D, H6i, location="Thái Bình"),
    F("với 38,9%", "38,9", 38.9, "percent", "%", D, H6i, location="Tiền Hải"),
    F("xã 1.356,7 tỷ đồng", "1.356,7", 1356.7e9, "money", "đồng", "bổ sung có mục tiêu cho ngân sách cấp huyện, xã",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")),
    F("và 3 chương trình", "3", 3, "count", "chương trình mục tiêu quốc gia", "chương trình mục tiêu quốc gia",
      optional=True),
    F("khoảng 17.200 tỷ đồng", "17.200", 17200e9, "money", "đồng", "tổng chi ngân sách địa phương",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("là 16.955 tỷ đồng", "16.955", 16955e9, "money", "đồng", "dự toán năm tổng chi ngân sách địa phương",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Thái Bình, tag BTB): local budget spending in the first half of 2024, by item and district; year forecast.",
    "'Thứ Sáu, 12/07/2024 - 15:20' is the dateline; the byline stands at the end. Headline '6 tháng đầu năm' takes 2024 from the dateline.",
    "'ước đạt' governs 7.935 tỷ and the 'Trong đó' parts that continue it (status estimate, as h11); the next sentence (865 tỷ …) is actual.",
    "Two-level 'trong đó': ĐTPT and thường xuyên are parts of 7.935 tỷ; education and health are parts of 4.688 tỷ (the whole before the cue).",
    "'tăng 21,5%' without a baseline: change without baseline. 'tiết kiệm 10% chi thường xuyên' is a policy rate: optional.",
    "District list: places to location, subject the list's indicator; 'thấp nhất là huyện Tiền Hải với 38,9%' is the last item.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-07-12. '3 chương trình mục tiêu quốc gia' is the fixed set of programmes: optional.",
    "The annual dự toán (16.955 tỷ) in its own clause with 'là' is a figure with status target (a plan), not a target attribute of the forecast.",
    "Distractors: Nghị quyết số 48/NQ-HĐND, dateline time, masthead.",
]

emit("p424-2", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Thái Bình")
