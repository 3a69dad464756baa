"""p1518-6: national newspaper (VnExpress-like): dye prices up, thread dyeing workshops in TP HCM."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ ba, 12/3/2024, 10:15 (GMT+7)

Giá thuốc nhuộm tăng, xưởng chỉ may xoay xở giữ đơn

Chi phí thuốc nhuộm, hóa chất tăng 15-20% từ đầu năm khiến nhiều xưởng nhuộm chỉ ở TP HCM phải tính lại giá bán.

Tại xưởng nhuộm của Công ty TNHH Chỉ may Phước Thịnh ở huyện Củ Chi, mỗi ngày có khoảng 8 tấn chỉ được nhuộm với hơn 300 màu khác nhau. Ông Võ Minh Quang, giám đốc, cho biết giá thuốc nhuộm phân tán nhập từ Trung Quốc đã lên 185.000 đồng/kg, tăng 25.000 đồng so với cuối năm ngoái. Tiền thuốc nhuộm và hóa chất hiện chiếm khoảng 18% giá thành một cuộn chỉ, chỉ sau chi phí sợi (khoảng 55%).

Dù vậy, công ty mới tăng giá bán khoảng 5%, cuộn chỉ polyester 40/2 dài 5.000 m có giá 36.000-38.000 đồng. "Nếu tăng mạnh, khách may mặc sẽ chuyển sang chỉ nhập", ông Quang nói. Hai tháng đầu năm, doanh thu của công ty đạt 14,2 tỷ đồng, giảm khoảng 6% so với cùng kỳ.

Theo Hiệp hội Bông sợi Việt Nam (VCOSA), cả nước có khoảng 400 cơ sở nhuộm sợi, chỉ, trong đó riêng TP HCM có khoảng 120 cơ sở. Xuất khẩu xơ, sợi hai tháng đầu năm 2024 đạt 690 triệu USD, tăng 9,4% so với cùng kỳ năm 2023.

Một số xưởng nhỏ ở quận Bình Tân, quận 8 đã giảm từ ba ca xuống hai ca sản xuất. Hiệp hội dự báo giá thuốc nhuộm còn tăng thêm 5-7% trong quý II.

Minh Anh
"""

YTD = per("từ đầu năm", "2024-01-01", "2024-03-12")
M2 = per("Hai tháng đầu năm", "2024-01-01", "2024-02-29")
M2b = per("hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
CC, VN = "Củ Chi", "Việt Nam"

FIGS = [
    fig("tăng 15-20%", "15", 15, "percent", "%", value_max=20,
        subject="chi phí thuốc nhuộm, hóa chất", period=YTD),
    fig("khoảng 8 tấn", "8", 8, "measure", "tấn/ngày", approx="about",
        subject="chỉ được nhuộm mỗi ngày", location=CC),
    fig("hơn 300 màu", "300", 300, "count", "màu", approx="over", subject="màu chỉ nhuộm", location=CC),
    fig("lên 185.000 đồng/kg", "185.000", 185000, "money", "đồng/kg",
        change=chg("increase", 25000, "đồng", "cuối năm ngoái"),
        subject="giá thuốc nhuộm phân tán nhập từ Trung Quốc", location=CC),
    fig("khoảng 18%", "18", 18, "percent", "%", approx="about",
        subject="tiền thuốc nhuộm và hóa chất trong giá thành một cuộn chỉ", location=CC),
    fig("(khoảng 55%)", "55", 55, "percent", "%", approx="about",
        subject="chi phí sợi trong giá thành một cuộn chỉ", location=CC),
    fig("khoảng 5%", "5", 5, "percent", "%", approx="about", subject="giá bán", location=CC),
    fig("dài 5.000 m", "5.000", 5000, "measure", "m", subject="chiều dài cuộn chỉ", location=CC,
        optional=True),
    fig("giá 36.000-38.000", "36.000", 36000, "money", "đồng/cuộn", value_max=38000,
        subject="giá cuộn chỉ polyester 40/2 dài 5.000 m", location=CC),
    fig("đạt 14,2 tỷ", "14,2", 14.2e9, "money", "đồng",
        change=chg("decrease", 6, "%", "cùng kỳ", approx="about"),
        subject="doanh thu của công ty", period=M2, location=CC),
    fig("khoảng 400 cơ sở", "400", 400, "count", "cơ sở", approx="about",
        subject="cơ sở nhuộm sợi, chỉ", location=VN),
    fig("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", approx="about", total=400,
        subject="cơ sở nhuộm sợi, chỉ"),
    fig("đạt 690 triệu", "690", 690e6, "money", "USD", change=chg("increase", 9.4, "%", "cùng kỳ năm 2023"),
        subject="xuất khẩu xơ, sợi", period=M2b, location=VN),
    fig("từ ba ca", "ba", 3, "count", "ca", subject="ca sản xuất trước đây", optional=True),
    fig("xuống hai ca", "hai", 2, "count", "ca", subject="ca sản xuất của một số xưởng nhỏ"),
    fig("thêm 5-7%", "5", 5, "percent", "%", value_max=7, status="forecast",
        subject="giá thuốc nhuộm tăng thêm", period=Q2, location=VN),
]

NOTES = [
    "National newspaper (VnExpress-like): 'Thứ ba, 12/3/2024, 10:15 (GMT+7)' (published), sapo, quote, byline at the end.",
    "Default location TP Hồ Chí Minh; the Phước Thịnh workshop figures are in huyện Củ Chi; VCOSA's national counts, fibre exports and its forecast are Việt Nam.",
    "Growth rates as the claim ('tăng 15-20% từ đầu năm', 'tăng giá bán khoảng 5%', 'tăng thêm 5-7% trong quý II') are percent figures without change.",
    "'từ đầu năm' ends at the dateline; 'Hai tháng đầu năm' (no year) takes 2024 from published, ends 2024-02-29 (leap year).",
    "'185.000 đồng/kg, tăng 25.000 đồng so với cuối năm ngoái' → change in đồng. 'chiếm khoảng 18% giá thành' has no base amount: a percent figure.",
    "'cuộn chỉ polyester 40/2 dài 5.000 m có giá 36.000-38.000 đồng': '40/2' is a product count (not a figure, not a ratio); the length 5.000 m is a product spec (optional); price unit đồng/cuộn.",
    "'trong đó riêng TP HCM có khoảng 120 cơ sở' follows the national 400: total 400, location TP HCM.",
    "'giảm từ ba ca xuống hai ca': 2 is the figure, the old 3 optional. 'quận 8', '(GMT+7)' are names/furniture.",
]

if __name__ == "__main__":
    write("p1518-6", TEXT, NOTES, FIGS, published="2024-03-12", location="TP Hồ Chí Minh")
