"""p1109-3: formal report UBND tỉnh Nghệ An, pawn shops 2023, flattened '|' table."""
from lib import F, build, change, period, inherit

TEXT = """UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 38/BC-UBND
Nghệ An, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động kinh doanh dịch vụ cầm đồ năm 2023

I. TÌNH HÌNH CHUNG
Tính đến ngày 31/12/2023, toàn tỉnh có 1.126 cơ sở kinh doanh dịch vụ cầm đồ được cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự theo Nghị định số 96/2016/NĐ-CP, tăng 74 cơ sở so với cuối năm 2022; tổng vốn đăng ký khoảng 2.150 tỷ đồng.

II. KẾT QUẢ KIỂM TRA, XỬ LÝ
1. Kết quả kiểm tra theo địa bàn năm 2023
Đơn vị tính: cơ sở
Địa bàn | Số cơ sở | Số cơ sở được kiểm tra | Số cơ sở vi phạm
TP Vinh | 412 | 305 | 41
TX Hoàng Mai | 86 | 64 | 9
TX Thái Hòa | 71 | 52 | 6
Huyện Diễn Châu | 118 | 90 | 12
Các huyện còn lại | 439 | 301 | 28
Tổng cộng | 1.126 | 812 | 96

2. Kết quả xử lý vi phạm
Công an tỉnh đã xử phạt vi phạm hành chính 96 cơ sở với tổng số tiền 1,27 tỷ đồng, tăng 23,4% so với năm 2022; tước quyền sử dụng Giấy chứng nhận có thời hạn đối với 5 cơ sở; tạm giữ 57 xe mô tô, 214 điện thoại di động và 2,6 kg vàng trang sức không rõ nguồn gốc. Tỷ lệ cơ sở vi phạm trên số cơ sở được kiểm tra là 11,8%, giảm 2,1 điểm phần trăm so với năm 2022.
Cơ quan Cảnh sát điều tra đã khởi tố 4 vụ, 9 bị can về tội cho vay lãi nặng trong giao dịch dân sự (Điều 201 Bộ luật Hình sự) liên quan đến hoạt động cầm đồ, với mức lãi suất từ 120% đến 365%/năm.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
1. Phấn đấu kiểm tra ít nhất 80% số cơ sở kinh doanh dịch vụ cầm đồ trên địa bàn; 100% cơ sở mới được cấp Giấy chứng nhận được hướng dẫn, kiểm tra trong vòng 3 tháng.
2. Dự kiến tổ chức 12 đợt cao điểm tấn công, trấn áp tội phạm liên quan đến "tín dụng đen".

Nơi nhận: Bộ Công an (C06); TT Tỉnh ủy; TT HĐND tỉnh; Lưu: VT, NC.
"""

