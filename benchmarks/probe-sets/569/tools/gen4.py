"""p569-4: Bộ Xây dựng (ministry site) — national urban wastewater treatment, 2023."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hạ tầng kỹ thuật
Ngày đăng: 22/11/2023 | Lượt xem: 1.207

Cả nước đã có 102 nhà máy xử lý nước thải đô thị

Theo Cục Hạ tầng kỹ thuật (Bộ Xây dựng), tính đến tháng 10/2023, cả nước có 102 nhà máy xử lý nước thải đô thị tập trung đang vận hành với tổng công suất khoảng 3,2 triệu m³/ngày đêm, tăng 14 nhà máy so với năm 2020. Ngoài ra, có 67 dự án đang trong giai đoạn thiết kế hoặc xây dựng với tổng công suất dự kiến hơn 2,5 triệu m³/ngày đêm.

Tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt khoảng 18%. Một số địa phương có tỷ lệ cao là Đà Nẵng (68%), Bình Dương (52,5%), Hà Nội (28%) và TP. Hồ Chí Minh (17,6%); trong khi nhiều đô thị loại III, IV chưa có hệ thống xử lý tập trung. Hiện có 45/63 tỉnh, thành phố có ít nhất một nhà máy XLNT đô thị.

Về mạng lưới, tổng chiều dài cống thoát nước tại các đô thị ước khoảng 98.000 km, phần lớn là cống chung; tỷ lệ hộ gia đình đấu nối vào hệ thống thu gom mới đạt từ 40 đến 60% tại các đô thị đã có nhà máy.

Theo Chiến lược phát triển ngành thoát nước, đến năm 2025 tỷ lệ nước thải đô thị được thu gom, xử lý đạt tiêu chuẩn phải đạt trên 25% đối với đô thị loại II trở lên, và đến năm 2030 đạt 50%. Để đạt mục tiêu này, nhu cầu vốn đầu tư giai đoạn 2021-2030 ước khoảng 8,5 tỷ USD, tương đương hơn 200.000 tỷ đồng. Trong khi đó, nguồn ngân sách nhà nước hiện chỉ đáp ứng được khoảng 30% nhu cầu.

Bộ Xây dựng đang hoàn thiện dự thảo Nghị định thay thế Nghị định số 80/2014/NĐ-CP về thoát nước và xử lý nước thải, trình Chính phủ trong quý I/2024.
"""

ASOF = P("tính đến tháng 10/2023", None, "2023-10-31")
G = P("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")
RATE = "tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý"
FIGS = [
    F("đã có 102 nhà máy", "102", 102, "count", "nhà máy",
      subject="nhà máy xử lý nước thải đô thị", period=INH(ASOF)),
    F("nước có 102 nhà máy", "102", 102, "count", "nhà máy",
      change=CH("increase", 14, "nhà máy", "năm 2020"),
      subject="nhà máy xử lý nước thải đô thị tập trung đang vận hành", period=ASOF),
    F("khoảng 3,2 triệu m³", "3,2", 3.2e6, "measure", "m³/ngày đêm", approx="about",
      subject="tổng công suất nhà máy xử lý nước thải đô thị tập trung", period=ASOF),
    F("có 67 dự án", "67", 67, "count", "dự án",
      subject="dự án đang trong giai đoạn thiết kế hoặc xây dựng"),
    F("hơn 2,5 triệu m³", "2,5", 2.5e6, "measure", "m³/ngày đêm", approx="over", status="forecast",
      subject="tổng công suất dự kiến của các dự án"),
    F("khoảng 18%", "18", 18, "percent", "%", approx="about", subject=RATE),
    F("Đà Nẵng (68%)", "68", 68, "percent", "%", subject=RATE, location="Đà Nẵng"),
    F("Bình Dương (52,5%)", "52,5", 52.5, "percent", "%", subject=RATE, location="Bình Dương"),
    F("Hà Nội (28%)", "28", 28, "percent", "%", subject=RATE, location="Hà Nội"),
    F("Minh (17,6%)", "17,6", 17.6, "percent", "%", subject=RATE, location="TP. Hồ Chí Minh"),
    F("có 45/63", "45", 45, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố có ít nhất một nhà máy XLNT đô thị"),
    F("ít nhất một nhà máy", "một", 1, "count", "nhà máy", approx="at_least", optional=True),
    F("khoảng 98.000 km", "98.000", 98000, "measure", "km", approx="about", status="estimate",
      subject="tổng chiều dài cống thoát nước tại các đô thị"),
    F("từ 40 đến 60%", "40", 40, "percent", "%", value_max=60,
      subject="tỷ lệ hộ gia đình đấu nối vào hệ thống thu gom"),
    F("trên 25%", "25", 25, "percent", "%", approx="over", status="target",
      subject="tỷ lệ nước thải đô thị được thu gom, xử lý đạt tiêu chuẩn đối với đô thị loại II trở lên",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("đạt 50%", "50", 50, "percent", "%", status="target",
      subject="tỷ lệ nước thải đô thị được thu gom, xử lý đạt tiêu chuẩn",
      period=P("đến năm 2030", None, "2030-12-31")),
    F("khoảng 8,5 tỷ USD", "8,5", 8.5e9, "money", "USD", approx="about", status="estimate",
      subject="nhu cầu vốn đầu tư", period=G),
    F("hơn 200.000 tỷ đồng", "200.000", 200000e9, "money", "đồng", approx="over", status="estimate",
      subject="nhu cầu vốn đầu tư", period=G),
    F("khoảng 30% nhu cầu", "30", 30, "percent", "%", approx="about",
      subject="nguồn ngân sách nhà nước đáp ứng nhu cầu vốn"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Xây dựng (ministry site): national urban wastewater treatment; 'Ngày đăng: 22/11/2023 | Lượt xem: 1.207'.",
    "National figures: location Việt Nam; the list 'Đà Nẵng (68%) …' gives each province its own location, subject = the rate.",
    "'45/63 tỉnh, thành phố' has total 63. 'ít nhất một nhà máy' is a threshold inside the subject: optional.",
    "Distractors: 'đô thị loại III, IV', 'loại II', 'Nghị định số 80/2014/NĐ-CP', 'quý I/2024', 'giai đoạn thiết kế', counter.",
    "'tăng 14 nhà máy so với năm 2020' is the change of the 102. 'tương đương hơn 200.000 tỷ đồng' is an equivalent amount:",
    "its own money figure (as shared h01 treats 'tương đương'), estimate like the clause it continues. The 30% is a sentence of its own (actual).",
]

if __name__ == "__main__":
    emit("p569-4", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Việt Nam")
