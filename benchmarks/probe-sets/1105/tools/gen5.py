"""p1105-5: Báo Quảng Ninh style, huyện đảo Cô Tô says no to plastic bags (2024)."""
from lib import fig, period, inherit, change, write

TEXT = """Cô Tô nói không với túi ni lông

Sau hơn 4 năm thực hiện phong trào "Cô Tô nói không với túi ni lông và đồ nhựa dùng một lần", huyện đảo Cô Tô đã trở thành một trong những địa phương đi đầu của tỉnh Quảng Ninh trong giảm thiểu rác thải nhựa.

Theo thống kê của UBND huyện, năm 2023 lượng túi ni lông sử dụng trên địa bàn còn khoảng 120 kg/ngày, giảm 70% so với năm 2019 (khoảng 400 kg/ngày). Toàn huyện đã cấp phát miễn phí hơn 18.000 túi vải, 2.600 giỏ nhựa đi chợ dùng nhiều lần cho 100% hộ gia đình; 3/3 xã, thị trấn đã đưa việc không sử dụng túi ni lông khó phân hủy vào hương ước, quy ước.

Tại chợ trung tâm thị trấn Cô Tô, 96 tiểu thương đã ký cam kết dùng lá chuối, lá dong, túi giấy để gói hàng. Bà Hoàng Thị Năm, tiểu thương bán rau ở chợ, cho biết: "Mỗi tháng tôi mua khoảng 2 kg lá dong, lá chuối, chi phí chỉ khoảng 60.000 đồng, rẻ hơn mua túi ni lông".

Mỗi năm, Cô Tô đón khoảng 300.000 lượt khách; riêng 6 tháng đầu năm 2024 đón 215.000 lượt, tăng 8,2% so với cùng kỳ. Lượng rác thải sinh hoạt phát sinh khoảng 14 tấn/ngày, trong đó rác thải nhựa chiếm khoảng 18%. Từ đầu năm đến nay, đoàn viên thanh niên đã tổ chức 36 buổi nhặt rác tại các bãi biển Hồng Vàn, Vàn Chảy, thu gom gần 11 tấn rác.

Huyện đặt mục tiêu đến năm 2025 không còn túi ni lông khó phân hủy tại các chợ, cửa hàng; tỷ lệ rác thải sinh hoạt được thu gom, xử lý đạt 98%.

NGUYỄN HOA
17/7/2024
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y19 = period("năm 2019", "2019-01-01", "2019-12-31")
H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-07-17")
T25 = period("đến năm 2025", None, "2025-12-31")

F = [
    fig("còn khoảng 120 kg/ngày", "120", 120, "measure", "kg/ngày",
        "lượng túi ni lông sử dụng trên địa bàn", Y23, approx="about",
        change=change("decrease", 70, "%", "năm 2019")),
    fig("(khoảng 400 kg/ngày)", "400", 400, "measure", "kg/ngày",
        "lượng túi ni lông sử dụng trên địa bàn", Y19, approx="about"),
    fig("hơn 18.000 túi vải", "18.000", 18000, "count", "túi vải",
        "túi vải cấp phát miễn phí", approx="over"),
    fig("2.600 giỏ nhựa", "2.600", 2600, "count", "giỏ nhựa",
        "giỏ nhựa đi chợ dùng nhiều lần cấp phát miễn phí"),
    fig("cho 100% hộ gia đình", "100", 100, "percent", "%",
        "hộ gia đình được cấp phát túi vải, giỏ nhựa"),
    fig("3/3 xã, thị trấn", "3", 3, "count", "xã, thị trấn",
        "xã, thị trấn đưa việc không sử dụng túi ni lông khó phân hủy vào hương ước, quy ước", total=3),
    fig("96 tiểu thương", "96", 96, "count", "tiểu thương",
        "tiểu thương ký cam kết dùng lá chuối, lá dong, túi giấy"),
    fig("khoảng 2 kg lá dong", "2", 2, "measure", "kg",
        "lá dong, lá chuối một tiểu thương mua mỗi tháng", approx="about"),
    fig("khoảng 60.000 đồng", "60.000", 60000, "money", "đồng",
        "chi phí mua lá dong, lá chuối mỗi tháng", approx="about"),
    fig("khoảng 300.000 lượt khách", "300.000", 300000, "count", "lượt khách",
        "lượt khách đón mỗi năm", approx="about"),
    fig("đón 215.000 lượt", "215.000", 215000, "count", "lượt",
        "lượt khách đón", H1, change=change("increase", 8.2, "%", "cùng kỳ")),
    fig("khoảng 14 tấn/ngày", "14", 14, "measure", "tấn/ngày",
        "lượng rác thải sinh hoạt phát sinh", approx="about"),
    fig("chiếm khoảng 18%", "18", 18, "percent", "%",
        "tỷ lệ rác thải nhựa trong rác thải sinh hoạt", approx="about"),
    fig("tổ chức 36 buổi", "36", 36, "count", "buổi",
        "buổi nhặt rác tại các bãi biển", YTD),
    fig("gần 11 tấn rác", "11", 11, "measure", "tấn",
        "rác thu gom tại các bãi biển", YTD, approx="nearly"),
    fig("đạt 98%", "98", 98, "percent", "%",
        "tỷ lệ rác thải sinh hoạt được thu gom, xử lý", T25, status="target"),
]

NOTES = [
    "Provincial Party paper (Báo Quảng Ninh style), byline and bare date at the end: Cô Tô island district, plastic bags replaced.",
    "Location Cô Tô (district) throughout; 'tỉnh Quảng Ninh' only places the district.",
    "Not figures: 'Sau hơn 4 năm' (a duration that locates), 'Bà Hoàng Thị Năm' (name), 'Mỗi tháng', 'Mỗi năm'.",
    "'(khoảng 400 kg/ngày)' is the 2019 amount, a figure of its own with the period of its baseline (năm 2019, same sentence).",
    "'giảm 70% so với năm 2019' after 120 kg/ngày is its change. 'trong đó rác thải nhựa chiếm khoảng 18%' is a part's share: percent figure of its own.",
    "'cho 100% hộ gia đình' is a coverage percent of its own, not a share of the bags. The trader's 2 kg and 60.000 đồng are stated facts: required.",
]

write(5, TEXT, F, NOTES, published="2024-07-17", location="Cô Tô")
