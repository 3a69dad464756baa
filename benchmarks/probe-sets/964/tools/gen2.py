from lib import F, P, I, C, T, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ MỚI
Tin tức > Kinh tế - Hạ tầng

Chợ Mới tăng cường bảo đảm an toàn tại các bến đò ngang

Thứ Hai, 22/04/2024 - 10:05

Huyện Chợ Mới có địa hình cù lao, bao bọc bởi sông Tiền, sông Hậu và sông Vàm Nao nên nhu cầu đi lại bằng đò, phà rất lớn. Hiện toàn huyện có 38 bến khách ngang sông, gồm 6 bến phà và 32 bến đò; số phương tiện tham gia đưa đón khách là 164 chiếc.

Quý I/2024, các bến trên địa bàn huyện phục vụ trên 2,3 triệu lượt khách qua sông, tăng 11% so với cùng kỳ năm 2023, do nhu cầu đi lại dịp Tết Nguyên đán Giáp Thìn tăng cao. Riêng bến phà Mỹ Hội Đông bình quân mỗi ngày đưa đón khoảng 9.500 lượt khách.

Từ đầu năm đến nay, Phòng Kinh tế và Hạ tầng phối hợp Đội Cảnh sát giao thông đường thủy tổ chức 12 đợt kiểm tra, lập biên bản 27 trường hợp vi phạm, phạt tiền 41,5 triệu đồng, chủ yếu do chở quá số người quy định và không có đủ áo phao. Nhân dịp Tết, UBND huyện đã trao tặng 1.200 áo phao và 150 phao tròn cho chủ bến, chủ phương tiện tại 14 xã, thị trấn, tổng trị giá gần 180 triệu đồng.

Theo ông Lê Văn Năm, Trưởng phòng Kinh tế và Hạ tầng, mỗi chiếc đò máy ở đây chỉ được chở tối đa 12 người; giá vé hiện là 2.000 đồng/người và 5.000 đồng/xe máy. Các bến đò dọc Tỉnh lộ 942 đều đã niêm yết giá vé, nội quy và treo bảng hướng dẫn mặc áo phao.

Năm 2024, huyện phấn đấu 100% hành khách đi đò, phà mặc áo phao, đồng thời nâng cấp 5 bến đò đã xuống cấp; kinh phí dự kiến 2,4 tỷ đồng từ ngân sách huyện và xã hội hóa.

Ngọc Trâm - Phòng Kinh tế và Hạ tầng
"""

q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
ytd = P("Từ đầu năm đến nay", "2024-01-01", "2024-04-22")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 38 bến khách", "38", 38, "count", "bến khách ngang sông", "bến khách ngang sông"),
    F("gồm 6 bến phà", "6", 6, "count", "bến phà", "bến phà", total=38),
    F("32 bến đò", "32", 32, "count", "bến đò", "bến đò", total=38),
    F("là 164 chiếc", "164", 164, "count", "chiếc", "phương tiện tham gia đưa đón khách"),
    F("trên 2,3 triệu lượt khách", "2,3", 2_300_000, "count", "lượt khách", "lượt khách qua sông tại các bến", q1,
      approx="over", change=C("increase", 11, baseline="cùng kỳ năm 2023")),
    F("khoảng 9.500 lượt khách", "9.500", 9500, "count", "lượt khách/ngày",
      "lượt khách bến phà Mỹ Hội Đông đưa đón bình quân mỗi ngày", I(q1), approx="about"),
    F("tổ chức 12 đợt kiểm tra", "12", 12, "count", "đợt kiểm tra", "đợt kiểm tra", ytd),
    F("lập biên bản 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp vi phạm bị lập biên bản", ytd),
    F("phạt tiền 41,5 triệu đồng", "41,5", 41_500_000, "money", "đồng", "tiền phạt vi phạm", ytd),
    F("trao tặng 1.200 áo phao", "1.200", 1200, "count", "áo phao", "áo phao UBND huyện trao tặng"),
    F("150 phao tròn", "150", 150, "count", "phao tròn", "phao tròn UBND huyện trao tặng"),
    F("tại 14 xã, thị trấn", "14", 14, "count", "xã, thị trấn", "xã, thị trấn được trao tặng áo phao, phao tròn"),
    F("gần 180 triệu đồng", "180", 180_000_000, "money", "đồng", "tổng trị giá áo phao, phao tròn trao tặng",
      approx="nearly"),
    F("tối đa 12 người", "12", 12, "count", "người", "số người mỗi chiếc đò máy được chở", approx="at_most",
      optional=True),
    F("2.000 đồng/người", "2.000", 2000, "money", "đồng/người", "giá vé qua đò"),
    F("5.000 đồng/xe máy", "5.000", 5000, "money", "đồng/xe máy", "giá vé qua đò"),
    F("phấn đấu 100% hành khách", "100", 100, "percent", "%", "hành khách đi đò, phà mặc áo phao", y24,
      status="target"),
    F("nâng cấp 5 bến đò", "5", 5, "count", "bến đò", "bến đò đã xuống cấp được nâng cấp", y24, status="target"),
    F("dự kiến 2,4 tỷ đồng", "2,4", 2_400_000_000, "money", "đồng", "kinh phí nâng cấp bến đò", y24,
      status="forecast"),
]

NOTES = [
    "District portal of huyện Chợ Mới (An Giang): landings, ferry traffic Q1/2024, inspections, life-jacket donations, 2024 targets.",
    "Location is the district 'Chợ Mới' for every figure. 'Hiện' gives no period. 'Từ đầu năm đến nay' ends at the dateline (22/04/2024).",
    "Not figures: 'Thứ Hai, 22/04/2024 - 10:05', 'Tết Nguyên đán Giáp Thìn', 'ông Lê Văn Năm' (a name), 'Tỉnh lộ 942'.",
    "'tối đa 12 người' is the vessel's permitted load (a rule, not a fact): optional. 9.500 lượt khách per day: unit lượt khách/ngày.",
    "'kinh phí dự kiến 2,4 tỷ đồng' is forecast; the clause before (phấn đấu … nâng cấp 5 bến đò) is target. 'Năm 2024' stands in the same sentence.",
]

build("p964-2", TEXT, NOTES, FIGS, published="2024-04-22", location="Chợ Mới")
