from lib import P, I, C, T, F, write

TEXT = """Lương Tài nỗ lực kéo giảm mất cân bằng giới tính khi sinh

Là một trong những địa phương có tỷ số giới tính khi sinh cao nhất tỉnh, những năm qua, huyện Lương Tài đã triển khai nhiều giải pháp để từng bước đưa tỷ số này về mức cân bằng tự nhiên.

Theo số liệu của Trung tâm Y tế huyện, năm 2022 toàn huyện có 1.465 trẻ sinh ra, tỷ số giới tính khi sinh là 124,3 bé trai/100 bé gái, cao hơn 4,6 điểm so với bình quân chung toàn tỉnh Bắc Ninh (119,7 bé trai/100 bé gái). Đáng chú ý, ở nhóm trẻ là con thứ 3 trở lên, cứ 100 bé gái thì có tới 151 bé trai.

Bà Nguyễn Thị Ba, cộng tác viên dân số thôn Phú Văn 2, xã Trung Kênh cho biết, mỗi tháng bà đến từng hộ trong thôn để tuyên truyền; thôn có 286 hộ với khoảng 1.150 nhân khẩu. "Nhiều gia đình đã có hai con gái vẫn muốn sinh thêm để có con trai nối dõi", bà Ba chia sẻ.

Toàn huyện hiện có 176 cộng tác viên dân số ở 102 thôn, khu phố. Năm 2023, mức thù lao của cộng tác viên được nâng lên 150.000 đồng/người/tháng (trước đây là 100.000 đồng/người/tháng) theo Nghị quyết số 08/2022/NQ-HĐND của HĐND tỉnh.

Cùng với tuyên truyền, huyện tăng cường kiểm tra các cơ sở siêu âm ở các xã ven Quốc lộ 17. Trong năm 2022, đoàn liên ngành đã kiểm tra 14 cơ sở, nhắc nhở 3 cơ sở chưa niêm yết cam kết không tiết lộ giới tính thai nhi. Huyện cũng duy trì 25 câu lạc bộ "Không sinh con thứ 3" với hơn 750 thành viên. Năm 2022, tỷ lệ phụ nữ mang thai được sàng lọc trước sinh đạt 68,5%.

Mục tiêu đến năm 2025, huyện phấn đấu đưa tỷ số giới tính khi sinh xuống dưới 118 bé trai/100 bé gái, tỷ lệ sàng lọc trước sinh đạt trên 85%.

Thu Trang
23/05/2023
"""

SRB = "bé trai/100 bé gái"
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y22t = P("Trong năm 2022", "2022-01-01", "2022-12-31")
Y22N = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 1.465 trẻ", "1.465", 1465, "count", "trẻ", "trẻ sinh ra", Y22),
    F("là 124,3 bé trai", "124,3", 124.3, "measure", SRB, "tỷ số giới tính khi sinh", Y22,
      change=C("+", 4.6, "điểm", "bình quân chung toàn tỉnh Bắc Ninh")),
    F("(119,7 bé trai", "119,7", 119.7, "measure", SRB, "tỷ số giới tính khi sinh bình quân chung toàn tỉnh", Y22,
      location="Bắc Ninh"),
    F("có tới 151 bé trai", "151", 151, "measure", SRB, "tỷ số giới tính khi sinh ở nhóm trẻ là con thứ 3 trở lên", I(Y22)),
    F("thôn có 286 hộ", "286", 286, "count", "hộ", "hộ trong thôn Phú Văn 2"),
    F("khoảng 1.150 nhân khẩu", "1.150", 1150, "count", "nhân khẩu", "nhân khẩu trong thôn Phú Văn 2", approx="about"),
    F("có hai con gái", "hai", 2, "count", "con gái", "con gái của gia đình muốn sinh thêm", optional=True),
    F("có 176 cộng tác viên", "176", 176, "count", "cộng tác viên dân số", "cộng tác viên dân số"),
    F("ở 102 thôn", "102", 102, "count", "thôn, khu phố", "thôn, khu phố có cộng tác viên dân số"),
    F("lên 150.000 đồng", "150.000", 150000, "money", "đồng/người/tháng", "mức thù lao của cộng tác viên", Y23),
    F("là 100.000 đồng", "100.000", 100000, "money", "đồng/người/tháng", "mức thù lao của cộng tác viên trước đây"),
    F("kiểm tra 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở siêu âm được kiểm tra", Y22t),
    F("nhắc nhở 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở bị nhắc nhở", Y22t),
    F("duy trì 25 câu lạc bộ", "25", 25, "count", "câu lạc bộ", "câu lạc bộ Không sinh con thứ 3", I(Y22t)),
    F("hơn 750 thành viên", "750", 750, "count", "thành viên", "thành viên câu lạc bộ", I(Y22t), approx="over"),
    F("đạt 68,5%", "68,5", 68.5, "percent", "%", "tỷ lệ phụ nữ mang thai được sàng lọc trước sinh", Y22N),
    F("dưới 118 bé trai", "118", 118, "measure", SRB, "tỷ số giới tính khi sinh", T25, approx="under", status="target"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ sàng lọc trước sinh", T25, approx="over", status="target"),
]

NOTES = [
    "Báo Bắc Ninh (Party paper): huyện Lương Tài, mất cân bằng giới tính khi sinh; byline 'Thu Trang' and bare date 23/05/2023 at the end.",
    "Not figures: 'thôn Phú Văn 2', 'Bà Nguyễn Thị Ba' (a name), 'Quốc lộ 17', Nghị quyết số 08/2022/NQ-HĐND, 'con thứ 3' and the",
    "club name 'Không sinh con thứ 3', and the 100 in 'cứ 100 bé gái thì có tới 151 bé trai' (the rate's denominator: 151 is the figure).",
    "'cao hơn 4,6 điểm so với bình quân chung toàn tỉnh' is the change of 124,3; the provincial 119,7 is a figure of its own (Bắc Ninh).",
    "Bracketed former level '(trước đây là 100.000 đồng/người/tháng)' is a figure of its own. 'hai con gái' in a quote: optional.",
    "Sentences with 'hiện' or with no period phrase in their paragraph get no period; the clubs inherit 'Trong năm 2022'. The thôn lies in Lương Tài: location Lương Tài.",
]

write("p1045-5", TEXT, NOTES, FIGS, published="2023-05-23", location="Lương Tài")
