"""p1175-7: department site (Sở GTVT Cà Mau), no dateline, one-cell-per-line table of landings by licence status."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH CÀ MAU
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp | Liên hệ

Quản lý bến khách ngang sông: còn nhiều bến chưa hoàn thiện hồ sơ

Cà Mau có mạng lưới sông, kênh rạch dày đặc với trên 7.000 km đường thủy; người dân nhiều xã ven biển vẫn chủ yếu đi lại bằng đò, vỏ lãi. Thực hiện Thông tư số 16/2021/TT-BGTVT, Sở đã phối hợp UBND các huyện rà soát toàn bộ bến khách ngang sông trên địa bàn.

Tình hình cấp phép bến khách ngang sông
Đơn vị tính: bến
Loại bến
Đến 31/12/2023
Đến 30/9/2024
Bến đã được cấp phép
186
203
Bến đang hoàn thiện hồ sơ
35
24
Bến tạm dừng hoạt động
7
4
Tổng số
228
231

Toàn tỉnh hiện có 437 phương tiện chở khách ngang sông, trong đó 389 phương tiện đã đăng ký, đăng kiểm; 489 người lái, thuyền trưởng có chứng chỉ chuyên môn. Từ đầu năm 2024 đến nay, Thanh tra Sở phối hợp Cảnh sát đường thủy kiểm tra 118 lượt, xử phạt 64 trường hợp với số tiền 137,5 triệu đồng.

Riêng tại huyện Ngọc Hiển, nơi có 42 bến, Sở đã hỗ trợ 300 áo phao và 40 phao tròn; mỗi bến được hỗ trợ kinh phí duy tu 5 triệu đồng/năm, người lái đò ở các ấp đặc biệt khó khăn được hỗ trợ 1 triệu đồng/người/tháng.

Tin liên quan:
- Tập huấn nghiệp vụ quản lý bến thủy nội địa lần thứ 2
- Triển khai cao điểm bảo đảm trật tự an toàn giao thông đường thủy năm 2024

SỞ GIAO THÔNG VẬN TẢI TỈNH CÀ MAU
Địa chỉ: Số 116 Phan Ngọc Hiển, Phường 5, TP Cà Mau
Điện thoại: 0290.3831.207
Tổng lượt truy cập: 865.402 | Đang trực tuyến: 31
"""

C23 = per("Đến 31/12/2023", None, "2023-12-31")
C24 = per("Đến 30/9/2024", None, "2024-09-30")
YTD = per("Từ đầu năm 2024 đến nay", "2024-01-01", None)
NH = "Ngọc Hiển"


def cell(anchor, number, value, row, col):
    p = C23 if col == 1 else C24
    subj = f"{row} {p['text'].lower()}"
    return fig(anchor, number, value, "count", "bến", subject=subj, period=p)


FIGS = [
    fig("trên 7.000 km", "7.000", 7000, "measure", "km", approx="over", subject="đường thủy"),
    cell("cấp phép\n186", "186", 186, "bến khách ngang sông đã được cấp phép", 1),
    cell("186\n203", "203", 203, "bến khách ngang sông đã được cấp phép", 2),
    cell("hồ sơ\n35", "35", 35, "bến khách ngang sông đang hoàn thiện hồ sơ", 1),
    cell("35\n24", "24", 24, "bến khách ngang sông đang hoàn thiện hồ sơ", 2),
    cell("động\n7", "7", 7, "bến khách ngang sông tạm dừng hoạt động", 1),
    cell("7\n4", "4", 4, "bến khách ngang sông tạm dừng hoạt động", 2),
    cell("Tổng số\n228", "228", 228, "bến khách ngang sông tổng số", 1),
    cell("228\n231", "231", 231, "bến khách ngang sông tổng số", 2),
    fig("437 phương tiện", "437", 437, "count", "phương tiện", subject="phương tiện chở khách ngang sông"),
    fig("389 phương tiện", "389", 389, "count", "phương tiện", total=437,
        subject="phương tiện chở khách ngang sông đã đăng ký, đăng kiểm"),
    fig("489 người", "489", 489, "count", "người lái, thuyền trưởng",
        subject="người lái, thuyền trưởng có chứng chỉ chuyên môn"),
    fig("118 lượt", "118", 118, "count", "lượt", subject="lượt kiểm tra", period=YTD),
    fig("64 trường hợp", "64", 64, "count", "trường hợp", subject="trường hợp bị xử phạt", period=YTD),
    fig("137,5 triệu", "137,5", 137500000, "money", "đồng", subject="số tiền xử phạt", period=YTD),
    fig("có 42 bến", "42", 42, "count", "bến", subject="bến khách ngang sông", location=NH),
    fig("300 áo phao", "300", 300, "count", "áo phao", subject="áo phao Sở hỗ trợ", location=NH),
    fig("40 phao tròn", "40", 40, "count", "phao tròn", subject="phao tròn Sở hỗ trợ", location=NH),
    fig("duy tu 5 triệu", "5", 5000000, "money", "đồng/năm", subject="kinh phí duy tu hỗ trợ mỗi bến", location=NH),
    fig("hỗ trợ 1 triệu", "1", 1000000, "money", "đồng/người/tháng",
        subject="hỗ trợ người lái đò ở các ấp đặc biệt khó khăn", location=NH),
]

NOTES = [
    "Department site (Sở GTVT Cà Mau), no dateline: no published. Menu, related links, footer address/phone, visit counter.",
    "Distractors: Thông tư số 16/2021/TT-BGTVT, 'lần thứ 2', 'năm 2024' in a link title, 'Số 116 Phan Ngọc Hiển, Phường 5' (street named like",
    "the district Ngọc Hiển), phone 0290.3831.207, 'Tổng lượt truy cập: 865.402', 'Đang trực tuyến: 31'.",
    "One-cell-per-line table ('Đơn vị tính: bến'), rows are kinds of landing, columns are as-of dates: period from the column header (scored),",
    "subject = caption indicator + row label + column label. Cells get no totals (the 'Tổng số' row is its own figure).",
    "389 follows 'trong đó' after 437 phương tiện: total 437. 489 người lái (after ';') counts people, not vehicles: no total.",
    "'Từ đầu năm 2024 đến nay' with no published date: start 2024-01-01, end null. 'Riêng tại huyện Ngọc Hiển' → location Ngọc Hiển for that sentence.",
    "'hiện có' gets no period. Support rates keep their denominators: đồng/năm, đồng/người/tháng.",
]

if __name__ == "__main__":
    write("p1175-7", TEXT, NOTES, FIGS, published=None, location="Cà Mau")
