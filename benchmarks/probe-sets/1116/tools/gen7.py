"""p1116-7: department site (Sở LĐ-TB&XH Quảng Ninh), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Đào tạo nghề sửa chữa ô tô, xe máy gắn với nhu cầu doanh nghiệp

Quảng Ninh hiện có 14 cơ sở giáo dục nghề nghiệp đào tạo nhóm nghề sửa chữa ô tô, xe máy, trong đó 5 trường cao đẳng. Năm 2024, các cơ sở tuyển sinh 2.199 học viên, tăng 7,3% so với năm 2023; tỷ lệ học viên có việc làm sau tốt nghiệp đạt 89%, riêng Trường Cao đẳng Việt - Hàn Quảng Ninh đạt 97%.

Kết quả tuyển sinh nhóm nghề sửa chữa ô tô, xe máy theo trình độ đào tạo:
Đơn vị tính: học viên
Trình độ
Năm 2023
Năm 2024
Kế hoạch 2025
Cao đẳng
380
415
450
Trung cấp
520
548
600
Sơ cấp
1.150
1.236
1.300
Tổng số
2.050
2.199
2.350

Về mạng lưới dịch vụ, đến hết năm 2024 toàn tỉnh có 386 cơ sở bảo dưỡng, sửa chữa ô tô được cấp phép, tập trung tại Hạ Long (142 cơ sở), Cẩm Phả (71 cơ sở) và Uông Bí (48 cơ sở). Thu nhập bình quân của thợ sửa chữa ô tô khoảng 9,5 triệu đồng/người/tháng, thợ sửa xe máy từ 6 đến 7,5 triệu đồng/người/tháng.

Bài viết liên quan:
- Hội thi tay nghề thợ sửa chữa ô tô giỏi lần thứ 2
- Khai giảng lớp bảo dưỡng xe điện khóa 5

SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG NINH
Địa chỉ: Tầng 5, Trụ sở Liên cơ quan số 3, phường Hồng Hà, TP Hạ Long, tỉnh Quảng Ninh
Điện thoại: 0203.3835.512 - Fax: 0203.3835.946
Tổng lượt truy cập: 1.582.307 | Đang trực tuyến: 26
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
ASOF = P("đến hết năm 2024", None, "2024-12-31")
LIST = "cơ sở bảo dưỡng, sửa chữa ô tô được cấp phép"


def cell(anchor, number, value, row, col):
    per = {"Năm 2023": Y23, "Năm 2024": Y24, "Kế hoạch 2025": K25}[col]
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value, "count", "học viên", subject=f"tuyển sinh trình độ {row} {col.lower()}", period=per, **kw)


FIGS = [
    F("có 14 cơ sở", "14", 14, "count", "cơ sở giáo dục nghề nghiệp",
      subject="cơ sở giáo dục nghề nghiệp đào tạo nhóm nghề sửa chữa ô tô, xe máy"),
    F("5 trường", "5", 5, "count", "trường cao đẳng", total=14, subject="trường cao đẳng đào tạo nhóm nghề sửa chữa ô tô, xe máy"),
    F("tuyển sinh 2.199 học viên", "2.199", 2199, "count", "học viên",
      change=C("increase", 7.3, "%", "năm 2023"), subject="học viên tuyển sinh", period=Y24),
    F("đạt 89%", "89", 89, "percent", "%", subject="tỷ lệ học viên có việc làm sau tốt nghiệp", period=Y24),
    F("đạt 97%", "97", 97, "percent", "%",
      subject="tỷ lệ học viên có việc làm sau tốt nghiệp của Trường Cao đẳng Việt - Hàn Quảng Ninh", period=Y24),
    cell("Cao đẳng\n380", "380", 380, "cao đẳng", "Năm 2023"),
    cell("380\n415", "415", 415, "cao đẳng", "Năm 2024"),
    cell("415\n450", "450", 450, "cao đẳng", "Kế hoạch 2025"),
    cell("Trung cấp\n520", "520", 520, "trung cấp", "Năm 2023"),
    cell("520\n548", "548", 548, "trung cấp", "Năm 2024"),
    cell("548\n600", "600", 600, "trung cấp", "Kế hoạch 2025"),
    cell("Sơ cấp\n1.150", "1.150", 1150, "sơ cấp", "Năm 2023"),
    cell("1.150\n1.236", "1.236", 1236, "sơ cấp", "Năm 2024"),
    cell("1.236\n1.300", "1.300", 1300, "sơ cấp", "Kế hoạch 2025"),
    cell("Tổng số\n2.050", "2.050", 2050, "tổng số", "Năm 2023"),
    cell("2.050\n2.199", "2.199", 2199, "tổng số", "Năm 2024"),
    cell("2.199\n2.350", "2.350", 2350, "tổng số", "Kế hoạch 2025"),
    F("có 386 cơ sở", "386", 386, "count", "cơ sở", subject=LIST, period=ASOF),
    F("Hạ Long (142 cơ sở)", "142", 142, "count", "cơ sở", subject=LIST, period=ASOF, location="Hạ Long"),
    F("Cẩm Phả (71 cơ sở)", "71", 71, "count", "cơ sở", subject=LIST, period=ASOF, location="Cẩm Phả"),
    F("Uông Bí (48 cơ sở)", "48", 48, "count", "cơ sở", subject=LIST, period=ASOF, location="Uông Bí"),
    F("khoảng 9,5 triệu", "9,5", 9500000, "money", "đồng/người/tháng", approx="about",
      subject="thu nhập bình quân của thợ sửa chữa ô tô", period=I(ASOF)),
    F("từ 6 đến 7,5 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7500000,
      subject="thu nhập bình quân của thợ sửa xe máy", period=I(ASOF)),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Quảng Ninh) with no dateline: no published. Footer address, phone/fax, visit counter.",
    "One-cell-per-line table ('Đơn vị tính: học viên'): periods from column headers (scored), 'Kế hoạch 2025' → target. Cells get no totals.",
    "Distractors: 'Trụ sở Liên cơ quan số 3', 'Tầng 5', phones 0203.3835.512 / 0203.3835.946, 'Tổng lượt truy cập: 1.582.307', 'Đang trực tuyến: 26',",
    "Table subject = indicator of the caption + row label + column label (FIGURES.md §3 Tables), e.g. 'tuyển sinh trình độ cao đẳng năm 2023'.",
    "revised after the first run: the column label was missing from the 12 table subjects (spec convention), added; nothing else changed.",
    "'lần thứ 2', 'khóa 5'. District list 142+71+48 does not add up to 386 ('tập trung tại'): no total. 5 trường cao đẳng is part of 14 cơ sở (trong đó).",
]

if __name__ == "__main__":
    write("p1116-7", TEXT, NOTES, FIGS, published=None, location="Quảng Ninh")
