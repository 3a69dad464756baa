"""p1057-2: district portal of Sa Thầy (Kon Tum): the district's cassava starch plant in the 2022-2023 crushing season."""
from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SA THẦY
Kinh tế > Công nghiệp - Thương mại
Nhà máy tinh bột sắn Sa Thầy vào cao điểm vụ ép
Thứ Hai, 20/03/2023 - 10:15

Niên vụ 2022-2023, toàn huyện trồng 7.850 ha sắn, tăng 320 ha so với niên vụ trước, tập trung ở các xã Ya Xiêr, Sa Sơn, Ya Tăng và thị trấn Sa Thầy; sản lượng ước đạt 165.000 tấn củ tươi.

Nhà máy chế biến tinh bột sắn Sa Thầy (thuộc Công ty cổ phần Nông sản Tây Nguyên 2, đóng tại làng Kà Bầy, cạnh Tỉnh lộ 675) có công suất thiết kế 300 tấn tinh bột/ngày, tương đương khoảng 1.200 tấn củ tươi/ngày. Từ đầu vụ (ngày 15/11/2022) đến nay, nhà máy đã thu mua 122.500 tấn củ sắn tươi, đạt 68% kế hoạch vụ, sản xuất được 30.600 tấn tinh bột. Trung bình mỗi ngày, nhà máy tiếp nhận khoảng 150 lượt xe chở sắn.

Giá thu mua hiện nay là 2.950 đồng/kg đối với củ sắn có độ bột từ 28% trở lên, tăng 250 đồng/kg so với cùng kỳ năm 2022. Nhà máy giải quyết việc làm cho 210 lao động, trong đó 145 lao động là người địa phương, thu nhập bình quân 7,5 triệu đồng/người/tháng. Năm 2022, nhà máy nộp ngân sách hơn 18 tỷ đồng.

Trong năm 2022, bệnh khảm lá sắn đã gây hại 420 ha, chiếm 5,4% diện tích sắn của huyện, giảm 35% so với năm 2021. Dự kiến vụ ép sẽ kết thúc vào cuối tháng 4/2023, tổng lượng củ thu mua cả vụ khoảng 175.000 tấn. Mục tiêu đến năm 2025, huyện ổn định vùng nguyên liệu 8.000 ha, trong đó 3.000 ha sử dụng giống sắn sạch bệnh.

Nguồn: Phòng Kinh tế - Hạ tầng huyện Sa Thầy
Địa chỉ: Khối 1, thị trấn Sa Thầy, huyện Sa Thầy, tỉnh Kon Tum. ĐT: 0260.3820.145
"""

SEASON = P("Từ đầu vụ (ngày 15/11/2022) đến nay", "2022-11-15", "2023-03-20")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trồng 7.850 ha sắn", "7.850", 7850, "measure", "ha", "diện tích sắn", change=C("increase", 320, "ha", "niên vụ trước")),
    F("ước đạt 165.000 tấn củ tươi", "165.000", 165000, "measure", "tấn", "sản lượng sắn củ tươi", status="estimate"),
    F("thiết kế 300 tấn tinh bột/ngày", "300", 300, "measure", "tấn/ngày", "công suất thiết kế nhà máy chế biến tinh bột sắn Sa Thầy"),
    F("khoảng 1.200 tấn củ tươi/ngày", "1.200", 1200, "measure", "tấn/ngày", "công suất thiết kế tính theo củ tươi",
      approx="about"),
    F("thu mua 122.500 tấn", "122.500", 122500, "measure", "tấn", "củ sắn tươi thu mua", SEASON, percent=68),
    F("được 30.600 tấn tinh bột", "30.600", 30600, "measure", "tấn", "tinh bột sản xuất", SEASON),
    F("khoảng 150 lượt xe", "150", 150, "count", "lượt xe/ngày", "lượt xe chở sắn nhà máy tiếp nhận mỗi ngày", approx="about"),
    F("là 2.950 đồng/kg", "2.950", 2950, "money", "đồng/kg", "giá thu mua củ sắn tươi",
      change=C("increase", 250, "đồng/kg", "cùng kỳ năm 2022")),
    F("từ 28% trở lên", "28", 28, "percent", "%", "độ bột của củ sắn", approx="at_least", optional=True),
    F("cho 210 lao động", "210", 210, "count", "lao động", "lao động nhà máy giải quyết việc làm"),
    F("trong đó 145 lao động", "145", 145, "count", "lao động", "lao động là người địa phương", total=210),
    F("bình quân 7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("hơn 18 tỷ đồng", "18", 18e9, "money", "đồng", "nộp ngân sách của nhà máy", Y22, approx="over"),
    F("gây hại 420 ha", "420", 420, "measure", "ha", "diện tích sắn bị bệnh khảm lá gây hại",
      P("Trong năm 2022", "2022-01-01", "2022-12-31"), percent=5.4, change=C("decrease", 35, "%", "năm 2021")),
    F("khoảng 175.000 tấn", "175.000", 175000, "measure", "tấn", "tổng lượng củ thu mua cả vụ", approx="about", status="forecast"),
    F("nguyên liệu 8.000 ha", "8.000", 8000, "measure", "ha", "vùng nguyên liệu sắn ổn định", TO25, status="target"),
    F("trong đó 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích sử dụng giống sắn sạch bệnh", TO25, total=8000, status="target"),
]

NOTES = [
    "Sa Thầy district portal (Kon Tum), 'Thứ Hai, 20/03/2023 - 10:15'. Location is the district (the plant and villages lie in it).",
    "Not figures: 'Tây Nguyên 2' (company name), Tỉnh lộ 675, Khối 1, phone 0260.3820.145, 'ngày 15/11/2022', 'tháng 4/2023'.",
    "'Niên vụ 2022-2023' is a crop season straddling two years: no period is given to its figures (unscored).",
    "'tương đương khoảng 1.200 tấn củ tươi/ngày' restates the capacity in another unit: a figure of its own, not a share.",
    "'Từ đầu vụ (ngày 15/11/2022) đến nay' runs from 15/11/2022 to the dateline.",
    "revised after first.txt: capacity units written 'tấn <material>/ngày|năm' reduced to 'tấn/ngày' / 'tấn/năm' (FIGURES.md: shortest noun phrase; the set's other tonnages already use 'tấn' with the material in the subject).",
]

if __name__ == "__main__":
    build(2, TEXT, FIGS, published="2023-03-20", location="Sa Thầy", notes=NOTES)
