from lib import F, P, C, T, write

TEXT = """
BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Tin hoạt động > Thư viện
Hệ thống thư viện công cộng tiếp tục được củng cố, văn hóa đọc lan tỏa
Ngày đăng: 19/04/2024

Theo báo cáo của Vụ Thư viện, tính đến tháng 12/2023, cả nước có 63 thư viện cấp tỉnh, 678 thư viện cấp huyện và hơn 11.000 thư viện, tủ sách cấp xã, thôn, bản. Tổng vốn tài liệu của hệ thống thư viện công cộng đạt gần 48,6 triệu bản, bình quân khoảng 0,49 bản sách/người dân, vẫn thấp hơn nhiều so với mức 2 bản/người theo khuyến nghị của IFLA/UNESCO.

Năm 2023, các thư viện công cộng phục vụ khoảng 27,3 triệu lượt bạn đọc, luân chuyển trên 51 triệu lượt tài liệu; cấp mới 412.000 thẻ bạn đọc, tăng 6,8% so với năm 2022. Một số địa phương có tỷ lệ người dân sở hữu thẻ thư viện cao là Đà Nẵng (8,4%), Bắc Ninh (7,9%) và Vĩnh Phúc (7,1%).

Về chuyển đổi số, đến nay đã có 58/63 thư viện cấp tỉnh triển khai phần mềm quản lý thư viện tích hợp; 41 thư viện cấp tỉnh xây dựng được thư viện số với khoảng 1,2 triệu tài liệu số (tương đương gần 95 triệu trang). Thư viện Quốc gia Việt Nam đã số hóa hơn 9,2 triệu trang tài liệu, trong đó có 4,8 triệu trang báo, tạp chí xuất bản trước năm 1954.

Ngày 21/4 hằng năm là Ngày Sách và Văn hóa đọc Việt Nam theo Quyết định số 284/QĐ-TTg ngày 24/2/2014. Theo Đề án "Phát triển văn hóa đọc trong cộng đồng giai đoạn 2017-2020, định hướng đến năm 2030" (Quyết định số 329/QĐ-TTg), đến năm 2030 phấn đấu bình quân mỗi người dân đọc từ 6 đến 7 cuốn sách/năm; 100% thư viện cấp tỉnh và từ 70 đến 80% thư viện cấp huyện được kết nối, chia sẻ tài nguyên thông tin.

Lãnh đạo Vụ Thư viện cho biết, năm 2024 Bộ sẽ tập trung hoàn thiện Cơ sở dữ liệu quốc gia về thư viện, tổ chức Hội nghị toàn quốc tại Hà Nội và hướng dẫn các địa phương triển khai Luật Thư viện năm 2019.

Lượt truy cập: 1.507.326
"""

