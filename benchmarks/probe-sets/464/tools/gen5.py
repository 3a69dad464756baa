from lib import emit, F, P, ch
TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Thủy sản
Ngày đăng: 22/11/2023

Nuôi cá lồng trên hồ chứa: dư địa còn lớn

Sáng 21/11, tại thành phố Hòa Bình, Cục Thủy sản tổ chức hội nghị đánh giá kết quả phát triển nuôi trồng thủy sản trên hồ chứa.

Theo báo cáo tại hội nghị, cả nước hiện có khoảng 7.000 hồ chứa thủy lợi, thủy điện với tổng diện tích mặt nước trên 500.000 ha, trong đó có 26 hồ chứa lớn diện tích trên 5.000 ha. Tính đến hết tháng 10/2023, cả nước có 31.500 lồng nuôi cá trên hồ chứa, tổng thể tích gần 4,2 triệu m³; sản lượng 10 tháng năm 2023 ước đạt 92.000 tấn, tăng 7,5% so với cùng kỳ năm 2022.

Các địa phương có số lồng lớn nhất gồm Sơn La (12.100 lồng), Hòa Bình (5.300 lồng), Tuyên Quang (2.450 lồng) và Lai Châu (1.520 lồng). Số lồng của 4 tỉnh này chiếm 67,8% tổng số lồng cả nước; Sơn La giữ vị trí thứ nhất, Hòa Bình xếp thứ 2.

Giá trị sản xuất nuôi cá lồng trên hồ chứa năm 2022 đạt khoảng 4.600 tỷ đồng. Nhiều hợp tác xã có doanh thu trên 10 tỷ đồng/năm; thu nhập của người lao động từ 6 đến 9 triệu đồng/tháng.

Tuy nhiên, cá chết do thời tiết vẫn là rủi ro lớn. Từ đầu năm đến nay, các địa phương báo cáo khoảng 310 tấn cá lồng bị chết, tập trung trong các đợt nắng nóng tháng 5, tháng 6 và rét đậm đầu năm. Hiện chỉ khoảng 15% số hộ nuôi mua bảo hiểm.

Theo Quyết định số 339/QĐ-TTg phê duyệt Chiến lược phát triển thủy sản Việt Nam đến năm 2030, tầm nhìn đến năm 2045, đến năm 2025 thể tích lồng nuôi trên hồ chứa đạt 6 triệu m³, sản lượng 120.000 tấn; đến năm 2030 đạt 10 triệu m³ và 200.000 tấn, trong đó các loài cá đặc sản chiếm từ 25 đến 30% sản lượng.

Thứ trưởng Phùng Đức Tiến đề nghị các địa phương không phát triển lồng bè vượt sức tải của từng hồ.

