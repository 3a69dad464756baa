"""p1177-5: Party newspaper (Báo Phú Thọ): raising fighting buffalo in Phù Ninh; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO PHÚ THỌ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH PHÚ THỌ
Kinh tế | Xã hội | Văn hóa | Thể thao

Nuôi trâu chọi - nghề "chơi mà ăn thật" ở Phù Ninh

Mỗi mùa lễ hội, những con trâu chọi khỏe, đẹp của huyện Phù Ninh được các chủ trâu ở Hải Phòng, Vĩnh Phúc tìm đến đặt mua.

Gia đình anh Nguyễn Văn Long ở khu 3, xã Phù Ninh nuôi trâu chọi đã hơn 10 năm. Hiện anh có 4 con trâu chọi, mỗi con trị giá từ 150 đến 250 triệu đồng. Năm 2023, anh bán 3 con cho các chủ trâu ở Hải Phòng và Vĩnh Phúc, thu về gần 700 triệu đồng, trừ chi phí còn lãi khoảng 250 triệu đồng. "Trâu chọi phải nuôi ít nhất 2 năm mới thi đấu được, mỗi tháng tiền thức ăn, thuốc men hết 3-4 triệu đồng", anh Long chia sẻ.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, tính đến tháng 6/2024, toàn huyện có 23 hộ nuôi trâu chọi với khoảng 150 con, trong đó 9 hộ có thu nhập từ trâu chọi trên 300 triệu đồng/năm. 6 tháng đầu năm, các hộ đã bán 41 con trâu chọi, doanh thu ước đạt 9,2 tỷ đồng, tăng 15% so với cùng kỳ. Giá trâu chọi hiện cao gấp khoảng 3 lần trâu thịt cùng trọng lượng.

Tại Lễ hội chọi trâu Phù Ninh tổ chức hồi tháng 3, có 18 trâu tham gia thi đấu, trong đó 11 trâu của các hộ trong huyện. Toàn tỉnh Phú Thọ hiện có khoảng 52.000 con trâu, giảm 3,5% so với cùng thời điểm năm 2023.

Huyện đặt mục tiêu đến năm 2025 có 30 hộ nuôi trâu chọi quy mô từ 5 con trở lên, gắn với phát triển du lịch trải nghiệm tại các làng nghề.

THANH NGA
18/7/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến tháng 6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T3 = P("hồi tháng 3", "2024-03-01", "2024-03-31")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 10 năm", "10", 10, "measure", "năm", approx="over", optional=True,
      subject="thời gian anh Long nuôi trâu chọi"),
    F("có 4 con", "4", 4, "count", "con", subject="trâu chọi gia đình anh Long đang nuôi"),
    F("từ 150 đến 250 triệu", "150", 150000000, "money", "đồng", value_max=250000000,
      subject="giá trị mỗi con trâu chọi của gia đình anh Long"),
    F("bán 3 con", "3", 3, "count", "con", subject="trâu chọi anh Long bán", period=Y23),
    F("gần 700 triệu", "700", 700000000, "money", "đồng", approx="nearly",
      subject="tiền bán trâu chọi anh Long thu về", period=Y23),
    F("lãi khoảng 250 triệu", "250", 250000000, "money", "đồng", approx="about",
      subject="lãi từ bán trâu chọi của anh Long", period=Y23),
    F("ít nhất 2 năm", "2", 2, "measure", "năm", approx="at_least", optional=True,
      subject="thời gian nuôi trâu chọi trước khi thi đấu"),
    F("hết 3-4 triệu", "3", 3000000, "money", "đồng/tháng", value_max=4000000,
      subject="tiền thức ăn, thuốc men nuôi trâu chọi mỗi tháng"),
    F("có 23 hộ", "23", 23, "count", "hộ", subject="hộ nuôi trâu chọi", period=ASOF),
    F("khoảng 150 con", "150", 150, "count", "con", approx="about",
      subject="trâu chọi của các hộ nuôi", period=ASOF),
    F("trong đó 9 hộ", "9", 9, "count", "hộ", total=23,
      subject="hộ có thu nhập từ trâu chọi trên 300 triệu đồng/năm", period=ASOF),
    F("trên 300 triệu", "300", 300000000, "money", "đồng/năm", approx="over", optional=True,
      subject="ngưỡng thu nhập từ trâu chọi"),
    F("bán 41 con", "41", 41, "count", "con", subject="trâu chọi các hộ đã bán", period=H1),
    F("ước đạt 9,2 tỷ", "9,2", 9200000000, "money", "đồng", status="estimate",
      change=C("increase", 15, "%", "cùng kỳ"),
      subject="doanh thu bán trâu chọi", period=H1),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", approx="about",
      subject="giá trâu chọi so với trâu thịt cùng trọng lượng"),
    F("có 18 trâu", "18", 18, "count", "trâu",
      subject="trâu tham gia thi đấu tại Lễ hội chọi trâu Phù Ninh", period=T3),
    F("trong đó 11 trâu", "11", 11, "count", "trâu", total=18,
      subject="trâu của các hộ trong huyện tham gia thi đấu", period=T3),
    F("khoảng 52.000 con", "52.000", 52000, "count", "con", approx="about",
      change=C("decrease", 3.5, "%", "cùng thời điểm năm 2023"),
      subject="trâu", location="Phú Thọ"),
    F("có 30 hộ", "30", 30, "count", "hộ", status="target",
      subject="hộ nuôi trâu chọi quy mô từ 5 con trở lên", period=TO25),
    F("từ 5 con", "5", 5, "count", "con", approx="at_least", optional=True, status="target",
      subject="quy mô đàn trâu chọi mỗi hộ"),
]

NOTES = [
    "Party newspaper (Báo Phú Thọ): masthead, byline 'THANH NGA' and bare date '18/7/2024' at the end (published). Default location Phù Ninh (district);",
    "'Toàn tỉnh Phú Thọ … 52.000 con trâu' is provincial. 'khu 3', 'xã Phù Ninh' are below district level.",
    "Distractors: 'khu 3' (a name with a number), 'cùng thời điểm năm 2023' (baseline).",
    "Year-less '6 tháng đầu năm' and 'hồi tháng 3' take 2024 from the nearest earlier date ('tính đến tháng 6/2024').",
    "Optional: durations of a practice ('hơn 10 năm', 'ít nhất 2 năm'), thresholds that define a group ('trên 300 triệu đồng/năm', 'từ 5 con trở lên').",
    "'Giá trâu chọi hiện cao gấp khoảng 3 lần trâu thịt' stands alone as the claim: multiple. Long's farm figures with 'Hiện' get no period.",
    "revised after the first run: 52.000 subject 'đàn trâu toàn tỉnh' → 'trâu' ('đàn' is not in the sentence; 'Toàn tỉnh Phú Thọ' is the location).",
]

if __name__ == "__main__":
    write("p1177-5", TEXT, NOTES, FIGS, published="2024-07-18", location="Phù Ninh")
