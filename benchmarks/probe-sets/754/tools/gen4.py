from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt
Ngày đăng: 05/02/2024 | Lượt xem: 1.278

Xuất khẩu ca cao và sô-cô-la năm 2023 đạt 186,4 triệu USD

Theo Cục Trồng trọt, năm 2023 cả nước có khoảng 6.150 ha ca cao, giảm 3,5% so với năm 2022, trong đó diện tích cho thu hoạch khoảng 4.900 ha; sản lượng hạt khô đạt 5.320 tấn. Các tỉnh có diện tích lớn là Đắk Lắk (2.640 ha), Tiền Giang (1.140 ha), Bến Tre (1.050 ha) và Bà Rịa - Vũng Tàu (580 ha). Sản lượng của Đắk Lắk và Tiền Giang lần lượt là 3.420 tấn và 760 tấn.

Kim ngạch xuất khẩu ca cao và các sản phẩm từ ca cao cả năm đạt 186,4 triệu USD, tăng 12,3% so với năm 2022; trong đó sô-cô-la và chế phẩm chứa ca cao đạt 74,8 triệu USD, chiếm 40,1%. Các thị trường chính là Nhật Bản, Hoa Kỳ và Hàn Quốc. Ở chiều ngược lại, nhập khẩu hạt ca cao nguyên liệu đạt 41.250 tấn, trị giá 131,7 triệu USD, chủ yếu từ Bờ Biển Ngà và Ghana.

Cả nước hiện có 23 doanh nghiệp chế biến sô-cô-la và bột ca cao, trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài. Giá hạt ca cao lên men trong nước tháng 1/2024 bình quân 168.000 đồng/kg, tăng 95% so với tháng 1/2023.

Theo định hướng phát triển cây ca cao được nêu tại Hội nghị ngày 26/01/2024, đến năm 2030 cả nước phấn đấu đạt 10.000 ha ca cao, năng suất bình quân 1,8-2 tấn/ha, tỷ lệ hạt lên men trên 80%. Bộ đề nghị các địa phương chọn các dòng TD6, TD10, TD14 có năng suất cao để trồng mới.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.6521
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
VN = "Việt Nam"

FIGS = [
    F("đạt 186,4 triệu USD\n", "186,4", 186400000, "money", "USD", "xuất khẩu ca cao và sô-cô-la",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("khoảng 6.150 ha", "6.150", 6150, "measure", "ha", "diện tích ca cao", Y23, approx="about",
      change=CH("decrease", 3.5, "%", "năm 2022")),
    F("khoảng 4.900 ha", "4.900", 4900, "measure", "ha", "diện tích ca cao cho thu hoạch", Y23, approx="about",
      total=6150),
    F("đạt 5.320 tấn", "5.320", 5320, "measure", "tấn", "sản lượng hạt ca cao khô", Y23),
    F("Đắk Lắk (2.640 ha)", "2.640", 2640, "measure", "ha", "diện tích ca cao", I(Y23), location="Đắk Lắk"),
    F("Tiền Giang (1.140 ha)", "1.140", 1140, "measure", "ha", "diện tích ca cao", I(Y23), location="Tiền Giang"),
    F("Bến Tre (1.050 ha)", "1.050", 1050, "measure", "ha", "diện tích ca cao", I(Y23), location="Bến Tre"),
    F("Vũng Tàu (580 ha)", "580", 580, "measure", "ha", "diện tích ca cao", I(Y23), location="Bà Rịa - Vũng Tàu"),
    F("là 3.420 tấn", "3.420", 3420, "measure", "tấn", "sản lượng ca cao", I(Y23), location="Đắk Lắk"),
    F("và 760 tấn", "760", 760, "measure", "tấn", "sản lượng ca cao", I(Y23), location="Tiền Giang"),
    F("đạt 186,4 triệu USD,", "186,4", 186400000, "money", "USD",
      "kim ngạch xuất khẩu ca cao và các sản phẩm từ ca cao", P("cả năm", "2023-01-01", "2023-12-31"),
      change=CH("increase", 12.3, "%", "năm 2022")),
    F("đạt 74,8 triệu", "74,8", 74800000, "money", "USD", "kim ngạch xuất khẩu sô-cô-la và chế phẩm chứa ca cao",
      P("cả năm", "2023-01-01", "2023-12-31"), total=186400000, percent=40.1),
    F("đạt 41.250 tấn", "41.250", 41250, "measure", "tấn", "nhập khẩu hạt ca cao nguyên liệu", I(Y23)),
    F("giá 131,7 triệu", "131,7", 131700000, "money", "USD", "trị giá nhập khẩu hạt ca cao nguyên liệu", I(Y23)),
    F("có 23 doanh nghiệp", "23", 23, "count", "doanh nghiệp", "doanh nghiệp chế biến sô-cô-la và bột ca cao"),
    F("đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp chế biến sô-cô-la và bột ca cao có vốn đầu tư nước ngoài",
      total=23),
    F("quân 168.000", "168.000", 168000, "money", "đồng/kg", "giá hạt ca cao lên men trong nước bình quân",
      P("tháng 1/2024", "2024-01-01", "2024-01-31"), change=CH("increase", 95, "%", "tháng 1/2023")),
    F("đạt 10.000 ha", "10.000", 10000, "measure", "ha", "diện tích ca cao", T30, status="target"),
    F("quân 1,8-2 tấn", "1,8", 1.8, "measure", "tấn/ha", "năng suất ca cao bình quân", T30, value_max=2,
      status="target"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ hạt ca cao lên men", T30, approx="over", status="target"),
]
for f in FIGS:
    f.setdefault("location", VN)

COMMENTS = [
    "p754-4: ministry site (Bộ NN&PTNT), 'Ngày đăng: 05/02/2024 | Lượt xem: 1.278': national cocoa area, output, trade 2023, 2030 targets.",
    "Distractors: Lượt xem 1.278, 'Hội nghị ngày 26/01/2024', clone names TD6/TD10/TD14, address Số 2 Ngọc Hà, phone.",
    "National figures: Việt Nam; province list items (own sentence after the whole, not a cue, not adding up): location = province, no total.",
    "Export markets and origin countries (Nhật Bản, Hoa Kỳ, Bờ Biển Ngà, Ghana) are trade partners, not places.",
    "'trị giá 131,7 triệu USD' after the import volume is a money figure of its own (not a share/change).",
    "'cả năm' in the export sentence takes 2023 from the lead. Headline export figure: 'năm 2023' in the headline, scored.",
]

emit("p754-4", TEXT, COMMENTS, FIGS, published="2024-02-05")
