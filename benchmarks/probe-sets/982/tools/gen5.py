"""p982-5: Báo Tuyên Quang style Party newspaper, Chiêm Hóa district; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Chiêm Hóa: "Nhà nước và Nhân dân cùng làm" kênh mương nội đồng

Những năm qua, phong trào kiên cố hóa kênh mương nội đồng ở huyện Chiêm Hóa được Nhân dân hưởng ứng mạnh mẽ. Từ năm 2021 đến nay, toàn huyện kiên cố hóa được 86,5 km kênh mương với tổng kinh phí trên 52 tỷ đồng. Trong đó, tỉnh hỗ trợ 9.840 tấn xi măng theo Nghị quyết số 03/2021/NQ-HĐND; Nhân dân đóng góp trên 38.000 ngày công và hiến hơn 4.600 m2 đất.

Riêng năm 2023, huyện làm được 24,7 km, giảm 3,1 km so với năm 2022 do xi măng về chậm. Ông Ma Văn Sáu, Trưởng thôn Nà Mè, xã Yên Nguyên kể: "Trước kia mương đất, mùa khô nước chỉ về được khoảng 60% diện tích. Nay có tuyến kênh dài 1,5 km, hơn 35 ha ruộng của thôn được tưới chủ động cả vụ xuân và vụ mùa".

Xã Yên Nguyên hiện đã cứng hóa 11,2 km kênh, chiếm 82% tổng chiều dài kênh nội đồng của xã. Nhờ chủ động nước tưới, năm 2023 giá trị sản xuất trên 1 ha đất canh tác của xã đạt 105 triệu đồng, tăng 8% so với năm 2022. Theo Phòng Nông nghiệp và PTNT huyện, mỗi km kênh bê tông giúp tiết kiệm khoảng 15 ngày công nạo vét.

Hiện tỷ lệ kênh mương nội đồng được kiên cố hóa của huyện đạt 68,4%, diện tích lúa được tưới chủ động đạt 92%. Huyện phấn đấu đến năm 2025 kiên cố hóa thêm 40 km, nâng tỷ lệ lên trên 75%; dự kiến tổng nhu cầu vốn khoảng 28 tỷ đồng.

Bài, ảnh: Thanh Phúc
18/11/2023
"""

SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2023-11-18")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("được 86,5 km", "86,5", 86.5, "measure", "km", "kênh mương kiên cố hóa", SINCE),
    F("trên 52 tỷ đồng", "52", 52e9, "money", "đồng", "tổng kinh phí kiên cố hóa kênh mương", SINCE,
      approx="over"),
    F("hỗ trợ 9.840 tấn", "9.840", 9840, "measure", "tấn", "xi măng tỉnh hỗ trợ", I(SINCE)),
    F("trên 38.000 ngày công", "38.000", 38000, "count", "ngày công", "ngày công Nhân dân đóng góp", I(SINCE),
      approx="over"),
    F("hơn 4.600 m2", "4.600", 4600, "measure", "m2", "đất Nhân dân hiến", I(SINCE), approx="over"),
    F("được 24,7 km", "24,7", 24.7, "measure", "km", "kênh mương huyện làm được",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("decrease", 3.1, "km", "năm 2022")),
    F("khoảng 60% diện tích", "60", 60, "percent", "%", "diện tích được cấp nước mùa khô khi còn mương đất",
      approx="about", location="Yên Nguyên"),
    F("dài 1,5 km", "1,5", 1.5, "measure", "km", "chiều dài tuyến kênh", location="Yên Nguyên"),
    F("hơn 35 ha", "35", 35, "measure", "ha", "ruộng của thôn được tưới chủ động", approx="over",
      location="Yên Nguyên"),
    F("hóa 11,2 km", "11,2", 11.2, "measure", "km", "kênh đã cứng hóa", percent=82, location="Yên Nguyên"),
    F("đạt 105 triệu đồng", "105", 105e6, "money", "đồng/ha", "giá trị sản xuất trên 1 ha đất canh tác",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=C("increase", 8, "%", "năm 2022"), location="Yên Nguyên"),
    F("khoảng 15 ngày công", "15", 15, "measure", "ngày công/km", "ngày công nạo vét tiết kiệm mỗi km kênh bê tông",
      approx="about"),
    F("đạt 68,4%", "68,4", 68.4, "percent", "%", "tỷ lệ kênh mương nội đồng được kiên cố hóa"),
    F("đạt 92%", "92", 92, "percent", "%", "diện tích lúa được tưới chủ động"),
    F("thêm 40 km", "40", 40, "measure", "km", "kênh mương kiên cố hóa thêm", TO25, status="target"),
    F("trên 75%", "75", 75, "percent", "%", "tỷ lệ kênh mương nội đồng được kiên cố hóa", TO25,
      approx="over", status="target"),
    F("khoảng 28 tỷ đồng", "28", 28e9, "money", "đồng", "tổng nhu cầu vốn", TO25, approx="about",
      status="forecast"),
]

NOTES = [
    "Báo Tuyên Quang style: Chiêm Hóa district, byline 'Bài, ảnh: Thanh Phúc' and bare date 18/11/2023 at the end.",
    "'Trong đó' after the money total lists tấn, ngày công and m2: different things, so no total.",
    "Quoted villager's figures (thôn Nà Mè in xã Yên Nguyên) and the xã's own figures take the commune as location.",
    "Not figures: Nghị quyết số 03/2021/NQ-HĐND, Ông Ma Văn Sáu (name), năm 2022 (baseline), 'vụ xuân và vụ mùa'.",
    "'Hiện' sentences carry no period; 'đến năm 2025' target period continues into the 'dự kiến' clause (status forecast).",
]

write(5, TEXT, FIGS, published="2023-11-18", location="Chiêm Hóa", notes=NOTES)
