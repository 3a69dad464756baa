"""p1191-6: national newspaper, knitwear workshops in huyện Văn Lâm (Hưng Yên) before Tết; national knit exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ Sáu, 15/11/2024, 14:20 (GMT+7)

Làng dệt kim chạy đơn hàng Tết, thợ lành nghề nhận lương 15 triệu

Các xưởng dệt kim ở huyện Văn Lâm (Hưng Yên) đang chạy hết công suất để kịp giao áo len, khăn, mũ cho thị trường Tết, nhiều nơi tăng ca đến 22h.

Chị Đỗ Thị Hạnh, chủ một xưởng dệt kim ở thôn Lạc Đạo, cho biết xưởng có 18 máy dệt vi tính, mỗi máy trị giá khoảng 450 triệu đồng. Từ tháng 9 đến nay, xưởng nhận gần 40.000 sản phẩm, gấp đôi cùng kỳ năm ngoái. Thợ đứng máy lành nghề được trả 12-15 triệu đồng/tháng, thợ khâu, là hoàn thiện khoảng 8 triệu đồng.

Theo Phòng Kinh tế huyện Văn Lâm, toàn huyện có 3 làng nghề dệt kim với khoảng 650 cơ sở sản xuất, sử dụng gần 4.200 lao động. Năm 2023, doanh thu của các làng nghề đạt 1.280 tỷ đồng; riêng 10 tháng năm nay ước đạt 1.150 tỷ đồng.

Ông Lê Văn Toàn, Phó chủ tịch Hiệp hội Dệt kim Hưng Yên, nhận định mùa hàng năm nay khả quan hơn nhưng giá sợi tăng 8-10% khiến lợi nhuận mỏng. Theo ông Toàn, khoảng 30% cơ sở dệt kim trong huyện đang thiếu thợ kỹ thuật vận hành máy vi tính.

Trên phạm vi cả nước, theo Hiệp hội Dệt may Việt Nam (Vitas), xuất khẩu hàng dệt kim 10 tháng năm 2024 đạt khoảng 12,6 tỷ USD, tăng 9,4% so với cùng kỳ, chiếm gần 38% kim ngạch toàn ngành. Vitas dự báo cả năm, kim ngạch xuất khẩu hàng dệt kim có thể vượt 15 tỷ USD.

Ngọc Ánh
"""

SINCE = per("Từ tháng 9 đến nay", "2024-09-01", "2024-11-15")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10a = per("10 tháng năm nay", "2024-01-01", "2024-10-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Y24 = per("cả năm", "2024-01-01", "2024-12-31")
SHOP = "xưởng dệt kim của chị Đỗ Thị Hạnh"
VN = "Việt Nam"

FIGS = [
    fig("lương 15 triệu", "15", 15e6, "money", "đồng", subject="lương thợ lành nghề làng dệt kim"),
    fig("có 18 máy", "18", 18, "count", "máy dệt vi tính", subject="máy dệt vi tính của " + SHOP),
    fig("khoảng 450 triệu", "450", 450e6, "money", "đồng/máy", approx="about",
        subject="trị giá mỗi máy dệt vi tính"),
    fig("gần 40.000 sản phẩm", "40.000", 40000, "count", "sản phẩm", approx="nearly",
        change=chg("increase", 2, "lần", "cùng kỳ năm ngoái"),
        subject="sản phẩm xưởng nhận", period=SINCE),
    fig("12-15 triệu", "12", 12e6, "money", "đồng/tháng", value_max=15e6,
        subject="lương thợ đứng máy lành nghề"),
    fig("khoảng 8 triệu", "8", 8e6, "money", "đồng", approx="about",
        subject="lương thợ khâu, là hoàn thiện"),
    fig("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề dệt kim"),
    fig("khoảng 650 cơ sở", "650", 650, "count", "cơ sở", approx="about",
        subject="cơ sở sản xuất tại các làng nghề dệt kim"),
    fig("gần 4.200 lao động", "4.200", 4200, "count", "lao động", approx="nearly",
        subject="lao động tại các làng nghề dệt kim"),
    fig("đạt 1.280 tỷ", "1.280", 1280e9, "money", "đồng",
        subject="doanh thu của các làng nghề dệt kim", period=Y23),
    fig("ước đạt 1.150 tỷ", "1.150", 1150e9, "money", "đồng", status="estimate",
        subject="doanh thu của các làng nghề dệt kim", period=M10a),
    fig("tăng 8-10%", "8", 8, "percent", "%", value_max=10, optional=True, subject="giá sợi"),
    fig("khoảng 30% cơ sở", "30", 30, "percent", "%", approx="about",
        subject="cơ sở dệt kim thiếu thợ kỹ thuật vận hành máy vi tính"),
    fig("khoảng 12,6 tỷ USD", "12,6", 12.6e9, "money", "USD", approx="about", percent=38,
        change=chg("increase", 9.4, "%", "cùng kỳ"),
        subject="xuất khẩu hàng dệt kim", period=M10, location=VN),
    fig("vượt 15 tỷ USD", "15", 15e9, "money", "USD", approx="over", status="forecast",
        subject="kim ngạch xuất khẩu hàng dệt kim", period=Y24, location=VN),
]

NOTES = [
    "National newspaper: 'Thứ Sáu, 15/11/2024, 14:20 (GMT+7)' (published), byline 'Ngọc Ánh' at the end.",
    "Default location Văn Lâm (the district of the workshops and villages); the Vitas national figures are Việt Nam.",
    "'Từ tháng 9 đến nay' runs from 2024-09-01 to published. 'gấp đôi cùng kỳ năm ngoái' after 40.000 sản phẩm is its change (×2, increase).",
    "'mỗi máy trị giá khoảng 450 triệu đồng' is a price per machine (unit đồng/máy). Headline '15 triệu' is money in đồng (unit implied).",
    "'giá sợi tăng 8-10%' is a growth rate as the claim, but no place or period can be settled for it: optional.",
    "'10 tháng năm nay' = 2024 from published. 'có thể vượt 15 tỷ USD' after 'dự báo' is forecast; 'vượt' = over.",
    "revised after the first run: 40.000 sản phẩm subject uses the sentence's 'xưởng' instead of the owner's name from the previous sentence.",
    "Distractors: time 14:20, '(GMT+7)', '22h' (time of day), 'thôn Lạc Đạo'.",
]

if __name__ == "__main__":
    write("p1191-6", TEXT, NOTES, FIGS, published="2024-11-15", location="Văn Lâm")
