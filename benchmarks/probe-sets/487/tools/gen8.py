"""p487-8: Hiệp hội Sắn Việt Nam site, cassava exports 9 months 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """HIỆP HỘI SẮN VIỆT NAM
Tin tức › Thị trường

Xuất khẩu sắn 9 tháng năm 2023 thu về hơn 1 tỷ USD

Đăng lúc: 09:45 | 20/10/2023

Theo số liệu của Tổng cục Hải quan, 9 tháng năm 2023, Việt Nam xuất khẩu 2,48 triệu tấn sắn và sản phẩm từ sắn, trị giá 1.023,6 triệu USD, giảm 6,2% về lượng nhưng tăng 3,1% về trị giá so với cùng kỳ năm 2022. Trong đó, tinh bột sắn chiếm 68,4% về lượng với 1,7 triệu tấn; sắn lát khô đạt 745.000 tấn.

Riêng quý III/2023, lượng xuất khẩu đạt 612.000 tấn, trị giá 268,5 triệu USD, giảm 14,7% về lượng so với quý II. Giá xuất khẩu bình quân tinh bột sắn trong tháng 9/2023 đạt 535 USD/tấn, tăng 21,6% so với cùng kỳ; giá sắn lát khô khoảng 280-285 USD/tấn.

Trung Quốc vẫn là thị trường chủ lực, chiếm 93,2% tổng lượng xuất khẩu. Các thị trường Hàn Quốc, Đài Loan (Trung Quốc), Philippines tăng mạnh; riêng Philippines tăng 2,3 lần.

Trong nước, diện tích sắn năm 2023 ước khoảng 510.000 ha, trong đó Gia Lai (71.500 ha), Tây Ninh (62.000 ha) và Đắk Lắk (45.000 ha) là các địa phương có diện tích lớn nhất. Do nguồn cung hạn chế, giá sắn củ tươi tại Tây Ninh có thời điểm lên 3.500 đồng/kg, cao nhất từ trước đến nay.

Tại Diễn đàn Sắn Việt Nam lần thứ 5, Hiệp hội dự báo cả năm 2023 kim ngạch xuất khẩu sắn và sản phẩm từ sắn đạt khoảng 1,35-1,4 tỷ USD.

Văn phòng Hiệp hội: Tầng 4, số 18 Nguyễn Du, Hai Bà Trưng, Hà Nội. ĐT: 024.3942.6617.
"""

M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = per("quý III/2023", "2023-07-01", "2023-09-30")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("hơn 1 tỷ USD", "1", 1e9, "money", "USD", approx="over",
        subject="xuất khẩu sắn", period=M9),
    fig("xuất khẩu 2,48 triệu tấn", "2,48", 2.48e6, "measure", "tấn",
        change=chg("decrease", 6.2, baseline="cùng kỳ năm 2022"),
        subject="sắn và sản phẩm từ sắn xuất khẩu", period=M9),
    fig("trị giá 1.023,6 triệu USD", "1.023,6", 1023.6e6, "money", "USD",
        change=chg("increase", 3.1, baseline="cùng kỳ năm 2022"),
        subject="trị giá xuất khẩu sắn và sản phẩm từ sắn", period=M9),
    fig("với 1,7 triệu tấn", "1,7", 1.7e6, "measure", "tấn", total=2.48e6, percent=68.4,
        subject="tinh bột sắn xuất khẩu", period=inh(M9)),
    fig("đạt 745.000 tấn", "745.000", 745000, "measure", "tấn", total=2.48e6,
        subject="sắn lát khô xuất khẩu", period=inh(M9)),
    fig("đạt 612.000 tấn", "612.000", 612000, "measure", "tấn",
        change=chg("decrease", 14.7, baseline="quý II"),
        subject="lượng sắn xuất khẩu", period=Q3),
    fig("trị giá 268,5 triệu USD", "268,5", 268.5e6, "money", "USD",
        subject="trị giá xuất khẩu sắn", period=Q3),
    fig("đạt 535 USD/tấn", "535", 535, "money", "USD/tấn",
        change=chg("increase", 21.6, baseline="cùng kỳ"),
        subject="giá xuất khẩu bình quân tinh bột sắn",
        period=per("trong tháng 9/2023", "2023-09-01", "2023-09-30")),
    fig("khoảng 280-285 USD/tấn", "280", 280, "money", "USD/tấn", value_max=285, approx="about",
        subject="giá sắn lát khô xuất khẩu",
        period=per("trong tháng 9/2023", "2023-09-01", "2023-09-30")),
    fig("chiếm 93,2%", "93,2", 93.2, "percent", "%",
        subject="tỷ trọng thị trường Trung Quốc trong tổng lượng sắn xuất khẩu", period=inh(M9)),
    fig("tăng 2,3 lần", "2,3", 2.3, "multiple", "lần",
        subject="xuất khẩu sắn sang Philippines", period=inh(M9)),
    fig("ước khoảng 510.000 ha", "510.000", 510000, "measure", "ha", approx="about", status="estimate",
        subject="diện tích sắn", period=Y23),
    fig("Gia Lai (71.500 ha)", "71.500", 71500, "measure", "ha", total=510000, status="estimate",
        subject="diện tích sắn", period=Y23, location="Gia Lai"),
    fig("Tây Ninh (62.000 ha)", "62.000", 62000, "measure", "ha", total=510000, status="estimate",
        subject="diện tích sắn", period=Y23, location="Tây Ninh"),
    fig("Đắk Lắk (45.000 ha)", "45.000", 45000, "measure", "ha", total=510000, status="estimate",
        subject="diện tích sắn", period=Y23, location="Đắk Lắk"),
    fig("lên 3.500 đồng/kg", "3.500", 3500, "money", "đồng/kg",
        subject="giá sắn củ tươi", location="Tây Ninh"),
    fig("khoảng 1,35-1,4 tỷ USD", "1,35", 1.35e9, "money", "USD", value_max=1.4e9, approx="about",
        status="forecast", subject="kim ngạch xuất khẩu sắn và sản phẩm từ sắn",
        period=per("cả năm 2023", "2023-01-01", "2023-12-31")),
]

COMMENTS = [
    "Hiệp hội Sắn Việt Nam site, 'Đăng lúc: 09:45 | 20/10/2023': cassava exports 9 months 2023, Q3, prices, markets, area, forecast.",
    "'1.023,6 triệu USD' = 1 023 600 000 USD. 'tinh bột sắn chiếm 68,4% về lượng với 1,7 triệu tấn': the share before the amount is its percent;",
    "both 1,7 triệu t and 745.000 t follow 'Trong đó' after the whole 2,48 triệu t: total. 'giảm 14,7% về lượng' goes to the tonnage only.",
    "'riêng Philippines tăng 2,3 lần' stands alone as the claim (no base amount): multiple. Trade partners stay in subjects, location Việt Nam.",
    "'ước khoảng 510.000 ha, trong đó Gia Lai (71.500 ha) ...': parts with total 510.000, status estimate continuing into the trong đó clause.",
    "Distractors: 'Đăng lúc: 09:45', 'Diễn đàn Sắn Việt Nam lần thứ 5', 'Tầng 4, số 18 Nguyễn Du', phone, 'Đài Loan (Trung Quốc)'.",
    "'giá sắn củ tươi tại Tây Ninh có thời điểm lên 3.500 đồng/kg' has no period phrase of its own.",
]

if __name__ == "__main__":
    emit("p487-8", TEXT, COMMENTS, FIGS, published="2023-10-20", location="Việt Nam")
