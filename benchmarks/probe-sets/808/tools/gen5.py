"""p808-5: Party/provincial newspaper (Báo Quảng Ninh), huyện Cô Tô: sea cucumber and sea urchin cage farming, 2023."""
from lib import F, P, I, C, T, build

TEXT = """Cô Tô đẩy mạnh nuôi hải sâm, nhím biển

Từ đối tượng chủ yếu khai thác tự nhiên, hải sâm và nhím biển đang trở thành hướng nuôi mới giúp ngư dân huyện đảo Cô Tô tăng thu nhập.

Năm 2023, toàn huyện có 27 hộ và 2 hợp tác xã nuôi hải sâm, nhím biển với 540 ô lồng, tăng gấp 3 lần so với năm 2021. Từ đầu năm đến nay, các hộ đã thả 86.000 con giống, trong đó hải sâm 52.000 con, nhím biển 34.000 con.

Tại xã Thanh Lân, HTX Nuôi trồng thủy sản Hồng Vân đang nuôi 12.000 con hải sâm trong 60 lồng đặt ở độ sâu 4-6 m. Sau gần 1 năm, hải sâm đạt khoảng 300-350 g/con, tỷ lệ sống trên 70%. Với giá bán 350.000 đồng/kg hải sâm tươi, HTX dự kiến thu khoảng 1 tỷ đồng.

Theo ông Nguyễn Văn Tư, Trưởng phòng Kinh tế huyện Cô Tô, nhím biển nuôi lồng cho thu hoạch sau 8-10 tháng, giá bán từ 120.000 đến 150.000 đồng/kg, cao hơn 30% so với nhím biển khai thác tự nhiên. Mỗi ô lồng nhím biển cho lãi bình quân 4-5 triệu đồng/vụ.

Năm 2023, Trường Đại học Hạ Long phối hợp với huyện thực hiện nhiệm vụ khoa học "Ứng dụng công nghệ nuôi nhím biển thương phẩm" với kinh phí 2,3 tỷ đồng, chuyển giao kỹ thuật cho 15 hộ. Để hỗ trợ người nuôi, huyện đã ban hành Quyết định số 2345/QĐ-UBND về vùng nuôi biển tập trung tại thôn Nam Hà, xã Đồng Tiến.

Huyện đặt mục tiêu đến năm 2025 có 1.000 ô lồng nuôi hải sâm, nhím biển, sản lượng đạt 50 tấn/năm, giá trị khoảng 15 tỷ đồng, gấp 2,5 lần năm 2023.

Mạnh Trường
18/11/2023
"""

Y2023 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-18")
T2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 27 hộ", "27", 27, "count", "hộ", "hộ nuôi hải sâm, nhím biển", Y2023),
    F("và 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã nuôi hải sâm, nhím biển", Y2023),
    F("với 540 ô lồng", "540", 540, "count", "ô lồng", "ô lồng nuôi hải sâm, nhím biển", Y2023,
      change=C("increase", 3, "lần", "năm 2021")),
    F("thả 86.000 con giống", "86.000", 86000, "count", "con giống", "con giống hải sâm, nhím biển thả nuôi", YTD),
    F("hải sâm 52.000 con", "52.000", 52000, "count", "con", "con giống hải sâm", YTD, total=86000),
    F("nhím biển 34.000 con", "34.000", 34000, "count", "con", "con giống nhím biển", YTD, total=86000),
    F("nuôi 12.000 con hải sâm", "12.000", 12000, "count", "con", "hải sâm HTX Nuôi trồng thủy sản Hồng Vân đang nuôi"),
    F("trong 60 lồng", "60", 60, "count", "lồng", "lồng nuôi hải sâm của HTX Hồng Vân"),
    F("độ sâu 4-6 m", "4", 4, "measure", "m", "độ sâu đặt lồng", value_max=6, optional=True),
    F("khoảng 300-350 g/con", "300", 300, "measure", "g/con", "trọng lượng hải sâm", value_max=350, approx="about"),
    F("trên 70%", "70", 70, "percent", "%", "tỷ lệ sống của hải sâm", approx="over"),
    F("giá bán 350.000 đồng/kg", "350.000", 350000, "money", "đồng/kg", "giá bán hải sâm tươi"),
    F("khoảng 1 tỷ đồng", "1", 1e9, "money", "đồng", "doanh thu HTX dự kiến thu", approx="about", status="forecast"),
    F("sau 8-10 tháng", "8", 8, "measure", "tháng", "thời gian nuôi nhím biển lồng đến khi thu hoạch", value_max=10),
    F("từ 120.000 đến 150.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", "giá bán nhím biển nuôi lồng",
      value_max=150000, change=C("increase", 30, "%", "nhím biển khai thác tự nhiên")),
    F("bình quân 4-5 triệu đồng/vụ", "4", 4e6, "money", "đồng/vụ", "lãi bình quân mỗi ô lồng nhím biển",
      value_max=5e6),
    F("kinh phí 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng",
      "kinh phí nhiệm vụ khoa học ứng dụng công nghệ nuôi nhím biển thương phẩm", Y2023),
    F("cho 15 hộ", "15", 15, "count", "hộ", "hộ được chuyển giao kỹ thuật nuôi nhím biển",
      Y2023),
    F("có 1.000 ô lồng", "1.000", 1000, "count", "ô lồng", "ô lồng nuôi hải sâm, nhím biển", T2025, status="target"),
    F("đạt 50 tấn/năm", "50", 50, "measure", "tấn/năm", "sản lượng hải sâm, nhím biển", T2025, status="target"),
    F("khoảng 15 tỷ đồng", "15", 15e9, "money", "đồng", "giá trị sản lượng hải sâm, nhím biển", T2025,
      approx="about", status="target", change=C("increase", 2.5, "lần", "năm 2023")),
]

COMMENTS = [
    "Báo Quảng Ninh: huyện Cô Tô nuôi hải sâm, nhím biển (cầu gai) trong lồng; byline 'Mạnh Trường' and bare date 18/11/2023 at the end.",
    "Location Cô Tô throughout (xã Thanh Lân, xã Đồng Tiến lie in it). 'Từ đầu năm đến nay' ends at the bare date.",
    "Not figures: Quyết định số 2345/QĐ-UBND, 'Sau gần 1 năm' (a duration that only locates the harvest in time), names",
    "(ông Nguyễn Văn Tư, HTX Hồng Vân), 'thôn Nam Hà'. 'độ sâu 4-6 m' describes where the example cages stand (optional).",
    "'tăng gấp 3 lần so với năm 2021' is the change of 540 ô lồng (unit lần); 'gấp 2,5 lần năm 2023' after 15 tỷ is its change too.",
    "'sau 8-10 tháng' is the grow-out time as the claim (measure), unlike 'Sau gần 1 năm'. 52.000 + 34.000 = 86.000 ('trong đó').",
]

if __name__ == "__main__":
    build("p808-5", TEXT, COMMENTS, FIGS, published="2023-11-18", location="Cô Tô")
