from lib import F, P, C, T, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Văn hóa - Xã hội
Krông Pắc: Phát triển mạng lưới tủ sách cơ sở, lan tỏa văn hóa đọc
THU HÀ 08:10, 15/11/2024

Những năm qua, huyện Krông Pắc quan tâm xây dựng mạng lưới thư viện, tủ sách cơ sở gắn với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa". Đến tháng 10/2024, toàn huyện có 1 thư viện huyện, 16 thư viện xã, thị trấn và 142 tủ sách cộng đồng đặt tại nhà văn hóa thôn, buôn, tổ dân phố; 100% trường học có thư viện đạt chuẩn.

Trong 142 tủ sách cộng đồng, có 58 tủ sách đặt tại buôn đồng bào dân tộc thiểu số, 37 tủ sách tại các điểm trường và 29 tủ sách pháp luật tại trụ sở thôn. Tổng số sách trong các thư viện, tủ sách cơ sở hiện khoảng 86.500 bản; sách pháp luật chiếm 18,6%, sách khoa học kỹ thuật nông nghiệp chiếm 24%. Riêng năm 2024, huyện đã luân chuyển 5.400 bản sách giữa các tủ sách, gấp đôi năm 2023.

9 tháng năm 2024, hệ thống thư viện, tủ sách cơ sở phục vụ trên 31.200 lượt bạn đọc, tăng 9,5% so với cùng kỳ; trong đó thiếu nhi chiếm gần 60%. Thư viện huyện đã số hóa 1.250 tài liệu địa chí, đưa vào sử dụng 3 điểm đọc sách điện tử tại thị trấn Phước An và các xã Ea Kênh, Hòa An.

Theo ông Y Khiêm Niê, Trưởng phòng Văn hóa và Thông tin huyện, nguồn sách chủ yếu do Thư viện tỉnh Đắk Lắk luân chuyển và các tổ chức, cá nhân ủng hộ; kinh phí huyện hỗ trợ mua sách năm 2024 là 120 triệu đồng, bằng 80% năm trước.

Giai đoạn 2025-2030, huyện phấn đấu mỗi thôn, buôn có ít nhất 1 tủ sách cộng đồng, nâng tổng số tủ sách lên khoảng 200 tủ; thực hiện Kế hoạch số 215/KH-UBND, xây dựng 5 mô hình "Gia đình đọc sách" tiêu biểu mỗi năm.

Địa chỉ: 01 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk. Điện thoại: 0262.3521.108
Tổng truy cập: 1.204.553
"""

ASOF = P("Đến tháng 10/2024", None, "2024-10-31")
ASOFi = P("Đến tháng 10/2024", None, "2024-10-31", inh=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
G = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")

FIGS = [
    F("có 1 thư viện huyện", "1", 1, "count", "thư viện huyện", "thư viện huyện", period=ASOF),
    F("16 thư viện xã", "16", 16, "count", "thư viện xã, thị trấn", "thư viện xã, thị trấn", period=ASOF),
    F("và 142 tủ sách", "142", 142, "count", "tủ sách cộng đồng",
      "tủ sách cộng đồng đặt tại nhà văn hóa thôn, buôn, tổ dân phố", period=ASOF),
    F("100% trường học", "100", 100, "percent", "%", "trường học có thư viện đạt chuẩn", period=ASOF),
    F("Trong 142 tủ sách", "142", 142, "count", "tủ sách cộng đồng", "tủ sách cộng đồng", period=ASOFi,
      optional=True),
    F("có 58 tủ sách", "58", 58, "count", "tủ sách", "tủ sách đặt tại buôn đồng bào dân tộc thiểu số",
      total=142, period=ASOFi),
    F("37 tủ sách", "37", 37, "count", "tủ sách", "tủ sách tại các điểm trường", total=142, period=ASOFi),
    F("29 tủ sách", "29", 29, "count", "tủ sách", "tủ sách pháp luật tại trụ sở thôn", total=142, period=ASOFi),
    F("khoảng 86.500 bản", "86.500", 86500, "count", "bản", "tổng số sách trong các thư viện, tủ sách cơ sở",
      approx="about", period=ASOFi),
    F("chiếm 18,6%", "18,6", 18.6, "percent", "%", "sách pháp luật", period=ASOFi),
    F("chiếm 24%", "24", 24, "percent", "%", "sách khoa học kỹ thuật nông nghiệp", period=ASOFi),
    F("luân chuyển 5.400 bản", "5.400", 5400, "count", "bản sách", "bản sách luân chuyển giữa các tủ sách",
      change=C("increase", 2, "lần", "năm 2023"), period=Y24),
    F("trên 31.200 lượt", "31.200", 31200, "count", "lượt bạn đọc",
      "lượt bạn đọc hệ thống thư viện, tủ sách cơ sở phục vụ", approx="over",
      change=C("increase", 9.5, "%", "cùng kỳ"), period=M9),
    F("chiếm gần 60%", "60", 60, "percent", "%", "thiếu nhi", approx="nearly", period=M9),
    F("số hóa 1.250 tài liệu", "1.250", 1250, "count", "tài liệu địa chí", "tài liệu địa chí thư viện huyện đã số hóa"),
    F("3 điểm đọc sách", "3", 3, "count", "điểm đọc sách điện tử", "điểm đọc sách điện tử đưa vào sử dụng"),
    F("là 120 triệu đồng", "120", 120000000, "money", "đồng", "kinh phí huyện hỗ trợ mua sách",
      percent=80, period=Y24),
    F("ít nhất 1 tủ sách", "1", 1, "count", "tủ sách cộng đồng", "tủ sách cộng đồng mỗi thôn, buôn",
      approx="at_least", status="target", period=G, optional=True),
    F("khoảng 200 tủ", "200", 200, "count", "tủ", "tổng số tủ sách", approx="about", status="target", period=G),
    F("xây dựng 5 mô hình", "5", 5, "count", "mô hình", "mô hình \"Gia đình đọc sách\" tiêu biểu mỗi năm",
      status="target", period=G),
]

COMMENTS = [
    "District portal (huyện Krông Pắc, Đắk Lắk), byline + '08:10, 15/11/2024' dateline, 'Tổng truy cập' counter. Default location the district.",
    "'Trong 142 tủ sách …, có 58 …' → parts with total 142; the repeated whole '142' is optional (restatement).",
    "'sách pháp luật chiếm 18,6%' has no base number: a percent figure of its own; likewise 'thiếu nhi chiếm gần 60%' after the 31.200 count.",
    "'gấp đôi năm 2023' → change ×2 (lần) of 5.400 bản; 'bằng 80% năm trước' → percent 80 of the 120 triệu đồng.",
    "Commune names (Phước An, Ea Kênh, Hòa An) are not districts: location stays Krông Pắc. '1 tủ sách' per thôn is a norm: optional.",
    "revised: subject of 142 tủ sách cộng đồng now keeps the sentence's qualifier (đặt tại nhà văn hóa thôn, buôn, tổ dân phố).",
    "Distractors: Kế hoạch số 215/KH-UBND, address '01 Giải Phóng', phone, counter, '2025-2030'.",
]
write("p392-5", COMMENTS, TEXT, FIGS, published="2024-11-15", location="Krông Pắc")
