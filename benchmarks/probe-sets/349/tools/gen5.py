from lib import F, P, I, CH, emit

TEXT = """BÁO LONG AN ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LONG AN

Thu giữ gần 152.000 bao thuốc lá nhập lậu trong 6 tháng đầu năm
MINH TRÍ 16:30, 08/07/2024

(BLA) - 6 tháng đầu năm 2024, các lực lượng chức năng trên địa bàn tỉnh đã phát hiện, bắt giữ 248 vụ vận chuyển, buôn bán thuốc lá điếu nhập lậu, giảm 12,6% so với cùng kỳ; thu giữ gần 152.000 bao thuốc lá các loại. Trong số 248 vụ, lực lượng Bộ đội Biên phòng bắt giữ 97 vụ, Công an tỉnh 81 vụ, Cục Quản lý thị trường 54 vụ, còn lại do Cục Hải quan tỉnh thực hiện.

Tổng số tiền phạt vi phạm hành chính và tiền bán hàng tịch thu nộp ngân sách nhà nước trên 5,8 tỷ đồng, đạt 64,4% kế hoạch năm. Các cơ quan tố tụng đã khởi tố 9 vụ, 12 bị can về tội buôn lậu.

Địa bàn trọng điểm vẫn là các huyện biên giới: Đức Huệ 86 vụ, Tân Hưng 61 vụ, Vĩnh Hưng 43 vụ. Đáng chú ý, ngày 14/5, Đồn Biên phòng Mỹ Quý Tây phát hiện đối tượng điều khiển xe mô tô biển số 62B1-487.15 vận chuyển 3.500 bao thuốc lá ngoại không có hóa đơn, chứng từ.

Song song với đấu tranh, công tác truyền thông được đẩy mạnh. Từ đầu năm, Sở Y tế phối hợp các huyện, thị xã tổ chức 126 buổi nói chuyện chuyên đề về tác hại của thuốc lá với hơn 9.400 lượt người tham dự; phát 23.000 tờ rơi và phát sóng 48 phóng sự trên Đài Phát thanh và Truyền hình Long An.

6 tháng cuối năm, Ban Chỉ đạo 389 tỉnh yêu cầu các lực lượng tăng cường tuần tra trên 132 km đường biên giới, phấn đấu giảm ít nhất 15% số vụ vận chuyển thuốc lá lậu so với năm 2023; mỗi huyện biên giới xây dựng ít nhất 2 mô hình "Khu dân cư không buôn lậu thuốc lá".
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
V = "vụ vận chuyển, buôn bán thuốc lá điếu nhập lậu bị bắt giữ"

FIGS = [
    F("Thu giữ gần 152.000 bao", "152.000", 152000, "count", "bao", "bao thuốc lá nhập lậu bị thu giữ",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("bắt giữ 248 vụ", "248", 248, "count", "vụ", V, H1, change=CH("decrease", 12.6, "%", "cùng kỳ")),
    F("thu giữ gần 152.000 bao thuốc lá các", "152.000", 152000, "count", "bao", "bao thuốc lá bị thu giữ", H1, approx="nearly"),
    F("Trong số 248 vụ", "248", 248, "count", "vụ", V, I(H1), optional=True),
    F("bắt giữ 97 vụ", "97", 97, "count", "vụ", f"{V} của lực lượng Bộ đội Biên phòng", I(H1), total=248),
    F("Công an tỉnh 81 vụ", "81", 81, "count", "vụ", f"{V} của Công an tỉnh", I(H1), total=248),
    F("thị trường 54 vụ", "54", 54, "count", "vụ", f"{V} của Cục Quản lý thị trường", I(H1), total=248),
    F("trên 5,8 tỷ đồng", "5,8", 5.8e9, "money", "đồng", "tiền phạt vi phạm hành chính và tiền bán hàng tịch thu nộp ngân sách",
      I(H1), approx="over", percent=64.4),
    F("khởi tố 9 vụ", "9", 9, "count", "vụ", "vụ buôn lậu bị khởi tố", I(H1)),
    F("12 bị can", "12", 12, "count", "bị can", "bị can bị khởi tố về tội buôn lậu", I(H1)),
    F("Đức Huệ 86 vụ", "86", 86, "count", "vụ", V, I(H1), location="Đức Huệ"),
    F("Tân Hưng 61 vụ", "61", 61, "count", "vụ", V, I(H1), location="Tân Hưng"),
    F("Vĩnh Hưng 43 vụ", "43", 43, "count", "vụ", V, I(H1), location="Vĩnh Hưng"),
    F("vận chuyển 3.500 bao", "3.500", 3500, "count", "bao", "bao thuốc lá ngoại không có hóa đơn, chứng từ",
      P("ngày 14/5", "2024-05-14", "2024-05-14")),
    F("tổ chức 126 buổi", "126", 126, "count", "buổi", "buổi nói chuyện chuyên đề về tác hại của thuốc lá",
      P("Từ đầu năm", "2024-01-01", "2024-07-08")),
    F("hơn 9.400 lượt người", "9.400", 9400, "count", "lượt người", "lượt người tham dự",
      P("Từ đầu năm", "2024-01-01", "2024-07-08"), approx="over"),
    F("phát 23.000 tờ rơi", "23.000", 23000, "count", "tờ rơi", "tờ rơi được phát",
      P("Từ đầu năm", "2024-01-01", "2024-07-08")),
    F("sóng 48 phóng sự", "48", 48, "count", "phóng sự", "phóng sự phát sóng trên Đài Phát thanh và Truyền hình Long An",
      P("Từ đầu năm", "2024-01-01", "2024-07-08")),
    F("trên 132 km", "132", 132, "measure", "km", "đường biên giới", optional=True),
    F("ít nhất 15%", "15", 15, "percent", "%", "giảm số vụ vận chuyển thuốc lá lậu", H2,
      approx="at_least", status="target"),
    F("ít nhất 2 mô hình", "2", 2, "count", "mô hình", "mô hình Khu dân cư không buôn lậu thuốc lá mỗi huyện biên giới", H2,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Long An (Party newspaper): contraband cigarettes seized in 6 months 2024, by force and border district; communication; targets.",
    "Dateline with byline 'MINH TRÍ 16:30, 08/07/2024'. Distractors: 'ngày 14/5', plate '62B1-487.15', 'Ban Chỉ đạo 389' (a name),",
    "'Đồn Biên phòng Mỹ Quý Tây', the paper's tag '(BLA)' (implies Long An).",
    "Title '6 tháng đầu năm' without a year takes 2024 from the dateline. 'giảm 12,6% so với cùng kỳ' is the change of 248 vụ.",
    "'Trong số 248 vụ, … 97 vụ, … 81 vụ, … 54 vụ': total 248; the repeated whole after 'Trong số' is optional (restatement).",
    "'trên 5,8 tỷ đồng, đạt 64,4% kế hoạch năm': percent attribute 64,4. Border districts go to location.",
    "'Từ đầu năm' runs from 2024-01-01 to the dateline. 'trên 132 km đường biên giới' is the length of the border patrolled,",
    "a geographic fact rather than a result: optional.",
    "'6 tháng cuối năm … phấn đấu giảm ít nhất 15% … so với năm 2023': a rate that is the claim, target, at_least; '2 mô hình' target.",
]

emit("p349-5", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Long An")
