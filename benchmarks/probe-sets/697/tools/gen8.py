"""p697-8: Tổng công ty Điện lực miền Nam site, PC Đồng Nai, electricity for EV charging, 7 months of 2024."""
from lib import F, P, I, CH, emit

TEXT = """TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM
Tin tức > Hoạt động sản xuất kinh doanh

PC Đồng Nai: sản lượng điện sạc xe điện 7 tháng tăng 2,3 lần
22/08/2024 | 15:20

Theo Công ty Điện lực Đồng Nai, 7 tháng đầu năm 2024, sản lượng điện thương phẩm cấp cho các trạm sạc xe điện trên địa bàn tỉnh đạt 18,6 triệu kWh, tăng 2,3 lần so với cùng kỳ năm 2023, chiếm 0,17% tổng sản lượng điện thương phẩm toàn tỉnh.

Tính đến ngày 31/7/2024, ngành điện đã cấp điện cho 642 trạm sạc (tăng 205 trạm so với cuối năm 2023), tổng công suất đăng ký 96,4 MW; trong đó 38 trạm sạc nhanh công suất lớn đấu nối trực tiếp lưới trung áp 22 kV. Các trạm sạc tập trung tại TP. Biên Hòa (287 trạm), TP. Long Khánh (64 trạm), huyện Trảng Bom (58 trạm) và huyện Nhơn Trạch (52 trạm).

Giá bán điện cho trạm sạc áp dụng theo giá kinh doanh: giờ bình thường 2.870 đồng/kWh, giờ cao điểm 5.025 đồng/kWh và giờ thấp điểm 1.746 đồng/kWh (chưa gồm thuế GTGT).

Năm 2024, PC Đồng Nai bố trí 145 tỷ đồng cải tạo, nâng cấp lưới điện phục vụ hạ tầng sạc; đến nay đã giải ngân 83,2 tỷ đồng, đạt 57,4% kế hoạch vốn. Thời gian cấp điện bình quân cho một trạm sạc giảm còn 3,5 ngày làm việc, nhanh hơn 1,5 ngày so với năm 2023.

Dự báo đến cuối năm 2024, sản lượng điện sạc xe điện toàn tỉnh đạt khoảng 33 triệu kWh, số trạm sạc lên hơn 800 trạm.

Tổng đài chăm sóc khách hàng: 1900 9000. Địa chỉ: Số 48 đường Cách Mạng Tháng Tám, phường Quyết Thắng, TP. Biên Hòa.
"""

M7H = P("7 tháng", "2024-01-01", "2024-07-31")
M7 = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
ASOF = P("Tính đến ngày 31/7/2024", end="2024-07-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
END = P("đến cuối năm 2024", end="2024-12-31")

FIGS = [
    F("7 tháng tăng 2,3 lần", "2,3", 2.3, "multiple", "lần", "sản lượng điện sạc xe điện", M7H),
    F("đạt 18,6 triệu kWh", "18,6", 18600000, "measure", "kWh",
      "sản lượng điện thương phẩm cấp cho các trạm sạc xe điện", M7, percent=0.17,
      change=CH("increase", 2.3, "lần", "cùng kỳ năm 2023")),
    F("cho 642 trạm sạc", "642", 642, "count", "trạm sạc", "trạm sạc được cấp điện", ASOF,
      change=CH("increase", 205, "trạm", "cuối năm 2023")),
    F("đăng ký 96,4 MW", "96,4", 96.4, "measure", "MW", "tổng công suất đăng ký của trạm sạc", ASOF),
    F("trong đó 38 trạm", "38", 38, "count", "trạm sạc nhanh", "trạm sạc nhanh công suất lớn", ASOF, total=642),
    F("trung áp 22 kV", "22", 22, "measure", "kV", "cấp điện áp lưới trung áp", optional=True),
    F("Biên Hòa (287 trạm)", "287", 287, "count", "trạm", "trạm sạc", I(ASOF), location="Biên Hòa"),
    F("Long Khánh (64 trạm)", "64", 64, "count", "trạm", "trạm sạc", I(ASOF), location="Long Khánh"),
    F("Trảng Bom (58 trạm)", "58", 58, "count", "trạm", "trạm sạc", I(ASOF), location="Trảng Bom"),
    F("Nhơn Trạch (52 trạm)", "52", 52, "count", "trạm", "trạm sạc", I(ASOF), location="Nhơn Trạch"),
    F("bình thường 2.870 đồng/kWh", "2.870", 2870, "money", "đồng/kWh", "giá bán điện cho trạm sạc giờ bình thường"),
    F("cao điểm 5.025 đồng/kWh", "5.025", 5025, "money", "đồng/kWh", "giá bán điện cho trạm sạc giờ cao điểm"),
    F("thấp điểm 1.746 đồng/kWh", "1.746", 1746, "money", "đồng/kWh", "giá bán điện cho trạm sạc giờ thấp điểm"),
    F("bố trí 145 tỷ đồng", "145", 145000000000, "money", "đồng", "vốn cải tạo, nâng cấp lưới điện phục vụ hạ tầng sạc",
      Y24),
    F("giải ngân 83,2 tỷ đồng", "83,2", 83200000000, "money", "đồng", "vốn giải ngân", I(Y24), percent=57.4),
    F("còn 3,5 ngày", "3,5", 3.5, "measure", "ngày làm việc", "thời gian cấp điện bình quân cho một trạm sạc",
      change=CH("decrease", 1.5, "ngày", "năm 2023")),
    F("khoảng 33 triệu kWh", "33", 33000000, "measure", "kWh", "sản lượng điện sạc xe điện", END, approx="about",
      status="forecast"),
    F("hơn 800 trạm", "800", 800, "count", "trạm", "trạm sạc", END, approx="over", status="forecast"),
]

COMMENTS = [
    "EVNSPC site, PC Đồng Nai: điện thương phẩm cấp cho trạm sạc 7 tháng 2024, trạm sạc tính đến 31/7/2024, giá điện, vốn lưới, forecast.",
    "Dateline '22/08/2024 | 15:20' below the headline (published). The headline's 'tăng 2,3 lần' stands alone as the claim: a multiple;",
    "in the body it is the change of 18,6 triệu kWh. '(tăng 205 trạm so với cuối năm 2023)' is the change of 642 trạm. '22 kV' names the",
    "grid voltage class (optional). 'giảm còn 3,5 ngày' = falls to 3,5 (the figure); 'nhanh hơn 1,5 ngày so với năm 2023' is its change",
    "(a decrease of the time). '83,2 tỷ … đạt 57,4% kế hoạch vốn': percent. Distractors: 1900 9000, Số 48, 'Cách Mạng Tháng Tám'.",
    "'đến nay' shares its sentence with 'Năm 2024' (period inherited only). 'Dự báo' governs both 2024 year-end figures.",
]

if __name__ == "__main__":
    emit("p697-8", TEXT, COMMENTS, FIGS, published="2024-08-22", location="Đồng Nai")