Bích Ngọc (Trung tâm Tin học và Thống kê)
"""
asof = P("Tính đến hết tháng 10/2023", None, "2023-10-31")
asof_i = P("Tính đến hết tháng 10/2023", None, "2023-10-31", inherited=True)
m10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
ytd = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-22")
e25 = P("đến năm 2025", None, "2025-12-31")
e30 = P("đến năm 2030", None, "2030-12-31")
FIGS = [
    F("khoảng 7.000 hồ chứa", "7.000", 7000, "count", "hồ chứa", "hồ chứa thủy lợi, thủy điện", approx="about"),
    F("trên 500.000 ha", "500.000", 500000, "measure", "ha", "tổng diện tích mặt nước", approx="over"),
    F("có 26 hồ chứa", "26", 26, "count", "hồ chứa", "hồ chứa lớn", total=7000),
    F("diện tích trên 5.000 ha", "5.000", 5000, "measure", "ha", "diện tích hồ chứa lớn", approx="over", optional=True),
    F("có 31.500 lồng", "31.500", 31500, "count", "lồng", "lồng nuôi cá trên hồ chứa", period=asof),
    F("gần 4,2 triệu m³", "4,2", 4200000, "measure", "m³", "tổng thể tích lồng nuôi", approx="nearly", period=asof),
    F("ước đạt 92.000 tấn", "92.000", 92000, "measure", "tấn", "sản lượng cá lồng trên hồ chứa", status="estimate",
      change=ch("increase", 7.5, "%", "cùng kỳ năm 2022"), period=m10),
    F("Sơn La (12.100 lồng)", "12.100", 12100, "count", "lồng", "số lồng", location="Sơn La", period=asof_i),
    F("Hòa Bình (5.300 lồng)", "5.300", 5300, "count", "lồng", "số lồng", location="Hòa Bình", period=asof_i),
    F("Tuyên Quang (2.450 lồng)", "2.450", 2450, "count", "lồng", "số lồng", location="Tuyên Quang", period=asof_i),
    F("Lai Châu (1.520 lồng)", "1.520", 1520, "count", "lồng", "số lồng", location="Lai Châu", period=asof_i),
    F("của 4 tỉnh này", "4", 4, "count", "tỉnh", "tỉnh có số lồng lớn nhất", optional=True),
    F("chiếm 67,8%", "67,8", 67.8, "percent", "%", "số lồng của 4 tỉnh trong tổng số lồng cả nước", period=asof_i),
    F("vị trí thứ nhất", "nhất", 1, "rank", "hạng", "số lồng", location="Sơn La"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "số lồng", location="Hòa Bình"),
    F("khoảng 4.600 tỷ đồng", "4.600", 4600000000000, "money", "đồng", "giá trị sản xuất nuôi cá lồng trên hồ chứa",
      approx="about", period=P("năm 2022", "2022-01-01", "2022-12-31")),
    F("trên 10 tỷ đồng/năm", "10", 10000000000, "money", "đồng/năm", "doanh thu của nhiều hợp tác xã", approx="over",
      optional=True),
    F("từ 6 đến 9 triệu đồng/tháng", "6", 6000000, "money", "đồng/tháng", "thu nhập của người lao động",
      value_max=9000000),
    F("khoảng 310 tấn", "310", 310, "measure", "tấn", "cá lồng bị chết", approx="about", period=ytd),
    F("khoảng 15% số hộ", "15", 15, "percent", "%", "hộ nuôi mua bảo hiểm", approx="about"),
    F("đạt 6 triệu m³", "6", 6000000, "measure", "m³", "thể tích lồng nuôi trên hồ chứa", status="target", period=e25),
    F("sản lượng 120.000 tấn", "120.000", 120000, "measure", "tấn", "sản lượng", status="target", period=e25),
    F("đạt 10 triệu m³", "10", 10000000, "measure", "m³", "thể tích lồng nuôi trên hồ chứa", status="target", period=e30),
    F("và 200.000 tấn", "200.000", 200000, "measure", "tấn", "sản lượng", status="target", period=e30),
    F("từ 25 đến 30%", "25", 25, "percent", "%", "tỷ trọng các loài cá đặc sản trong sản lượng", value_max=30,
      status="target", period=e30),
]
COMMENTS = [
    "Bộ NN&PTNT (ministry site): national picture of cage fish farming on reservoirs (hồ chứa), hội nghị of Cục Thủy sản, Nov 2023.",
    "'Ngày đăng: 22/11/2023' gives `published`. National figures: location Việt Nam; provinces in the list go to location.",
    "Distractors: 'Sáng 21/11' (date), venue 'tại thành phố Hòa Bình' (not the figures' place), Quyết định số 339/QĐ-TTg, 'tầm nhìn đến",
    "năm 2045' (a name of the strategy), 'tháng 5, tháng 6' (months), a person's name.",
    "'26 hồ chứa lớn' follows 'trong đó' after '7.000 hồ chứa': total 7000. Thresholds 'trên 5.000 ha', 'doanh thu trên 10 tỷ",
    "đồng/năm' (of 'nhiều hợp tác xã') and the list head '4 tỉnh' are optional. The list 'gồm' follows no figure, so no total.",
    "'67,8%' stands as its own share (its sentence's subject is the provinces' cages): a percent figure. Ranks 'thứ nhất', 'thứ 2'.",
    "'Từ đầu năm đến nay' runs to the dateline; 'Hiện … 15% số hộ' has no period. Targets 'đến năm 2025/2030 … đạt' have end-only periods;",
    "'chiếm từ 25 đến 30%' is a percent range target of its own (no base amount for the species).",
]
emit(5, TEXT, COMMENTS, FIGS, published="2023-11-22", location="Việt Nam")
