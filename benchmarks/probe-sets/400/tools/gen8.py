from lib import write, F, P, C, T
D = P("Từ đầu năm 2024 đến nay", "2024-01-01", None)
DI = P("Từ đầu năm 2024 đến nay", "2024-01-01", None, inherited=True)
E = P("Tính đến 30/9", None, "2024-09-30")
EI = P("Tính đến 30/9", None, "2024-09-30", inherited=True)
S = P("Từ tháng 6 đến tháng 8", "2024-06-01", "2024-08-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
text = """Hội An siết chặt an toàn trên sông Hoài mùa du lịch

Từ đầu năm 2024 đến nay, thành phố Hội An đón khoảng 1,9 triệu lượt khách đi thuyền trên sông Hoài và sông Thu Bồn, chiếm gần 60% tổng lượt khách tham quan phố cổ. Doanh thu từ dịch vụ thuyền du lịch ước đạt 142 tỷ đồng, tăng 23,5% so với cùng kỳ.

Tính đến 30/9, trên địa bàn thành phố có 487 thuyền du lịch được cấp giấy chứng nhận an toàn kỹ thuật, tăng 35 thuyền so với cuối năm 2023; trong đó 412 thuyền có sức chở dưới 12 người và 75 thuyền có sức chở từ 12 đến 20 người. 100% thuyền đều được trang bị áo phao, phao tròn; 96,8% người lái thuyền đã qua lớp tập huấn kỹ năng cứu hộ, cứu nạn.

Từ tháng 6 đến tháng 8, mùa cao điểm, Đội Cảnh sát đường thủy và Phòng Quản lý đô thị thành phố tổ chức 57 đợt kiểm tra, xử lý 126 trường hợp vi phạm, chủ yếu là chở quá số người quy định (48 trường hợp), không yêu cầu khách mặc áo phao (39 trường hợp) và neo đậu sai vị trí (21 trường hợp), phạt tiền trên 210 triệu đồng.

Thành phố cũng đã cấp phép cho 9 bến thuyền du lịch, gồm 6 bến trên sông Hoài và 3 bến trên sông Thu Bồn, với tổng chiều dài bờ neo đậu khoảng 1,2 km. Giá dịch vụ thuyền được niêm yết công khai, phổ biến từ 150.000 đến 200.000 đồng/thuyền cho 30 phút.

Năm 2025, Hội An phấn đấu đạt 2,5 triệu lượt khách đi thuyền; tỷ lệ thuyền chuyển sang động cơ điện đạt 30%. Mọi phản ánh về an toàn trên sông, du khách liên hệ đường dây nóng 0235.3861.327 hoặc Trạm kiểm soát số 2, đường Bạch Đằng.

BẢO ANH
"""
figs = [
    F("khoảng 1,9 triệu", "1,9", 1900000, "count", "lượt khách", "lượt khách đi thuyền trên sông Hoài và sông Thu Bồn", approx="about",
      percent=60, period=D),
    F("ước đạt 142 tỷ", "142", 142000000000, "money", "đồng", "doanh thu từ dịch vụ thuyền du lịch", status="estimate",
      change=C("increase", 23.5, "%", "cùng kỳ"), period=DI),
    F("có 487 thuyền", "487", 487, "count", "thuyền du lịch", "thuyền du lịch được cấp giấy chứng nhận an toàn kỹ thuật",
      change=C("increase", 35, "thuyền", "cuối năm 2023"), period=E),
    F("trong đó 412 thuyền", "412", 412, "count", "thuyền", "thuyền có sức chở dưới 12 người", total=487, period=E),
    F("dưới 12 người", "12", 12, "count", "người", "sức chở thuyền", approx="under", optional=True),
    F("và 75 thuyền", "75", 75, "count", "thuyền", "thuyền có sức chở từ 12 đến 20 người", total=487, period=E),
    F("từ 12 đến 20 người", "12", 12, "count", "người", "sức chở thuyền", value_max=20, optional=True),
    F("100% thuyền", "100", 100, "percent", "%", "thuyền được trang bị áo phao, phao tròn", period=EI),
    F("; 96,8% người lái", "96,8", 96.8, "percent", "%", "người lái thuyền đã qua lớp tập huấn kỹ năng cứu hộ, cứu nạn", period=EI),
    F("tổ chức 57 đợt", "57", 57, "count", "đợt kiểm tra", "đợt kiểm tra", period=S),
    F("xử lý 126 trường hợp", "126", 126, "count", "trường hợp vi phạm", "trường hợp vi phạm bị xử lý", period=S),
    F("(48 trường hợp)", "48", 48, "count", "trường hợp", "vi phạm chở quá số người quy định", period=S),
    F("(39 trường hợp)", "39", 39, "count", "trường hợp", "vi phạm không yêu cầu khách mặc áo phao", period=S),
    F("(21 trường hợp)", "21", 21, "count", "trường hợp", "vi phạm neo đậu sai vị trí", period=S),
    F("trên 210 triệu", "210", 210000000, "money", "đồng", "tiền phạt", approx="over", period=S),
    F("cho 9 bến", "9", 9, "count", "bến thuyền du lịch", "bến thuyền du lịch được cấp phép"),
    F("gồm 6 bến", "6", 6, "count", "bến", "bến trên sông Hoài", total=9),
    F("và 3 bến", "3", 3, "count", "bến", "bến trên sông Thu Bồn", total=9),
    F("khoảng 1,2 km", "1,2", 1.2, "measure", "km", "tổng chiều dài bờ neo đậu", approx="about"),
    F("từ 150.000 đến", "150.000", 150000, "money", "đồng/thuyền", "giá dịch vụ thuyền", value_max=200000),
    F("cho 30 phút", "30", 30, "measure", "phút", "thời lượng một lượt thuyền", optional=True),
    F("đạt 2,5 triệu", "2,5", 2500000, "count", "lượt khách", "lượt khách đi thuyền", status="target", period=Y25),
    F("đạt 30%", "30", 30, "percent", "%", "tỷ lệ thuyền chuyển sang động cơ điện", status="target", period=Y25),
]
write("p400-8", text, figs, published=None, location="Hội An", comments=[
    "Provincial newspaper style (Quảng Nam), no dateline at all: tourist boats on the Hoài and Thu Bồn rivers in Hội An, 2024.",
    "'Từ đầu năm 2024 đến nay' runs from 2024-01-01 to the published date, which the article lacks: end null.",
    "'Tính đến 30/9' takes 2024 from the nearest earlier period ('Từ đầu năm 2024 đến nay'). 'tăng 35 thuyền so với cuối năm 2023' = change of 487.",
    "412 and 75 are parts of 487 ('trong đó'); the capacity classes ('dưới 12 người', 'từ 12 đến 20 người') are optional criteria.",
    "The bracketed violation counts (48, 39, 21) follow 'chủ yếu là' and do not add up to 126 (108): no total (FIGURES.md needs a cue or a sum).",
    "'gồm 6 bến … và 3 bến' are parts of 9. Price range 'đồng/thuyền'; 'cho 30 phút' optional. Distractors: hotline, 'Trạm kiểm soát số 2'.",
])
