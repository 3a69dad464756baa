"""p553-5: Báo Hà Giang (Party newspaper) — child nutrition 2023, targets 2025."""
from lib import F, P, I, CH, T, emit

TEXT = """Báo Hà Giang điện tử
Xã hội

Giảm tỷ lệ trẻ suy dinh dưỡng thấp còi còn 27,9%

Những năm qua, công tác chăm sóc dinh dưỡng cho bà mẹ, trẻ em trên địa bàn tỉnh Hà Giang được triển khai đồng bộ. Năm 2023, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi toàn tỉnh còn 27,9%, giảm 1,3 điểm phần trăm so với năm 2022; thể nhẹ cân còn 16,4%. Tuy nhiên, các huyện vùng cao núi đá phía Bắc vẫn ở mức cao như Mèo Vạc (36,2%), Đồng Văn (35,8%), Yên Minh (33,1%) và Quản Bạ (31,4%).

Cũng trong năm 2023, ngành y tế đã cân, đo cho 68.420 trẻ dưới 5 tuổi, đạt 97,6%; cho 65.310 trẻ từ 6 đến 60 tháng tuổi uống vitamin A, đạt 98,7%. Toàn tỉnh tổ chức 1.245 buổi tư vấn, thực hành dinh dưỡng với trên 31.000 lượt người tham dự.

Từ Tiểu dự án 2 thuộc Dự án 7 của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, năm 2023 tỉnh được giao 12,48 tỷ đồng cho hoạt động cải thiện dinh dưỡng, đã giải ngân 9,65 tỷ đồng, bằng 77,3%.

Bác sĩ Lù Thị Mai, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh cho biết, tỉnh phấn đấu đến năm 2025 giảm tỷ lệ suy dinh dưỡng thấp còi xuống dưới 26%, thể nhẹ cân xuống dưới 15%; 100% trạm y tế xã có góc tư vấn dinh dưỡng.

Thu Phương
18/6/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
TC = "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi"

FIGS = [
    F("còn 27,9%\n", "27,9", 27.9, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thấp còi", I(Y23)),
    F("toàn tỉnh còn 27,9%", "27,9", 27.9, "percent", "%", TC, Y23,
      change=CH("decrease", 1.3, "điểm phần trăm", "năm 2022")),
    F("trẻ em dưới 5 tuổi suy", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("còn 16,4%", "16,4", 16.4, "percent", "%", "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", Y23),
    F("Mèo Vạc (36,2%)", "36,2", 36.2, "percent", "%", TC, I(Y23), location="Mèo Vạc"),
    F("Đồng Văn (35,8%)", "35,8", 35.8, "percent", "%", TC, I(Y23), location="Đồng Văn"),
    F("Yên Minh (33,1%)", "33,1", 33.1, "percent", "%", TC, I(Y23), location="Yên Minh"),
    F("Quản Bạ (31,4%)", "31,4", 31.4, "percent", "%", TC, I(Y23), location="Quản Bạ"),
    F("cho 68.420 trẻ", "68.420", 68420, "count", "trẻ", "trẻ dưới 5 tuổi được cân, đo", Y23b, percent=97.6),
    F("68.420 trẻ dưới 5 tuổi", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("cho 65.310 trẻ", "65.310", 65310, "count", "trẻ", "trẻ từ 6 đến 60 tháng tuổi uống vitamin A", Y23b,
      percent=98.7),
    F("từ 6 đến 60 tháng tuổi", "6", 6, "measure", "tháng tuổi", value_max=60, optional=True),
    F("tổ chức 1.245 buổi", "1.245", 1245, "count", "buổi", "buổi tư vấn, thực hành dinh dưỡng", I(Y23b)),
    F("trên 31.000 lượt người", "31.000", 31000, "count", "lượt người", "lượt người tham dự tư vấn dinh dưỡng",
      I(Y23b), approx="over"),
    F("giao 12,48 tỷ đồng", "12,48", 12480000000, "money", "đồng",
      "kinh phí được giao cho hoạt động cải thiện dinh dưỡng", Y23c),
    F("giải ngân 9,65 tỷ đồng", "9,65", 9650000000, "money", "đồng",
      "kinh phí cải thiện dinh dưỡng đã giải ngân", Y23c, percent=77.3),
    F("dưới 26%", "26", 26, "percent", "%", "tỷ lệ suy dinh dưỡng thấp còi", T25, approx="under",
      status="target"),
    F("dưới 15%", "15", 15, "percent", "%", "tỷ lệ suy dinh dưỡng thể nhẹ cân", T25, approx="under",
      status="target"),
    F("100% trạm y tế xã", "100", 100, "percent", "%", "trạm y tế xã có góc tư vấn dinh dưỡng", T25,
      status="target"),
]

COMMENTS = [
    "Báo Hà Giang (Party newspaper): child malnutrition 2023 and 2025 targets; byline and bare date at the end.",
    "Distractors: 'Tiểu dự án 2', 'Dự án 7' (programme names), ages (dưới 5 tuổi, từ 6 đến 60 tháng tuổi, optional).",
    "'giảm 1,3 điểm phần trăm so với năm 2022' is the change of the 27,9% level (a level, not a growth rate).",
    "'Cũng trong năm 2023' is written out so the year-less rule is not needed; district list items take the 2023 period inherited.",
    "'bằng 77,3%' is the share of 9,65 tỷ đồng disbursed (no cue makes 12,48 tỷ its total).",
    "The headline 27,9% is a figure of its own, period inherited from the lead.",
]

if __name__ == "__main__":
    emit("p553-5", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Hà Giang")
