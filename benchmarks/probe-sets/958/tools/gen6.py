"""p958-6: national newspaper (VnExpress style), Yên Xá WWTP in Hà Nội starts operation, 2024."""
from lib import *

TEXT = """Thời sự > Hà Nội
Thứ năm, 14/3/2024, 06:30 (GMT+7)

Nhà máy xử lý 270.000 m3 nước thải mỗi ngày của Hà Nội vận hành

Nhà máy xử lý nước thải Yên Xá, lớn nhất Hà Nội, chính thức vận hành từ đầu tháng 3, nâng tổng công suất xử lý nước thải tập trung của thành phố lên khoảng 780.000 m3/ngày đêm.

Nhà máy có công suất 270.000 m3/ngày đêm, rộng 14,7 ha, tiếp nhận nước thải từ lưu vực sông Tô Lịch, sông Lừ và sông Sét của khoảng 1,1 triệu dân thuộc 7 quận. Dự án có tổng mức đầu tư hơn 17.000 tỷ đồng, chủ yếu từ vốn vay ODA của Nhật Bản, gồm nhà máy và 47 km tuyến cống bao thu gom. Nước thải sau xử lý đạt cột A theo QCVN 14:2008/BTNMT trước khi xả ra sông Tô Lịch.

Theo Sở Xây dựng Hà Nội, trước khi có Yên Xá, thành phố mới xử lý được khoảng 28% lượng nước thải sinh hoạt. Khi nhà máy chạy đủ công suất, tỷ lệ này dự kiến tăng lên hơn 40%. Chi phí xử lý 1 m3 nước thải tại nhà máy khoảng 4.500 đồng, trong khi giá dịch vụ thoát nước thu của hộ gia đình mới khoảng 1.900 đồng/m3.

Cũng trong tháng này, nhà máy Bình Hưng (TP Hồ Chí Minh) hoàn thành giai đoạn 2, nâng công suất từ 141.000 lên 469.000 m3/ngày đêm. Tỷ lệ nước thải đô thị được xử lý tại TP Hồ Chí Minh vì vậy tăng từ khoảng 13% lên gần 25%.

Theo quy hoạch, đến năm 2030 Hà Nội sẽ có 38 nhà máy xử lý nước thải tập trung với tổng công suất khoảng 2,3 triệu m3/ngày đêm, đáp ứng 100% nhu cầu xử lý nước thải sinh hoạt nội đô.

Võ Hải
"""

Y30 = P("đến năm 2030", end="2030-12-31")
HCM = "TP Hồ Chí Minh"

FIGS = [
    F("xử lý 270.000 m3 nước thải mỗi ngày", "270.000", 270000, "measure", "m3/ngày", "công suất nhà máy xử lý nước thải"),
    F("khoảng 780.000 m3", "780.000", 780000, "measure", "m3/ngày đêm", "tổng công suất xử lý nước thải tập trung của thành phố",
      approx="about"),
    F("công suất 270.000 m3/ngày đêm", "270.000", 270000, "measure", "m3/ngày đêm", "công suất nhà máy xử lý nước thải Yên Xá"),
    F("rộng 14,7 ha", "14,7", 14.7, "measure", "ha", "diện tích nhà máy"),
    F("khoảng 1,1 triệu dân", "1,1", 1.1e6, "count", "dân", "dân thuộc lưu vực tiếp nhận nước thải", approx="about"),
    F("thuộc 7 quận", "7", 7, "count", "quận", "quận thuộc lưu vực tiếp nhận nước thải"),
    F("hơn 17.000 tỷ đồng", "17.000", 17e12, "money", "đồng", "tổng mức đầu tư dự án", approx="over"),
    F("và 47 km", "47", 47, "measure", "km", "tuyến cống bao thu gom"),
    F("khoảng 28%", "28", 28, "percent", "%", "lượng nước thải sinh hoạt được xử lý", approx="about"),
    F("hơn 40%", "40", 40, "percent", "%", "tỷ lệ nước thải sinh hoạt được xử lý", approx="over", status="forecast"),
    F("khoảng 4.500 đồng", "4.500", 4500, "money", "đồng/m3", "chi phí xử lý nước thải", approx="about"),
    F("khoảng 1.900 đồng/m3", "1.900", 1900, "money", "đồng/m3", "giá dịch vụ thoát nước thu của hộ gia đình", approx="about"),
    F("từ 141.000", "141.000", 141000, "measure", "m3/ngày đêm", "công suất nhà máy Bình Hưng trước giai đoạn 2", location=HCM),
    F("lên 469.000", "469.000", 469000, "measure", "m3/ngày đêm", "công suất nhà máy Bình Hưng", location=HCM),
    F("khoảng 13%", "13", 13, "percent", "%", "tỷ lệ nước thải đô thị được xử lý trước giai đoạn 2", approx="about", location=HCM),
    F("gần 25%", "25", 25, "percent", "%", "tỷ lệ nước thải đô thị được xử lý", approx="nearly", location=HCM),
    F("có 38 nhà máy", "38", 38, "count", "nhà máy", "nhà máy xử lý nước thải tập trung", Y30, status="target"),
    F("khoảng 2,3 triệu m3", "2,3", 2.3e6, "measure", "m3/ngày đêm", "tổng công suất nhà máy xử lý nước thải tập trung", Y30,
      approx="about", status="target"),
    F("đáp ứng 100%", "100", 100, "percent", "%", "nhu cầu xử lý nước thải sinh hoạt nội đô được đáp ứng", Y30, status="target"),
]

NOTES = [
    "VnExpress-style national newspaper: Yên Xá WWTP (Hà Nội) starts operation; comparison with Bình Hưng (TP Hồ Chí Minh).",
    "Headline '270.000 m3 nước thải mỗi ngày' → unit m3/ngày. '1 m3' in 'Chi phí xử lý 1 m3 nước thải … khoảng 4.500 đồng' is a rate",
    "denominator (unit đồng/m3), not a figure. 'nâng … từ 141.000 lên 469.000', 'tăng từ khoảng 13% lên gần 25%': both ends are figures;",
    "no change value is stated (only the two levels), so no change attribute. 'Theo quy hoạch, đến năm 2030 … sẽ có' → target.",
    "'dự kiến tăng lên hơn 40%' → forecast. 'từ đầu tháng 3', 'trong tháng này' only date events. 'Nhật Bản' (lender) is no location.",
    "Distractors: QCVN 14:2008/BTNMT, cột A, '06:30 (GMT+7)', 'giai đoạn 2'.",
]

build("p958-6", TEXT, FIGS, published="2024-03-14", location="Hà Nội", notes=NOTES)
