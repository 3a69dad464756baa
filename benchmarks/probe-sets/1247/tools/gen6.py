"""p1247-6: national newspaper: scallop (sò điệp) harvest boom in Kiên Giang, national bivalve exports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thứ tư, 21/8/2024, 06:00 (GMT+7)

Ngư dân Kiên Giang trúng mùa sò điệp

Hàng trăm ghe cào ở Kiên Lương, Hòn Đất bám biển khai thác sò điệp; giá bán tại bến cao gấp rưỡi năm ngoái.

Gần 5h sáng, bến cá xã Bình An (huyện Kiên Lương) đã tấp nập ghe về. Ông Danh Sơn, chủ ghe KG 91234 TS, cho biết mỗi chuyến biển ghe của ông cào được 4-5 tấn sò điệp, bán tại bến giá 11.000 đồng/kg, trừ chi phí mỗi chuyến còn lãi khoảng 15 triệu đồng. Ghe của ông có 6 lao động.

"Năm ngoái sò điệp chỉ bán được 7.000 đồng một ký, năm nay giá tốt nên bà con ai cũng phấn khởi", ông Sơn nói.

Theo Sở Nông nghiệp và PTNT Kiên Giang, từ đầu năm đến nay ngư dân trong tỉnh đã khai thác khoảng 18.000 tấn sò điệp, tăng 35% so với cùng kỳ, trong đó huyện Kiên Lương chiếm hơn 55%. Toàn tỉnh hiện có 320 ghe cào sò điệp, tăng 40 chiếc so với đầu năm. Sở dự báo giá sò điệp tại bến sẽ duy trì ở mức 12.000-14.000 đồng/kg trong quý IV.

Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), 7 tháng đầu năm, xuất khẩu nhuyễn thể hai mảnh vỏ đạt 71,5 triệu USD, tăng 18% so với cùng kỳ năm trước. Riêng sò điệp đạt gần 9 triệu USD, gấp 2,3 lần cùng kỳ. Nhật Bản, EU và Mỹ là ba thị trường lớn nhất, chiếm khoảng 65% giá trị xuất khẩu.

Ngọc Tài
"""

LY = per("Năm ngoái", "2023-01-01", "2023-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-08-21")
Q4 = per("quý IV", "2024-10-01", "2024-12-31")
M7 = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
KL = "Kiên Lương"
VN = "Việt Nam"

FIGS = [
    fig("Hàng trăm ghe", "Hàng trăm", 100, "count", "ghe cào", approx="about",
        subject="ghe cào khai thác sò điệp", optional=True),
    fig("gấp rưỡi", "rưỡi", 1.5, "multiple", "lần", subject="giá sò điệp bán tại bến so với năm ngoái"),
    fig("được 4-5 tấn", "4", 4, "measure", "tấn/chuyến", value_max=5,
        subject="sò điệp ghe của ông Danh Sơn cào được mỗi chuyến biển", location=KL),
    fig("giá 11.000 đồng/kg", "11.000", 11000, "money", "đồng/kg", subject="giá sò điệp bán tại bến", location=KL),
    fig("khoảng 15 triệu", "15", 15e6, "money", "đồng/chuyến", approx="about",
        subject="lãi mỗi chuyến sau khi trừ chi phí", location=KL),
    fig("có 6 lao động", "6", 6, "count", "lao động", subject="lao động trên ghe của ông Danh Sơn", location=KL),
    fig("được 7.000 đồng", "7.000", 7000, "money", "đồng/ký", subject="giá bán sò điệp", period=LY, location=KL),
    fig("khoảng 18.000 tấn", "18.000", 18000, "measure", "tấn", approx="about",
        change=chg("increase", 35, "%", "cùng kỳ"), subject="sò điệp ngư dân trong tỉnh khai thác", period=YTD),
    fig("hơn 55%", "55", 55, "percent", "%", approx="over",
        subject="tỷ trọng sản lượng sò điệp khai thác", period=YTD, location=KL),
    fig("có 320 ghe", "320", 320, "count", "ghe cào", change=chg("increase", 40, "chiếc", "đầu năm"),
        subject="ghe cào sò điệp"),
    fig("mức 12.000-14.000", "12.000", 12000, "money", "đồng/kg", value_max=14000, status="forecast",
        subject="giá sò điệp tại bến", period=Q4),
    fig("đạt 71,5 triệu", "71,5", 71.5e6, "money", "USD", change=chg("increase", 18, "%", "cùng kỳ năm trước"),
        subject="xuất khẩu nhuyễn thể hai mảnh vỏ", period=M7, location=VN),
    fig("gần 9 triệu", "9", 9e6, "money", "USD", approx="nearly", change=chg("increase", 2.3, "lần", "cùng kỳ"),
        subject="xuất khẩu sò điệp", period=inh(M7), location=VN),
    fig("ba thị trường", "ba", 3, "count", "thị trường", subject="thị trường lớn nhất", location=VN, optional=True),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="tỷ trọng của Nhật Bản, EU và Mỹ trong giá trị xuất khẩu", period=inh(M7), location=VN),
]

NOTES = [
    "National newspaper: 'Thứ tư, 21/8/2024, 06:00 (GMT+7)' (published), headline, sapo, quote, byline at the end.",
    "Distractors: 06:00, '(GMT+7)', 'Gần 5h sáng' (a time after 'Gần'), ship number 'KG 91234 TS', 'xã Bình An',",
    "'nhuyễn thể hai mảnh vỏ' (bivalve: a name with a number word), 'đồng một ký' (per kilo, not a count of 1).",
    "Sapo: 'Hàng trăm ghe cào' (vague number word) is optional; 'cao gấp rưỡi năm ngoái' = 1,5 lần, a multiple standing alone.",
    "Fisherman passage in huyện Kiên Lương: location Kiên Lương; 'mỗi chuyến' is the denominator of the catch and the profit.",
    "'Năm ngoái' = 2023 (published 2024). 'từ đầu năm đến nay' ends at the dateline. 'trong đó huyện Kiên Lương chiếm hơn 55%'",
    "is a percent figure of its own; the district is its location, not its subject. 'tăng 40 chiếc so với đầu năm' is a change.",
    "'Sở dự báo … trong quý IV' → forecast, 2024-10..12. Export figures (VASEP) are national: Việt Nam; Nhật Bản, EU, Mỹ are",
    "trade partners. '7 tháng đầu năm' takes 2024 from the nearest earlier period. 'ba thị trường' names the group: optional.",
]

if __name__ == "__main__":
    write("p1247-6", TEXT, NOTES, FIGS, published="2024-08-21", location="Kiên Giang")
