"""p547-8: Cục Thống kê Kiên Giang site, crop production 6 tháng đầu năm 2024."""
from lib import F, P, I, Y, CH, emit

TEXT = """CỤC THỐNG KÊ TỈNH KIÊN GIANG
Trang chủ > Tình hình kinh tế - xã hội > Nông, lâm nghiệp và thủy sản
Ngày cập nhật 28/06/2024

Sản xuất nông nghiệp 6 tháng đầu năm 2024: lúa Đông Xuân đạt năng suất cao nhất từ trước đến nay

Tổng diện tích gieo trồng cây hàng năm 6 tháng đầu năm 2024 ước đạt 548.312,5 ha, giảm 0,8% so với cùng kỳ năm 2023; trong đó cây lúa 517.640,2 ha, chiếm 94,4%; cây ngô 1.205,3 ha; rau, đậu các loại 11.870,6 ha.

Vụ lúa Đông Xuân 2023-2024, 15/15 huyện, thành phố đã thu hoạch dứt điểm 289.650 ha; năng suất bình quân đạt 72,8 tạ/ha, tăng 1,1 tạ/ha so với vụ Đông Xuân 2022-2023, là mức cao nhất từ trước đến nay. Sản lượng lúa thu hoạch 6 tháng đầu năm ước đạt 2.108,7 nghìn tấn, tăng 2,4% so với cùng kỳ. Với kết quả này, Kiên Giang tiếp tục đứng thứ nhất cả nước về sản lượng lúa.

Vụ Hè Thu 2024, tính đến ngày 15/6/2024, toàn tỉnh đã xuống giống 227.990 ha, đạt 96,3% kế hoạch; trong đó huyện Giồng Riềng 38.420 ha, Gò Quao 31.150 ha, An Biên 24.670 ha. Trà lúa phần lớn đang ở giai đoạn đẻ nhánh - làm đòng, sinh trưởng tốt; diện tích nhiễm rầy nâu khoảng 2.350 ha, giảm 18,5% so với cùng kỳ.

Giá lúa bình quân quý II/2024 đạt 8.150 đồng/kg, tăng 11,2% so với quý II/2023. Sản lượng khóm (dứa) quý II ước đạt 42.300 tấn, tăng 3,6%.

Dự báo sản lượng lúa cả năm 2024 đạt khoảng 4,35 triệu tấn.

Cục Thống kê tỉnh Kiên Giang - số 1 Nguyễn Công Trứ, phường Vĩnh Thanh Vân, TP. Rạch Giá. ĐT: 0297.3862.155
"""

COMMENTS = [
    "Provincial statistics office site (Cục Thống kê Kiên Giang): annual crops and rice 6 tháng đầu năm 2024, Hè Thu sowing by district,",
    "quarterly price and pineapple output, full-year forecast. 'Ngày cập nhật 28/06/2024' gives published.",
    "Vietnamese decimals with thousands groups (548.312,5), 'nghìn tấn' (2.108,7 nghìn tấn = 2.108.700 tấn), '15/15' (total), 'thứ nhất' (rank 1).",
    "'ước đạt' heads the first sentence: the parts after 'trong đó' are estimates too and take 548.312,5 ha as total; the district parts of",
    "227.990 ha take it as total and their district as location; their as-of period is stated in the same sentence (scored).",
    "'tăng 3,6%' with no baseline is still the change of 42.300 tấn. 'Dự báo' → forecast. 'vụ Đông Xuân 2023-2024' gives no period.",
    "Not figures: address 'số 1 Nguyễn Công Trứ', phone, 'quý II/2023' as a baseline, '2022-2023' season name.",
]

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 15/6/2024", None, "2024-06-15")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    F("ước đạt 548.312,5 ha", "548.312,5", 548312.5, "measure", "ha",
      "tổng diện tích gieo trồng cây hàng năm", H1,
      change=CH("decrease", 0.8, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("cây lúa 517.640,2 ha", "517.640,2", 517640.2, "measure", "ha",
      "diện tích gieo trồng cây lúa", H1, total=548312.5, percent=94.4, status="estimate"),
    F("cây ngô 1.205,3 ha", "1.205,3", 1205.3, "measure", "ha",
      "diện tích gieo trồng cây ngô", H1, total=548312.5, status="estimate"),
    F("11.870,6 ha", "11.870,6", 11870.6, "measure", "ha",
      "diện tích gieo trồng rau, đậu các loại", H1, total=548312.5, status="estimate"),
    F("15/15 huyện", "15", 15, "count", "huyện, thành phố",
      "huyện, thành phố đã thu hoạch dứt điểm lúa Đông Xuân", total=15),
    F("dứt điểm 289.650 ha", "289.650", 289650, "measure", "ha",
      "diện tích lúa Đông Xuân 2023-2024 thu hoạch"),
    F("đạt 72,8 tạ/ha", "72,8", 72.8, "measure", "tạ/ha",
      "năng suất lúa Đông Xuân bình quân",
      change=CH("increase", 1.1, "tạ/ha", "vụ Đông Xuân 2022-2023")),
    F("2.108,7 nghìn tấn", "2.108,7", 2108700, "measure", "tấn",
      "sản lượng lúa thu hoạch", P("6 tháng đầu năm", "2024-01-01", "2024-06-30"),
      change=CH("increase", 2.4, "%", "cùng kỳ"), status="estimate"),
    F("đứng thứ nhất cả nước", "nhất", 1, "rank", "hạng",
      "xếp hạng cả nước về sản lượng lúa"),
    F("xuống giống 227.990 ha", "227.990", 227990, "measure", "ha",
      "diện tích lúa Hè Thu xuống giống", ASOF, percent=96.3),
    F("Giồng Riềng 38.420 ha", "38.420", 38420, "measure", "ha",
      "diện tích lúa Hè Thu xuống giống", ASOF, total=227990, location="Giồng Riềng"),
    F("Gò Quao 31.150 ha", "31.150", 31150, "measure", "ha",
      "diện tích lúa Hè Thu xuống giống", ASOF, total=227990, location="Gò Quao"),
    F("An Biên 24.670 ha", "24.670", 24670, "measure", "ha",
      "diện tích lúa Hè Thu xuống giống", ASOF, total=227990, location="An Biên"),
    F("khoảng 2.350 ha", "2.350", 2350, "measure", "ha",
      "diện tích lúa nhiễm rầy nâu", approx="about",
      change=CH("decrease", 18.5, "%", "cùng kỳ")),
    F("đạt 8.150 đồng/kg", "8.150", 8150, "money", "đồng/kg",
      "giá lúa bình quân", Q2, change=CH("increase", 11.2, "%", "quý II/2023")),
    F("ước đạt 42.300 tấn", "42.300", 42300, "measure", "tấn",
      "sản lượng khóm (dứa)", P("quý II", "2024-04-01", "2024-06-30"),
      change=CH("increase", 3.6, "%"), status="estimate"),
    F("khoảng 4,35 triệu tấn", "4,35", 4350000, "measure", "tấn",
      "sản lượng lúa cả năm", Y(2024, "cả năm 2024"), approx="about", status="forecast"),
]

if __name__ == "__main__":
    emit("p547-8", TEXT, COMMENTS, FIGS, published="2024-06-28", location="Kiên Giang")
