from lib import F, P, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Ninh Bình

Sản lượng xi măng 9 tháng năm 2024 ước đạt 10,6 triệu tấn
Cập nhật: 08/10/2024 09:30 | Lượt xem: 1.204

Theo báo cáo của Sở Công Thương, 9 tháng năm 2024, các doanh nghiệp sản xuất xi măng trên địa bàn tỉnh ước sản xuất 10,6 triệu tấn xi măng, tăng 5,3% so với cùng kỳ năm 2023, đạt 74,1% kế hoạch năm; sản lượng clinker ước đạt 12,85 triệu tấn, tăng 3,9%. Chỉ số sản xuất ngành sản xuất sản phẩm từ khoáng phi kim loại tăng 6,2% so với cùng kỳ. Riêng tháng 9/2024, sản lượng xi măng ước đạt 1,21 triệu tấn, giảm 2,4% so với tháng trước.

Ninh Bình hiện có 6 nhà máy xi măng đang hoạt động với tổng công suất thiết kế khoảng 15,8 triệu tấn/năm, chiếm gần 14% công suất xi măng cả nước. Riêng huyện Gia Viễn có 3 nhà máy với công suất 7,2 triệu tấn/năm. Trong 9 tháng, sản lượng của một số nhà máy lớn: Xi măng The Vissai Ninh Bình đạt 4,35 triệu tấn, Xi măng Hướng Dương 1,62 triệu tấn, Xi măng Duyên Hà 1,48 triệu tấn, Xi măng Tam Điệp 0,94 triệu tấn.

Về tiêu thụ, lượng xi măng tiêu thụ 9 tháng ước đạt 10,2 triệu tấn, trong đó tiêu thụ nội địa 7,46 triệu tấn, xuất khẩu 2,74 triệu tấn (chiếm 26,9%). Giá trị xuất khẩu xi măng, clinker ước đạt 118,6 triệu USD, giảm 8,7% so với cùng kỳ do giá bán bình quân chỉ còn khoảng 43 USD/tấn. Ngành xi măng đóng góp khoảng 2.150 tỷ đồng vào ngân sách nhà nước, giải quyết việc làm cho hơn 5.800 lao động với thu nhập bình quân 9,8 triệu đồng/người/tháng.

Theo Quy hoạch tỉnh Ninh Bình (Quyết định số 218/QĐ-TTg), tỉnh không đầu tư mới dây chuyền xi măng lò quay công suất dưới 2,5 triệu tấn clinker/năm. Năm 2024, tỉnh phấn đấu sản lượng xi măng đạt 14,3 triệu tấn.

Liên hệ: Phòng Quản lý công nghiệp, số 18 đường Lê Hồng Phong, phường Vân Giang, TP Ninh Bình; điện thoại: 0229.3871.245.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
N9b = P("9 tháng", "2024-01-01", "2024-09-30")
T9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")

