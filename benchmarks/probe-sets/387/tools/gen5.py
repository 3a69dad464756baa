from lib import *

TEXT = """Nhà máy điện rác đầu tiên của Thanh Hóa chính thức hòa lưới điện quốc gia
Ngọc Huấn
09:05, 27/12/2023

(Baothanhhoa.vn) - Sáng 26/12, Công ty CP Môi trường xanh Đông Nam tổ chức lễ vận hành thương mại Nhà máy xử lý chất thải rắn sinh hoạt phát điện tại Khu liên hợp xử lý chất thải rắn của tỉnh. Nhà máy có tổng vốn đầu tư 1.650 tỷ đồng, công suất xử lý 500 tấn/ngày, công suất phát điện 12 MW; giai đoạn 2 dự kiến nâng công suất xử lý lên 1.000 tấn/ngày.

Theo UBND tỉnh, năm 2023 lượng chất thải rắn sinh hoạt phát sinh trên toàn tỉnh Thanh Hóa khoảng 2.350 tấn/ngày, tỷ lệ thu gom tại đô thị đạt 97%, ở nông thôn đạt 85%. Tuy nhiên, có tới 65% lượng rác vẫn đang được xử lý bằng hình thức chôn lấp; nhiều bãi rác như bãi rác Đông Nam của TP Thanh Hóa, bãi rác thị xã Bỉm Sơn đã quá tải.

Hiện toàn tỉnh có 153 lò đốt rác quy mô nhỏ tại các xã, tuy nhiên qua kiểm tra có tới 112 lò (chiếm 73,2%) không đạt quy chuẩn kỹ thuật về khí thải, phải dừng hoạt động hoặc cải tạo.

Với nhà máy mới, mỗi năm dự kiến xử lý khoảng 180.000 tấn rác thay vì chôn lấp, tiết kiệm khoảng 5 ha đất. Giai đoạn 2024-2025, tỉnh dự kiến kêu gọi đầu tư thêm 3 nhà máy đốt rác phát điện tại khu vực miền núi và ven biển, tổng công suất 1.200 tấn/ngày; phấn đấu đến năm 2025 tỷ lệ chôn lấp trực tiếp còn dưới 30%.

Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh đề nghị chủ đầu tư vận hành nhà máy đúng quy trình, công khai thông số quan trắc khí thải; giao Sở Tài nguyên và Môi trường chủ trì kiểm tra định kỳ 6 tháng/lần. Thông tin phản ánh gửi về số điện thoại 0237.3852.419.
"""

Y23 = lambda inh=False: Y("năm 2023", 2023, inh)
FIGS = [
    F("đầu tư 1.650 tỷ đồng", "1.650", 1.65e12, "money", "đồng", "tổng vốn đầu tư Nhà máy"),
    F("xử lý 500 tấn/ngày", "500", 500, "measure", "tấn/ngày", "công suất xử lý"),
    F("12 MW", "12", 12, "measure", "MW", "công suất phát điện"),
    F("lên 1.000 tấn/ngày", "1.000", 1000, "measure", "tấn/ngày", "công suất xử lý giai đoạn 2", status="forecast"),
    F("khoảng 2.350 tấn/ngày", "2.350", 2350, "measure", "tấn/ngày", "lượng chất thải rắn sinh hoạt phát sinh",
      approx="about", period=Y23()),
    F("đô thị đạt 97%", "97", 97, "percent", "%", "tỷ lệ thu gom tại đô thị", period=Y23()),
    F("nông thôn đạt 85%", "85", 85, "percent", "%", "tỷ lệ thu gom ở nông thôn", period=Y23()),
    F("tới 65%", "65", 65, "percent", "%", "lượng rác được xử lý bằng hình thức chôn lấp", period=Y23(True)),
    F("có 153 lò đốt", "153", 153, "count", "lò đốt rác", "lò đốt rác quy mô nhỏ tại các xã"),
    F("tới 112 lò", "112", 112, "count", "lò", "lò đốt không đạt quy chuẩn kỹ thuật về khí thải", percent=73.2),
    F("khoảng 180.000 tấn", "180.000", 180000, "measure", "tấn/năm", "rác nhà máy xử lý mỗi năm thay vì chôn lấp",
      approx="about", status="forecast"),
    F("khoảng 5 ha", "5", 5, "measure", "ha", "diện tích đất tiết kiệm", approx="about", status="forecast"),
    F("thêm 3 nhà máy", "3", 3, "count", "nhà máy đốt rác phát điện", "nhà máy đốt rác phát điện kêu gọi đầu tư thêm",
      status="forecast", period=P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
    F("công suất 1.200 tấn/ngày", "1.200", 1200, "measure", "tấn/ngày", "tổng công suất", status="forecast",
      period=P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")),
    F("dưới 30%", "30", 30, "percent", "%", "tỷ lệ chôn lấp trực tiếp", approx="under", status="target",
      period=P("đến năm 2025", None, "2025-12-31")),
    F("định kỳ 6 tháng/lần", "6", 6, "measure", "tháng/lần", optional=True),
]

emit(5, [
    "Báo Thanh Hóa (Party newspaper): nhà máy điện rác vận hành thương mại; tỉnh's waste figures 2023. Byline, then bare '09:05, 27/12/2023'.",
    "Distractors: 'Sáng 26/12', 'giai đoạn 2' (phase name), 'bãi rác Đông Nam của TP Thanh Hóa', 'thị xã Bỉm Sơn', phone 0237.3852.419.",
    "Plant figures (capacity, MW, investment) are standing properties: no period. 'dự kiến' → forecast for 1.000 tấn/ngày and for the",
    "180.000 tấn / 5 ha clause (the cue governs the clause that continues it); 'Giai đoạn 2024-2025 … dự kiến' → forecast; 'phấn đấu' → target.",
    "'có tới 112 lò (chiếm 73,2%)' after 153 lò: no part-of cue (no trong đó/gồm/trong số), so no total; 73,2 is its percent.",
    "'định kỳ 6 tháng/lần' is an inspection interval (optional).",
], TEXT, FIGS, published="2023-12-27", location="Thanh Hóa")
