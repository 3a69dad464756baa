"""p1339-1: province portal (Cổng TTĐT tỉnh Vĩnh Long): cargo through inland ports and wharves, 9 months of 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Hàng hóa thông qua cảng, bến thủy nội địa 9 tháng tăng 7,4%
Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Giao thông vận tải, 9 tháng đầu năm 2024, khối lượng hàng hóa thông qua các cảng, bến thủy nội địa trên địa bàn tỉnh ước đạt 4,86 triệu tấn, tăng 7,4% so với cùng kỳ năm 2023, bằng 76,2% kế hoạch năm. Trong đó, vật liệu xây dựng (cát, đá, gạch) khoảng 3,1 triệu tấn; lúa gạo, nông sản gần 1,2 triệu tấn. Số lượt phương tiện thủy ra, vào các cảng, bến đạt 128.540 lượt, tăng 5,1%; các bến khách ngang sông phục vụ hơn 2,3 triệu lượt hành khách.

Hiện toàn tỉnh có 2 cảng thủy nội địa và 386 bến thủy nội địa được cấp phép hoạt động, gồm 214 bến hàng hóa, 97 bến khách ngang sông và 75 bến chuyên dùng. Riêng huyện Long Hồ có 63 bến, nhiều nhất tỉnh.

Từ đầu năm đến nay, Sở đã cấp mới 21 giấy phép hoạt động bến, gia hạn 34 giấy phép, thu hồi 6 giấy phép do bến không bảo đảm điều kiện an toàn. Qua kiểm tra 412 lượt cảng, bến, lực lượng thanh tra phát hiện, xử lý 58 trường hợp vi phạm, phạt tiền gần 265 triệu đồng.

Hiện còn khoảng 40 bến tự phát dọc sông Cổ Chiên, sông Măng Thít chưa có giấy phép. Ông Trần Văn Hậu, Phó Giám đốc Sở Giao thông vận tải cho biết, quý IV, Sở phấn đấu đưa khối lượng hàng hóa thông qua cảng, bến cả năm đạt trên 6,4 triệu tấn và hướng dẫn các bến tự phát hoàn thành hồ sơ cấp phép trước ngày 31/12/2024.

Tin liên quan:
- Khởi công nạo vét luồng sông Măng Thít giai đoạn 2
- Bảo đảm an toàn giao thông đường thủy dịp Tết Nguyên đán Giáp Thìn 2024
- Sơ kết 6 tháng đầu năm ngành Giao thông vận tải
"""

M9h = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = P("cả năm", "2024-01-01", "2024-12-31")
CARGO = "khối lượng hàng hóa thông qua các cảng, bến thủy nội địa trên địa bàn tỉnh"

FIGS = [
    F("9 tháng tăng 7,4%", "7,4", 7.4, "percent", "%",
      subject="hàng hóa thông qua cảng, bến thủy nội địa", period=M9h),
    F("ước đạt 4,86 triệu tấn", "4,86", 4.86e6, "measure", "tấn", status="estimate", percent=76.2,
      change=C("increase", 7.4, "%", "cùng kỳ năm 2023"), subject=CARGO, period=M9),
    F("khoảng 3,1 triệu tấn", "3,1", 3.1e6, "measure", "tấn", approx="about", total=4.86e6, status="estimate",
      subject="vật liệu xây dựng (cát, đá, gạch)", period=I(M9)),
    F("gần 1,2 triệu tấn", "1,2", 1.2e6, "measure", "tấn", approx="nearly", total=4.86e6, status="estimate",
      subject="lúa gạo, nông sản", period=I(M9)),
    F("đạt 128.540 lượt", "128.540", 128540, "count", "lượt", change=C("increase", 5.1, "%"),
      subject="số lượt phương tiện thủy ra, vào các cảng, bến", period=I(M9)),
    F("hơn 2,3 triệu lượt", "2,3", 2.3e6, "count", "lượt hành khách", approx="over",
      subject="lượt hành khách các bến khách ngang sông phục vụ", period=I(M9)),
    F("có 2 cảng", "2", 2, "count", "cảng thủy nội địa", subject="cảng thủy nội địa"),
    F("và 386 bến", "386", 386, "count", "bến thủy nội địa",
      subject="bến thủy nội địa được cấp phép hoạt động"),
    F("gồm 214 bến", "214", 214, "count", "bến hàng hóa", total=386, subject="bến hàng hóa"),
    F("97 bến khách", "97", 97, "count", "bến khách ngang sông", total=386, subject="bến khách ngang sông"),
    F("và 75 bến", "75", 75, "count", "bến chuyên dùng", total=386, subject="bến chuyên dùng"),
    F("có 63 bến", "63", 63, "count", "bến", subject="bến thủy nội địa", location="Long Hồ"),
    F("cấp mới 21 giấy phép", "21", 21, "count", "giấy phép",
      subject="giấy phép hoạt động bến cấp mới", period=YTD),
    F("gia hạn 34 giấy phép", "34", 34, "count", "giấy phép", subject="giấy phép gia hạn", period=YTD),
    F("thu hồi 6 giấy phép", "6", 6, "count", "giấy phép", subject="giấy phép thu hồi", period=YTD),
    F("kiểm tra 412 lượt", "412", 412, "count", "lượt", subject="lượt kiểm tra cảng, bến", period=I(YTD)),
    F("xử lý 58 trường hợp", "58", 58, "count", "trường hợp", subject="trường hợp vi phạm phát hiện, xử lý",
      period=I(YTD)),
    F("gần 265 triệu", "265", 265e6, "money", "đồng", approx="nearly", subject="phạt tiền", period=I(YTD)),
    F("khoảng 40 bến", "40", 40, "count", "bến", approx="about",
      subject="bến tự phát dọc sông Cổ Chiên, sông Măng Thít chưa có giấy phép"),
    F("trên 6,4 triệu tấn", "6,4", 6.4e6, "measure", "tấn", approx="over", status="target",
      subject="khối lượng hàng hóa thông qua cảng, bến cả năm", period=Y24),
]

NOTES = [
    "Province portal: breadcrumb, headline figure, 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 1.386' (published), related links.",
    "Headline '9 tháng tăng 7,4%' is a growth rate as the claim (percent, no change); the body's 7,4% is the change of 4,86 triệu tấn.",
    "'Trong đó' parts after a sentence break take the whole (4,86 triệu tấn) and its estimate status; their period is inherited.",
    "'gồm 214 ..., 97 ... và 75 ...' add up to 386: total 386. 'Riêng huyện Long Hồ có 63 bến': 'riêng' is no cue, no total; location Long Hồ.",
    "'Hiện' figures get no period. 'cả năm' takes 2024 from the dateline and earlier periods; 'phấn đấu' → target.",
    "Distractors: 'Lượt xem: 1.386', time 08:45, 'trước ngày 31/12/2024', 'giai đoạn 2', 'Giáp Thìn 2024', '6 tháng đầu năm' in a link, 'quý IV'.",
]

if __name__ == "__main__":
    write("p1339-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Vĩnh Long")
