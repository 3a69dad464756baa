"""p768-3: formal report (UBND tỉnh Quảng Trị, Số: 287/BC-UBND), 9 tháng năm 2024, flattened | table by district."""
from lib import write, fig, per, inh

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 287/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Trị, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả xây dựng nhà văn hóa, khu vui chơi cho trẻ em ở thôn, bản 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Nhà văn hóa thôn, bản
Tính đến ngày 30/9/2024, toàn tỉnh có 1.012/1.047 thôn, bản, khu phố có nhà văn hóa (đạt 96,7%), trong đó 874 nhà văn hóa đạt chuẩn (chiếm 86,4%). 9 tháng năm 2024, toàn tỉnh xây mới 31 nhà văn hóa, sửa chữa, nâng cấp 64 nhà văn hóa với tổng kinh phí 47,35 tỷ đồng, đạt 78,9% kế hoạch năm.

2. Khu vui chơi cho trẻ em
Toàn tỉnh có 612 thôn, bản có khu vui chơi cho trẻ em, chiếm 58,5%; ước đến hết năm 2024 đạt khoảng 640 thôn, bản.

Bảng 1. Kết quả tại một số huyện (tính đến 30/9/2024)
Huyện | Số thôn, bản | Có nhà văn hóa | Có khu vui chơi trẻ em | Kinh phí 9 tháng (triệu đồng)
Hải Lăng | 98 | 98 | 71 | 6.420
Triệu Phong | 119 | 117 | 80 | 7.150
Hướng Hóa | 143 | 129 | 38 | 9.870
Đakrông | 83 | 74 | 19 | 8.260

II. KHÓ KHĂN, HẠN CHẾ
Còn 35 thôn, bản chưa có nhà văn hóa, chủ yếu ở các huyện miền núi Hướng Hóa, Đakrông; nhiều nhà văn hóa xuống cấp, thiếu trang thiết bị.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành xây mới 12 nhà văn hóa thôn, bản tại huyện Hướng Hóa, Đakrông với kinh phí dự kiến 8,6 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Nam
"""

ASOF = per("Tính đến ngày 30/9/2024", end="2024-09-30")
M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TAB = per("tính đến 30/9/2024", end="2024-09-30", inherited=True)
COL9 = per("Kinh phí 9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("QUÝ IV/2024", "2024-10-01", "2024-12-31", inherited=True)

ROWS = [
    ("Hải Lăng", ["Hải Lăng | 98 |", "| 98 | 71", "71 | 6.420", "| 6.420"], ["98", "98", "71", "6.420"]),
    ("Triệu Phong", ["Triệu Phong | 119", "| 117 |", "| 80 |", "| 7.150"], ["119", "117", "80", "7.150"]),
    ("Hướng Hóa", ["Hướng Hóa | 143", "| 129 |", "| 38 |", "| 9.870"], ["143", "129", "38", "9.870"]),
    ("Đakrông", ["Đakrông | 83", "| 74 |", "| 19 |", "| 8.260"], ["83", "74", "19", "8.260"]),
]
COLS = [("thôn, bản", "số thôn, bản"), ("thôn, bản", "thôn, bản có nhà văn hóa"),
        ("thôn, bản", "thôn, bản có khu vui chơi trẻ em")]

FIGS = [
    fig("có 1.012/1.047 thôn", "1.012", 1012, "count", "thôn, bản, khu phố", "thôn, bản, khu phố có nhà văn hóa", ASOF,
        total=1047, percent=96.7),
    fig("trong đó 874 nhà văn hóa", "874", 874, "count", "nhà văn hóa", "nhà văn hóa đạt chuẩn", ASOF,
        total=1012, percent=86.4),
    fig("xây mới 31 nhà văn hóa", "31", 31, "count", "nhà văn hóa", "nhà văn hóa xây mới", M9),
    fig("nâng cấp 64 nhà văn hóa", "64", 64, "count", "nhà văn hóa", "nhà văn hóa sửa chữa, nâng cấp", M9),
    fig("kinh phí 47,35 tỷ đồng", "47,35", 47.35e9, "money", "đồng",
        "tổng kinh phí xây mới, sửa chữa, nâng cấp nhà văn hóa", M9, percent=78.9),
    fig("có 612 thôn", "612", 612, "count", "thôn, bản", "thôn, bản có khu vui chơi cho trẻ em", inh(ASOF),
        percent=58.5),
    fig("khoảng 640 thôn", "640", 640, "count", "thôn, bản", "thôn, bản có khu vui chơi cho trẻ em",
        per("đến hết năm 2024", end="2024-12-31"), approx="about", status="estimate"),
]
for place, anchors, numbers in ROWS:
    for i, (a, n) in enumerate(zip(anchors, numbers)):
        if i < 3:
            unit, subj = COLS[i]
            FIGS.append(fig(a, n, int(n), "count", unit, subj, TAB, location=place))
        else:
            v = float(n.replace(".", "")) * 1e6
            FIGS.append(fig(a, n, v, "money", "đồng", "kinh phí 9 tháng", COL9, location=place))
FIGS += [
    fig("Còn 35 thôn", "35", 35, "count", "thôn, bản", "thôn, bản chưa có nhà văn hóa", inh(ASOF)),
    fig("xây mới 12 nhà văn hóa", "12", 12, "count", "nhà văn hóa thôn, bản", "nhà văn hóa thôn, bản xây mới", Q4,
        status="target"),
    fig("dự kiến 8,6 tỷ đồng", "8,6", 8.6e9, "money", "đồng", "kinh phí xây mới nhà văn hóa thôn, bản", Q4,
        status="forecast"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Quảng Trị Số: 287/BC-UBND dated 'Quảng Trị, ngày 10 tháng 10 năm 2024': nhà văn hóa and khu vui chơi trẻ em, 9 tháng năm 2024.",
    "Flattened '|' table (Huyện | Số thôn, bản | Có nhà văn hóa | Có khu vui chơi trẻ em | Kinh phí 9 tháng (triệu đồng)): every cell a figure,",
    "district row label -> location; count columns take the title's as-of date (inherited); the money column's period is its header '9 tháng' (scored).",
    "Distractors: Số: 287/BC-UBND, the place-and-date line, section numbers I./II./III./1./2., 'Bảng 1', Nơi nhận list.",
    "874 after 'trong đó' is part of 1.012 (chiếm 86,4% = 874/1.012). 'ước ... khoảng 640' estimate. Q4 tasks: 'Phấn đấu' target, 'dự kiến' forecast;",
    "the two districts named for the 12 houses do not make it one district's figure (location Quảng Trị).",
]

if __name__ == "__main__":
    write("p768-3", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Quảng Trị")
