from lib import F, P, I, CH, TG, emit

TEXT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
Trang chủ > Tin tức > Hoạt động của Bộ
28/08/2024 | 16:45

Bế mạc Hội khỏe Phù Đổng toàn quốc lần thứ X: Hà Nội dẫn đầu với 151 HCV

(Moet.gov.vn) - Tối 27/8, tại Nhà thi đấu tỉnh Quảng Nam (số 2 đường Nguyễn Chí Thanh, TP. Tam Kỳ), Bộ Giáo dục và Đào tạo tổ chức Lễ bế mạc Hội khỏe Phù Đổng toàn quốc lần thứ X năm 2024.

Từ ngày 14/8 đến ngày 27/8, hơn 3.900 vận động viên học sinh của 63 tỉnh, thành phố đã tranh tài ở 11 môn thi đấu. Ban tổ chức đã trao tổng cộng 1.823 huy chương các loại, gồm 626 HCV, 592 HCB và 605 HCĐ.

Đoàn Hà Nội dẫn đầu bảng tổng sắp với 151 HCV, 98 HCB và 87 HCĐ; TP. Hồ Chí Minh xếp thứ 2 với 118 HCV; các vị trí tiếp theo lần lượt thuộc về Thanh Hóa (45 HCV), Nghệ An (32 HCV) và Quảng Nam (29 HCV).

Tại Hội khỏe lần này có 76 kỷ lục được phá ở các môn điền kinh và bơi, tăng 21 kỷ lục so với Hội khỏe lần thứ IX.

Theo Bộ Giáo dục và Đào tạo, năm học 2023-2024 cả nước có khoảng 23,5 triệu học sinh phổ thông; tỷ lệ học sinh tham gia hoạt động thể thao ngoại khóa thường xuyên đạt 61,3%. Tỷ lệ trường phổ thông có nhà tập đa năng mới đạt khoảng 27%, trong khi chỉ tiêu đến năm 2025 là 50%.

Hội khỏe Phù Đổng toàn quốc lần thứ XI dự kiến được tổ chức vào năm 2028 với khoảng 5.000 vận động viên.
"""

HN, HCM = "Hà Nội", "TP. Hồ Chí Minh"
FIGS = [
    F("dẫn đầu với 151 HCV", "151", 151, "count", "HCV", "HCV Hội khỏe Phù Đổng toàn quốc lần thứ X", location=HN),
    F("hơn 3.900 vận động viên", "3.900", 3900, "count", "vận động viên", "vận động viên học sinh tranh tài", approx="over"),
    F("của 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố có vận động viên tranh tài"),
    F("ở 11 môn", "11", 11, "count", "môn", "môn thi đấu"),
    F("cộng 1.823 huy chương", "1.823", 1823, "count", "huy chương", "huy chương các loại Ban tổ chức đã trao"),
    F("gồm 626 HCV", "626", 626, "count", "HCV", "HCV Ban tổ chức đã trao", total=1823),
    F("592 HCB", "592", 592, "count", "HCB", "HCB Ban tổ chức đã trao", total=1823),
    F("605 HCĐ", "605", 605, "count", "HCĐ", "HCĐ Ban tổ chức đã trao", total=1823),
    F("tổng sắp với 151 HCV", "151", 151, "count", "HCV", "HCV bảng tổng sắp", location=HN),
    F("98 HCB", "98", 98, "count", "HCB", "HCB bảng tổng sắp", location=HN),
    F("87 HCĐ", "87", 87, "count", "HCĐ", "HCĐ bảng tổng sắp", location=HN),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "xếp hạng bảng tổng sắp", location=HCM),
    F("với 118 HCV", "118", 118, "count", "HCV", "HCV bảng tổng sắp", location=HCM),
    F("(45 HCV)", "45", 45, "count", "HCV", "HCV bảng tổng sắp", location="Thanh Hóa"),
    F("(32 HCV)", "32", 32, "count", "HCV", "HCV bảng tổng sắp", location="Nghệ An"),
    F("(29 HCV)", "29", 29, "count", "HCV", "HCV bảng tổng sắp", location="Quảng Nam"),
    F("có 76 kỷ lục", "76", 76, "count", "kỷ lục", "kỷ lục được phá ở các môn điền kinh và bơi",
      change=CH("increase", 21, "kỷ lục", "Hội khỏe lần thứ IX")),
    F("khoảng 23,5 triệu học sinh", "23,5", 23500000, "count", "học sinh", "học sinh phổ thông", approx="about"),
    F("đạt 61,3%", "61,3", 61.3, "percent", "%", "tỷ lệ học sinh tham gia hoạt động thể thao ngoại khóa thường xuyên"),
    F("khoảng 27%", "27", 27, "percent", "%", "Tỷ lệ trường phổ thông có nhà tập đa năng", approx="about", target=TG(50)),
    F("khoảng 5.000 vận động viên", "5.000", 5000, "count", "vận động viên", "vận động viên Hội khỏe Phù Đổng toàn quốc lần thứ XI",
      P("năm 2028", "2028-01-01", "2028-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Bộ GD&ĐT site (moet.gov.vn), '28/08/2024 | 16:45': bế mạc Hội khỏe Phù Đổng toàn quốc lần thứ X năm 2024 (held in Quảng Nam).",
    "A national event reported by the ministry: location Việt Nam; the host province does not make totals provincial; team items of the",
    "medal table take their province as location. 626+592+605 = 1.823 after 'gồm'. 'chỉ tiêu đến năm 2025 là 50%' is the target attribute",
    "of 'khoảng 27%' (not a figure of its own). Not figures: lần thứ X/IX/XI, số 2 đường Nguyễn Chí Thanh, năm học 2023-2024, dates.",
    "The 'năm học 2023-2024' count gets no period (a school year is not in the spec's table).",
]

emit("p579-4", TEXT, COMMENTS, FIGS, published="2024-08-28", location="Việt Nam")
