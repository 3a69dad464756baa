"""p1390-4: provincial newspaper (Báo Ninh Thuận, tag NTO): sheep meat price up, a farmer in Phước Dinh (Thuận Nam), 5-month sales."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NINH THUẬN ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Giá cừu thịt tăng cao, người nuôi phấn khởi

Thứ Ba, 18/06/2024 | 07:15

(NTO) - Những tháng gần đây, giá cừu thịt hơi tại Ninh Thuận tăng mạnh, có thời điểm lên tới 95.000 đồng/kg, giúp người chăn nuôi có lãi khá.

Theo khảo sát của phóng viên, hiện thương lái thu mua cừu thịt hơi với giá từ 85.000 đến 92.000 đồng/kg, tăng 10.000-12.000 đồng/kg so với cùng kỳ năm 2023. Cừu giống Phan Rang lai Dorper được bán với giá 3-3,5 triệu đồng/con, cừu đực giống thuần chủng có giá gần 20 triệu đồng/con.

Ông Trượng Văn Đức ở thôn Sơn Hải 1, xã Phước Dinh, huyện Thuận Nam cho biết gia đình đang nuôi 320 con cừu. Trong tháng 5 vừa qua, gia đình bán 85 con cừu thịt, thu về hơn 200 triệu đồng.

Theo Chi cục Chăn nuôi và Thú y tỉnh, 5 tháng đầu năm 2024, toàn tỉnh xuất bán khoảng 38.000 con cừu thịt, tăng 15% so với cùng kỳ; trong đó khoảng 70% được tiêu thụ tại TP Hồ Chí Minh và các tỉnh Đông Nam Bộ.

Tuy vậy, giá thức ăn hỗn hợp cho cừu hiện ở mức 11.500-12.000 đồng/kg, cao hơn khoảng 8% so với năm trước. Nhiều hộ đã chủ động trồng cỏ; toàn tỉnh hiện có khoảng 1.250 ha cỏ chăn nuôi, trong đó cỏ Mombasa khoảng 560 ha.

Ông Nguyễn Văn Tiến, Phó Chi cục trưởng, cho biết dự kiến 6 tháng cuối năm, nhu cầu tiêu thụ cừu thịt tăng 15-20% nên giá sẽ duy trì ở mức cao; tỉnh phấn đấu đến năm 2025 nâng tỷ lệ cừu lai lên 45%.

HỒNG LAM

Từ khóa: giá cừu, chăn nuôi cừu, Thuận Nam
"""

M5 = per("Trong tháng 5", "2024-05-01", "2024-05-31")
FIVE = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T25 = per("đến năm 2025", None, "2025-12-31")
TN = "Thuận Nam"

FIGS = [
    fig("lên tới 95.000", "95.000", 95000, "money", "đồng/kg", subject="giá cừu thịt hơi"),
    fig("từ 85.000 đến 92.000", "85.000", 85000, "money", "đồng/kg", value_max=92000,
        change=chg("increase", 10000, "đồng/kg", "cùng kỳ năm 2023"), subject="giá thương lái thu mua cừu thịt hơi"),
    fig("giá 3-3,5 triệu", "3", 3e6, "money", "đồng/con", value_max=3.5e6, subject="giá cừu giống Phan Rang lai Dorper"),
    fig("gần 20 triệu", "20", 20e6, "money", "đồng/con", approx="nearly", subject="giá cừu đực giống thuần chủng"),
    fig("nuôi 320 con", "320", 320, "count", "con", subject="cừu gia đình đang nuôi", location=TN),
    fig("bán 85 con", "85", 85, "count", "con", subject="cừu thịt gia đình bán", period=M5, location=TN),
    fig("hơn 200 triệu", "200", 200e6, "money", "đồng", approx="over", subject="tiền bán cừu thịt thu về",
        period=M5, location=TN),
    fig("khoảng 38.000 con", "38.000", 38000, "count", "con", approx="about",
        change=chg("increase", 15, "%", "cùng kỳ"), subject="cừu thịt toàn tỉnh xuất bán", period=FIVE),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="cừu thịt được tiêu thụ tại TP Hồ Chí Minh và các tỉnh Đông Nam Bộ", period=FIVE),
    fig("mức 11.500-12.000", "11.500", 11500, "money", "đồng/kg", value_max=12000,
        change=chg("increase", 8, "%", "năm trước", approx="about"), subject="giá thức ăn hỗn hợp cho cừu"),
    fig("khoảng 1.250 ha", "1.250", 1250, "measure", "ha", approx="about", subject="diện tích cỏ chăn nuôi"),
    fig("khoảng 560 ha", "560", 560, "measure", "ha", approx="about", total=1250, subject="diện tích cỏ Mombasa"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, status="forecast",
        subject="nhu cầu tiêu thụ cừu thịt", period=per("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
    fig("lên 45%", "45", 45, "percent", "%", status="target", subject="tỷ lệ cừu lai", period=T25),
]

NOTES = [
    "Provincial newspaper (Báo Ninh Thuận): headline, 'Thứ Ba, 18/06/2024 | 07:15', tag '(NTO) -' opening the sapo, byline 'HỒNG LAM', tags.",
    "Distractors: 07:15, 'thôn Sơn Hải 1' (name with a number), 'năm 2023' as a baseline.",
    "'có thời điểm lên tới 95.000 đồng/kg' is a peak price stated exactly (no approx cue of the spec); 'Những tháng gần đây' names no date: no period.",
    "Market prices in the province (location Ninh Thuận); the farmer's passage in xã Phước Dinh, huyện Thuận Nam → location Thuận Nam.",
    "'tăng 10.000-12.000 đồng/kg so với cùng kỳ năm 2023' → change value 10000 (a change has no upper end). Price 'hiện': no period.",
    "'Trong tháng 5' takes 2024 from the dateline. 'trong đó khoảng 70%' is a percent of a count: no total; TP HCM is the market, not the place of the figure.",
    "'khoảng 1.250 ha ..., trong đó cỏ Mombasa khoảng 560 ha' → total 1250.",
    "'dự kiến 6 tháng cuối năm, nhu cầu ... tăng 15-20%' → a growth rate that is the claim: percent, forecast, period Jul-Dec 2024.",
    "'tỉnh phấn đấu đến năm 2025 ... lên 45%' → target, period end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1390-4", TEXT, NOTES, FIGS, published="2024-06-18", location="Ninh Thuận")
