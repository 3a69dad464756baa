"""p1374-7: news agency (TTXVN): Đồng Nai stone output 9 months 2024, Tân Cang quarry cluster in Biên Hòa, closure, deposits."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Kinh tế › Tài nguyên

Đồng Nai: Sản lượng đá xây dựng 9 tháng tăng 6,5%

Thứ Tư, 09/10/2024 14:25

Đồng Nai (TTXVN) - Ngày 9/10, Sở Tài nguyên và Môi trường tỉnh Đồng Nai cho biết, 9 tháng đầu năm 2024, sản lượng đá xây dựng khai thác trên địa bàn tỉnh ước đạt 17,8 triệu m3, tăng 6,5% so với cùng kỳ, trong đó khoảng 60% được vận chuyển đến Thành phố Hồ Chí Minh, Bình Dương và Long An phục vụ các công trình trọng điểm. Từ đầu năm đến nay, tỉnh đã cấp mới 2 giấy phép và gia hạn 3 giấy phép khai thác đá xây dựng.

Toàn tỉnh hiện có 31 mỏ khoáng sản đang khai thác, trong đó 22 mỏ đá xây dựng với tổng công suất được cấp phép khoảng 25 triệu m3/năm. Riêng cụm mỏ đá Tân Cang tại TP Biên Hòa có 7 mỏ, tổng diện tích 412 ha, trong 9 tháng đóng góp 9,4 triệu m3. Mỗi ngày có khoảng 1.500 lượt xe tải chở đá ra vào khu vực này.

Theo quy hoạch, các mỏ đá Tân Cang sẽ dừng khai thác trước năm 2030. Khi đóng cửa, khu mỏ dự kiến để lại hồ moong sâu hơn 100 m, diện tích mặt nước khoảng 250 ha; tỉnh định hướng chuyển đổi thành khu du lịch sinh thái, hồ điều hòa.

Tính đến hết tháng 9/2024, các doanh nghiệp đã ký quỹ cải tạo, phục hồi môi trường 312 tỷ đồng, bằng 78% tổng số tiền phải ký quỹ. UBND tỉnh yêu cầu 4 doanh nghiệp còn nợ tiền ký quỹ hoàn thành nghĩa vụ trước ngày 31/12/2024.

Cũng theo Sở, giá đá xây dựng tại mỏ bình quân tăng 15-20% so với năm 2023 do chi phí vật liệu nổ, nhiên liệu tăng và nhu cầu của các dự án cao tốc, sân bay Long Thành.

Sỹ Tuyên (TTXVN)
"""

M9H = per("9 tháng", "2024-01-01", "2024-09-30")
M9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9B = per("trong 9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-09")
ASOF = per("Tính đến hết tháng 9/2024", None, "2024-09-30")
BH = "Biên Hòa"

FIGS = [
    fig("9 tháng tăng 6,5%", "6,5", 6.5, "percent", "%", subject="sản lượng đá xây dựng", period=M9H),
    fig("ước đạt 17,8 triệu", "17,8", 17.8e6, "measure", "m3", status="estimate",
        change=chg("increase", 6.5, "%", "cùng kỳ"), subject="sản lượng đá xây dựng khai thác", period=M9),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about", status="estimate",
        subject="tỷ lệ sản lượng đá được vận chuyển đến Thành phố Hồ Chí Minh, Bình Dương và Long An", period=M9),
    fig("cấp mới 2 giấy phép", "2", 2, "count", "giấy phép",
        subject="giấy phép khai thác đá xây dựng cấp mới", period=YTD),
    fig("gia hạn 3 giấy phép", "3", 3, "count", "giấy phép",
        subject="giấy phép khai thác đá xây dựng gia hạn", period=YTD),
    fig("có 31 mỏ", "31", 31, "count", "mỏ", subject="mỏ khoáng sản đang khai thác"),
    fig("trong đó 22 mỏ", "22", 22, "count", "mỏ", total=31, subject="mỏ đá xây dựng"),
    fig("khoảng 25 triệu", "25", 25e6, "measure", "m3/năm", approx="about",
        subject="tổng công suất được cấp phép của các mỏ đá xây dựng"),
    fig("có 7 mỏ", "7", 7, "count", "mỏ", subject="mỏ của cụm mỏ đá Tân Cang", location=BH),
    fig("tích 412 ha", "412", 412, "measure", "ha", subject="tổng diện tích cụm mỏ đá Tân Cang", location=BH),
    fig("góp 9,4 triệu", "9,4", 9.4e6, "measure", "m3", subject="sản lượng đá cụm mỏ Tân Cang đóng góp",
        period=M9B, location=BH),
    fig("khoảng 1.500 lượt", "1.500", 1500, "measure", "lượt xe/ngày", approx="about",
        subject="lượt xe tải chở đá ra vào khu vực mỏ Tân Cang", location=BH),
    fig("sâu hơn 100 m", "100", 100, "measure", "m", approx="over", status="forecast",
        subject="độ sâu hồ moong khu mỏ để lại", location=BH),
    fig("khoảng 250 ha", "250", 250, "measure", "ha", approx="about", status="forecast",
        subject="diện tích mặt nước hồ moong", location=BH),
    fig("trường 312 tỷ", "312", 312e9, "money", "đồng", percent=78,
        subject="tiền ký quỹ cải tạo, phục hồi môi trường các doanh nghiệp đã ký quỹ", period=ASOF),
    fig("yêu cầu 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", subject="doanh nghiệp còn nợ tiền ký quỹ"),
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20, subject="giá đá xây dựng tại mỏ bình quân"),
]

NOTES = [
    "News agency (Báo Tin tức - TTXVN): 'Thứ Tư, 09/10/2024 14:25', lead 'Đồng Nai (TTXVN) -', byline at the end.",
    "Distractors: '14:25', 'Ngày 9/10' (the day of the statement; the figures carry their own periods), 'trước năm 2030',",
    "'trước ngày 31/12/2024' (a deadline), 'năm 2023' (baseline), 'sân bay Long Thành'.",
    "Headline 'Sản lượng đá xây dựng 9 tháng tăng 6,5%' is a percent figure (the rate is the claim), period 9 months 2024 (dateline year).",
    "'trong đó khoảng 60% được vận chuyển đến …' is a percent figure of its own, in the 'ước đạt' sentence → estimate; location stays Đồng Nai",
    "(the places are destinations, not the place of the figure).",
    "'Riêng cụm mỏ đá Tân Cang tại TP Biên Hòa …': location Biên Hòa for the Tân Cang passage (7 mỏ, 412 ha, 9,4 triệu m3, trucks, pit lake);",
    "'Riêng' is not a part-of cue: no totals. 'Mỗi ngày … khoảng 1.500 lượt xe tải' is a daily rate: measure, unit 'lượt xe/ngày'.",
    "'Khi đóng cửa, khu mỏ dự kiến để lại … sâu hơn 100 m, … khoảng 250 ha' → forecast for both.",
    "'bằng 78% tổng số tiền phải ký quỹ' → percent 78 of 312 tỷ; 'Tính đến hết tháng 9/2024' → as-of 2024-09-30.",
    "'giá … bình quân tăng 15-20% so với năm 2023' → percent figure (range), no change object, no period (the baseline is not a period).",
]

if __name__ == "__main__":
    write("p1374-7", TEXT, NOTES, FIGS, published="2024-10-09", location="Đồng Nai")
