"""p764-8: provincial paper (Báo Long An, tag BLA) — quail egg processing company, exports Q1/2024, linked farms, revenue, 2024 plan."""
from lib import F, P, I, CH, emit

TEXT = """Trang chủ » Kinh tế » Nông nghiệp

Cơ sở chế biến trứng cút xuất khẩu 45 tấn sang Nhật Bản trong quý I

KIM NGÂN 06:15, 24/04/2024

BLA - Quý I/2024, Công ty TNHH Thực phẩm Sao Mai (Khu công nghiệp Long Hậu 3) đã chế biến 152 tấn trứng cút đóng hộp, tăng 27% so với cùng kỳ; trong đó xuất khẩu sang Nhật Bản 45 tấn, Hàn Quốc 18 tấn, còn lại tiêu thụ trong nước.

Theo ông Trần Minh Quang, Giám đốc công ty, để có nguyên liệu ổn định, công ty liên kết với 42 hộ nuôi chim cút ở các huyện Cần Giuộc (18 hộ), Cần Đước (15 hộ) và Bến Lức (9 hộ), bao tiêu trứng với giá 300 đồng/quả, cao hơn giá thị trường 30-40 đồng/quả. Mỗi tháng công ty thu mua khoảng 4,5 triệu quả trứng.

Năm 2023, doanh thu của công ty đạt 38,6 tỷ đồng, trong đó doanh thu xuất khẩu đạt 26,4 tỷ đồng (tương đương khoảng 1,08 triệu USD). Công ty đang giải quyết việc làm cho 65 lao động với mức lương bình quân 7,8 triệu đồng/người/tháng.

Theo Sở Nông nghiệp và PTNT, toàn tỉnh hiện có khoảng 3,2 triệu con chim cút, tập trung ở Cần Giuộc, Cần Đước. Năm 2024, công ty dự kiến đầu tư thêm dây chuyền bóc vỏ trứng tự động công suất 2 tấn/ngày, nâng sản lượng chế biến cả năm lên 700 tấn.

Chia sẻ | In bài
Báo Long An điện tử – Số 8 Võ Văn Tần, Phường 2, TP Tân An. Điện thoại: 0272.3826.314
"""

Q1h = P("quý I", "2024-01-01", "2024-03-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("xuất khẩu 45 tấn", "45", 45, "measure", "tấn", "trứng cút xuất khẩu sang Nhật Bản", Q1h),
    F("chế biến 152 tấn", "152", 152, "measure", "tấn", "trứng cút đóng hộp chế biến", Q1,
      change=CH("increase", 27, baseline="cùng kỳ")),
    F("Nhật Bản 45 tấn", "45", 45, "measure", "tấn", "trứng cút xuất khẩu sang Nhật Bản", Q1, total=152),
    F("Hàn Quốc 18 tấn", "18", 18, "measure", "tấn", "trứng cút xuất khẩu sang Hàn Quốc", Q1, total=152),
    F("với 42 hộ", "42", 42, "count", "hộ", "hộ nuôi chim cút liên kết với công ty"),
    F("Cần Giuộc (18 hộ)", "18", 18, "count", "hộ", "hộ nuôi chim cút liên kết với công ty", total=42,
      location="Cần Giuộc"),
    F("Cần Đước (15 hộ)", "15", 15, "count", "hộ", "hộ nuôi chim cút liên kết với công ty", total=42,
      location="Cần Đước"),
    F("Bến Lức (9 hộ)", "9", 9, "count", "hộ", "hộ nuôi chim cút liên kết với công ty", total=42, location="Bến Lức"),
    F("giá 300 đồng/quả", "300", 300, "money", "đồng/quả", "giá bao tiêu trứng",
      change=CH("increase", 30, "đồng/quả", "giá thị trường")),
    F("khoảng 4,5 triệu quả", "4,5", 4500000, "count", "quả", "trứng công ty thu mua mỗi tháng", approx="about"),
    F("đạt 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng", "doanh thu của công ty", Y23),
    F("đạt 26,4 tỷ đồng", "26,4", 26400000000, "money", "đồng", "doanh thu xuất khẩu", Y23, total=38600000000),
    F("khoảng 1,08 triệu USD", "1,08", 1080000, "money", "USD", "doanh thu xuất khẩu", Y23, approx="about"),
    F("cho 65 lao động", "65", 65, "count", "lao động", "lao động công ty giải quyết việc làm"),
    F("7,8 triệu đồng/người/tháng", "7,8", 7800000, "money", "đồng/người/tháng", "mức lương bình quân"),
    F("khoảng 3,2 triệu con", "3,2", 3200000, "count", "con", "chim cút toàn tỉnh", approx="about"),
    F("công suất 2 tấn/ngày", "2", 2, "measure", "tấn/ngày", "công suất dây chuyền bóc vỏ trứng tự động", Y24,
      status="forecast"),
    F("lên 700 tấn", "700", 700, "measure", "tấn", "sản lượng chế biến cả năm", Y24, status="forecast"),
]

COMMENTS = [
    "Báo Long An (tag 'BLA -'): quail-egg processor in KCN Long Hậu 3; Q1/2024 output and exports, linked farms by district,",
    "2023 revenue, 2024 plan. Byline + time + date 'KIM NGÂN 06:15, 24/04/2024' is the dateline. The province is never named:",
    "the paper's own tag BLA implies Long An (FIGURES.md, like BDK.VN); the districts Cần Giuộc, Cần Đước, Bến Lức confirm it.",
    "Distractors: 'Khu công nghiệp Long Hậu 3', 'Số 8 Võ Văn Tần, Phường 2', phone, time of day. Japan/Korea are markets, not places.",
    "Headline 'quý I' takes the year 2024 (lead / published). The export parts after 'trong đó' have total 152; the district brackets",
    "after '42 hộ' add up to it (18+15+9): total 42. 'cao hơn giá thị trường 30-40 đồng/quả' is the change of the 300 đồng/quả",
    "(value = lower end 30). 'tương đương khoảng 1,08 triệu USD' is an equivalent amount: its own money figure (no total).",
    "'dự kiến' → forecast for both 2024 figures. 'hiện có', 'đang' → no period.",
]

if __name__ == "__main__":
    emit("p764-8", TEXT, COMMENTS, FIGS, published="2024-04-24", location="Long An")
