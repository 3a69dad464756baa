"""p1413-5: provincial Party newspaper (Báo Hải Dương): planthopper generation 6 on summer rice."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Hải Dương điện tử
Thời sự | Kinh tế | Nông nghiệp | Xã hội

Rầy lứa 6 gây hại gần 2.800 ha lúa mùa

Thứ Ba, 17/09/2024 08:10

Rầy nâu, rầy lưng trắng lứa 6 đang phát sinh mạnh trên lúa mùa, nhiều diện tích có nguy cơ cháy chòm nếu không phun trừ kịp thời.

(BHD) - Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, đến ngày 16/9, toàn tỉnh có khoảng 2.780 ha lúa mùa nhiễm rầy, tăng gần gấp đôi so với lứa 5, trong đó 320 ha nhiễm nặng. Mật độ rầy phổ biến 800-1.500 con/m2, nơi cao 3.000-5.000 con/m2, cục bộ trên 10.000 con/m2.

Huyện Gia Lộc có diện tích nhiễm lớn nhất với 620 ha, tiếp đến là Thanh Miện 485 ha và Ninh Giang 410 ha. Các giống nhiễm nặng chủ yếu là Bắc thơm số 7, BC15 và Hương thơm số 1.

Để ngăn chặn rầy gây cháy chòm, UBND tỉnh đã cấp 3 tấn thuốc trừ rầy cho các huyện và hỗ trợ 50% kinh phí mua thuốc cho các hợp tác xã. Ông Vũ Đình Thái, Phó Chi cục trưởng, cho biết đợt phun trừ tập trung diễn ra từ ngày 18 đến 24/9/2024, phấn đấu phun trừ ít nhất 95% diện tích nhiễm. Toàn tỉnh huy động 46 máy bay không người lái tham gia phun thuốc, mỗi máy phun được 25-30 ha/ngày.

Dự kiến năng suất lúa mùa năm nay đạt 58-60 tạ/ha, tương đương vụ mùa 2023. Khi phát hiện ổ rầy, người dân có thể báo qua đường dây nóng của Chi cục: 0220.3852.114.

THANH HƯƠNG
"""

ASOF = per("đến ngày 16/9", None, "2024-09-16")
SPRAY = per("từ ngày 18 đến 24/9/2024", "2024-09-18", "2024-09-24")
NOW = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("gần 2.800 ha", "2.800", 2800, "measure", "ha", approx="nearly",
        subject="lúa mùa rầy lứa 6 gây hại"),
    fig("khoảng 2.780 ha", "2.780", 2780, "measure", "ha", approx="about",
        change=chg("increase", 2, "lần", "lứa 5", approx="nearly"),
        subject="lúa mùa nhiễm rầy", period=ASOF),
    fig("trong đó 320 ha", "320", 320, "measure", "ha", total=2780,
        subject="diện tích nhiễm nặng", period=ASOF),
    fig("phổ biến 800-1.500", "800", 800, "measure", "con/m2", value_max=1500,
        subject="mật độ rầy phổ biến", period=inh(ASOF)),
    fig("nơi cao 3.000-5.000", "3.000", 3000, "measure", "con/m2", value_max=5000,
        subject="mật độ rầy nơi cao", period=inh(ASOF)),
    fig("trên 10.000 con/m2", "10.000", 10000, "measure", "con/m2", approx="over",
        subject="mật độ rầy cục bộ", period=inh(ASOF)),
    fig("với 620 ha", "620", 620, "measure", "ha",
        subject="diện tích nhiễm", location="Gia Lộc"),
    fig("Thanh Miện 485 ha", "485", 485, "measure", "ha",
        subject="diện tích nhiễm", location="Thanh Miện"),
    fig("Ninh Giang 410 ha", "410", 410, "measure", "ha",
        subject="diện tích nhiễm", location="Ninh Giang"),
    fig("cấp 3 tấn", "3", 3, "measure", "tấn",
        subject="thuốc trừ rầy UBND tỉnh cấp cho các huyện"),
    fig("hỗ trợ 50%", "50", 50, "percent", "%",
        subject="hỗ trợ kinh phí mua thuốc cho các hợp tác xã"),
    fig("ít nhất 95%", "95", 95, "percent", "%", approx="at_least", status="target",
        subject="phun trừ diện tích nhiễm", period=SPRAY),
    fig("huy động 46 máy bay", "46", 46, "count", "máy bay không người lái",
        subject="máy bay không người lái tham gia phun thuốc"),
    fig("được 25-30 ha/ngày", "25", 25, "measure", "ha/ngày", value_max=30,
        subject="diện tích mỗi máy phun được"),
    fig("đạt 58-60 tạ/ha", "58", 58, "measure", "tạ/ha", value_max=60, status="forecast",
        subject="năng suất lúa mùa", period=NOW),
]

NOTES = [
    "Provincial Party newspaper (Báo Hải Dương): menu, headline, 'Thứ Ba, 17/09/2024 08:10', sapo, tag '(BHD) -', byline at the end.",
    "Distractors: 'lứa 6', 'lứa 5' (planthopper generations: labels), 'Bắc thơm số 7', 'BC15', 'Hương thơm số 1' (variety names),",
    "08:10, hotline 0220.3852.114, the spraying dates 'từ ngày 18 đến 24/9/2024' (not a range figure), 'vụ mùa 2023'.",
    "The text only says 'tỉnh', but the BHD tag and the districts (Gia Lộc, Thanh Miện, Ninh Giang) imply Hải Dương.",
    "'tăng gần gấp đôi so với lứa 5' → change increase 2 lần (approx nearly), baseline 'lứa 5'. 'trong đó 320 ha' → total 2.780.",
    "'đến ngày 16/9' (year from the dateline) is an as-of date for the first sentence; densities in the next sentence inherit it.",
    "The district list ('lớn nhất với 620 ha, tiếp đến là ...') gets no period and no total.",
    "'phấn đấu phun trừ ít nhất 95%' → target, at_least, with the spraying span of its sentence as period.",
    "'mỗi máy phun được 25-30 ha/ngày' → measure ha/ngày (a per-machine rate). 'Dự kiến ... năm nay' → forecast, 2024.",
]

if __name__ == "__main__":
    write("p1413-5", TEXT, NOTES, FIGS, published="2024-09-17", location="Hải Dương")
