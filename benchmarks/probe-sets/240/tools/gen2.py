from lib import F, P, CH, TG, build

TEXT = """BÁO BÌNH PHƯỚC ĐIỆN TỬ
Kinh tế | Nông nghiệp

Cao su vẫn là "trụ cột" của nông nghiệp Bình Phước
Thứ Hai, 18/11/2024, 09:15

(BP) - Theo Sở Nông nghiệp và Phát triển nông thôn, hiện toàn tỉnh có 245.600 ha cao su, chiếm 51,3% diện tích cây lâu năm; trong đó diện tích đang khai thác mủ khoảng 205.000 ha. Năm 2024, năng suất mủ bình quân ước đạt 17,8 tạ/ha, sản lượng ước đạt 365.000 tấn mủ quy khô, tăng 2,1% so với năm 2023.

Trong 10 tháng năm 2024, các công ty cao su và hộ dân đã tái canh 3.215 ha, đạt 92% kế hoạch năm (kế hoạch 3.500 ha); trồng mới 420 ha trên đất điều kém hiệu quả dọc Quốc lộ 14. Khối doanh nghiệp nhà nước quản lý 58.320 ha, còn lại là cao su tiểu điền của khoảng 46.000 hộ.

Toàn tỉnh có 86 cơ sở, nhà máy chế biến mủ cao su với tổng công suất thiết kế trên 540.000 tấn/năm, trong đó 12 nhà máy của doanh nghiệp nhà nước có công suất 118.000 tấn/năm. Đến nay đã có 31 nhà máy đạt chứng nhận ISO 14001 và 9 đơn vị được cấp chứng chỉ quản lý rừng bền vững FSC với 42.150 ha.

Giá mủ nước tại các nhà máy hiện dao động từ 410 đến 430 đồng/độ TSC, mủ đông tạp từ 15.000-16.500 đồng/kg, cao hơn khoảng 30% so với đầu năm. 10 tháng năm 2024, kim ngạch xuất khẩu cao su của tỉnh đạt 412,6 triệu USD, tăng 18,7% so với cùng kỳ, chiếm khoảng 11% tổng kim ngạch xuất khẩu.

Mục tiêu đến năm 2025, diện tích cao su toàn tỉnh ổn định khoảng 240.000 ha, trong đó 50% diện tích đạt chứng chỉ bền vững; giá trị sản xuất bình quân đạt trên 120 triệu đồng/ha.

THU TRANG
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
NOW = P("Đến nay", None, "2024-11-18")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 245.600 ha", "245.600", 245600, "measure", "ha", "diện tích cao su", percent=51.3),
    F("khoảng 205.000 ha", "205.000", 205000, "measure", "ha", "diện tích cao su đang khai thác mủ", approx="about",
      total=245600),
    F("ước đạt 17,8 tạ/ha", "17,8", 17.8, "measure", "tạ/ha", "năng suất mủ cao su bình quân", status="estimate",
      period=Y24),
    F("đạt 365.000 tấn", "365.000", 365000, "measure", "tấn", "sản lượng mủ cao su quy khô", status="estimate",
      change=CH("+", 2.1, "%", "năm 2023"), period=Y24),
    F("tái canh 3.215 ha", "3.215", 3215, "measure", "ha", "diện tích cao su tái canh", percent=92,
      target=TG(3500, "ha"), period=M10),
    F("trồng mới 420 ha", "420", 420, "measure", "ha", "diện tích cao su trồng mới", period=M10),
    F("quản lý 58.320 ha", "58.320", 58320, "measure", "ha", "diện tích cao su khối doanh nghiệp nhà nước quản lý"),
    F("khoảng 46.000 hộ", "46.000", 46000, "count", "hộ", "hộ trồng cao su tiểu điền", approx="about"),
    F("có 86 cơ sở", "86", 86, "count", "cơ sở, nhà máy", "cơ sở, nhà máy chế biến mủ cao su"),
    F("trên 540.000 tấn/năm", "540.000", 540000, "measure", "tấn/năm", "tổng công suất thiết kế chế biến mủ cao su",
      approx="over"),
    F("trong đó 12 nhà máy", "12", 12, "count", "nhà máy", "nhà máy chế biến mủ cao su của doanh nghiệp nhà nước",
      total=86),
    F("công suất 118.000 tấn/năm", "118.000", 118000, "measure", "tấn/năm",
      "công suất nhà máy chế biến mủ cao su của doanh nghiệp nhà nước", total=540000),
    F("có 31 nhà máy", "31", 31, "count", "nhà máy", "nhà máy chế biến mủ cao su đạt chứng nhận ISO 14001", period=NOW),
    F("và 9 đơn vị", "9", 9, "count", "đơn vị", "đơn vị được cấp chứng chỉ quản lý rừng bền vững FSC", period=NOW),
    F("với 42.150 ha", "42.150", 42150, "measure", "ha", "diện tích cao su được cấp chứng chỉ FSC", period=NOW),
    F("từ 410 đến 430", "410", 410, "money", "đồng/độ TSC", "giá mủ nước tại các nhà máy", value_max=430),
    F("15.000-16.500 đồng/kg", "15.000", 15000, "money", "đồng/kg", "giá mủ đông tạp", value_max=16500,
      change=CH("+", 30, "%", "đầu năm", approx="about")),
    F("đạt 412,6 triệu USD", "412,6", 412600000, "money", "USD", "kim ngạch xuất khẩu cao su",
      change=CH("+", 18.7, "%", "cùng kỳ"), percent=11, period=M10),
    F("khoảng 240.000 ha", "240.000", 240000, "measure", "ha", "diện tích cao su", approx="about", status="target",
      period=T25),
    F("trong đó 50% diện tích", "50", 50, "percent", "%", "diện tích cao su đạt chứng chỉ bền vững", status="target",
      period=T25),
    F("trên 120 triệu đồng/ha", "120", 120000000, "money", "đồng/ha", "giá trị sản xuất cao su bình quân",
      approx="over", status="target", period=T25),
]

COMMENTS = [
    "Báo Bình Phước (Party newspaper): rubber area, tapping area, yield, output, replanting, processing plants, prices, exports.",
    "Dateline 'Thứ Hai, 18/11/2024, 09:15'; '(BP)' is the paper's tag; byline at the end.",
    "Distractors: 'Quốc lộ 14', 'ISO 14001', 'FSC' (names), 'đầu năm' (baseline, not a figure).",
    "'hiện toàn tỉnh có' states no period (no gold period). 'chiếm 51,3% diện tích cây lâu năm' is the share of 245.600 ha;",
    "'chiếm khoảng 11% tổng kim ngạch' the share of 412,6 triệu USD (the percent attribute has no approx).",
    "'đạt 92% kế hoạch năm (kế hoạch 3.500 ha)': percent 92 and the bracketed plan as target 3500 (Result against plan).",
    "'trong đó 12 nhà máy … có công suất 118.000 tấn/năm': both parts of their wholes (86 plants, 540.000 tấn/năm).",
    "58.320 ha (state-owned) has no part-of cue, so no total. 'từ 410 đến 430 đồng/độ TSC' and '15.000-16.500 đồng/kg' are ranges;",
    "'cao hơn khoảng 30% so với đầu năm' is the change of the nearer range (mủ đông tạp).",
    "'Mục tiêu đến năm 2025' governs the whole last sentence: status target; the percent after 'trong đó' has no whole in ha (no total).",
]

build(2, TEXT, FIGS, COMMENTS, published="2024-11-18", location="Bình Phước")
