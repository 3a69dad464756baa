from lib import F, P, I, CH, TG, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Đô thị

Bắc Giang trồng mới hơn 12 nghìn cây xanh đô thị trong 6 tháng

Cập nhật: 12/07/2024 09:40
Lượt xem: 2.875

Theo báo cáo của Sở Xây dựng, 6 tháng đầu năm 2024, các đô thị trên địa bàn tỉnh đã trồng mới 12.460 cây xanh bóng mát, đạt 62,3% kế hoạch năm, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, TP Bắc Giang trồng 5.210 cây, thị xã Việt Yên 2.340 cây, các thị trấn còn lại 4.910 cây. Các loài cây được trồng chủ yếu là sao đen, long não, bằng lăng, có chiều cao từ 3 m trở lên.

Diện tích đất cây xanh công cộng tại các đô thị hiện đạt khoảng 486 ha; bình quân 5,8 m²/người, cao hơn 0,6 m²/người so với cuối năm 2023. Riêng TP Bắc Giang đạt 7,4 m²/người. Mục tiêu đến năm 2025, diện tích đất cây xanh công cộng bình quân toàn tỉnh đạt từ 7 đến 8 m²/người.

Về chiếu sáng công cộng, toàn tỉnh hiện có 41.520 bộ đèn trên các tuyến đường đô thị, trong đó 29.064 bộ đèn LED, chiếm 70%. Từ đầu năm đến nay, các địa phương đã thay thế 3.150 bộ đèn cao áp bằng đèn LED với tổng kinh phí 18,9 tỷ đồng, giúp tiết kiệm khoảng 1,36 triệu kWh điện mỗi năm.

Thực hiện Quyết định số 1520/QĐ-UBND của UBND tỉnh, trong quý III, Sở Xây dựng sẽ hướng dẫn các địa phương rà soát, thay thế cây xanh sâu bệnh trên Quốc lộ 1A và đường Hùng Vương.

Đường dây nóng: 0204.3854.112
Địa chỉ: Số 82 đường Hùng Vương, TP Bắc Giang
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-12")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 12 nghìn", "12", 12000, "count", "cây", "cây xanh đô thị trồng mới",
      P("trong 6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("trồng mới 12.460 cây", "12.460", 12460, "count", "cây", "cây xanh bóng mát các đô thị trồng mới", H1,
      percent=62.3, change=CH("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("trồng 5.210 cây", "5.210", 5210, "count", "cây", "cây xanh trồng mới", I(H1), total=12460,
      location="TP Bắc Giang"),
    F("Việt Yên 2.340 cây", "2.340", 2340, "count", "cây", "cây xanh trồng mới", I(H1), total=12460,
      location="Việt Yên"),
    F("còn lại 4.910 cây", "4.910", 4910, "count", "cây", "cây xanh trồng mới tại các thị trấn còn lại", I(H1),
      total=12460),
    F("từ 3 m trở lên", "3", 3, "measure", "m", "chiều cao cây trồng", approx="at_least", optional=True),
    F("khoảng 486 ha", "486", 486, "measure", "ha", "diện tích đất cây xanh công cộng tại các đô thị",
      approx="about"),
    F("bình quân 5,8 m²/người", "5,8", 5.8, "measure", "m²/người",
      "diện tích đất cây xanh công cộng bình quân",
      change=CH("increase", 0.6, "m²/người", "cuối năm 2023")),
    F("đạt 7,4 m²/người", "7,4", 7.4, "measure", "m²/người", "diện tích đất cây xanh công cộng bình quân",
      location="TP Bắc Giang"),
    F("từ 7 đến 8", "7", 7, "measure", "m²/người", "diện tích đất cây xanh công cộng bình quân toàn tỉnh", T25,
      value_max=8, status="target"),
    F("có 41.520 bộ đèn", "41.520", 41520, "count", "bộ đèn", "bộ đèn chiếu sáng trên các tuyến đường đô thị"),
    F("29.064 bộ đèn LED", "29.064", 29064, "count", "bộ đèn", "bộ đèn LED", total=41520, percent=70),
    F("thay thế 3.150 bộ", "3.150", 3150, "count", "bộ đèn", "bộ đèn cao áp thay thế bằng đèn LED", YTD),
    F("18,9 tỷ đồng", "18,9", 18.9e9, "money", "đồng", "kinh phí thay thế đèn LED", YTD),
    F("khoảng 1,36 triệu kWh", "1,36", 1.36e6, "measure", "kWh", "điện tiết kiệm mỗi năm", approx="about"),
]

COMMENTS = [
    "Province portal (Bắc Giang): urban trees planted H1/2024, green area per resident, LED street lights.",
    "Breadcrumb, 'Cập nhật: 12/07/2024 09:40' (published), 'Lượt xem: 2.875' (counter, not a figure).",
    "Distractors: Quyết định số 1520/QĐ-UBND, quý III (no figure), Quốc lộ 1A, hotline, address 'Số 82'.",
    "The three district parts after 'Trong đó' add up to 12.460 (total). 'từ 3 m trở lên' is a planting threshold: optional.",
    "Headline 'trong 6 tháng' takes 2024 from the dateline. 'Từ đầu năm đến nay' ends at the dateline.",
    "'1,36 triệu kWh ... mỗi năm' is a yearly saving: no period.",
]

if __name__ == "__main__":
    emit("p589-1", TEXT, COMMENTS, FIGS, published="2024-07-12", location="Bắc Giang")
