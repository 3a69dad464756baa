from lib import F, P, write

TEXT = """Yên Bái: Loa thông minh đưa chính sách đến bản làng vùng cao

Tuấn Anh (TTXVN)

Sau gần 4 năm thực hiện Quyết định số 135/QĐ-TTg về nâng cao hiệu quả hoạt động thông tin cơ sở, hệ thống truyền thanh của Yên Bái đã có bước chuyển rõ rệt; số cụm loa thông minh hiện gấp 3 lần năm 2020.

Toàn tỉnh hiện có 173 đài truyền thanh cấp xã, trong đó 131 đài ứng dụng công nghệ thông tin - viễn thông và 42 đài FM, với tổng cộng 1.418 cụm loa. Quý I/2024, số cụm loa thông minh lắp mới dẫn đầu là Mù Cang Chải 46 cụm, Trạm Tấu 38 cụm, Văn Chấn 31 cụm.

Ảnh: Cán bộ xã La Pán Tẩn kiểm tra cụm loa qua ứng dụng trên điện thoại. Ảnh: Tuấn Anh - TTXVN

Tại Mù Cang Chải, trong quý I/2024, các đài xã phát gần 1.900 phút tiếng Mông, chiếm khoảng 60% tổng thời lượng phát thanh. Khảo sát của huyện tại 45 thôn, bản cho thấy từ 65% đến 78% người dân nghe loa thường xuyên; riêng phụ nữ dân tộc Mông chỉ khoảng 52%.

Năm 2023, tỉnh dành hơn 21,5 tỷ đồng cho thông tin cơ sở, tăng 3,2 tỷ đồng so với năm 2022; năm 2024 dự kiến bố trí 25 tỷ đồng. Giá mỗi cụm loa thông minh dao động 30-45 triệu đồng, tùy cấu hình.

Ông Nguyễn Minh Tuấn, Giám đốc Sở Thông tin và Truyền thông, cho biết mục tiêu đến năm 2025 có 90% đài xã ứng dụng công nghệ thông tin - viễn thông và 100% thôn, bản đặc biệt khó khăn có loa. Người dân có thể phản ánh chất lượng loa qua đường dây nóng 0216.3852.608.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("trong quý I/2024", "2024-01-01", "2024-03-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "số cụm loa thông minh lắp mới"

figs = [
    F("gấp 3 lần", "3", "multiple", "lần", "số cụm loa thông minh so với năm 2020"),
    F("có 173 đài", "173", "count", "đài truyền thanh cấp xã", "đài truyền thanh cấp xã"),
    F("trong đó 131 đài", "131", "count", "đài", "đài ứng dụng công nghệ thông tin - viễn thông", total=173),
    F("và 42 đài", "42", "count", "đài FM", "đài FM", total=173),
    F("cộng 1.418 cụm loa", "1.418", "count", "cụm loa", "tổng cộng cụm loa"),
    F("Mù Cang Chải 46 cụm", "46", "count", "cụm", SUBJ, location="Mù Cang Chải", period=Q1),
    F("Trạm Tấu 38 cụm", "38", "count", "cụm", SUBJ, location="Trạm Tấu", period=Q1),
    F("Văn Chấn 31 cụm", "31", "count", "cụm", SUBJ, location="Văn Chấn", period=Q1),
    F("gần 1.900 phút", "1.900", "measure", "phút", "thời lượng phát thanh tiếng Mông", approx="nearly", percent=60,
      location="Mù Cang Chải", period=Q1b),
    F("tại 45 thôn, bản", "45", "count", "thôn, bản", "thôn, bản được khảo sát", location="Mù Cang Chải",
      period=P("trong quý I/2024", "2024-01-01", "2024-03-31", True), optional=True),
    F("từ 65% đến 78%", "65", "percent", "%", "người dân nghe loa thường xuyên", value_max=78, location="Mù Cang Chải",
      period=P("trong quý I/2024", "2024-01-01", "2024-03-31", True)),
    F("khoảng 52%", "52", "percent", "%", "phụ nữ dân tộc Mông nghe loa thường xuyên", approx="about",
      location="Mù Cang Chải", period=P("trong quý I/2024", "2024-01-01", "2024-03-31", True)),
    F("hơn 21,5 tỷ đồng", "21,5", "money", "đồng", "kinh phí cho thông tin cơ sở", approx="over",
      change={"direction": "increase", "value": 3.2e9, "unit": "đồng", "baseline": "năm 2022"},
      period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("bố trí 25 tỷ đồng", "25", "money", "đồng", "kinh phí bố trí cho thông tin cơ sở", status="forecast",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("30-45 triệu đồng", "30", "money", "đồng", "Giá mỗi cụm loa thông minh", value=30e6, value_max=45e6),
    F("có 90% đài", "90", "percent", "%", "đài xã ứng dụng công nghệ thông tin - viễn thông", status="target", period=T25),
    F("và 100% thôn", "100", "percent", "%", "thôn, bản đặc biệt khó khăn có loa", status="target", period=T25),
]

write("p358-8", [
    "National press (TTXVN style), no dateline anywhere (published null): Yên Bái's smart loudspeakers, district list, Mông-language minutes, funding.",
    "'Sau gần 4 năm thực hiện' only locates the story in time (not a figure, not annotated). 'gấp 3 lần năm 2020' has no base amount: a multiple.",
    "'hiện có' without a dateline gives no period. 131 + 42 = 173 after 'trong đó': total. District list: location = district, subject = indicator.",
    "'chiếm khoảng 60%' is the share of the 1.900 phút (percent 60). Survey sample '45 thôn, bản' optional (scope of a survey).",
    "'tăng 3,2 tỷ đồng so với năm 2022': change in đồng (3,2·10⁹). 'năm 2024 dự kiến' = forecast. '30-45 triệu đồng' range, value_max.",
    "'mục tiêu đến năm 2025' governs both clauses (90%, 100%): targets. Distractors: Quyết định số 135/QĐ-TTg, photo caption, hotline 0216.3852.608.",
], TEXT, figs, location="Yên Bái")
