from lib import F, P, I, CH, TG, emit, num

ROWS = [
    ("Bình Sơn", "18", "642", "91,4"),
    ("Sơn Tịnh", "11", "405", "88,6"),
    ("Tư Nghĩa", "14", "517", "90,1"),
    ("Mộ Đức", "9", "336", "85,7"),
    ("Đức Phổ", "16", "590", "92,0"),
    ("Toàn tỉnh", "68", "2.490", "90,2"),
]
head = "Địa phương\n\nSố lớp\n\nSố trẻ em tham gia\n\nTỷ lệ biết bơi sau khóa học (%)"
cells = "\n\n".join(f"{a}\n\n{b}\n\n{c}\n\n{d}" for a, b, c, d in ROWS)

TEXT = """Cổng Thông tin điện tử tỉnh Quảng Ngãi
Văn hóa - Xã hội

Hơn 2.400 trẻ em được học bơi an toàn trong dịp hè
Ngày cập nhật: 12/09/2024

Từ tháng 6 đến tháng 8/2024, Sở Văn hóa, Thể thao và Du lịch phối hợp với Sở Giáo dục và Đào tạo, Tỉnh đoàn tổ chức các lớp dạy bơi an toàn cho trẻ em tại 5 huyện, thị xã ven biển, ven sông. Mỗi lớp từ 30 đến 40 em, học trong 10 buổi. Kết quả cụ thể như sau:

""" + head + "\n\n" + cells + """

Tổng kinh phí tổ chức các lớp học hơn 1,2 tỷ đồng, trong đó ngân sách tỉnh 750 triệu đồng, còn lại từ nguồn xã hội hóa.

Theo Sở Lao động - Thương binh và Xã hội, 8 tháng đầu năm 2024, toàn tỉnh có 21 trẻ em tử vong do đuối nước, tăng 2 em so với cùng kỳ năm 2023. Tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn mới đạt 38,5%, thấp hơn mức bình quân cả nước.

Ông Trần Văn Hai, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết, năm 2025 tỉnh phấn đấu nâng tỷ lệ trẻ em biết bơi an toàn lên 45% và lắp đặt thêm 10 bể bơi di động tại các trường tiểu học. Phụ huynh có nhu cầu đăng ký cho con học bơi liên hệ Trung tâm Huấn luyện và Thi đấu thể thao tỉnh, số 02 đường Lê Thánh Tôn, điện thoại 0255.3822.135.

Ảnh: Lớp dạy bơi tại bể bơi di động xã Bình Châu, huyện Bình Sơn.

P.V
"""

HE = P("Từ tháng 6 đến tháng 8/2024", "2024-06-01", "2024-08-31")
FIGS = [
    F("Hơn 2.400 trẻ em", "2.400", 2400, "count", "trẻ em", "trẻ em được học bơi an toàn", None, approx="over"),
    F("tại 5 huyện", "5", 5, "count", "huyện, thị xã", optional=True),
    F("từ 30 đến 40 em", "30", 30, "count", "em", "số em mỗi lớp", I(HE), value_max=40),
    F("trong 10 buổi", "10", 10, "measure", "buổi", optional=True),
]
prev = "(%)\n\n"
for place, a, b, c in ROWS:
    loc = "Quảng Ngãi" if place == "Toàn tỉnh" else place
    FIGS.append(F(f"{place}\n\n{a}\n", a, num(a), "count", "lớp", "Số lớp dạy bơi", I(HE), location=loc))
    FIGS.append(F(f"\n{a}\n\n{b}\n", b, num(b), "count", "trẻ em", "Số trẻ em tham gia học bơi", I(HE), location=loc))
    FIGS.append(F(f"\n{b}\n\n{c}", c, num(c), "percent", "%", "Tỷ lệ biết bơi sau khóa học", I(HE), location=loc))
FIGS += [
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí tổ chức các lớp học", I(HE), approx="over"),
    F("tỉnh 750 triệu đồng", "750", 750e6, "money", "đồng", "ngân sách tỉnh", I(HE), total=1.2e9),
    F("có 21 trẻ em", "21", 21, "count", "trẻ em", "trẻ em tử vong do đuối nước", P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31"),
      change=CH("increase", 2, "em", "cùng kỳ năm 2023")),
    F("từ 6 đến 16 tuổi", "6", 6, "measure", "tuổi", value_max=16, optional=True),
    F("đạt 38,5%", "38,5", 38.5, "percent", "%", "tỷ lệ trẻ em từ 6 đến 16 tuổi biết bơi an toàn",
      I(P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31"))),
    F("lên 45%", "45", 45, "percent", "%", "tỷ lệ trẻ em biết bơi an toàn", P("năm 2025", "2025-01-01", "2025-12-31"),
      status="target"),
    F("thêm 10 bể bơi", "10", 10, "count", "bể bơi di động", "bể bơi di động lắp đặt thêm tại các trường tiểu học",
      P("năm 2025", "2025-01-01", "2025-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Quảng Ngãi (province portal): summer swimming classes 2024, one-cell-per-line table by district; drowning deaths.",
    "'Ngày cập nhật: 12/09/2024' without time. Distractors: 'tháng 6 đến tháng 8/2024' (period), photo caption with commune/district names.",
    "Table cells: one cell per line, header 'Địa phương | Số lớp | Số trẻ em tham gia | Tỷ lệ … (%)'. Each numeric cell is a figure; the row",
    "label is a place (location; 'Toàn tỉnh' = Quảng Ngãi), so the subject is the column label. Period inherited from the lead sentence.",
    "Headline 'Hơn 2.400 trẻ em' has no period of its own (the title has 'trong dịp hè' without year): period null.",
    "'5 huyện, thị xã' (structure) and '10 buổi' (course length) are optional; 'từ 6 đến 16 tuổi' is an age criterion (optional).",
    "'Mỗi lớp từ 30 đến 40 em' is a range (value 30, value_max 40). 750 triệu after 'trong đó' is part of 'hơn 1,2 tỷ đồng' (total 1.2e9).",
    "2025 plan (reported speech): 'nâng … lên 45%' states the target level (no change); '10 bể bơi' target. Address/phone are distractors.",
    "21 deaths: change +2 em vs cùng kỳ năm 2023. 38,5% stands in the next sentence: period inherited.",
]
emit("p460-6", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Quảng Ngãi")
