from lib import F, P, C, T, build

TEXT = """
BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Hoạt động của Bộ

Chương trình Sữa học đường: khoảng 2,83 triệu trẻ được uống sữa trong năm 2023

Theo báo cáo của Viện Dinh dưỡng, giai đoạn 2021-2025, Chương trình Sữa học đường cải thiện tình trạng dinh dưỡng góp phần nâng cao tầm vóc trẻ em mẫu giáo và tiểu học (theo Quyết định số 1340/QĐ-TTg ngày 08/7/2016) đã được triển khai tại 45/63 tỉnh, thành phố, tăng 8 tỉnh so với giai đoạn 2016-2020.

Năm 2023, chương trình cung cấp sữa cho 2.834.600 trẻ; trẻ mẫu giáo chiếm 38,4%, học sinh tiểu học chiếm 61,6%. Mỗi trẻ được uống 5 lần/tuần, mỗi lần một hộp 180 ml. Tổng kinh phí thực hiện năm 2023 ước đạt 2.460 tỷ đồng, trong đó ngân sách nhà nước hỗ trợ 1.180 tỷ đồng (chiếm 48%), phần còn lại do phụ huynh và doanh nghiệp đóng góp.

Đánh giá tại các địa phương tham gia cho thấy, sau hai năm uống sữa, tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm từ 19,8% xuống 16,3%; chiều cao trung bình của trẻ tăng thêm 1,2-1,6 cm so với nhóm không tham gia. Tại Hà Giang, tỷ lệ này giảm mạnh nhất, còn 21,5%; tại Đà Nẵng chỉ còn 6,9%.

Tuy vậy, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi của cả nước năm 2023 vẫn ở mức 18,2%, cao hơn mục tiêu 0,7%. Chiến lược quốc gia về dinh dưỡng đặt mục tiêu đến năm 2025 giảm tỷ lệ này xuống dưới 17%.

Bộ Y tế đề nghị 18 tỉnh chưa triển khai sớm ban hành đề án; bảo đảm sữa đạt tiêu chuẩn theo Thông tư số 29/2023/TT-BYT. Mọi phản ánh gửi về đường dây nóng 1900 9095.

22/08/2024
"""

H = """
Ministry site (Bộ Y tế), national school milk programme; bare date '22/08/2024' at the end is the article's date. Location Việt Nam by default.
'45/63 tỉnh, thành phố, tăng 8 tỉnh so với giai đoạn 2016-2020' -> total 63, change +8 (unit tỉnh). '38,4%'/'61,6%' shares standing alone: percent figures, no total.
'ước đạt 2.460 tỷ đồng, trong đó ... 1.180 tỷ đồng (chiếm 48%)' -> part with total and percent; the 'ước' cue governs the continuing 'trong đó' clause (estimate).
'giảm từ 19,8% xuống 16,3%': both levels are figures, no change attribute (the change amount is not written). '1,2-1,6 cm' growth as the claim (measure range).
'cao hơn mục tiêu 0,7%' -> change vs target on 18,2%. '5 lần/tuần', '180 ml' are programme norms (figures); 'dưới 5 tuổi' and 'một hộp' optional (as in h24), 'sau hai năm' a duration (not annotated).
Distractors: 'Quyết định số 1340/QĐ-TTg ngày 08/7/2016', 'Thông tư số 29/2023/TT-BYT', '1900 9095', 'giai đoạn 2016-2020' baseline.
"""

GD = P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23I = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 2,83 triệu trẻ", "2,83", 2830000, "count", "trẻ", "trẻ được uống sữa", approx="about", period=P("trong năm 2023", "2023-01-01", "2023-12-31")),
    F("tại 45/63 tỉnh", "45", 45, "count", "tỉnh, thành phố", "tỉnh, thành phố triển khai Chương trình Sữa học đường", total=63,
      change=C("increase", 8, "tỉnh", "giai đoạn 2016-2020"), period=GD),
    F("cho 2.834.600 trẻ", "2.834.600", 2834600, "count", "trẻ", "trẻ được cung cấp sữa", period=Y23),
    F("chiếm 38,4%", "38,4", 38.4, "percent", "%", "trẻ mẫu giáo", period=Y23),
    F("chiếm 61,6%", "61,6", 61.6, "percent", "%", "học sinh tiểu học", period=Y23),
    F("uống 5 lần/tuần", "5", 5, "measure", "lần/tuần", "số lần uống sữa của mỗi trẻ"),
    F("lần một hộp", "một", 1, "count", "hộp", "số hộp sữa mỗi lần uống", optional=True),
    F("hộp 180 ml", "180", 180, "measure", "ml", "dung tích mỗi hộp sữa"),
    F("ước đạt 2.460 tỷ đồng", "2.460", 2460000000000, "money", "đồng", "tổng kinh phí thực hiện", status="estimate", period=Y23b),
    F("hỗ trợ 1.180 tỷ đồng", "1.180", 1180000000000, "money", "đồng", "ngân sách nhà nước hỗ trợ", total=2460000000000, percent=48,
      status="estimate", period=Y23I),
    F("từ 19,8%", "19,8", 19.8, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể thấp còi"),
    F("xuống 16,3%", "16,3", 16.3, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể thấp còi"),
    F("thêm 1,2-1,6 cm", "1,2", 1.2, "measure", "cm", "chiều cao trung bình của trẻ tăng thêm", value_max=1.6),
    F("còn 21,5%", "21,5", 21.5, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể thấp còi", location="Hà Giang"),
    F("chỉ còn 6,9%", "6,9", 6.9, "percent", "%", "tỷ lệ trẻ suy dinh dưỡng thể thấp còi", location="Đà Nẵng"),
    F("dưới 5 tuổi", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("mức 18,2%", "18,2", 18.2, "percent", "%", "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi",
      change=C("increase", 0.7, "%", "mục tiêu"), period=Y23b),
    F("xuống dưới 17%", "17", 17, "percent", "%", "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", approx="under", status="target", period=T25),
    F("đề nghị 18 tỉnh", "18", 18, "count", "tỉnh", "tỉnh chưa triển khai"),
]

build("p314-3", TEXT, H, FIGS, published="2024-08-22", location="Việt Nam")
