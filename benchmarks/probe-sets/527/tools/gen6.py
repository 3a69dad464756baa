from lib import F, P, I, CH, emit

TEXT = """Thời sự › Kinh tế
Thứ sáu, 27/12/2024, 06:30 (GMT+7)
Hà Nội thu ngân sách hơn 510.000 tỷ đồng

Năm 2024, tổng thu ngân sách nhà nước trên địa bàn Hà Nội ước đạt 510.300 tỷ đồng, bằng 124,6% dự toán, tăng 22,8% so với năm 2023, mức cao nhất từ trước đến nay.

Theo Sở Tài chính Hà Nội, thu nội địa ước đạt 468.500 tỷ đồng, chiếm 91,8% tổng thu; thu từ dầu thô và xuất nhập khẩu khoảng 41.800 tỷ đồng. Riêng tiền sử dụng đất đạt 52.400 tỷ đồng, gấp 2,3 lần dự toán, chủ yếu từ các phiên đấu giá đất tại huyện Thanh Oai, Hoài Đức và Sóc Sơn. Khu vực doanh nghiệp nhà nước nộp 62.300 tỷ đồng, tăng 8,4%; khu vực kinh tế ngoài quốc doanh nộp 98.700 tỷ đồng, tăng 19,5% so với năm trước.

Tổng chi ngân sách địa phương năm 2024 ước 139.700 tỷ đồng, bằng 87,9% dự toán. Chi đầu tư phát triển ước khoảng 63.900 tỷ đồng, chi thường xuyên 71.300 tỷ đồng. Thành phố đã giải ngân 9.850 tỷ đồng cho dự án đường Vành đai 4 - Vùng Thủ đô.

Với kết quả này, Hà Nội đứng thứ hai cả nước về thu ngân sách, sau TP HCM. Thu ngân sách bình quân đầu người của thành phố đạt khoảng 59,2 triệu đồng/người.

Theo Nghị quyết số 36/NQ-HĐND, năm 2025 Hà Nội giao dự toán thu ngân sách 511.500 tỷ đồng, chi ngân sách địa phương 157.900 tỷ đồng; trong đó dành 77.800 tỷ đồng cho chi đầu tư phát triển, chiếm 49,3% tổng chi.

Võ Hải
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 510.000", "510.000", 510000e9, "money", "đồng", "thu ngân sách", I(Y24), approx="over"),
    F("ước đạt 510.300", "510.300", 510300e9, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn", Y24,
      percent=124.6, change=CH("increase", 22.8, baseline="năm 2023"), status="estimate"),
    F("ước đạt 468.500", "468.500", 468500e9, "money", "đồng", "thu nội địa", I(Y24), percent=91.8, status="estimate"),
    F("khoảng 41.800", "41.800", 41800e9, "money", "đồng", "thu từ dầu thô và xuất nhập khẩu", I(Y24), approx="about",
      status="estimate"),
    F("đạt 52.400", "52.400", 52400e9, "money", "đồng", "tiền sử dụng đất", I(Y24),
      change=CH("increase", 2.3, "lần", baseline="dự toán")),
    F("nộp 62.300", "62.300", 62300e9, "money", "đồng", "khu vực doanh nghiệp nhà nước nộp", I(Y24), change=CH("increase", 8.4)),
    F("nộp 98.700", "98.700", 98700e9, "money", "đồng", "khu vực kinh tế ngoài quốc doanh nộp", I(Y24),
      change=CH("increase", 19.5, baseline="năm trước")),
    F("ước 139.700", "139.700", 139700e9, "money", "đồng", "tổng chi ngân sách địa phương", P("năm 2024", "2024-01-01", "2024-12-31"),
      percent=87.9, status="estimate"),
    F("khoảng 63.900", "63.900", 63900e9, "money", "đồng", "chi đầu tư phát triển", I(Y24), approx="about", status="estimate"),
    F("xuyên 71.300", "71.300", 71300e9, "money", "đồng", "chi thường xuyên", I(Y24), status="estimate"),
    F("ngân 9.850", "9.850", 9850e9, "money", "đồng", "giải ngân cho dự án đường Vành đai 4 - Vùng Thủ đô"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", "thu ngân sách", I(Y24)),
    F("khoảng 59,2", "59,2", 59.2e6, "money", "đồng/người", "thu ngân sách bình quân đầu người", I(Y24), approx="about"),
    F("ngân sách 511.500", "511.500", 511500e9, "money", "đồng", "dự toán thu ngân sách", Y25, status="target"),
    F("phương 157.900", "157.900", 157900e9, "money", "đồng", "chi ngân sách địa phương", Y25, status="target"),
    F("dành 77.800", "77.800", 77800e9, "money", "đồng", "chi đầu tư phát triển", Y25, total=157900e9, percent=49.3,
      status="target"),
]

COMMENTS = [
    "National press style (VnExpress-like): 'Thứ sáu, 27/12/2024, 06:30 (GMT+7)', byline at the end. Hà Nội budget 2024 and dự toán 2025.",
    "Headline 'hơn 510.000 tỷ đồng' is a figure (over), its period inherited from the lead. 'chiếm 91,8% tổng thu' is a share, not a total.",
    "'gấp 2,3 lần dự toán' after a figure is its change (lần, baseline dự toán). 'đứng thứ hai' is a rank written in words.",
    "'ước' of 'Chi đầu tư phát triển ước khoảng' carries into the comma-continued 'chi thường xuyên'. Dự toán 2025 figures: status target.",
    "Distractors: (GMT+7), 06:30, 'Nghị quyết số 36/NQ-HĐND', 'đường Vành đai 4' (inside a subject), 'TP HCM'.",
]

if __name__ == "__main__":
    emit("p527-6", TEXT, COMMENTS, FIGS, published="2024-12-27", location="Hà Nội")
