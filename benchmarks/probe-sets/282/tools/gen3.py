from lib import F, per, chg, tgt, emit

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH THỪA THIÊN HUẾ
Trang chủ > Tin tức - Sự kiện > Di sản văn hóa

Quần thể di tích Cố đô Huế đón gần 2,2 triệu lượt khách trong 9 tháng
Ngày đăng: 05/10/2024 | Lượt xem: 1.204

Theo Trung tâm Bảo tồn Di tích Cố đô Huế, 9 tháng năm 2024, các điểm di tích do Trung tâm quản lý đón gần 2,2 triệu lượt khách tham quan, tăng 31,5% so với cùng kỳ năm 2023, trong đó khách quốc tế đạt 1,26 triệu lượt, chiếm 57,3%. Doanh thu bán vé đạt 348,7 tỷ đồng, tăng 28,9% so với cùng kỳ và đạt 81,1% kế hoạch năm.

Đại Nội vẫn là điểm đến thu hút đông khách nhất với 1,38 triệu lượt; tiếp đến là lăng Khải Định (298.500 lượt), lăng Minh Mạng (205.000 lượt) và lăng Tự Đức (186.300 lượt). Riêng quý III/2024, lượng khách đạt 712.400 lượt, doanh thu bán vé 109,3 tỷ đồng. Trong quý, Trung tâm tổ chức 46 chương trình biểu diễn nghệ thuật cung đình, thu hút hơn 120.000 lượt người xem.

Về công tác bảo tồn, từ đầu năm đến nay, Trung tâm đã triển khai 14 dự án tu bổ, phục hồi di tích với tổng mức đầu tư 415 tỷ đồng; trong số 14 dự án, có 9 dự án đã hoàn thành, trong đó có điện Kiến Trung và lầu Tứ Phương Vô Sự. Các dự án được thực hiện theo Nghị định số 166/2018/NĐ-CP của Chính phủ.

Năm 2024, Trung tâm phấn đấu đón 3 triệu lượt khách, doanh thu bán vé đạt 430 tỷ đồng. Để thu hút khách trong mùa thấp điểm, từ tháng 10 đến tháng 12, Trung tâm mở cửa Đại Nội về đêm từ 19 giờ đến 22 giờ các ngày thứ Bảy, Chủ nhật và giảm 50% giá vé cho học sinh, sinh viên.

Thông tin liên hệ: Phòng Hướng dẫn - Thuyết minh, số 23 đường Tống Duy Tân, thành phố Huế; điện thoại 0234.3501.143.
"""

P9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9i = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
PQ3 = per("quý III/2024", "2024-07-01", "2024-09-30")
PQ3i = per("quý III/2024", "2024-07-01", "2024-09-30", inh=True)
PDN = per("từ đầu năm đến nay", "2024-01-01", "2024-10-05")
P24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 2,2 triệu lượt khách trong", "2,2", 2.2e6, "count", "lượt khách", "khách đến Quần thể di tích Cố đô Huế", per("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("gần 2,2 triệu lượt khách tham quan", "2,2", 2.2e6, "count", "lượt khách", "khách tham quan các điểm di tích do Trung tâm quản lý", P9,
      approx="nearly", change=chg("increase", 31.5, "%", "cùng kỳ năm 2023")),
    F("đạt 1,26 triệu lượt", "1,26", 1.26e6, "count", "lượt khách", "khách quốc tế", P9, total=2.2e6, percent=57.3),
    F("đạt 348,7 tỷ đồng", "348,7", 348.7e9, "money", "đồng", "doanh thu bán vé", P9i,
      change=chg("increase", 28.9, "%", "cùng kỳ"), percent=81.1),
    F("với 1,38 triệu lượt", "1,38", 1.38e6, "count", "lượt khách", "khách tham quan Đại Nội", P9i),
    F("Khải Định (298.500 lượt)", "298.500", 298500, "count", "lượt khách", "khách tham quan", P9i),
    F("Minh Mạng (205.000 lượt)", "205.000", 205000, "count", "lượt khách", "khách tham quan", P9i),
    F("Tự Đức (186.300 lượt)", "186.300", 186300, "count", "lượt khách", "khách tham quan", P9i),
    F("đạt 712.400 lượt", "712.400", 712400, "count", "lượt khách", "lượng khách", PQ3),
    F("vé 109,3 tỷ đồng", "109,3", 109.3e9, "money", "đồng", "doanh thu bán vé", PQ3),
    F("tổ chức 46 chương trình", "46", 46, "count", "chương trình", "chương trình biểu diễn nghệ thuật cung đình", PQ3i),
    F("hơn 120.000 lượt người xem", "120.000", 120000, "count", "lượt người xem", "người xem chương trình nghệ thuật cung đình", PQ3i, approx="over"),
    F("triển khai 14 dự án", "14", 14, "count", "dự án", "dự án tu bổ, phục hồi di tích", PDN),
    F("đầu tư 415 tỷ đồng", "415", 415e9, "money", "đồng", "tổng mức đầu tư dự án tu bổ, phục hồi di tích", PDN),
    F("trong số 14 dự án", "14", 14, "count", "dự án", "dự án tu bổ, phục hồi di tích", PDN, optional=True),
    F("có 9 dự án", "9", 9, "count", "dự án", "dự án đã hoàn thành", PDN, total=14),
    F("đón 3 triệu lượt khách", "3", 3e6, "count", "lượt khách", "khách đến các điểm di tích", P24, status="target"),
    F("đạt 430 tỷ đồng", "430", 430e9, "money", "đồng", "doanh thu bán vé", P24, status="target"),
    F("giảm 50% giá vé", "50", 50, "percent", "%", "mức giảm giá vé cho học sinh, sinh viên", optional=True),
]

COMMENTS = [
    "Department site (Sở Văn hóa và Thể thao Thừa Thiên Huế) with breadcrumb; 'Ngày đăng: 05/10/2024 | Lượt xem: 1.204' (counter after the date).",
    "Visitors and ticket revenue of the Huế monuments, 9 months and quý III/2024; restoration projects; 2024 targets.",
    "Distractors: 'Lượt xem: 1.204', Nghị định số 166/2018/NĐ-CP, 'từ tháng 10 đến tháng 12', '19 giờ đến 22 giờ' (times), address 'số 23 đường",
    "Tống Duy Tân', phone 0234.3501.143, weekday names. Headline 'trong 9 tháng' has no year: it takes 2024 (published / body), stated in its own sentence.",
    "'trong đó khách quốc tế … 1,26 triệu lượt, chiếm 57,3%': total 2,2 triệu and percent 57,3. Revenue: one change and 'đạt 81,1% kế hoạch năm'",
    "as its percent (a share against plan, not a second change). The site list (Đại Nội, three tombs) is not a list of places: location stays",
    "Thừa Thiên Huế; the tombs' subject is the list's indicator (khách tham quan), as for ministries in h01. 'Trong quý' = quý III/2024 (inherited). 'trong số 14 dự án, có 9 …': 9 has total 14;",
    "the repeated 14 is optional. 'giảm 50% giá vé' is a price policy, optional.",
]

emit("p282-3", TEXT, COMMENTS, FIGS, published="2024-10-05", location="Thừa Thiên Huế")
