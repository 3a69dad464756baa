from lib import emit, fig, per, inh, ch

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Trang chủ / Văn hóa - Xã hội
Thứ Hai, 22/04/2024 - 16:05

Sôi nổi Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3

Sáng 21/4, tại Nhà văn hóa trung tâm huyện (số 2 đường Lê Hoàn, thị trấn Thọ Xuân), UBND huyện Thọ Xuân tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 năm 2024. Chương trình thu hút gần 1.500 người tham gia, trong đó có hơn 1.100 học sinh đến từ 12 trường trên địa bàn.

Tại ngày hội, 25 gian trưng bày giới thiệu khoảng 8.000 bản sách, báo các loại; Ban tổ chức trao tặng 1.200 cuốn sách cho tủ sách của 6 trường tiểu học thuộc các xã khó khăn, tổng trị giá 96 triệu đồng.

Theo Phòng Văn hóa và Thông tin huyện, đến nay toàn huyện có 1 thư viện cấp huyện, 32/38 xã, thị trấn có phòng đọc hoặc tủ sách, 241 tủ sách cộng đồng tại các thôn, khu phố, tăng 37 tủ so với năm 2022. Tổng số sách trong các tủ sách cơ sở khoảng 96.400 bản, bình quân 0,4 bản/người dân; mỗi năm các tủ sách phục vụ từ 60.000 đến 70.000 lượt người đọc.

Năm 2023, thư viện huyện luân chuyển 5.640 bản sách xuống 18 xã, gấp 2,1 lần năm trước; tỷ lệ học sinh tiểu học đọc sách tại thư viện trường đạt trên 85%.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND huyện đề nghị các xã phấn đấu đến năm 2025 có 100% trường học có thư viện đạt chuẩn, mỗi thôn, khu phố có ít nhất 1 tủ sách cộng đồng. Dịp này, huyện khen thưởng 15 tập thể, 28 cá nhân có thành tích trong phong trào xây dựng văn hóa đọc giai đoạn 2021-2023.

Bài, ảnh: Minh Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Điện thoại: 0237.3834.120
"""

NAY = per("đến nay", end="2024-04-22")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("gần 1.500 người", "1.500", 1500, "count", "người",
        "người tham gia Ngày Sách và Văn hóa đọc Việt Nam", approx="nearly"),
    fig("hơn 1.100 học sinh", "1.100", 1100, "count", "học sinh", "học sinh tham gia",
        approx="over", total=1500),
    fig("từ 12 trường", "12", 12, "count", "trường", "trường có học sinh tham gia"),
    fig("25 gian trưng bày", "25", 25, "count", "gian trưng bày", "gian trưng bày tại ngày hội"),
    fig("khoảng 8.000 bản", "8.000", 8000, "count", "bản sách, báo", "bản sách, báo được giới thiệu",
        approx="about"),
    fig("trao tặng 1.200 cuốn", "1.200", 1200, "count", "cuốn sách", "cuốn sách trao tặng cho tủ sách trường tiểu học"),
    fig("của 6 trường", "6", 6, "count", "trường tiểu học", "trường tiểu học thuộc các xã khó khăn được tặng sách"),
    fig("trị giá 96 triệu đồng", "96", 96000000, "money", "đồng", "tổng trị giá sách trao tặng"),
    fig("có 1 thư viện", "1", 1, "count", "thư viện cấp huyện", "thư viện cấp huyện", NAY),
    fig("32/38 xã", "32", 32, "count", "xã, thị trấn", "xã, thị trấn có phòng đọc hoặc tủ sách", NAY,
        total=38),
    fig("241 tủ sách", "241", 241, "count", "tủ sách cộng đồng", "tủ sách cộng đồng tại các thôn, khu phố", NAY,
        change=ch("increase", 37, "tủ", baseline="năm 2022")),
    fig("khoảng 96.400 bản", "96.400", 96400, "count", "bản", "tổng số sách trong các tủ sách cơ sở",
        approx="about"),
    fig("bình quân 0,4 bản/người", "0,4", 0.4, "measure", "bản/người dân", "bình quân sách trong tủ sách cơ sở"),
    fig("từ 60.000 đến", "60.000", 60000, "count", "lượt người đọc",
        "lượt người đọc các tủ sách phục vụ mỗi năm", value_max=70000),
    fig("luân chuyển 5.640 bản", "5.640", 5640, "count", "bản sách",
        "bản sách thư viện huyện luân chuyển xuống xã", Y23,
        change=ch("increase", 2.1, "lần", baseline="năm trước")),
    fig("xuống 18 xã", "18", 18, "count", "xã", "xã được thư viện huyện luân chuyển sách", Y23),
    fig("trên 85%", "85", 85, "percent", "%", "tỷ lệ học sinh tiểu học đọc sách tại thư viện trường", Y23,
        approx="over"),
    fig("có 100% trường", "100", 100, "percent", "%", "trường học có thư viện đạt chuẩn",
        per("đến năm 2025", end="2025-12-31"), status="target"),
    fig("ít nhất 1 tủ sách", "1", 1, "count", "tủ sách cộng đồng", "tủ sách cộng đồng mỗi thôn, khu phố",
        per("đến năm 2025", end="2025-12-31"), approx="at_least", status="target", optional=True),
    fig("khen thưởng 15 tập thể", "15", 15, "count", "tập thể",
        "tập thể được khen thưởng trong phong trào xây dựng văn hóa đọc"),
    fig("28 cá nhân", "28", 28, "count", "cá nhân",
        "cá nhân được khen thưởng trong phong trào xây dựng văn hóa đọc"),
]

emit("p538-2", TEXT, [
    "Cổng TTĐT huyện Thọ Xuân (district portal): Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 (21/4/2024); tủ sách cơ sở.",
    "'Thứ Hai, 22/04/2024 - 16:05' is the dateline; 'lần thứ 3', 'Sáng 21/4', 'số 2 đường Lê Hoàn', 'giai đoạn 2021-2023', phone are no figures.",
    "Location: the district portal's own district (Thọ Xuân) for all figures. 'đến nay' = as of the dateline (start null).",
    "'hơn 1.100 học sinh' after 'trong đó' counts participants like the 1.500 người: total 1500.",
    "'tăng 37 tủ so với năm 2022' is the change of 241 tủ sách; 'gấp 2,1 lần năm trước' after 5.640 bản is its change (lần).",
    "'bình quân 0,4 bản/người dân' is a rate: measure with the denominator in the unit. 'ít nhất 1 tủ sách' per thôn is a",
    "per-unit norm (target), optional. 'mỗi năm' is not a period.",
], FIGS, published="2024-04-22", location="Thọ Xuân")
