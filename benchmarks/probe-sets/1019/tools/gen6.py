"""p1019-6: national newspaper: remittances to TP HCM in 9 months 2024, exchange agents, fines, USD quotes."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Tiền của tôi
Thứ bảy, 12/10/2024, 08:15 (GMT+7)

Kiều hối về TP HCM 9 tháng đạt 7,2 tỷ USD

Lượng kiều hối chuyển về TP HCM 9 tháng đầu năm đạt khoảng 7,2 tỷ USD, tăng 6,3% so với cùng kỳ năm ngoái.

Theo Ngân hàng Nhà nước chi nhánh TP HCM, kiều hối từ châu Á chiếm 48,5%, châu Mỹ 35,2%, châu Âu 10,1% và châu Đại Dương 5,4%. Khoảng 62% lượng kiều hối được đưa vào sản xuất, kinh doanh; 25% dùng cho tiêu dùng, phần còn lại gửi tiết kiệm hoặc mua bất động sản.

Ông Trần Văn Minh, Phó giám đốc chi nhánh, cho biết riêng quý III, kiều hối về thành phố đạt 2,5 tỷ USD, cao hơn 0,3 tỷ USD so với quý II. Dự báo cả năm 2024, kiều hối về thành phố có thể đạt 9,5-10 tỷ USD, tương đương năm 2023.

Cũng theo cơ quan này, thành phố hiện có 287 đại lý đổi ngoại tệ, tập trung ở quận 1 (hơn 140 đại lý), quận 3 và quận 5. Từ đầu năm đến nay, lực lượng chức năng đã xử phạt 18 trường hợp mua bán ngoại tệ trái phép, tổng tiền phạt gần 1,2 tỷ đồng. Trong đó, một tiệm vàng trên đường Lê Thánh Tôn bị phạt 80 triệu đồng vì mua 2.000 USD của khách mà không có giấy phép.

Trên thị trường, Vietcombank hiện niêm yết giá mua USD ở mức 24.650 đồng, bán ra 25.020 đồng; tại một số tiệm vàng trên đường Hà Tôn Quyền, giá mua cao hơn ngân hàng khoảng 150 đồng mỗi USD.

Thi Hà
"""

H = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-12")
KH = "kiều hối từ "

FIGS = [
    F("9 tháng đạt 7,2 tỷ USD", "7,2", 7.2e9, "money", "USD", "kiều hối về TP HCM", H),
    F("đạt khoảng 7,2 tỷ USD", "7,2", 7.2e9, "money", "USD", "kiều hối chuyển về TP HCM", M9, approx="about",
      change=C("increase", 6.3, "%", "cùng kỳ năm ngoái")),
    F("châu Á chiếm 48,5%", "48,5", 48.5, "percent", "%", KH + "châu Á", I(M9)),
    F("châu Mỹ 35,2%", "35,2", 35.2, "percent", "%", KH + "châu Mỹ", I(M9)),
    F("châu Âu 10,1%", "10,1", 10.1, "percent", "%", KH + "châu Âu", I(M9)),
    F("châu Đại Dương 5,4%", "5,4", 5.4, "percent", "%", KH + "châu Đại Dương", I(M9)),
    F("Khoảng 62%", "62", 62, "percent", "%", "kiều hối được đưa vào sản xuất, kinh doanh", I(M9), approx="about"),
    F("25% dùng cho tiêu dùng", "25", 25, "percent", "%", "kiều hối dùng cho tiêu dùng", I(M9)),
    F("đạt 2,5 tỷ USD", "2,5", 2.5e9, "money", "USD", "kiều hối về thành phố", Q3,
      change=C("increase", 0.3e9, "USD", "quý II")),
    F("đạt 9,5-10 tỷ USD", "9,5", 9.5e9, "money", "USD", "kiều hối về thành phố", Y24, value_max=10e9,
      status="forecast"),
    F("có 287 đại lý", "287", 287, "count", "đại lý", "đại lý đổi ngoại tệ"),
    F("hơn 140 đại lý", "140", 140, "count", "đại lý", "đại lý đổi ngoại tệ", approx="over", location="Quận 1"),
    F("xử phạt 18 trường hợp", "18", 18, "count", "trường hợp", "trường hợp mua bán ngoại tệ trái phép bị xử phạt", YTD),
    F("gần 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng tiền phạt", YTD, approx="nearly"),
    F("phạt 80 triệu đồng", "80", 80e6, "money", "đồng", "tiền phạt tiệm vàng", I(YTD), total=1.2e9),
    F("mua 2.000 USD", "2.000", 2000, "money", "USD", "ngoại tệ tiệm vàng mua của khách không có giấy phép", I(YTD)),
    F("mức 24.650 đồng", "24.650", 24650, "money", "đồng/USD", "giá mua USD của Vietcombank"),
    F("bán ra 25.020 đồng", "25.020", 25020, "money", "đồng/USD", "giá bán USD của Vietcombank"),
    F("khoảng 150 đồng mỗi USD", "150", 150, "money", "đồng/USD",
      "giá mua USD tại tiệm vàng cao hơn ngân hàng", approx="about"),
]

NOTES = [
    "National newspaper (VnExpress-style dateline 'Thứ bảy, 12/10/2024, 08:15 (GMT+7)'): kiều hối về TP HCM 9 tháng 2024, đại lý đổi ngoại tệ, xử phạt, tỷ giá.",
    "Year-less '9 tháng', 'quý III', 'quý II' take 2024 (dateline). Continent shares: percent figures (continents are not places).",
    "'cao hơn 0,3 tỷ USD so với quý II' is the change of the Q3 2,5 tỷ (value in USD). 'tương đương năm 2023' gives no number.",
    "'quận 1 (hơn 140 đại lý)': location Quận 1; no total (no part cue, the list does not add up). 'quận 1/3/5' numbers are names.",
    "80 triệu đồng after 'Trong đó' (sentence break) is part of the 1,2 tỷ đồng fines: total. 'hiện' sentences: no period.",
    "'cao hơn ngân hàng khoảng 150 đồng mỗi USD' has no base amount in its clause: a money figure of its own (đồng/USD).",
]

if __name__ == "__main__":
    write("p1019-6", TEXT, FIGS, NOTES, published="2024-10-12", location="TP Hồ Chí Minh")
