from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Trang chủ | Tin tức - Sự kiện | Kinh tế

Ninh Thuận: Năng lượng tái tạo tiếp tục là động lực tăng trưởng
Cập nhật: 08:35 | 14/10/2024

Theo Sở Công Thương, tính đến ngày 30/9/2024, trên địa bàn tỉnh có 57 dự án năng lượng tái tạo đã vận hành thương mại với tổng công suất 3.560,6 MW. Trong đó, điện mặt trời có 44 dự án, công suất 2.647,8 MW; điện gió có 13 dự án, công suất 912,8 MW. Công suất điện mặt trời tập trung chủ yếu tại các huyện Thuận Nam (1.025,4 MW), Ninh Phước (836,2 MW) và Thuận Bắc (412,5 MW). Ngoài ra, toàn tỉnh có 4.218 hệ thống điện mặt trời mái nhà với tổng công suất khoảng 365 MWp.

9 tháng năm 2024, sản lượng điện năng lượng tái tạo phát lên lưới ước đạt 5.812 triệu kWh, tăng 6,3% so với cùng kỳ, đạt 76,5% kế hoạch năm. Tuy nhiên, do lưới truyền tải quá tải cục bộ, một số nhà máy vẫn bị Trung tâm Điều độ hệ thống điện quốc gia (A0) cắt giảm từ 5% đến 12% công suất vào các giờ cao điểm nắng.

Theo Quy hoạch điện VIII và Quyết định số 1319/QĐ-TTg ngày 10/11/2023, đến năm 2030 tỉnh được bổ sung khoảng 1.430 MW điện gió trên bờ và 800 MW điện mặt trời tập trung. Tỉnh phấn đấu đến năm 2030 giá trị sản xuất ngành năng lượng chiếm trên 60% giá trị sản xuất công nghiệp toàn tỉnh. Tổng vốn đầu tư cho các dự án năng lượng giai đoạn 2021-2025 ước khoảng 42 nghìn tỷ đồng.

Đường dây nóng Sở Công Thương: 0259.3822.406
Lượt xem: 2.317
"""

asof = P("tính đến ngày 30/9/2024", None, "2024-09-30")
m9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
t30 = P("đến năm 2030", None, "2030-12-31")
gd = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

figs = [
    F("có 57 dự án", "57", 57, "count", "dự án", "dự án năng lượng tái tạo đã vận hành thương mại", asof),
    F("tổng công suất 3.560,6 MW", "3.560,6", 3560.6, "measure", "MW", "tổng công suất dự án năng lượng tái tạo vận hành thương mại", asof),
    F("có 44 dự án", "44", 44, "count", "dự án", "dự án điện mặt trời", I(asof), total=57),
    F("công suất 2.647,8 MW", "2.647,8", 2647.8, "measure", "MW", "công suất điện mặt trời", I(asof), total=3560.6),
    F("có 13 dự án", "13", 13, "count", "dự án", "dự án điện gió", I(asof), total=57),
    F("công suất 912,8 MW", "912,8", 912.8, "measure", "MW", "công suất điện gió", I(asof), total=3560.6),
    F("Thuận Nam (1.025,4 MW)", "1.025,4", 1025.4, "measure", "MW", "công suất điện mặt trời", I(asof), location="Thuận Nam"),
    F("Ninh Phước (836,2 MW)", "836,2", 836.2, "measure", "MW", "công suất điện mặt trời", I(asof), location="Ninh Phước"),
    F("Thuận Bắc (412,5 MW)", "412,5", 412.5, "measure", "MW", "công suất điện mặt trời", I(asof), location="Thuận Bắc"),
    F("có 4.218 hệ thống", "4.218", 4218, "count", "hệ thống", "hệ thống điện mặt trời mái nhà", I(asof)),
    F("khoảng 365 MWp", "365", 365, "measure", "MWp", "tổng công suất điện mặt trời mái nhà", I(asof), approx="about"),
    F("ước đạt 5.812 triệu kWh", "5.812", 5812000000, "measure", "kWh", "sản lượng điện năng lượng tái tạo phát lên lưới", m9,
      status="estimate", percent=76.5, change=CH("increase", 6.3, "%", "cùng kỳ")),
    F("từ 5% đến 12%", "5", 5, "percent", "%", "công suất bị cắt giảm", I(m9), value_max=12),
    F("khoảng 1.430 MW", "1.430", 1430, "measure", "MW", "điện gió trên bờ được bổ sung", t30, approx="about", status="target"),
    F("và 800 MW", "800", 800, "measure", "MW", "điện mặt trời tập trung được bổ sung", t30, status="target"),
    F("chiếm trên 60%", "60", 60, "percent", "%", "giá trị sản xuất ngành năng lượng trong giá trị sản xuất công nghiệp", t30,
      approx="over", status="target"),
    F("khoảng 42 nghìn tỷ đồng", "42", 42e12, "money", "đồng", "tổng vốn đầu tư cho các dự án năng lượng", gd,
      approx="about", status="estimate"),
]

build("p237-1", A, figs, [
    "Cổng TTĐT tỉnh Ninh Thuận: renewable energy to 30/9/2024, 9-month output, PDP VIII additions, investment 2021-2025.",
    "'Cập nhật: 08:35 | 14/10/2024' is the dateline. Distractors: 'Quy hoạch điện VIII', 'Quyết định số 1319/QĐ-TTg ngày 10/11/2023',",
    "'(A0)', hotline, 'Lượt xem: 2.317'. 'Trong đó' parts take totals 57 / 3.560,6; district list items take location from the item.",
    "'đạt 76,5% kế hoạch năm' is the share of the output (percent attribute), as in shared h14.",
], published="2024-10-14", location="Ninh Thuận")
