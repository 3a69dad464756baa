"""p1189-2: district portal (huyện Yên Mỹ, Hưng Yên), truck-tyre retreading workshops in xã Giai Phạm."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN MỸ
Trang chủ | Tin tức - Sự kiện | Kinh tế | Văn bản chỉ đạo

Nghề đắp lốp ô tô ở Giai Phạm tạo việc làm cho lao động nông thôn

Thứ Ba, 21/05/2024 | 16:05

Xã Giai Phạm hiện có 9 cơ sở đắp lốp ô tô, thu hút khoảng 140 lao động địa phương với thu nhập bình quân 8,5 triệu đồng/người/tháng. Năm 2023, các cơ sở đắp 21.600 lốp các loại, tăng 18% so với năm 2022, doanh thu đạt gần 43 tỷ đồng.

Tiêu biểu là xưởng đắp lốp Hùng Cường của ông Phạm Văn Cường ở thôn Tiên Xá, nằm cạnh Quốc lộ 39. Xưởng có hai dây chuyền đắp nóng và một dây chuyền đắp nguội, mỗi ngày xử lý từ 25 đến 30 lốp xe tải cỡ 11.00R20 và 12R22.5. Giá đắp một lốp từ 1,6 đến 2,2 triệu đồng, chỉ bằng khoảng 35% giá lốp mới, trong khi quãng đường xe chạy được đạt 70-80% so với lốp mới. Xưởng sử dụng 18 công nhân, trong đó 11 người là lao động nữ.

Theo ông Cường, mỗi lốp xe tải có thể đắp lại 2-3 lần nếu phần xương lốp còn tốt, giúp chủ xe tiết kiệm 40-50% chi phí lốp. Phần cao su mài ra được bán cho các cơ sở làm thảm cao su với giá 3.500 đồng/kg, mỗi tháng xưởng bán khoảng 6 tấn.

Năm 2024, UBND xã phấn đấu nâng số lao động làm nghề đắp lốp lên 170 người; dự kiến có thêm 2 cơ sở được hỗ trợ vay vốn, mỗi cơ sở tối đa 300 triệu đồng, để đầu tư máy mài và nồi lưu hóa.

Phòng Kinh tế - Hạ tầng huyện Yên Mỹ
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
XUONG = "xưởng"   # revised: the sentences say "Xưởng"; the name stands only in the sentence before

FIGS = [
    fig("hiện có 9 cơ sở", "9", 9, "count", "cơ sở", subject="cơ sở đắp lốp ô tô xã Giai Phạm"),
    fig("khoảng 140 lao động", "140", 140, "count", "lao động", approx="about",
        subject="lao động địa phương tại các cơ sở đắp lốp"),
    fig("bình quân 8,5 triệu", "8,5", 8500000, "money", "đồng/người/tháng",
        subject="thu nhập bình quân lao động đắp lốp"),
    fig("đắp 21.600 lốp", "21.600", 21600, "count", "lốp",
        change=chg("increase", 18, "%", "năm 2022"), subject="lốp các loại được đắp", period=Y23),
    fig("gần 43 tỷ đồng", "43", 43000000000, "money", "đồng", approx="nearly",
        subject="doanh thu các cơ sở đắp lốp", period=Y23),
    fig("có hai dây chuyền", "hai", 2, "count", "dây chuyền", subject=f"dây chuyền đắp nóng của {XUONG}"),
    fig("và một dây chuyền", "một", 1, "count", "dây chuyền", subject=f"dây chuyền đắp nguội của {XUONG}"),
    fig("từ 25 đến 30 lốp", "25", 25, "count", "lốp", value_max=30,
        subject=f"lốp xe tải {XUONG} xử lý mỗi ngày"),
    fig("từ 1,6 đến 2,2 triệu", "1,6", 1600000, "money", "đồng", value_max=2200000, percent=35,
        subject="giá đắp một lốp"),
    fig("đạt 70-80%", "70", 70, "percent", "%", value_max=80,
        subject="quãng đường xe chạy được của lốp đắp so với lốp mới"),
    fig("sử dụng 18 công nhân", "18", 18, "count", "công nhân", subject=f"công nhân {XUONG}"),
    fig("trong đó 11 người", "11", 11, "count", "người", total=18, subject=f"lao động nữ của {XUONG}"),
    fig("đắp lại 2-3 lần", "2", 2, "count", "lần", value_max=3,
        subject="số lần một lốp xe tải có thể đắp lại"),
    fig("tiết kiệm 40-50%", "40", 40, "percent", "%", value_max=50,
        subject="chi phí lốp chủ xe tiết kiệm được"),
    fig("giá 3.500 đồng/kg", "3.500", 3500, "money", "đồng/kg", subject="giá bán cao su mài"),
    fig("khoảng 6 tấn", "6", 6, "measure", "tấn", approx="about",
        subject=f"cao su mài {XUONG} bán mỗi tháng"),
    fig("lên 170 người", "170", 170, "count", "người", status="target",
        subject="lao động làm nghề đắp lốp", period=Y24),
    fig("thêm 2 cơ sở", "2", 2, "count", "cơ sở", status="forecast",
        subject="cơ sở đắp lốp được hỗ trợ vay vốn", period=Y24),
    fig("tối đa 300 triệu", "300", 300000000, "money", "đồng/cơ sở", approx="at_most", status="forecast",
        subject="mức hỗ trợ vay vốn mỗi cơ sở", period=Y24),
]

NOTES = [
    "District portal (huyện Yên Mỹ, Hưng Yên): 'Thứ Ba, 21/05/2024 | 16:05' (published 2024-05-21). Every figure is in Yên Mỹ (xã Giai Phạm).",
    "Distractors: 'Quốc lộ 39', tyre sizes '11.00R20' and '12R22.5' (names, not numbers), time 16:05, 'Giá đắp một lốp' (một = 'per tyre').",
    "Number words: 'hai dây chuyền', 'một dây chuyền' are counts. '2-3 lần' (how often a tyre can be retreaded) is a count of times, not a multiple.",
    "'chỉ bằng khoảng 35% giá lốp mới' is the share of the price range (percent attribute). '11 người' after 'trong đó' is part of 18.",
    "'lên 170 người' is the target level, not a change. 'mỗi cơ sở tối đa 300 triệu đồng' continues the 'dự kiến' clause: forecast.",
    "revised after the first run: subjects of the workshop's figures say 'xưởng' as their sentences do (the name 'xưởng đắp lốp Hùng Cường'",
    "stands only in the sentence before); FIGURES.md: the subject is the indicator 'as the sentence names it'.",
    "'Năm 2024' governs the whole last sentence (scored); the workshop portrait and 'hiện có' figures get no period.",
]

if __name__ == "__main__":
    write("p1189-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Yên Mỹ")
