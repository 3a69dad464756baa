"""p1109-1: province portal (Thái Nguyên), pawn-shop inspections, 6 months 2024."""
from lib import F, build, change, period, inherit

TEXT = """Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh
6 tháng, xử phạt 64 cơ sở kinh doanh cầm đồ vi phạm
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317

Theo Công an tỉnh Thái Nguyên, 6 tháng đầu năm 2024, lực lượng Cảnh sát quản lý hành chính về trật tự xã hội đã tổ chức 412 lượt kiểm tra các cơ sở kinh doanh ngành, nghề có điều kiện về an ninh, trật tự, trong đó có 286 lượt kiểm tra cơ sở kinh doanh dịch vụ cầm đồ, tăng 18,2% so với cùng kỳ năm 2023.

Qua kiểm tra, lực lượng chức năng phát hiện 64 cơ sở cầm đồ vi phạm, trong đó 29 cơ sở không lập sổ theo dõi hoạt động kinh doanh, 17 cơ sở cho vay vượt mức lãi suất quy định, 11 cơ sở nhận cầm cố tài sản không rõ nguồn gốc và 7 cơ sở không thông báo khi thay đổi người đứng tên. Công an tỉnh đã ban hành quyết định xử phạt vi phạm hành chính theo Nghị định số 144/2021/NĐ-CP với tổng số tiền 742,5 triệu đồng, tăng 126 triệu đồng so với cùng kỳ.

Tính đến ngày 30/6/2024, toàn tỉnh có 538 cơ sở kinh doanh dịch vụ cầm đồ được cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự, tập trung tại thành phố Thái Nguyên (214 cơ sở), thành phố Phổ Yên (63 cơ sở) và thành phố Sông Công (58 cơ sở).

Cũng trong 6 tháng, lực lượng chức năng đã tạm giữ 46 xe mô tô, 132 điện thoại di động và 18 máy tính xách tay không rõ nguồn gốc tại các cơ sở cầm đồ; chuyển cơ quan điều tra 3 vụ việc có dấu hiệu tội cho vay lãi nặng trong giao dịch dân sự theo Điều 201 Bộ luật Hình sự.

Thượng tá Nguyễn Văn Hùng, Phó Trưởng phòng PC06 Công an tỉnh cho biết, 6 tháng cuối năm, đơn vị phấn đấu kiểm tra 100% cơ sở kinh doanh dịch vụ cầm đồ trên địa bàn, mỗi cơ sở ít nhất 1 lần; dự kiến mở 5 lớp tập huấn Nghị định số 96/2016/NĐ-CP cho khoảng 600 chủ cơ sở và nhân viên. Người dân phát hiện vi phạm có thể báo qua đường dây nóng 0208.3855.113.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = period("Tính đến ngày 30/6/2024", end="2024-06-30")
SIX = period("trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = period("6 tháng cuối năm", "2024-07-01", "2024-12-31")

FIGS = [
    F("6 tháng, xử phạt 64 cơ sở", "64", 64, "count", "cơ sở",
      "cơ sở kinh doanh cầm đồ vi phạm bị xử phạt", period("6 tháng", "2024-01-01", "2024-06-30")),
    F("tổ chức 412 lượt kiểm tra", "412", 412, "count", "lượt kiểm tra",
      "lượt kiểm tra các cơ sở kinh doanh ngành, nghề có điều kiện về an ninh, trật tự", H1),
    F("có 286 lượt kiểm tra", "286", 286, "count", "lượt kiểm tra",
      "lượt kiểm tra cơ sở kinh doanh dịch vụ cầm đồ", H1, total=412,
      change=change("increase", 18.2, "%", "cùng kỳ năm 2023")),
    F("phát hiện 64 cơ sở cầm đồ vi phạm", "64", 64, "count", "cơ sở",
      "cơ sở cầm đồ vi phạm", inherit(H1)),
    F("29 cơ sở không lập sổ", "29", 29, "count", "cơ sở",
      "cơ sở không lập sổ theo dõi hoạt động kinh doanh", inherit(H1), total=64),
    F("17 cơ sở cho vay", "17", 17, "count", "cơ sở",
      "cơ sở cho vay vượt mức lãi suất quy định", inherit(H1), total=64),
    F("11 cơ sở nhận cầm cố", "11", 11, "count", "cơ sở",
      "cơ sở nhận cầm cố tài sản không rõ nguồn gốc", inherit(H1), total=64),
    F("7 cơ sở không thông báo", "7", 7, "count", "cơ sở",
      "cơ sở không thông báo khi thay đổi người đứng tên", inherit(H1), total=64),
    F("742,5 triệu đồng", "742,5", 742500000, "money", "đồng",
      "tiền xử phạt vi phạm hành chính", inherit(H1),
      change=change("increase", 126000000, "đồng", "cùng kỳ")),
    F("có 538 cơ sở", "538", 538, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ được cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự", ASOF),
    F("Thái Nguyên (214 cơ sở)", "214", 214, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ", ASOF, location="Thái Nguyên"),
    F("Phổ Yên (63 cơ sở)", "63", 63, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ", ASOF, location="Phổ Yên"),
    F("Sông Công (58 cơ sở)", "58", 58, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ", ASOF, location="Sông Công"),
    F("tạm giữ 46 xe mô tô", "46", 46, "count", "xe mô tô",
      "xe mô tô không rõ nguồn gốc bị tạm giữ", SIX),
    F("132 điện thoại di động", "132", 132, "count", "điện thoại di động",
      "điện thoại di động không rõ nguồn gốc bị tạm giữ", SIX),
    F("18 máy tính xách tay", "18", 18, "count", "máy tính xách tay",
      "máy tính xách tay không rõ nguồn gốc bị tạm giữ", SIX),
    F("3 vụ việc có dấu hiệu", "3", 3, "count", "vụ việc",
      "vụ việc có dấu hiệu tội cho vay lãi nặng chuyển cơ quan điều tra", SIX),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", H2, status="target"),
    F("ít nhất 1 lần", "1", 1, "count", "lần", "số lần kiểm tra mỗi cơ sở", H2,
      approx="at_least", status="target", optional=True),
    F("mở 5 lớp tập huấn", "5", 5, "count", "lớp tập huấn",
      "lớp tập huấn Nghị định số 96/2016/NĐ-CP", H2, status="forecast"),
    F("khoảng 600 chủ cơ sở", "600", 600, "count", "chủ cơ sở",
      "chủ cơ sở và nhân viên được tập huấn", H2, approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thái Nguyên: Công an tỉnh kiểm tra cơ sở kinh doanh dịch vụ cầm đồ, 6 tháng đầu năm 2024.",
    "Headline '6 tháng' has no year: takes 2024 from the dateline. 'Cũng trong 6 tháng' likewise 2024 (nearest earlier period).",
    "The district list after 538 (214+63+58 != 538) is a 'tập trung tại' selection, not a breakdown: no total.",
    "'mỗi cơ sở ít nhất 1 lần' is a frequency requirement: optional.",
    "Distractors: Lượt xem 2.317, Nghị định 144/2021 and 96/2016, Điều 201, PC06, hotline 0208.3855.113.",
]

build("p1109-1", TEXT, FIGS, NOTES, published="2024-07-12", location="Thái Nguyên")
