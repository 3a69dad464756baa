"""p1373-7: department site without dateline (Sở GTVT Đồng Nai): container trucks by district, one cell per line."""
from lib import fig, per, inh, chg, write

ROWS = [
    ("TP Biên Hòa", "Biên Hòa", "3.120", 3120, "3.410", 3410, "109,3", 109.3),
    ("Huyện Long Thành", "Long Thành", "1.850", 1850, "2.160", 2160, "116,8", 116.8),
    ("Huyện Nhơn Trạch", "Nhơn Trạch", "1.430", 1430, "1.690", 1690, "118,2", 118.2),
    ("Huyện Trảng Bom", "Trảng Bom", "960", 960, "1.050", 1050, "109,4", 109.4),
    ("Các địa phương khác", None, "740", 740, "820", 820, "110,8", 110.8),
    ("Tổng số", None, "8.100", 8100, "9.130", 9130, "112,7", 112.7),
]

TABLE_TEXT = "\n".join("\n".join([r[0], r[2], r[4], r[6]]) for r in ROWS)

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH ĐỒNG NAI
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Liên hệ

Tăng cường quản lý xe container trên các tuyến quốc lộ qua địa bàn tỉnh

Năm 2024, số xe đầu kéo container đăng ký kinh doanh vận tải trên địa bàn tỉnh Đồng Nai là 9.130 xe, tăng 12,7% so với năm 2023. Đồng Nai hiện đứng thứ 4 cả nước về số lượng xe container, sau TP Hồ Chí Minh, Hải Phòng và Bình Dương.

Số xe đầu kéo container đăng ký kinh doanh vận tải theo địa bàn
Đơn vị tính: xe
Địa bàn
Năm 2023
Năm 2024
So với cùng kỳ (%)
""" + TABLE_TEXT + """

Từ đầu năm 2024 đến nay, trên các tuyến Quốc lộ 51, Quốc lộ 1 và Quốc lộ 20, thanh tra giao thông đã kiểm tra 2.846 lượt xe container, phát hiện 312 trường hợp vi phạm, chiếm 11% số xe kiểm tra; xử phạt hơn 1,9 tỷ đồng, tước giấy phép lái xe 47 trường hợp.

Tỉnh phấn đấu đến hết năm 2025 xây dựng thêm 2 bãi đỗ xe container tại huyện Long Thành với quy mô khoảng 800 chỗ đỗ.

Tin cùng chuyên mục:
- Phân luồng giao thông phục vụ thi công cao tốc Biên Hòa - Vũng Tàu
- Thông báo tuyển dụng viên chức năm 2024

Địa chỉ: Số 4, đường Nguyễn Ái Quốc, phường Quang Vinh, TP Biên Hòa
Điện thoại: 0251.3822.549
Lượt truy cập: 3.418.205 | Đang truy cập: 52
Bản quyền © 2021 Sở Giao thông vận tải tỉnh Đồng Nai
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = per("Từ đầu năm 2024 đến nay", "2024-01-01", None)
TO25 = per("đến hết năm 2025", None, "2025-12-31")
SUBJ = "số xe đầu kéo container đăng ký kinh doanh vận tải"

TABLE = []
for label, place, s23, v23, s24, v24, sp, vp in ROWS:
    loc = {"location": place} if place else {}
    row = "" if place else f" {label.lower()}"
    TABLE += [
        fig(f"{label}\n{s23}", s23, v23, "count", "xe", subject=f"{SUBJ}{row} năm 2023", period=C23, **loc),
        fig(f"{s23}\n{s24}", s24, v24, "count", "xe", subject=f"{SUBJ}{row} năm 2024", period=C24, **loc),
        fig(f"{s24}\n{sp}", sp, vp, "percent", "%", subject=f"{SUBJ}{row} so với cùng kỳ",
            period=inh(Y24), **loc),
    ]

FIGS = [
    fig("là 9.130 xe", "9.130", 9130, "count", "xe", change=chg("increase", 12.7, "%", "năm 2023"),
        subject=SUBJ, period=Y24),
    fig("đứng thứ 4", "4", 4, "rank", "hạng", subject="số lượng xe container"),
] + TABLE + [
    fig("kiểm tra 2.846 lượt", "2.846", 2846, "count", "lượt xe", subject="lượt xe container thanh tra giao thông kiểm tra",
        period=SINCE),
    fig("phát hiện 312 trường hợp", "312", 312, "count", "trường hợp", percent=11,
        subject="trường hợp vi phạm", period=SINCE),
    fig("hơn 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="over", subject="tiền xử phạt", period=SINCE),
    fig("xe 47 trường hợp", "47", 47, "count", "trường hợp", subject="trường hợp bị tước giấy phép lái xe",
        period=SINCE),
    fig("thêm 2 bãi", "2", 2, "count", "bãi đỗ xe container", status="target",
        subject="bãi đỗ xe container xây dựng thêm", period=TO25, location="Long Thành"),
    fig("khoảng 800 chỗ", "800", 800, "count", "chỗ đỗ", approx="about", status="target",
        subject="quy mô bãi đỗ xe container", period=TO25, location="Long Thành"),
]

NOTES = [
    "Department site (Sở GTVT Đồng Nai) without a dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang truy cập', '© 2021'. published = none.",
    "Distractors: Quốc lộ 51, Quốc lộ 1, Quốc lộ 20, 'Số 4, đường Nguyễn Ái Quốc', 0251.3822.549, Lượt truy cập 3.418.205, Đang truy cập 52, © 2021, 'năm 2024' in a link.",
    "One-cell-per-line table ('Đơn vị tính: xe'; Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)): every cell a figure.",
    "Row labels that are places go to location (Biên Hòa, Long Thành, Nhơn Trạch, Trảng Bom); 'Các địa phương khác' and 'Tổng số'",
    "stay Đồng Nai with the row label in the subject. Year columns give the period; the % column has none in its header (period 2024 inherited, not scored).",
    "'đứng thứ 4 cả nước' is the province's rank: location Đồng Nai; 'hiện' gives no period.",
    "'Từ đầu năm 2024 đến nay' with no dateline: start 2024-01-01, end null. '312 trường hợp vi phạm, chiếm 11% số xe kiểm tra' → percent 11,",
    "no total (no part-of cue). 'phấn đấu đến hết năm 2025' → target, end 2025-12-31; the depots are in huyện Long Thành.",
]

if __name__ == "__main__":
    write("p1373-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
