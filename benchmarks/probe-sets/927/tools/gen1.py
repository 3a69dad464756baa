"""p927-1: Nghệ An province portal, 9 months 2024, first-time land-use certificates."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế

Cấp gần 9.500 giấy chứng nhận quyền sử dụng đất lần đầu trong 9 tháng

Cập nhật: 08/10/2024 15:42 | Lượt xem: 2.315

Theo báo cáo của Sở Tài nguyên và Môi trường, 9 tháng đầu năm 2024, toàn tỉnh Nghệ An đã cấp 9.468 giấy chứng nhận quyền sử dụng đất (GCN) lần đầu cho hộ gia đình, cá nhân, đạt 78,9% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023, với tổng diện tích 1.236,7 ha. Trong đó, đất ở 5.872 giấy, đất sản xuất nông nghiệp 3.596 giấy.

Các địa phương cấp nhiều nhất là huyện Quỳnh Lưu (1.124 giấy), Diễn Châu (986 giấy), Yên Thành (875 giấy) và thị xã Hoàng Mai (642 giấy). Riêng thành phố Vinh mới cấp được 213 giấy, chiếm 2,2% tổng số.

Tính đến ngày 30/9/2024, toàn tỉnh đã cấp GCN lần đầu cho 1.187.420 thửa đất, đạt 96,8% tổng số thửa đủ điều kiện cấp. Số thửa còn tồn đọng khoảng 39.200 thửa, chủ yếu là đất lấn chiếm dọc Quốc lộ 1A, Quốc lộ 7, đất có tranh chấp hoặc người dân chưa đủ khả năng thực hiện nghĩa vụ tài chính.

Về đăng ký biến động, từ đầu năm đến nay Văn phòng Đăng ký đất đai tỉnh và các chi nhánh đã tiếp nhận 64.515 hồ sơ, trong đó giải quyết đúng hạn 61.870 hồ sơ, đạt 95,9%; thời gian giải quyết bình quân còn 7 ngày. Số thu ngân sách từ tiền sử dụng đất khi cấp GCN ước đạt 412 tỷ đồng.

Mục tiêu năm 2024, tỉnh phấn đấu cấp 12.000 GCN lần đầu và giảm số thửa tồn đọng xuống dưới 30.000 thửa. Sở Tài nguyên và Môi trường đề nghị các huyện thực hiện nghiêm Công văn số 3512/STNMT-ĐĐBĐVT ngày 15/8/2024, rà soát từng thửa đất theo quy định của Luật Đất đai 2024.
"""

P9H = P("trong 9 tháng", "2024-01-01", "2024-09-30")
P9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
GCN = "giấy chứng nhận quyền sử dụng đất cấp lần đầu"

FIGS = [
    F("Cấp gần 9.500 giấy", "9.500", 9500, "count", "giấy chứng nhận", GCN, P9H, approx="nearly"),
    F("đã cấp 9.468 giấy", "9.468", 9468, "count", "giấy chứng nhận", GCN, P9,
      percent=78.9, change=C("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("tổng diện tích 1.236,7 ha", "1.236,7", 1236.7, "measure", "ha",
      "diện tích cấp giấy chứng nhận lần đầu", P9),
    F("đất ở 5.872 giấy", "5.872", 5872, "count", "giấy", "giấy chứng nhận lần đầu cho đất ở", I(P9), total=9468),
    F("nông nghiệp 3.596 giấy", "3.596", 3596, "count", "giấy",
      "giấy chứng nhận lần đầu cho đất sản xuất nông nghiệp", I(P9), total=9468),
    F("Quỳnh Lưu (1.124 giấy)", "1.124", 1124, "count", "giấy", GCN, I(P9), location="Quỳnh Lưu"),
    F("Diễn Châu (986 giấy)", "986", 986, "count", "giấy", GCN, I(P9), location="Diễn Châu"),
    F("Yên Thành (875 giấy)", "875", 875, "count", "giấy", GCN, I(P9), location="Yên Thành"),
    F("Hoàng Mai (642 giấy)", "642", 642, "count", "giấy", GCN, I(P9), location="Hoàng Mai"),
    F("cấp được 213 giấy", "213", 213, "count", "giấy", GCN, I(P9), percent=2.2, location="Vinh"),
    F("cho 1.187.420 thửa đất", "1.187.420", 1187420, "count", "thửa đất",
      "thửa đất đã được cấp giấy chứng nhận lần đầu", AS, percent=96.8),
    F("khoảng 39.200 thửa", "39.200", 39200, "count", "thửa", "thửa đất còn tồn đọng chưa được cấp giấy chứng nhận",
      I(AS), approx="about"),
    F("tiếp nhận 64.515 hồ sơ", "64.515", 64515, "count", "hồ sơ", "hồ sơ đăng ký biến động tiếp nhận", YTD),
    F("đúng hạn 61.870 hồ sơ", "61.870", 61870, "count", "hồ sơ", "hồ sơ đăng ký biến động giải quyết đúng hạn", YTD,
      total=64515, percent=95.9),
    F("còn 7 ngày", "7", 7, "measure", "ngày", "thời gian giải quyết hồ sơ đăng ký biến động bình quân", YTD),
    F("ước đạt 412 tỷ đồng", "412", 412e9, "money", "đồng",
      "thu ngân sách từ tiền sử dụng đất khi cấp giấy chứng nhận", I(YTD), status="estimate"),
    F("cấp 12.000 GCN", "12.000", 12000, "count", "GCN", GCN, Y24, status="target"),
    F("dưới 30.000 thửa", "30.000", 30000, "count", "thửa", "thửa đất tồn đọng chưa được cấp giấy chứng nhận", Y24,
      approx="under", status="target"),
]

NOTES = [
    "Nghệ An province portal, 9 tháng 2024: first-time GCN, backlog parcels, đăng ký biến động.",
    "Distractors: breadcrumb, 'Cập nhật: 08/10/2024 15:42', 'Lượt xem: 2.315', Quốc lộ 1A, Quốc lộ 7,",
    "'Công văn số 3512/STNMT-ĐĐBĐVT ngày 15/8/2024', 'Luật Đất đai 2024'.",
    "Headline 'trong 9 tháng' has no year: takes 2024 from the dateline. 'từ đầu năm đến nay' ends at the dateline.",
    "Ranking list of districts does not add up to 9.468: no total. 'chiếm 2,2% tổng số' names no number: percent only.",
]

write("p927-1", TEXT, FIGS, NOTES, published="2024-10-08", location="Nghệ An")
