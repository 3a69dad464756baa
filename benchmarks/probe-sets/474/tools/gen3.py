from lib import F, P, CH, TG, build

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN LÝ SƠN
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lý Sơn, ngày 25 tháng 10 năm 2024

BÁO CÁO
Tình hình cung cấp điện, nước sinh hoạt và vận tải khách tuyến Sa Kỳ - Lý Sơn 9 tháng đầu năm 2024

1. Cung cấp điện
Huyện đảo được cấp điện lưới quốc gia từ năm 2014 qua tuyến cáp ngầm 22 kV dài 25,6 km. Tính đến 30/9/2024, có 6.352/6.367 hộ sử dụng điện lưới, đạt 99,76%. Sản lượng điện thương phẩm 9 tháng ước đạt 21,4 triệu kWh, tăng 7,3% so với cùng kỳ; công suất cực đại khoảng 5,8 MW.

2. Cung cấp nước sinh hoạt
Nhà máy lọc nước biển trên đảo Lớn có công suất thiết kế 1.200 m3/ngày đêm, hiện vận hành đạt khoảng 65% công suất. Tỷ lệ hộ dân sử dụng nước sạch đạt 48,5% (chỉ tiêu năm 2024 là 55%). Toàn huyện còn 1.870 hộ dùng nước giếng khoan, trong đó 312 hộ thuộc diện hộ nghèo.

3. Vận tải hành khách
9 tháng, các tàu cao tốc vận chuyển 486.700 lượt khách, bằng 108,2% so với cùng kỳ năm 2023; thực hiện 6.940 chuyến. Khách du lịch đến đảo ước đạt 302.500 lượt, trong đó khách quốc tế 9.860 lượt. Giá vé tàu cao tốc từ 160.000 đến 200.000 đồng/lượt; người dân trên đảo được hỗ trợ 50% giá vé theo Quyết định số 1125/QĐ-UBND ngày 12/7/2023 của UBND tỉnh.

4. Nhiệm vụ quý IV/2024
Phấn đấu tỷ lệ hộ dùng nước sạch đạt 55% vào cuối năm; đón khoảng 70 nghìn lượt khách du lịch.

Nơi nhận:
- UBND tỉnh Quảng Ngãi;
- Sở Công Thương;
- Lưu: VT.
CHỦ TỊCH
Phạm Thị Hương
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9i = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q4i = P("quý IV/2024", "2024-10-01", "2024-12-31", inh=True)

FIGS = [
    F("cáp ngầm 22 kV", "22", "measure", "kV", "cấp điện áp tuyến cáp ngầm", optional=True),
    F("dài 25,6 km", "25,6", "measure", "km", "chiều dài tuyến cáp ngầm"),
    F("có 6.352/6.367 hộ", "6.352", "count", "hộ", "hộ sử dụng điện lưới", total=6367, percent=99.76,
      period=P("Tính đến 30/9/2024", None, "2024-09-30")),
    F("ước đạt 21,4 triệu kWh", "21,4", "measure", "kWh", "sản lượng điện thương phẩm", mult=1e6,
      status="estimate", change=CH("increase", 7.3, baseline="cùng kỳ"), period=M9),
    F("khoảng 5,8 MW", "5,8", "measure", "MW", "công suất cực đại", approx="about", period=M9),
    F("thiết kế 1.200 m3/ngày đêm", "1.200", "measure", "m3/ngày đêm", "công suất thiết kế nhà máy lọc nước biển"),
    F("khoảng 65% công suất", "65", "percent", "%", "mức vận hành nhà máy lọc nước biển so với công suất thiết kế",
      approx="about"),
    F("sạch đạt 48,5%", "48,5", "percent", "%", "tỷ lệ hộ dân sử dụng nước sạch", target=TG(55, met=False), period=M9i),
    F("còn 1.870 hộ", "1.870", "count", "hộ", "hộ dùng nước giếng khoan"),
    F("trong đó 312 hộ", "312", "count", "hộ", "hộ dùng nước giếng khoan thuộc diện hộ nghèo", total=1870),
    F("vận chuyển 486.700 lượt khách", "486.700", "count", "lượt khách", "lượt khách tàu cao tốc vận chuyển",
      percent=108.2, period=M9),
    F("thực hiện 6.940 chuyến", "6.940", "count", "chuyến", "chuyến tàu cao tốc thực hiện", period=M9),
    F("ước đạt 302.500 lượt", "302.500", "count", "lượt", "khách du lịch đến đảo", status="estimate", period=M9i),
    F("khách quốc tế 9.860 lượt", "9.860", "count", "lượt", "khách du lịch quốc tế đến đảo", total=302500,
      status="estimate", period=M9i),
    F("từ 160.000 đến 200.000 đồng/lượt", "160.000", "money", "đồng/lượt", "giá vé tàu cao tốc", value_max=200000),
    F("hỗ trợ 50% giá vé", "50", "percent", "%", "mức hỗ trợ giá vé cho người dân trên đảo"),
    F("đạt 55% vào cuối năm", "55", "percent", "%", "tỷ lệ hộ dùng nước sạch", status="target",
      period=P("cuối năm", None, "2024-12-31")),
    F("khoảng 70 nghìn lượt khách du lịch", "70", "count", "lượt khách du lịch", "khách du lịch", mult=1e3,
      approx="about", status="target", period=Q4i),
]

build("p474-3", TEXT, [
    "Formal report with letterhead (UBND huyện Lý Sơn, Quảng Ngãi, 'Số: 287/BC-UBND'); place-and-date line gives published 2024-10-25.",
    "Island electricity, water supply and speedboat passengers, 9 tháng đầu năm 2024. '6.352/6.367 hộ' total 6367 and percent 99,76;",
    "'bằng 108,2% so với cùng kỳ' is the share attribute of 486.700 (FIGURES.md: the share after 'bằng'); '(chỉ tiêu năm 2024 là 55%)' is",
    "the target of 48,5%. '9 tháng' without year takes 2024. Section 4 heading 'quý IV/2024' gives the last target its period (inherited);",
    "'vào cuối năm' is an as-of end 2024-12-31. '22 kV' is a voltage class: optional. Distractors: document numbers, dates, section numbers, signer.",
], FIGS, published="2024-10-25", location="Lý Sơn")
