"""p910-5: Báo Yên Bái (Party newspaper), Trung tâm Thủy sản Yên Bái, byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Chủ động nguồn cá giống cho vùng hồ Thác Bà

Từ đầu năm 2023 đến nay, Trung tâm Thủy sản Yên Bái đã cho sinh sản nhân tạo 18 tấn cá bố mẹ, sản xuất được khoảng 120 triệu con cá bột các loại như cá trắm cỏ, cá chép, cá mè, cá trôi, cá rô phi. Từ số cá bột này, Trung tâm đã ương và xuất bán 14,5 triệu con cá hương, cá giống, đạt 60% kế hoạch năm, tăng 12% so với cùng kỳ. Đáng chú ý, giống cá chép lai V1, đối tượng chủ lực của Trung tâm, đạt 3,2 triệu con.

Hiện Trung tâm có 3,5 ha ao ương và 24 bể đẻ, bể ấp; bình quân mỗi năm cung ứng cho người nuôi trong và ngoài tỉnh khoảng 25 triệu con giống. Ông Hoàng Văn Chín, Giám đốc Trung tâm cho biết, nhờ áp dụng quy trình ương hai giai đoạn, tỷ lệ sống từ cá bột lên cá hương đã tăng từ 25% lên 35%.

Có nguồn giống tại chỗ, nghề nuôi cá lồng trên hồ Thác Bà phát triển mạnh với trên 1.700 lồng; sản lượng cá lồng năm 2022 đạt 2.650 tấn. Với cá trắm cỏ, người nuôi thả giống cỡ 200-300 g/con, mật độ khoảng 1.500 con/lồng, sau 12 tháng cho năng suất khoảng 1,5 tấn/lồng.

Giá cá trắm cỏ giống bán tại Trung tâm hiện là 60.000 đồng/kg, thấp hơn giá thị trường khoảng 10%, giúp người nuôi giảm chi phí đầu vào. Năm 2023, Trung tâm phấn đấu sản xuất 200 triệu con cá bột, 24 triệu con cá hương, cá giống; đồng thời chuyển giao quy trình ương giống cho 5 hợp tác xã ở các xã ven hồ.

Thời gian tới, tỉnh Yên Bái tiếp tục đầu tư nâng cấp Trung tâm, đưa vùng hồ Thác Bà thành vùng nuôi cá lồng trọng điểm của các tỉnh miền núi phía Bắc.

THANH TÂM
23/06/2023
"""

Y23 = P("Từ đầu năm 2023 đến nay", "2023-01-01", "2023-06-23")
T23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("18 tấn", "18", 18, "measure", "tấn", "cá bố mẹ cho sinh sản nhân tạo", Y23),
    F("khoảng 120 triệu con", "120", 120e6, "count", "con", "cá bột sản xuất", Y23, approx="about"),
    F("14,5 triệu con", "14,5", 14.5e6, "count", "con", "cá hương, cá giống ương và xuất bán", I(Y23),
      percent=60, change=C("increase", 12, "%", "cùng kỳ")),
    F("3,2 triệu con", "3,2", 3.2e6, "count", "con", "giống cá chép lai V1", I(Y23)),
    F("3,5 ha", "3,5", 3.5, "measure", "ha", "diện tích ao ương"),
    F("24 bể", "24", 24, "count", "bể", "bể đẻ, bể ấp"),
    F("khoảng 25 triệu con", "25", 25e6, "count", "con", "con giống cung ứng bình quân mỗi năm", approx="about"),
    F("lên 35%", "35", 35, "percent", "%", "tỷ lệ sống từ cá bột lên cá hương"),
    F("từ 25%", "25", 25, "percent", "%", "tỷ lệ sống từ cá bột lên cá hương"),
    F("hai giai đoạn", "hai", 2, "count", "giai đoạn", "giai đoạn của quy trình ương", optional=True),
    F("trên 1.700 lồng", "1.700", 1700, "count", "lồng", "lồng nuôi cá trên hồ Thác Bà", approx="over"),
    F("2.650 tấn", "2.650", 2650, "measure", "tấn", "sản lượng cá lồng", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("cỡ 200-300 g/con", "200", 200, "measure", "g/con", "cỡ cá trắm cỏ giống thả", value_max=300, optional=True),
    F("khoảng 1.500 con/lồng", "1.500", 1500, "measure", "con/lồng", "mật độ thả cá trắm cỏ", approx="about"),
    F("sau 12 tháng", "12", 12, "measure", "tháng", "thời gian nuôi", optional=True),
    F("khoảng 1,5 tấn/lồng", "1,5", 1.5, "measure", "tấn/lồng", "năng suất cá trắm cỏ", approx="about"),
    F("60.000 đồng/kg", "60.000", 60000, "money", "đồng/kg", "giá cá trắm cỏ giống bán tại Trung tâm",
      change=C("decrease", 10, "%", "giá thị trường", approx="about")),
    F("200 triệu con", "200", 200e6, "count", "con", "cá bột sản xuất", T23, status="target"),
    F("24 triệu con", "24", 24e6, "count", "con", "cá hương, cá giống sản xuất", T23, status="target"),
    F("cho 5 hợp tác xã", "5", 5, "count", "hợp tác xã", "hợp tác xã được chuyển giao quy trình ương giống", T23,
      status="target"),
]

NOTES = [
    "Báo Yên Bái: Trung tâm Thủy sản Yên Bái, cá bột, cá giống từ đầu năm 2023; byline THANH TÂM and bare date 23/06/2023 at the end.",
    "Distractors: cá chép lai V1 (a strain name), ông Hoàng Văn Chín (a name), 'hai giai đoạn' (a method name), dateline.",
    "'Từ đầu năm 2023 đến nay' ends at the bare date (published). 'tăng từ 25% lên 35%': both levels are percent figures;",
    "the text states no change amount (10 points would be computed), so no change object.",
    "Size 'cỡ 200-300 g/con' and the cycle 'sau 12 tháng' describe the farming model: optional.",
    "revised after the first run: '1.500 con/lồng' kind measure (a rate, FIGURES.md Rates); 25% subject cut to the indicator",
    "the sentence names (the gold had added 'trước khi áp dụng quy trình', words not in the text); 'quy trình ương hai giai",
    "đoạn' added as optional (a structure count, as '2 giai đoạn' in the shared gold).",
    "'đồng thời chuyển giao … cho 5 hợp tác xã' continues the 'phấn đấu' clause: target.",
]

write("p910-5", TEXT, FIGS, NOTES, published="2023-06-23", location="Yên Bái")
