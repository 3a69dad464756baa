"""p1462-5: national newspaper: Vietnam's aluminium ladder exports, 10 months 2024, US market share."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 21/11/2024, 07:30 (GMT+7)

Thang nhôm Việt đứng thứ ba tại thị trường Mỹ

Kim ngạch xuất khẩu thang nhôm 10 tháng đạt khoảng 285 triệu USD, gấp rưỡi cùng kỳ, song doanh nghiệp lo ngại nguy cơ bị điều tra phòng vệ thương mại.

Theo Cục Phòng vệ thương mại (Bộ Công Thương), 10 tháng năm 2024, cả nước xuất khẩu 284,6 triệu USD thang nhôm và linh kiện, tăng 52% so với cùng kỳ năm 2023. Mỹ là thị trường lớn nhất với 198 triệu USD, chiếm 69,6%; tiếp đến là Nhật Bản 31 triệu USD, Hàn Quốc 17,5 triệu USD.

Việt Nam hiện đứng thứ 3 trong các nguồn cung thang nhôm cho thị trường Mỹ, sau Trung Quốc và Mexico, với thị phần khoảng 11%. Năm 2020, thị phần này chỉ dưới 4%.

Cả nước có khoảng 40 doanh nghiệp sản xuất, xuất khẩu thang nhôm, phần lớn tại Bình Dương, Đồng Nai, Long An và Hưng Yên, trong đó hơn 20 doanh nghiệp có vốn FDI.

Ông Lê Minh Quân, Tổng giám đốc Công ty cổ phần Thang nhôm Sao Mai (Bình Dương), cho biết mỗi tháng công ty xuất khoảng 60 container thang sang Mỹ, mỗi container 700-800 chiếc. "Đơn hàng quý I/2025 đã kín, nhưng biên lợi nhuận chỉ còn 4-5% vì giá nhôm thỏi đã lên khoảng 2.600 USD/tấn", ông nói.

Cục Phòng vệ thương mại dự báo kim ngạch xuất khẩu thang nhôm cả năm 2024 có thể đạt 340-350 triệu USD và khuyến nghị doanh nghiệp minh bạch nguồn gốc nhôm nguyên liệu.

Thanh Bình
"""

M10 = per("10 tháng", "2024-01-01", "2024-10-31")
M10F = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y20 = per("Năm 2020", "2020-01-01", "2020-12-31")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")
BD = "Bình Dương"

FIGS = [
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="thang nhôm Việt tại thị trường Mỹ"),
    fig("đạt khoảng 285 triệu", "285", 285e6, "money", "USD", approx="about",
        change=chg("increase", 1.5, "lần", "cùng kỳ"),
        subject="kim ngạch xuất khẩu thang nhôm", period=M10),
    fig("xuất khẩu 284,6 triệu", "284,6", 284.6e6, "money", "USD",
        change=chg("increase", 52, "%", "cùng kỳ năm 2023"),
        subject="xuất khẩu thang nhôm và linh kiện", period=M10F),
    fig("với 198 triệu", "198", 198e6, "money", "USD", percent=69.6,
        subject="xuất khẩu thang nhôm sang thị trường Mỹ", period=inh(M10F)),
    fig("Nhật Bản 31 triệu", "31", 31e6, "money", "USD",
        subject="xuất khẩu thang nhôm sang Nhật Bản", period=inh(M10F)),
    fig("Hàn Quốc 17,5 triệu", "17,5", 17.5e6, "money", "USD",
        subject="xuất khẩu thang nhôm sang Hàn Quốc", period=inh(M10F)),
    fig("đứng thứ 3", "3", 3, "rank", "hạng",
        subject="nguồn cung thang nhôm cho thị trường Mỹ"),
    fig("khoảng 11%", "11", 11, "percent", "%", approx="about", subject="thị phần"),
    fig("dưới 4%", "4", 4, "percent", "%", approx="under", subject="thị phần này", period=Y20),
    fig("khoảng 40 doanh nghiệp", "40", 40, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất, xuất khẩu thang nhôm"),
    fig("hơn 20 doanh nghiệp", "20", 20, "count", "doanh nghiệp", approx="over", total=40,
        subject="doanh nghiệp có vốn FDI"),
    fig("khoảng 60 container", "60", 60, "measure", "container/tháng", approx="about",
        subject="container thang công ty xuất sang Mỹ mỗi tháng", location=BD),
    fig("700-800 chiếc", "700", 700, "measure", "chiếc/container", value_max=800,
        subject="thang mỗi container", location=BD),
    fig("còn 4-5%", "4", 4, "percent", "%", value_max=5, subject="biên lợi nhuận", location=BD),
    fig("khoảng 2.600 USD", "2.600", 2600, "money", "USD/tấn", approx="about",
        subject="giá nhôm thỏi", location=BD),
    fig("đạt 340-350 triệu", "340", 340e6, "money", "USD", value_max=350e6, status="forecast",
        subject="kim ngạch xuất khẩu thang nhôm", period=Y24),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 21/11/2024, 07:30 (GMT+7)', sapo, byline at the end.",
    "Distractors: 07:30, (GMT+7), 'quý I/2025' inside a quote (a period, no figure), 'Năm 2020' (a period).",
    "Location: national figures 'Việt Nam'; Mỹ, Nhật Bản, Hàn Quốc, Trung Quốc, Mexico are trade partners or rivals, not places of the figures.",
    "The company paragraph (Công ty ... Sao Mai (Bình Dương)) is located in Bình Dương, its quoted aluminium price included (borderline).",
    "Headline 'Thang nhôm Việt đứng thứ ba tại thị trường Mỹ' → rank 3 (number word), location Việt Nam, no period.",
    "Sapo 'khoảng 285 triệu USD, gấp rưỡi cùng kỳ': change increase 1.5 lần (number word 'rưỡi' = one and a half).",
    "'Mỹ là thị trường lớn nhất với 198 triệu USD, chiếm 69,6%' → percent 69.6; no part-of cue, so no total. Nhật Bản, Hàn Quốc items",
    "share the list's indicator (export of ladders to the partner); their period stands in the previous sentence (inherited).",
    "'hơn 20 doanh nghiệp' after 'trong đó' → total 40. 'mỗi tháng ... khoảng 60 container', 'mỗi container 700-800 chiếc' are rates.",
    "'đứng thứ 3' and 'hiện ... khoảng 11%' have no period ('hiện'). 'Năm 2020, thị phần này chỉ dưới 4%' → under, period 2020.",
    "'dự báo ... cả năm 2024 có thể đạt 340-350 triệu USD' → forecast, range.",
]

if __name__ == "__main__":
    write("p1462-5", TEXT, NOTES, FIGS, published="2024-11-21", location="Việt Nam")
