"""p609-8: Sở Công Thương Quảng Ninh — industrial production quý I/2024: IIP, coal, electricity, cement, yarn, shares by locality."""
from lib import F, P, CH, emit, inh

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NINH
Trang chủ > Tin tức > Công nghiệp
Ngày đăng: 15/04/2024 | Lượt xem: 936

Sản xuất công nghiệp quý I/2024: Điện, than giữ nhịp tăng trưởng

Quý I/2024, chỉ số sản xuất công nghiệp (IIP) toàn tỉnh ước tăng 8,36% so với cùng kỳ năm 2023; giá trị tăng thêm ngành công nghiệp ước đạt 14.582 tỷ đồng, tăng 9,1%. Trong đó, ngành khai khoáng tăng 3,12%; chế biến, chế tạo tăng 12,45%; sản xuất và phân phối điện tăng 15,06%.

Sản lượng than sạch khai thác ước đạt 12,5 triệu tấn, đạt 25,8% kế hoạch năm, bằng 101,2% so với cùng kỳ; than tiêu thụ đạt 11,9 triệu tấn. Sản lượng điện sản xuất đạt 12.750 triệu kWh, tăng 16,4%; xi măng đạt hơn 1,05 triệu tấn; clinker gần 1,4 triệu tấn. Các nhà máy trong Khu công nghiệp Texhong Hải Hà sản xuất 96,5 nghìn tấn sợi, tăng 21,3%.

Giá trị sản xuất công nghiệp tập trung chủ yếu ở các địa phương: Cẩm Phả (31,2%), Hạ Long (27,6%), Uông Bí (12,4%) và Quảng Yên (9,8%).

Chỉ số tồn kho ngành chế biến, chế tạo tại thời điểm 31/3/2024 tăng 4,8% so với cùng thời điểm năm trước. Số lao động làm việc trong các doanh nghiệp công nghiệp khoảng 98.600 người, tăng 1,7%; năng suất khai thác than bình quân đạt 1.180 tấn/người/năm.

Năm 2024, ngành công nghiệp phấn đấu tăng từ 10 đến 11%, sản lượng than đạt 48,5 triệu tấn.

Sở Công Thương Quảng Ninh - Số 2 đường Nguyễn Văn Cừ, phường Hồng Hải, TP Hạ Long. ĐT: 0203.3835.218
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y = P("Năm 2024", "2024-01-01", "2024-12-31")
E = "estimate"

FIGS = [
    F("ước tăng 8,36%", "8,36", 8.36, "percent", "%", "chỉ số sản xuất công nghiệp (IIP) toàn tỉnh", Q1, status=E),
    F("ước đạt 14.582 tỷ đồng", "14.582", 14582000000000, "money", "đồng", "giá trị tăng thêm ngành công nghiệp", Q1,
      change=CH("increase", 9.1), status=E),
    F("khai khoáng tăng 3,12%", "3,12", 3.12, "percent", "%", "ngành khai khoáng", inh(Q1), status=E),
    F("chế tạo tăng 12,45%", "12,45", 12.45, "percent", "%", "chế biến, chế tạo", inh(Q1), status=E),
    F("điện tăng 15,06%", "15,06", 15.06, "percent", "%", "sản xuất và phân phối điện", inh(Q1), status=E),
    F("ước đạt 12,5 triệu tấn", "12,5", 12500000, "measure", "tấn", "sản lượng than sạch khai thác", inh(Q1),
      percent=25.8, status=E),
    F("bằng 101,2%", "101,2", 101.2, "percent", "%", "sản lượng than sạch khai thác so với cùng kỳ", inh(Q1),
      status=E, optional=True),
    F("đạt 11,9 triệu tấn", "11,9", 11900000, "measure", "tấn", "than tiêu thụ", inh(Q1), status=E),
    F("đạt 12.750 triệu kWh", "12.750", 12750000000, "measure", "kWh", "sản lượng điện sản xuất", inh(Q1),
      change=CH("increase", 16.4)),
    F("hơn 1,05 triệu tấn", "1,05", 1050000, "measure", "tấn", "xi măng", inh(Q1), approx="over"),
    F("gần 1,4 triệu tấn", "1,4", 1400000, "measure", "tấn", "clinker", inh(Q1), approx="nearly"),
    F("96,5 nghìn tấn sợi", "96,5", 96500, "measure", "tấn",
      "sợi các nhà máy trong Khu công nghiệp Texhong Hải Hà sản xuất", inh(Q1), change=CH("increase", 21.3)),
    F("Cẩm Phả (31,2%)", "31,2", 31.2, "percent", "%", "giá trị sản xuất công nghiệp", location="Cẩm Phả"),
    F("Hạ Long (27,6%)", "27,6", 27.6, "percent", "%", "giá trị sản xuất công nghiệp", location="Hạ Long"),
    F("Uông Bí (12,4%)", "12,4", 12.4, "percent", "%", "giá trị sản xuất công nghiệp", location="Uông Bí"),
    F("Quảng Yên (9,8%)", "9,8", 9.8, "percent", "%", "giá trị sản xuất công nghiệp", location="Quảng Yên"),
    F("tăng 4,8%", "4,8", 4.8, "percent", "%", "chỉ số tồn kho ngành chế biến, chế tạo",
      P("tại thời điểm 31/3/2024", None, "2024-03-31")),
    F("khoảng 98.600 người", "98.600", 98600, "count", "người",
      "số lao động làm việc trong các doanh nghiệp công nghiệp", approx="about", change=CH("increase", 1.7)),
    F("đạt 1.180 tấn/người/năm", "1.180", 1180, "measure", "tấn/người/năm", "năng suất khai thác than bình quân"),
    F("từ 10 đến 11%", "10", 10, "percent", "%", "ngành công nghiệp", Y, value_max=11, status="target"),
    F("đạt 48,5 triệu tấn", "48,5", 48500000, "measure", "tấn", "sản lượng than", Y, status="target"),
]

COMMENTS = [
    "Sở Công Thương Quảng Ninh site, 'Ngày đăng: 15/04/2024 | Lượt xem: 936': sản xuất công nghiệp quý I/2024.",
    "'đạt 25,8% kế hoạch năm, bằng 101,2% so với cùng kỳ': the first share is the percent of 12,5 triệu tấn, the second an optional",
    "percent figure (FIGURES.md: one of each attribute). 'than tiêu thụ' after ';' continues the 'ước đạt' clause (estimate);",
    "the electricity sentence has no cue (actual). Sector rates after 'Trong đó' are rates, not parts (no total), estimate continues.",
    "Locality shares in brackets: each place (Cẩm Phả, Hạ Long, Uông Bí, Quảng Yên) is the location; no period in that sentence.",
    "'1.180 tấn/người/năm' is a rate: the denominator is part of the unit. 'phấn đấu tăng từ 10 đến 11%' → target range.",
    "Not figures: 'Lượt xem: 936', 'quý I/2024' in the headline, 'Số 2 đường Nguyễn Văn Cừ', phone, 'Texhong Hải Hà'.",
]

if __name__ == "__main__":
    emit("p609-8", TEXT, COMMENTS, FIGS, published="2024-04-15", location="Quảng Ninh")
