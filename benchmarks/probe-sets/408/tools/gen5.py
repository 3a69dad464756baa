from lib import F, P, C, T, write

TEXT = """BÁO KHÁNH HÒA - ĐIỆN TỬ
Xã hội

Nha Trang: Mạnh tay cẩu kéo ô tô đỗ sai quy định

(BKHO) - Từ đầu năm 2024 đến hết tháng 7, Công an TP Nha Trang đã lập biên bản 2.375 trường hợp dừng, đỗ xe ô tô sai quy định trên các tuyến đường Trần Phú, Phạm Văn Đồng và đường 2/4, phạt tiền gần 2,9 tỷ đồng. Lực lượng chức năng đã dùng xe chuyên dụng cẩu kéo 326 ô tô về nơi tạm giữ, gấp 2 lần cùng kỳ năm 2023.

Theo UBND TP Nha Trang, thành phố hiện có 48 tuyến đường cho phép đỗ xe có thu phí với khoảng 2.600 vị trí đỗ. Mức phí đỗ xe ô tô dưới 9 chỗ là 25.000 đồng/lượt (ban ngày) và 35.000 đồng/lượt (ban đêm), áp dụng theo Quyết định số 23/2023/QĐ-UBND của UBND tỉnh.

Bên cạnh đó, thành phố đã cấp 835 giấy phép sử dụng tạm thời một phần hè phố, trong đó 612 giấy phép cho hoạt động kinh doanh ăn uống, 223 giấy phép cho điểm trông giữ xe máy. 7 tháng năm 2024, số thu phí sử dụng hè phố đạt 1,76 tỷ đồng, tăng 14,2%.

Ông Lê Văn Hòa, Phó Trưởng phòng Quản lý đô thị thành phố cho biết, để giảm ùn tắc, năm 2024 thành phố phấn đấu hoàn thành 3 bãi đỗ xe tập trung tại khu vực Hòn Chồng, Chợ Đầm và sân bay cũ với tổng sức chứa từ 1.200 đến 1.500 xe ô tô; tỷ lệ xử lý vi phạm qua camera giám sát đạt trên 60%.

Người dân phát hiện hành vi trông giữ xe thu tiền quá giá quy định có thể phản ánh qua số điện thoại 0258.3822.113 của Công an thành phố.

MINH ANH
12/08/2024
"""

Y7 = P("Từ đầu năm 2024 đến hết tháng 7", "2024-01-01", "2024-07-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("lập biên bản 2.375 trường hợp", "2.375", 2375, "count", "trường hợp",
      "trường hợp dừng, đỗ xe ô tô sai quy định bị lập biên bản", period=Y7),
    F("gần 2,9 tỷ đồng", "2,9", 2900000000, "money", "đồng", "phạt tiền", approx="nearly", period=Y7),
    F("cẩu kéo 326 ô tô", "326", 326, "count", "ô tô", "ô tô bị cẩu kéo về nơi tạm giữ",
      change=C("increase", 2, "lần", "cùng kỳ năm 2023"), period=P("Từ đầu năm 2024 đến hết tháng 7", "2024-01-01", "2024-07-31", inh=True)),
    F("có 48 tuyến đường", "48", 48, "count", "tuyến đường", "tuyến đường cho phép đỗ xe có thu phí"),
    F("khoảng 2.600 vị trí đỗ", "2.600", 2600, "count", "vị trí đỗ", "vị trí đỗ", approx="about"),
    F("dưới 9 chỗ", "9", 9, "count", "chỗ", approx="under", optional=True),
    F("là 25.000 đồng/lượt", "25.000", 25000, "money", "đồng/lượt", "mức phí đỗ xe ô tô dưới 9 chỗ ban ngày"),
    F("và 35.000 đồng/lượt", "35.000", 35000, "money", "đồng/lượt", "mức phí đỗ xe ô tô dưới 9 chỗ ban đêm"),
    F("cấp 835 giấy phép", "835", 835, "count", "giấy phép", "giấy phép sử dụng tạm thời một phần hè phố"),
    F("612 giấy phép", "612", 612, "count", "giấy phép", "giấy phép cho hoạt động kinh doanh ăn uống", total=835),
    F("223 giấy phép", "223", 223, "count", "giấy phép", "giấy phép cho điểm trông giữ xe máy", total=835),
    F("đạt 1,76 tỷ đồng", "1,76", 1760000000, "money", "đồng", "số thu phí sử dụng hè phố",
      change=C("increase", 14.2, "%"), period=P("7 tháng năm 2024", "2024-01-01", "2024-07-31")),
    F("hoàn thành 3 bãi đỗ xe", "3", 3, "count", "bãi đỗ xe", "bãi đỗ xe tập trung hoàn thành",
      status="target", period=Y24),
    F("từ 1.200 đến 1.500 xe ô tô", "1.200", 1200, "count", "xe ô tô", "tổng sức chứa", value_max=1500,
      status="target", period=Y24),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ xử lý vi phạm qua camera giám sát", approx="over",
      status="target", period=Y24),
]

COMMENTS = [
    "Party newspaper (Báo Khánh Hòa, '(BKHO)' tag), byline and a bare date '12/08/2024' at the end = published.",
    "Period 'Từ đầu năm 2024 đến hết tháng 7' = 2024-01-01..2024-07-31. 'gấp 2 lần cùng kỳ năm 2023' after 326 ô tô is its change (lần).",
    "'hiện có 48 tuyến', '2.600 vị trí', 835 giấy phép: no period stated. 'trong đó 612 …, 223 …' parts of 835 (612 + 223 = 835).",
    "Two fees in brackets-labelled list (ban ngày / ban đêm) are money đồng/lượt; 'dưới 9 chỗ' is a vehicle class (optional).",
    "'tăng 14,2%' without a baseline is the change of 1,76 tỷ (no baseline). 'năm 2024 thành phố phấn đấu' makes the three last figures targets.",
    "Distractors: 'đường 2/4' (street name), Quyết định số 23/2023/QĐ-UBND, phone 0258.3822.113, '(BKHO)' tag, person's name.",
]

write("p408-5", TEXT, FIGS, COMMENTS, published="2024-08-12", location="Nha Trang")
