"""p1025-6: national newspaper (VnExpress style) — Tiền Giang closes the Gò Công gates, February 2024."""
from lib import F, build, change, inherit, period

TEXT = """Thứ năm, 22/2/2024, 07:30 (GMT+7)
Tiền Giang đóng cống, giữ ngọt cho 45.000 ha đất vùng Gò Công

Mặn xâm nhập sâu hơn 50 km trên sông Cửa Tiểu, Tiền Giang đóng toàn bộ 5 cống lớn của hệ thống ngọt hóa Gò Công để trữ nước cho lúa và cây ăn trái.

Sáng 21/2, độ mặn đo tại cống Xuân Hòa (huyện Gò Công Đông) lên 12,4 g/l, gấp 3 lần ngưỡng an toàn cho lúa (4 g/l). Ông Nguyễn Văn Chín, Giám đốc Công ty TNHH MTV Khai thác công trình thủy lợi Tiền Giang, cho biết 5 cống Xuân Hòa, Vàm Giồng, Gò Công, Long Uông và Rạch Chợ đã đóng từ ngày 10/1, sớm hơn 15 ngày so với mọi năm.

Hệ thống ngọt hóa Gò Công hiện bảo vệ khoảng 45.000 ha đất sản xuất của 4 huyện, thị phía đông, trong đó có 27.600 ha lúa Đông Xuân. Trong nội đồng, độ mặn chỉ 0,2-0,4 g/l, đủ điều kiện cho lúa sinh trưởng.

Từ đầu năm đến nay, tỉnh chi hơn 32 tỷ đồng đắp 46 đập tạm, nạo vét 118 km kênh. Tuy vậy, ở các xã ngoài đê như Tân Thành, Kiểng Phước, khoảng 3.200 hộ vẫn phải mua nước ngọt với giá 100.000-150.000 đồng/m3, cao gấp 10 lần giá nước máy.

Theo Đài Khí tượng Thủy văn khu vực Nam Bộ, từ nay đến cuối tháng 4/2024, mặn tiếp tục xâm nhập sâu 55-60 km, cao hơn trung bình nhiều năm khoảng 5 km. Tỉnh dự kiến vận hành thêm 2 trạm bơm, tổng công suất 8.000 m3/giờ, bổ sung nước cho vùng Gò Công.

Bà Trần Thị Sáu, nông dân xã Tăng Hòa, cho biết nhờ cống đóng sớm, 1,5 ha lúa của gia đình bà không bị mặn, năng suất dự kiến đạt 7 tấn/ha.

Hoàng Nam
"""

D21 = period("Sáng 21/2", "2024-02-21", "2024-02-21")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-02-22")
FWD = period("từ nay đến cuối tháng 4/2024", "2024-02-22", "2024-04-30")

FIGS = [
    F("giữ ngọt cho 45.000 ha", "45.000", 45000, "measure", "ha", "diện tích đất vùng Gò Công được giữ ngọt"),
    F("sâu hơn 50 km", "50", 50, "measure", "km", "mặn xâm nhập sâu trên sông Cửa Tiểu", approx="over"),
    F("toàn bộ 5 cống lớn", "5", 5, "count", "cống", "cống lớn của hệ thống ngọt hóa Gò Công được đóng"),
    F("lên 12,4 g/l", "12,4", 12.4, "measure", "g/l", "độ mặn tại cống Xuân Hòa", D21,
      change=change("increase", 3, "lần", "ngưỡng an toàn cho lúa"), location="Gò Công Đông"),
    F("(4 g/l)", "4", 4, "measure", "g/l", "ngưỡng độ mặn an toàn cho lúa", optional=True),
    F("cho biết 5 cống", "5", 5, "count", "cống", "cống đã đóng"),
    F("sớm hơn 15 ngày", "15", 15, "measure", "ngày", "thời gian đóng cống sớm hơn mọi năm", optional=True),
    F("khoảng 45.000 ha đất sản xuất", "45.000", 45000, "measure", "ha",
      "diện tích đất sản xuất được hệ thống ngọt hóa Gò Công bảo vệ", approx="about"),
    F("của 4 huyện, thị", "4", 4, "count", "huyện, thị", "huyện, thị phía đông", optional=True),
    F("có 27.600 ha", "27.600", 27600, "measure", "ha", "diện tích lúa Đông Xuân được bảo vệ", total=45000),
    F("chỉ 0,2-0,4 g/l", "0,2", 0.2, "measure", "g/l", "độ mặn trong nội đồng", value_max=0.4),
    F("hơn 32 tỷ đồng", "32", 32e9, "money", "đồng", "kinh phí đắp đập tạm, nạo vét kênh", YTD, approx="over"),
    F("đắp 46 đập tạm", "46", 46, "count", "đập tạm", "đập tạm được đắp", YTD),
    F("nạo vét 118 km", "118", 118, "measure", "km", "chiều dài kênh được nạo vét", YTD),
    F("khoảng 3.200 hộ", "3.200", 3200, "count", "hộ", "hộ phải mua nước ngọt", approx="about"),
    F("giá 100.000-150.000 đồng/m3", "100.000", 100000, "money", "đồng/m3", "giá mua nước ngọt", value_max=150000,
      change=change("increase", 10, "lần", "giá nước máy")),
    F("sâu 55-60 km", "55", 55, "measure", "km", "mặn xâm nhập sâu", FWD, value_max=60, status="forecast",
      change=change("increase", 5, "km", "trung bình nhiều năm", approx="about")),
    F("thêm 2 trạm bơm", "2", 2, "count", "trạm bơm", "trạm bơm vận hành thêm", status="forecast"),
    F("công suất 8.000 m3/giờ", "8.000", 8000, "measure", "m3/giờ", "tổng công suất trạm bơm", status="forecast"),
    F("1,5 ha lúa", "1,5", 1.5, "measure", "ha", "diện tích lúa của gia đình bà Trần Thị Sáu không bị mặn",
      location="Tăng Hòa"),
    F("đạt 7 tấn/ha", "7", 7, "measure", "tấn/ha", "năng suất lúa của gia đình bà Trần Thị Sáu", status="forecast",
      location="Tăng Hòa"),
]

META = {
    "published": "2024-02-22",
    "location": "Tiền Giang",
    "comments": [
        "p1025-6: national newspaper style, 'Thứ năm, 22/2/2024, 07:30 (GMT+7)', byline 'Hoàng Nam' at the end.",
        "'Sáng 21/2' is the measurement day: period start = end = 2024-02-21; the reading is at cống Xuân Hòa (huyện Gò Công Đông).",
        "'gấp 3 lần ngưỡng an toàn' and 'cao gấp 10 lần giá nước máy' follow a figure: changes in 'lần' (not standing multiples).",
        "'sớm hơn 15 ngày' (how much earlier gates closed) and the threshold '(4 g/l)' are optional; '4 huyện, thị' optional.",
        "The household of xã Tăng Hòa: location 'Tăng Hòa' (the most specific place named; see REPORT).",
        "'từ nay đến cuối tháng 4/2024' starts at the dateline and ends 2024-04-30; 'hiện' gives no period.",
        "Distractors: 22/2/2024, 07:30, 21/2, ngày 10/1, Nguyễn Văn Chín, Trần Thị Sáu, Hoàng Nam.",
    ],
}

if __name__ == "__main__":
    build(6, TEXT, META, FIGS)
