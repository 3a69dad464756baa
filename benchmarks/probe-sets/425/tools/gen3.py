from lib import F, P, write

TEXT = """BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN
Xã hội

Nỗ lực giảm suy dinh dưỡng thấp còi ở trẻ em vùng cao
15/03/2024 08:20
Thu Hằng

Năm 2023, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi của tỉnh là 27,4%, giảm 1,1 điểm phần trăm so với năm 2022 nhưng vẫn cao hơn nhiều so với bình quân cả nước (khoảng 18,2%). Tỷ lệ suy dinh dưỡng thể nhẹ cân là 14,8%; thể gầy còm 5,3%.

Trong số khoảng 62.400 trẻ dưới 5 tuổi của tỉnh, có hơn 17 nghìn trẻ bị thấp còi. Các huyện có tỷ lệ thấp còi cao là Mường Nhé (35,6%), Nậm Pồ (34,1%), Tủa Chùa (32,8%) và Điện Biên Đông (31,9%); thấp nhất là thành phố Điện Biên Phủ với 12,7%. Theo ngành y tế, nguyên nhân chính là tập quán nuôi con chưa hợp lý, tỷ lệ bà mẹ cho con bú sớm trong giờ đầu sau sinh mới đạt 61,5%.

Để cải thiện tình trạng dinh dưỡng, giai đoạn 2021-2025, tỉnh được phân bổ hơn 46,5 tỷ đồng từ Dự án 7 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; riêng năm 2023 giải ngân 9,8 tỷ đồng, đạt 82,3% kế hoạch vốn. Mạng lưới cộng tác viên dinh dưỡng được duy trì tại 100% thôn, bản với 1.652 cộng tác viên; mỗi năm tổ chức 2 đợt cân đo, theo dõi tăng trưởng cho trẻ vào tháng 6 và tháng 12.

Mục tiêu đến năm 2025, tỉnh phấn đấu giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi xuống dưới 25%, mỗi năm giảm bình quân từ 0,8 đến 1 điểm phần trăm. Ông Lò Văn Mừng, Phó Giám đốc Sở Y tế cho biết, ngành sẽ tập trung vào 1.000 ngày đầu đời của trẻ, từ khi mang thai đến khi trẻ tròn 2 tuổi.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
TC = "tỷ lệ thấp còi"

FIGS = [
    F("trẻ em dưới 5 tuổi của tỉnh", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("tỉnh là 27,4%", "27,4", 27.4, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi",
      change={"direction": "decrease", "value": 1.1, "unit": "điểm phần trăm", "baseline": "năm 2022"}, period=Y23),
    F("(khoảng 18,2%)", "18,2", 18.2, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi bình quân cả nước",
      approx="about", location="Việt Nam", period=Y23),
    F("nhẹ cân là 14,8%", "14,8", 14.8, "percent", "%", "Tỷ lệ suy dinh dưỡng thể nhẹ cân", period=Y23i),
    F("gầy còm 5,3%", "5,3", 5.3, "percent", "%", "tỷ lệ suy dinh dưỡng thể gầy còm", period=Y23i),
    F("khoảng 62.400 trẻ", "62.400", 62400, "count", "trẻ", "trẻ dưới 5 tuổi", approx="about", period=Y23i),
    F("62.400 trẻ dưới 5 tuổi", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("hơn 17 nghìn trẻ", "17", 17000, "count", "trẻ", "trẻ bị thấp còi", approx="over", total=62400, period=Y23i),
    F("Mường Nhé (35,6%)", "35,6", 35.6, "percent", "%", TC, location="Mường Nhé", period=Y23i),
    F("Nậm Pồ (34,1%)", "34,1", 34.1, "percent", "%", TC, location="Nậm Pồ", period=Y23i),
    F("Tủa Chùa (32,8%)", "32,8", 32.8, "percent", "%", TC, location="Tủa Chùa", period=Y23i),
    F("Điện Biên Đông (31,9%)", "31,9", 31.9, "percent", "%", TC, location="Điện Biên Đông", period=Y23i),
    F("với 12,7%", "12,7", 12.7, "percent", "%", TC, location="Điện Biên Phủ", period=Y23i),
    F("mới đạt 61,5%", "61,5", 61.5, "percent", "%", "tỷ lệ bà mẹ cho con bú sớm trong giờ đầu sau sinh", period=Y23i),
    F("hơn 46,5 tỷ đồng", "46,5", 46500000000, "money", "đồng", "vốn Dự án 7 được phân bổ cho cải thiện dinh dưỡng",
      approx="over", period=GD),
    F("giải ngân 9,8 tỷ đồng", "9,8", 9800000000, "money", "đồng", "vốn giải ngân", percent=82.3,
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tại 100% thôn", "100", 100, "percent", "%", "thôn, bản duy trì mạng lưới cộng tác viên dinh dưỡng", period=Y23i),
    F("với 1.652 cộng tác viên", "1.652", 1652, "count", "cộng tác viên", "cộng tác viên dinh dưỡng", period=Y23i),
    F("tổ chức 2 đợt cân đo", "2", 2, "count", "đợt", "đợt cân đo, theo dõi tăng trưởng mỗi năm", optional=True),
    F("xuống dưới 25%", "25", 25, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi", approx="under",
      status="target", period=T25),
    F("trẻ dưới 5 tuổi xuống", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("từ 0,8 đến 1 điểm phần trăm", "0,8", 0.8, "measure", "điểm phần trăm",
      "mức giảm bình quân mỗi năm tỷ lệ suy dinh dưỡng thể thấp còi", value_max=1, status="target", period=T25),
    F("vào 1.000 ngày đầu đời", "1.000", 1000, "measure", "ngày", optional=True),
    F("tròn 2 tuổi", "2", 2, "measure", "tuổi", optional=True),
]

HEADER = """
Party newspaper (Báo Điện Biên Phủ), bare "dd/mm/yyyy hh:mm" dateline under the title, byline. Stunting among under-5s in Điện Biên, 2023.
"27,4%, giảm 1,1 điểm phần trăm so với năm 2022" → change in "điểm phần trăm". "(khoảng 18,2%)" after "cao hơn nhiều so với bình quân cả nước"
is the national level, a figure of its own (the "cao hơn" has no number), location Việt Nam.
"Trong số khoảng 62.400 trẻ …, có hơn 17 nghìn" → total 62.400. District list: places to location, subject the list's indicator.
"46,5 tỷ đồng" (allocated, 2021-2025) and "riêng năm 2023 giải ngân 9,8 tỷ đồng" count different things over different periods: no total.
"đạt 82,3% kế hoạch vốn" is the percent of 9,8 tỷ. "mỗi năm giảm bình quân từ 0,8 đến 1 điểm phần trăm" is a rate that is itself the claim
(a measure range, status target), not a change of the 25% target. "Dự án 7", "tháng 6 và tháng 12" (dates), "1.000 ngày đầu đời" (a programme
slogan, optional), ages and "2 đợt" per year (optional) are not required.
"""

write(3, TEXT, FIGS, HEADER, published="2024-03-15", location="Điện Biên")
