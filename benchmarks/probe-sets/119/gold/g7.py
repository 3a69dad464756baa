from gen import *
SU = P("Từ tháng 6 đến tháng 8/2023", "2023-06-01", "2023-08-31")
SUi = P("Từ tháng 6 đến tháng 8/2023", "2023-06-01", "2023-08-31", inherited=True)
figs = [
 F("Hơn 12.000 trẻ em", "12.000", 12000, "count", "trẻ em", "trẻ em được học bơi an toàn", approx="over"),
 F("tổ chức 186 lớp", "186", 186, "count", "lớp", "lớp dạy bơi an toàn cho trẻ em", period=SU),
 F("từ 6 đến 15 tuổi", "6", 6, "measure", "tuổi", "độ tuổi trẻ em tham gia", value_max=15, optional=True),
 F("từ 10 đến 12 buổi", "10", 10, "count", "buổi", "số buổi mỗi lớp học", value_max=12, period=SUi),
 F("mỗi buổi 90 phút", "90", 90, "measure", "phút", "thời lượng mỗi buổi học", period=SUi),
 F("là 12.384 em", "12.384", 12384, "count", "em", "trẻ tham gia học bơi", change=C("increase", 2105, "em", "năm 2022"), period=SUi),
 F("có 11.920 em", "11.920", 11920, "count", "em", "trẻ biết bơi sau khóa học", total=12384, percent=96.3, period=SUi),
 F("hơn 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí tổ chức", approx="over", period=SUi),
 F("hỗ trợ 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", total=1.8e9, period=SUi),
 F("tổ chức 32 lớp", "32", 32, "count", "lớp", "lớp dạy bơi", location="Long Hồ", period=SUi),
 F("với 2.140 em", "2.140", 2140, "count", "em", "trẻ tham gia học bơi", location="Long Hồ", period=SUi),
 F("27 lớp", "27", 27, "count", "lớp", "lớp dạy bơi", location="Tam Bình", period=SUi),
 F("với 1.865 em", "1.865", 1865, "count", "em", "trẻ tham gia học bơi", location="Tam Bình", period=SUi),
 F("19 lớp", "19", 19, "count", "lớp", "lớp dạy bơi", location="Bình Minh", period=SUi),
 F("có 34 bể bơi", "34", 34, "count", "bể bơi", "bể bơi di động phục vụ dạy bơi"),
 F("và 21 bể bơi", "21", 21, "count", "bể bơi", "bể bơi cố định phục vụ dạy bơi"),
 F("có 17 trẻ em", "17", 17, "count", "trẻ em", "trẻ em tử vong do đuối nước", period=P("Năm 2022", "2022-01-01", "2022-12-31")),
 F("có 6 trẻ em", "6", 6, "count", "trẻ em", "trẻ em tử vong do đuối nước", change=C("decrease", 4, "trường hợp", "cùng kỳ"), period=P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")),
 F("từ 6 tuổi trở lên biết bơi", "6", 6, "measure", "tuổi", "độ tuổi", optional=True),
 F("đạt 42,5%", "42,5", 42.5, "percent", "%", "tỷ lệ trẻ em từ 6 tuổi trở lên biết bơi an toàn"),
 F("phấn đấu 50%", "50", 50, "percent", "%", "học sinh tiểu học biết bơi", status="target", period=P("Năm học 2023-2024", "2023-09-01", "2024-05-31")),
 F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ trẻ em biết bơi an toàn", status="target", period=P("đến năm 2025", None, "2025-12-31")),
 F("ít nhất 150 lớp", "150", 150, "count", "lớp", "lớp dạy bơi cho trẻ em tổ chức bình quân mỗi năm", approx="at_least", status="target", period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
 F("tặng 500 áo phao", "500", 500, "count", "áo phao", "áo phao trao tặng cho trẻ em"),
 F("trị giá 120.000 đồng", "120.000", 120000, "money", "đồng", "trị giá mỗi áo phao"),
]
write("p119-7.toml", """Cổng TTĐT Sở LĐ-TB&XH Vĩnh Long (style): lớp dạy bơi an toàn cho trẻ em tháng 6-8/2023, đuối nước trẻ em. Dated 22/08/2023.
Ages (6, 15, "từ 6 tuổi trở lên") qualify the group: optional. District list Long Hồ, Tam Bình, Bình Minh as locations.
"Năm học 2023-2024" is taken as September 2023 to May 2024. Distractor: Tổng đài 111.""", "../articles/p119-7.txt", figs, published="2023-08-22", location="Vĩnh Long")
