"""p497-8: city portal (Cần Thơ), Q1/2024 rural roads and bridges, disbursement by district, Q2 plan."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import fig, per, inh, chg, tgt, emit

TEXT = """Cổng thông tin điện tử thành phố Cần Thơ
Trang chủ » Kinh tế » Giao thông - Xây dựng
Ngày cập nhật 08/04/2024

Quý I/2024: Cần Thơ giải ngân hơn 72 tỷ đồng cho giao thông nông thôn

Quý I/2024, các huyện Phong Điền, Thới Lai, Cờ Đỏ, Vĩnh Thạnh đã hoàn thành 38,6 km đường giao thông nông thôn và 12 cầu, tăng lần lượt 21,4% và 3 cầu so với cùng kỳ năm 2023.

Vốn giải ngân đạt 72,4 tỷ đồng, bằng 24,1% kế hoạch vốn năm; trong đó Thới Lai giải ngân cao nhất với 23,8 tỷ đồng, tiếp đến là Cờ Đỏ 19,6 tỷ đồng, Phong Điền 16,2 tỷ đồng và Vĩnh Thạnh 12,8 tỷ đồng.

Nguồn vốn chủ yếu từ ngân sách thành phố; người dân đóng góp 9,7 tỷ đồng và hiến 14.280 m2 đất. Chi phí bình quân làm đường bê tông rộng 3,5 m khoảng 650.000 đồng/m2 mặt đường. Nhiều tuyến nối với Quốc lộ 91 và Đường tỉnh 922 đã phát huy hiệu quả.

Ước tính đến hết tháng 3/2024, tỷ lệ đường trục xã được cứng hóa toàn thành phố đạt 96,7%; riêng huyện Vĩnh Thạnh mới đạt 88,2%.

Quý II/2024, thành phố dự kiến khởi công 54 km đường và 9 cầu, giải ngân khoảng 95 tỷ đồng. Sở Giao thông vận tải đề nghị các huyện đẩy nhanh tiến độ, phấn đấu giải ngân 100% vốn được giao trước ngày 31/12/2024.

Sở Giao thông vận tải thành phố Cần Thơ - Số 2 Hòa Bình, quận Ninh Kiều. Điện thoại: 0292.3820.556
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q2 = per("Quý II/2024", "2024-04-01", "2024-06-30")
ASOF = per("Ước tính đến hết tháng 3/2024", None, "2024-03-31")
S_D = "vốn giải ngân"

F = [
    fig("giải ngân hơn 72 tỷ đồng", "72", 72e9, "money", "đồng", "vốn giải ngân cho giao thông nông thôn", Q1, approx="over"),
    fig("thành 38,6 km", "38,6", 38.6, "measure", "km", "đường giao thông nông thôn hoàn thành", Q1,
        change=chg("increase", 21.4, "%", "cùng kỳ năm 2023")),
    fig("và 12 cầu", "12", 12, "count", "cầu", "cầu hoàn thành", Q1, change=chg("increase", 3, "cầu", "cùng kỳ năm 2023")),
    fig("đạt 72,4 tỷ đồng", "72,4", 72.4e9, "money", "đồng", "vốn giải ngân", inh(Q1), percent=24.1),
    fig("với 23,8 tỷ đồng", "23,8", 23.8e9, "money", "đồng", S_D, inh(Q1), total=72.4e9, location="Thới Lai"),
    fig("Cờ Đỏ 19,6 tỷ đồng", "19,6", 19.6e9, "money", "đồng", S_D, inh(Q1), total=72.4e9, location="Cờ Đỏ"),
    fig("Phong Điền 16,2 tỷ đồng", "16,2", 16.2e9, "money", "đồng", S_D, inh(Q1), total=72.4e9, location="Phong Điền"),
    fig("Vĩnh Thạnh 12,8 tỷ đồng", "12,8", 12.8e9, "money", "đồng", S_D, inh(Q1), total=72.4e9, location="Vĩnh Thạnh"),
    fig("góp 9,7 tỷ đồng", "9,7", 9.7e9, "money", "đồng", "người dân đóng góp", inh(Q1)),
    fig("hiến 14.280 m2", "14.280", 14280, "measure", "m2", "đất người dân hiến", inh(Q1)),
    fig("rộng 3,5 m", "3,5", 3.5, "measure", "m", "bề rộng đường bê tông", optional=True),
    fig("khoảng 650.000 đồng/m2", "650.000", 650000, "money", "đồng/m2", "chi phí bình quân làm đường bê tông", approx="about"),
    fig("đạt 96,7%", "96,7", 96.7, "percent", "%", "tỷ lệ đường trục xã được cứng hóa", ASOF, status="estimate"),
    fig("đạt 88,2%", "88,2", 88.2, "percent", "%", "tỷ lệ đường trục xã được cứng hóa", ASOF, status="estimate", location="Vĩnh Thạnh"),
    fig("công 54 km", "54", 54, "measure", "km", "đường khởi công", Q2, status="forecast"),
    fig("và 9 cầu", "9", 9, "count", "cầu", "cầu khởi công", Q2, status="forecast"),
    fig("khoảng 95 tỷ đồng", "95", 95e9, "money", "đồng", "vốn giải ngân", Q2, approx="about", status="forecast"),
    fig("giải ngân 100%", "100", 100, "percent", "%", "giải ngân vốn được giao", status="target"),
]

COMMENTS = [
    "Probe 497-8. City portal (Cần Thơ), 'Ngày cập nhật 08/04/2024': Q1/2024 rural roads and bridges in four rural districts.",
    "Figures for the four districts together keep location Cần Thơ; each district in the disbursement list is its item's location.",
    "'tăng lần lượt 21,4% và 3 cầu so với cùng kỳ năm 2023' → the changes of 38,6 km and 12 cầu respectively.",
    "'bằng 24,1% kế hoạch vốn năm' is the percent of 72,4 tỷ; the district amounts after '; trong đó' add up to it (total).",
    "'Ước tính đến hết tháng 3/2024' → estimate and as-of 2024-03-31, continuing to the Vĩnh Thạnh clause ('riêng ... mới đạt').",
    "'dự kiến' → forecast for the Q2 plan (54 km, 9 cầu, 95 tỷ). 'rộng 3,5 m' qualifies the road type: optional.",
    "'trước ngày 31/12/2024' is a deadline, not given as a period. Distractors: Quốc lộ 91, Đường tỉnh 922, Số 2 Hòa Bình, phone.",
]

if __name__ == "__main__":
    emit("p497-8", TEXT, COMMENTS, F, published="2024-04-08", location="Cần Thơ")
