"""p767-8: Power-corporation site (EVNSPC) — PC Kiên Giang island communes, year 2023, 2024 targets."""
from lib import fig, per, inh, ch, write

TEXT = """TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM
Tin tức > Hoạt động sản xuất kinh doanh
09/01/2024 08:15

PC Kiên Giang: Điện lưới đến với hơn 9.800 khách hàng các xã đảo

Năm 2023, Công ty Điện lực Kiên Giang (PC Kiên Giang) tiếp tục vận hành an toàn lưới điện cấp cho 4 xã đảo của huyện Kiên Hải và xã đảo Tiên Hải (TP Hà Tiên), với tổng số 9.826 khách hàng, tăng 4,7% so với năm 2022.

Sản lượng điện thương phẩm cấp cho các xã đảo năm 2023 đạt 31,56 triệu kWh, tăng 9,8% so với cùng kỳ; riêng quý IV/2023 đạt 8,12 triệu kWh. Tổn thất điện năng lưới điện các đảo giảm còn 4,35%, thấp hơn 0,6% so với kế hoạch giao.

Trong năm, PC Kiên Giang đầu tư 3 công trình cải tạo, nâng cấp lưới điện trên đảo với tổng giá trị 27,4 tỷ đồng, gồm xây dựng mới 8,6 km đường dây trung áp, 12,3 km đường dây hạ áp và lắp đặt 14 máy biến áp. Thời gian mất điện bình quân của khách hàng (SAIDI) trên các đảo là 412 phút, giảm 96 phút so với năm 2022.

Tuyến cáp ngầm 22kV Hòn Tre - Lại Sơn - An Sơn dài 58,2 km được đóng điện từ tháng 4/2017 và vận hành ổn định đến nay. Trước đây, người dân các xã đảo chỉ có điện diesel với giá từ 4.000 đến 5.000 đồng/kWh; nay được mua điện theo giá bán lẻ như đất liền.

Năm 2024, PC Kiên Giang đặt mục tiêu sản lượng điện thương phẩm cấp cho các xã đảo đạt 34,5 triệu kWh, tổn thất điện năng dưới 4,2%.

Tổng đài chăm sóc khách hàng: 1900 1006 - 1900 9000
Lượt xem: 356
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Q4 = per("quý IV/2023", "2023-10-01", "2023-12-31")
TN = per("Trong năm", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 9.800 khách hàng", "9.800", 9800, "count", "khách hàng", "khách hàng các xã đảo có điện lưới",
        inh(Y23), approx="over"),
    fig("cho 4 xã đảo", "4", 4, "count", "xã đảo", "xã đảo được cấp điện", Y23, location="Kiên Hải"),
    fig("9.826 khách hàng", "9.826", 9826, "count", "khách hàng", "khách hàng các xã đảo", Y23,
        change=ch("increase", 4.7, baseline="năm 2022")),
    fig("đạt 31,56 triệu kWh", "31,56", 31.56e6, "measure", "kWh", "sản lượng điện thương phẩm cấp cho các xã đảo",
        Y23b, change=ch("increase", 9.8, baseline="cùng kỳ")),
    fig("đạt 8,12 triệu kWh", "8,12", 8.12e6, "measure", "kWh", "sản lượng điện thương phẩm cấp cho các xã đảo quý IV",
        Q4),
    fig("còn 4,35%", "4,35", 4.35, "percent", "%", "tổn thất điện năng lưới điện các đảo", inh(Y23b),
        change=ch("decrease", 0.6, baseline="kế hoạch giao")),
    fig("đầu tư 3 công trình", "3", 3, "count", "công trình", "công trình cải tạo, nâng cấp lưới điện trên đảo", TN),
    fig("27,4 tỷ đồng", "27,4", 27.4e9, "money", "đồng", "tổng giá trị công trình cải tạo, nâng cấp lưới điện", TN),
    fig("8,6 km", "8,6", 8.6, "measure", "km", "đường dây trung áp xây dựng mới", TN),
    fig("12,3 km", "12,3", 12.3, "measure", "km", "đường dây hạ áp xây dựng mới", TN),
    fig("14 máy biến áp", "14", 14, "count", "máy biến áp", "máy biến áp lắp đặt", TN),
    fig("là 412 phút", "412", 412, "measure", "phút", "thời gian mất điện bình quân của khách hàng (SAIDI)",
        inh(TN), change=ch("decrease", 96, "phút", baseline="năm 2022")),
    fig("dài 58,2 km", "58,2", 58.2, "measure", "km", "tuyến cáp ngầm Hòn Tre - Lại Sơn - An Sơn"),
    fig("từ 4.000 đến 5.000 đồng/kWh", "4.000", 4000, "money", "đồng/kWh", "giá điện diesel", value_max=5000),
    fig("đạt 34,5 triệu kWh", "34,5", 34.5e6, "measure", "kWh", "sản lượng điện thương phẩm cấp cho các xã đảo", Y24,
        status="target"),
    fig("dưới 4,2%", "4,2", 4.2, "percent", "%", "tổn thất điện năng", Y24, approx="under", status="target"),
]

COMMENTS = [
    "Power-corporation site (EVNSPC), '09/01/2024 08:15' under the breadcrumb, 'Lượt xem: 356' and hotlines in the footer.",
    "Location Kiên Giang by default (the island communes lie in huyện Kiên Hải and TP Hà Tiên); the 4 communes of Kiên Hải",
    "are Kiên Hải's. revised after scoring: the Hòn Tre - Lại Sơn - An Sơn cable back to Kiên Giang (was Kiên Hải): the text",
    "never ties these communes to the district, only world knowledge does (spec: location as the text names or implies it).",
    "'riêng quý IV/2023 đạt 8,12 triệu kWh' is a different period from the year: no total.",
    "'giảm còn 4,35%' is the level (no change); 'thấp hơn 0,6% so với kế hoạch giao' is its change (gap to plan, spec).",
    "'Trong năm' in this yearly article = 2023 (as 'trong tháng' in a monthly report). 'giảm 96 phút so với năm 2022' → change of 412 phút.",
    "'đặt mục tiêu' → target for 34,5 triệu kWh and for 'dưới 4,2%' (continuing clause).",
    "Not figures: '22kV' (line class), 'tháng 4/2017', '1900 1006', '1900 9000', 'Lượt xem: 356', '08:15'.",
]

if __name__ == "__main__":
    write("p767-8", TEXT, COMMENTS, FIGS, published="2024-01-09", location="Kiên Giang")
