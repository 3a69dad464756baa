"""p1346-5: Party newspaper (Báo Quảng Nam, QNO): fish cages and algae on hồ Phú Ninh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Xã hội > Môi trường

Nuôi cá lồng trên hồ Phú Ninh: Lo ngại ô nhiễm nguồn nước

15/10/2024 07:15

Số lồng cá trên hồ Phú Ninh tăng nhanh trong khi nước hồ nhiều lần xuất hiện tảo, đe dọa nguồn nước sinh hoạt của hơn 100.000 người.

(QNO) - Hồ Phú Ninh có dung tích hơn 344 triệu m3, tưới cho khoảng 23.000 ha đất canh tác và cấp nước thô cho nhà máy nước công suất 30.000 m3/ngày đêm. Theo Ban Quản lý khai thác các công trình thủy lợi tỉnh, hiện trên lòng hồ có 215 lồng cá của 48 hộ, tăng 37 lồng so với năm 2022; trong đó 160 lồng thuộc địa bàn huyện Phú Ninh.

Từ đầu tháng 9 đến nay, nước hồ tại khu vực thôn 5, xã Tam Đại (huyện Phú Ninh) chuyển màu xanh, xuất hiện váng tảo. Ông Trần Văn Lộc, chủ 6 lồng cá diêu hồng ở xã Tam Đại, cho biết gia đình mất gần 700 kg cá, với giá bán 55.000 đồng/kg thì thiệt hại khoảng 38 triệu đồng. Toàn hồ có khoảng 2,5 tấn cá lồng bị chết.

Ông Nguyễn Hữu Phước, Phó Giám đốc Ban Quản lý, cho biết 9 tháng đầu năm 2024 đơn vị đã lấy 12 mẫu nước, trong đó 5 mẫu vượt quy chuẩn về chỉ tiêu amoni và photphat. "Chúng tôi dự kiến giảm số lồng xuống còn 150 lồng vào năm 2025 và di dời toàn bộ lồng ra khỏi khu vực cửa lấy nước", ông Phước nói.

Mục tiêu đến năm 2030, 100% hộ nuôi trên hồ chuyển sang lồng nhựa HDPE; hiện mới có 11 hộ.

VĂN HÙNG
"""

SEPT = per("Từ đầu tháng 9 đến nay", "2024-09-01", "2024-10-15")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("vào năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
PN = "Phú Ninh"

FIGS = [
    fig("hơn 100.000 người", "100.000", 100000, "count", "người", approx="over",
        subject="người dùng nguồn nước sinh hoạt từ hồ Phú Ninh"),
    fig("hơn 344 triệu", "344", 344e6, "measure", "m3", approx="over", subject="dung tích hồ Phú Ninh"),
    fig("khoảng 23.000 ha", "23.000", 23000, "measure", "ha", approx="about", subject="đất canh tác hồ tưới"),
    fig("công suất 30.000 m3", "30.000", 30000, "measure", "m3/ngày đêm", subject="công suất nhà máy nước"),
    fig("có 215 lồng", "215", 215, "count", "lồng", change=chg("increase", 37, "lồng", "năm 2022"),
        subject="lồng cá trên lòng hồ"),
    fig("của 48 hộ", "48", 48, "count", "hộ", subject="hộ nuôi cá lồng trên hồ"),
    fig("trong đó 160 lồng", "160", 160, "count", "lồng", total=215, subject="lồng cá thuộc địa bàn huyện Phú Ninh",
        location=PN),
    fig("chủ 6 lồng", "6", 6, "count", "lồng", subject="lồng cá diêu hồng của ông Trần Văn Lộc", location=PN),
    fig("gần 700 kg", "700", 700, "measure", "kg", approx="nearly", subject="cá gia đình ông Lộc bị mất",
        period=inh(SEPT), location=PN),
    fig("giá bán 55.000", "55.000", 55000, "money", "đồng/kg", subject="giá bán cá", location=PN),
    fig("khoảng 38 triệu", "38", 38e6, "money", "đồng", approx="about", subject="thiệt hại của gia đình ông Lộc",
        period=inh(SEPT), location=PN),
    fig("khoảng 2,5 tấn", "2,5", 2.5, "measure", "tấn", approx="about", subject="cá lồng bị chết toàn hồ",
        period=inh(SEPT)),
    fig("lấy 12 mẫu", "12", 12, "count", "mẫu nước", subject="mẫu nước đơn vị đã lấy", period=M9),
    fig("trong đó 5 mẫu", "5", 5, "count", "mẫu", total=12, subject="mẫu vượt quy chuẩn về chỉ tiêu amoni và photphat",
        period=M9),
    fig("còn 150 lồng", "150", 150, "count", "lồng", status="forecast", subject="số lồng", period=Y25),
    fig("2030, 100%", "100", 100, "percent", "%", status="target",
        subject="hộ nuôi trên hồ chuyển sang lồng nhựa HDPE", period=T30),
    fig("có 11 hộ", "11", 11, "count", "hộ", subject="hộ nuôi đã chuyển sang lồng nhựa HDPE"),
]

NOTES = [
    "Party newspaper (Báo Quảng Nam): headline, '15/10/2024 07:15', sapo, tag '(QNO) -', byline VĂN HÙNG at the end.",
    "Distractors: 07:15, 'thôn 5', 'năm 2022' (baseline), 'năm 2025'/'năm 2030' as periods, 'HDPE'.",
    "Lake figures → Quảng Nam (the reservoir spans several districts); the 160 cages and Mr Lộc's farm (xã Tam Đại,",
    "  huyện Phú Ninh) → Phú Ninh. '215 lồng cá của 48 hộ, tăng 37 lồng' → change attaches to 215 across 'của 48 hộ'.",
    "'Từ đầu tháng 9 đến nay' stands in the sentence before the losses → inherited (ends at the dateline).",
    "'dự kiến ... 150 lồng vào năm 2025' → forecast, year 2025. 'Mục tiêu đến năm 2030, 100%' → target; '; hiện mới có 11 hộ' → actual.",
]

if __name__ == "__main__":
    write("p1346-5", TEXT, NOTES, FIGS, published="2024-10-15", location="Quảng Nam")
