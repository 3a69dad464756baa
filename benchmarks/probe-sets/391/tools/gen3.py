from lib import F, P, write

TEXT = """BÁO ĐẮK NÔNG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐẮK NÔNG
Thứ Hai, 15/07/2024 - 09:12

Giá tiêu lập đỉnh, nông dân thận trọng tái canh

(BĐN) - Hiện nay, giá hồ tiêu tại các đại lý thu mua trên địa bàn tỉnh dao động từ 146.000 đến 148.000 đồng/kg, tăng khoảng 50.000 đồng/kg so với đầu năm. Đây là mức giá cao nhất kể từ năm 2017.

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, toàn tỉnh có 31.250 ha hồ tiêu, giảm 1.840 ha so với cùng kỳ; trong đó diện tích kinh doanh 28.900 ha. Năng suất bình quân đạt 28,5 tạ/ha, sản lượng thu hoạch khoảng 82.400 tấn.

Đắk Song vẫn là "thủ phủ" hồ tiêu của tỉnh với 13.600 ha, chiếm 43,5% diện tích toàn tỉnh; tiếp theo là huyện Đắk Mil 5.120 ha, Cư Jút 3.870 ha, Tuy Đức 2.950 ha.

Ông Lê Văn Minh ở thôn 10, xã Nâm N'Jang (huyện Đắk Song) cho biết, gia đình ông có 1,5 ha tiêu, vụ này thu được gần 6 tấn hạt, bán với giá hơn 140.000 đồng/kg, lãi trên 500 triệu đồng. "Giá cao nhưng tôi chỉ trồng dặm chứ chưa dám mở rộng, vì năm 2018 tiêu rớt giá, cả vườn phải bỏ", ông Minh nói.

Tuy vậy, bệnh chết nhanh, chết chậm vẫn gây hại trên 740 ha, tăng 12% so với cùng kỳ. Từ đầu năm đến nay, nông dân đã tái canh khoảng 420 ha, chỉ đạt 35% kế hoạch năm.

Theo Kế hoạch số 415/KH-UBND của UBND tỉnh, đến năm 2025 tỉnh có ít nhất 3.000 ha hồ tiêu đạt chứng nhận hữu cơ, VietGAP hoặc tương đương. Ngành nông nghiệp khuyến cáo người dân không chạy theo giá, giữ mật độ khoảng 1.100-1.600 trụ/ha và trồng xen cây che bóng.

Hoàng Anh - Thu Hà
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)

FIGS = [
    F("từ 146.000 đến 148.000 đồng/kg", "146.000", 146000, "money", "đồng/kg", "giá hồ tiêu tại các đại lý thu mua",
      value_max=148000,
      change={"direction": "increase", "value": 50000, "unit": "đồng/kg", "approx": "about", "baseline": "đầu năm"}),
    F("có 31.250 ha", "31.250", 31250, "measure", "ha", "diện tích hồ tiêu", H1,
      change={"direction": "decrease", "value": 1840, "unit": "ha", "baseline": "cùng kỳ"}),
    F("kinh doanh 28.900 ha", "28.900", 28900, "measure", "ha", "diện tích hồ tiêu kinh doanh", H1, total=31250),
    F("đạt 28,5 tạ/ha", "28,5", 28.5, "measure", "tạ/ha", "năng suất hồ tiêu bình quân", H1i),
    F("khoảng 82.400 tấn", "82.400", 82400, "measure", "tấn", "sản lượng hồ tiêu thu hoạch", H1i, approx="about"),
    F("với 13.600 ha", "13.600", 13600, "measure", "ha", "diện tích hồ tiêu", H1i, percent=43.5, location="Đắk Song"),
    F("Đắk Mil 5.120 ha", "5.120", 5120, "measure", "ha", "diện tích hồ tiêu", H1i, location="Đắk Mil"),
    F("Cư Jút 3.870 ha", "3.870", 3870, "measure", "ha", "diện tích hồ tiêu", H1i, location="Cư Jút"),
    F("Tuy Đức 2.950 ha", "2.950", 2950, "measure", "ha", "diện tích hồ tiêu", H1i, location="Tuy Đức"),
    F("có 1,5 ha tiêu", "1,5", 1.5, "measure", "ha", "diện tích tiêu của gia đình ông Lê Văn Minh", location="Đắk Song"),
    F("gần 6 tấn", "6", 6, "measure", "tấn", "sản lượng hạt tiêu thu hoạch của gia đình ông Minh", approx="nearly",
      location="Đắk Song"),
    F("hơn 140.000 đồng/kg", "140.000", 140000, "money", "đồng/kg", "giá bán hồ tiêu", approx="over", location="Đắk Song"),
    F("trên 500 triệu đồng", "500", 500e6, "money", "đồng", "lãi từ vườn tiêu", approx="over", location="Đắk Song"),
    F("trên 740 ha", "740", 740, "measure", "ha", "diện tích hồ tiêu bị bệnh chết nhanh, chết chậm gây hại", H1i,
      approx="over", change={"direction": "increase", "value": 12, "unit": "%", "baseline": "cùng kỳ"}),
    F("khoảng 420 ha", "420", 420, "measure", "ha", "diện tích hồ tiêu tái canh",
      P("Từ đầu năm đến nay", "2024-01-01", "2024-07-15"), approx="about", percent=35),
    F("ít nhất 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích hồ tiêu đạt chứng nhận hữu cơ, VietGAP",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
    F("khoảng 1.100-1.600 trụ/ha", "1.100", 1100, "measure", "trụ/ha", "mật độ trồng hồ tiêu khuyến cáo",
      value_max=1600, approx="about", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Đắk Nông), dateline 'Thứ Hai, 15/07/2024 - 09:12', byline at the end; '(BĐN)' tag implies Đắk Nông.",
    "Pepper prices, area (6 months 2024), districts, one farmer's household, disease, replanting, 2025 target.",
    "Distractors: 'kể từ năm 2017', 'năm 2018' (dates), 'thôn 10' (address), Kế hoạch số 415/KH-UBND. 'Hiện nay' gives the price no period.",
    "Household figures (1,5 ha, 6 tấn, 140.000 đồng/kg, 500 triệu) are located in huyện Đắk Song (named in the same sentence).",
    "'chỉ đạt 35% kế hoạch năm' is the share (percent) of 420 ha; 'Từ đầu năm đến nay' ends at the dateline 2024-07-15.",
    "'giữ mật độ khoảng 1.100-1.600 trụ/ha' is a recommendation, not a fact about the world: optional.",
]

if __name__ == "__main__":
    write("p391-3", TEXT, FIGS, COMMENTS, published="2024-07-15", location="Đắk Nông")
