from lib import F, P, emit

TEXT = """
Cổng Thông tin điện tử tỉnh Vĩnh Phúc
Trang chủ > Tin tức - Sự kiện > Kinh tế

Tỷ lệ đô thị hóa của Vĩnh Phúc năm 2023 ước đạt 49,2%
Cập nhật: 14/03/2024 09:15 | Lượt xem: 1.204

Theo báo cáo của Sở Xây dựng tại hội nghị tổng kết công tác quản lý đô thị, năm 2023 tỷ lệ đô thị hóa của tỉnh Vĩnh Phúc ước đạt 49,2%, tăng 1,6 điểm phần trăm so với năm 2022. Dân số khu vực đô thị khoảng 585 nghìn người trên tổng số 1,19 triệu người của toàn tỉnh.

Tính đến cuối năm 2023, toàn tỉnh có 15 đô thị, gồm 1 đô thị loại II (thành phố Vĩnh Yên), 1 đô thị loại III (thành phố Phúc Yên), 3 đô thị loại IV và 10 đô thị loại V. Việc phân loại đô thị được thực hiện theo Chương trình phát triển đô thị tỉnh đến năm 2030, phê duyệt tại Quyết định số 558/QĐ-UBND ngày 17/3/2023.

Trong năm 2023, các địa phương đã đầu tư xây dựng, cải tạo 42,5 km đường đô thị và lắp đặt mới 3.150 bộ đèn chiếu sáng LED; tỷ lệ đường phố chính được chiếu sáng đạt 98%, tỷ lệ ngõ, hẻm được chiếu sáng đạt 81,5%. Tổng vốn đầu tư cho phát triển hạ tầng đô thị năm 2023 đạt gần 2.860 tỷ đồng, bằng 104% kế hoạch.

Diện tích cây xanh công cộng bình quân khu vực nội thị mới đạt 5,6 m2/người. Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý chỉ khoảng 28%. Toàn tỉnh còn 7 điểm thường xuyên ngập úng khi mưa lớn, trong đó thành phố Vĩnh Yên có 4 điểm, thành phố Phúc Yên có 3 điểm.

Mục tiêu năm 2024, tỷ lệ đô thị hóa của tỉnh đạt 51%; đến năm 2030 đạt trên 60%, toàn tỉnh có 23 đô thị.

Mọi ý kiến đóng góp xin gửi về Phòng Quản lý đô thị, Sở Xây dựng, số 12 đường Nguyễn Trãi, thành phố Vĩnh Yên; điện thoại 0211.3862.545.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
END23 = P("Tính đến cuối năm 2023", None, "2023-12-31")
END23i = P("Tính đến cuối năm 2023", None, "2023-12-31", inh=True)

FIGS = [
    # headline restates the lead
    F("năm 2023 ước đạt 49,2%\n", "49,2", "percent", "%", "tỷ lệ đô thị hóa", status="estimate", period=Y23,
      optional=True),
    F("Vĩnh Phúc ước đạt 49,2%, tăng", "49,2", "percent", "%", "tỷ lệ đô thị hóa",
      change={"direction": "increase", "value": 1.6, "unit": "điểm phần trăm", "baseline": "năm 2022"},
      status="estimate", period=Y23),
    F("khoảng 585 nghìn người", "585", "count", "người", "dân số khu vực đô thị", mult=1000, approx="about",
      total=1190000, period=Y23i),
    F("có 15 đô thị", "15", "count", "đô thị", "đô thị", period=END23),
    F("gồm 1 đô thị loại II", "1", "count", "đô thị", "đô thị loại II", total=15, period=END23),
    F("), 1 đô thị loại III", "1", "count", "đô thị", "đô thị loại III", total=15, period=END23),
    F("3 đô thị loại IV", "3", "count", "đô thị", "đô thị loại IV", total=15, period=END23),
    F("10 đô thị loại V", "10", "count", "đô thị", "đô thị loại V", total=15, period=END23),
    F("cải tạo 42,5 km", "42,5", "measure", "km", "đường đô thị được đầu tư xây dựng, cải tạo", period=Y23),
    F("mới 3.150 bộ", "3.150", "count", "bộ đèn", "bộ đèn chiếu sáng LED lắp đặt mới", period=Y23),
    F("chiếu sáng đạt 98%", "98", "percent", "%", "tỷ lệ đường phố chính được chiếu sáng", period=Y23),
    F("chiếu sáng đạt 81,5%", "81,5", "percent", "%", "tỷ lệ ngõ, hẻm được chiếu sáng", period=Y23),
    F("gần 2.860 tỷ đồng", "2.860", "money", "đồng", "tổng vốn đầu tư cho phát triển hạ tầng đô thị",
      mult=1e9, approx="nearly", percent=104, period=Y23),
    F("đạt 5,6 m2/người", "5,6", "measure", "m2/người", "diện tích cây xanh công cộng bình quân khu vực nội thị",
      period=Y23i),
    F("chỉ khoảng 28%", "28", "percent", "%", "tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý",
      approx="about", period=Y23i),
    F("còn 7 điểm", "7", "count", "điểm", "điểm thường xuyên ngập úng khi mưa lớn", period=Y23i),
    F("Yên có 4 điểm", "4", "count", "điểm", "điểm thường xuyên ngập úng khi mưa lớn", total=7,
      period=Y23i, location="Vĩnh Yên"),
    F("Yên có 3 điểm", "3", "count", "điểm", "điểm thường xuyên ngập úng khi mưa lớn", total=7,
      period=Y23i, location="Phúc Yên"),
    F("tỉnh đạt 51%", "51", "percent", "%", "tỷ lệ đô thị hóa", status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt trên 60%", "60", "percent", "%", "tỷ lệ đô thị hóa", approx="over", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("có 23 đô thị", "23", "count", "đô thị", "đô thị", status="target",
      period=P("đến năm 2030", None, "2030-12-31")),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Vĩnh Phúc: urbanisation rate 2023, urban classification, infrastructure, flooding points, 2024/2030 targets.",
    "Dateline 'Cập nhật: 14/03/2024 09:15' with a view counter after it ('Lượt xem: 1.204' is page furniture).",
    "The headline restates the lead's 49,2% (optional, as in every headline of this set).",
    "'loại II/III/IV/V' are class names, not figures; the 4 class counts follow 'gồm' after 15 đô thị: total 15.",
    "The class counts keep location Vĩnh Phúc (the bracketed city names only say which city holds the class).",
    "'1,19 triệu người' is the total of 585 nghìn (trên tổng số): an attribute, not a figure of its own.",
    "'bằng 104% kế hoạch' is the percent of 2.860 tỷ. 'điểm phần trăm' change of 49,2% kept as change (a level, not a growth rate).",
    "Distractors: Quyết định số 558/QĐ-UBND ngày 17/3/2023, 'đến năm 2030' in a programme name, address số 12, phone 0211.3862.545.",
]

emit(1, TEXT, COMMENTS, FIGS, published="2024-03-14", location="Vĩnh Phúc")
