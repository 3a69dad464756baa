"""p1266-4: ministry site (Bộ NN&PTNT, Cục Bảo vệ thực vật): national field bins and packaging collection."""
from lib import F, P, I, CH, TG, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Trồng trọt - Bảo vệ thực vật

Cả nước có hơn 320.000 bể chứa bao gói thuốc bảo vệ thực vật

15/08/2024 | 09:30 | Cục Bảo vệ thực vật

Theo Cục Bảo vệ thực vật, tính đến tháng 6/2024, cả nước đã xây dựng được 323.500 bể chứa bao gói thuốc bảo vệ thực vật sau sử dụng trên đồng ruộng, tăng gần 41.000 bể so với năm 2021. Có 58/63 tỉnh, thành phố đã ban hành kế hoạch thu gom theo Thông tư liên tịch số 05/2016/TTLT-BNNPTNT-BTNMT.

Mỗi năm, cả nước sử dụng khoảng 100.000 tấn thuốc bảo vệ thực vật thành phẩm, lượng bao gói thải ra ước khoảng 9.000-10.000 tấn. Năm 2023, lượng bao gói được thu gom đạt khoảng 6.100 tấn, chiếm trên 60% lượng phát sinh; trong đó được xử lý đúng quy định mới đạt 3.850 tấn.

Một số địa phương làm tốt là Thái Bình, Nam Định, An Giang, Đồng Tháp với tỷ lệ thu gom lần lượt đạt 85%, 82%, 78% và 76%. Ngược lại, nhiều tỉnh miền núi mới có từ 5 đến 10 bể/xã, có tỉnh chưa đến 20% diện tích canh tác được bố trí bể chứa.

Giai đoạn 2021-2025, Cục đã phối hợp tổ chức hơn 1.200 lớp tập huấn cho khoảng 48 nghìn nông dân. Mục tiêu đến năm 2030, 100% bao gói thuốc bảo vệ thực vật sau sử dụng được thu gom và trên 90% được xử lý theo quy định, mỗi xã sản xuất nông nghiệp có ít nhất một điểm tập kết.

Tin cùng chuyên mục:
- Hướng dẫn phòng trừ rầy nâu hại lúa vụ Hè Thu 2024
- Hội nghị tổng kết công tác bảo vệ thực vật năm 2023

Bộ Nông nghiệp và Phát triển nông thôn - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

ASOF = P("tính đến tháng 6/2024", None, "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
TL = "tỷ lệ thu gom"

FIGS = [
    F("hơn 320.000 bể", "320.000", 320000, "count", "bể", approx="over",
      subject="bể chứa bao gói thuốc bảo vệ thực vật"),
    F("được 323.500 bể", "323.500", 323500, "count", "bể",
      change=CH("increase", 41000, "bể", "năm 2021", approx="nearly"),
      subject="bể chứa bao gói thuốc bảo vệ thực vật sau sử dụng trên đồng ruộng", period=ASOF),
    F("Có 58/63", "58", 58, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố đã ban hành kế hoạch thu gom", period=I(ASOF)),
    F("khoảng 100.000 tấn", "100.000", 100000, "measure", "tấn/năm", approx="about",
      subject="thuốc bảo vệ thực vật thành phẩm sử dụng"),
    F("khoảng 9.000-10.000", "9.000", 9000, "measure", "tấn/năm", value_max=10000, approx="about",
      status="estimate", subject="lượng bao gói thải ra"),
    F("khoảng 6.100 tấn", "6.100", 6100, "measure", "tấn", approx="about", percent=60,
      subject="lượng bao gói được thu gom", period=Y23),
    F("đạt 3.850 tấn", "3.850", 3850, "measure", "tấn", total=6100,
      subject="bao gói được xử lý đúng quy định", period=Y23),
    F("đạt 85%", "85", 85, "percent", "%", subject=TL, location="Thái Bình"),
    F("82%", "82", 82, "percent", "%", subject=TL, location="Nam Định"),
    F("78% và", "78", 78, "percent", "%", subject=TL, location="An Giang"),
    F("và 76%", "76", 76, "percent", "%", subject=TL, location="Đồng Tháp"),
    F("từ 5 đến 10 bể/xã", "5", 5, "measure", "bể/xã", value_max=10,
      subject="bể chứa ở nhiều tỉnh miền núi"),
    F("chưa đến 20%", "20", 20, "percent", "%", approx="under",
      subject="diện tích canh tác được bố trí bể chứa"),
    F("hơn 1.200 lớp", "1.200", 1200, "count", "lớp", approx="over", subject="lớp tập huấn", period=G),
    F("khoảng 48 nghìn", "48", 48000, "count", "nông dân", approx="about",
      subject="nông dân được tập huấn", period=G),
    F("2030, 100%", "100", 100, "percent", "%", status="target",
      subject="bao gói thuốc bảo vệ thực vật sau sử dụng được thu gom", period=T30),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="bao gói được xử lý theo quy định", period=T30),
    F("ít nhất một điểm", "một", 1, "count", "điểm tập kết", approx="at_least", status="target",
      subject="điểm tập kết mỗi xã sản xuất nông nghiệp", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, news from Cục Bảo vệ thực vật): breadcrumb, '15/08/2024 | 09:30 | Cục Bảo vệ thực vật', related links, address.",
    "Distractors: 09:30, Thông tư liên tịch số 05/2016/TTLT-BNNPTNT-BTNMT, 'vụ Hè Thu 2024' and 'năm 2023' in link titles, 'Số 2 Ngọc Hà'.",
    "All national figures: location Việt Nam; the 'lần lượt' list gives each province its percent (subject = the list's indicator).",
    "'tăng gần 41.000 bể so với năm 2021' → change in bể, approx nearly. 58/63 → total 63; its as-of date stands in the previous sentence.",
    "'Mỗi năm' makes the two yearly amounts rates (tấn/năm). 'ước khoảng 9.000-10.000 tấn' → range, about, estimate.",
    "6.100 tấn 'chiếm trên 60% lượng phát sinh' → percent 60 (the attribute has no approx field). 3.850 after 'trong đó' → total 6100.",
    "The 'lần lượt' list and the mountain-province figures carry no period (the paragraph names none).",
    "'từ 5 đến 10 bể/xã' is a density (measure, unit bể/xã), range. 'nhiều tỉnh miền núi' names no single province: location stays Việt Nam.",
    "'Giai đoạn 2021-2025' gives 2021-01-01..2025-12-31 (spec table). 'Mục tiêu đến năm 2030' governs the whole sentence (three targets).",
]

if __name__ == "__main__":
    write("p1266-4", TEXT, NOTES, FIGS, published="2024-08-15", location="Việt Nam")
