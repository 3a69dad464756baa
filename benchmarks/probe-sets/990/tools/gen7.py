from lib import F, build, change, period

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH VĨNH LONG
Trang chủ » Tin tức » Du lịch

Du lịch cộng đồng cù lao An Bình: nhà vườn cùng làm du lịch

Cù lao An Bình (huyện Long Hồ) hiện có 26 hộ dân tham gia mô hình du lịch cộng đồng, với 19 điểm homestay và vườn trái cây đón khách quanh năm. Năm 2023, khu vực này đón 186.400 lượt khách, trong đó khách quốc tế chiếm 61%; tổng doanh thu đạt 54,7 tỷ đồng. Mỗi hộ làm du lịch có thu nhập bình quân 320 triệu đồng/năm, gấp 3 lần hộ chỉ trồng cây ăn trái.

Kết quả đón khách du lịch cộng đồng tại huyện Long Hồ:
Đơn vị tính: lượt khách
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Khách nội địa
58.900
72.700
85.000
Khách quốc tế
97.600
113.700
125.000
Tổng cộng
156.500
186.400
210.000

6 tháng đầu năm 2024, lượng khách ước đạt 104.300 lượt, bằng 49,7% kế hoạch năm. Sở đã phối hợp với UBND huyện Long Hồ mở 3 lớp tập huấn kỹ năng phục vụ cho 95 học viên là chủ hộ và lao động homestay. Trong tháng 10, Sở đã tổ chức đoàn famtrip cho 30 doanh nghiệp lữ hành khảo sát tuyến vườn trái cây, lò gạch và chợ nổi.

Liên kết website
ĐỊA CHỈ: Số 12 đường 2 Tháng 9, Phường 1, TP Vĩnh Long
Điện thoại: 0270.3822.577 - Fax: 0270.3823.108
Tổng lượt truy cập: 1.284.509 | Đang trực tuyến: 37
"""

Y22 = period("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
KH24 = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")
H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")


def row(label, anchors, values):
    out = []
    for (a, n), v, (col, per, st) in zip(anchors, values, [("năm 2022", Y22, None), ("năm 2023", Y23, None),
                                                         ("kế hoạch 2024", KH24, "target")]):
        out.append(F(a, n, v, "count", "lượt khách", f"{label} {col}", status=st, period=per))
    return out


FIGS = [
    F("có 26 hộ", "26", 26, "count", "hộ dân", "hộ dân tham gia mô hình du lịch cộng đồng"),
    F("với 19 điểm", "19", 19, "count", "điểm", "điểm homestay và vườn trái cây đón khách"),
    F("đón 186.400 lượt khách", "186.400", 186400, "count", "lượt khách", "lượt khách đến cù lao An Bình",
      period=Y23),
    F("chiếm 61%", "61", 61, "percent", "%", "tỷ trọng khách quốc tế", period=Y23),
    F("đạt 54,7 tỷ đồng", "54,7", 54.7e9, "money", "đồng", "tổng doanh thu", period=Y23),
    F("320 triệu đồng/năm", "320", 320e6, "money", "đồng/năm", "thu nhập bình quân mỗi hộ làm du lịch",
      change=change("increase", 3, unit="lần", baseline="hộ chỉ trồng cây ăn trái"),
      period={**Y23, "inherited": True}),
]
FIGS += row("khách nội địa", [("Khách nội địa\n58.900", "58.900"), ("58.900\n72.700", "72.700"),
                              ("72.700\n85.000", "85.000")], [58900, 72700, 85000])
FIGS += row("khách quốc tế", [("Khách quốc tế\n97.600", "97.600"), ("97.600\n113.700", "113.700"),
                              ("113.700\n125.000", "125.000")], [97600, 113700, 125000])
FIGS += row("Tổng cộng", [("Tổng cộng\n156.500", "156.500"), ("156.500\n186.400", "186.400"),
                                     ("186.400\n210.000", "210.000")], [156500, 186400, 210000])
FIGS += [
    F("ước đạt 104.300 lượt", "104.300", 104300, "count", "lượt", "lượng khách", percent=49.7,
      status="estimate", period=H1),
    F("mở 3 lớp", "3", 3, "count", "lớp tập huấn", "lớp tập huấn kỹ năng phục vụ", period={**H1, "inherited": True}),
    F("cho 95 học viên", "95", 95, "count", "học viên", "học viên là chủ hộ và lao động homestay được tập huấn",
      period={**H1, "inherited": True}),
    F("cho 30 doanh nghiệp", "30", 30, "count", "doanh nghiệp lữ hành", "doanh nghiệp lữ hành khảo sát tuyến vườn trái cây",
      period=period("Trong tháng 10", "2024-10-01", "2024-10-31")),
]

COMMENTS = [
    "Sở VHTTDL Vĩnh Long department page with NO dateline (published absent); footer address, phone, fax, visit counter.",
    "Cù lao An Bình lies in huyện Long Hồ: location Long Hồ for all figures (the table caption names Long Hồ).",
    "One-cell-per-line table, 'Đơn vị tính: lượt khách'; periods from column headers (scored); 'Kế hoạch 2024' -> target.",
    "'trong đó khách quốc tế chiếm 61%' has no count of its own: a percent figure. 'gấp 3 lần hộ chỉ trồng cây ăn trái' is the change of 320 triệu.",
    "'Trong tháng 10' has no year in this undated page: the nearest earlier period is 'Năm 2024' of '6 tháng đầu năm 2024' -> October 2024.",
    "revised after the first run: total-row subjects 'tổng cộng lượt khách <column>' -> 'Tổng cộng <column>' (row label + column label).",
    "Distractors: 'Số 12 đường 2 Tháng 9, Phường 1', phone/fax, 'Tổng lượt truy cập: 1.284.509', 'Đang trực tuyến: 37'.",
]

if __name__ == "__main__":
    build("p990-7", TEXT, FIGS, COMMENTS, published=None, location="Long Hồ")
