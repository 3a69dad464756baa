from lib import F, P, ch, tg, write

text = """
Thời sự › Kinh doanh
Thứ hai, 8/1/2024, 14:20 (GMT+7)
Xổ số TP HCM thu gần 9.000 tỷ đồng, hơn 85 tỷ tiền thưởng không người lĩnh
Năm 2023, Công ty Xổ số kiến thiết TP HCM bán được hơn 880 triệu vé, doanh thu 8.920 tỷ đồng, xếp thứ nhất trong 21 công ty xổ số miền Nam.

Theo báo cáo tổng kết công bố hôm 6/1, mỗi tuần công ty phát hành hai kỳ vé vào thứ hai và thứ bảy, mỗi kỳ khoảng 8,5 triệu vé loại 10.000 đồng. Tỷ lệ tiêu thụ cả năm đạt 98,3%, cao hơn 1,2 điểm phần trăm so với năm 2022.

Công ty nộp ngân sách thành phố 2.618 tỷ đồng, tăng 11% so với năm trước. Tổng tiền trả thưởng khoảng 4.460 tỷ đồng. Trong năm có 31 vé trúng giải đặc biệt trị giá 2 tỷ đồng mỗi vé, trong đó 9 vé không có người lĩnh.

Đáng chú ý, hơn 85 tỷ đồng tiền thưởng hết hạn lĩnh đã được nộp vào ngân sách, tăng gấp ba lần so với năm 2022. Theo quy định, người trúng thưởng phải lĩnh thưởng trong vòng 30 ngày kể từ ngày mở thưởng; quá thời hạn này, vé không còn giá trị.

Theo Sở Lao động - Thương binh và Xã hội, thành phố hiện có hàng chục nghìn người bán vé số dạo, phần lớn đến từ các tỉnh miền Trung. Thu nhập của người bán vé dao động 150.000-250.000 đồng mỗi ngày, tùy khu vực.

Ông Nguyễn Văn Thanh, Giám đốc công ty, cho biết năm 2024 công ty dự kiến nâng số vé phát hành lên 9 triệu vé mỗi kỳ; doanh thu dự kiến khoảng 9.500 tỷ đồng. "Chúng tôi cũng thí điểm bán vé qua kênh điện tử tại 5 điểm ở quận 1, quận 3", ông Thanh nói.

Trụ sở công ty tại số 77 Trần Nhân Tôn, phường 9, quận 5.

Hà An
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("thu gần 9.000 tỷ đồng", "9.000", 9000e9, "money", "đồng", "doanh thu", approx="nearly"),
    F("hơn 85 tỷ tiền", "85", 85e9, "money", "đồng", "tiền thưởng không người lĩnh", approx="over"),
    F("hơn 880 triệu vé", "880", 880e6, "count", "vé", "vé bán được", Y23, approx="over"),
    F("doanh thu 8.920 tỷ đồng", "8.920", 8920e9, "money", "đồng", "doanh thu", Y23),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "doanh thu trong các công ty xổ số miền Nam", Y23, total=21),
    F("trong 21 công ty", "21", 21, "count", "công ty", "công ty xổ số miền Nam", location="Việt Nam", optional=True),
    F("phát hành hai kỳ vé", "hai", 2, "count", "kỳ vé", "kỳ vé phát hành mỗi tuần"),
    F("khoảng 8,5 triệu vé", "8,5", 8.5e6, "count", "vé", "vé phát hành mỗi kỳ", approx="about"),
    F("loại 10.000 đồng", "10.000", 10000, "money", "đồng", "mệnh giá vé"),
    F("đạt 98,3%", "98,3", 98.3, "percent", "%", "tỷ lệ tiêu thụ cả năm", Y23i,
      change=ch("increase", 1.2, "năm 2022", unit="điểm phần trăm")),
    F("thành phố 2.618 tỷ đồng", "2.618", 2618e9, "money", "đồng", "nộp ngân sách thành phố", Y23i,
      change=ch("increase", 11, "năm trước")),
    F("khoảng 4.460 tỷ đồng", "4.460", 4460e9, "money", "đồng", "tổng tiền trả thưởng", Y23i, approx="about"),
    F("có 31 vé", "31", 31, "count", "vé", "vé trúng giải đặc biệt", P("Trong năm", "2023-01-01", "2023-12-31", inh=True)),
    F("trị giá 2 tỷ đồng", "2", 2e9, "money", "đồng", "trị giá giải đặc biệt mỗi vé"),
    F("trong đó 9 vé", "9", 9, "count", "vé", "vé trúng giải đặc biệt không có người lĩnh",
      P("Trong năm", "2023-01-01", "2023-12-31", inh=True), total=31),
    F("hơn 85 tỷ đồng", "85", 85e9, "money", "đồng", "tiền thưởng hết hạn lĩnh nộp vào ngân sách", Y23i, approx="over",
      change=ch("increase", 3, "năm 2022", unit="lần")),
    F("trong vòng 30 ngày", "30", 30, "measure", "ngày", "thời hạn lĩnh thưởng", approx="at_most", optional=True),
    F("hàng chục nghìn người", "chục", 10000, "count", "người", "người bán vé số dạo", approx="over", optional=True),
    F("150.000-250.000 đồng", "150.000", 150000, "money", "đồng", "thu nhập của người bán vé mỗi ngày", value_max=250000),
    F("lên 9 triệu vé", "9", 9e6, "count", "vé", "số vé phát hành mỗi kỳ", Y24, status="forecast"),
    F("khoảng 9.500 tỷ đồng", "9.500", 9500e9, "money", "đồng", "doanh thu", Y24, approx="about", status="forecast"),
    F("tại 5 điểm", "5", 5, "count", "điểm", "điểm thí điểm bán vé qua kênh điện tử"),
]

header = [
    "National press (VnExpress style): Xổ số kiến thiết TP HCM năm 2023; dateline 'Thứ hai, 8/1/2024, 14:20 (GMT+7)', byline at the end.",
    "Headline figures (gần 9.000 tỷ, hơn 85 tỷ) are figures; 'xếp thứ nhất trong 21 công ty' is rank 1 with total 21 (the 21 itself optional).",
    "'cao hơn 1,2 điểm phần trăm so với năm 2022' is the change of 98,3%; 'tăng gấp ba lần so với năm 2022' the change of 85 tỷ (3 lần).",
    "'trong đó 9 vé' total 31. 'hai kỳ vé' (number word), '10.000 đồng' ticket price, '2 tỷ đồng mỗi vé' prize value are figures.",
    "'trong vòng 30 ngày' (a regulatory deadline) and 'hàng chục nghìn người' (vague magnitude; value 10.000, approx over) are optional.",
    "'150.000-250.000 đồng' range. 'dự kiến' makes the 2024 figures forecast. Location: TP HCM throughout (the 21 companies count is regional → optional).",
    "Distractors: '(GMT+7)', 'hôm 6/1', 'thứ hai và thứ bảy' (weekdays), 'quận 1, quận 3', 'số 77', 'phường 9, quận 5'.",
]
write(7, text, figs, header, published="2024-01-08", location="Hồ Chí Minh")
