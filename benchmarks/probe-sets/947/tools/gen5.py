"""p947-5: Party/provincial newspaper (Báo Lâm Đồng style), TP Đà Lạt, Tết Giáp Thìn 2024; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Đà Lạt: Đưa người lang thang, xin ăn vào cơ sở bảo trợ dịp Tết

Từ ngày 1/2 đến 15/2/2024 (tức 22 tháng Chạp năm Quý Mão đến mùng 6 Tết Giáp Thìn), lực lượng chức năng TP Đà Lạt đã vận động, tập trung 37 người lang thang, xin ăn tại khu vực chợ Đà Lạt, hồ Xuân Hương, Quảng trường Lâm Viên và các điểm tham quan. Con số này gấp gần 1,5 lần dịp Tết năm trước.

Trong số 37 người được tập trung, có 21 người đến từ các tỉnh Ninh Thuận, Bình Thuận, Đắk Lắk; 5 trẻ em đi theo người lớn xin ăn và 4 người cao tuổi trên 80 tuổi. Tất cả được đưa về cơ sở tạm lánh của Trung tâm Bảo trợ xã hội tỉnh tại Phường 7, được khám sức khỏe, cấp quần áo ấm và hỗ trợ ăn Tết với mức 70.000 đồng/người/ngày.

Sau Tết, 25 người đã được bàn giao về gia đình, 9 người được đưa vào nuôi dưỡng tập trung lâu dài, số còn lại đang được tiếp tục xác minh nhân thân.

Theo Phòng Lao động - Thương binh và Xã hội thành phố, cả năm 2023 Đà Lạt tập trung 162 lượt người xin ăn, tăng 18 lượt so với năm 2022; kinh phí hỗ trợ khoảng 640 triệu đồng. Người xin ăn thường đổ về vào mùa du lịch cao điểm từ tháng 12 đến tháng 2 năm sau, chiếm trên 40% số lượt cả năm.

Năm 2024, thành phố đặt mục tiêu giảm 20% số lượt người xin ăn so với năm 2023. Bên cạnh đó, thành phố duy trì 2 tổ trực thường xuyên tại khu vực chợ Đà Lạt và Quảng trường Lâm Viên, mỗi tổ 6 thành viên.

"Chúng tôi kêu gọi người dân và du khách không cho tiền trực tiếp mà ủng hộ qua các địa chỉ nhân đạo", ông Nguyễn Văn Bảy, Phó Trưởng phòng Lao động - Thương binh và Xã hội thành phố cho biết.

MINH ĐẠO
18/02/2024
"""

TET = P("Từ ngày 1/2 đến 15/2/2024", "2024-02-01", "2024-02-15")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("tập trung 37 người", "37", 37, "count", "người", "người lang thang, xin ăn được tập trung", TET),
    F("gấp gần 1,5 lần", "1,5", 1.5, "multiple", "lần", "người lang thang, xin ăn được tập trung so với dịp Tết năm trước",
      I(TET), approx="nearly"),
    F("Trong số 37 người", "37", 37, "count", "người", "người lang thang, xin ăn được tập trung", I(TET), optional=True),
    F("có 21 người", "21", 21, "count", "người", "người đến từ các tỉnh khác", I(TET), total=37),
    F("; 5 trẻ em", "5", 5, "count", "trẻ em", "trẻ em đi theo người lớn xin ăn", I(TET), total=37),
    F("4 người cao tuổi", "4", 4, "count", "người", "người cao tuổi trên 80 tuổi", I(TET), total=37),
    F("trên 80 tuổi", "80", 80, "measure", "tuổi", approx="over", optional=True),
    F("mức 70.000 đồng/người/ngày", "70.000", 70000, "money", "đồng/người/ngày", "hỗ trợ ăn Tết", I(TET)),
    F("25 người đã", "25", 25, "count", "người", "người được bàn giao về gia đình", I(TET)),
    F("9 người được", "9", 9, "count", "người", "người được đưa vào nuôi dưỡng tập trung lâu dài", I(TET)),
    F("tập trung 162 lượt", "162", 162, "count", "lượt", "lượt người xin ăn được tập trung", Y23,
      change=C("increase", 18, "lượt", "năm 2022")),
    F("khoảng 640 triệu đồng", "640", 640e6, "money", "đồng", "kinh phí hỗ trợ", Y23, approx="about"),
    F("chiếm trên 40%", "40", 40, "percent", "%", "số lượt người xin ăn vào mùa du lịch cao điểm trong cả năm",
      approx="over"),
    F("giảm 20%", "20", 20, "percent", "%", "giảm số lượt người xin ăn",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("duy trì 2 tổ", "2", 2, "count", "tổ", "tổ trực thường xuyên"),
    F("mỗi tổ 6 thành viên", "6", 6, "measure", "thành viên/tổ", "thành viên mỗi tổ trực"),
]

NOTES = [
    "Báo Lâm Đồng style: TP Đà Lạt, người lang thang, xin ăn dịp Tết Giáp Thìn 2024; byline MINH ĐẠO and bare date 18/02/2024 at the end.",
    "Campaign period 'Từ ngày 1/2 đến 15/2/2024' (2024-02-01..15); 'Sau Tết' figures inherit it. 'gấp gần 1,5 lần' standing as",
    "its own sentence is a multiple. 'Trong số 37 người' repeats the whole: optional. 'trên 80 tuổi' threshold: optional.",
    "'chiếm trên 40% số lượt cả năm' is a general seasonal share: no period. 'mỗi tổ 6 thành viên' is a per-team rate (measure).",
    "Distractors: 22 tháng Chạp, mùng 6 Tết, Quý Mão/Giáp Thìn, Phường 7, tháng 12 đến tháng 2, Nguyễn Văn Bảy, 18/02/2024.",
]

write("p947-5", TEXT, FIGS, NOTES, published="2024-02-18", location="Đà Lạt")
