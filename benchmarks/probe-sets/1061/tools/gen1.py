from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Diêm dân Bạc Liêu thu hoạch hơn 48.000 tấn muối trong 6 tháng

Cập nhật: 08/07/2024 10:25 | Lượt xem: 1.236

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ muối năm 2024 toàn tỉnh có 1.512 ha sản xuất muối, tăng 86 ha so với năm 2023, tập trung ở huyện Đông Hải (1.105 ha), thị xã Giá Rai (254 ha) và thành phố Bạc Liêu (153 ha). Trong đó, diện tích làm muối sạch trải bạt đạt 428 ha, chiếm 28,3% tổng diện tích.

Tính đến ngày 30/6/2024, diêm dân đã thu hoạch 48.650 tấn muối, đạt 81,1% kế hoạch năm, tăng 12,4% so với cùng kỳ. Trong đó, muối trải bạt khoảng 19.200 tấn. Năng suất muối trải bạt bình quân đạt 45 tấn/ha. Con số này gấp 1,6 lần so với cách làm truyền thống trên nền đất.

Giá muối tại ruộng hiện dao động từ 1.800 đến 2.200 đồng/kg, cao hơn khoảng 500 đồng/kg so với cùng kỳ; muối trải bạt được thương lái thu mua với giá 3.000-3.500 đồng/kg. Ông Trần Văn Tám, diêm dân ấp 3, xã Long Điền Tây cho biết, đây là vụ muối được giá nhất của gia đình từ nhiều năm nay.

Toàn tỉnh hiện có 9 hợp tác xã và 21 tổ hợp tác sản xuất muối với 1.340 thành viên. Năm 2024, Trung tâm Khuyến nông tỉnh hỗ trợ 50% chi phí mua bạt cho 120 hộ diêm dân ở huyện Đông Hải.

Thực hiện Kế hoạch số 112/KH-UBND ngày 15/3/2024 của UBND tỉnh về phát triển sản xuất muối, năm 2025 tỉnh phấn đấu nâng diện tích muối trải bạt lên 550 ha, sản lượng muối đạt trên 75.000 tấn.

Nguồn: Sở Nông nghiệp và PTNT Bạc Liêu
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 30/6/2024", end="2024-06-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 48.000 tấn", "48.000", 48000, "measure", "tấn", "muối thu hoạch",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("có 1.512 ha", "1.512", 1512, "measure", "ha", "diện tích sản xuất muối", Y24,
      change=C("increase", 86, "ha", "năm 2023")),
    F("Đông Hải (1.105 ha)", "1.105", 1105, "measure", "ha", "diện tích sản xuất muối", Y24,
      total=1512, location="Đông Hải"),
    F("Giá Rai (254 ha)", "254", 254, "measure", "ha", "diện tích sản xuất muối", Y24,
      total=1512, location="Giá Rai"),
    F("Bạc Liêu (153 ha)", "153", 153, "measure", "ha", "diện tích sản xuất muối", Y24,
      total=1512, location="Bạc Liêu"),
    F("đạt 428 ha", "428", 428, "measure", "ha", "diện tích làm muối sạch trải bạt", I(Y24),
      total=1512, percent=28.3),
    F("thu hoạch 48.650 tấn", "48.650", 48650, "measure", "tấn", "muối thu hoạch", ASOF,
      percent=81.1, change=C("increase", 12.4, "%", "cùng kỳ")),
    F("khoảng 19.200 tấn", "19.200", 19200, "measure", "tấn", "muối trải bạt thu hoạch", I(ASOF),
      approx="about", total=48650),
    F("đạt 45 tấn/ha", "45", 45, "measure", "tấn/ha", "năng suất muối trải bạt bình quân", I(ASOF)),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần",
      "năng suất muối trải bạt so với cách làm truyền thống"),
    F("từ 1.800 đến 2.200 đồng/kg", "1.800", 1800, "money", "đồng/kg", "giá muối tại ruộng",
      value_max=2200, change=C("increase", 500, "đồng/kg", "cùng kỳ", approx="about")),
    F("giá 3.000-3.500 đồng/kg", "3.000", 3000, "money", "đồng/kg",
      "giá thương lái thu mua muối trải bạt", value_max=3500),
    F("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã sản xuất muối"),
    F("21 tổ hợp tác", "21", 21, "count", "tổ hợp tác", "tổ hợp tác sản xuất muối"),
    F("1.340 thành viên", "1.340", 1340, "count", "thành viên",
      "thành viên hợp tác xã, tổ hợp tác sản xuất muối"),
    F("hỗ trợ 50% chi phí", "50", 50, "percent", "%", "chi phí mua bạt được hỗ trợ", Y24,
      location="Đông Hải"),
    F("cho 120 hộ diêm dân", "120", 120, "count", "hộ diêm dân",
      "hộ diêm dân được hỗ trợ chi phí mua bạt", Y24, location="Đông Hải"),
    F("lên 550 ha", "550", 550, "measure", "ha", "diện tích muối trải bạt", Y25, status="target"),
    F("trên 75.000 tấn", "75.000", 75000, "measure", "tấn", "sản lượng muối", Y25,
      approx="over", status="target"),
]

NOTES = [
    "Bạc Liêu province portal: salt harvest in the first half of 2024 (invented). Dateline 'Cập nhật: 08/07/2024 10:25'.",
    "Distractors: 'Lượt xem: 1.236', 'ấp 3', 'Trần Văn Tám', 'Kế hoạch số 112/KH-UBND ngày 15/3/2024', dates and times.",
    "District list in brackets adds up to 1.512 ha (1.105 + 254 + 153): each item gets total 1512; 'Trong đó' parts get the whole before.",
    "'gấp 1,6 lần' stands in its own sentence: a multiple. 'vụ muối năm 2024' gives the period năm 2024.",
]

write("p1061-1", TEXT, NOTES, FIGS, published="2024-07-08", location="Bạc Liêu")
