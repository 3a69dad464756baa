from lib import F, P, write

TEXT = """Trạm Tấu: Chuyển biến trong công tác dinh dưỡng và tiêm chủng cho trẻ em vùng cao

6 tháng đầu năm 2024, Trung tâm Y tế huyện Trạm Tấu đã tổ chức cân đo cho 2.964 trẻ dưới 5 tuổi tại 12 xã, thị trấn, đạt 97,2% số trẻ trong diện. Kết quả, tỷ lệ suy dinh dưỡng thể thấp còi là 29,8%, thể nhẹ cân 18,4%, giảm lần lượt 1,3% và 0,9% so với cùng kỳ. Ước cả năm 2024, tỷ lệ thấp còi của huyện giảm còn khoảng 29%.

Về tiêm chủng mở rộng, trong quý II/2024 huyện tiêm đủ mũi cho 318 trẻ dưới 1 tuổi, nâng tổng số trẻ được tiêm chủng đầy đủ 6 tháng lên 547 trẻ (chiếm 48,6% kế hoạch năm). Huyện Mù Cang Chải lân cận đạt 52,1% kế hoạch, cao hơn Trạm Tấu 3,5 điểm phần trăm. Đáng chú ý, từ tháng 3 đến tháng 5/2024, huyện ghi nhận 7 ca mắc sởi tại 2 xã Xà Hồ và Bản Công, tất cả bệnh nhi đều chưa được tiêm vắc xin sởi.

Trạm Tấu là một trong 62 huyện nghèo của cả nước, 99% dân số là đồng bào dân tộc Mông. Giai đoạn 2021-2025, Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn tỉnh Yên Bái có tổng vốn hơn 4,2 nghìn tỷ đồng, trong đó vốn thực hiện Dự án 7 về chăm sóc sức khỏe, phòng chống suy dinh dưỡng trẻ em khoảng 96 tỷ đồng. Từ nguồn này, huyện đã cấp phát 1.850 gói đa vi chất cho phụ nữ mang thai và 3.420 hộp sản phẩm dinh dưỡng cho trẻ từ 6-23 tháng tuổi.

Hồng Duyên (TTYT huyện Trạm Tấu)
28/07/2024

Tin liên quan:
- Yên Bái phát động Tháng hành động vì trẻ em năm 2024 (02/06/2024)
- Mù Cang Chải: Nâng cao chất lượng bữa ăn bán trú (15/05/2024)
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("cho 2.964 trẻ", "2.964", 2964, "count", "trẻ", "trẻ dưới 5 tuổi được cân đo", percent=97.2, period=H1),
    F("trẻ dưới 5 tuổi tại", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("tại 12 xã", "12", 12, "count", "xã, thị trấn", optional=True),
    F("là 29,8%", "29,8", 29.8, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi",
      change={"direction": "decrease", "value": 1.3, "unit": "%", "baseline": "cùng kỳ"}, period=H1i),
    F("nhẹ cân 18,4%", "18,4", 18.4, "percent", "%", "tỷ lệ suy dinh dưỡng thể nhẹ cân",
      change={"direction": "decrease", "value": 0.9, "unit": "%", "baseline": "cùng kỳ"}, period=H1i),
    F("khoảng 29%", "29", 29, "percent", "%", "tỷ lệ thấp còi", approx="about", status="estimate",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("cho 318 trẻ", "318", 318, "count", "trẻ", "trẻ dưới 1 tuổi được tiêm đủ mũi", period=P("quý II/2024", "2024-04-01", "2024-06-30")),
    F("318 trẻ dưới 1 tuổi", "1", 1, "measure", "tuổi", approx="under", optional=True),
    F("lên 547 trẻ", "547", 547, "count", "trẻ", "tổng số trẻ được tiêm chủng đầy đủ", percent=48.6,
      period=P("6 tháng", "2024-01-01", "2024-06-30")),
    F("đạt 52,1% kế hoạch", "52,1", 52.1, "percent", "%", "tỷ lệ tiêm chủng đầy đủ so với kế hoạch",
      change={"direction": "increase", "value": 3.5, "unit": "điểm phần trăm", "baseline": "Trạm Tấu"},
      location="Mù Cang Chải", period=H1i),
    F("ghi nhận 7 ca", "7", 7, "count", "ca", "ca mắc sởi", period=P("từ tháng 3 đến tháng 5/2024", "2024-03-01", "2024-05-31")),
    F("tại 2 xã", "2", 2, "count", "xã", optional=True),
    F("trong 62 huyện nghèo", "62", 62, "count", "huyện nghèo", location="Việt Nam", optional=True),
    F("99% dân số", "99", 99, "percent", "%", "dân số là đồng bào dân tộc Mông"),
    F("hơn 4,2 nghìn tỷ đồng", "4,2", 4200000000000, "money", "đồng",
      "tổng vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
      approx="over", location="Yên Bái", period=GD),
    F("khoảng 96 tỷ đồng", "96", 96000000000, "money", "đồng", "vốn thực hiện Dự án 7", approx="about",
      total=4200000000000, location="Yên Bái", period=GD),
    F("cấp phát 1.850 gói", "1.850", 1850, "count", "gói", "gói đa vi chất cấp phát cho phụ nữ mang thai",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inherited=True)),
    F("và 3.420 hộp", "3.420", 3420, "count", "hộp", "hộp sản phẩm dinh dưỡng cấp phát cho trẻ",
      period=P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31", inherited=True)),
    F("từ 6-23 tháng tuổi", "6", 6, "measure", "tháng tuổi", value_max=23, optional=True),
]

HEADER = """
No dateline at the top; a bare date after the byline at the end is the article's date; "Tin liên quan" dates (menu) are page furniture.
District-level report (Trạm Tấu, Yên Bái): weighing, stunting, EPI, measles cases, national-target-programme money.
"tỷ lệ … thấp còi là 29,8%, thể nhẹ cân 18,4%, giảm lần lượt 1,3% và 0,9% so với cùng kỳ" → each rate carries its change (lần lượt).
"Ước cả năm 2024 … khoảng 29%" → estimate. "547 trẻ (chiếm 48,6% kế hoạch năm)" → percent; "6 tháng" takes 2024.
"Mù Cang Chải … đạt 52,1% kế hoạch, cao hơn Trạm Tấu 3,5 điểm phần trăm" → change with baseline "Trạm Tấu", location Mù Cang Chải.
"hơn 4,2 nghìn tỷ đồng, trong đó … khoảng 96 tỷ đồng" → total, both provincial (Yên Bái), giai đoạn 2021-2025.
"99% dân số" is a standing fact with no period (new paragraph). The gói/hộp counts have no period of their own (inherited 2021-2025).
Optional: ages, "12 xã, thị trấn", "2 xã", "62 huyện nghèo" (structure counts). Distractors: "Dự án 7", menu dates, byline.
"""

write(8, TEXT, FIGS, HEADER, published="2024-07-28", location="Trạm Tấu")
