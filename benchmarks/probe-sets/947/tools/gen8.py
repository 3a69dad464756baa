"""p947-8: provincial newspaper online (Báo Bình Dương style, tag (BDO) -), 10 months 2023, headline figure."""
from lib import F, P, I, C, T, write

TEXT = """Xã hội
10 tháng, gần 300 lượt người lang thang được đưa vào cơ sở bảo trợ
Cập nhật: 22-11-2023 | 14:35

(BDO) - Trong 10 tháng đầu năm 2023, lực lượng chức năng các địa phương trong tỉnh đã tập trung 296 lượt người lang thang, xin ăn, sinh sống nơi công cộng đưa vào Trung tâm Công tác xã hội tỉnh, tăng 11,3% so với cùng kỳ năm 2022. Trong đó, Thủ Dầu Một, Thuận An và Dĩ An là những địa phương có nhiều người lang thang nhất, lần lượt 92, 78 và 64 lượt.

Số người từ tỉnh ngoài chiếm gần 60%; có 38 trẻ em và 45 người cao tuổi. Qua phân loại, Trung tâm đã hỗ trợ đưa 187 lượt người về với gia đình, địa phương, chiếm 63,2%; tiếp nhận nuôi dưỡng lâu dài 24 người không còn nơi nương tựa.

Từ đầu năm đến nay, Sở Lao động - Thương binh và Xã hội đã phối hợp với các tỉnh Tây Ninh, Bình Phước, An Giang bàn giao 53 người về quê. Hiện Trung tâm có 4 phòng chăm sóc với khoảng 120 giường, thường quá tải vào dịp cuối năm.

Bà Huỳnh Thị Bảy, Giám đốc Trung tâm Công tác xã hội tỉnh cho biết, chi phí chăm sóc một người trung bình 3,2 triệu đồng/tháng; dự kiến cả năm 2023 tổng kinh phí khoảng 2,8 tỷ đồng, tăng 0,4 tỷ đồng so với năm 2022.

Người lang thang thường tụ tập dọc Quốc lộ 13, đại lộ Bình Dương và quanh các khu công nghiệp VSIP I, VSIP II. Người dân phát hiện có thể liên hệ số điện thoại 0274.3822.649.

Năm 2024, tỉnh phấn đấu giảm ít nhất 15% số lượt người lang thang, xin ăn so với năm 2023; 100% trẻ em lang thang được hỗ trợ đi học hoặc học nghề.

Thu Thảo
"""

M10 = P("10 tháng đầu năm 2023", "2023-01-01", "2023-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
S = "lượt người lang thang, xin ăn được tập trung"
FIGS = [
    F("gần 300 lượt", "300", 300, "count", "lượt người", "lượt người lang thang được đưa vào cơ sở bảo trợ",
      P("10 tháng", "2023-01-01", "2023-10-31"), approx="nearly"),
    F("tập trung 296 lượt", "296", 296, "count", "lượt người", S, M10,
      change=C("increase", 11.3, "%", "cùng kỳ năm 2022")),
    F("lần lượt 92", "92", 92, "count", "lượt", S, I(M10), total=296, location="Thủ Dầu Một"),
    F("92, 78 và", "78", 78, "count", "lượt", S, I(M10), total=296, location="Thuận An"),
    F("và 64 lượt", "64", 64, "count", "lượt", S, I(M10), total=296, location="Dĩ An"),
    F("chiếm gần 60%", "60", 60, "percent", "%", "người từ tỉnh ngoài", I(M10), approx="nearly"),
    F("có 38 trẻ em", "38", 38, "count", "trẻ em", "trẻ em được tập trung", I(M10)),
    F("45 người cao tuổi", "45", 45, "count", "người", "người cao tuổi được tập trung", I(M10)),
    F("đưa 187 lượt", "187", 187, "count", "lượt người", "lượt người được hỗ trợ đưa về với gia đình, địa phương",
      I(M10), percent=63.2),
    F("lâu dài 24 người", "24", 24, "count", "người", "người không còn nơi nương tựa được tiếp nhận nuôi dưỡng lâu dài", I(M10)),
    F("bàn giao 53 người", "53", 53, "count", "người", "người được bàn giao về quê",
      P("Từ đầu năm đến nay", "2023-01-01", "2023-11-22")),
    F("có 4 phòng", "4", 4, "count", "phòng", "phòng chăm sóc của Trung tâm"),
    F("khoảng 120 giường", "120", 120, "count", "giường", "giường của Trung tâm", approx="about"),
    F("trung bình 3,2 triệu đồng/tháng", "3,2", 3.2e6, "money", "đồng/tháng", "chi phí chăm sóc một người"),
    F("khoảng 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "tổng kinh phí",
      P("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="forecast",
      change=C("increase", 4e8, "đồng", "năm 2022")),
    F("giảm ít nhất 15%", "15", 15, "percent", "%", "giảm số lượt người lang thang, xin ăn", Y24,
      approx="at_least", status="target"),
    F("; 100% trẻ em", "100", 100, "percent", "%", "trẻ em lang thang được hỗ trợ đi học hoặc học nghề", Y24,
      status="target"),
]

NOTES = [
    "Báo Bình Dương online style (BDO): người lang thang, xin ăn 10 tháng đầu năm 2023; headline figure 'gần 300 lượt'.",
    "Headline '10 tháng' takes 2023 from the dateline (nothing dated stands before it). 'Trong đó ... lần lượt 92, 78 và 64' are",
    "parts of the 296 (total) with their city as location. 'Từ đầu năm đến nay' ends at the dateline 2023-11-22.",
    "'tăng 0,4 tỷ đồng so với năm 2022' is the change of the forecast 2,8 tỷ (value 400000000 đồng).",
    "revised after the first run: subject of 24 người now keeps the noun's qualifier 'không còn nơi nương tựa'.",
    "Distractors: 14:35, Quốc lộ 13, VSIP I/VSIP II, 0274.3822.649, Huỳnh Thị Bảy.",
]

write("p947-8", TEXT, FIGS, NOTES, published="2023-11-22", location="Bình Dương")
