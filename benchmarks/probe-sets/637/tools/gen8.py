"""p637-8: provincial newspaper (Báo Long An), fertiliser prices, autumn-winter rice demand, dealer sales, byline-time-date line."""
from lib import fig, per, inh, chg, write

TEXT = """Long An: Giá phân bón giảm 5-8%, nông dân yên tâm xuống giống vụ Thu Đông

MINH TRÍ 07:15, 26/09/2024

(LA) - Những ngày này, giá nhiều loại phân bón tại các đại lý vật tư nông nghiệp trên địa bàn tỉnh Long An giảm từ 5 đến 8% so với đầu năm. Cụ thể, phân urê dao động từ 10.800 đến 11.500 đồng/kg; phân DAP khoảng 19.000 đồng/kg; phân NPK 20-20-15 có giá 16.500 đồng/kg, giảm 1.200 đồng/kg so với tháng 6/2024.

Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, vụ lúa Thu Đông năm 2024 toàn tỉnh xuống giống 98.650 ha, đạt 103,8% kế hoạch. Nhu cầu phân bón cho cả vụ ước tính khoảng 49.300 tấn, trong đó phân urê chiếm 45%.

Ông Nguyễn Văn Tám, chủ đại lý vật tư nông nghiệp ở ấp 3, xã Mỹ Thạnh Tây (huyện Đức Huệ), cho biết 8 tháng năm 2024 đại lý bán được gần 420 tấn phân bón các loại, tăng 7% so với cùng kỳ.

Năm 2024, lượng phân bón vô cơ bình quân trên ruộng lúa của tỉnh còn khoảng 310 kg/ha, giảm 70 kg/ha so với năm 2020. Toàn tỉnh hiện có 1.427 cửa hàng kinh doanh phân bón, thuốc bảo vệ thực vật. Từ đầu năm đến nay, ngành chức năng đã kiểm tra 318 lượt cơ sở, xử phạt 26 trường hợp với số tiền 198 triệu đồng.

Mục tiêu đến năm 2025, diện tích lúa áp dụng quy trình canh tác giảm lượng phân bón đạt 60.000 ha.
"""

NOTES = [
    "Báo Long An: fertiliser prices, autumn-winter rice sowing and fertiliser demand, one dealer's sales, inspections. 'MINH TRÍ 07:15,",
    "26/09/2024' (byline, time, date) is the dateline. Location Long An; the dealer in xã Mỹ Thạnh Tây (huyện Đức Huệ) → Đức Huệ.",
    "'giảm từ 5 đến 8% so với đầu năm' (and the headline '5-8%') are rates that are the claim: percent figures, no change.",
    "Prices are money with unit đồng/kg; '20-20-15' is an NPK grade, not a range; 'giảm 1.200 đồng/kg so với tháng 6/2024' is the",
    "change of 16.500 đồng/kg. Choice: 'vụ lúa Thu Đông năm 2024' is a season, not a calendar period of the spec's table: no period",
    "(unscored) on 98.650 ha and 49.300 tấn. 'đạt 103,8% kế hoạch' → percent. 'ước tính khoảng' → estimate + about; the 'trong đó'",
    "clause (45%) continues the estimate. 'Từ đầu năm đến nay' ends at the dateline. 'Mục tiêu đến năm 2025' → target.",
    "Distractors: 'NPK 20-20-15', 'ấp 3', 'Nguyễn Văn Tám' (a name), '07:15', '(LA)', baseline 'năm 2020'.",
]

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-26")

FIGS = [
    fig("giảm 5-8%", "5", 5, "percent", "%", "giá phân bón giảm", value_max=8),
    fig("từ 5 đến 8%", "5", 5, "percent", "%", "giá phân bón tại các đại lý vật tư nông nghiệp giảm so với đầu năm", value_max=8),
    fig("từ 10.800 đến 11.500 đồng/kg", "10.800", 10800, "money", "đồng/kg", "giá phân urê", value_max=11500),
    fig("khoảng 19.000 đồng/kg", "19.000", 19000, "money", "đồng/kg", "giá phân DAP", approx="about"),
    fig("giá 16.500 đồng/kg", "16.500", 16500, "money", "đồng/kg", "giá phân NPK 20-20-15",
        change=chg("decrease", 1200, unit="đồng/kg", baseline="tháng 6/2024")),
    fig("giống 98.650 ha", "98.650", 98650, "measure", "ha", "diện tích lúa Thu Đông xuống giống", percent=103.8),
    fig("khoảng 49.300 tấn", "49.300", 49300, "measure", "tấn", "nhu cầu phân bón cho vụ Thu Đông", approx="about", status="estimate"),
    fig("chiếm 45%", "45", 45, "percent", "%", "tỷ trọng phân urê trong nhu cầu phân bón", status="estimate"),
    fig("gần 420 tấn", "420", 420, "measure", "tấn", "phân bón các loại đại lý bán được",
        per("8 tháng năm 2024", "2024-01-01", "2024-08-31"), approx="nearly", change=chg("increase", 7, baseline="cùng kỳ"),
        location="Đức Huệ"),
    fig("khoảng 310 kg/ha", "310", 310, "measure", "kg/ha", "lượng phân bón vô cơ bình quân trên ruộng lúa",
        per("Năm 2024", "2024-01-01", "2024-12-31"), approx="about", change=chg("decrease", 70, unit="kg/ha", baseline="năm 2020")),
    fig("có 1.427 cửa hàng", "1.427", 1427, "count", "cửa hàng", "cửa hàng kinh doanh phân bón, thuốc bảo vệ thực vật"),
    fig("kiểm tra 318 lượt", "318", 318, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra", YTD),
    fig("xử phạt 26 trường hợp", "26", 26, "count", "trường hợp", "trường hợp bị xử phạt", YTD),
    fig("tiền 198 triệu đồng", "198", 198000000, "money", "đồng", "số tiền xử phạt", YTD),
    fig("đạt 60.000 ha", "60.000", 60000, "measure", "ha", "diện tích lúa áp dụng quy trình canh tác giảm lượng phân bón",
        per("đến năm 2025", end="2025-12-31"), status="target"),
]

write("p637-8", TEXT, NOTES, FIGS, published="2024-09-26", location="Long An")
