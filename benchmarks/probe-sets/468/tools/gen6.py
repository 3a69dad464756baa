from lib import F, P, emit

TEXT = """Thời sự
Thứ tư, 15/5/2024, 14:20 (GMT+7)

Vĩnh Long ghi nhận 63 vụ sạt lở từ đầu năm

Từ đầu năm đến nay, Vĩnh Long xảy ra 63 vụ sạt lở bờ sông, kênh rạch, gấp 2 lần cùng kỳ năm ngoái, thiệt hại ước tính 27 tỷ đồng.

Theo Ban chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh, các vụ sạt lở có tổng chiều dài gần 2,9 km, làm 21 căn nhà sụp hoàn toàn xuống sông và 48 căn bị hư hỏng một phần. Riêng quý I/2024 xảy ra 38 vụ, chiếm 60,3% tổng số vụ; tháng 4 có 25 vụ, chủ yếu trên sông Cổ Chiên, sông Măng Thít.

Ông Nguyễn Văn Liêm, Phó giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết nguyên nhân chính do mực nước sông xuống thấp, dòng chảy tác động trực tiếp vào bờ, cùng với việc khai thác cát quá mức. Năm 2023, toàn tỉnh xảy ra 102 vụ sạt lở, giảm 15% so với năm 2022, tổng chiều dài khoảng 4,1 km.

Tỉnh đã chi hơn 35 tỷ đồng từ ngân sách dự phòng để xử lý 11 điểm sạt lở khẩn cấp tại các huyện Long Hồ, Mang Thít, Vũng Liêm và thành phố Vĩnh Long; đồng thời di dời 146 hộ dân ra khỏi khu vực nguy hiểm, mỗi hộ được hỗ trợ từ 30 đến 50 triệu đồng. Hiện tỉnh còn khoảng 70 điểm có nguy cơ sạt lở cao, dài tổng cộng 16,5 km, trong đó huyện Long Hồ chiếm 22 điểm.

Theo dự báo của Đài Khí tượng Thủy văn tỉnh, từ nay đến cuối tháng 6, mực nước trên sông Tiền, sông Hậu tiếp tục ở mức thấp, nguy cơ sạt lở còn cao. Người dân cần hỗ trợ có thể liên hệ Văn phòng thường trực Ban chỉ huy PCTT-TKCN tỉnh, số 88 đường 2/9, phường 1, thành phố Vĩnh Long, điện thoại 0270.3823.456.

Thanh Nhàn
"""

PT = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-15")
PTi = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-15", inh=True)
PQ1 = P("quý I/2024", "2024-01-01", "2024-03-31")
PT4 = P("tháng 4", "2024-04-01", "2024-04-30")
P23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("ghi nhận 63 vụ", "63", 63, "count", "vụ sạt lở", "vụ sạt lở", period=PTi),
    F("xảy ra 63 vụ", "63", 63, "count", "vụ sạt lở", "vụ sạt lở bờ sông, kênh rạch",
      change={"direction": "increase", "value": 2, "unit": "lần", "baseline": "cùng kỳ năm ngoái"}, period=PT),
    F("ước tính 27 tỷ đồng", "27", 27e9, "money", "đồng", "thiệt hại", status="estimate", period=PT),
    F("gần 2,9 km", "2,9", 2.9, "measure", "km", "tổng chiều dài các vụ sạt lở", approx="nearly", period=PTi),
    F("làm 21 căn nhà", "21", 21, "count", "căn nhà", "căn nhà sụp hoàn toàn xuống sông", period=PTi),
    F("và 48 căn", "48", 48, "count", "căn", "căn nhà bị hư hỏng một phần", period=PTi),
    F("xảy ra 38 vụ", "38", 38, "count", "vụ", "vụ sạt lở", percent=60.3, period=PQ1),
    F("có 25 vụ", "25", 25, "count", "vụ", "vụ sạt lở", period=PT4),
    F("xảy ra 102 vụ", "102", 102, "count", "vụ sạt lở", "vụ sạt lở",
      change={"direction": "decrease", "value": 15, "unit": "%", "baseline": "năm 2022"}, period=P23),
    F("khoảng 4,1 km", "4,1", 4.1, "measure", "km", "tổng chiều dài sạt lở", approx="about", period=P23),
    F("hơn 35 tỷ đồng", "35", 35e9, "money", "đồng", "ngân sách dự phòng chi xử lý sạt lở khẩn cấp", approx="over"),
    F("xử lý 11 điểm", "11", 11, "count", "điểm sạt lở", "điểm sạt lở khẩn cấp được xử lý"),
    F("di dời 146 hộ", "146", 146, "count", "hộ dân", "hộ dân di dời ra khỏi khu vực nguy hiểm"),
    F("từ 30 đến 50 triệu đồng", "30", 30e6, "money", "đồng", "mức hỗ trợ mỗi hộ", value_max=50e6),
    F("khoảng 70 điểm", "70", 70, "count", "điểm", "điểm có nguy cơ sạt lở cao", approx="about"),
    F("tổng cộng 16,5 km", "16,5", 16.5, "measure", "km", "chiều dài điểm có nguy cơ sạt lở cao"),
    F("chiếm 22 điểm", "22", 22, "count", "điểm", "điểm có nguy cơ sạt lở cao", total=70, location="Long Hồ"),
]

COMMENTS = [
    "National press style (weekday + date + time + GMT+7 dateline, byline at the end): riverbank erosion in Vĩnh Long since the start of 2024.",
    "Headline '63 vụ' annotated (period inherited). Lead: 'gấp 2 lần cùng kỳ năm ngoái' is the change of 63 vụ (unit lần); 'ước tính' makes 27 tỷ an estimate.",
    "'38 vụ, chiếm 60,3% tổng số vụ': percent 60,3; no total (the whole is not stated in this sentence and no part cue of FIGURES.md applies).",
    "'tháng 4' takes the year 2024 of 'quý I/2024' just before. 'giảm 15% so với năm 2022' right after 102 vụ is its change.",
    "'11 điểm … tại các huyện …' several districts + the city: location stays the province. 'từ 30 đến 50 triệu đồng' range per household.",
    "'trong đó huyện Long Hồ chiếm 22 điểm': part of 70 điểm, location Long Hồ.",
    "Distractors: 'từ nay đến cuối tháng 6' (forecast window, no number), 'số 88 đường 2/9, phường 1', phone, (GMT+7), person name.",
]

emit(6, TEXT, FIGS, COMMENTS, published="2024-05-15", location="Vĩnh Long")
