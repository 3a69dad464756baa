"""p1511-6: national newspaper: a nail-clipper maker in huyện Củ Chi (TP HCM) exporting to 28 countries."""
from lib import fig, per, inh, chg, tgt, write, year, month, first_months, quarter, until

TEXT = """Kinh doanh › Doanh nghiệp
Thứ năm, 21/11/2024, 07:30 (GMT+7)

Xưởng kềm Củ Chi đưa bấm móng tay Việt sang 28 nước

Từ một lò rèn nhỏ, Công ty TNHH Kềm Bảo Tín ở huyện Củ Chi, TP HCM nay xuất khẩu khoảng 70% sản lượng, doanh thu năm ngoái hơn 1.100 tỷ đồng.

Thành lập năm 1998 với 5 thợ, đến nay Kềm Bảo Tín có 1.250 công nhân và hai nhà máy tại xã Tân Thạnh Đông, công suất 36 triệu sản phẩm mỗi năm. Kềm cắt da, bấm móng tay và kéo tỉa của công ty được bán tại 28 quốc gia, trong đó Nhật Bản, Hàn Quốc và Hoa Kỳ chiếm hơn 60% kim ngạch.

Năm 2023, doanh thu của công ty đạt 1.120 tỷ đồng, tăng 8% so với năm 2022. Mười tháng đầu năm nay, doanh thu ước đạt 1.020 tỷ đồng, bằng 85% kế hoạch năm. Theo giám đốc Lê Minh Bảo, một bộ kềm cắt da cao cấp bán tại Nhật có giá 25-30 USD, gấp khoảng 3 lần hàng cùng loại của Trung Quốc.

"Chúng tôi phải nhập khoảng 1.800 tấn thép không gỉ mỗi năm, giá 62.000-68.000 đồng/kg", ông Bảo nói. Năm 2025, công ty dự kiến đầu tư thêm 120 tỷ đồng xây nhà máy thứ ba, nâng công suất lên 50 triệu sản phẩm/năm.

Theo Hiệp hội Dụng cụ cầm tay Việt Nam, cả nước có khoảng 60 doanh nghiệp sản xuất kềm và bấm móng tay, trong đó TP HCM có 27 doanh nghiệp. Ngoài thị trường truyền thống, nhiều doanh nghiệp đang tìm đơn hàng ở Trung Đông với mức tăng trưởng 15-20% mỗi năm.

Minh Tâm

Ý kiến (12)
Xem nhiều: Giá vàng hôm nay 21/11 | Dự báo thời tiết cuối tuần
"""

CC = "Củ Chi"
Y23s = year("năm ngoái", 2023)
Y23 = year("Năm 2023", 2023)
P10 = first_months("Mười tháng đầu năm nay", 2024, 10)
F25 = year("Năm 2025", 2025)
FIRM = "Công ty TNHH Kềm Bảo Tín"

FIGS = [
    fig("sang 28 nước", "28", 28, "count", "nước", subject="nước nhập bấm móng tay của xưởng kềm Củ Chi"),
    fig("khoảng 70% sản lượng", "70", 70, "percent", "%", approx="about",
        subject="tỷ lệ sản lượng " + FIRM + " xuất khẩu"),
    fig("hơn 1.100 tỷ", "1.100", 1100e9, "money", "đồng", approx="over", subject="doanh thu của Kềm Bảo Tín", period=Y23s),
    fig("với 5 thợ", "5", 5, "count", "thợ", subject="thợ của Kềm Bảo Tín khi thành lập",
        period=year("năm 1998", 1998)),
    fig("có 1.250 công nhân", "1.250", 1250, "count", "công nhân", subject="công nhân của Kềm Bảo Tín"),
    fig("và hai nhà máy", "hai", 2, "count", "nhà máy", subject="nhà máy của Kềm Bảo Tín"),
    fig("công suất 36 triệu", "36", 36e6, "measure", "sản phẩm/năm", subject="công suất của Kềm Bảo Tín"),
    fig("tại 28 quốc gia", "28", 28, "count", "quốc gia",
        subject="quốc gia bán kềm cắt da, bấm móng tay và kéo tỉa của công ty"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over",
        subject="tỷ trọng của Nhật Bản, Hàn Quốc và Hoa Kỳ trong kim ngạch"),
    fig("đạt 1.120 tỷ", "1.120", 1120e9, "money", "đồng", change=chg("increase", 8, "%", "năm 2022"),
        subject="doanh thu của công ty", period=Y23),
    fig("ước đạt 1.020 tỷ", "1.020", 1020e9, "money", "đồng", percent=85, status="estimate",
        subject="doanh thu của công ty", period=P10),
    fig("giá 25-30 USD", "25", 25, "money", "USD/bộ", value_max=30,
        change=chg("increase", 3, "lần", "hàng cùng loại của Trung Quốc", approx="about"),
        subject="giá bộ kềm cắt da cao cấp bán tại Nhật"),
    fig("khoảng 1.800 tấn", "1.800", 1800, "measure", "tấn/năm", approx="about",
        subject="thép không gỉ công ty phải nhập mỗi năm"),
    fig("giá 62.000-68.000", "62.000", 62000, "money", "đồng/kg", value_max=68000, subject="giá thép không gỉ nhập"),
    fig("thêm 120 tỷ", "120", 120e9, "money", "đồng", status="forecast",
        subject="vốn đầu tư xây nhà máy thứ ba", period=F25),
    fig("lên 50 triệu", "50", 50e6, "measure", "sản phẩm/năm", status="forecast",
        subject="công suất của công ty", period=F25),
    fig("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất kềm và bấm móng tay", location="Việt Nam"),
    fig("TP HCM có 27", "27", 27, "count", "doanh nghiệp", total=60,
        subject="doanh nghiệp sản xuất kềm và bấm móng tay", location="TP Hồ Chí Minh"),
    fig("trưởng 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="mức tăng trưởng đơn hàng ở Trung Đông", location="Việt Nam"),
]

NOTES = [
    "National newspaper: category line, 'Thứ năm, 21/11/2024, 07:30 (GMT+7)' (published), headline, sapo, quote, byline, comments counter, 'Xem nhiều'.",
    "The firm's figures are located in huyện Củ Chi (default). National association figures → Việt Nam; 'trong đó TP HCM có 27' → TP HCM, total 60.",
    "'doanh thu năm ngoái' = 2023 (published 2024). 'Thành lập năm 1998 với 5 thợ' → 5 thợ in 1998; 'đến nay', 'hiện' figures get no period.",
    "'Mười tháng đầu năm nay' = Jan-Oct 2024 ('Mười' is part of the period, not a figure); 'bằng 85% kế hoạch năm' → percent 85.",
    "'giá 25-30 USD, gấp khoảng 3 lần hàng cùng loại' → a range with a change of 3 lần (about); 'một bộ' is the denominator (USD/bộ).",
    "'khoảng 1.800 tấn ... mỗi năm' → measure tấn/năm. 'Năm 2025, công ty dự kiến ...' → both clauses forecast, period 2025.",
    "'mức tăng trưởng 15-20% mỗi năm' is a percent range (the rate is the claim), a national industry figure.",
    "Distractors: '(GMT+7)', '07:30', 'năm 1998' as a date, 'nhà máy thứ ba' (ordinal), 'Ý kiến (12)' (comment count), '21/11' in a link.",
]

if __name__ == "__main__":
    write("p1511-6", TEXT, NOTES, FIGS, published="2024-11-21", location="Củ Chi")
