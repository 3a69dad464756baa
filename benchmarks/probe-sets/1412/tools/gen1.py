"""p1412-1: province portal (Cổng TTĐT tỉnh Sơn La): fall armyworm on spring-summer maize, as of 10/5/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA
Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Sâu keo mùa thu gây hại hơn 4.300 ha ngô xuân hè

Cập nhật: 14/05/2024 08:45 | Lượt xem: 1.586

Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, tính đến ngày 10/5/2024, toàn tỉnh đã gieo trồng 98.450 ha ngô vụ xuân hè, đạt 91,2% kế hoạch; sâu keo mùa thu đã gây hại trên 4.326 ha ngô, tăng 1.140 ha so với cùng kỳ năm 2023, trong đó diện tích nhiễm nặng 612 ha. Sâu tập trung gây hại tại các huyện Mai Sơn, Yên Châu, Sông Mã và Thuận Châu.

Mật độ sâu phổ biến từ 2 đến 4 con/m2, nơi cao 12-15 con/m2; cục bộ tại xã Cò Nòi (huyện Mai Sơn) có ruộng trên 30 con/m2. Tỷ lệ cây bị hại phổ biến 10-15%, nơi cao trên 40%. Sâu gây hại nặng nhất trên ngô giai đoạn 6-8 lá; ở những ruộng không phòng trừ kịp thời, năng suất ngô giảm 20-30%.

Từ đầu năm đến nay, các địa phương đã tổ chức phun trừ trên 3.900 ha, sử dụng 5.800 lít và 1.250 kg thuốc bảo vệ thực vật các loại như Emamectin benzoate, Radiant 60SC, Ammate 150SC; hiệu quả phòng trừ đạt 75-85%. Riêng huyện Mai Sơn đã hỗ trợ nông dân 1,2 tỷ đồng mua thuốc và khoảng 3.000 bẫy pheromone.

Dự báo trong tháng 6, sâu keo mùa thu tiếp tục phát sinh gây hại trên ngô xuân hè, diện tích nhiễm có thể lên tới 6.000-7.000 ha. Sở Nông nghiệp và Phát triển nông thôn đã ban hành Công văn số 1025/SNN-TTBVTV ngày 8/5/2024 đề nghị UBND các huyện, thành phố chỉ đạo bà con thăm đồng, phát hiện sớm ổ trứng, sâu non và phun trừ kịp thời.

Tin liên quan:
- Sơn La: Hội nghị triển khai sản xuất vụ mùa năm 2024
- Tập huấn quản lý dịch hại tổng hợp (IPM) trên cây ngô lần thứ 3
"""

ASOF = per("tính đến ngày 10/5/2024", None, "2024-05-10")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-14")
JUN = per("tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    fig("hơn 4.300 ha", "4.300", 4300, "measure", "ha", approx="over",
        subject="diện tích ngô xuân hè bị sâu keo mùa thu gây hại"),
    fig("gieo trồng 98.450 ha", "98.450", 98450, "measure", "ha", percent=91.2,
        subject="diện tích ngô vụ xuân hè đã gieo trồng", period=ASOF),
    fig("trên 4.326 ha", "4.326", 4326, "measure", "ha", approx="over",
        change=chg("increase", 1140, "ha", "cùng kỳ năm 2023"),
        subject="diện tích ngô bị sâu keo mùa thu gây hại", period=ASOF),
    fig("nặng 612 ha", "612", 612, "measure", "ha", total=4326,
        subject="diện tích nhiễm nặng", period=ASOF),
    fig("từ 2 đến 4 con/m2", "2", 2, "measure", "con/m2", value_max=4, subject="mật độ sâu phổ biến"),
    fig("cao 12-15 con/m2", "12", 12, "measure", "con/m2", value_max=15, subject="mật độ sâu nơi cao"),
    fig("trên 30 con/m2", "30", 30, "measure", "con/m2", approx="over",
        subject="mật độ sâu cục bộ", location="Mai Sơn"),
    fig("phổ biến 10-15%", "10", 10, "percent", "%", value_max=15, subject="tỷ lệ cây bị hại phổ biến"),
    fig("trên 40%", "40", 40, "percent", "%", approx="over", subject="tỷ lệ cây bị hại nơi cao"),
    fig("giai đoạn 6-8 lá", "6", 6, "measure", "lá", value_max=8, optional=True),
    fig("giảm 20-30%", "20", 20, "percent", "%", value_max=30,
        subject="năng suất ngô ở những ruộng không phòng trừ kịp thời"),
    fig("trên 3.900 ha", "3.900", 3900, "measure", "ha", approx="over",
        subject="diện tích các địa phương đã tổ chức phun trừ", period=YTD),
    fig("5.800 lít", "5.800", 5800, "measure", "lít", subject="thuốc bảo vệ thực vật đã sử dụng", period=YTD),
    fig("1.250 kg", "1.250", 1250, "measure", "kg", subject="thuốc bảo vệ thực vật đã sử dụng", period=YTD),
    fig("đạt 75-85%", "75", 75, "percent", "%", value_max=85, subject="hiệu quả phòng trừ", period=YTD),
    fig("1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", subject="kinh phí hỗ trợ nông dân mua thuốc",
        period=inh(YTD), location="Mai Sơn"),
    fig("khoảng 3.000 bẫy", "3.000", 3000, "count", "bẫy pheromone", approx="about",
        subject="bẫy pheromone hỗ trợ nông dân", period=inh(YTD), location="Mai Sơn"),
    fig("tới 6.000-7.000 ha", "6.000", 6000, "measure", "ha", value_max=7000, status="forecast",
        subject="diện tích nhiễm sâu keo mùa thu", period=JUN),
]

NOTES = [
    "Province portal (Sơn La): breadcrumb, headline figure, 'Cập nhật: 14/05/2024 08:45 | Lượt xem: 1.586', related links.",
    "Distractors: Lượt xem 1.586, 08:45, Radiant 60SC, Ammate 150SC, Công văn số 1025/SNN-TTBVTV, 8/5/2024, 'lần thứ 3', 'năm 2024' in a link.",
    "'tính đến ngày 10/5/2024' is an as-of date for the whole first sentence (planted area, infested area, heavy part).",
    "'tăng 1.140 ha so với cùng kỳ năm 2023' is a change in ha; 'đạt 91,2% kế hoạch' is a percent attribute.",
    "Paragraph 2 (densities, damage rates) has no time phrase of its own: no period. 'giai đoạn 6-8 lá' is a crop stage (optional).",
    "'năng suất ngô giảm 20-30%' is a rate as the claim: percent figure, no change object.",
    "'Từ đầu năm đến nay' = 2024-01-01..published; the Mai Sơn sentence after it inherits it (not scored).",
    "'hiệu quả phòng trừ đạt 75-85%' names its own indicator: a percent figure, not a share of the 3.900 ha.",
    "'Dự báo trong tháng 6 ... có thể lên tới 6.000-7.000 ha' → forecast, June 2024 (year of the nearest earlier date).",
]

if __name__ == "__main__":
    write("p1412-1", TEXT, NOTES, FIGS, published="2024-05-14", location="Sơn La")
