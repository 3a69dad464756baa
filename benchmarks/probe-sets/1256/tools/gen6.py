"""p1256-6: department site (Sở NN&PTNT An Giang), no dateline: rescue equipment purchases; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH AN GIANG
Giới thiệu | Tin tức | Phòng chống thiên tai | Văn bản | Hỏi đáp | Liên hệ

Tăng cường trang thiết bị cứu hộ, cứu nạn mùa nước nổi

Năm 2024, Văn phòng thường trực Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh An Giang ước thực hiện mua sắm 6 xuồng cứu hộ, 2.400 áo phao và 300 phao tròn để cấp phát cho các địa phương. Kinh phí mua sắm các năm như sau:

Kinh phí mua sắm trang thiết bị cứu hộ
Đơn vị tính: triệu đồng
Hạng mục
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Xuồng cứu hộ
1.450
1.920
2.200
Áo phao, phao tròn
515
684
750
Phao bè, dây cứu sinh
96
120
150
Tổng số
2.061
2.724
3.100

Hiện nay, toàn tỉnh có 37 xuồng cứu hộ, gồm 24 xuồng có gắn máy và 13 xuồng chèo tay; lực lượng xung kích cấp xã có trên 4.800 người. Mùa lũ năm 2024, các lực lượng đã hỗ trợ di dời 126 hộ dân, tổ chức 9 lớp tập huấn cứu đuối cho 450 học viên. Năm 2025, tỉnh phấn đấu trang bị thêm 8 xuồng cứu hộ, nâng tổng số lên 45 xuồng.

Tin khác:
- Cảnh báo lũ trên sông Tiền, sông Hậu (bản tin số 12)
- Hướng dẫn thực hiện Quyết định số 18/2021/QĐ-TTg

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH AN GIANG
Địa chỉ: 69 Tôn Đức Thắng, phường Mỹ Bình, TP Long Xuyên
Điện thoại: 0296.3852.447
Lượt truy cập: 1.204.562 | Đang trực tuyến: 23
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("Mùa lũ năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Xuồng cứu hộ", ["1.450", "1.920", "2.200"]), ("Áo phao, phao tròn", ["515", "684", "750"]),
        ("Phao bè, dây cứu sinh", ["96", "120", "150"]), ("Tổng số", ["2.061", "2.724", "3.100"])]


def cells():
    out = []
    for row, vals in ROWS:
        prev = row
        for (col, p, st), v in zip(COLS, vals):
            kw = {"status": st} if st else {}
            out.append(fig(f"{prev}\n{v}\n", v, float(v.replace(".", "")) * 1e6, "money", "đồng",
                           subject=f"kinh phí mua sắm {row.lower()} {col}", period=p, **kw))
            prev = v
    return out


FIGS = [
    fig("sắm 6 xuồng", "6", 6, "count", "xuồng cứu hộ", status="estimate",
        subject="xuồng cứu hộ mua sắm", period=Y24),
    fig("2.400 áo phao", "2.400", 2400, "count", "áo phao", status="estimate",
        subject="áo phao mua sắm", period=Y24),
    fig("300 phao tròn", "300", 300, "count", "phao tròn", status="estimate",
        subject="phao tròn mua sắm", period=Y24),
] + cells() + [
    fig("có 37 xuồng", "37", 37, "count", "xuồng cứu hộ", subject="xuồng cứu hộ"),
    fig("gồm 24 xuồng", "24", 24, "count", "xuồng", total=37, subject="xuồng có gắn máy"),
    fig("13 xuồng chèo", "13", 13, "count", "xuồng", total=37, subject="xuồng chèo tay"),
    fig("trên 4.800 người", "4.800", 4800, "count", "người", approx="over",
        subject="lực lượng xung kích cấp xã"),
    fig("di dời 126 hộ", "126", 126, "count", "hộ dân", subject="hộ dân được hỗ trợ di dời", period=Y24b),
    fig("tổ chức 9 lớp", "9", 9, "count", "lớp", subject="lớp tập huấn cứu đuối", period=Y24b),
    fig("cho 450 học viên", "450", 450, "count", "học viên", subject="học viên tập huấn cứu đuối", period=Y24b),
    fig("thêm 8 xuồng", "8", 8, "count", "xuồng cứu hộ", status="target",
        subject="xuồng cứu hộ trang bị thêm", period=Y25),
    fig("lên 45 xuồng", "45", 45, "count", "xuồng", status="target",
        subject="tổng số xuồng cứu hộ", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT An Giang), no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'bản tin số 12', 'Quyết định số 18/2021/QĐ-TTg', '69 Tôn Đức Thắng', phone, 'Lượt truy cập: 1.204.562', 'Đang trực tuyến: 23'.",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng': 12 money cells ×10^6; subject = table topic + row + column; period and status from",
    "the column header ('Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target). Table cells get no total.",
    "'ước thực hiện mua sắm 6 xuồng, 2.400 áo phao và 300 phao tròn' → estimate for all three.",
    "'37 xuồng cứu hộ, gồm 24 ... và 13 ...' → total 37 for both parts. 'Mùa lũ năm 2024' → the year 2024.",
    "'phấn đấu trang bị thêm 8 xuồng, nâng tổng số lên 45 xuồng' → target (continuing clause).",
]

if __name__ == "__main__":
    write("p1256-6", TEXT, NOTES, FIGS, location="An Giang")