ASOF = P("tính đến tháng 12/2023", None, "2023-12-31")
ASOFi = P("tính đến tháng 12/2023", None, "2023-12-31", inh=True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
NOW = P("đến nay", None, "2024-04-19")
T30 = P("đến năm 2030", None, "2030-12-31")
CARD = "tỷ lệ người dân sở hữu thẻ thư viện"

FIGS = [
    F("có 63 thư viện cấp tỉnh", "63", 63, "count", "thư viện cấp tỉnh", "thư viện cấp tỉnh", period=ASOF),
    F("678 thư viện cấp huyện", "678", 678, "count", "thư viện cấp huyện", "thư viện cấp huyện", period=ASOF),
    F("hơn 11.000 thư viện", "11.000", 11000, "count", "thư viện, tủ sách", "thư viện, tủ sách cấp xã, thôn, bản",
      approx="over", period=ASOF),
    F("gần 48,6 triệu bản", "48,6", 48600000, "count", "bản", "tổng vốn tài liệu của hệ thống thư viện công cộng",
      approx="nearly", period=ASOFi),
    F("khoảng 0,49 bản", "0,49", 0.49, "measure", "bản sách/người dân", "vốn tài liệu bình quân",
      approx="about", period=ASOFi),
    F("mức 2 bản/người", "2", 2, "measure", "bản/người", "mức khuyến nghị của IFLA/UNESCO", optional=True),
    F("khoảng 27,3 triệu lượt", "27,3", 27300000, "count", "lượt bạn đọc", "lượt bạn đọc các thư viện công cộng phục vụ",
      approx="about", period=Y23),
    F("trên 51 triệu lượt", "51", 51000000, "count", "lượt tài liệu", "lượt tài liệu luân chuyển",
      approx="over", period=Y23),
    F("cấp mới 412.000 thẻ", "412.000", 412000, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới",
      change=C("increase", 6.8, "%", "năm 2022"), period=Y23),
    F("Đà Nẵng (8,4%)", "8,4", 8.4, "percent", "%", CARD, location="Đà Nẵng", period=Y23i),
    F("Bắc Ninh (7,9%)", "7,9", 7.9, "percent", "%", CARD, location="Bắc Ninh", period=Y23i),
    F("Vĩnh Phúc (7,1%)", "7,1", 7.1, "percent", "%", CARD, location="Vĩnh Phúc", period=Y23i),
    F("58/63 thư viện", "58", 58, "count", "thư viện cấp tỉnh",
      "thư viện cấp tỉnh triển khai phần mềm quản lý thư viện tích hợp", total=63, period=NOW),
    F("41 thư viện cấp tỉnh", "41", 41, "count", "thư viện cấp tỉnh", "thư viện cấp tỉnh xây dựng được thư viện số",
      period=NOW),
    F("khoảng 1,2 triệu tài liệu", "1,2", 1200000, "count", "tài liệu số", "tài liệu số của các thư viện cấp tỉnh xây dựng được thư viện số",
      approx="about", period=NOW),
    F("gần 95 triệu trang", "95", 95000000, "count", "trang", "trang tài liệu số của các thư viện cấp tỉnh xây dựng được thư viện số", approx="nearly", period=NOW),
    F("hơn 9,2 triệu trang", "9,2", 9200000, "count", "trang", "trang tài liệu Thư viện Quốc gia Việt Nam đã số hóa",
      approx="over"),
    F("có 4,8 triệu trang", "4,8", 4800000, "count", "trang", "trang báo, tạp chí xuất bản trước năm 1954",
      total=9200000),
    F("từ 6 đến 7 cuốn", "6", 6, "measure", "cuốn sách/năm", "số sách bình quân mỗi người dân đọc",
      value_max=7, status="target", period=T30),
    F("100% thư viện cấp tỉnh", "100", 100, "percent", "%", "thư viện cấp tỉnh được kết nối, chia sẻ tài nguyên thông tin",
      status="target", period=T30),
    F("từ 70 đến 80%", "70", 70, "percent", "%", "thư viện cấp huyện được kết nối, chia sẻ tài nguyên thông tin",
      value_max=80, status="target", period=T30),
]

COMMENTS = [
    "Ministry site (Bộ VHTTDL), 'Ngày đăng: 19/04/2024' without time; national figures, default location Việt Nam; visitor counter at the end.",
    "'63 thư viện cấp tỉnh' is a real count here (libraries, stated with the as-of date) → required. 'mức 2 bản/người' is a reference norm: optional.",
    "'0,49 bản sách/người dân' is a rate (measure); 'tương đương gần 95 triệu trang' is a figure of its own (as h01 '1,488 triệu hồ sơ').",
    "'đến nay' ends at the dateline. Province list: location each province, subject the list indicator, period from the previous sentence (inherited).",
    "Distractors: 'Ngày 21/4', Quyết định số 284/QĐ-TTg, 329/QĐ-TTg, 'giai đoạn 2017-2020' inside the Đề án's name, 'trước năm 1954', 'Luật Thư viện năm 2019'.",
    "'đến năm 2030 phấn đấu' → status target for the range and percents that follow.",
    "revised: subjects of 1,2 triệu tài liệu số / 95 triệu trang now name the set the sentence gives (thư viện cấp tỉnh xây dựng được thư viện số), not just the unit.",
]
write("p392-4", COMMENTS, TEXT, FIGS, published="2024-04-19", location="Việt Nam")