FIGS = [
    F("năm 2024 ước đạt 10,6 triệu tấn", "10,6", 10600000, "measure", "tấn", "sản lượng xi măng",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), status="estimate"),
    F("ước sản xuất 10,6 triệu tấn", "10,6", 10600000, "measure", "tấn", "xi măng sản xuất", N9,
      percent=74.1, change=CH("increase", 5.3, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("ước đạt 12,85 triệu tấn", "12,85", 12850000, "measure", "tấn", "sản lượng clinker", N9,
      change=CH("increase", 3.9), status="estimate"),
    F("tăng 6,2% so với cùng kỳ", "6,2", 6.2, "percent", "%",
      "chỉ số sản xuất ngành sản xuất sản phẩm từ khoáng phi kim loại", N9i),
    F("ước đạt 1,21 triệu tấn", "1,21", 1210000, "measure", "tấn", "sản lượng xi măng", T9,
      change=CH("decrease", 2.4, baseline="tháng trước"), status="estimate"),
    F("có 6 nhà máy", "6", 6, "count", "nhà máy", "nhà máy xi măng đang hoạt động"),
    F("khoảng 15,8 triệu tấn/năm", "15,8", 15800000, "measure", "tấn/năm", "tổng công suất thiết kế",
      approx="about", percent=14),
    F("có 3 nhà máy", "3", 3, "count", "nhà máy", "nhà máy", location="Gia Viễn"),
    F("công suất 7,2 triệu tấn/năm", "7,2", 7200000, "measure", "tấn/năm", "công suất", location="Gia Viễn"),
    F("Ninh Bình đạt 4,35 triệu tấn", "4,35", 4350000, "measure", "tấn", "sản lượng", N9b),
    F("Hướng Dương 1,62 triệu tấn", "1,62", 1620000, "measure", "tấn", "sản lượng", N9b),
    F("Duyên Hà 1,48 triệu tấn", "1,48", 1480000, "measure", "tấn", "sản lượng", N9b),
    F("Tam Điệp 0,94 triệu tấn", "0,94", 940000, "measure", "tấn", "sản lượng", N9b),
    F("ước đạt 10,2 triệu tấn", "10,2", 10200000, "measure", "tấn", "lượng xi măng tiêu thụ",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate"),
    F("nội địa 7,46 triệu tấn", "7,46", 7460000, "measure", "tấn", "tiêu thụ nội địa",
      P("9 tháng", "2024-01-01", "2024-09-30"), total=10200000, status="estimate"),
    F("xuất khẩu 2,74 triệu tấn", "2,74", 2740000, "measure", "tấn", "xuất khẩu",
      P("9 tháng", "2024-01-01", "2024-09-30"), total=10200000, percent=26.9, status="estimate"),
    F("ước đạt 118,6 triệu USD", "118,6", 118600000, "money", "USD", "giá trị xuất khẩu xi măng, clinker", N9i,
      change=CH("decrease", 8.7, baseline="cùng kỳ"), status="estimate"),
    F("khoảng 43 USD/tấn", "43", 43, "money", "USD/tấn", "giá bán bình quân", N9i, approx="about"),
    F("khoảng 2.150 tỷ đồng", "2.150", 2150000000000, "money", "đồng", "ngành xi măng đóng góp vào ngân sách nhà nước",
      N9i, approx="about"),
    F("hơn 5.800 lao động", "5.800", 5800, "count", "lao động", "lao động được giải quyết việc làm", N9i, approx="over"),
    F("bình quân 9,8 triệu đồng/người/tháng", "9,8", 9800000, "money", "đồng/người/tháng", "thu nhập bình quân", N9i),
    F("dưới 2,5 triệu tấn clinker/năm", "2,5", 2500000, "measure", "tấn/năm",
      "công suất clinker của dây chuyền xi măng lò quay không đầu tư mới", approx="under", optional=True),
    F("đạt 14,3 triệu tấn", "14,3", 14300000, "measure", "tấn", "sản lượng xi măng",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Ninh Bình (province portal): cement and clinker output, 9 months of 2024; plants, consumption, exports, budget.",
    "'Cập nhật: 08/10/2024 09:30 | Lượt xem: 1.204' is dateline + view counter. Default location Ninh Bình; 'Riêng huyện Gia Viễn' -> Gia Viễn.",
    "Plants are companies, not places: 'Xi măng Tam Điệp', 'The Vissai Ninh Bình' keep the default location (a place inside a name).",
    "The headline 10,6 triệu tấn is a figure (estimate, period from the headline). '9 tháng' without year -> 2024.",
    "'tăng 5,3% ..., đạt 74,1% kế hoạch năm' -> change + percent of 10,6 triệu. 'tăng 3,9%' (no baseline) is the change of clinker.",
    "'chiếm gần 14% công suất xi măng cả nước' is the percent attribute of 15,8 triệu tấn/năm. 'trong đó' parts get total 10,2 triệu.",
    "The 'ước' cue of the consumption clause carries into its 'trong đó' parts (as h14). 'dưới 2,5 triệu tấn clinker/năm' is a threshold: optional.",
    "Distractors: 'Quyết định số 218/QĐ-TTg', 'số 18 đường Lê Hồng Phong', phone 0229.3871.245, counter, dateline.",
    "Company list without its own indicator words: subject 'sản lượng' from the list head 'sản lượng của một số nhà máy lớn'.",
]

emit("p302-1", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Ninh Bình")
