from lib import write, F, P

TEXT = """SỞ Y TẾ TỈNH LÂM ĐỒNG
Ngày đăng: 03/06/2024 | Lượt xem: 785

Tỷ lệ suy dinh dưỡng ở học sinh tiểu học tiếp tục giảm

Theo báo cáo của Trung tâm Kiểm soát bệnh tật tỉnh Lâm Đồng, năm 2023 toàn tỉnh đã cân, đo cho 118.620 học sinh tiểu học tại 254 trường. Tỷ lệ suy dinh dưỡng thể nhẹ cân là 5,4%, thể thấp còi là 8,7%, giảm lần lượt 0,6 và 0,9 điểm phần trăm so với năm 2022.

Tỷ lệ suy dinh dưỡng thể thấp còi ở học sinh tiểu học tại một số địa phương (%)
Địa phương
Năm 2022
Năm 2023
Đà Lạt
4,2
3,8
Bảo Lộc
5,1
4,6
Lạc Dương
17,9
16,2
Đam Rông
19,4
17,5

Các huyện có đông đồng bào dân tộc thiểu số như Lạc Dương, Đam Rông vẫn có tỷ lệ thấp còi cao gấp 4 lần khu vực thành thị. Năm 2024, ngành y tế phấn đấu giảm tỷ lệ thấp còi ở học sinh tiểu học toàn tỉnh xuống còn 8%, riêng các huyện vùng sâu dưới 15%.

Trong 5 tháng đầu năm 2024, Trung tâm đã phối hợp tổ chức 42 buổi truyền thông dinh dưỡng tại trường học với khoảng 9.500 lượt học sinh tham dự; cấp phát 3,2 tấn vi chất dinh dưỡng cho trẻ mầm non vùng khó khăn. Tổng kinh phí thực hiện từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi là 1.450 triệu đồng.

Chi tiết xin liên hệ: Khoa Dinh dưỡng, Trung tâm Kiểm soát bệnh tật tỉnh Lâm Đồng, số 6 Quang Trung, Phường 9, TP Đà Lạt; ĐT: 0263.3822.468.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
C22 = P("Năm 2022", "2022-01-01", "2022-12-31", inherited=True)
C23 = P("Năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
M5 = P("Trong 5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5_I = P("Trong 5 tháng đầu năm 2024", "2024-01-01", "2024-05-31", inherited=True)
TC = "tỷ lệ suy dinh dưỡng thể thấp còi ở học sinh tiểu học"

FIGS = [
    F("cho 118.620 học sinh", "118.620", 118620, "count", "học sinh", "học sinh tiểu học được cân, đo", period=Y23),
    F("tại 254 trường", "254", 254, "count", "trường", "trường tiểu học được cân, đo", period=Y23),
    F("cân là 5,4%", "5,4", 5.4, "percent", "%", "tỷ lệ suy dinh dưỡng thể nhẹ cân",
      change={"direction": "decrease", "value": 0.6, "unit": "điểm phần trăm", "baseline": "năm 2022"}, period=Y23_I),
    F("còi là 8,7%", "8,7", 8.7, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi",
      change={"direction": "decrease", "value": 0.9, "unit": "điểm phần trăm", "baseline": "năm 2022"}, period=Y23_I),
]
table = [("Đà Lạt", "4,2", "3,8"), ("Bảo Lộc", "5,1", "4,6"), ("Lạc Dương", "17,9", "16,2"), ("Đam Rông", "19,4", "17,5")]
for place, a, b in table:
    FIGS.append(F(f"{place}\n{a}", a, float(a.replace(",", ".")), "percent", "%", TC + " năm 2022",
                  location=place, period=C22))
    FIGS.append(F(f"{a}\n{b}", b, float(b.replace(",", ".")), "percent", "%", TC + " năm 2023",
                  location=place, period=C23))
FIGS += [
    F("gấp 4 lần", "4", 4, "multiple", "lần", "tỷ lệ thấp còi các huyện đông đồng bào dân tộc thiểu số so với khu vực thành thị",
      optional=True),
    F("còn 8%", "8", 8, "percent", "%", TC + " toàn tỉnh", status="target", period=Y24),
    F("dưới 15%", "15", 15, "percent", "%", "tỷ lệ thấp còi các huyện vùng sâu", approx="under", status="target", period=Y24),
    F("tổ chức 42 buổi", "42", 42, "count", "buổi", "buổi truyền thông dinh dưỡng tại trường học", period=M5),
    F("khoảng 9.500 lượt", "9.500", 9500, "count", "lượt học sinh", "lượt học sinh tham dự truyền thông dinh dưỡng",
      approx="about", period=M5),
    F("cấp phát 3,2 tấn", "3,2", 3.2, "measure", "tấn", "vi chất dinh dưỡng cấp phát cho trẻ mầm non vùng khó khăn", period=M5),
    F("là 1.450 triệu đồng", "1.450", 1450e6, "money", "đồng", "tổng kinh phí thực hiện", period=M5_I),
]

write("p377-6", TEXT, FIGS, [
    "Department site (Sở Y tế Lâm Đồng): suy dinh dưỡng ở học sinh tiểu học 2023, one-cell-per-line table by locality (Năm 2022 | Năm 2023, '(%)').",
    "Dateline 'Ngày đăng: 03/06/2024 | Lượt xem: 785' (view counter is furniture). Distractors: 'số 6 Quang Trung', 'Phường 9', phone 0263.3822.468.",
    "'giảm lần lượt 0,6 và 0,9 điểm phần trăm' → the changes of 5,4% and 8,7% in that order. Table: row label is a place → location;",
    "unit % from the caption; period from the column headers (inherited). 'gấp 4 lần' compares two districts with urban areas (no one place): optional.",
    "'Năm 2024 … phấn đấu … còn 8%, … dưới 15%' targets. '5 tháng đầu năm 2024' = 2024-01-01 … 2024-05-31; the funding sentence inherits it.",
], location="Lâm Đồng", published="2024-06-03")
