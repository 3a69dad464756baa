import sys
from lib import emit, fig, per, inh, chg

TEXT = """Thứ năm, 14/3/2024, 06:30 (GMT+7)

Nông dân Ninh Thuận lãi gần 300 triệu đồng mỗi vụ dưa lưới nhà màng

Ông Nguyễn Văn Hòa, 52 tuổi, ở xã Phước Hậu, huyện Ninh Phước, đầu tư 1,2 tỷ đồng xây 2.000 m² nhà màng trồng dưa lưới theo hướng công nghệ cao.

Mỗi năm ông trồng 3 vụ, mỗi vụ thu khoảng 7 tấn quả, bán tại vườn với giá 45.000-60.000 đồng/kg; trừ chi phí, lãi khoảng 280 triệu đồng. "Nhà màng kết hợp tưới nhỏ giọt giúp tiết kiệm 40% nước, gần như không phải phun thuốc", ông Hòa nói.

Theo Sở Nông nghiệp và Phát triển nông thôn Ninh Thuận, toàn tỉnh hiện có 86,4 ha nhà màng, nhà lưới, tăng 41,2 ha so với năm 2020; diện tích tưới nhỏ giọt, tưới phun mưa đạt 7.650 ha, chủ yếu trên cây nho, táo, măng tây và dưa lưới. Năm 2023, giá trị sản xuất trên 1 ha đất trồng trọt ứng dụng công nghệ cao bình quân đạt 1,1 tỷ đồng. Mức này gấp khoảng 4 lần canh tác thông thường.

Ông Trần Quốc Nam, Phó giám đốc Sở, cho biết tỉnh đang phối hợp các ngân hàng cho vay ưu đãi với lãi suất từ 6,5 đến 7%/năm. Tính đến cuối tháng 2, Agribank Ninh Thuận đã cho 1.850 hộ vay với dư nợ 412 tỷ đồng, trong đó 96 tỷ đồng cho vay không cần tài sản bảo đảm.

Mục tiêu đến năm 2030, Ninh Thuận có 300 ha nhà màng, nhà lưới và 15.000 ha tưới tiết kiệm nước.

Việt Quốc
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
FEB = per("Tính đến cuối tháng 2", None, "2023-02-28")
T30 = per("đến năm 2030", None, "2030-12-31")

F = [
    fig("gần 300 triệu", "300", 300000000, "money", "đồng/vụ", "lãi mỗi vụ dưa lưới nhà màng", approx="nearly"),
    fig("52 tuổi", "52", 52, "measure", "tuổi", "tuổi của ông Nguyễn Văn Hòa", location="Ninh Phước", optional=True),
    fig("1,2 tỷ", "1,2", 1200000000, "money", "đồng", "vốn đầu tư xây nhà màng trồng dưa lưới", location="Ninh Phước"),
    fig("2.000 m²", "2.000", 2000, "measure", "m²", "diện tích nhà màng trồng dưa lưới", location="Ninh Phước"),
    fig("trồng 3 vụ", "3", 3, "count", "vụ", "số vụ dưa lưới trồng mỗi năm", location="Ninh Phước"),
    fig("khoảng 7 tấn", "7", 7, "measure", "tấn", "sản lượng dưa lưới mỗi vụ", approx="about", location="Ninh Phước"),
    fig("45.000-60.000", "45.000", 45000, "money", "đồng/kg", "giá bán dưa lưới tại vườn", value_max=60000,
        location="Ninh Phước"),
    fig("khoảng 280 triệu", "280", 280000000, "money", "đồng", "lãi mỗi vụ sau khi trừ chi phí", approx="about",
        location="Ninh Phước"),
    fig("tiết kiệm 40%", "40", 40, "percent", "%", "lượng nước tiết kiệm nhờ nhà màng kết hợp tưới nhỏ giọt",
        location="Ninh Phước"),
    fig("có 86,4 ha", "86,4", 86.4, "measure", "ha", "diện tích nhà màng, nhà lưới",
        change=chg("increase", 41.2, "ha", "năm 2020")),
    fig("đạt 7.650 ha", "7.650", 7650, "measure", "ha", "diện tích tưới nhỏ giọt, tưới phun mưa"),
    fig("đạt 1,1 tỷ", "1,1", 1100000000, "money", "đồng/ha",
        "giá trị sản xuất trên 1 ha đất trồng trọt ứng dụng công nghệ cao bình quân", Y23),
    fig("gấp khoảng 4 lần", "4", 4, "multiple", "lần",
        "giá trị sản xuất trên 1 ha đất trồng trọt ứng dụng công nghệ cao so với canh tác thông thường", approx="about"),
    fig("từ 6,5 đến 7%", "6,5", 6.5, "percent", "%", "lãi suất cho vay ưu đãi", value_max=7),
    fig("cho 1.850 hộ", "1.850", 1850, "count", "hộ", "hộ được Agribank Ninh Thuận cho vay", FEB),
    fig("dư nợ 412 tỷ", "412", 412000000000, "money", "đồng", "dư nợ cho vay của Agribank Ninh Thuận", FEB),
    fig("trong đó 96 tỷ", "96", 96000000000, "money", "đồng", "dư nợ cho vay không cần tài sản bảo đảm", FEB,
        total=412000000000),
    fig("có 300 ha", "300", 300, "measure", "ha", "diện tích nhà màng, nhà lưới", T30, status="target"),
    fig("15.000 ha", "15.000", 15000, "measure", "ha", "diện tích tưới tiết kiệm nước", T30, status="target"),
]

COMMENTS = [
    "National press (VnExpress style, 'Thứ năm, 14/3/2024, 06:30 (GMT+7)', byline at the end): dưa lưới in greenhouses, Ninh Thuận",
    "(invented, probe set 673). The farmer's figures are located in his district Ninh Phước; the province's figures in Ninh Thuận.",
    "Not figures: '(GMT+7)', '06:30', 'Agribank' name. '52 tuổi' (an age) is optional. 'Mức này gấp khoảng 4 lần' is a multiple",
    "standing alone. 'tăng 41,2 ha so với năm 2020' is the change of 86,4 ha ('hiện có' → no period). 'lãi suất từ 6,5 đến 7%/năm'",
    "is a percent (unit %). '96 tỷ' after 'trong đó' → total 412 tỷ.",
    "'Tính đến cuối tháng 2' has no year; FIGURES.md takes the year of the nearest earlier period ('Năm 2023'), so end 2023-02-28.",
    "revised: that period was first annotated 2024-02-29 (year of the dateline); re-reading the spec's year rule, changed to 2023-02-28.",
]

if __name__ == "__main__":
    sys.exit(0 if emit("p673-6", TEXT, COMMENTS, F, published="2024-03-14", location="Ninh Thuận") else 1)
