"""p915-6: national newspaper (VnExpress style), Hà Nội pays farmers for rat tails, first months of 2024."""
from lib import F, P, I, C, write

TEXT = """Thời sự › Nông nghiệp
Thứ tư, 15/5/2024, 06:30 (GMT+7)
Hà Nội chi hơn 2 tỷ đồng mua đuôi chuột

Hơn một triệu đuôi chuột đã được nông dân ngoại thành Hà Nội nộp cho chính quyền trong 4 tháng đầu năm, mỗi đuôi được thưởng 2.000 đồng.

Theo Chi cục Trồng trọt và Bảo vệ thực vật Hà Nội, tính đến ngày 30/4, nông dân 17 huyện, thị xã đã nộp 1.085.600 đuôi chuột, tăng 23% so với cùng kỳ năm 2023. Ba huyện nộp nhiều nhất là Ứng Hòa, Mỹ Đức và Chương Mỹ với lần lượt 186.000, 152.400 và 131.700 đuôi. Tổng số tiền thưởng đã chi là 2,17 tỷ đồng; ngân sách thành phố và huyện mỗi bên chi trả 50%.

Ông Nguyễn Văn Chín, nông dân thôn 3, xã Phù Lưu (Ứng Hòa), cho biết gia đình cấy 1,2 mẫu lúa, mỗi vụ bị chuột cắn hỏng khoảng 15% diện tích. "Từ khi có thưởng, tôi đặt 40 bẫy quanh ruộng, mỗi sáng thu 8-10 con", ông nói.

Theo ngành nông nghiệp, năm 2023 toàn thành phố có 1.460 ha lúa bị chuột hại, trong đó 210 ha bị hại nặng. Năm nay, Hà Nội đặt mục tiêu giảm ít nhất 20% diện tích bị hại và dự kiến chi thêm khoảng 3 tỷ đồng cho chương trình thu mua đuôi chuột.

Đây là lần thứ 3 thành phố triển khai chương trình này, sau các năm 2021 và 2023. Nông dân có thể nộp đuôi chuột tại UBND xã vào sáng thứ Hai và thứ Năm hằng tuần; thông tin chi tiết liên hệ số điện thoại 024.3382.5115.

Võ Hải
"""

M4 = P("4 tháng đầu năm", start="2024-01-01", end="2024-04-30")
D = P("tính đến ngày 30/4", end="2024-04-30")
Y23 = P("năm 2023", start="2023-01-01", end="2023-12-31")
NOW = P("Năm nay", start="2024-01-01", end="2024-12-31")

FIGS = [
    F("chi hơn 2 tỷ đồng", "2", 2_000_000_000, "money", "đồng", "tiền chi mua đuôi chuột", approx="over"),
    F("Hơn một triệu đuôi chuột", "một", 1_000_000, "count", "đuôi chuột", "đuôi chuột nông dân ngoại thành nộp", M4,
      approx="over"),
    F("thưởng 2.000 đồng", "2.000", 2000, "money", "đồng/đuôi", "tiền thưởng mỗi đuôi chuột", M4),
    F("17 huyện", "17", 17, "count", "huyện, thị xã", "huyện, thị xã có nông dân nộp đuôi chuột", D),
    F("nộp 1.085.600 đuôi chuột", "1.085.600", 1085600, "count", "đuôi chuột", "đuôi chuột đã nộp", D,
      change=C("increase", 23, "%", "cùng kỳ năm 2023")),
    F("Ba huyện nộp", "Ba", 3, "count", "huyện", "huyện nộp nhiều nhất", optional=True),
    F("lần lượt 186.000", "186.000", 186000, "count", "đuôi", "đuôi chuột đã nộp", I(D), location="Ứng Hòa"),
    F("152.400", "152.400", 152400, "count", "đuôi", "đuôi chuột đã nộp", I(D), location="Mỹ Đức"),
    F("131.700 đuôi", "131.700", 131700, "count", "đuôi", "đuôi chuột đã nộp", I(D), location="Chương Mỹ"),
    F("là 2,17 tỷ đồng", "2,17", 2_170_000_000, "money", "đồng", "tổng số tiền thưởng đã chi", I(D)),
    F("chi trả 50%", "50", 50, "percent", "%", "tỷ lệ chi trả của ngân sách thành phố và huyện mỗi bên"),
    F("1,2 mẫu", "1,2", 1.2, "measure", "mẫu", "diện tích lúa gia đình cấy", location="Ứng Hòa"),
    F("khoảng 15%", "15", 15, "percent", "%", "tỷ lệ diện tích bị chuột cắn hỏng mỗi vụ", approx="about",
      location="Ứng Hòa"),
    F("40 bẫy", "40", 40, "count", "bẫy", "bẫy đặt quanh ruộng", location="Ứng Hòa"),
    F("thu 8-10 con", "8", 8, "count", "con", "chuột thu mỗi sáng", value_max=10, location="Ứng Hòa"),
    F("1.460 ha", "1.460", 1460, "measure", "ha", "diện tích lúa bị chuột hại", Y23),
    F("210 ha", "210", 210, "measure", "ha", "diện tích lúa bị hại nặng", Y23, total=1460),
    F("ít nhất 20%", "20", 20, "percent", "%", "mức giảm diện tích bị hại", NOW, approx="at_least", status="target"),
    F("khoảng 3 tỷ đồng", "3", 3_000_000_000, "money", "đồng", "chi cho chương trình thu mua đuôi chuột", NOW,
      approx="about", status="forecast"),
]

NOTES = [
    "National newspaper (VnExpress style): 'Thứ tư, 15/5/2024, 06:30 (GMT+7)' is the dateline; byline 'Võ Hải' at the end.",
    "Headline figure 'hơn 2 tỷ đồng' has no period. 'Hơn một triệu' is a number word (value 10^6). 'mỗi đuôi được thưởng",
    "2.000 đồng' → unit đồng/đuôi. 'Ba huyện nộp nhiều nhất' is a ranking label (optional). 'lần lượt' list: each item takes",
    "the list's indicator, its district as location. Distractors: 'lần thứ 3', 'các năm 2021 và 2023', 'thôn 3', 'Nguyễn Văn",
    "Chín', 'thứ Hai và thứ Năm', '024.3382.5115', '06:30'. The farmer's figures are located in his district Ứng Hòa.",
]

if __name__ == "__main__":
    write("p915-6", TEXT, NOTES, FIGS, published="2024-05-15", location="Hà Nội")
