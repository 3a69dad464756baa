from lib import F, P, C, T, emit

text = """Lâm Đồng: Xuất khẩu hoa 9 tháng năm 2024 đạt gần 50 triệu USD
Cập nhật: 07/10/2024 08:45 | Lượt xem: 3.217

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 30/9/2024, diện tích hoa toàn tỉnh Lâm Đồng đạt 3.482 ha, tăng 5,3% so với cùng kỳ; trong đó thành phố Đà Lạt 2.105 ha, huyện Lạc Dương 418 ha, huyện Đơn Dương 376 ha, huyện Đức Trọng 351 ha, còn lại ở các địa phương khác. Diện tích hoa ứng dụng công nghệ cao khoảng 2.960 ha, chiếm 85% tổng diện tích hoa.

Sản lượng hoa 9 tháng năm 2024 ước đạt 3,25 tỷ cành, tăng 6,1% so với cùng kỳ năm 2023, đạt 74,2% kế hoạch năm. Giá trị sản xuất hoa bình quân khoảng 1,2 tỷ đồng/ha/năm, có mô hình đạt 3-4 tỷ đồng/ha/năm.

Về xuất khẩu, các doanh nghiệp trên địa bàn đã xuất khẩu 218 triệu cành hoa, kim ngạch ước đạt 49,6 triệu USD, tăng 12,4% so với cùng kỳ, chiếm gần 9% tổng kim ngạch xuất khẩu của tỉnh. Thị trường chính là Nhật Bản (chiếm 52%), Úc (14%), Trung Quốc (11%) và Thái Lan (7%). Hoa cúc vẫn là mặt hàng chủ lực với khoảng 145 triệu cành.

Thực hiện Quyết định số 2185/QĐ-UBND ngày 16/11/2023 của UBND tỉnh, năm 2024 tỉnh phấn đấu diện tích hoa đạt 3.600 ha, sản lượng 4,38 tỷ cành; đến năm 2025, kim ngạch xuất khẩu hoa đạt 80 triệu USD.

Thông tin liên hệ: Trung tâm Khuyến nông tỉnh, số 6 Phan Chu Trinh, thành phố Đà Lạt; điện thoại 0263.3822.356.
"""

TD = P("tính đến ngày 30/9/2024", None, "2024-09-30")
Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
SUB_DT = "diện tích hoa"
figs = [
    F("đạt gần 50 triệu USD", "50", 50e6, "money", "USD", "xuất khẩu hoa", Y9, approx="nearly"),
    F("đạt 3.482 ha", "3.482", 3482, "measure", "ha", SUB_DT, TD, change=C("increase", 5.3, "%", "cùng kỳ")),
    F("Đà Lạt 2.105 ha", "2.105", 2105, "measure", "ha", SUB_DT, TD, total=3482, location="Đà Lạt"),
    F("Lạc Dương 418 ha", "418", 418, "measure", "ha", SUB_DT, TD, total=3482, location="Lạc Dương"),
    F("Đơn Dương 376 ha", "376", 376, "measure", "ha", SUB_DT, TD, total=3482, location="Đơn Dương"),
    F("Đức Trọng 351 ha", "351", 351, "measure", "ha", SUB_DT, TD, total=3482, location="Đức Trọng"),
    F("khoảng 2.960 ha", "2.960", 2960, "measure", "ha", "Diện tích hoa ứng dụng công nghệ cao", TD | {"inherited": True},
      approx="about", percent=85),
    F("ước đạt 3,25 tỷ cành", "3,25", 3.25e9, "count", "cành", "Sản lượng hoa", Y9,
      percent=74.2, change=C("increase", 6.1, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("khoảng 1,2 tỷ đồng/ha/năm", "1,2", 1.2e9, "money", "đồng/ha/năm", "Giá trị sản xuất hoa bình quân", Y9i, approx="about"),
    F("đạt 3-4 tỷ", "3", 3e9, "money", "đồng/ha/năm", "giá trị sản xuất hoa mô hình", Y9i, value_max=4e9),
    F("xuất khẩu 218 triệu cành", "218", 218e6, "count", "cành", "hoa xuất khẩu", Y9i),
    F("ước đạt 49,6 triệu USD", "49,6", 49.6e6, "money", "USD", "kim ngạch xuất khẩu hoa", Y9i,
      percent=9, change=C("increase", 12.4, "%", "cùng kỳ"), status="estimate"),
    F("Nhật Bản (chiếm 52%)", "52", 52, "percent", "%", "thị trường xuất khẩu hoa chính", Y9i),
    F("Úc (14%)", "14", 14, "percent", "%", "thị trường xuất khẩu hoa chính", Y9i),
    F("Trung Quốc (11%)", "11", 11, "percent", "%", "thị trường xuất khẩu hoa chính", Y9i),
    F("Thái Lan (7%)", "7", 7, "percent", "%", "thị trường xuất khẩu hoa chính", Y9i),
    F("khoảng 145 triệu cành", "145", 145e6, "count", "cành", "Hoa cúc xuất khẩu", Y9i, approx="about"),
    F("đạt 3.600 ha", "3.600", 3600, "measure", "ha", "diện tích hoa", P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("sản lượng 4,38 tỷ cành", "4,38", 4.38e9, "count", "cành", "sản lượng hoa", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("đạt 80 triệu USD", "80", 80e6, "money", "USD", "kim ngạch xuất khẩu hoa", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

emit("p415-1", text, [
    "Cổng TTĐT tỉnh Lâm Đồng (province portal): diện tích, sản lượng và xuất khẩu hoa 9 tháng năm 2024. Dateline 'Cập nhật: 07/10/2024 08:45 | Lượt xem: 3.217'.",
    "Distractors: 'Lượt xem: 3.217', 'Quyết định số 2185/QĐ-UBND ngày 16/11/2023', 'số 6 Phan Chu Trinh', phone 0263.3822.356.",
    "District parts after '; trong đó' carry total 3.482 and their district as location; the as-of date stands in the same sentence.",
    "2.960 ha: 'chiếm 85% tổng diện tích hoa' is its percent attribute; the as-of date is in the previous sentence (inherited).",
    "3,25 tỷ cành: change 6,1% vs 'cùng kỳ năm 2023' and 'đạt 74,2% kế hoạch năm' as percent; 'ước đạt' gives estimate.",
    "49,6 triệu USD: change 12,4% and share 'chiếm gần 9%' (percent attribute). 'Về xuất khẩu' paragraph takes 9 tháng năm 2024 from above (inherited).",
    "Market list: foreign markets are not places (location stays Lâm Đồng); each share is a percent figure with the list's indicator as subject.",
    "'145 triệu cành' hoa cúc has no part-of cue: no total. Targets: 'năm 2024 … phấn đấu', 'đến năm 2025'.",
], figs, published="2024-10-07", location="Lâm Đồng")
