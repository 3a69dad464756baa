from lib import F, P, I, C, emit

TEXT = """BÁO BẮC GIANG
Văn hóa - Xã hội

Lan tỏa phong trào xây dựng khu dân cư văn hóa
08/05/2024 07:45
Thanh Nga

BGĐT - Năm 2023, toàn tỉnh có 1.986/2.239 thôn, tổ dân phố được công nhận danh hiệu văn hóa, đạt 88,7%, vượt 1,7% so với chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX đề ra. Số hộ gia đình đạt danh hiệu "Gia đình văn hóa" là gần 437 nghìn hộ, chiếm 87,2% tổng số hộ.

Theo số liệu của Sở Văn hóa, Thể thao và Du lịch, tỷ lệ thôn, tổ dân phố văn hóa ở các huyện, thành phố dao động từ 81% đến 96%. Dẫn đầu là huyện Lạng Giang (95,8%), thành phố Bắc Giang (94,3%), huyện Hiệp Hòa (92,1%); các huyện miền núi như Sơn Động, Lục Ngạn đạt thấp hơn, lần lượt 81,2% và 83,6%.

Ông Nguyễn Văn Tư, thôn Đồng Quan, xã Tân Sỏi (huyện Yên Thế) chia sẻ: "Nhà văn hóa thôn vừa được nâng cấp với kinh phí hơn 1,3 tỷ đồng, bà con đóng góp khoảng 40%. Mỗi tối có hàng trăm người đến tập văn nghệ, thể thao".

Quý I/2024, các địa phương đã tổ chức 1.152 buổi sinh hoạt văn hóa, văn nghệ tại nhà văn hóa thôn, tăng gấp 1,5 lần so với cùng kỳ. Kinh phí do nhân dân đóng góp xây dựng, sửa chữa nhà văn hóa trong quý đạt 8,4 tỷ đồng, bằng 62% tổng kinh phí.

Năm 2024, tỉnh phấn đấu có 89% thôn, tổ dân phố văn hóa và 88% hộ gia đình văn hóa; mỗi xã xây dựng ít nhất một mô hình "Khu dân cư văn hóa kiểu mẫu". Đến năm 2025, phấn đấu 100% nhà văn hóa thôn có đủ trang thiết bị phục vụ sinh hoạt cộng đồng.

Đường dây nóng Báo Bắc Giang: 0204.3855.508
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TL = "tỷ lệ thôn, tổ dân phố văn hóa"

FIGS = [
    F("có 1.986/2.239 thôn", "1.986", 1986, "count", "thôn, tổ dân phố",
      "thôn, tổ dân phố được công nhận danh hiệu văn hóa", Y23, total=2239, percent=88.7,
      change=C("increase", 1.7, "%", "chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX")),
    F("gần 437 nghìn hộ", "437", 437000, "count", "hộ", "hộ gia đình đạt danh hiệu Gia đình văn hóa", I(Y23),
      approx="nearly", percent=87.2),
    F("từ 81% đến 96%", "81", 81, "percent", "%", TL + " ở các huyện, thành phố", I(Y23), value_max=96),
    F("Lạng Giang (95,8%)", "95,8", 95.8, "percent", "%", TL, I(Y23), location="Lạng Giang"),
    F("Bắc Giang (94,3%)", "94,3", 94.3, "percent", "%", TL, I(Y23), location="thành phố Bắc Giang"),
    F("Hiệp Hòa (92,1%)", "92,1", 92.1, "percent", "%", TL, I(Y23), location="Hiệp Hòa"),
    F("lần lượt 81,2%", "81,2", 81.2, "percent", "%", TL, I(Y23), location="Sơn Động"),
    F("và 83,6%", "83,6", 83.6, "percent", "%", TL, I(Y23), location="Lục Ngạn"),
    F("hơn 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "kinh phí nâng cấp nhà văn hóa thôn", approx="over",
      location="Yên Thế"),
    F("khoảng 40%", "40", 40, "percent", "%", "bà con đóng góp", approx="about", location="Yên Thế"),
    F("hàng trăm người", "hàng trăm", 100, "count", "người", "người đến tập văn nghệ, thể thao", approx="about",
      location="Yên Thế", optional=True),
    F("tổ chức 1.152 buổi", "1.152", 1152, "count", "buổi", "buổi sinh hoạt văn hóa, văn nghệ tại nhà văn hóa thôn",
      Q1, change=C("increase", 1.5, "lần", "cùng kỳ")),
    F("đạt 8,4 tỷ đồng", "8,4", 8.4e9, "money", "đồng",
      "kinh phí do nhân dân đóng góp xây dựng, sửa chữa nhà văn hóa", P("trong quý", "2024-01-01", "2024-03-31"),
      percent=62),
    F("có 89% thôn", "89", 89, "percent", "%", "thôn, tổ dân phố văn hóa", Y24, status="target"),
    F("và 88% hộ", "88", 88, "percent", "%", "hộ gia đình văn hóa", Y24, status="target"),
    F("ít nhất một mô hình", "một", 1, "count", "mô hình", "mô hình Khu dân cư văn hóa kiểu mẫu mỗi xã", Y24,
      approx="at_least", status="target"),
    F("phấn đấu 100% nhà", "100", 100, "percent", "%", "nhà văn hóa thôn có đủ trang thiết bị phục vụ sinh hoạt cộng đồng",
      P("Đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang, 'BGĐT' tag implies Bắc Giang): villages and households with cultural titles 2023, Q1/2024 activity, targets.",
    "Bare dateline '08/05/2024 07:45' after the headline, byline after it. Distractors: 'Đại hội Đảng bộ tỉnh lần thứ XIX', 'thôn Đồng Quan', hotline 0204.3855.508.",
    "'1.986/2.239 …, đạt 88,7%, vượt 1,7% so với chỉ tiêu …' -> total, percent, and the gap to plan as a change (baseline the chỉ tiêu).",
    "'gần 437 nghìn hộ, chiếm 87,2%' nearly + percent; period inherited from 'Năm 2023'. The range 'dao động từ 81% đến 96%' is province-level.",
    "List with 'lần lượt 81,2% và 83,6%' maps to Sơn Động, Lục Ngạn. 'thành phố Bắc Giang' is the city (district level) as the item's place.",
    "Quote: the village hall in xã Tân Sỏi, huyện Yên Thế -> location Yên Thế (district); 'hàng trăm người' approx, optional (vague quantity).",
    "'tăng gấp 1,5 lần so với cùng kỳ' is the change of 1.152 buổi (unit lần). 'trong quý' = Q1/2024; 'bằng 62% tổng kinh phí' the share.",
    "Targets 2024 ('phấn đấu'), 'ít nhất một mô hình' at_least 1; 'Đến năm 2025, phấn đấu 100%' target as-of end 2025.",
]

emit("p383-5", TEXT, COMMENTS, FIGS, published="2024-05-08", location="Bắc Giang")
