"""p1210-6: national newspaper: sâm Ngọc Linh under old-growth forest canopy in Nam Trà My (Quảng Nam)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ Sáu, 09/08/2024, 06:00 (GMT+7)

Sâm Ngọc Linh dưới tán rừng già Nam Trà My

Huyện miền núi Nam Trà My (Quảng Nam) hiện có hơn 1.900 ha sâm Ngọc Linh trồng dưới tán rừng nguyên sinh, gấp 2,4 lần năm 2019.

Theo UBND huyện, trong số 10 xã của huyện có 8 xã trồng sâm, với khoảng 6.200 hộ tham gia. Năm 2023, sản lượng sâm củ tươi thu hoạch đạt khoảng 15 tấn, giá trị ước 1.300 tỷ đồng. Sâm củ loại 1 (8-10 củ/kg) được thu mua từ 80 đến 120 triệu đồng/kg, sâm nhỏ khoảng 40 triệu đồng/kg.

Ông Hồ Văn Lâm, 46 tuổi, ở thôn 2, xã Trà Linh, có 1,5 ha sâm trồng ở độ cao trên 1.800 m. Cây sâm phải trồng ít nhất 6 năm mới cho thu hoạch. Năm ngoái, gia đình ông bán 35 kg sâm củ, thu gần 3 tỷ đồng. Ông thuê 4 người trông rẫy, trả 7 triệu đồng/người/tháng.

Để giữ tán rừng che bóng cho sâm, huyện đã giao khoán bảo vệ hơn 12.000 ha rừng cho cộng đồng và hộ gia đình, mức chi trả bình quân 600.000 đồng/ha/năm.

Tại Kon Tum, vùng sâm ở hai huyện Tu Mơ Rông và Đăk Glei cũng đã đạt khoảng 1.000 ha. Cả nước hiện có khoảng 3.000 ha sâm Ngọc Linh.

Quảng Nam đặt mục tiêu đến năm 2030 phát triển 5.000 ha sâm Ngọc Linh dưới tán rừng, trong đó Nam Trà My chiếm 70%. Trong 6 tháng đầu năm, huyện đã trồng thêm 96 ha, dự kiến cả năm đạt 180 ha.

Đắc Thành
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
LAST = per("Năm ngoái", "2023-01-01", "2023-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
H1 = per("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
FY = per("cả năm", "2024-01-01", "2024-12-31")
NTM = "Nam Trà My"
LAM = "gia đình ông Hồ Văn Lâm"

FIGS = [
    fig("hơn 1.900 ha", "1.900", 1900, "measure", "ha", approx="over",
        change=chg("increase", 2.4, "lần", "năm 2019"),
        subject="diện tích sâm Ngọc Linh trồng dưới tán rừng nguyên sinh"),
    fig("số 10 xã", "10", 10, "count", "xã", subject="xã của huyện Nam Trà My"),
    fig("có 8 xã", "8", 8, "count", "xã", total=10, subject="xã trồng sâm"),
    fig("khoảng 6.200 hộ", "6.200", 6200, "count", "hộ", approx="about", subject="hộ tham gia trồng sâm"),
    fig("khoảng 15 tấn", "15", 15, "measure", "tấn", approx="about",
        subject="sản lượng sâm củ tươi thu hoạch", period=Y23),
    fig("ước 1.300 tỷ", "1.300", 1300000000000, "money", "đồng", status="estimate",
        subject="giá trị sản lượng sâm", period=Y23),
    fig("(8-10 củ/kg)", "8", 8, "measure", "củ/kg", value_max=10, optional=True, subject="quy cách sâm củ loại 1"),
    fig("từ 80 đến", "80", 80000000, "money", "đồng/kg", value_max=120000000,
        subject="giá thu mua sâm củ loại 1", period=inh(Y23)),
    fig("khoảng 40 triệu", "40", 40000000, "money", "đồng/kg", approx="about",
        subject="giá thu mua sâm nhỏ", period=inh(Y23)),
    fig("46 tuổi", "46", 46, "measure", "tuổi", optional=True, subject="tuổi ông Hồ Văn Lâm"),
    fig("có 1,5 ha", "1,5", 1.5, "measure", "ha", subject=f"diện tích sâm của {LAM}"),
    fig("trên 1.800 m", "1.800", 1800, "measure", "m", approx="over", optional=True,
        subject="độ cao vườn sâm"),
    fig("ít nhất 6 năm", "6", 6, "measure", "năm", approx="at_least", optional=True,
        subject="thời gian trồng sâm đến thu hoạch"),
    fig("bán 35 kg", "35", 35, "measure", "kg", subject=f"sâm củ {LAM} bán", period=LAST),
    fig("gần 3 tỷ", "3", 3000000000, "money", "đồng", approx="nearly",
        subject=f"tiền thu từ bán sâm của {LAM}", period=LAST),
    fig("thuê 4 người", "4", 4, "count", "người", subject="người được thuê trông rẫy sâm"),
    fig("trả 7 triệu", "7", 7000000, "money", "đồng/người/tháng", subject="tiền công trông rẫy sâm"),
    fig("hơn 12.000 ha", "12.000", 12000, "measure", "ha", approx="over",
        subject="diện tích rừng giao khoán bảo vệ cho cộng đồng và hộ gia đình"),
    fig("600.000 đồng/ha/năm", "600.000", 600000, "money", "đồng/ha/năm",
        subject="mức chi trả bình quân giao khoán bảo vệ rừng"),
    fig("hai huyện", "hai", 2, "count", "huyện", optional=True,
        subject="huyện có vùng sâm Ngọc Linh", location="Kon Tum"),
    fig("khoảng 1.000 ha", "1.000", 1000, "measure", "ha", approx="about",
        subject="diện tích vùng sâm Ngọc Linh", location="Kon Tum"),
    fig("khoảng 3.000 ha", "3.000", 3000, "measure", "ha", approx="about",
        subject="diện tích sâm Ngọc Linh", location="Việt Nam"),
    fig("phát triển 5.000 ha", "5.000", 5000, "measure", "ha", status="target",
        subject="diện tích sâm Ngọc Linh dưới tán rừng", period=TO30, location="Quảng Nam"),
    fig("chiếm 70%", "70", 70, "percent", "%", status="target",
        subject="tỷ lệ diện tích sâm Ngọc Linh dưới tán rừng", period=TO30),
    fig("thêm 96 ha", "96", 96, "measure", "ha", subject="diện tích sâm Ngọc Linh trồng thêm", period=H1),
    fig("đạt 180 ha", "180", 180, "measure", "ha", status="forecast",
        subject="diện tích sâm Ngọc Linh trồng thêm", period=FY),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 09/08/2024, 06:00 (GMT+7)', byline at the end. Default location Nam Trà My (district of Quảng Nam).",
    "Distractors: 06:00, (GMT+7), 'thôn 2', 'năm 2019' (baseline only), 'hai huyện' before two named districts optional (the 1.000 ha is Kon Tum's).",
    "Optional: the grade label '(8-10 củ/kg)', the age '46 tuổi', the altitude 'trên 1.800 m', the crop cycle 'ít nhất 6 năm'.",
    "'gấp 2,4 lần năm 2019' after 1.900 ha → change (lần). '8 xã' of 'trong số 10 xã' → total 10; the 10 itself is a count.",
    "'Năm ngoái' = 2023 (published 2024). Year-less '6 tháng đầu năm' and 'cả năm' take 2024. 'Nam Trà My chiếm 70%' → location Nam Trà My, target.",
    "Prices: the sentence after 'Năm 2023' (inherited). The farm's area, workers and wage have no period.",
]

if __name__ == "__main__":
    write("p1210-6", TEXT, NOTES, FIGS, published="2024-08-09", location="Nam Trà My")
