"""p726-2: huyện Nhơn Trạch district portal, boiler / pressure-vessel checks in industrial parks, Q1/2024."""
from lib import F, P, I, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NHƠN TRẠCH
Trang chủ / Tin hoạt động / Lao động - Xã hội
Thứ Tư, 15/05/2024 - 08:40

Kiểm tra an toàn nồi hơi, bình chịu áp lực tại 32 doanh nghiệp

Trong quý I/2024, Phòng Lao động – Thương binh và Xã hội huyện phối hợp với Đội Cảnh sát PCCC và CNCH khu vực Nhơn Trạch kiểm tra công tác quản lý nồi hơi, bình chịu áp lực tại 32 doanh nghiệp trong các khu công nghiệp Nhơn Trạch 1, Nhơn Trạch 2 và Nhơn Trạch 3.

Kết quả, các doanh nghiệp đang sử dụng 418 thiết bị thuộc diện phải kiểm định, gồm 57 nồi hơi, 296 bình chịu áp lực và 65 hệ thống lạnh; có 391/418 thiết bị còn hạn kiểm định (đạt 93,5%). Đoàn phát hiện 27 thiết bị quá hạn kiểm định từ 3 đến 14 tháng, 9 người vận hành nồi hơi chưa được huấn luyện an toàn; yêu cầu 5 doanh nghiệp tạm dừng sử dụng 11 thiết bị cho đến khi kiểm định đạt yêu cầu.

Hiện trên địa bàn huyện có khoảng 140 thang máy, chủ yếu tại chung cư, khách sạn và trường học; năm 2023 xảy ra 2 sự cố kẹt thang, không gây thiệt hại về người.

Phòng cũng phối hợp tổ chức 4 lớp huấn luyện cho 326 lượt người vận hành thiết bị, kinh phí gần 98 triệu đồng do doanh nghiệp chi trả.

Dự kiến trong quý II/2024, huyện tiếp tục kiểm tra 25 doanh nghiệp tại xã Hiệp Phước, xã Phước Thiền theo Kế hoạch số 86/KH-UBND; phấn đấu năm 2024 tỷ lệ thiết bị được kiểm định đúng hạn đạt từ 98% trở lên.

Minh Tâm (Phòng LĐ-TB&XH huyện) – ĐT: 0251.3560.214
"""

Q1 = P("Trong quý I/2024", "2024-01-01", "2024-03-31")
SUBJ_DN = "doanh nghiệp được kiểm tra an toàn nồi hơi, bình chịu áp lực"

FIGS = [
    F("tại 32 doanh nghiệp\n", "32", 32, "count", "doanh nghiệp", SUBJ_DN, I(Q1)),
    F("tại 32 doanh nghiệp trong", "32", 32, "count", "doanh nghiệp", SUBJ_DN, Q1),
    F("sử dụng 418 thiết bị", "418", 418, "count", "thiết bị",
      "thiết bị thuộc diện phải kiểm định các doanh nghiệp đang sử dụng", I(Q1)),
    F("gồm 57 nồi hơi", "57", 57, "count", "nồi hơi", "nồi hơi", I(Q1), total=418),
    F("296 bình chịu áp lực", "296", 296, "count", "bình chịu áp lực", "bình chịu áp lực", I(Q1), total=418),
    F("65 hệ thống lạnh", "65", 65, "count", "hệ thống lạnh", "hệ thống lạnh", I(Q1), total=418),
    F("có 391/418 thiết bị", "391", 391, "count", "thiết bị",
      "thiết bị còn hạn kiểm định", I(Q1), total=418, percent=93.5),
    F("phát hiện 27 thiết bị", "27", 27, "count", "thiết bị",
      "thiết bị quá hạn kiểm định", I(Q1)),
    F("từ 3 đến 14 tháng", "3", 3, "measure", "tháng",
      "thời gian thiết bị quá hạn kiểm định", value_max=14),
    F("tháng, 9 người", "9", 9, "count", "người",
      "người vận hành nồi hơi chưa được huấn luyện an toàn", I(Q1)),
    F("yêu cầu 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
      "doanh nghiệp bị yêu cầu tạm dừng sử dụng thiết bị", I(Q1)),
    F("sử dụng 11 thiết bị", "11", 11, "count", "thiết bị",
      "thiết bị bị tạm dừng sử dụng", I(Q1)),
    F("khoảng 140 thang máy", "140", 140, "count", "thang máy",
      "thang máy trên địa bàn huyện", approx="about"),
    F("xảy ra 2 sự cố", "2", 2, "count", "sự cố",
      "sự cố kẹt thang máy", P("năm 2023", "2023-01-01", "2023-12-31")),
    F("tổ chức 4 lớp", "4", 4, "count", "lớp", "lớp huấn luyện người vận hành thiết bị"),
    F("cho 326 lượt người", "326", 326, "count", "lượt người",
      "lượt người vận hành thiết bị được huấn luyện"),
    F("gần 98 triệu đồng", "98", 98000000, "money", "đồng",
      "kinh phí huấn luyện do doanh nghiệp chi trả", approx="nearly"),
    F("kiểm tra 25 doanh nghiệp", "25", 25, "count", "doanh nghiệp",
      "doanh nghiệp tiếp tục được kiểm tra", P("trong quý II/2024", "2024-04-01", "2024-06-30"),
      status="forecast"),
    F("từ 98% trở lên", "98", 98, "percent", "%",
      "tỷ lệ thiết bị được kiểm định đúng hạn", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Nhơn Trạch (district portal, 'Thứ Tư, 15/05/2024 - 08:40', byline + phone at the end):",
    "kiểm tra nồi hơi, bình chịu áp lực tại doanh nghiệp trong quý I/2024. Location is the district (the province is never named).",
    "Not figures: KCN 'Nhơn Trạch 1/2/3' (names), 'quý I/2024', 'Kế hoạch số 86/KH-UBND', phone 0251.3560.214, 'PCCC và CNCH'.",
    "The 'gồm' parts take 418; 391/418 -> total 418, '(đạt 93,5%)' its share. 27 thiết bị quá hạn has no part cue: no total.",
    "'quá hạn kiểm định từ 3 đến 14 tháng' is an overdue length (a measure of the world, not a period locating a figure): a range figure.",
    "Paragraphs without a period phrase leave the period unset; 'Hiện ... có khoảng 140' is not dated. 'Dự kiến' -> forecast; the",
    "clause with its own cue 'phấn đấu' -> target; 'từ 98% trở lên' -> at_least.",
]

if __name__ == "__main__":
    emit("p726-2", TEXT, COMMENTS, FIGS, published="2024-05-15", location="Nhơn Trạch")
