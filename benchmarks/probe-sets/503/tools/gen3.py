"""p503-3: formal report (UBND tỉnh Hà Nam), commune-level digital transformation 9 months 2024, flattened | table."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 286/BC-UBND
Hà Nam, ngày 04 tháng 10 năm 2024

BÁO CÁO
Kết quả chuyển đổi số cấp xã 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Dịch vụ công trực tuyến
9 tháng năm 2024, UBND cấp xã tiếp nhận 96.418 hồ sơ, trong đó 71.352 hồ sơ trực tuyến, đạt 74%; tỷ lệ giải quyết đúng hạn đạt 99,6%.
2. Thanh toán không dùng tiền mặt
Tính đến ngày 30/9/2024, 109/109 xã, phường, thị trấn đã niêm yết mã QR thu phí, lệ phí; số tiền thu không dùng tiền mặt ước đạt 2.415 triệu đồng, tăng 38,2% so với cùng kỳ.
3. Kết quả theo đơn vị cấp huyện
Bảng 1. Tổ công nghệ số cộng đồng và hồ sơ trực tuyến cấp xã
Đơn vị | Số tổ (tổ) | Thành viên (người) | Hồ sơ trực tuyến cấp xã (%)
TP Phủ Lý | 142 | 868 | 82,5
TX Duy Tiên | 128 | 760 | 78,1
Kim Bảng | 156 | 912 | 71,4
Thanh Liêm | 149 | 855 | 73,0
Bình Lục | 171 | 940 | 69,8
Lý Nhân | 198 | 1.105 | 70,6
Toàn tỉnh | 944 | 5.440 | 74,0

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu tỷ lệ hồ sơ trực tuyến cấp xã đạt 80%; 100% thành viên tổ công nghệ số cộng đồng được tập huấn; duy trì 3 buổi hỗ trợ/tuần tại Bộ phận Một cửa cấp xã.

Nơi nhận:
- Bộ Thông tin và Truyền thông;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", end="2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

ROWS = [  # (row label, location, tổ, thành viên, %)
    ("TP Phủ Lý", "Phủ Lý", "142", "868", "82,5"),
    ("TX Duy Tiên", "Duy Tiên", "128", "760", "78,1"),
    ("Kim Bảng", "Kim Bảng", "156", "912", "71,4"),
    ("Thanh Liêm", "Thanh Liêm", "149", "855", "73,0"),
    ("Bình Lục", "Bình Lục", "171", "940", "69,8"),
    ("Lý Nhân", "Lý Nhân", "198", "1.105", "70,6"),
    ("Toàn tỉnh", "Hà Nam", "944", "5.440", "74,0"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, loc, to, tv, pct in ROWS:
    TABLE += [
        F(f"{label} | {to}", to, num(to), "count", "tổ", "Số tổ công nghệ số cộng đồng", I(M9), location=loc),
        F(f"{to} | {tv} |", tv, num(tv), "count", "người", "Thành viên tổ công nghệ số cộng đồng", I(M9), location=loc),
        F(f"{tv} | {pct}", pct, num(pct), "percent", "%", "Hồ sơ trực tuyến cấp xã", I(M9), location=loc),
    ]

FIGS = [
    F("tiếp nhận 96.418 hồ sơ", "96.418", 96418, "count", "hồ sơ", "hồ sơ UBND cấp xã tiếp nhận", M9),
    F("trong đó 71.352 hồ sơ", "71.352", 71352, "count", "hồ sơ", "hồ sơ trực tuyến", M9, total=96418, percent=74),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ giải quyết đúng hạn", M9),
    F("30/9/2024, 109/109 xã", "109", 109, "count", "xã, phường, thị trấn",
      "xã, phường, thị trấn đã niêm yết mã QR thu phí, lệ phí", ASOF, total=109),
    F("ước đạt 2.415 triệu đồng", "2.415", 2415000000, "money", "đồng", "số tiền thu không dùng tiền mặt", ASOF,
      change=CH("increase", 38.2, "%", "cùng kỳ"), status="estimate"),
] + TABLE + [
    F("cấp xã đạt 80%", "80", 80, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", Q4, status="target"),
    F("100% thành viên", "100", 100, "percent", "%", "thành viên tổ công nghệ số cộng đồng được tập huấn", Q4,
      status="target"),
    F("duy trì 3 buổi", "3", 3, "measure", "buổi hỗ trợ/tuần", "buổi hỗ trợ tại Bộ phận Một cửa cấp xã", Q4,
      status="target"),
]

COMMENTS = [
    "Formal report (invented): UBND tỉnh Hà Nam, Số: 286/BC-UBND, 'Hà Nam, ngày 04 tháng 10 năm 2024' (published).",
    "Table flattened with '|': Đơn vị | Số tổ (tổ) | Thành viên (người) | Hồ sơ trực tuyến cấp xã (%). Every numeric cell is a figure;",
    "row labels are districts (location), 'Toàn tỉnh' is Hà Nam; subject = column label; unit from the column header.",
    "Table period comes from the report title '9 tháng năm 2024' (inherited, unscored); section II targets inherit 'QUÝ IV/2024'.",
    "Distractors: Số: 286/BC-UBND, date line, section numbers I./II./1./2./3., 'Bảng 1.', 'TT Tỉnh ủy'.",
]

if __name__ == "__main__":
    emit("p503-3", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Hà Nam")
