"""p982-6: national newspaper (weekday dateline with GMT+7) on Hà Tĩnh farmers lining canals."""
from lib import F, P, I, C, write

TEXT = """Thời sự › Nông nghiệp
Thứ năm, 13/3/2025, 14:30 (GMT+7)
Nông dân Hà Tĩnh góp tiền, góp công bê tông hóa kênh mương

Năm 2024, Hà Tĩnh kiên cố hóa 218 km kênh mương nội đồng, nâng tổng chiều dài kênh được cứng hóa lên 4.370 km, chiếm 72% tổng chiều dài kênh do cấp xã quản lý.

Tỉnh hỗ trợ xi măng với định mức 95 tấn/km đối với kênh có bề rộng lòng dưới 0,5 m và 150 tấn/km với kênh từ 0,5 m trở lên. Phần cát, sỏi và nhân công do người dân tự lo.

Ở xã Thiên Lộc (huyện Can Lộc), mỗi hộ góp 300.000-500.000 đồng. Năm ngoái, xã làm được 6,8 km kênh chỉ trong 4 tháng, tổng chi phí khoảng 5,1 tỷ đồng, trong đó người dân góp gần 1,3 tỷ đồng. "Có kênh bê tông, năng suất lúa tăng từ 55 tạ/ha lên 62 tạ/ha, chi phí bơm nước giảm khoảng 30%", ông Trần Văn Bảy, 67 tuổi, ở thôn Đông Thịnh, nói.

Ông Nguyễn Văn Hải, Phó giám đốc Sở Nông nghiệp và Phát triển nông thôn Hà Tĩnh, cho biết giai đoạn 2021-2025 tỉnh dành khoảng 320 tỷ đồng hỗ trợ xi măng theo Nghị quyết số 123/2018/NQ-HĐND. Toàn tỉnh có 205/209 xã đạt tiêu chí thủy lợi, diện tích lúa được tưới chủ động đạt 97,5%. Nhiều tuyến kênh dọc Quốc lộ 8A và Quốc lộ 15 đã được nâng cấp.

Năm 2025, Hà Tĩnh đặt mục tiêu kiên cố hóa thêm 200 km; tỷ lệ kênh được cứng hóa đạt 76%.

Đức Hùng
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
LAST = P("Năm ngoái", "2024-01-01", "2024-12-31")

FIGS = [
    F("hóa 218 km", "218", 218, "measure", "km", "kênh mương nội đồng kiên cố hóa", Y24),
    F("lên 4.370 km", "4.370", 4370, "measure", "km", "tổng chiều dài kênh được cứng hóa", Y24, percent=72),
    F("mức 95 tấn/km", "95", 95, "measure", "tấn/km", "định mức xi măng hỗ trợ kênh có bề rộng lòng dưới 0,5 m"),
    F("dưới 0,5 m", "0,5", 0.5, "measure", "m", "bề rộng lòng kênh", approx="under", optional=True),
    F("và 150 tấn/km", "150", 150, "measure", "tấn/km", "định mức xi măng hỗ trợ kênh từ 0,5 m trở lên"),
    F("từ 0,5 m trở lên", "0,5", 0.5, "measure", "m", "bề rộng lòng kênh", approx="at_least", optional=True),
    F("góp 300.000-500.000 đồng", "300.000", 300000, "money", "đồng/hộ", "tiền mỗi hộ góp",
      value_max=500000, location="Thiên Lộc"),
    F("được 6,8 km", "6,8", 6.8, "measure", "km", "kênh xã làm được", LAST, location="Thiên Lộc"),
    F("khoảng 5,1 tỷ đồng", "5,1", 5.1e9, "money", "đồng", "tổng chi phí", LAST, approx="about",
      location="Thiên Lộc"),
    F("gần 1,3 tỷ đồng", "1,3", 1.3e9, "money", "đồng", "tiền người dân góp", LAST, approx="nearly",
      total=5.1e9, location="Thiên Lộc"),
    F("từ 55 tạ/ha", "55", 55, "measure", "tạ/ha", "năng suất lúa trước khi có kênh bê tông", location="Thiên Lộc"),
    F("lên 62 tạ/ha", "62", 62, "measure", "tạ/ha", "năng suất lúa khi có kênh bê tông", location="Thiên Lộc"),
    F("khoảng 30%", "30", 30, "percent", "%", "chi phí bơm nước giảm", approx="about", location="Thiên Lộc"),
    F("67 tuổi", "67", 67, "measure", "tuổi", "tuổi ông Trần Văn Bảy", location="Thiên Lộc", optional=True),
    F("khoảng 320 tỷ đồng", "320", 320e9, "money", "đồng", "kinh phí tỉnh dành hỗ trợ xi măng",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about"),
    F("205/209 xã", "205", 205, "count", "xã", "xã đạt tiêu chí thủy lợi", total=209),
    F("đạt 97,5%", "97,5", 97.5, "percent", "%", "diện tích lúa được tưới chủ động"),
    F("thêm 200 km", "200", 200, "measure", "km", "kênh mương kiên cố hóa thêm", Y25, status="target"),
    F("đạt 76%", "76", 76, "percent", "%", "tỷ lệ kênh được cứng hóa", Y25, status="target"),
]

NOTES = [
    "National-newspaper style (Thứ năm, 13/3/2025, 14:30 (GMT+7), author at the end): Hà Tĩnh canal lining 2024, a commune's story.",
    "Canal-width thresholds 'dưới 0,5 m', 'từ 0,5 m trở lên' and the villager's age '67 tuổi' are optional.",
    "'Năm ngoái' in an article dated 2025 = 2024. 'năng suất lúa tăng từ 55 tạ/ha lên 62 tạ/ha': two figures, no change value stated.",
    "'chi phí bơm nước giảm khoảng 30%' has no base amount: a percent figure without change.",
    "Not figures: 13/3/2025 14:30, 'chỉ trong 4 tháng' (duration), Nghị quyết số 123/2018/NQ-HĐND, Quốc lộ 8A, Quốc lộ 15.",
]

write(6, TEXT, FIGS, published="2025-03-13", location="Hà Tĩnh", notes=NOTES)
