"""p982-1: Thanh Hóa province portal, 9 months 2024 canal lining."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn
Thanh Hóa: 9 tháng kiên cố hóa hơn 312 km kênh mương nội đồng
Cập nhật: 08/10/2024 09:45 | Lượt xem: 2.316

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, toàn tỉnh đã kiên cố hóa được 312,4 km kênh mương nội đồng, đạt 86,8% kế hoạch năm, tăng 14,2% so với cùng kỳ. Tổng kinh phí thực hiện là 268,5 tỷ đồng, trong đó ngân sách tỉnh 96,3 tỷ đồng; ngân sách huyện, xã 104,7 tỷ đồng; còn lại là vốn Nhân dân đóng góp.

Từ đầu năm đến nay, tỉnh đã cấp hơn 41.500 tấn xi măng theo Nghị quyết số 185/2021/NQ-HĐND, bình quân mỗi km kênh sử dụng khoảng 133 tấn. Xi măng hỗ trợ được tính theo đơn giá 1,42 triệu đồng/tấn, tổng giá trị ước đạt 59 tỷ đồng. Các huyện có khối lượng lớn là Yên Định (38,6 km), Thiệu Hóa (31,2 km), Hoằng Hóa (27,9 km) và Nông Cống (24,5 km). Riêng tuyến kênh tiêu dọc Quốc lộ 45 qua xã Định Tân được đầu tư lần thứ 2 với chiều dài 2,8 km.

Tính đến ngày 30/9, diện tích gieo trồng được tưới chủ động toàn tỉnh đạt khoảng 238.000 ha, chiếm 91,5% diện tích canh tác cần tưới. Toàn tỉnh có 446/461 xã đạt tiêu chí số 3 về thủy lợi và phòng, chống thiên tai, tăng 12 xã so với cuối năm 2023.

Năm 2024, tỉnh phấn đấu kiên cố hóa 360 km kênh mương; mục tiêu giai đoạn 2021-2025 là 1.500 km. Dự kiến trong quý IV, các địa phương sẽ hoàn thành thêm khoảng 55 km.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
ASOF = P("Tính đến ngày 30/9", None, "2024-09-30")
SUBJ = "kênh mương nội đồng được kiên cố hóa"

FIGS = [
    F("hơn 312 km kênh", "312", 312, "measure", "km", SUBJ,
      P("9 tháng", "2024-01-01", "2024-09-30"), approx="over"),
    F("được 312,4 km", "312,4", 312.4, "measure", "km", SUBJ, NINE,
      percent=86.8, change=C("increase", 14.2, "%", "cùng kỳ")),
    F("là 268,5 tỷ đồng", "268,5", 268.5e9, "money", "đồng", "tổng kinh phí thực hiện", I(NINE)),
    F("ngân sách tỉnh 96,3 tỷ đồng", "96,3", 96.3e9, "money", "đồng", "ngân sách tỉnh", I(NINE),
      total=268.5e9),
    F("xã 104,7 tỷ đồng", "104,7", 104.7e9, "money", "đồng", "ngân sách huyện, xã", I(NINE),
      total=268.5e9),
    F("hơn 41.500 tấn", "41.500", 41500, "measure", "tấn", "xi măng tỉnh cấp cho các địa phương", YTD,
      approx="over"),
    F("khoảng 133 tấn", "133", 133, "measure", "tấn/km", "xi măng sử dụng bình quân mỗi km kênh", YTD,
      approx="about"),
    F("1,42 triệu đồng/tấn", "1,42", 1.42e6, "money", "đồng/tấn", "đơn giá xi măng hỗ trợ"),
    F("ước đạt 59 tỷ đồng", "59", 59e9, "money", "đồng", "tổng giá trị xi măng hỗ trợ", I(YTD),
      status="estimate"),
    F("Yên Định (38,6 km)", "38,6", 38.6, "measure", "km", "khối lượng kênh mương kiên cố hóa", I(NINE),
      location="Yên Định"),
    F("Thiệu Hóa (31,2 km)", "31,2", 31.2, "measure", "km", "khối lượng kênh mương kiên cố hóa", I(NINE),
      location="Thiệu Hóa"),
    F("Hoằng Hóa (27,9 km)", "27,9", 27.9, "measure", "km", "khối lượng kênh mương kiên cố hóa", I(NINE),
      location="Hoằng Hóa"),
    F("Nông Cống (24,5 km)", "24,5", 24.5, "measure", "km", "khối lượng kênh mương kiên cố hóa", I(NINE),
      location="Nông Cống"),
    F("chiều dài 2,8 km", "2,8", 2.8, "measure", "km", "chiều dài tuyến kênh tiêu được đầu tư",
      location="Định Tân"),
    F("khoảng 238.000 ha", "238.000", 238000, "measure", "ha", "diện tích gieo trồng được tưới chủ động", ASOF,
      approx="about", percent=91.5),
    F("446/461 xã", "446", 446, "count", "xã", "xã đạt tiêu chí về thủy lợi và phòng, chống thiên tai", I(ASOF),
      total=461, change=C("increase", 12, "xã", "cuối năm 2023")),
    F("kiên cố hóa 360 km", "360", 360, "measure", "km", "kênh mương kiên cố hóa",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("là 1.500 km", "1.500", 1500, "measure", "km", "kênh mương kiên cố hóa",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("khoảng 55 km", "55", 55, "measure", "km", "kênh mương hoàn thành thêm",
      P("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Thanh Hóa province portal (breadcrumb, Cập nhật/Lượt xem): 9 months 2024 field-canal lining, funding, cement, districts.",
    "Headline '9 tháng' takes 2024 from the dateline. 'Từ đầu năm đến nay' ends at the dateline 2024-10-08.",
    "Not figures: 08/10/2024 09:45, Lượt xem 2.316, Nghị quyết số 185/2021/NQ-HĐND, Quốc lộ 45, lần thứ 2, tiêu chí số 3, 30/9, cuối năm 2023.",
    "revised after the first run: subjects of 360 km and 1.500 km cut to what their sentence names ('kế hoạch năm' and the period were not in it).",
    "District items of the bracketed list take the district as location; the commune xã Định Tân is the location of its canal.",
]

write(1, TEXT, FIGS, published="2024-10-08", location="Thanh Hóa", notes=NOTES)
