from lib import F, P, I, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Tin tức > Thị trường nông sản

Xuất khẩu cà phê 9 tháng năm 2024 đạt trên 4,2 tỷ USD
Ngày đăng: 08/10/2024 | Lượt xem: 3.209

Theo số liệu của Tổng cục Hải quan, tháng 9/2024 xuất khẩu cà phê (mã HS 0901) của Việt Nam đạt 73,6 nghìn tấn, trị giá 405,2 triệu USD, giảm 12,4% về lượng nhưng tăng 58,1% về trị giá so với tháng 9/2023.

Tính chung 9 tháng năm 2024, xuất khẩu cà phê đạt 1,09 triệu tấn, trị giá 4,24 tỷ USD, giảm 11,5% về lượng nhưng tăng 34,6% về trị giá so với cùng kỳ năm 2023. Giá xuất khẩu bình quân đạt 3.890 USD/tấn, tăng 52,1%, mức cao nhất từ trước đến nay.

Về thị trường, Đức tiếp tục là thị trường tiêu thụ lớn nhất với 129,4 nghìn tấn, chiếm 11,9% tổng lượng xuất khẩu; tiếp theo là Ý 98,7 nghìn tấn, Tây Ban Nha 80,5 nghìn tấn và Nhật Bản 75,2 nghìn tấn. Lượng xuất khẩu sang Philippines tăng 40,2%.

Cả nước hiện có khoảng 714.000 ha cà phê, trong đó vùng Tây Nguyên có 649.000 ha, chiếm 90,9%. Các tỉnh có diện tích lớn là Đắk Lắk (213.000 ha), Lâm Đồng (176.000 ha), Đắk Nông (139.500 ha), Gia Lai (95.000 ha) và Kon Tum (25.500 ha).

Bộ Nông nghiệp và Phát triển nông thôn dự báo niên vụ 2024-2025, sản lượng cà phê cả nước đạt khoảng 1,74 triệu tấn, tăng khoảng 6% so với niên vụ trước. Theo Chiến lược phát triển nông nghiệp, nông thôn bền vững giai đoạn 2021-2030, mục tiêu đến năm 2030 kim ngạch xuất khẩu cà phê đạt 6 tỷ USD, trong đó cà phê chế biến chiếm trên 25%.

Cục Trồng trọt
"""

M9 = P("tháng 9/2024", "2024-09-01", "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt trên 4,2 tỷ USD", "4,2", 4200000000, "money", "USD", "xuất khẩu cà phê", N9, approx="over"),
    F("đạt 73,6 nghìn tấn", "73,6", 73600, "measure", "tấn", "xuất khẩu cà phê", M9,
      change=CH("decrease", 12.4, "%", "tháng 9/2023")),
    F("trị giá 405,2 triệu USD", "405,2", 405200000, "money", "USD", "trị giá xuất khẩu cà phê", M9,
      change=CH("increase", 58.1, "%", "tháng 9/2023")),
    F("đạt 1,09 triệu tấn", "1,09", 1090000, "measure", "tấn", "xuất khẩu cà phê", N9,
      change=CH("decrease", 11.5, "%", "cùng kỳ năm 2023")),
    F("trị giá 4,24 tỷ USD", "4,24", 4240000000, "money", "USD", "trị giá xuất khẩu cà phê", N9,
      change=CH("increase", 34.6, "%", "cùng kỳ năm 2023")),
    F("đạt 3.890 USD/tấn", "3.890", 3890, "money", "USD/tấn", "giá xuất khẩu bình quân", I(N9),
      change=CH("increase", 52.1, "%")),
    F("với 129,4 nghìn tấn", "129,4", 129400, "measure", "tấn", "lượng cà phê xuất khẩu", I(N9),
      percent=11.9),
    F("Ý 98,7 nghìn tấn", "98,7", 98700, "measure", "tấn", "lượng cà phê xuất khẩu", I(N9)),
    F("Tây Ban Nha 80,5 nghìn tấn", "80,5", 80500, "measure", "tấn", "lượng cà phê xuất khẩu", I(N9)),
    F("Nhật Bản 75,2 nghìn tấn", "75,2", 75200, "measure", "tấn", "lượng cà phê xuất khẩu", I(N9)),
    F("tăng 40,2%", "40,2", 40.2, "percent", "%", "lượng xuất khẩu sang Philippines", I(N9)),
    F("khoảng 714.000 ha", "714.000", 714000, "measure", "ha", "diện tích cà phê cả nước", approx="about"),
    F("có 649.000 ha", "649.000", 649000, "measure", "ha", "diện tích cà phê vùng Tây Nguyên",
      total=714000, percent=90.9),
    F("Đắk Lắk (213.000 ha)", "213.000", 213000, "measure", "ha", "diện tích cà phê", location="Đắk Lắk"),
    F("Lâm Đồng (176.000 ha)", "176.000", 176000, "measure", "ha", "diện tích cà phê", location="Lâm Đồng"),
    F("Đắk Nông (139.500 ha)", "139.500", 139500, "measure", "ha", "diện tích cà phê", location="Đắk Nông"),
    F("Gia Lai (95.000 ha)", "95.000", 95000, "measure", "ha", "diện tích cà phê", location="Gia Lai"),
    F("Kon Tum (25.500 ha)", "25.500", 25500, "measure", "ha", "diện tích cà phê", location="Kon Tum"),
    F("khoảng 1,74 triệu tấn", "1,74", 1740000, "measure", "tấn", "sản lượng cà phê cả nước",
      approx="about", status="forecast", change=CH("increase", 6, "%", "niên vụ trước", approx="about")),
    F("đạt 6 tỷ USD", "6", 6000000000, "money", "USD", "kim ngạch xuất khẩu cà phê", T30, status="target"),
    F("chiếm trên 25%", "25", 25, "percent", "%", "cà phê chế biến", T30, approx="over", status="target"),
]

COMMENTS = [
    "Bộ NN&PTNT site (ministry): national coffee exports 9 months 2024, markets, area by province, 2024-2025 forecast, 2030 targets. 'Ngày đăng: 08/10/2024 | Lượt xem: 3.209'.",
    "Distractors: 'mã HS 0901' (product code), 'Lượt xem: 3.209', 'so với tháng 9/2023' (baseline), 'giai đoạn 2021-2030' in a strategy's name.",
    "'giảm … về lượng nhưng tăng … về trị giá': the first change goes to the volume, the second to the value.",
    "Trade partners (Đức, Ý, Tây Ban Nha, Nhật Bản, Philippines) are not places of the figures: location stays Việt Nam; the list's subject is the volume exported.",
    "'Lượng xuất khẩu sang Philippines tăng 40,2%' is a growth rate that is the claim: percent figure, no change.",
    "Region Tây Nguyên is not a province: its area keeps the national default; it is a part after 'trong đó' of 714.000 ha (total) with share 90,9%.",
    "The province list is not introduced by a part-of cue, so no totals. 'niên vụ 2024-2025' has no period rule: no gold period.",
]

emit("p321-4", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Việt Nam")
