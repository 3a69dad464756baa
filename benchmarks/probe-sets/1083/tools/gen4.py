"""p1083-4: Bộ NN&PTNT site, national peach/kumquat area for Tết Quý Mão (2023)."""
from lib import F, write, year, period, change, target

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt
Cả nước có khoảng 8.500 ha đào, quất phục vụ Tết Quý Mão
Ngày đăng: 10/01/2023 | Lượt xem: 1.127

Theo Cục Trồng trọt, vụ Tết Quý Mão 2023, diện tích đào, quất và cây cảnh phục vụ Tết của cả nước ước khoảng 8.500 ha, tăng 3,5% so với năm 2022; trong đó đào khoảng 4.300 ha, quất khoảng 2.900 ha.

Các địa phương có diện tích đào lớn gồm Hà Nội (khoảng 1.150 ha), Lạng Sơn (1.080 ha), Hưng Yên (420 ha), Hải Phòng (380 ha) và Sơn La (350 ha). Quất được trồng nhiều nhất ở Hà Nội, Hưng Yên và Nam Định, lần lượt đạt 850 ha, 310 ha và 290 ha.

Giá đào, quất Tết Quý Mão dự báo tăng nhẹ từ 5-7% do chi phí vật tư, phân bón, nhân công tăng. Tổng giá trị tiêu thụ đào, quất và cây cảnh dịp Tết ước đạt trên 9.600 tỷ đồng, bình quân khoảng 1,13 tỷ đồng/ha.

Thực hiện Quyết định số 1243/QĐ-BNN-TT, Cục Trồng trọt đề nghị các địa phương hướng dẫn nông dân điều khiển ra hoa đúng thời điểm, phấn đấu tỷ lệ đào nở hoa đúng dịp Tết đạt trên 85%. Đến năm 2025, mục tiêu cả nước có 25 vùng trồng đào, quất được cấp mã số vùng trồng; hiện mới có 11 vùng, trong đó 4 vùng được cấp trong quý IV/2022.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. ĐT: 024.3823.4651
"""

PEACH = "diện tích đào"
KUMQ = "diện tích quất"
FIGS = [
    F("Cả nước có khoảng 8.500 ha", "8.500", 8500, "measure", "ha", "diện tích đào, quất phục vụ Tết",
      approx="about"),
    F("ước khoảng 8.500 ha", "8.500", 8500, "measure", "ha", "diện tích đào, quất và cây cảnh phục vụ Tết",
      approx="about", change=change("increase", 3.5, "%", "năm 2022"), status="estimate"),
    F("đào khoảng 4.300 ha", "4.300", 4300, "measure", "ha", PEACH, approx="about", total=8500,
      status="estimate"),
    F("quất khoảng 2.900 ha", "2.900", 2900, "measure", "ha", KUMQ, approx="about", total=8500,
      status="estimate"),
    F("Hà Nội (khoảng 1.150 ha)", "1.150", 1150, "measure", "ha", PEACH, approx="about", location="Hà Nội"),
    F("Lạng Sơn (1.080 ha)", "1.080", 1080, "measure", "ha", PEACH, location="Lạng Sơn"),
    F("Hưng Yên (420 ha)", "420", 420, "measure", "ha", PEACH, location="Hưng Yên"),
    F("Hải Phòng (380 ha)", "380", 380, "measure", "ha", PEACH, location="Hải Phòng"),
    F("Sơn La (350 ha)", "350", 350, "measure", "ha", PEACH, location="Sơn La"),
    F("lần lượt đạt 850 ha", "850", 850, "measure", "ha", KUMQ, location="Hà Nội"),
    F("850 ha, 310 ha", "310", 310, "measure", "ha", KUMQ, location="Hưng Yên"),
    F("310 ha và 290 ha", "290", 290, "measure", "ha", KUMQ, location="Nam Định"),
    F("từ 5-7%", "5", 5, "percent", "%", "giá đào, quất Tết", value_max=7, status="forecast"),
    F("trên 9.600 tỷ đồng", "9.600", 9600000000000, "money", "đồng",
      "tổng giá trị tiêu thụ đào, quất và cây cảnh dịp Tết", approx="over", status="estimate"),
    F("khoảng 1,13 tỷ đồng/ha", "1,13", 1130000000, "money", "đồng/ha", "giá trị tiêu thụ bình quân",
      approx="about", status="estimate"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ đào nở hoa đúng dịp Tết", approx="over", status="target"),
    F("có 25 vùng", "25", 25, "count", "vùng", "vùng trồng đào, quất được cấp mã số vùng trồng",
      status="target", period=period("Đến năm 2025", None, "2025-12-31")),
    F("có 11 vùng", "11", 11, "count", "vùng", "vùng trồng đào, quất được cấp mã số vùng trồng"),
    F("4 vùng được cấp", "4", 4, "count", "vùng", "vùng trồng đào, quất được cấp mã số vùng trồng", total=11,
      period=period("quý IV/2022", "2022-10-01", "2022-12-31")),
]

NOTES = [
    "revised after the first run: the growth-rate percent's subject names the indicator only (was 'giá đào, quất Tết tăng').",
    "Ministry site (Bộ NN&PTNT, Cục Trồng trọt), 10/01/2023: national peach/kumquat area for Tết Quý Mão.",
    "Headline 8.500 ha has no cue of its own (actual); the body's 'ước khoảng' makes it an estimate, and the",
    "'trong đó' parts in the same sentence continue the estimate (total 8.500). Province lists: each item is a figure",
    "located in its province; the peach list (2.600 ha) does not add up to 4.300 and follows no whole: no total.",
    "'tăng nhẹ từ 5-7%' is a price growth rate with no base amount: percent figure, forecast ('dự báo').",
    "'hiện mới có 11 vùng' is actual (the 'mục tiêu' clause ends at ';'); '4 vùng' after 'trong đó' takes total 11.",
    "'vụ Tết Quý Mão 2023' gives no period.",
    "Distractors: 'Quyết định số 1243/QĐ-BNN-TT', 'Lượt xem: 1.127', 'Số 2 Ngọc Hà', phone '024.3823.4651'.",
]

write(4, TEXT, FIGS, NOTES, published="2023-01-10", location="Việt Nam")
