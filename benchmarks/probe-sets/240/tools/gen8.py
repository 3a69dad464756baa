from lib import F, P, CH, TG, build

TEXT = """Báo Thái Nguyên điện tử
Kinh tế

Chè Thái Nguyên: Giá trị trên mỗi héc-ta tiếp tục tăng

Thu Hằng 07:45, 02/10/2024

Tính đến 30/9/2024, diện tích chè toàn tỉnh đạt 22.560 ha, trong đó diện tích chè kinh doanh 20.980 ha; diện tích chè của tỉnh xếp thứ nhất cả nước. Các địa phương có diện tích chè lớn là huyện Đại Từ (6.780 ha), huyện Phú Lương (3.940 ha), thành phố Thái Nguyên (3.120 ha) và huyện Định Hóa (2.850 ha).

Quý III/2024, sản lượng chè búp tươi toàn tỉnh đạt 84.200 tấn; lũy kế 9 tháng đạt 205.600 tấn, bằng 78,5% kế hoạch năm, tăng 2,6% so với cùng kỳ. Năng suất chè bình quân ước đạt 128,3 tạ/ha. Năm 2023, giá trị sản phẩm thu hoạch trên 1 ha chè đạt 285 triệu đồng, tăng 15 triệu đồng so với năm 2022.

Toàn tỉnh có 9.120 ha chè sản xuất theo tiêu chuẩn VietGAP và tương đương, 256 ha chè hữu cơ, 38 ha đạt chứng nhận Rainforest Alliance; 215 sản phẩm chè đạt chuẩn OCOP từ 3 sao trở lên, trong đó 6 sản phẩm đạt 5 sao. Trong 9 tháng, toàn tỉnh trồng mới, trồng lại 512 ha chè bằng giống mới, đạt 85,3% kế hoạch (600 ha). Tỉnh có 178 cơ sở chế biến chè quy mô công nghiệp; kim ngạch xuất khẩu chè quý III/2024 đạt 3,6 triệu USD.

Phấn đấu đến năm 2025, diện tích chè toàn tỉnh đạt 23.000 ha, sản lượng đạt 270.000 tấn, giá trị sản phẩm thu hoạch bình quân đạt 300 triệu đồng/ha.

Lượt đọc: 1.873
"""

ASOF = P("Tính đến 30/9/2024", None, "2024-09-30")
ASOFi = P("Tính đến 30/9/2024", None, "2024-09-30", inh=True)
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt 22.560 ha", "22.560", 22560, "measure", "ha", "diện tích chè", period=ASOF),
    F("kinh doanh 20.980 ha", "20.980", 20980, "measure", "ha", "diện tích chè kinh doanh", total=22560, period=ASOF),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", "diện tích chè", period=ASOF),
    F("Đại Từ (6.780 ha)", "6.780", 6780, "measure", "ha", "diện tích chè", period=ASOFi, loc="Đại Từ"),
    F("Phú Lương (3.940 ha)", "3.940", 3940, "measure", "ha", "diện tích chè", period=ASOFi, loc="Phú Lương"),
    F("Thái Nguyên (3.120 ha)", "3.120", 3120, "measure", "ha", "diện tích chè", period=ASOFi, loc="Thái Nguyên"),
    F("Định Hóa (2.850 ha)", "2.850", 2850, "measure", "ha", "diện tích chè", period=ASOFi, loc="Định Hóa"),
    F("đạt 84.200 tấn", "84.200", 84200, "measure", "tấn", "sản lượng chè búp tươi", period=Q3),
    F("đạt 205.600 tấn", "205.600", 205600, "measure", "tấn", "sản lượng chè búp tươi lũy kế", percent=78.5,
      change=CH("+", 2.6, "%", "cùng kỳ"), period=M9),
    F("ước đạt 128,3 tạ/ha", "128,3", 128.3, "measure", "tạ/ha", "năng suất chè bình quân", status="estimate"),
    F("đạt 285 triệu đồng", "285", 285000000, "money", "đồng/ha", "giá trị sản phẩm thu hoạch trên 1 ha chè",
      change=CH("+", 15000000, "đồng", "năm 2022"), period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("có 9.120 ha", "9.120", 9120, "measure", "ha", "diện tích chè sản xuất theo tiêu chuẩn VietGAP và tương đương"),
    F("256 ha", "256", 256, "measure", "ha", "diện tích chè hữu cơ"),
    F("38 ha", "38", 38, "measure", "ha", "diện tích chè đạt chứng nhận Rainforest Alliance"),
    F("; 215 sản phẩm", "215", 215, "count", "sản phẩm", "sản phẩm chè đạt chuẩn OCOP từ 3 sao trở lên"),
    F("từ 3 sao", "3", 3, "count", "sao", "hạng sao OCOP", opt=True),
    F("trong đó 6 sản phẩm", "6", 6, "count", "sản phẩm", "sản phẩm chè OCOP đạt 5 sao", total=215),
    F("đạt 5 sao", "5", 5, "count", "sao", "hạng sao OCOP", opt=True),
    F("trồng lại 512 ha", "512", 512, "measure", "ha", "diện tích chè trồng mới, trồng lại bằng giống mới", percent=85.3,
      target=TG(600, "ha"), period=M9),
    F("có 178 cơ sở", "178", 178, "count", "cơ sở", "cơ sở chế biến chè quy mô công nghiệp"),
    F("3,6 triệu USD", "3,6", 3600000, "money", "USD", "kim ngạch xuất khẩu chè", period=Q3),
    F("đạt 23.000 ha", "23.000", 23000, "measure", "ha", "diện tích chè", status="target", period=T25),
    F("đạt 270.000 tấn", "270.000", 270000, "measure", "tấn", "sản lượng chè", status="target", period=T25),
    F("300 triệu đồng/ha", "300", 300000000, "money", "đồng/ha", "giá trị sản phẩm thu hoạch bình quân",
      status="target", period=T25),
]

COMMENTS = [
    "Báo Thái Nguyên (Party newspaper): tea area, districts, Q3 and 9-month output, value per ha, certified areas, OCOP,",
    "replanting, processing, exports, 2025 targets. Byline-and-time dateline 'Thu Hằng 07:45, 02/10/2024'; 'Lượt đọc: 1.873' is furniture.",
    "'trên 1 ha' is 'per hectare', not 'over': 285 triệu đồng is exact, unit đồng/ha, and '1 ha' is the rate's denominator (not a figure).",
    "'xếp thứ nhất cả nước' is a rank (1) of the province (location Thái Nguyên), period from 'Tính đến 30/9/2024' in its sentence.",
    "District list items take their district/city as location ('thành phố Thái Nguyên' = Thái Nguyên); period inherited.",
    "'lũy kế 9 tháng' has no year: 2024 from 'Quý III/2024' earlier in the same sentence. 'bằng 78,5% kế hoạch năm' = percent.",
    "'đạt 85,3% kế hoạch (600 ha)': percent and the bracketed plan as target. 'từ 3 sao trở lên' and '5 sao' (OCOP star labels) optional.",
    "Certified areas and the yield state no period (none inherited). 'Phấn đấu đến năm 2025' governs the whole sentence.",
]

build(8, TEXT, FIGS, COMMENTS, published="2024-10-02", location="Thái Nguyên")
