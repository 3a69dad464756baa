from lib import F, P, I, CH, emit

TEXT = """BÁO BẮC GIANG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG
Kinh tế

Siết chặt quản lý kinh doanh khí hóa lỏng

(BGĐT) - 4 tháng đầu năm 2024, lực lượng quản lý thị trường tỉnh đã kiểm tra 87 vụ việc liên quan đến kinh doanh LPG, phát hiện, xử lý 52 vụ vi phạm, thu nộp ngân sách nhà nước 428,6 triệu đồng, tăng 2,3 lần so với cùng kỳ năm 2023.

Vi phạm chủ yếu là kinh doanh chai LPG không đúng quy định, sang chiết trái phép, không niêm yết giá. Lực lượng chức năng đã tạm giữ 1.215 chai LPG các loại, trong đó có 386 chai quá hạn kiểm định. Các địa bàn có nhiều vụ vi phạm là huyện Lạng Giang (11 vụ), Yên Dũng (9 vụ), Việt Yên (8 vụ).

Theo ông Nguyễn Văn Thành, Phó Cục trưởng Cục Quản lý thị trường tỉnh, toàn tỉnh hiện có khoảng 780 cửa hàng bán lẻ LPG, song mới có 592 cửa hàng được cấp Giấy chứng nhận đủ điều kiện, đạt 75,9%. Nhiều cửa hàng dọc đường tỉnh 398 và Quốc lộ 37 còn để chai LPG sát nhà dân, không bảo đảm khoảng cách an toàn. Đội Quản lý thị trường số 3 đã lập biên bản nhiều trường hợp.

Năm 2023, toàn tỉnh xảy ra 6 vụ cháy, nổ liên quan đến khí gas, làm 1 người chết, 4 người bị thương. Từ đầu năm đến nay đã xảy ra thêm 2 vụ, chủ yếu do rò rỉ tại van, dây dẫn.

Thời gian tới, Cục Quản lý thị trường tỉnh phấn đấu kiểm tra khoảng 70% số cửa hàng bán lẻ LPG trên địa bàn trong năm 2024; người dân phát hiện vi phạm có thể phản ánh qua số điện thoại 0204.3854.678.

Tùng Lâm
22/05/2024
"""

M4 = P("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("kiểm tra 87 vụ việc", "87", 87, "count", "vụ việc", "vụ việc liên quan đến kinh doanh LPG được kiểm tra", M4),
    F("xử lý 52 vụ", "52", 52, "count", "vụ vi phạm", "vụ vi phạm được phát hiện, xử lý", M4),
    F("428,6 triệu", "428,6", 428.6e6, "money", "đồng", "thu nộp ngân sách nhà nước", M4,
      change=CH("increase", 2.3, "lần", "cùng kỳ năm 2023")),
    F("tạm giữ 1.215 chai", "1.215", 1215, "count", "chai LPG", "chai LPG bị tạm giữ", I(M4)),
    F("có 386 chai", "386", 386, "count", "chai", "chai LPG quá hạn kiểm định", I(M4), total=1215),
    F("(11 vụ)", "11", 11, "count", "vụ", "vụ vi phạm", I(M4), location="Lạng Giang"),
    F("(9 vụ)", "9", 9, "count", "vụ", "vụ vi phạm", I(M4), location="Yên Dũng"),
    F("(8 vụ)", "8", 8, "count", "vụ", "vụ vi phạm", I(M4), location="Việt Yên"),
    F("khoảng 780 cửa hàng", "780", 780, "count", "cửa hàng", "cửa hàng bán lẻ LPG", approx="about"),
    F("có 592 cửa hàng", "592", 592, "count", "cửa hàng",
      "cửa hàng được cấp Giấy chứng nhận đủ điều kiện", percent=75.9),
    F("ra 6 vụ cháy", "6", 6, "count", "vụ cháy, nổ", "vụ cháy, nổ liên quan đến khí gas", Y23),
    F("làm 1 người chết", "1", 1, "count", "người", "người chết", Y23),
    F("4 người bị thương", "4", 4, "count", "người", "người bị thương", Y23),
    F("thêm 2 vụ", "2", 2, "count", "vụ", "vụ cháy, nổ liên quan đến khí gas",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-05-22")),
    F("khoảng 70%", "70", 70, "percent", "%", "cửa hàng bán lẻ LPG được kiểm tra",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang, '(BGĐT) -' tag), byline 'Tùng Lâm' and the bare date '22/05/2024' at the end (published).",
    "'tăng 2,3 lần so với cùng kỳ năm 2023' is the change of 428,6 triệu (unit lần). 386 chai after 'trong đó có' is a part of 1.215 chai.",
    "District list items are figures with the district as location. 'hiện có khoảng 780' has no period; '592 … đạt 75,9%': percent 75.9,",
    "no total (no part-of cue: 'song mới có'). 'Từ đầu năm đến nay' runs 2024-01-01 to the published date.",
    "'phấn đấu kiểm tra khoảng 70% … trong năm 2024' is a target percent, approx about.",
    "Distractors: 'đường tỉnh 398', 'Quốc lộ 37', 'Đội Quản lý thị trường số 3', phone 0204.3854.678, date at the end.",
]

emit("p644-5", TEXT, COMMENTS, FIGS, published="2024-05-22", location="Bắc Giang")
