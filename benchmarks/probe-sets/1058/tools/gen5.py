"""p1058-5: Báo Hà Tĩnh (Party paper), antibiotics sold without prescription; byline + bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Siết chặt việc bán thuốc kê đơn tại nhà thuốc, quầy thuốc

Tình trạng người dân tự mua kháng sinh mà không cần đơn của bác sĩ vẫn còn phổ biến. Ngành Y tế Hà Tĩnh đang tăng cường kiểm tra, xử lý nghiêm các cơ sở vi phạm.

Có mặt tại một quầy thuốc trên đường Hà Huy Tập, TP Hà Tĩnh vào buổi sáng, trong khoảng 30 phút chúng tôi ghi nhận 11 khách đến mua thuốc, trong đó 7 người mua kháng sinh mà không có đơn. Chị Nguyễn Thị Hoa, chủ một nhà thuốc ở phường Bắc Hà cho biết, mỗi ngày nhà thuốc đón khoảng 150-200 lượt khách, số người hỏi mua kháng sinh không có đơn chiếm chừng 20%.

Theo Sở Y tế, toàn tỉnh hiện có 1.468 cơ sở bán lẻ thuốc, gồm 236 nhà thuốc, 1.154 quầy thuốc và 78 tủ thuốc trạm y tế. 7 tháng đầu năm 2023, các đoàn kiểm tra đã kiểm tra 512 cơ sở, xử phạt 29 cơ sở với số tiền 214 triệu đồng, trong đó có 18 cơ sở bán thuốc kê đơn không có đơn, chiếm 62%. Có cơ sở bị xử phạt lần thứ 2 trong năm.

DS. Trần Văn Lương, Trưởng phòng Nghiệp vụ Dược, Sở Y tế cho biết: "Kháng sinh thuộc danh mục thuốc kê đơn theo Thông tư số 07/2017/TT-BYT. Việc bán tràn lan, không theo đơn góp phần làm gia tăng tình trạng kháng kháng sinh".

Năm 2023, Sở Y tế đặt mục tiêu kiểm tra 100% nhà thuốc và ít nhất 60% quầy thuốc trên địa bàn; dự kiến trong quý IV sẽ tập huấn cho khoảng 1.200 người hành nghề dược về kê đơn, bán thuốc theo đơn.

THU HÀ
18/08/2023
"""

M7 = P("7 tháng đầu năm 2023", "2023-01-01", "2023-07-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV", "2023-10-01", "2023-12-31")

FIGS = [
    F("ghi nhận 11 khách", "11", 11, "count", "khách", "khách đến mua thuốc tại quầy thuốc"),
    F("7 người mua", "7", 7, "count", "người", "người mua kháng sinh mà không có đơn", total=11),
    F("khoảng 150-200 lượt", "150", 150, "measure", "lượt khách/ngày", "lượt khách nhà thuốc đón mỗi ngày",
      value_max=200, approx="about"),
    F("chừng 20%", "20", 20, "percent", "%", "người hỏi mua kháng sinh không có đơn", approx="about"),
    F("có 1.468 cơ sở", "1.468", 1468, "count", "cơ sở", "cơ sở bán lẻ thuốc toàn tỉnh"),
    F("gồm 236 nhà thuốc", "236", 236, "count", "nhà thuốc", "nhà thuốc", total=1468),
    F("1.154 quầy thuốc", "1.154", 1154, "count", "quầy thuốc", "quầy thuốc", total=1468),
    F("78 tủ thuốc", "78", 78, "count", "tủ thuốc", "tủ thuốc trạm y tế", total=1468),
    F("kiểm tra 512 cơ sở", "512", 512, "count", "cơ sở", "cơ sở được kiểm tra", M7),
    F("xử phạt 29 cơ sở", "29", 29, "count", "cơ sở", "cơ sở bị xử phạt", M7),
    F("214 triệu đồng", "214", 214e6, "money", "đồng", "số tiền xử phạt", M7),
    F("có 18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở bán thuốc kê đơn không có đơn", M7,
      total=29, percent=62),
    F("kiểm tra 100% nhà thuốc", "100", 100, "percent", "%", "nhà thuốc được kiểm tra", Y23, status="target"),
    F("ít nhất 60%", "60", 60, "percent", "%", "quầy thuốc được kiểm tra", Y23,
      approx="at_least", status="target"),
    F("khoảng 1.200 người", "1.200", 1200, "count", "người hành nghề dược", "người hành nghề dược được tập huấn",
      Q4, approx="about", status="forecast"),
]

NOTES = [
    "Báo Hà Tĩnh: antibiotics sold without prescription; byline 'THU HÀ' and bare date 18/08/2023 at the end (published).",
    "'trong khoảng 30 phút' only locates the reporter's count in time (FIGURES.md §1: durations that only locate a figure are not figures), so it is not gold.",
    "'mỗi ngày ... khoảng 150-200 lượt khách' is a per-day rate: measure, unit 'lượt khách/ngày', range 150-200.",
    "'trong đó 7 người' → total 11; 'gồm 236 nhà thuốc, 1.154 quầy thuốc và 78 tủ thuốc' add up to 1.468.",
    "'xử phạt 29 cơ sở với số tiền 214 triệu đồng, trong đó có 18 cơ sở ...': the whole is 29 (the figure before the cue that counts the same thing), not the money.",
    "'hiện có' gives no period. 'Năm 2023 ... đặt mục tiêu' → target; 'dự kiến trong quý IV' → forecast, 2023-Q4. Distractors: Thông tư số 07/2017/TT-BYT, 'lần thứ 2', Hà Huy Tập.",
]

write("p1058-5", TEXT, FIGS, NOTES, published="2023-08-18", location="Hà Tĩnh")
