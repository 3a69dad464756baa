"""p1018-2: district portal (thị xã Điện Bàn, Quảng Nam) - gắn biển số nhà 9 tháng đầu năm 2023."""
from lib import F, P, I, CH, TG, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ ĐIỆN BÀN
Trang chủ > Tin tức > Quản lý đô thị

Điện Bàn đẩy nhanh tiến độ gắn biển số nhà

Thứ Năm, 19/10/2023 - 14:10

9 tháng đầu năm 2023, UBND thị xã Điện Bàn đã chỉ đạo các phường gắn biển số nhà cho 6.385 hộ, đạt 79,8% kế hoạch năm, tăng 1.120 hộ so với cùng kỳ năm 2022. Trong đó, phường Vĩnh Điện 1.742 hộ, Điện An 1.256 hộ, Điện Nam Bắc 1.108 hộ, Điện Nam Trung 964 hộ và Điện Dương 1.315 hộ.

Việc gắn biển được thực hiện trên 48 tuyến đường đã có tên, trong đó có các tuyến chính như Quốc lộ 1A, ĐT.609, đường Trần Nhân Tông, đường 2 Tháng 9 (đoạn qua Khối phố 3, phường Vĩnh Điện).

Đến nay, toàn thị xã có 214 tuyến đường được đặt tên với tổng chiều dài trên 186 km; số nhà đã gắn biển chiếm khoảng 62% tổng số nhà trên các tuyến đã đặt tên.

Mức thu kinh phí làm biển số nhà là 60.000 đồng/biển; riêng 1.035 hộ nghèo, hộ cận nghèo và gia đình chính sách được miễn phí, với tổng số tiền khoảng 62,1 triệu đồng do ngân sách thị xã hỗ trợ.

Theo ông Nguyễn Văn Năm, Trưởng phòng Quản lý đô thị thị xã, phấn đấu đến hết năm 2023, thị xã hoàn thành gắn biển số nhà cho 8.000 hộ. Năm 2024, thị xã dự kiến đề nghị đặt tên thêm 35 tuyến đường tại các phường Điện Ngọc, Điện Minh và Điện Phương, với kinh phí làm biển tên đường khoảng 420 triệu đồng.

Thu Hà (Trung tâm VH-TT&TT thị xã)

UBND thị xã Điện Bàn - Số 2 Trần Nhân Tông, phường Vĩnh Điện
Điện thoại: 0235.3867.215
"""

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
NOW = P("Đến nay", None, "2023-10-19")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

WARD = "hộ được gắn biển số nhà"
FIGS = [
    F("cho 6.385 hộ", "6.385", 6385, "count", "hộ", "hộ được gắn biển số nhà", percent=79.8,
      change=CH("increase", 1120, "hộ", baseline="cùng kỳ năm 2022"), period=M9),
    F("Vĩnh Điện 1.742 hộ", "1.742", 1742, "count", "hộ", WARD, total=6385, period=I(M9)),
    F("Điện An 1.256 hộ", "1.256", 1256, "count", "hộ", WARD, total=6385, period=I(M9)),
    F("Điện Nam Bắc 1.108 hộ", "1.108", 1108, "count", "hộ", WARD, total=6385, period=I(M9)),
    F("Điện Nam Trung 964 hộ", "964", 964, "count", "hộ", WARD, total=6385, period=I(M9)),
    F("Điện Dương 1.315 hộ", "1.315", 1315, "count", "hộ", WARD, total=6385, period=I(M9)),
    F("trên 48 tuyến đường", "48", 48, "count", "tuyến đường", "tuyến đường đã có tên được gắn biển",
      period=I(M9)),
    F("có 214 tuyến đường", "214", 214, "count", "tuyến đường", "tuyến đường được đặt tên", period=NOW),
    F("trên 186 km", "186", 186, "measure", "km", "tổng chiều dài tuyến đường được đặt tên",
      approx="over", period=NOW),
    F("khoảng 62%", "62", 62, "percent", "%", "tỷ lệ số nhà đã gắn biển trên các tuyến đã đặt tên",
      approx="about", period=NOW),
    F("là 60.000 đồng/biển", "60.000", 60000, "money", "đồng/biển", "mức thu kinh phí làm biển số nhà"),
    F("riêng 1.035 hộ", "1.035", 1035, "count", "hộ", "hộ nghèo, hộ cận nghèo và gia đình chính sách được miễn phí"),
    F("khoảng 62,1 triệu đồng", "62,1", 62.1e6, "money", "đồng", "tiền ngân sách thị xã hỗ trợ làm biển số nhà",
      approx="about"),
    F("cho 8.000 hộ", "8.000", 8000, "count", "hộ", "hộ được gắn biển số nhà", status="target",
      period=P("đến hết năm 2023", None, "2023-12-31")),
    F("thêm 35 tuyến đường", "35", 35, "count", "tuyến đường", "tuyến đường đề nghị đặt tên thêm",
      status="forecast", period=Y24),
    F("khoảng 420 triệu đồng", "420", 420e6, "money", "đồng", "kinh phí làm biển tên đường",
      approx="about", status="forecast", period=Y24),
]

NOTES = [
    "Cổng TTĐT thị xã Điện Bàn (Quảng Nam): gắn biển số nhà 9 tháng đầu năm 2023 by phường; street count, fee, targets.",
    "Not figures: Quốc lộ 1A, ĐT.609, đường 2 Tháng 9, Khối phố 3, ông Nguyễn Văn Năm (a name), Số 2 Trần Nhân Tông, 0235.3867.215, 14:10.",
    "The five ward counts follow 'Trong đó' after 6.385 hộ and add up to it: total 6385; wards are in Điện Bàn (location).",
    "'tăng 1.120 hộ so với cùng kỳ' is the change of 6.385 hộ (unit hộ). 'Đến nay' = as-of the dateline. 8.000 hộ (phấn đấu đến hết năm 2023) is the year plan.",
    "The 420 triệu continues the 'dự kiến' sentence: forecast, period Năm 2024.",
]

write(2, TEXT, FIGS, NOTES, published="2023-10-19", location="Điện Bàn")
