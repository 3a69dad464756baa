"""p1440-7: department site (Sở KH&CN Bình Định), no dateline, one-cell-per-line table of licences by type."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH ĐỊNH
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | An toàn bức xạ | Liên hệ

Kết quả cấp phép tiến hành công việc bức xạ năm 2024

Năm 2024, Sở đã tiếp nhận và giải quyết 164 hồ sơ đề nghị cấp giấy phép tiến hành công việc bức xạ, trong đó 131 hồ sơ nộp trực tuyến, chiếm 79,9%; 100% hồ sơ được giải quyết đúng hạn. Thời gian giải quyết hồ sơ trung bình 12 ngày làm việc, ngắn hơn 3 ngày so với thời hạn quy định.

Số giấy phép đã cấp theo loại hình
Đơn vị tính: giấy phép
Loại hình
Năm 2023
Năm 2024
So với cùng kỳ (%)
Cấp mới
38
45
118,4
Gia hạn
86
97
112,8
Sửa đổi, bổ sung
19
22
115,8
Tổng số
143
164
114,7

Tổng số thiết bị X-quang đang được cấp phép trên địa bàn tỉnh là 358 thiết bị, trong đó thiết bị X-quang chẩn đoán y tế chiếm 93%. Các cơ sở đã tổ chức đo liều cá nhân cho 812 nhân viên bức xạ; liều trung bình khoảng 0,6 mSv/năm. Năm 2025, Sở phấn đấu rút ngắn thời gian cấp phép xuống còn 10 ngày làm việc.

Tin cùng chuyên mục:
- Hướng dẫn hồ sơ cấp chứng chỉ nhân viên bức xạ theo Thông tư số 34/2014/TT-BKHCN
- Tập huấn an toàn bức xạ đợt 2 năm 2024

SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH ĐỊNH
Địa chỉ: 10 Trần Phú, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.573
Lượt truy cập: 1.204.377
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
CAP = "giấy phép đã cấp"


def cell(anchor, number, row, col):
    if col == "So với cùng kỳ (%)":
        return fig(anchor, number, float(number.replace(",", ".")), "percent", "%",
                   subject=f"{CAP} {row} so với cùng kỳ")
    return fig(anchor, number, float(number), "count", "giấy phép",
               subject=f"{CAP} {row} {col.lower()}", period=C23 if col == "Năm 2023" else C24)


COLS = ["Năm 2023", "Năm 2024", "So với cùng kỳ (%)"]
ROWS = [("cấp mới", "Cấp mới", ["38", "45", "118,4"]), ("gia hạn", "Gia hạn", ["86", "97", "112,8"]),
        ("sửa đổi, bổ sung", "Sửa đổi, bổ sung", ["19", "22", "115,8"]),
        ("tổng số", "Tổng số", ["143", "164", "114,7"])]
CELLS = []
for row, key, nums in ROWS:
    prev = key
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}", n, row, col))
        prev = n

FIGS = [
    fig("giải quyết 164 hồ sơ", "164", 164, "count", "hồ sơ",
        subject="hồ sơ đề nghị cấp giấy phép tiến hành công việc bức xạ", period=Y24),
    fig("131 hồ sơ", "131", 131, "count", "hồ sơ", total=164, percent=79.9, subject="hồ sơ nộp trực tuyến",
        period=Y24),
    fig("100% hồ sơ", "100", 100, "percent", "%", subject="hồ sơ được giải quyết đúng hạn", period=Y24),
    fig("trung bình 12 ngày", "12", 12, "measure", "ngày làm việc",
        change=chg("decrease", 3, "ngày", "thời hạn quy định"), subject="thời gian giải quyết hồ sơ trung bình",
        period=inh(Y24)),
] + CELLS + [
    fig("là 358 thiết bị", "358", 358, "count", "thiết bị", subject="thiết bị X-quang đang được cấp phép"),
    fig("chiếm 93%", "93", 93, "percent", "%", subject="thiết bị X-quang chẩn đoán y tế"),
    fig("cho 812 nhân viên", "812", 812, "count", "nhân viên bức xạ", subject="nhân viên bức xạ được đo liều cá nhân"),
    fig("khoảng 0,6 mSv/năm", "0,6", 0.6, "measure", "mSv/năm", approx="about", subject="liều trung bình"),
    fig("còn 10 ngày", "10", 10, "measure", "ngày làm việc", status="target", subject="thời gian cấp phép",
        period=Y25),
]

NOTES = [
    "Department site (Sở KH&CN Bình Định), no dateline: menu, related links, footer address, phone, 'Lượt truy cập: 1.204.377'.",
    "One-cell-per-line table, 'Đơn vị tính: giấy phép'; rows are licence types, columns Năm 2023 / Năm 2024 / 'So với cùng kỳ (%)'.",
    "Cells: subject = caption + row + column; the % column gives percent figures with no period (its header names none).",
    "Checks: 45/38 = 118,4%; 97/86 = 112,8%; 22/19 = 115,8%; 164/143 = 114,7%; row sums 143 and 164. Cells get no total.",
    "'164 hồ sơ, trong đó 131 hồ sơ nộp trực tuyến, chiếm 79,9%' → total 164, percent 79.9 (131/164).",
    "'358 thiết bị, trong đó thiết bị X-quang chẩn đoán y tế chiếm 93%' → a percent figure of its own. Present-tense figures: no period.",
    "'Thời gian giải quyết hồ sơ trung bình 12 ngày làm việc, ngắn hơn 3 ngày so với thời hạn quy định' → change -3 ngày; period inherited.",
    "'Năm 2025, Sở phấn đấu ... xuống còn 10 ngày làm việc' → measure, target.",
    "Distractors: Thông tư số 34/2014/TT-BKHCN, 'đợt 2 năm 2024', '10 Trần Phú', phone, visitor counter.",
]

if __name__ == "__main__":
    write("p1440-7", TEXT, NOTES, FIGS, location="Bình Định")
