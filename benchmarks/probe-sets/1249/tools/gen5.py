"""p1249-5: Party newspaper (Báo Phú Yên, tag (BPY) -): Sông Cầu farmers switch from lobster to golden pompano."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO PHÚ YÊN ĐIỆN TỬ
Kinh tế - Nông nghiệp

Sông Cầu: Người nuôi chuyển sang cá chim vây vàng

Giá tôm hùm giống tăng cao, dịch bệnh kéo dài, nhiều hộ nuôi ở thị xã Sông Cầu đã chuyển sang nuôi cá chim vây vàng, loài cá dễ nuôi, vốn đầu tư thấp và ít rủi ro hơn.

(BPY) - Ông Lê Văn Tài ở phường Xuân Yên nuôi 8 lồng cá chim vây vàng, mỗi lồng thả khoảng 2.000 con. Sau 7 tháng nuôi, cá đạt trọng lượng bình quân 0,7 kg/con; vụ vừa qua gia đình ông thu hoạch gần 9 tấn, bán với giá 92.000 đồng/kg, lãi hơn 200 triệu đồng.

"Chi phí nuôi một lồng cá chim chỉ bằng khoảng 30% so với nuôi tôm hùm, mà cá ít bị bệnh", ông Tài nói.

Theo Phòng Kinh tế thị xã Sông Cầu, 7 tháng đầu năm 2024, toàn thị xã có 215 hộ nuôi cá biển với 1.630 lồng, tăng 340 lồng so với cùng kỳ năm 2023; sản lượng thu hoạch đạt 1.120 tấn. Trong khi đó, số lồng nuôi tôm hùm giảm còn 38.700 lồng, giảm 9%.

Toàn tỉnh hiện có khoảng 2.900 lồng nuôi cá biển, trong đó thị xã Sông Cầu chiếm trên 55%. Theo kế hoạch của UBND tỉnh, đến năm 2025, tỉnh phấn đấu hình thành hai vùng nuôi biển tập trung ứng dụng công nghệ cao tại vịnh Xuân Đài và đầm Cù Mông, mỗi vùng rộng 150-200 ha.

Bà Nguyễn Thị Mai, Trưởng phòng Kinh tế thị xã, cho biết thị xã đang hướng dẫn người nuôi đăng ký mã số vùng nuôi để tiêu thụ ổn định hơn.

NGỌC HÂN
09/08/2024
"""

M7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
T25 = per("đến năm 2025", None, "2025-12-31")
SC = "Sông Cầu"

FIGS = [
    fig("nuôi 8 lồng", "8", 8, "count", "lồng", subject="lồng cá chim vây vàng ông Lê Văn Tài nuôi"),
    fig("khoảng 2.000 con", "2.000", 2000, "measure", "con/lồng", approx="about", subject="cá thả mỗi lồng"),
    fig("Sau 7 tháng", "7", 7, "measure", "tháng", subject="thời gian nuôi", optional=True),
    fig("0,7 kg/con", "0,7", 0.7, "measure", "kg/con", subject="trọng lượng bình quân cá"),
    fig("gần 9 tấn", "9", 9, "measure", "tấn", approx="nearly", subject="cá gia đình ông thu hoạch"),
    fig("giá 92.000", "92.000", 92000, "money", "đồng/kg", subject="giá bán"),
    fig("hơn 200 triệu", "200", 200e6, "money", "đồng", approx="over", subject="lãi"),
    fig("nuôi một lồng", "một", 1, "count", "lồng", optional=True),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="chi phí nuôi một lồng cá chim"),
    fig("có 215 hộ", "215", 215, "count", "hộ", subject="hộ nuôi cá biển", period=M7),
    fig("với 1.630 lồng", "1.630", 1630, "count", "lồng", change=chg("increase", 340, "lồng", "cùng kỳ năm 2023"),
        subject="lồng nuôi cá biển", period=M7),
    fig("đạt 1.120 tấn", "1.120", 1120, "measure", "tấn", subject="sản lượng thu hoạch", period=M7),
    fig("còn 38.700 lồng", "38.700", 38700, "count", "lồng", change=chg("decrease", 9, "%"),
        subject="lồng nuôi tôm hùm", period=inh(M7)),
    fig("khoảng 2.900 lồng", "2.900", 2900, "count", "lồng", approx="about", subject="lồng nuôi cá biển",
        location="Phú Yên"),
    fig("trên 55%", "55", 55, "percent", "%", approx="over", subject="tỷ trọng lồng nuôi cá biển"),
    fig("hình thành hai vùng", "hai", 2, "count", "vùng", status="target",
        subject="vùng nuôi biển tập trung ứng dụng công nghệ cao", period=T25, location="Phú Yên"),
    fig("rộng 150-200 ha", "150", 150, "measure", "ha", value_max=200, status="target",
        subject="diện tích mỗi vùng nuôi biển tập trung", period=T25, location="Phú Yên"),
]

NOTES = [
    "Party newspaper (Báo Phú Yên): sapo, tag '(BPY) -', quote, byline 'NGỌC HÂN' and the bare date '09/08/2024' at the end (published).",
    "Location Sông Cầu for the farmer's and the town's figures; province figures ('Toàn tỉnh', 'tỉnh phấn đấu') Phú Yên.",
    "'trong đó thị xã Sông Cầu chiếm trên 55%' is a percent figure of its own (no amount for the part); Sông Cầu is its location.",
    "'mỗi lồng thả khoảng 2.000 con' is a rate: measure, unit 'con/lồng'. 'giảm còn 38.700 lồng, giảm 9%' → change decrease 9% (no baseline).",
    "Optional: 'Sau 7 tháng nuôi' (grow-out time) and 'một lồng' in the quote (generic 'per cage', a number word in doubt).",
    "The farmer's figures ('vụ vừa qua') and 'hiện' get no period. 'đến năm 2025 … phấn đấu … hai vùng …, mỗi vùng rộng 150-200 ha' → target.",
    "Revised after the first run: the 30% subject drops the baseline 'so với nuôi tôm hùm' (same rule as p1249-6's 55%).",
    "Distractors: (BPY), 09/08/2024, ordinal-free names 'phường Xuân Yên', 'vịnh Xuân Đài'.",
]

if __name__ == "__main__":
    write("p1249-5", TEXT, NOTES, FIGS, published="2024-08-09", location=SC)
