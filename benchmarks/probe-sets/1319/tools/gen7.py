"""p1319-7: department site (Sở TT&TT Thái Nguyên), no dateline: postal output by area, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THÁI NGUYÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Bưu chính Thái Nguyên tăng trưởng nhờ thương mại điện tử

Năm 2024, sản lượng bưu gửi trên địa bàn tỉnh ước đạt 21,6 triệu bưu gửi, tăng 14,9% so với năm 2023; trong đó bưu gửi thương mại điện tử chiếm khoảng 68%. Doanh thu bưu chính ước đạt 415 tỷ đồng.

Sản lượng bưu gửi theo địa bàn
Đơn vị tính: nghìn bưu gửi
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
TP Thái Nguyên
9.850
11.240
12.500
TP Phổ Yên
3.120
3.760
4.200
TP Sông Công
1.480
1.690
1.900
Các huyện còn lại
4.350
4.910
5.400
Tổng số
18.800
21.600
24.000

Toàn tỉnh hiện có 246 điểm phục vụ bưu chính, trong đó 142 điểm bưu điện văn hóa xã; 100% xã, phường, thị trấn có điểm phục vụ. Mạng vận chuyển gồm 9 tuyến đường thư cấp 2 và 58 tuyến đường thư cấp 3. Chi phí giao nhận bình quân 18.500 đồng/bưu gửi, giảm 6% so với năm 2023.

Bài viết liên quan:
- Tập huấn chuyển đổi số cho nhân viên bưu điện văn hóa xã lần thứ 4
- Hướng dẫn sử dụng mã bưu chính quốc gia 24000

SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THÁI NGUYÊN
Địa chỉ: Số 18 đường Nha Trang, phường Trưng Vương, TP Thái Nguyên
Điện thoại: 0208.3855.614 | Email: stttt@thainguyen.gov.vn
Lượt truy cập: 1.204.377 | Đang online: 52
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("ước thực hiện 2024", per("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
        ("kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
# (row label, label kept in the subject or None when the label is a place, location)
ROWS = [("TP Thái Nguyên", None, "TP Thái Nguyên", ["9.850", "11.240", "12.500"]),
        ("TP Phổ Yên", None, "Phổ Yên", ["3.120", "3.760", "4.200"]),
        ("TP Sông Công", None, "Sông Công", ["1.480", "1.690", "1.900"]),
        ("Các huyện còn lại", "các huyện còn lại", "Thái Nguyên", ["4.350", "4.910", "5.400"]),
        ("Tổng số", "tổng số", "Thái Nguyên", ["18.800", "21.600", "24.000"])]
CELLS = []
for label, keep, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        s = f"sản lượng bưu gửi {keep} {col}" if keep else f"sản lượng bưu gửi {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(".", "")) * 1e3, "count", "bưu gửi",
                         subject=s, period=p, location=place, **kw))
        prev = n

FIGS = [
    fig("ước đạt 21,6 triệu", "21,6", 21.6e6, "count", "bưu gửi", status="estimate",
        change=chg("increase", 14.9, "%", "năm 2023"), subject="sản lượng bưu gửi", period=Y24),
    fig("khoảng 68%", "68", 68, "percent", "%", approx="about", status="estimate",
        subject="tỷ trọng bưu gửi thương mại điện tử", period=Y24),
    fig("ước đạt 415 tỷ", "415", 415e9, "money", "đồng", status="estimate",
        subject="doanh thu bưu chính", period=inh(Y24)),
] + CELLS + [
    fig("có 246 điểm", "246", 246, "count", "điểm phục vụ", subject="điểm phục vụ bưu chính"),
    fig("trong đó 142 điểm", "142", 142, "count", "điểm", total=246, subject="điểm bưu điện văn hóa xã"),
    fig("; 100% xã", "100", 100, "percent", "%", subject="xã, phường, thị trấn có điểm phục vụ"),
    fig("gồm 9 tuyến", "9", 9, "count", "tuyến đường thư", subject="tuyến đường thư cấp 2"),
    fig("và 58 tuyến", "58", 58, "count", "tuyến đường thư", subject="tuyến đường thư cấp 3"),
    fig("bình quân 18.500 đồng", "18.500", 18500, "money", "đồng/bưu gửi",
        change=chg("decrease", 6, "%", "năm 2023"), subject="chi phí giao nhận bình quân"),
]

NOTES = [
    "Department site (Sở TT&TT Thái Nguyên), no dateline: menu, related links, footer address, phone, e-mail, 'Lượt truy cập', 'Đang online'.",
    "Distractors: 'cấp 2', 'cấp 3' (route levels), 'lần thứ 4', postal code 24000, 'Số 18', phone 0208.3855.614, counters 1.204.377 and 52.",
    "One-cell-per-line table 'Đơn vị tính: nghìn bưu gửi' (cells ×1000); rows are places → location (TP Thái Nguyên, Phổ Yên, Sông Công);",
    "'Các huyện còn lại' is no single place → location Thái Nguyên, label kept in the subject; 'Tổng số' → Thái Nguyên.",
    "Period from column headers (scored); 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target; cells get no total.",
    "'; trong đó bưu gửi thương mại điện tử chiếm khoảng 68%' continues the 'ước đạt' clause → estimate, period năm 2024 (same sentence).",
    "'246 điểm ..., trong đó 142 điểm' → total 246. 'Chi phí ... giảm 6% so với năm 2023' → change; no period (năm 2023 is the baseline).",
]

if __name__ == "__main__":
    write("p1319-7", TEXT, NOTES, FIGS, location="Thái Nguyên")
