"""p1076-5: Báo Kon Tum (Party/provincial paper), giảm thấp còi vùng DTTS; byline and bare date at the end."""
from lib import F, P, I, C, write

TEXT = """Kon Tum nỗ lực giảm tỷ lệ trẻ thấp còi vùng đồng bào dân tộc thiểu số

Là tỉnh có tỷ lệ trẻ thấp còi cao nhất cả nước, những năm qua Kon Tum đã triển khai nhiều giải pháp cải thiện dinh dưỡng cho trẻ em vùng đồng bào dân tộc thiểu số. Nhờ vậy, tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi của tỉnh đã giảm từ 36,4% năm 2020 xuống còn 34,2% năm 2022.

Năm 2023, từ nguồn vốn Tiểu dự án 2, Dự án 7 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, tỉnh được phân bổ hơn 9,3 tỷ đồng để thực hiện các hoạt động cải thiện dinh dưỡng. Tính đến 30/9/2023, đã giải ngân 6,1 tỷ đồng, đạt 65,6% kế hoạch vốn.

Tại huyện Tu Mơ Rông, nơi tỷ lệ thấp còi lên tới 45,2%, trong 9 tháng đầu năm ngành y tế đã tổ chức 98 buổi truyền thông, tư vấn dinh dưỡng cho hơn 3.400 lượt bà mẹ; cấp phát 1.250 hộp sữa và 860 kg bột dinh dưỡng cho 427 trẻ suy dinh dưỡng. Anh A Thuận ở thôn Kon Hia 2, xã Văn Xuôi, cho biết con trai anh 26 tháng tuổi trước đây chỉ nặng 9,2 kg, sau 6 tháng được hỗ trợ đã lên 10,8 kg.

Theo Sở Y tế, mục tiêu đến năm 2025 tỉnh phấn đấu giảm tỷ lệ thấp còi ở trẻ dưới 5 tuổi xuống còn 31%, mỗi năm giảm bình quân 1-1,5%; 100% trẻ dưới 2 tuổi được theo dõi tăng trưởng hằng tháng.

Y NGUYÊN
20/11/2023
"""

N9 = P("trong 9 tháng đầu năm", "2023-01-01", "2023-09-30")
Y25 = P("đến năm 2025", None, "2025-12-31")
TMR = "Tu Mơ Rông"

FIGS = [
    F("trẻ dưới 5 tuổi của", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("từ 36,4%", "36,4", 36.4, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi",
      P("năm 2020", "2020-01-01", "2020-12-31")),
    F("còn 34,2%", "34,2", 34.2, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("hơn 9,3 tỷ đồng", "9,3", 9.3e9, "money", "đồng", "vốn phân bổ thực hiện các hoạt động cải thiện dinh dưỡng",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("giải ngân 6,1 tỷ đồng", "6,1", 6.1e9, "money", "đồng", "vốn giải ngân",
      P("Tính đến 30/9/2023", None, "2023-09-30"), percent=65.6),
    F("lên tới 45,2%", "45,2", 45.2, "percent", "%", "tỷ lệ thấp còi", location=TMR),
    F("98 buổi", "98", 98, "count", "buổi", "buổi truyền thông, tư vấn dinh dưỡng", N9, location=TMR),
    F("hơn 3.400 lượt", "3.400", 3400, "count", "lượt bà mẹ", "lượt bà mẹ được truyền thông, tư vấn", N9,
      approx="over", location=TMR),
    F("1.250 hộp sữa", "1.250", 1250, "count", "hộp sữa", "sữa cấp phát", N9, location=TMR),
    F("860 kg", "860", 860, "measure", "kg", "bột dinh dưỡng cấp phát", N9, location=TMR),
    F("cho 427 trẻ", "427", 427, "count", "trẻ", "trẻ suy dinh dưỡng được cấp phát", N9, location=TMR),
    F("26 tháng tuổi", "26", 26, "measure", "tháng tuổi", optional=True),
    F("nặng 9,2 kg", "9,2", 9.2, "measure", "kg", optional=True),
    F("lên 10,8 kg", "10,8", 10.8, "measure", "kg", optional=True),
    F("trẻ dưới 5 tuổi xuống", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("xuống còn 31%", "31", 31, "percent", "%", "tỷ lệ thấp còi ở trẻ dưới 5 tuổi", Y25, status="target"),
    F("bình quân 1-1,5%", "1", 1, "percent", "%", "mức giảm tỷ lệ thấp còi bình quân mỗi năm", Y25, value_max=1.5,
      status="target"),
    F("100% trẻ", "100", 100, "percent", "%", "trẻ dưới 2 tuổi được theo dõi tăng trưởng hằng tháng", Y25,
      status="target"),
    F("trẻ dưới 2 tuổi", "2", 2, "measure", "tuổi", approx="under", optional=True),
]

NOTES = [
    "Báo Kon Tum: giảm thấp còi vùng DTTS; 'giảm từ 36,4% năm 2020 xuống còn 34,2% năm 2022' is two figures with their own years",
    "(not a range). Byline 'Y NGUYÊN' and bare date '20/11/2023' at the end give published. Tu Mơ Rông paragraph → location Tu Mơ Rông.",
    "'nơi tỷ lệ thấp còi lên tới 45,2%' is a relative clause describing the district: no period ('9 tháng đầu năm' governs the activities).",
    "The example child's age and weights are optional; 'sau 6 tháng' is a duration that only locates. Distractors: Tiểu dự án 2, Dự án 7,",
    "thôn Kon Hia 2. '1-1,5%' is a range (value 1, value_max 1.5).",
]

if __name__ == "__main__":
    write("p1076-5", TEXT, NOTES, FIGS, published="2023-11-20", location="Kon Tum")
