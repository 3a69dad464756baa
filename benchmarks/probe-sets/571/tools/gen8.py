"""p571-8: Long An radio-TV site, online public services of the Department of Justice, Q1/2024."""
import sys
from lib import F, P, I, CH, emit

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự > Trong tỉnh

Sở Tư pháp Long An: 87,5% hồ sơ được nộp trực tuyến trong quý I

08/04/2024 | 09:15

(THLA) - Quý I/2024, Sở Tư pháp tỉnh Long An tiếp nhận 3.415 hồ sơ thủ tục hành chính, trong đó 2.988 hồ sơ được nộp trực tuyến, đạt 87,5%; đã giải quyết 3.302 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 100%. Có 2.540 hồ sơ được người dân thanh toán phí, lệ phí trực tuyến.

Hiện Sở đang cung cấp 142 thủ tục hành chính, trong đó 96 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình và 38 thủ tục trực tuyến một phần.

Từ ngày 15/01/2024 đến nay, Sở đã tiếp nhận 1.936 hồ sơ đề nghị cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID, chiếm 71,3% tổng số hồ sơ đề nghị cấp phiếu. Thời gian trả kết quả được rút ngắn từ 10 ngày xuống còn 7 ngày làm việc; lệ phí cấp phiếu trực tuyến là 100.000 đồng/lần.

Trong quý, UBND cấp xã đã cấp 4.210 Giấy xác nhận tình trạng hôn nhân, nhiều nhất là các huyện Đức Hòa (612 trường hợp), Bến Lức (498 trường hợp) và thành phố Tân An (455 trường hợp).

Năm 2024, Sở Tư pháp phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 90%, mức độ hài lòng của người dân đạt từ 95% trở lên.

Minh Tâm
Bộ phận Một cửa Sở Tư pháp: số 66 Nguyễn Huệ, Phường 1, TP Tân An; điện thoại 0272.3826.116.
"""

QH = P("trong quý I", "2024-01-01", "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
VN = P("Từ ngày 15/01/2024 đến nay", "2024-01-15", "2024-04-08")
TQ = P("Trong quý", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
XN = "Giấy xác nhận tình trạng hôn nhân được cấp"

FIGS = [
    F("Long An: 87,5%", "87,5", 87.5, "percent", "%", "hồ sơ được nộp trực tuyến", QH),
    F("tiếp nhận 3.415 hồ sơ", "3.415", 3415, "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận", Q1),
    F("2.988 hồ sơ", "2.988", 2988, "count", "hồ sơ", "hồ sơ được nộp trực tuyến", Q1, total=3415, percent=87.5),
    F("giải quyết 3.302 hồ sơ", "3.302", 3302, "count", "hồ sơ", "hồ sơ đã giải quyết", Q1),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ giải quyết đúng hạn", Q1),
    F("Có 2.540 hồ sơ", "2.540", 2540, "count", "hồ sơ", "hồ sơ thanh toán phí, lệ phí trực tuyến", I(Q1)),
    F("cung cấp 142 thủ tục", "142", 142, "count", "thủ tục hành chính", "thủ tục hành chính Sở Tư pháp cung cấp"),
    F("96 thủ tục", "96", 96, "count", "thủ tục", "thủ tục được cung cấp dịch vụ công trực tuyến toàn trình", total=142),
    F("38 thủ tục", "38", 38, "count", "thủ tục", "thủ tục trực tuyến một phần", total=142),
    F("tiếp nhận 1.936 hồ sơ", "1.936", 1936, "count", "hồ sơ", "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp qua ứng dụng VNeID", VN,
      percent=71.3),
    F("từ 10 ngày", "10", 10, "measure", "ngày", "thời gian trả kết quả trước đây", optional=True),
    F("còn 7 ngày", "7", 7, "measure", "ngày làm việc", "thời gian trả kết quả Phiếu lý lịch tư pháp"),
    F("là 100.000 đồng/lần", "100.000", 100000, "money", "đồng/lần", "lệ phí cấp phiếu trực tuyến"),
    F("cấp 4.210 Giấy", "4.210", 4210, "count", "Giấy xác nhận tình trạng hôn nhân", XN, TQ),
    F("Đức Hòa (612 trường hợp)", "612", 612, "count", "trường hợp", XN, TQ, location="Đức Hòa"),
    F("Bến Lức (498 trường hợp)", "498", 498, "count", "trường hợp", XN, TQ, location="Bến Lức"),
    F("Tân An (455 trường hợp)", "455", 455, "count", "trường hợp", XN, TQ, location="Tân An"),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ hồ sơ trực tuyến toàn trình", Y24, approx="over", status="target"),
    F("từ 95% trở lên", "95", 95, "percent", "%", "mức độ hài lòng của người dân", Y24, approx="at_least", status="target"),
]

COMMENTS = [
    "Long An radio-TV site, tag '(THLA)', dateline '08/04/2024 | 09:15', byline and office address at the end: Sở Tư pháp online services, Q1/2024.",
    "Headline 'trong quý I' takes the year of the dateline. 'Từ ngày 15/01/2024 đến nay' ends at the dateline.",
    "'tỷ lệ giải quyết đúng hạn đạt 100%' is a percent figure of its own; 'Hiện' sentences get no period.",
    "'rút ngắn từ 10 ngày xuống còn 7 ngày làm việc': 7 is the figure; the former 10 days is optional (a baseline value; the spec is silent).",
    "District list after 'nhiều nhất là' neither adds up nor follows a cue: no total. 'mức độ hài lòng' is satisfaction, not a service level: a target figure.",
    "Not figures: 'Phường 1', 'số 66 Nguyễn Huệ', phone 0272.3826.116, dateline time.",
]

ok = emit("p571-8", TEXT, COMMENTS, FIGS, published="2024-04-08", location="Long An")
sys.exit(0 if ok else 1)
