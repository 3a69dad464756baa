"""p678-6: national press - Hà Nội public lighting maintenance budget, LED share by district."""
from lib import *

TEXT = """Thời sự › Giao thông

Thứ năm, 12/9/2024, 06:30 (GMT+7)

Hà Nội chi hơn 520 tỷ đồng mỗi năm để duy trì chiếu sáng công cộng

Thành phố hiện có khoảng 3.950 km đường được chiếu sáng với gần 345.000 bộ đèn, trong đó hơn 210.000 bộ đã dùng LED, theo Sở Xây dựng Hà Nội.

Năm 2024, thành phố bố trí 524,6 tỷ đồng cho duy trì, vận hành hệ thống chiếu sáng, tăng 6,8% so với năm 2023; riêng tiền điện khoảng 320 tỷ đồng, chiếm 61%.

Các quận nội thành đã thay 100% đèn LED. Ở ngoại thành, tỷ lệ này tại huyện Ba Vì mới đạt 38%, Mỹ Đức 41%, Ứng Hòa 45%.

Ông Trần Văn Minh, Phó giám đốc Công ty TNHH MTV Chiếu sáng và Thiết bị đô thị (Hapulico), cho biết mỗi bộ đèn LED 120 W thay cho đèn sodium 250 W giúp giảm khoảng 52% điện năng. Giai đoạn 2021-2023, việc thay 48.700 bộ đèn giúp tiết kiệm khoảng 39 triệu kWh, tương đương 74 tỷ đồng.

Theo ông Minh, tuổi thọ đèn LED gấp 3 lần đèn sodium nên chi phí thay bóng, bảo dưỡng cũng giảm đáng kể. Tuy vậy, nhiều tuyến như đường Láng, Vành đai 3 trên cao vẫn dùng đèn cũ do vướng thủ tục đầu tư.

Đến năm 2025, thành phố đặt mục tiêu 100% tuyến đường do thành phố quản lý dùng đèn LED, đồng thời lắp thêm 1.200 tủ điều khiển thông minh, nâng tổng số lên khoảng 3.000 tủ.

Người dân phát hiện đèn hỏng có thể báo qua đường dây nóng 024.3825.7386 hoặc ứng dụng iHanoi.

Võ Hải
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
G = per("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = per("Đến năm 2025", end="2025-12-31")
LED = "tỷ lệ đèn LED"

FIGS = [
    fig("hơn 520 tỷ", "520", 520000000000, "money", "đồng", "kinh phí duy trì chiếu sáng công cộng mỗi năm", approx="over"),
    fig("khoảng 3.950 km", "3.950", 3950, "measure", "km", "đường được chiếu sáng", approx="about"),
    fig("gần 345.000 bộ", "345.000", 345000, "count", "bộ đèn", "bộ đèn chiếu sáng", approx="nearly"),
    fig("hơn 210.000 bộ", "210.000", 210000, "count", "bộ", "bộ đèn đã dùng LED", approx="over", total=345000),
    fig("bố trí 524,6 tỷ", "524,6", 524600000000, "money", "đồng", "kinh phí duy trì, vận hành hệ thống chiếu sáng", Y24,
        change=chg("increase", 6.8, "%", "năm 2023")),
    fig("khoảng 320 tỷ", "320", 320000000000, "money", "đồng", "tiền điện", Y24, approx="about", total=524600000000, percent=61),
    fig("thay 100% đèn", "100", 100, "percent", "%", "đèn LED tại các quận nội thành"),
    fig("mới đạt 38%", "38", 38, "percent", "%", LED, location="Ba Vì"),
    fig("Mỹ Đức 41%", "41", 41, "percent", "%", LED, location="Mỹ Đức"),
    fig("Ứng Hòa 45%", "45", 45, "percent", "%", LED, location="Ứng Hòa"),
    fig("LED 120 W", "120", 120, "measure", "W", optional=True),
    fig("sodium 250 W", "250", 250, "measure", "W", optional=True),
    fig("khoảng 52%", "52", 52, "percent", "%", "điện năng giảm khi thay đèn sodium bằng đèn LED", approx="about"),
    fig("thay 48.700 bộ", "48.700", 48700, "count", "bộ đèn", "bộ đèn thay thế", G),
    fig("khoảng 39 triệu kWh", "39", 39000000, "measure", "kWh", "điện năng tiết kiệm", G, approx="about"),
    fig("tương đương 74 tỷ", "74", 74000000000, "money", "đồng", "giá trị điện năng tiết kiệm", G),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", "tuổi thọ đèn LED so với đèn sodium"),
    fig("tiêu 100% tuyến", "100", 100, "percent", "%", "tuyến đường do thành phố quản lý dùng đèn LED", T25, status="target"),
    fig("thêm 1.200 tủ", "1.200", 1200, "count", "tủ điều khiển", "tủ điều khiển thông minh lắp thêm", T25, status="target"),
    fig("khoảng 3.000 tủ", "3.000", 3000, "count", "tủ", "tổng số tủ điều khiển thông minh", T25, approx="about",
        status="target"),
]

COMMENTS = [
    "National press (VnExpress-like): Hà Nội public lighting maintenance budget; dateline 'Thứ năm, 12/9/2024, 06:30 (GMT+7)'.",
    "'riêng tiền điện khoảng 320 tỷ đồng, chiếm 61%' is a part of the 524,6 tỷ budget (total) with its own share (percent).",
    "District list items (Ba Vì, Mỹ Đức, Ứng Hòa) take the indicator 'tỷ lệ đèn LED' from 'tỷ lệ này' and the district as location.",
    "Lamp wattages '120W', '250W' name the lamp type (spec, cf. 'từ 15 tuổi'): optional. 'gấp 3 lần' standing alone is a multiple.",
    "Distractors: '(GMT+7)', '06:30', 'Vành đai 3', hotline '024.3825.7386', 'Công ty TNHH MTV'.",
]

if __name__ == "__main__":
    emit("p678-6", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Hà Nội")
