from lib import F, P, CH, TG, write

A = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NINH
Tin hoạt động ngành

Quý III/2024: Sản xuất công nghiệp duy trì đà tăng trưởng

Trong quý III/2024, chỉ số sản xuất công nghiệp (IIP) của tỉnh tăng 7,85% so với cùng kỳ, trong đó ngành khai khoáng tăng 5,1%, ngành sản xuất và phân phối điện tăng 12,4%. Tính từ đầu năm đến hết quý III, IIP tăng 6,92%, thấp hơn 1,1 điểm phần trăm so với kịch bản tăng trưởng đề ra.

Sản lượng than sạch 9 tháng đạt 37,2 triệu tấn, bằng 78,3% kế hoạch năm (kế hoạch 47,5 triệu tấn); than tiêu thụ đạt 36,9 triệu tấn, tăng 2,4% so với cùng kỳ. Tính đến 30/9, tồn kho than còn khoảng 2,6 triệu tấn.

Điện sản xuất quý III ước đạt 8,15 tỷ kWh, tăng 13,6%; lũy kế 9 tháng ước đạt 23,4 tỷ kWh, chiếm trên 8% sản lượng điện cả nước. Các nhà máy nhiệt điện Quảng Ninh, Mông Dương 1, Mông Dương 2, Cẩm Phả, Thăng Long vận hành ổn định.

Ở nhóm ngành chế biến, chế tạo, 9 tháng năm 2024 sản xuất xi măng đạt 3,42 triệu tấn; clinker 1,1 triệu tấn; dầu thực vật 452 nghìn tấn; thép ống gần 20 vạn tấn. Đáng chú ý, sản phẩm sợi của các doanh nghiệp FDI tăng gấp 1,5 lần so với cùng kỳ.

Giai đoạn 2021-2025, tỉnh đặt mục tiêu tốc độ tăng trưởng ngành công nghiệp bình quân 10-11%/năm; đến năm 2030, công nghiệp chế biến, chế tạo chiếm 25% GRDP.

Quản trị viên
08/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
N9 = P("9 tháng", "2024-01-01", "2024-09-30")
N9y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

figs = [
    F("tăng 7,85%", "7,85", 7.85, "percent", "%", "chỉ số sản xuất công nghiệp (IIP)", Q3),
    F("khai khoáng tăng 5,1%", "5,1", 5.1, "percent", "%", "IIP ngành khai khoáng", Q3),
    F("phân phối điện tăng 12,4%", "12,4", 12.4, "percent", "%", "IIP ngành sản xuất và phân phối điện", Q3),
    F("IIP tăng 6,92%", "6,92", 6.92, "percent", "%", "IIP",
      P("từ đầu năm đến hết quý III", "2024-01-01", "2024-09-30"),
      change=CH("decrease", 1.1, "kịch bản tăng trưởng đề ra", unit="điểm phần trăm")),
    F("đạt 37,2 triệu tấn", "37,2", 37200000, "measure", "tấn", "sản lượng than sạch", N9,
      percent=78.3, target=TG(47500000, "tấn")),
    F("đạt 36,9 triệu tấn", "36,9", 36900000, "measure", "tấn", "than tiêu thụ", N9,
      change=CH("increase", 2.4, "cùng kỳ")),
    F("khoảng 2,6 triệu tấn", "2,6", 2600000, "measure", "tấn", "tồn kho than", P("Tính đến 30/9", None, "2024-09-30"),
      approx="about"),
    F("ước đạt 8,15 tỷ kWh", "8,15", 8150000000, "measure", "kWh", "điện sản xuất", P("quý III", "2024-07-01", "2024-09-30"),
      change=CH("increase", 13.6), status="estimate"),
    F("ước đạt 23,4 tỷ kWh", "23,4", 23400000000, "measure", "kWh", "điện sản xuất lũy kế", N9, percent=8,
      status="estimate"),
    F("xi măng đạt 3,42 triệu tấn", "3,42", 3420000, "measure", "tấn", "sản xuất xi măng", N9y),
    F("clinker 1,1 triệu tấn", "1,1", 1100000, "measure", "tấn", "sản xuất clinker", N9y),
    F("452 nghìn tấn", "452", 452000, "measure", "tấn", "sản xuất dầu thực vật", N9y),
    F("gần 20 vạn tấn", "20", 200000, "measure", "tấn", "sản xuất thép ống", N9y, approx="nearly"),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "sản phẩm sợi của các doanh nghiệp FDI",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)),
    F("10-11%/năm", "10", 10, "percent", "%", "tốc độ tăng trưởng ngành công nghiệp bình quân",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), value_max=11, status="target"),
    F("chiếm 25% GRDP", "25", 25, "percent", "%", "tỷ trọng công nghiệp chế biến, chế tạo trong GRDP",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

H = """Department site (Sở Công Thương Quảng Ninh), no dateline at the top; the bare date '08/10/2024' after the author line is the article's date.
Q3 2024 industrial production: IIP by branch, coal, electricity, manufacturing products, 2021-2025 and 2030 targets.
'thấp hơn 1,1 điểm phần trăm so với kịch bản tăng trưởng đề ra' is a gap to plan: a change of the 6,92% rate (FIGURES.md 'Result against plan').
'bằng 78,3% kế hoạch năm (kế hoạch 47,5 triệu tấn)': percent 78.3 and target 47,5 triệu tấn of the coal output.
'chiếm trên 8% sản lượng điện cả nước' is the percent of the province's output: location stays Quảng Ninh.
'gần 20 vạn tấn' = 200.000 tấn. 'tăng gấp 1,5 lần so với cùng kỳ' with no base amount stands as a multiple figure.
'10-11%/năm' is a percent range (unit %), status target; 'đến năm 2030 … chiếm 25%' target.
Distractors: plant names 'Mông Dương 1', 'Mông Dương 2', 'nhiệt điện Quảng Ninh'; 'Quý III/2024' in the headline; 'Tính đến 30/9'."""

write("p276-7", A, figs, H, published="2024-10-08", location="Quảng Ninh")
