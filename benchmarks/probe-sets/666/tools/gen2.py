from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội
Thứ năm, 04/04/2024 09:12

Hải Hậu: Hơn 600 người đăng ký hiến mô, tạng trong quý I

Quý I/2024, Hội Chữ thập đỏ huyện phối hợp với Trung tâm Y tế huyện và các giáo xứ tổ chức 14 buổi tư vấn về hiến mô, tạng tại 9 xã, thị trấn, thu hút gần 2.300 lượt người tham dự. Kết quả, có 627 người tự nguyện đăng ký hiến mô, bộ phận cơ thể sau khi qua đời, gấp 1,8 lần cùng kỳ năm 2023; trong đó 512 người đăng ký hiến giác mạc, 115 người đăng ký hiến toàn bộ cơ thể.

Các xã có nhiều người đăng ký là Hải Nhân (96 người), Hải Phong (83 người), Hải Phú (71 người) và thị trấn Yên Định (64 người).

Từ năm 2015 đến nay, toàn huyện đã có 1.146 người hiến giác mạc sau khi qua đời, mang lại ánh sáng cho hơn 2.000 người bệnh; riêng quý I/2024 có 38 trường hợp hiến giác mạc, tăng 6 trường hợp so với cùng kỳ. Giác mạc được Ngân hàng Mắt - Bệnh viện Mắt Trung ương tiếp nhận trong vòng 6 giờ sau khi người hiến mất.

Mỗi gia đình có người hiến được Hội Chữ thập đỏ huyện hỗ trợ 3 triệu đồng. Năm 2024, huyện phấn đấu có thêm 1.500 người đăng ký hiến mô, tạng, trong đó ít nhất 150 người đăng ký hiến toàn bộ cơ thể cho y học.

Bản quyền thuộc UBND huyện Hải Hậu. Địa chỉ: Khu 5, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định. Điện thoại: 0228.3877.218.
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
SINCE = P("Từ năm 2015 đến nay", "2015-01-01", "2024-04-04")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
REG = "người đăng ký hiến mô, tạng"

FIGS = [
    F("Hơn 600 người", "600", 600, "count", "người", "người đăng ký hiến mô, tạng",
      P("quý I", "2024-01-01", "2024-03-31"), approx="over"),
    F("14 buổi", "14", 14, "count", "buổi", "buổi tư vấn về hiến mô, tạng", Q1),
    F("tại 9 xã", "9", 9, "count", "xã, thị trấn", "xã, thị trấn tổ chức tư vấn về hiến mô, tạng", Q1),
    F("gần 2.300 lượt", "2.300", 2300, "count", "lượt người", "lượt người tham dự tư vấn", Q1, approx="nearly"),
    F("có 627 người", "627", 627, "count", "người",
      "người tự nguyện đăng ký hiến mô, bộ phận cơ thể sau khi qua đời", I(Q1),
      change=CH("increase", 1.8, "lần", "cùng kỳ năm 2023")),
    F("512 người", "512", 512, "count", "người", "người đăng ký hiến giác mạc", I(Q1), total=627),
    F("115 người", "115", 115, "count", "người", "người đăng ký hiến toàn bộ cơ thể", I(Q1), total=627),
    F("(96 người)", "96", 96, "count", "người", REG, I(Q1)),
    F("(83 người)", "83", 83, "count", "người", REG, I(Q1)),
    F("(71 người)", "71", 71, "count", "người", REG, I(Q1)),
    F("(64 người)", "64", 64, "count", "người", REG, I(Q1)),
    F("có 1.146 người", "1.146", 1146, "count", "người", "người hiến giác mạc sau khi qua đời", SINCE),
    F("hơn 2.000 người bệnh", "2.000", 2000, "count", "người bệnh", "người bệnh được mang lại ánh sáng", SINCE,
      approx="over"),
    F("có 38 trường hợp", "38", 38, "count", "trường hợp", "trường hợp hiến giác mạc",
      P("quý I/2024", "2024-01-01", "2024-03-31"), change=CH("increase", 6, "trường hợp", "cùng kỳ")),
    F("trong vòng 6 giờ", "6", 6, "measure", "giờ", "thời gian tiếp nhận giác mạc sau khi người hiến mất",
      approx="at_most", optional=True),
    F("hỗ trợ 3 triệu đồng", "3", 3e6, "money", "đồng", "hỗ trợ mỗi gia đình có người hiến"),
    F("thêm 1.500 người", "1.500", 1500, "count", "người", "người đăng ký hiến mô, tạng", Y24, status="target"),
    F("ít nhất 150 người", "150", 150, "count", "người", "người đăng ký hiến toàn bộ cơ thể cho y học", Y24,
      approx="at_least", total=1500, status="target"),
]

COMMENTS = [
    "District portal (huyện Hải Hậu, Nam Định): đăng ký hiến mô, tạng quý I/2024; hiến giác mạc từ 2015; kế hoạch 2024.",
    "Dateline 'Thứ năm, 04/04/2024 09:12'. Headline 'quý I' has no year: 2024 from the dateline.",
    "'gấp 1,8 lần cùng kỳ năm 2023' after the 627 is its change (lần). 512 + 115 = 627 after 'trong đó': total 627.",
    "Commune list (bracketed, no cue, does not add up): no total; subject = the list's indicator; location = the district Hải Hậu",
    "(FIGURES.md defines location as 'the province, city or district the figure describes'; a commune is below that level).",
    "revised: the four commune items first carried the commune as location; re-reading the location field's definition (province, city or district), changed to Hải Hậu.",
    "'trong vòng 6 giờ' is a handling rule, not a reported fact: optional. 'phấn đấu' makes 1.500 and its part 150 targets; 150 is 'ít nhất' (at_least), part of 1.500.",
    "Distractors: 'Khu 5', phone 0228.3877.218, 'Quý I/2024', 'Từ năm 2015', 'Hải Phong' (a commune, not Hải Phòng).",
]

emit("p666-2", TEXT, COMMENTS, FIGS, published="2024-04-04", location="Hải Hậu")
