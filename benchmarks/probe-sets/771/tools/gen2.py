from lib import F, P, I, Y, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN ĐỐNG ĐA
Tin tức - Sự kiện | Văn hóa - Xã hội
Thứ Sáu, 16/02/2024 - 10:20

Hội chữ Xuân Giáp Thìn đón gần 200.000 lượt khách

Sau 14 ngày mở cửa (từ ngày 31/01 đến hết ngày 13/02/2024), Hội chữ Xuân Giáp Thìn tại Văn Miếu - Quốc Tử Giám (số 58 phố Quốc Tử Giám, phường Văn Miếu, quận Đống Đa) đã đón gần 200.000 lượt khách, tăng 23% so với Hội chữ Xuân năm 2023. Riêng 3 ngày mùng 1 đến mùng 3 Tết, lượng khách đạt khoảng 86.000 lượt, chiếm 43%.

Năm nay, Ban tổ chức bố trí 60 ông đồ cho chữ tại 3 khu vực: sân Thái Học, hồ Văn và vườn bia Tiến sĩ, lần lượt có 28, 20 và 12 ông đồ. Các ông đồ đã cho khoảng 35.000 chữ, trong đó chữ Hán Nôm chiếm khoảng 60%, chữ Quốc ngữ chiếm 40%.

Mức "lễ" xin chữ phổ biến từ 50.000 đến 200.000 đồng/chữ; bộ câu đối viết trên giấy đỏ có giá khoảng 500.000 đồng/bộ. Ban tổ chức cũng bố trí 25 gian hàng giới thiệu tranh dân gian Đông Hồ, Hàng Trống, đồ lưu niệm và khu trải nghiệm in tranh cho trẻ em.

Theo Trung tâm Hoạt động Văn hóa Khoa học Văn Miếu - Quốc Tử Giám, doanh thu bán vé tham quan dịp Tết ước đạt 5,1 tỷ đồng (giá vé là 70.000 đồng/lượt người lớn). Trong năm 2023, di tích đón hơn 1,7 triệu lượt khách, trong đó khách quốc tế chiếm 58%; dự kiến năm 2024 đón khoảng 2 triệu lượt.

Đường dây nóng của Ban tổ chức: 024.3747.2566.

Minh Thu (Trung tâm Văn hóa, Thông tin và Thể thao quận)
"""

HOI = P("từ ngày 31/01 đến hết ngày 13/02/2024", "2024-01-31", "2024-02-13")
NAY = Y(2024, "Năm nay")

FIGS = [
    F("gần 200.000 lượt khách\n", "200.000", 200000, "count", "lượt khách", "lượt khách Hội chữ Xuân Giáp Thìn", I(HOI),
      approx="nearly"),
    F("Sau 14 ngày", "14", 14, "measure", "ngày", "thời gian mở cửa Hội chữ Xuân", optional=True),
    F("đón gần 200.000 lượt khách, tăng", "200.000", 200000, "count", "lượt khách",
      "lượt khách Hội chữ Xuân Giáp Thìn tại Văn Miếu - Quốc Tử Giám", HOI, approx="nearly",
      change=CH("increase", 23, baseline="Hội chữ Xuân năm 2023")),
    F("khoảng 86.000 lượt", "86.000", 86000, "count", "lượt", "lượng khách 3 ngày mùng 1 đến mùng 3 Tết", approx="about",
      percent=43),
    F("bố trí 60 ông đồ", "60", 60, "count", "ông đồ", "ông đồ cho chữ", NAY),
    F("tại 3 khu vực", "3", 3, "count", "khu vực", "khu vực cho chữ", optional=True),
    F("có 28, 20", "28", 28, "count", "ông đồ", "ông đồ cho chữ tại sân Thái Học", NAY, total=60),
    F("28, 20 và", "20", 20, "count", "ông đồ", "ông đồ cho chữ tại hồ Văn", NAY, total=60),
    F("và 12 ông đồ", "12", 12, "count", "ông đồ", "ông đồ cho chữ tại vườn bia Tiến sĩ", NAY, total=60),
    F("khoảng 35.000 chữ", "35.000", 35000, "count", "chữ", "chữ các ông đồ đã cho", approx="about"),
    F("chiếm khoảng 60%", "60", 60, "percent", "%", "tỷ lệ chữ Hán Nôm", approx="about"),
    F("chiếm 40%", "40", 40, "percent", "%", "tỷ lệ chữ Quốc ngữ"),
    F("từ 50.000 đến 200.000 đồng/chữ", "50.000", 50000, "money", "đồng/chữ", "mức lễ xin chữ phổ biến", value_max=200000),
    F("khoảng 500.000 đồng/bộ", "500.000", 500000, "money", "đồng/bộ", "giá bộ câu đối viết trên giấy đỏ", approx="about"),
    F("bố trí 25 gian hàng", "25", 25, "count", "gian hàng", "gian hàng giới thiệu tranh dân gian, đồ lưu niệm"),
    F("ước đạt 5,1 tỷ đồng", "5,1", 5.1e9, "money", "đồng", "doanh thu bán vé tham quan dịp Tết", status="estimate"),
    F("70.000 đồng/lượt", "70.000", 70000, "money", "đồng/lượt", "giá vé tham quan người lớn"),
    F("hơn 1,7 triệu lượt khách", "1,7", 1.7e6, "count", "lượt khách", "lượt khách di tích đón", Y(2023, "Trong năm 2023"),
      approx="over"),
    F("chiếm 58%", "58", 58, "percent", "%", "tỷ lệ khách quốc tế", Y(2023, "Trong năm 2023")),
    F("khoảng 2 triệu lượt", "2", 2e6, "count", "lượt", "lượt khách di tích đón", Y(2024), approx="about", status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT quận Đống Đa (Hà Nội): Hội chữ Xuân Giáp Thìn 2024 tại Văn Miếu - Quốc Tử Giám — khách, ông đồ, chữ, giá xin chữ,",
    "gian hàng, doanh thu vé, khách năm 2023 và dự kiến 2024. Dateline 'Thứ Sáu, 16/02/2024 - 10:20'; byline at the end.",
    "District portal about a site in the district: every figure takes Đống Đa. 'Năm nay' = 2024 (the dateline's year).",
    "'lần lượt có 28, 20 và 12 ông đồ' follows the whole '60 ông đồ … tại 3 khu vực:' and adds up to it: total 60.",
    "Shares of a part after 'trong đó … chiếm N%' (chữ Hán Nôm, khách quốc tế) are percent figures of their own, not the whole's share;",
    "'khoảng 86.000 lượt, chiếm 43%' is the figure's own share (of the 200.000). '14 ngày' (duration of the fair) and '3 khu vực' optional;",
    "'3 ngày mùng 1 đến mùng 3 Tết' only places a figure in time (not a figure). Distractors: 'số 58 phố Quốc Tử Giám', hotline, dateline.",
]

if __name__ == "__main__":
    emit("p771-2", TEXT, COMMENTS, FIGS, published="2024-02-16", location="Đống Đa")
