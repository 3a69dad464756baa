from lib import F, P, C, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN EA KAR - TỈNH ĐẮK LẮK

Tình hình thời tiết, khô hạn 9 tháng năm 2024 và dự báo quý IV
Ngày cập nhật: 03/10/2024

Theo báo cáo của Phòng Nông nghiệp và Phát triển nông thôn huyện, 9 tháng năm 2024, tổng lượng mưa đo được tại trạm Ea Kar đạt 1.126 mm, giảm 22,5% so với cùng kỳ năm 2023 và chỉ bằng 78% TBNN. Mùa khô năm nay kéo dài, từ tháng 1 đến giữa tháng 5 hầu như không có mưa; nhiệt độ cao nhất trong tháng 4/2024 lên tới 38,6°C.

Hạn hán đã ảnh hưởng đến 3.240 ha cây trồng, trong đó lúa 1.150 ha, cà phê 1.420 ha, cây hằng năm khác 670 ha; diện tích mất trắng (thiệt hại trên 70%) là 285 ha. Tổng giá trị thiệt hại ước khoảng 42,5 tỷ đồng.

Các hồ chứa trên địa bàn hiện tích được 58,4 triệu m3, đạt 64% dung tích thiết kế. Tính đến 30/9, có 7/21 hồ chứa xuống dưới mực nước chết.

Dự báo quý IV/2024, tổng lượng mưa trên địa bàn huyện khoảng 450-550 mm, thấp hơn TBNN khoảng 10%; mùa mưa có khả năng kết thúc sớm.

Giai đoạn 2021-2025, huyện được giao kế hoạch xây dựng 12 trạm đo mưa tự động; từ năm 2021 đến nay đã lắp đặt 9 trạm, đạt 75% kế hoạch, phấn đấu đến cuối năm 2025 hoàn thành 100% chỉ tiêu. Huyện cũng đặt mục tiêu nâng tỷ lệ diện tích cây trồng được tưới chủ động lên 85% vào năm 2025.

Thực hiện Quyết định số 1569/QĐ-UBND ngày 12/7/2024 của UBND tỉnh, huyện đã hỗ trợ 2,3 tỷ đồng cho các xã bị hạn nặng như Ea Sô, Cư Yang. Người dân cần hỗ trợ liên hệ Phòng NN&PTNT huyện, số 226 Nguyễn Tất Thành, thị trấn Ea Kar, điện thoại 0262.3625.108.

Lượt truy cập: 184.752
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)

FIGS = [
    F("đạt 1.126 mm", "1.126", 1126, "measure", "mm", "tổng lượng mưa",
      change=C("decrease", 22.5, "%", "cùng kỳ năm 2023"), percent=78, period=M9),
    F("lên tới 38,6°C", "38,6", 38.6, "measure", "°C", "nhiệt độ cao nhất",
      period=P("tháng 4/2024", "2024-04-01", "2024-04-30")),
    F("đến 3.240 ha", "3.240", 3240, "measure", "ha", "cây trồng bị ảnh hưởng hạn hán", period=M9i),
    F("lúa 1.150 ha", "1.150", 1150, "measure", "ha", "lúa bị ảnh hưởng hạn hán", total=3240, period=M9i),
    F("cà phê 1.420 ha", "1.420", 1420, "measure", "ha", "cà phê bị ảnh hưởng hạn hán", total=3240, period=M9i),
    F("khác 670 ha", "670", 670, "measure", "ha", "cây hằng năm khác bị ảnh hưởng hạn hán", total=3240, period=M9i),
    F("trên 70%", "70", 70, "percent", "%", "mức thiệt hại", approx="over", optional=True),
    F("là 285 ha", "285", 285, "measure", "ha", "diện tích mất trắng", period=M9i),
    F("khoảng 42,5 tỷ đồng", "42,5", 42500000000, "money", "đồng", "tổng giá trị thiệt hại", approx="about",
      status="estimate", period=M9i),
    F("được 58,4 triệu m3", "58,4", 58400000, "measure", "m3", "dung tích các hồ chứa", percent=64),
    F("có 7/21 hồ", "7", 7, "count", "hồ chứa", "hồ chứa xuống dưới mực nước chết", total=21,
      period=P("Tính đến 30/9", None, "2024-09-30")),
    F("khoảng 450-550 mm", "450", 450, "measure", "mm", "tổng lượng mưa", value_max=550, approx="about",
      change=C("decrease", 10, "%", "TBNN", approx="about"), status="forecast",
      period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("xây dựng 12 trạm", "12", 12, "count", "trạm", "trạm đo mưa tự động được giao kế hoạch xây dựng",
      status="target", period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("lắp đặt 9 trạm", "9", 9, "count", "trạm", "trạm đo mưa tự động đã lắp đặt", percent=75,
      period=P("từ năm 2021 đến nay", "2021-01-01", "2024-10-03")),
    F("hoàn thành 100% chỉ tiêu", "100", 100, "percent", "%", "chỉ tiêu xây dựng trạm đo mưa tự động",
      status="target", period=P("đến cuối năm 2025", None, "2025-12-31")),
    F("lên 85%", "85", 85, "percent", "%", "tỷ lệ diện tích cây trồng được tưới chủ động", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("hỗ trợ 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "hỗ trợ các xã bị hạn nặng"),
]

HEADER = """District portal (Cổng TTĐT huyện Ea Kar, Đắk Lắk): weather and drought, 9 months of 2024, Q4 forecast, station-building plan.
Dateline 'Ngày cập nhật: 03/10/2024' (no time). Location: the district Ea Kar for every figure.
Distractors: Quyết định số 1569/QĐ-UBND, dates 12/7/2024, 30/9, 'từ tháng 1 đến giữa tháng 5' (period), address 'số 226 Nguyễn Tất Thành',
phone 0262.3625.108, 'Lượt truy cập: 184.752', commune names.
'1.126 mm, giảm 22,5% so với cùng kỳ năm 2023 và chỉ bằng 78% TBNN': one change and one share (percent 78).
'3.240 ha …, trong đó lúa 1.150 ha, cà phê 1.420 ha, cây hằng năm khác 670 ha' -> total 3240; 285 ha (mất trắng) has no part-of cue.
'(thiệt hại trên 70%)' is a definition threshold (optional). '58,4 triệu m3, đạt 64%' -> percent 64, no period phrase.
'kế hoạch xây dựng 12 trạm' is a target figure of its own; '9 trạm, đạt 75% kế hoạch' -> percent 75 (the plan is a separate figure, not
repeated in this clause, so no target attribute). 'từ năm 2021 đến nay' ends at the dateline."""

emit("p293-8", TEXT, FIGS, HEADER, published="2024-10-03", location="Ea Kar")
