from lib import F, P, C, T, build

TEXT = """
SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN
Tin tức - Sự kiện > Công tác học sinh, sinh viên

Bảo đảm bữa ăn học đường an toàn, đủ dinh dưỡng
Ngày đăng: 05/07/2024 | Lượt xem: 742

6 tháng đầu năm 2024, toàn tỉnh có 1.268 trường tổ chức bán trú với 286.450 học sinh ăn trưa tại trường, tăng 5,8% so với cùng kỳ năm 2023. Trong đó, mầm non có 198.320 học sinh, tiểu học 74.905 học sinh, THCS 13.225 học sinh. Với quy mô này, Nghệ An đứng thứ hai toàn quốc về số học sinh ăn bán trú.

Do giá thực phẩm tăng, giá suất ăn bán trú tại các trường mầm non khu vực thành thị tăng từ 10 đến 15% so với năm học trước, phổ biến ở mức 25.000-30.000 đồng/suất.

Trong quý II/2024, đoàn kiểm tra liên ngành đã kiểm tra 412 bếp ăn tập thể trường học, phát hiện 23 cơ sở vi phạm (chiếm 5,6%), xử phạt hành chính 9 cơ sở với tổng số tiền 86,5 triệu đồng. Tỷ lệ trường có bếp ăn một chiều đạt chuẩn hiện là 87,3%, kế hoạch năm 2024 là 92%.

Đối với 18 trường phổ thông dân tộc nội trú, học sinh được hưởng học bổng chính sách bằng 80% mức lương cơ sở/tháng. Từ đầu năm đến nay, ngành đã chi trả 62,4 tỷ đồng học bổng cho 9.870 học sinh nội trú; cấp 1.316 tấn gạo cho học sinh các huyện miền núi như Kỳ Sơn (402 tấn), Tương Dương (287 tấn), Quế Phong (241 tấn).

Giai đoạn 2021-2025, tổng kinh phí thực hiện các chính sách hỗ trợ tiền ăn, gạo và học bổng cho học sinh dự kiến hơn 1,2 nghìn tỷ đồng.

Các đơn vị thực hiện nghiêm Công văn số 1750/SGDĐT-CTTT; mọi vướng mắc liên hệ phòng Chính trị, Tư tưởng - Công tác học sinh, số điện thoại 0238.3844.555.
"""

H = """
Department site (Sở GD&ĐT Nghệ An), 'Ngày đăng: 05/07/2024 | Lượt xem: 742'. Default location Nghệ An; mountain districts in the rice list are locations.
'286.450 học sinh ..., tăng 5,8% so với cùng kỳ năm 2023' -> change; 'Trong đó' parts total 286450. 'đứng thứ hai toàn quốc' rank 2.
'tăng từ 10 đến 15% so với năm học trước': a growth rate as the claim (percent range, no change). '25.000-30.000 đồng/suất' money range.
'kiểm tra 412 ..., phát hiện 23 cơ sở vi phạm (chiếm 5,6%)' -> percent 5.6; no part-of cue, so no total. '87,3%, kế hoạch năm 2024 là 92%' -> target 92.
'80% mức lương cơ sở/tháng' is the scholarship level (percent figure). 'Từ đầu năm đến nay' = 2024-01-01 .. 2024-07-05.
'dự kiến hơn 1,2 nghìn tỷ đồng' -> forecast, over, 1.2e12. Distractors: dateline, counter, 'Công văn số 1750/SGDĐT-CTTT', phone.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-05")
YTDI = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-05", inh=True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")

FIGS = [
    F("có 1.268 trường", "1.268", 1268, "count", "trường", "trường tổ chức bán trú", period=H1),
    F("với 286.450 học sinh", "286.450", 286450, "count", "học sinh", "học sinh ăn trưa tại trường",
      change=C("increase", 5.8, "%", "cùng kỳ năm 2023"), period=H1),
    F("có 198.320 học sinh", "198.320", 198320, "count", "học sinh", "học sinh mầm non ăn trưa tại trường", total=286450, period=H1I),
    F("tiểu học 74.905 học sinh", "74.905", 74905, "count", "học sinh", "học sinh tiểu học ăn trưa tại trường", total=286450, period=H1I),
    F("THCS 13.225 học sinh", "13.225", 13225, "count", "học sinh", "học sinh THCS ăn trưa tại trường", total=286450, period=H1I),
    F("đứng thứ hai toàn quốc", "hai", 2, "rank", "hạng", "số học sinh ăn bán trú", period=H1I),
    F("từ 10 đến 15%", "10", 10, "percent", "%", "giá suất ăn bán trú tại các trường mầm non khu vực thành thị tăng", value_max=15),
    F("mức 25.000-30.000 đồng/suất", "25.000", 25000, "money", "đồng/suất", "giá suất ăn bán trú", value_max=30000),
    F("kiểm tra 412 bếp ăn", "412", 412, "count", "bếp ăn tập thể trường học", "bếp ăn tập thể trường học được kiểm tra", period=Q2),
    F("phát hiện 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở vi phạm", percent=5.6, period=Q2),
    F("hành chính 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở bị xử phạt hành chính", period=Q2),
    F("tiền 86,5 triệu đồng", "86,5", 86500000, "money", "đồng", "tổng số tiền xử phạt hành chính", period=Q2),
    F("là 87,3%", "87,3", 87.3, "percent", "%", "tỷ lệ trường có bếp ăn một chiều đạt chuẩn", target=T(92, "%")),
    F("Đối với 18 trường", "18", 18, "count", "trường", "trường phổ thông dân tộc nội trú"),
    F("bằng 80% mức lương", "80", 80, "percent", "%", "học bổng chính sách so với mức lương cơ sở"),
    F("trả 62,4 tỷ đồng", "62,4", 62400000000, "money", "đồng", "học bổng chi trả", period=YTD),
    F("cho 9.870 học sinh", "9.870", 9870, "count", "học sinh", "học sinh nội trú được chi trả học bổng", period=YTD),
    F("cấp 1.316 tấn gạo", "1.316", 1316, "measure", "tấn", "gạo cấp cho học sinh các huyện miền núi", period=YTD),
    F("Kỳ Sơn (402 tấn)", "402", 402, "measure", "tấn", "gạo cấp cho học sinh", location="Kỳ Sơn", period=YTD),
    F("Tương Dương (287 tấn)", "287", 287, "measure", "tấn", "gạo cấp cho học sinh", location="Tương Dương", period=YTD),
    F("Quế Phong (241 tấn)", "241", 241, "measure", "tấn", "gạo cấp cho học sinh", location="Quế Phong", period=YTD),
    F("hơn 1,2 nghìn tỷ đồng", "1,2", 1200000000000, "money", "đồng", "tổng kinh phí thực hiện các chính sách hỗ trợ tiền ăn, gạo và học bổng cho học sinh",
      approx="over", status="forecast", period=GD),
]

build("p314-8", TEXT, H, FIGS, published="2024-07-05", location="Nghệ An")
