"""p958-4: ministry site (Bộ Xây dựng), national urban WWTPs as of 4/2023, rates, capital, targets."""
from lib import *

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hạ tầng kỹ thuật
Ngày đăng: 22/05/2023 | Lượt xem: 1.164

Cả nước có 89 nhà máy xử lý nước thải đô thị tập trung

Theo Cục Hạ tầng kỹ thuật (Bộ Xây dựng), tính đến tháng 4/2023, cả nước có 89 nhà máy xử lý nước thải đô thị tập trung đang vận hành với tổng công suất khoảng 1,86 triệu m3/ngày đêm, tăng 12 nhà máy so với năm 2020. Ngoài ra, khoảng 60 nhà máy khác đang trong giai đoạn thiết kế hoặc xây dựng, tổng công suất dự kiến khoảng 2,9 triệu m3/ngày đêm.

Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý hiện đạt khoảng 17-18%, tăng so với mức 12,5% của năm 2020. Hà Nội và TP Hồ Chí Minh là hai địa phương có tổng công suất xử lý lớn nhất, lần lượt đạt 433.000 m3/ngày đêm và 371.000 m3/ngày đêm. Tuy nhiên, vẫn còn 19/63 tỉnh, thành phố chưa có nhà máy xử lý nước thải đô thị tập trung nào.

Giai đoạn 2016-2022, tổng vốn đầu tư cho lĩnh vực thoát nước và xử lý nước thải ước khoảng 79.000 tỷ đồng, trong đó vốn ODA chiếm khoảng 65%. Giá dịch vụ thoát nước, xác định theo Nghị định số 80/2014/NĐ-CP, hiện bình quân mới khoảng 2.500-4.000 đồng/m3, chỉ bù đắp được khoảng 30% chi phí vận hành, bảo dưỡng.

Theo Định hướng phát triển thoát nước đô thị (Quyết định số 589/QĐ-TTg), đến năm 2025 tỷ lệ nước thải đô thị được thu gom, xử lý đạt quy chuẩn phải đạt 20-30% đối với đô thị loại IV trở lên; đến năm 2030 đạt trên 50%. Bộ Xây dựng dự báo nhu cầu vốn cho lĩnh vực này giai đoạn 2021-2030 khoảng 300.000 tỷ đồng. Dự thảo Luật Cấp, thoát nước dự kiến được trình Quốc hội tại Kỳ họp thứ 8.

Địa chỉ: Số 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội | Điện thoại: 024.3976.0271
"""

ASOF = P("tính đến tháng 4/2023", end="2023-04-30")
P1622 = P("Giai đoạn 2016-2022", "2016-01-01", "2022-12-31")
Y25 = P("đến năm 2025", end="2025-12-31")
Y30 = P("đến năm 2030", end="2030-12-31")
P2130 = P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
RATE = "tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý"

FIGS = [
    F("Cả nước có 89 nhà máy", "89", 89, "count", "nhà máy", "nhà máy xử lý nước thải đô thị tập trung"),
    F("cả nước có 89 nhà máy", "89", 89, "count", "nhà máy", "nhà máy xử lý nước thải đô thị tập trung đang vận hành", ASOF,
      change=C("increase", 12, "nhà máy", "năm 2020")),
    F("khoảng 1,86 triệu m3", "1,86", 1.86e6, "measure", "m3/ngày đêm", "tổng công suất nhà máy xử lý nước thải đô thị tập trung",
      ASOF, approx="about"),
    F("khoảng 60 nhà máy", "60", 60, "count", "nhà máy", "nhà máy đang trong giai đoạn thiết kế hoặc xây dựng", approx="about"),
    F("khoảng 2,9 triệu m3", "2,9", 2.9e6, "measure", "m3/ngày đêm", "tổng công suất dự kiến của các nhà máy đang thiết kế, xây dựng",
      approx="about", status="forecast"),
    F("khoảng 17-18%", "17", 17, "percent", "%", RATE, value_max=18, approx="about"),
    F("mức 12,5%", "12,5", 12.5, "percent", "%", RATE, P("năm 2020", "2020-01-01", "2020-12-31")),
    F("là hai địa phương", "hai", 2, "count", "địa phương", "địa phương có tổng công suất xử lý lớn nhất", optional=True),
    F("đạt 433.000 m3", "433.000", 433000, "measure", "m3/ngày đêm", "tổng công suất xử lý nước thải", location="Hà Nội"),
    F("và 371.000 m3", "371.000", 371000, "measure", "m3/ngày đêm", "tổng công suất xử lý nước thải", location="TP Hồ Chí Minh"),
    F("còn 19/63 tỉnh", "19", 19, "count", "tỉnh, thành phố", "tỉnh, thành phố chưa có nhà máy xử lý nước thải đô thị tập trung",
      total=63),
    F("khoảng 79.000 tỷ đồng", "79.000", 79e12, "money", "đồng", "tổng vốn đầu tư cho lĩnh vực thoát nước và xử lý nước thải",
      P1622, approx="about", status="estimate"),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "tỷ trọng vốn ODA trong tổng vốn đầu tư", P1622, approx="about",
      status="estimate"),
    F("khoảng 2.500-4.000 đồng/m3", "2.500", 2500, "money", "đồng/m3", "giá dịch vụ thoát nước bình quân", value_max=4000,
      approx="about"),
    F("khoảng 30% chi phí", "30", 30, "percent", "%", "chi phí vận hành, bảo dưỡng được bù đắp từ giá dịch vụ thoát nước",
      approx="about"),
    F("đạt 20-30%", "20", 20, "percent", "%", "tỷ lệ nước thải đô thị được thu gom, xử lý đạt quy chuẩn đối với đô thị loại IV trở lên",
      Y25, value_max=30, status="target"),
    F("trên 50%", "50", 50, "percent", "%", "tỷ lệ nước thải đô thị được thu gom, xử lý đạt quy chuẩn", Y30, approx="over",
      status="target"),
    F("khoảng 300.000 tỷ đồng", "300.000", 300e12, "money", "đồng", "nhu cầu vốn cho lĩnh vực thoát nước và xử lý nước thải",
      P2130, approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT Bộ Xây dựng: national urban WWTPs (tính đến tháng 4/2023), treatment rate, investment 2016-2022, 2025/2030 targets.",
    "All figures are Việt Nam except the 'lần lượt' pair (Hà Nội, TP Hồ Chí Minh). The ministry address (Hà Nội) localises nothing.",
    "'tăng 12 nhà máy so với năm 2020' is the change of 89; 'tăng so với mức 12,5% của năm 2020' has no change value: 12,5% is a figure.",
    "'19/63 tỉnh, thành phố' → total 63. 'trong đó vốn ODA chiếm khoảng 65%' is a share of another whole → percent figure,",
    "and continues the 'ước khoảng' clause (estimate). 'tổng công suất dự kiến' and 'dự báo' → forecast; 'đến năm 2025 … phải đạt' → target.",
    "'hai địa phương' (the two named cities) is a count only in form: optional.",
    "Distractors: Nghị định số 80/2014/NĐ-CP, Quyết định số 589/QĐ-TTg, đô thị loại IV, Kỳ họp thứ 8, address, phone, Lượt xem.",
]

build("p958-4", TEXT, FIGS, published="2023-05-22", location="Việt Nam", notes=NOTES)
