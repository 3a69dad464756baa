"""p570-2: district portal, huyện Kỳ Sơn (Nghệ An) — growth monitoring Q1/2024, stunting by commune."""
from lib import F, P, I, CH, AGE, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Trang chủ | Tin tức | Văn hóa - Xã hội
Thứ Năm, 18/04/2024 - 15:10

Kỳ Sơn: 92,3% trẻ dưới 2 tuổi được theo dõi tăng trưởng hằng tháng

Trong quý I/2024, Trung tâm Y tế huyện Kỳ Sơn phối hợp với 21 trạm y tế xã, thị trấn tổ chức cân, đo cho 9.846 trẻ em dưới 5 tuổi, đạt 96,1% tổng số trẻ trong độ tuổi. Trong đó, số trẻ dưới 2 tuổi được theo dõi biểu đồ tăng trưởng hằng tháng là 3.912 trẻ, chiếm 92,3%.

Kết quả cân đo cho thấy tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi toàn huyện là 34,7%, giảm 1,8% so với cuối năm 2023; tỷ lệ suy dinh dưỡng thể nhẹ cân là 21,2%, giảm 0,9%. Một số xã vùng cao có tỷ lệ thấp còi trên 40% như Mường Lống (43,5%), Huồi Tụ (42,8%), Nậm Cắn (41,6%).

Trong quý, huyện đã tổ chức 126 buổi truyền thông tại các bản dọc Quốc lộ 7A và vùng sâu, hướng dẫn thực hành dinh dưỡng cho hơn 3.400 lượt bà mẹ, người chăm sóc trẻ; cấp phát 2.150 gói bột dinh dưỡng cho trẻ suy dinh dưỡng từ 6 đến 23 tháng tuổi. Kinh phí thực hiện từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi là 486,5 triệu đồng.

Theo ông Lô Văn Hùng, Phó Giám đốc Trung tâm Y tế huyện, năm 2024 huyện phấn đấu giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống còn 33,5%, tỷ lệ trẻ dưới 2 tuổi được theo dõi tăng trưởng đạt trên 95%.

Hồng Nhung - Trung tâm VH-TT&TH huyện
Địa chỉ: Khối 2, thị trấn Mường Xén, huyện Kỳ Sơn; ĐT: 0238.3875.127
"""

Q1 = P("Trong quý I/2024", "2024-01-01", "2024-03-31")
QQ = P("Trong quý", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
ST = "tỷ lệ suy dinh dưỡng thể thấp còi"

FIGS = [
    F("Kỳ Sơn: 92,3%", "92,3", 92.3, "percent", "%", "trẻ dưới 2 tuổi được theo dõi tăng trưởng hằng tháng", I(Q1)),
    AGE("trẻ dưới 2 tuổi được theo dõi tăng trưởng hằng tháng\n", "2", 2, approx="under"),
    F("với 21 trạm", "21", 21, "count", "trạm y tế", "trạm y tế xã, thị trấn phối hợp tổ chức cân, đo", Q1),
    F("cho 9.846 trẻ em", "9.846", 9846, "count", "trẻ em", "trẻ em dưới 5 tuổi được cân, đo", Q1, percent=96.1),
    AGE("trẻ em dưới 5 tuổi, đạt", "5", 5, approx="under"),
    AGE("số trẻ dưới 2 tuổi", "2", 2, approx="under"),
    F("là 3.912 trẻ", "3.912", 3912, "count", "trẻ", "trẻ dưới 2 tuổi được theo dõi biểu đồ tăng trưởng hằng tháng", I(Q1),
      total=9846, percent=92.3),
    AGE("trẻ dưới 5 tuổi toàn huyện", "5", 5, approx="under"),
    F("toàn huyện là 34,7%", "34,7", 34.7, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi", I(Q1),
      change=CH("decrease", 1.8, baseline="cuối năm 2023")),
    F("nhẹ cân là 21,2%", "21,2", 21.2, "percent", "%", "tỷ lệ suy dinh dưỡng thể nhẹ cân", I(Q1),
      change=CH("decrease", 0.9)),
    F("thấp còi trên 40%", "40", 40, "percent", "%", approx="over", optional=True),
    F("Mường Lống (43,5%)", "43,5", 43.5, "percent", "%", "tỷ lệ thấp còi xã Mường Lống", I(Q1)),
    F("Huồi Tụ (42,8%)", "42,8", 42.8, "percent", "%", "tỷ lệ thấp còi xã Huồi Tụ", I(Q1)),
    F("Nậm Cắn (41,6%)", "41,6", 41.6, "percent", "%", "tỷ lệ thấp còi xã Nậm Cắn", I(Q1)),
    F("tổ chức 126 buổi", "126", 126, "count", "buổi", "buổi truyền thông, hướng dẫn thực hành dinh dưỡng", QQ),
    F("hơn 3.400 lượt", "3.400", 3400, "count", "lượt", "lượt bà mẹ, người chăm sóc trẻ được hướng dẫn thực hành dinh dưỡng", QQ,
      approx="over"),
    F("cấp phát 2.150 gói", "2.150", 2150, "count", "gói", "gói bột dinh dưỡng cấp phát cho trẻ suy dinh dưỡng", QQ),
    AGE("từ 6 đến 23 tháng", "6", 6, "tháng tuổi", value_max=23),
    F("là 486,5 triệu đồng", "486,5", 486.5e6, "money", "đồng",
      "kinh phí thực hiện từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
      I(QQ)),
    F("còn 33,5%", "33,5", 33.5, "percent", "%", ST, Y24, status="target"),
    AGE("trẻ dưới 2 tuổi được theo dõi tăng trưởng đạt", "2", 2, approx="under"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ trẻ dưới 2 tuổi được theo dõi tăng trưởng", Y24, approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Kỳ Sơn (Nghệ An): theo dõi tăng trưởng, suy dinh dưỡng trẻ dưới 5 tuổi quý I/2024; district portal, dateline 'Thứ Năm, 18/04/2024 - 15:10'.",
    "Location is the district (Kỳ Sơn) throughout; commune list items keep Kỳ Sơn and carry the commune in the subject ('location' is a province,",
    "city or district). 'Quốc lộ 7A', 'Khối 2', the phone number are not figures; 'trên 40%' is a threshold (optional).",
    "revised: the three commune items first had the commune as location; FIGURES.md defines location as province/city/district, so Kỳ Sơn.",
    "'Trong quý' = quý I/2024 (scored where in the sentence). 3.912 trẻ is the 'Trong đó' part of 9.846 trẻ em (cross-sentence) with its share 92,3%.",
    "Stunting levels carry their decrease as change ('giảm 1,8% so với cuối năm 2023'). Age brackets optional.",
]

if __name__ == "__main__":
    emit("p570-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Kỳ Sơn")
