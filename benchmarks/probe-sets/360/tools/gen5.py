from lib import F, P, I, emit

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Giáo dục

Bắc Giang: Gần 2.000 tỷ đồng xây dựng trường chuẩn
05/01/2024 07:45
Minh Thu

BGĐT - Năm 2023, toàn tỉnh huy động gần 2.000 tỷ đồng đầu tư xây dựng, sửa chữa cơ sở vật chất trường học, tăng 18,6% so với năm 2022. Nhờ đó, số trường đạt chuẩn quốc gia tăng thêm 46 trường, nâng tổng số lên 702 trường, chiếm 91,4% tổng số trường công lập.

Đến hết năm 2023, 10/10 huyện, thành phố có tỷ lệ trường đạt chuẩn quốc gia trên 85%. Dẫn đầu là thành phố Bắc Giang (100%), tiếp đến là các huyện Việt Yên 98,4%, Hiệp Hòa 97,8%, Yên Dũng 95,2%. Huyện Sơn Động có tỷ lệ thấp nhất, đạt 86,1%. Trong tổng số 702 trường đạt chuẩn, có 287 trường đạt chuẩn mức độ 2, tăng 35 trường so với năm 2022.

Tại huyện Lục Nam, năm 2023 có 14 trường được đầu tư với tổng kinh phí 96,7 tỷ đồng; Trường THCS Lục Nam được xây mới dãy nhà 3 tầng với 15 phòng học. Bà Nguyễn Thị Hà, Trưởng Phòng GD&ĐT huyện cho biết, còn khoảng 30 phòng học xuống cấp cần cải tạo trong năm 2024.

Năm 2024, tỉnh đặt chỉ tiêu có thêm ít nhất 20 trường đạt chuẩn quốc gia; dự kiến tổng vốn đầu tư cho giáo dục khoảng 2.150 tỷ đồng, trong đó ngân sách nhà nước chiếm khoảng 70%. Theo Quyết định số 1856/QĐ-UBND, mỗi trường đạt chuẩn mức độ 1 được thưởng 200 triệu đồng.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
END23 = P("Đến hết năm 2023", None, "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Gần 2.000 tỷ đồng", "2.000", 2000e9, "money", "đồng", "vốn xây dựng trường chuẩn", I(Y23), approx="nearly"),
    F("gần 2.000 tỷ đồng", "2.000", 2000e9, "money", "đồng", "vốn đầu tư xây dựng, sửa chữa cơ sở vật chất trường học", Y23,
      approx="nearly", change={"direction": "increase", "value": 18.6, "unit": "%", "baseline": "năm 2022"}),
    F("thêm 46 trường", "46", 46, "count", "trường", "số trường đạt chuẩn quốc gia tăng thêm", I(Y23), optional=True),
    F("lên 702 trường", "702", 702, "count", "trường", "số trường đạt chuẩn quốc gia", I(Y23), percent=91.4,
      change={"direction": "increase", "value": 46, "unit": "trường"}),
    F("10/10 huyện", "10", 10, "count", "huyện, thành phố", "huyện, thành phố có tỷ lệ trường đạt chuẩn quốc gia trên 85%", END23, total=10),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", END23, approx="over", optional=True),
    F("Bắc Giang (100%)", "100", 100, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", I(END23), location="Bắc Giang"),
    F("Việt Yên 98,4%", "98,4", 98.4, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", I(END23), location="Việt Yên"),
    F("Hiệp Hòa 97,8%", "97,8", 97.8, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", I(END23), location="Hiệp Hòa"),
    F("Yên Dũng 95,2%", "95,2", 95.2, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", I(END23), location="Yên Dũng"),
    F("đạt 86,1%", "86,1", 86.1, "percent", "%", "tỷ lệ trường đạt chuẩn quốc gia", I(END23), location="Sơn Động"),
    F("tổng số 702 trường", "702", 702, "count", "trường", "trường đạt chuẩn", I(END23), optional=True),
    F("có 287 trường", "287", 287, "count", "trường", "trường đạt chuẩn mức độ 2", I(END23), total=702,
      change={"direction": "increase", "value": 35, "unit": "trường", "baseline": "năm 2022"}),
    F("có 14 trường", "14", 14, "count", "trường", "trường được đầu tư", Y23b, location="Lục Nam"),
    F("kinh phí 96,7 tỷ đồng", "96,7", 96.7e9, "money", "đồng", "tổng kinh phí đầu tư", Y23b, location="Lục Nam"),
    F("nhà 3 tầng", "3", 3, "count", "tầng", "dãy nhà Trường THCS Lục Nam", optional=True, location="Lục Nam"),
    F("với 15 phòng học", "15", 15, "count", "phòng học", "phòng học dãy nhà xây mới Trường THCS Lục Nam", I(Y23b), location="Lục Nam"),
    F("khoảng 30 phòng học", "30", 30, "count", "phòng học", "phòng học xuống cấp cần cải tạo", approx="about", location="Lục Nam"),
    F("ít nhất 20 trường", "20", 20, "count", "trường", "trường đạt chuẩn quốc gia có thêm", Y24, approx="at_least", status="target"),
    F("khoảng 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "tổng vốn đầu tư cho giáo dục", Y24, approx="about", status="forecast"),
    F("khoảng 70%", "70", 70, "percent", "%", "ngân sách nhà nước", Y24, approx="about", status="forecast"),
    F("thưởng 200 triệu đồng", "200", 200e6, "money", "đồng", "tiền thưởng mỗi trường đạt chuẩn mức độ 1", optional=True),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang, tag 'BGĐT'): capital for school facilities 2023, national-standard schools by district, Lục Nam, 2024 plan.",
    "Bare dateline '05/01/2024 07:45' with the byline under it. Location Bắc Giang unless a district is named.",
    "Headline 'Gần 2.000 tỷ đồng' is a figure of its own (period in the body: inherited).",
    "'số trường … tăng thêm 46 trường, nâng tổng số lên 702 trường': a change and then the level it reached; the change belongs to 702",
    "(FIGURES.md: the change after 'tăng' is an attribute); 46 is also kept as an optional figure. 702 'chiếm 91,4%' share.",
    "'10/10 huyện, thành phố' count with total 10; 'trên 85%' is the threshold that defines the set: optional.",
    "'Trong tổng số 702 trường đạt chuẩn' restates the whole (optional); 287 after it has total 702 and change 35 trường.",
    "Lục Nam figures take the district. 'dãy nhà 3 tầng' is a building's size (optional), 'mức độ 1'/'mức độ 2' are level labels: not figures.",
    "'khoảng 30 phòng học … cần cải tạo trong năm 2024' is a present stock: no period given (the year is when work is needed).",
    "'ngân sách nhà nước chiếm khoảng 70%' names its own subject: a percent figure, not a share attribute of the 2.150 tỷ total; forecast as",
    "it continues the 'dự kiến' clause. 'mỗi trường … được thưởng 200 triệu đồng' is a rule's amount: optional.",
]

emit("p360-5", TEXT, COMMENTS, FIGS, published="2024-01-05", location="Bắc Giang")
