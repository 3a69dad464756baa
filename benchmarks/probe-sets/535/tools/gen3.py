"""p535-3: formal report (UBND tỉnh Đồng Tháp), inland waterway transport 9 months 2024, flattened | table."""
from lib import fig, per, inh, ch, tg, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH ĐỒNG THÁP
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình vận tải đường thủy nội địa và hoạt động cảng, bến thủy nội địa 9 tháng năm 2024

Thực hiện Công văn số 5127/BGTVT-VT ngày 20/5/2024 của Bộ Giao thông vận tải, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kết cấu hạ tầng
Toàn tỉnh hiện có 2 cảng thủy nội địa, 146 bến thủy nội địa hàng hóa và 57 bến khách ngang sông; tổng chiều dài đường thủy nội địa do địa phương quản lý là 1.027 km.

2. Kết quả vận tải
Chỉ tiêu | Đơn vị | 9 tháng 2023 | 9 tháng 2024 | So cùng kỳ (%)
Hàng hóa vận chuyển | nghìn tấn | 8.412,6 | 9.105,3 | 108,2
Hàng hóa luân chuyển | triệu tấn.km | 1.046,8 | 1.132,5 | 108,2
Hàng hóa thông qua cảng thủy nội địa | nghìn tấn | 1.215,0 | 1.388,4 | 114,3
Lượt phương tiện ra vào cảng, bến | lượt | 46.310 | 49.872 | 107,7
Doanh thu vận tải thủy | tỷ đồng | 1.284 | 1.417 | 110,4

3. Thu phí
Phí sử dụng kết cấu hạ tầng cảng, bến thủy nội địa 9 tháng ước thu 18,6 tỷ đồng, đạt 77,5% dự toán năm (24 tỷ đồng); trong đó thu qua hình thức điện tử 14,2 tỷ đồng, chiếm 76,3%.

4. An toàn giao thông
9 tháng, trên các tuyến đường thủy nội địa xảy ra 3 vụ tai nạn, làm chết 2 người, giảm 1 vụ so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 khối lượng hàng hóa vận chuyển đạt trên 12,5 triệu tấn; hoàn thành nâng cấp 4 bến thủy nội địa hàng hóa.

Nơi nhận:
- Bộ GTVT;
- TT/TU, TT/HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P23 = per("9 tháng 2023", "2023-01-01", "2023-09-30")
P24 = per("9 tháng 2024", "2024-01-01", "2024-09-30")
P24i = per("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
N9 = per("9 tháng", "2024-01-01", "2024-09-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [  # label, unit, multiplier, kind, v23 (number, value), v24, pct anchor ctx
    ("Hàng hóa vận chuyển", "tấn", 1e3, "measure", "8.412,6", "9.105,3", "108,2"),
    ("Hàng hóa luân chuyển", "tấn.km", 1e6, "measure", "1.046,8", "1.132,5", "108,2"),
    ("Hàng hóa thông qua cảng thủy nội địa", "tấn", 1e3, "measure", "1.215,0", "1.388,4", "114,3"),
    ("Lượt phương tiện ra vào cảng, bến", "lượt", 1, "count", "46.310", "49.872", "107,7"),
    ("Doanh thu vận tải thủy", "đồng", 1e9, "money", "1.284", "1.417", "110,4"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for label, unit, mult, kind, a, b, pc in ROWS:
    TABLE.append(fig(f"| {a} |", a, num(a) * mult, kind, unit, f"{label} 9 tháng 2023", P23))
    TABLE.append(fig(f"| {b} |", b, num(b) * mult, kind, unit, f"{label} 9 tháng 2024", P24))
    TABLE.append(fig(f"{b} | {pc}", pc, num(pc), "percent", "%", f"{label} 9 tháng 2024 so cùng kỳ", P24i))

FIGS = [
    fig("có 2 cảng", "2", 2, "count", "cảng thủy nội địa", "cảng thủy nội địa"),
    fig("146 bến", "146", 146, "count", "bến thủy nội địa hàng hóa", "bến thủy nội địa hàng hóa"),
    fig("57 bến", "57", 57, "count", "bến khách ngang sông", "bến khách ngang sông"),
    fig("là 1.027 km", "1.027", 1027, "measure", "km", "tổng chiều dài đường thủy nội địa do địa phương quản lý"),
] + TABLE + [
    fig("ước thu 18,6 tỷ đồng", "18,6", 18.6e9, "money", "đồng",
        "phí sử dụng kết cấu hạ tầng cảng, bến thủy nội địa", N9,
        percent=77.5, target=tg(24e9, "đồng"), status="estimate"),
    fig("điện tử 14,2 tỷ đồng", "14,2", 14.2e9, "money", "đồng",
        "phí thu qua hình thức điện tử", N9, total=18.6e9, percent=76.3, status="estimate"),
    fig("xảy ra 3 vụ", "3", 3, "count", "vụ", "tai nạn trên các tuyến đường thủy nội địa", N9,
        change=ch("decrease", 1, "vụ", "cùng kỳ")),
    fig("chết 2 người", "2", 2, "count", "người", "người chết do tai nạn đường thủy nội địa", N9),
    fig("trên 12,5 triệu tấn", "12,5", 12.5e6, "measure", "tấn",
        "khối lượng hàng hóa vận chuyển", Y24, approx="over", status="target"),
    fig("nâng cấp 4 bến", "4", 4, "count", "bến thủy nội địa hàng hóa",
        "bến thủy nội địa hàng hóa hoàn thành nâng cấp", Y24, status="target"),
]

COMMENTS = [
    "Formal report Số: 318/BC-UBND of UBND tỉnh Đồng Tháp, 'Đồng Tháp, ngày 07 tháng 10 năm 2024': đường thủy nội địa 9 tháng năm 2024.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị | 9 tháng 2023 | 9 tháng 2024 | So cùng kỳ (%). Units and multipliers from the Đơn vị column",
    "(nghìn tấn, triệu tấn.km, tỷ đồng); periods from the column headers (scored). The 'So cùng kỳ (%)' cells are percent figures of their own",
    "(every cell is a figure, cf. h23), period inherited from the title. No Kế hoạch/Ước column: cells are actual.",
    "'đạt 77,5% dự toán năm (24 tỷ đồng)': 77,5 is the percent and the bracketed plan is the target attribute (not a figure).",
    "Not figures: Số 318/BC-UBND, Công văn số 5127/BGTVT-VT ngày 20/5/2024, section numbers I./1.-4./II., 'QUÝ IV/2024' heading, Nơi nhận.",
]

if __name__ == "__main__":
    emit("p535-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Đồng Tháp")
