from lib import F, P, PI, CH, T, build

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 18/11/2024, 16:20 (GMT+7)

Giá đường giảm, nông dân lo giá mía vụ mới

Giá đường bán buôn trong nước giảm từ 21.500 đồng/kg hồi đầu năm xuống còn 18.800-19.200 đồng/kg, khiến các nhà máy thận trọng khi công bố giá mía niên vụ 2024-2025.

Theo Hiệp hội Mía đường Việt Nam (VSSA), 10 tháng năm 2024, Việt Nam nhập khẩu khoảng 520.000 tấn đường, tăng 38% so với cùng kỳ; trong đó đường từ Thái Lan chiếm 61%. Ước tính mỗi năm có khoảng 300.000-400.000 tấn đường nhập lậu qua biên giới Tây Nam. Ở chiều ngược lại, 6 tháng đầu năm, kim ngạch xuất khẩu đường đạt 112 triệu USD, gấp 2,3 lần cùng kỳ.

Ông Lê Minh Khoa, Phó Tổng thư ký VSSA, cho biết các nhà máy dự kiến thu mua mía từ 1,05 triệu đến 1,15 triệu đồng/tấn (10 CCS), thấp hơn khoảng 150.000 đồng/tấn so với vụ trước. Với chi phí đầu tư bình quân 95-100 triệu đồng/ha, nếu giá mía dưới 1 triệu đồng/tấn, người trồng sẽ lỗ.

Niên vụ 2023-2024, cả nước có 25 nhà máy hoạt động, ép hơn 10,2 triệu tấn mía, sản xuất 1,06 triệu tấn đường. Bộ Công Thương đang áp thuế chống bán phá giá và chống trợ cấp 47,64% với đường mía có xuất xứ Thái Lan theo Quyết định số 1989/QĐ-BCT; biện pháp có hiệu lực đến tháng 6/2026.

"Nếu không kiểm soát được đường nhập lậu, mục tiêu 200.000 ha mía vào năm 2030 khó hoàn thành", ông Khoa nói.

Hoài Thu

Chia sẻ | 14 bình luận
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NV = P("Niên vụ 2023-2024", "2023-01-01", "2024-12-31")
NV2I = PI("niên vụ 2024-2025", "2024-01-01", "2025-12-31")

FIGS = [
    F("từ 21.500 đồng/kg", "21.500", "money", "đồng/kg", "Giá đường bán buôn trong nước đầu năm"),
    F("còn 18.800-19.200", "18.800", "money", "đồng/kg", "Giá đường bán buôn trong nước", value_max=19200),
    F("khoảng 520.000 tấn", "520.000", "measure", "tấn", "đường nhập khẩu", approx="about",
      change=CH("inc", 38, "%", "cùng kỳ"), period=M10),
    F("chiếm 61%", "61", "percent", "%", "tỷ trọng đường nhập khẩu từ Thái Lan", period=M10),
    F("khoảng 300.000-400.000", "300.000", "measure", "tấn", "đường nhập lậu qua biên giới Tây Nam mỗi năm",
      value_max=400000, approx="about", status="estimate"),
    F("đạt 112 triệu USD", "112", "money", "USD", "kim ngạch xuất khẩu đường", mult=10**6,
      change=CH("inc", 2.3, "lần", "cùng kỳ"), period=H1),
    F("từ 1,05 triệu", "1,05", "money", "đồng/tấn", "giá thu mua mía các nhà máy dự kiến", mult=10**6, value_max=1150000,
      status="forecast", change=CH("dec", 150000, "đồng/tấn", "vụ trước", approx="about"), period=NV2I),
    F("đồng/tấn (10 CCS)", "10", "measure", "CCS", "loại mía", optional=True),
    F("bình quân 95-100 triệu", "95", "money", "đồng/ha", "chi phí đầu tư trồng mía bình quân", mult=10**6, value_max=100000000),
    F("dưới 1 triệu đồng/tấn", "1", "money", "đồng/tấn", "giá mía", mult=10**6, approx="under", optional=True),
    F("có 25 nhà máy", "25", "count", "nhà máy", "nhà máy đường hoạt động", period=NV),
    F("hơn 10,2 triệu tấn", "10,2", "measure", "tấn", "mía ép", mult=10**6, approx="over", period=NV),
    F("xuất 1,06 triệu tấn", "1,06", "measure", "tấn", "đường sản xuất", mult=10**6, period=NV),
    F("trợ cấp 47,64%", "47,64", "percent", "%", "thuế chống bán phá giá và chống trợ cấp với đường mía có xuất xứ Thái Lan"),
    F("mục tiêu 200.000 ha", "200.000", "measure", "ha", "diện tích mía", status="target",
      period=P("vào năm 2030", "2030-01-01", "2030-12-31")),
]

COMMENTS = """
National press (online newspaper): sugar prices, imports and the cane price for 2024-2025. Dateline 'Thứ hai, 18/11/2024, 16:20 (GMT+7)'. Location Việt Nam.
'giảm từ 21.500 đồng/kg … xuống còn 18.800-19.200 đồng/kg': both levels are figures (range for the second); no change size is stated.
'10 tháng năm 2024' import figure with its change 'tăng 38% so với cùng kỳ'; the share 'trong đó … chiếm 61%' is a percent of its own (Thái Lan a trade partner).
'6 tháng đầu năm' has no year: it takes 2024 from the earlier '10 tháng năm 2024'. 'gấp 2,3 lần cùng kỳ' after 112 triệu USD is that figure's change (lần).
'dự kiến thu mua … từ 1,05 triệu đến 1,15 triệu đồng/tấn' forecast range with change 'thấp hơn khoảng 150.000 đồng/tấn'; its season 2024-2025 is
named in the first paragraph (inherited). Conditional threshold 'dưới 1 triệu đồng/tấn' optional. Tax rate 47,64% is a percent figure.
'mục tiêu 200.000 ha … vào năm 2030' status target. Distractors: 'Quyết định số 1989/QĐ-BCT', 'tháng 6/2026', '(GMT+7)', '14 bình luận', VSSA name with Việt Nam.
"""

build(7, TEXT, FIGS, COMMENTS, published="2024-11-18", location="Việt Nam")