ASOF = period("Tính đến ngày 31/12/2023", end="2023-12-31")
Y23 = period("năm 2023", "2023-01-01", "2023-12-31", inherited=True)
Y24 = period("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = ["số cơ sở", "số cơ sở được kiểm tra", "số cơ sở vi phạm"]  # column labels as the header gives them
ROWS = [  # (row label in text, location or None, subject prefix, cells, anchors)
    ("TP Vinh", "Vinh", ["412", "305", "41"]),
    ("TX Hoàng Mai", "Hoàng Mai", ["86", "64", "9"]),
    ("TX Thái Hòa", "Thái Hòa", ["71", "52", "6"]),
    ("Huyện Diễn Châu", "Diễn Châu", ["118", "90", "12"]),
    ("Các huyện còn lại", None, ["439", "301", "28"]),
    ("Tổng cộng", None, ["1.126", "812", "96"]),
]

FIGS = [
    F("có 1.126 cơ sở", "1.126", 1126, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ được cấp Giấy chứng nhận đủ điều kiện về an ninh, trật tự", ASOF,
      change=change("increase", 74, "cơ sở", "cuối năm 2022")),
    F("khoảng 2.150 tỷ đồng", "2.150", 2150000000000, "money", "đồng", "tổng vốn đăng ký", ASOF,
      approx="about"),
]
for label, loc, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    for i, num in enumerate(cells):
        # anchor: the row label up to this cell (unique per row)
        anchor = label + " | " + " | ".join(cells[: i + 1])
        subj = COLS[i]
        if loc is None:
            subj = subj + (" các huyện còn lại" if label.startswith("Các") else " tổng cộng")
        kw = {"location": loc} if loc else {}
        FIGS.append(F(anchor, num, float(num.replace(".", "")), "count", "cơ sở", subj, Y23, **kw))

FIGS += [
    F("hành chính 96 cơ sở", "96", 96, "count", "cơ sở", "cơ sở bị xử phạt vi phạm hành chính", Y23),
    F("tổng số tiền 1,27 tỷ đồng", "1,27", 1270000000, "money", "đồng", "tiền xử phạt vi phạm hành chính", Y23,
      change=change("increase", 23.4, "%", "năm 2022")),
    F("đối với 5 cơ sở", "5", 5, "count", "cơ sở",
      "cơ sở bị tước quyền sử dụng Giấy chứng nhận có thời hạn", Y23),
    F("tạm giữ 57 xe mô tô", "57", 57, "count", "xe mô tô", "xe mô tô không rõ nguồn gốc bị tạm giữ", Y23),
    F("214 điện thoại di động", "214", 214, "count", "điện thoại di động",
      "điện thoại di động không rõ nguồn gốc bị tạm giữ", Y23),
    F("2,6 kg vàng", "2,6", 2.6, "measure", "kg", "vàng trang sức không rõ nguồn gốc bị tạm giữ", Y23),
    F("là 11,8%", "11,8", 11.8, "percent", "%", "tỷ lệ cơ sở vi phạm trên số cơ sở được kiểm tra", Y23,
      change=change("decrease", 2.1, "điểm phần trăm", "năm 2022")),
    F("khởi tố 4 vụ", "4", 4, "count", "vụ", "vụ cho vay lãi nặng liên quan đến hoạt động cầm đồ bị khởi tố", Y23),
    F("9 bị can", "9", 9, "count", "bị can", "bị can tội cho vay lãi nặng trong giao dịch dân sự", Y23),
    F("từ 120% đến 365%/năm", "120", 120, "percent", "%", "mức lãi suất cho vay", Y23, value_max=365),
    F("ít nhất 80% số cơ sở", "80", 80, "percent", "%", "cơ sở kinh doanh dịch vụ cầm đồ được kiểm tra", Y24,
      approx="at_least", status="target"),
    F("100% cơ sở mới", "100", 100, "percent", "%",
      "cơ sở mới được cấp Giấy chứng nhận được hướng dẫn, kiểm tra", Y24, status="target"),
    F("trong vòng 3 tháng", "3", 3, "measure", "tháng", "thời hạn hướng dẫn, kiểm tra cơ sở mới", Y24,
      approx="at_most", status="target", optional=True),
    F("tổ chức 12 đợt", "12", 12, "count", "đợt cao điểm",
      "đợt cao điểm tấn công, trấn áp tội phạm liên quan đến tín dụng đen", Y24, status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Nghệ An số 38/BC-UBND: kết quả quản lý kinh doanh dịch vụ cầm đồ năm 2023; flattened '|' table by district.",
    "Table: unit from 'Đơn vị tính: cơ sở'; period 'năm 2023' stands in the line above (inherited); place rows go to location,",
    "'Các huyện còn lại' and 'Tổng cộng' are not places (subject keeps the label, location Nghệ An). No totals on cells.",
    "'96 cơ sở' in II.2 repeats the table total but is stated as a fact of its own: a figure.",
    "Headings 'năm 2023' / 'NĂM 2024' give inherited periods; 'trong vòng 3 tháng' (a deadline) optional.",
    "revised after the first run: cells of column 'Số cơ sở' had an expanded subject ('số cơ sở kinh doanh dịch vụ cầm đồ'); now the column label itself (spec: row label + column label).",
    "Distractors: Số: 38/BC-UBND, Nghị định số 96/2016/NĐ-CP, Điều 201, section numbers I.-III., 1.-2., C06, date line.",
]

build("p1109-3", TEXT, FIGS, NOTES, published="2024-01-15", location="Nghệ An")
