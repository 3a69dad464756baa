from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Nghệ An: Tỷ số giới tính khi sinh năm 2023 giảm còn 112,6 bé trai/100 bé gái

Cập nhật: 16/01/2024 08:45
Lượt xem: 3.412

Ngày 15/1, Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nghệ An tổ chức hội nghị tổng kết công tác dân số năm 2023, triển khai nhiệm vụ năm 2024.

Theo báo cáo, tính đến ngày 31/12/2023, quy mô dân số toàn tỉnh đạt 3.442.000 người, tăng 1,02% so với năm 2022; mật độ dân số bình quân 209 người/km². Năm 2023, toàn tỉnh có 50.217 trẻ được sinh ra, giảm 1.135 trẻ so với năm 2022; trong đó số trẻ là con thứ 3 trở lên là 11.602 trẻ, chiếm 23,1%. Tổng tỷ suất sinh ở mức 2,45 con/phụ nữ, vẫn cao hơn mức sinh thay thế.

Tỷ số giới tính khi sinh là 112,6 bé trai/100 bé gái, giảm 1,3 điểm so với năm trước. Một số huyện còn ở mức cao như Quỳnh Lưu (118,4), Diễn Châu (116,9) và Yên Thành (115,2).

Công tác kế hoạch hóa gia đình được duy trì: số người mới sử dụng biện pháp tránh thai hiện đại là 98.540 người, đạt 102,6% kế hoạch; trong đó đặt dụng cụ tử cung 12.310 người, thuốc cấy tránh thai 1.045 người. Tỷ lệ bà mẹ mang thai được sàng lọc trước sinh đạt 62,5%, tỷ lệ trẻ sơ sinh được sàng lọc đạt 71,3%. Tuổi thọ trung bình của người dân ước đạt 73,9 tuổi. Tổng kinh phí thực hiện công tác dân số năm 2023 là 15,6 tỷ đồng.

Năm 2024, tỉnh phấn đấu giảm tỷ lệ sinh con thứ 3 trở lên xuống 22,5%, đưa tỷ số giới tính khi sinh về dưới 112 bé trai/100 bé gái và tăng tỷ lệ sàng lọc sơ sinh lên 75%.

Mọi thông tin xin liên hệ: Chi cục Dân số - KHHGĐ tỉnh Nghệ An, số 18 Trường Thi, TP. Vinh; điện thoại 0238.3844.215.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
SRB = "bé trai/100 bé gái"

FIGS = [
    F("giảm còn 112,6", "112,6", 112.6, "measure", SRB, "Tỷ số giới tính khi sinh", Y23),
    F("đạt 3.442.000 người", "3.442.000", 3442000, "count", "người", "quy mô dân số toàn tỉnh", ASOF,
      change=CH("increase", 1.02, "%", "năm 2022")),
    F("bình quân 209 người/km²", "209", 209, "measure", "người/km²", "mật độ dân số bình quân", ASOF),
    F("có 50.217 trẻ", "50.217", 50217, "count", "trẻ", "trẻ được sinh ra", P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("decrease", 1135, "trẻ", "năm 2022")),
    F("là 11.602 trẻ", "11.602", 11602, "count", "trẻ", "số trẻ là con thứ 3 trở lên",
      P("Năm 2023", "2023-01-01", "2023-12-31"), total=50217, percent=23.1),
    F("mức 2,45 con/phụ nữ", "2,45", 2.45, "measure", "con/phụ nữ", "Tổng tỷ suất sinh", I(Y23)),
    F("khi sinh là 112,6", "112,6", 112.6, "measure", SRB, "Tỷ số giới tính khi sinh", I(Y23),
      change=CH("decrease", 1.3, "điểm", "năm trước")),
    F("Quỳnh Lưu (118,4)", "118,4", 118.4, "measure", SRB, "Tỷ số giới tính khi sinh", I(Y23), location="Quỳnh Lưu"),
    F("Diễn Châu (116,9)", "116,9", 116.9, "measure", SRB, "Tỷ số giới tính khi sinh", I(Y23), location="Diễn Châu"),
    F("Yên Thành (115,2)", "115,2", 115.2, "measure", SRB, "Tỷ số giới tính khi sinh", I(Y23), location="Yên Thành"),
    F("là 98.540 người", "98.540", 98540, "count", "người", "số người mới sử dụng biện pháp tránh thai hiện đại", I(Y23),
      percent=102.6),
    F("tử cung 12.310 người", "12.310", 12310, "count", "người", "người đặt dụng cụ tử cung", I(Y23), total=98540),
    F("tránh thai 1.045 người", "1.045", 1045, "count", "người", "người dùng thuốc cấy tránh thai", I(Y23), total=98540),
    F("đạt 62,5%", "62,5", 62.5, "percent", "%", "Tỷ lệ bà mẹ mang thai được sàng lọc trước sinh", I(Y23)),
    F("đạt 71,3%", "71,3", 71.3, "percent", "%", "tỷ lệ trẻ sơ sinh được sàng lọc", I(Y23)),
    F("ước đạt 73,9 tuổi", "73,9", 73.9, "measure", "tuổi", "Tuổi thọ trung bình của người dân", I(Y23), status="estimate"),
    F("là 15,6 tỷ đồng", "15,6", 15.6e9, "money", "đồng", "Tổng kinh phí thực hiện công tác dân số", Y23),
    F("xuống 22,5%", "22,5", 22.5, "percent", "%", "tỷ lệ sinh con thứ 3 trở lên", Y24, status="target"),
    F("dưới 112 bé trai", "112", 112, "measure", SRB, "tỷ số giới tính khi sinh", Y24, approx="under", status="target"),
    F("lên 75%", "75", 75, "percent", "%", "tỷ lệ sàng lọc sơ sinh", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An: tổng kết công tác dân số năm 2023 (quy mô dân số, trẻ sinh ra, SRB, TFR, KHHGĐ, sàng lọc, tuổi thọ, mục tiêu 2024).",
    "Breadcrumb, \"Cập nhật: 16/01/2024 08:45\" is the dateline; \"Lượt xem: 3.412\" is page furniture; address and phone are not figures.",
    "\"con thứ 3\" is an ordinal naming the indicator (not a figure); \"100 bé gái\" is a rate denominator inside the unit.",
    "District SRB list items (no unit written) take the list's unit and go to location; 98.540 parts after \"trong đó\" get that total.",
]

if __name__ == "__main__":
    emit("p640-1", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Nghệ An")
