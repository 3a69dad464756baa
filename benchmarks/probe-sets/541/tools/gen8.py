from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ TRẤN PHƯỚC DÂN - HUYỆN NINH PHƯỚC
Tin tức > Kinh tế - Xã hội
Ngày đăng: 12/04/2024 | Người đăng: Ban Biên tập

Quý I/2024, làng gốm Bàu Trúc đón hơn 26.000 lượt khách

Trong quý I/2024, làng nghề gốm Bàu Trúc đón hơn 26.000 lượt khách đến tham quan, tăng 35% so với cùng kỳ năm 2023; trong đó khách quốc tế khoảng 9.400 lượt. Doanh thu quý I từ bán sản phẩm gốm và dịch vụ du lịch ước đạt 7,8 tỷ đồng, đạt 26% kế hoạch năm.

Hiện làng nghề có 420 hộ với khoảng 650 thợ gốm, trong đó có 1 Nghệ nhân Nhân dân và 14 Nghệ nhân ưu tú. Thu nhập bình quân của thợ gốm từ 4 đến 6 triệu đồng/tháng; các hộ vừa sản xuất vừa kinh doanh du lịch có thu nhập trên 150 triệu đồng/hộ/năm.

Nghệ thuật làm gốm của người Chăm đã được UNESCO ghi danh vào Danh sách di sản văn hóa phi vật thể cần bảo vệ khẩn cấp ngày 29/11/2022. Sản phẩm gốm Bàu Trúc hiện có mặt tại 12 tỉnh, thành phố và được xuất khẩu sang Nhật Bản, Pháp, Mỹ; có 3 sản phẩm đạt OCOP 4 sao.

Năm 2024, thị trấn phấn đấu đón 100.000 lượt khách, doanh thu đạt 30 tỷ đồng; mở 3 lớp truyền nghề cho 60 học viên là con em đồng bào Chăm.

Địa chỉ: Khu phố 3, thị trấn Phước Dân, huyện Ninh Phước, tỉnh Ninh Thuận. Điện thoại: 0259.3864.215
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Bàu Trúc đón hơn 26.000 lượt khách\n", "26.000", 26000, "count", "lượt khách", "lượt khách đến làng gốm Bàu Trúc",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="over"),
    F("Bàu Trúc đón hơn 26.000 lượt khách đến", "26.000", 26000, "count", "lượt khách",
      "lượt khách đến tham quan làng nghề gốm Bàu Trúc", Q1, approx="over",
      change=CH("increase", 35, baseline="cùng kỳ năm 2023")),
    F("khoảng 9.400 lượt", "9.400", 9400, "count", "lượt", "khách quốc tế", Q1, approx="about", total=26000),
    F("ước đạt 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng", "doanh thu từ bán sản phẩm gốm và dịch vụ du lịch",
      P("quý I", "2024-01-01", "2024-03-31"), percent=26, status="estimate"),
    F("có 420 hộ", "420", 420, "count", "hộ", "hộ làng nghề gốm Bàu Trúc"),
    F("khoảng 650 thợ gốm", "650", 650, "count", "thợ gốm", "thợ gốm", approx="about"),
    F("có 1 Nghệ nhân", "1", 1, "count", "Nghệ nhân Nhân dân", "Nghệ nhân Nhân dân", total=650),
    F("và 14 Nghệ nhân", "14", 14, "count", "Nghệ nhân ưu tú", "Nghệ nhân ưu tú", total=650),
    F("từ 4 đến 6 triệu", "4", 4e6, "money", "đồng/tháng", "thu nhập bình quân của thợ gốm", value_max=6e6),
    F("trên 150 triệu", "150", 150e6, "money", "đồng/hộ/năm", "thu nhập của các hộ vừa sản xuất vừa kinh doanh du lịch",
      approx="over"),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố có sản phẩm gốm Bàu Trúc",
      location="Việt Nam"),
    F("có 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm đạt OCOP 4 sao"),
    F("đón 100.000 lượt", "100.000", 100000, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("đạt 30 tỷ đồng", "30", 30e9, "money", "đồng", "doanh thu", Y24, status="target"),
    F("mở 3 lớp", "3", 3, "count", "lớp", "lớp truyền nghề", Y24, status="target"),
    F("cho 60 học viên", "60", 60, "count", "học viên", "học viên lớp truyền nghề", Y24, status="target"),
]

COMMENTS = [
    "Township portal (thị trấn Phước Dân, huyện Ninh Phước, Ninh Thuận): Bàu Trúc Cham pottery village Q1/2024 — visitors, revenue vs plan,",
    "households, artisans, incomes, markets, 2024 targets. Location: the district, Ninh Phước (a township implies its district).",
    "'quý I' without a year takes 2024 from 'quý I/2024' earlier. The ';' clause after the target sentence continues it: target.",
    "Revised after the first run: '12 tỉnh, thành phố' is a count of provinces, which FIGURES.md places in Việt Nam (was Ninh Phước).",
    "Distractors: '29/11/2022', 'OCOP 4 sao', 'Khu phố 3', phone, dateline. 'trong đó có 1 … và 14 …' parts of the 650 artisans/potters.",
]

emit("p541-8", TEXT, COMMENTS, FIGS, published="2024-04-12", location="Ninh Phước")
