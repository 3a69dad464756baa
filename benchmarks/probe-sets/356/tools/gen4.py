from lib import F, P, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC CHĂN NUÔI

Chăn nuôi trâu, bò năm 2024: đàn bò tăng nhẹ, chất lượng giống được cải thiện

Tại hội nghị tổng kết ngành chăn nuôi tổ chức ở Hà Nội ngày 16/1, Cục Chăn nuôi cho biết năm 2024, tổng đàn trâu cả nước ước đạt 2,16 triệu con, giảm 2,3% so với năm 2023; tổng đàn bò ước đạt 6,45 triệu con, tăng 0,9%. Tỷ lệ bò lai trong tổng đàn bò đạt khoảng 62%, cao hơn 1,5 điểm phần trăm so với năm trước.

Sản lượng thịt hơi xuất chuồng năm 2024 ước đạt: thịt trâu 123,5 nghìn tấn, tăng 1,1%; thịt bò 552,7 nghìn tấn, tăng 3,5%. Thịt trâu, bò hiện chiếm khoảng 9% tổng sản lượng thịt hơi các loại.

Các địa phương có đàn bò lớn nhất là Gia Lai (khoảng 459 nghìn con), Bình Định (296 nghìn con) và Nghệ An (hơn 280 nghìn con). Về đàn trâu, Thanh Hóa và Nghệ An lần lượt xếp thứ nhất và thứ hai, với 168 nghìn con và 163 nghìn con.

Năm 2024, cả nước nhập khẩu 327.600 con bò sống, chủ yếu từ Australia và Thái Lan, kim ngạch đạt 355 triệu USD. Diện tích trồng cỏ thâm canh toàn quốc khoảng 280 nghìn ha, tập trung ở Tây Nguyên và Bắc Trung Bộ.

Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, tầm nhìn 2045 (Quyết định số 1520/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ), đến năm 2030 tổng đàn bò đạt khoảng 7 triệu con, tỷ lệ bò lai đạt trên 70%, sản lượng thịt bò hơi đạt 700-750 nghìn tấn. Cục Chăn nuôi đặt mục tiêu các địa phương chuyển tối thiểu 5% diện tích đất nông nghiệp kém hiệu quả sang trồng cỏ.

Cục Chăn nuôi - Số 16 Thụy Khuê, Tây Hồ, Hà Nội
17/01/2025
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24i = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
T30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("ước đạt 2,16 triệu con", "2,16", 2160000, "count", "con", status="estimate",
      change={"direction": "decrease", "value": 2.3, "unit": "%", "baseline": "năm 2023"},
      subject="tổng đàn trâu", period=Y24),
    F("ước đạt 6,45 triệu con", "6,45", 6450000, "count", "con", status="estimate",
      change={"direction": "increase", "value": 0.9, "unit": "%"},
      subject="tổng đàn bò", period=Y24),
    F("đạt khoảng 62%", "62", 62, "percent", "%", approx="about",
      change={"direction": "increase", "value": 1.5, "unit": "điểm phần trăm", "baseline": "năm trước"},
      subject="tỷ lệ bò lai trong tổng đàn bò", period=Y24i),
    F("thịt trâu 123,5 nghìn tấn", "123,5", 123500, "measure", "tấn", status="estimate",
      change={"direction": "increase", "value": 1.1, "unit": "%"},
      subject="sản lượng thịt trâu hơi xuất chuồng", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("thịt bò 552,7 nghìn tấn", "552,7", 552700, "measure", "tấn", status="estimate",
      change={"direction": "increase", "value": 3.5, "unit": "%"},
      subject="sản lượng thịt bò hơi xuất chuồng", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("chiếm khoảng 9%", "9", 9, "percent", "%", approx="about",
      subject="tỷ trọng thịt trâu, bò trong tổng sản lượng thịt hơi các loại"),
    F("Gia Lai (khoảng 459 nghìn con)", "459", 459000, "count", "con", approx="about",
      subject="đàn bò", period=Y24i, location="Gia Lai"),
    F("Bình Định (296 nghìn con)", "296", 296000, "count", "con", subject="đàn bò", period=Y24i, location="Bình Định"),
    F("hơn 280 nghìn con", "280", 280000, "count", "con", approx="over", subject="đàn bò", period=Y24i, location="Nghệ An"),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="đàn trâu", period=Y24i, location="Thanh Hóa"),
    F("và thứ hai", "hai", 2, "rank", "hạng", subject="đàn trâu", period=Y24i, location="Nghệ An"),
    F("với 168 nghìn con", "168", 168000, "count", "con", subject="đàn trâu", period=Y24i, location="Thanh Hóa"),
    F("và 163 nghìn con", "163", 163000, "count", "con", subject="đàn trâu", period=Y24i, location="Nghệ An"),
    F("nhập khẩu 327.600 con", "327.600", 327600, "count", "con", subject="bò sống nhập khẩu",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 355 triệu USD", "355", 355000000, "money", "USD", subject="kim ngạch nhập khẩu bò sống",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 280 nghìn ha", "280", 280000, "measure", "ha", approx="about", subject="diện tích trồng cỏ thâm canh"),
    F("khoảng 7 triệu con", "7", 7000000, "count", "con", approx="about", status="target",
      subject="tổng đàn bò", period=T30),
    F("trên 70%", "70", 70, "percent", "%", approx="over", status="target", subject="tỷ lệ bò lai", period=T30),
    F("700-750 nghìn tấn", "700", 700000, "measure", "tấn", value_max=750000, status="target",
      subject="sản lượng thịt bò hơi", period=T30),
    F("tối thiểu 5%", "5", 5, "percent", "%", approx="at_least", status="target",
      subject="diện tích đất nông nghiệp kém hiệu quả chuyển sang trồng cỏ"),
]

COMMENTS = [
    "Cục Chăn nuôi, Bộ NN&PTNT (ministry site): national buffalo/cattle herd 2024, slaughter output, top provinces, live-cattle imports, fodder area, 2030 strategy targets.",
    "Bare date '17/01/2025' at the end is the article's date. Distractors: 'ngày 16/1', 'Quyết định số 1520/QĐ-TTg ngày 06/10/2020', 'giai đoạn 2021-2030, tầm nhìn 2045', 'Số 16 Thụy Khuê', venue 'ở Hà Nội'.",
    "National figures: location Việt Nam (the venue Hà Nội is not the place of the figures); Australia/Thái Lan are trade partners, not places.",
    "'thịt trâu 123,5 nghìn tấn; thịt bò 552,7 nghìn tấn' after 'năm 2024 ước đạt:' are list items (estimate, period of the same sentence).",
    "'lần lượt xếp thứ nhất và thứ hai, với 168 nghìn con và 163 nghìn con': two ranks and two counts, each with its province.",
    "'cao hơn 1,5 điểm phần trăm so với năm trước' is the change of 62%. 'đặt mục tiêu … tối thiểu 5%' is a target (at_least).",
]

write(4, COMMENTS, TEXT, FIGS, published="2025-01-17", location="Việt Nam")
