"""p1544-7: news agency (TTXVN): national candle exports 11 months 2024, markets, provinces, forecast, 2030 target."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TIN TỨC TTXVN › Kinh tế

Xuất khẩu nến 11 tháng vượt 410 triệu USD

12/12/2024 14:05

Hà Nội (TTXVN) - Theo số liệu của Tổng cục Hải quan, 11 tháng năm 2024, kim ngạch xuất khẩu nến và các sản phẩm tương tự của Việt Nam đạt 412,6 triệu USD, tăng 22,8% so với cùng kỳ năm 2023. Riêng tháng 11, kim ngạch đạt 51,3 triệu USD, tăng 4,1% so với tháng trước.

Trong 11 tháng, Hoa Kỳ tiếp tục là thị trường lớn nhất với 246,2 triệu USD, chiếm 59,7% tổng kim ngạch; tiếp đến là Anh 38,5 triệu USD, Canada 27,1 triệu USD và Australia 21,4 triệu USD. Xuất khẩu sang EU tăng mạnh nhất, tới 41%.

Hoạt động xuất khẩu nến tập trung ở các tỉnh phía Nam và Bắc Ninh; trong đó Bình Dương, Đồng Nai, Bắc Ninh lần lượt chiếm 28,4%, 19,7% và 15,2% tổng kim ngạch.

Theo Hiệp hội Xuất khẩu hàng thủ công mỹ nghệ Việt Nam, cả nước có khoảng 320 doanh nghiệp sản xuất, xuất khẩu nến, sử dụng hơn 65.000 lao động. Việt Nam hiện xếp thứ 4 thế giới về xuất khẩu nến, sau Trung Quốc, Ba Lan và Hà Lan.

Hiệp hội dự báo kim ngạch xuất khẩu nến cả năm 2024 đạt khoảng 455 triệu USD và đặt mục tiêu đến năm 2030 đạt 1 tỷ USD, tốc độ tăng trưởng bình quân 12-15%/năm trong giai đoạn 2025-2030.

Từ khóa: xuất khẩu nến, nến thơm, hàng thủ công mỹ nghệ

Bản quyền thuộc về Thông tấn xã Việt Nam
Địa chỉ: 79 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội
"""

M11H = per("11 tháng", "2024-01-01", "2024-11-30")
M11Y = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11T = per("Trong 11 tháng", "2024-01-01", "2024-11-30")
NOV = per("tháng 11", "2024-11-01", "2024-11-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
P2530 = per("giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    fig("vượt 410 triệu", "410", 410e6, "money", "USD", approx="over", subject="xuất khẩu nến", period=M11H),
    fig("đạt 412,6 triệu", "412,6", 412.6e6, "money", "USD", change=chg("increase", 22.8, "%", "cùng kỳ năm 2023"),
        subject="kim ngạch xuất khẩu nến và các sản phẩm tương tự của Việt Nam", period=M11Y),
    fig("đạt 51,3 triệu", "51,3", 51.3e6, "money", "USD", change=chg("increase", 4.1, "%", "tháng trước"),
        subject="kim ngạch", period=NOV),
    fig("với 246,2 triệu", "246,2", 246.2e6, "money", "USD", percent=59.7,
        subject="kim ngạch xuất khẩu sang thị trường Hoa Kỳ", period=M11T),
    fig("Anh 38,5 triệu", "38,5", 38.5e6, "money", "USD", subject="kim ngạch xuất khẩu sang thị trường Anh", period=M11T),
    fig("Canada 27,1 triệu", "27,1", 27.1e6, "money", "USD", subject="kim ngạch xuất khẩu sang thị trường Canada", period=M11T),
    fig("Australia 21,4 triệu", "21,4", 21.4e6, "money", "USD", subject="kim ngạch xuất khẩu sang thị trường Australia",
        period=M11T),
    fig("tới 41%", "41", 41, "percent", "%", subject="xuất khẩu sang EU", period=inh(M11Y)),
    fig("chiếm 28,4%", "28,4", 28.4, "percent", "%", subject="tỷ trọng trong tổng kim ngạch xuất khẩu nến",
        period=inh(M11Y), location="Bình Dương"),
    fig("19,7% và", "19,7", 19.7, "percent", "%", subject="tỷ trọng trong tổng kim ngạch xuất khẩu nến",
        period=inh(M11Y), location="Đồng Nai"),
    fig("và 15,2%", "15,2", 15.2, "percent", "%", subject="tỷ trọng trong tổng kim ngạch xuất khẩu nến",
        period=inh(M11Y), location="Bắc Ninh"),
    fig("khoảng 320 doanh nghiệp", "320", 320, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, xuất khẩu nến"),
    fig("hơn 65.000 lao động", "65.000", 65000, "count", "lao động", approx="over",
        subject="lao động các doanh nghiệp sản xuất, xuất khẩu nến sử dụng"),
    fig("xếp thứ 4", "4", 4, "rank", "hạng", subject="xuất khẩu nến"),
    fig("khoảng 455 triệu", "455", 455e6, "money", "USD", approx="about", status="forecast",
        subject="kim ngạch xuất khẩu nến", period=Y24),
    fig("đạt 1 tỷ", "1", 1e9, "money", "USD", status="target", subject="kim ngạch xuất khẩu nến", period=TO30),
    fig("12-15%/năm", "12", 12, "percent", "%", value_max=15, status="target",
        subject="tốc độ tăng trưởng bình quân", period=P2530),
]

NOTES = [
    "News agency (TTXVN): section path, '12/12/2024 14:05', 'Hà Nội (TTXVN) -' lead, keywords, copyright and address footer.",
    "Distractors: 14:05, '79 Lý Thường Kiệt', 'giai đoạn 2025-2030', 'cùng kỳ năm 2023', 'tháng trước'.",
    "National figures: location Việt Nam; trade partners (Hoa Kỳ, Anh, Canada, Australia, EU, Trung Quốc ...) are not places; a market item's subject is the indicator with the partner.",
    "Headline 'vượt 410 triệu USD' = over 410 triệu (approx over; no plan named, so no change).",
    "'Hoa Kỳ ... với 246,2 triệu USD, chiếm 59,7% tổng kim ngạch' → percent attribute; no 'trong đó' cue, so no total for the markets.",
    "'Bình Dương, Đồng Nai, Bắc Ninh lần lượt chiếm 28,4%, 19,7% và 15,2%': percent figures, provinces are locations.",
    "'dự báo ... và đặt mục tiêu đến năm 2030 đạt 1 tỷ USD, ... 12-15%/năm': forecast for 2024, then target (the 'mục tiêu' clause).",
    "Market figures get 'Trong 11 tháng' (year from the lead); the EU and province sentences inherit '11 tháng năm 2024' (not scored).",
]

if __name__ == "__main__":
    write("p1544-7", TEXT, NOTES, FIGS, published="2024-12-12", location="Việt Nam")
