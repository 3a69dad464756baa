"""p1140-7: department site (CDC Bình Định), no dateline: patients managed in the community, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH BÌNH ĐỊNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả quản lý người bệnh tâm thần tại cộng đồng năm 2024

Tính đến ngày 31/12/2024, 159/159 xã, phường, thị trấn trên địa bàn tỉnh Bình Định đã triển khai chương trình bảo vệ sức khỏe tâm thần cộng đồng, quản lý 5.955 người bệnh; tỷ lệ người bệnh được điều trị, quản lý đạt 93,5%. Trong quý III, Trung tâm tổ chức 12 lớp tập huấn cho 364 cán bộ y tế xã, phường.

Kinh phí mua thuốc điều trị cho người bệnh năm 2024 khoảng 1,4 tỷ đồng, chủ yếu từ ngân sách tỉnh. Người bệnh tâm thần phân liệt, động kinh được cấp thuốc miễn phí hằng tháng tại trạm y tế.

Các địa phương có số người bệnh được quản lý nhiều nhất là thị xã Hoài Nhơn, huyện Phù Cát và TP Quy Nhơn với lần lượt 812, 745 và 690 người.

Số người bệnh được quản lý theo nhóm bệnh:
Đơn vị tính: người
Nhóm bệnh
Năm 2023
Năm 2024
Kế hoạch 2025
Tâm thần phân liệt
2.946
3.018
3.100
Động kinh
2.512
2.575
2.650
Trầm cảm
318
362
420
Tổng số
5.776
5.955
6.170

Bài viết liên quan:
- Tập huấn quản lý bệnh động kinh tại cộng đồng lần thứ 3
- Hưởng ứng Ngày Sức khỏe tâm thần thế giới 10/10

TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH BÌNH ĐỊNH
Địa chỉ: 39 Lê Lợi, TP Quy Nhơn, tỉnh Bình Định
Điện thoại: 0256.3822.941 - Email: cdc@binhdinh.gov.vn
Tổng lượt truy cập: 842.615 | Đang trực tuyến: 31
"""

ASOF = per("Tính đến ngày 31/12/2024", None, "2024-12-31")
Q3 = per("Trong quý III", "2024-07-01", "2024-09-30")
COLS = [("Năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), {}),
        ("Năm 2024", per("Năm 2024", "2024-01-01", "2024-12-31"), {}),
        ("Kế hoạch 2025", per("Kế hoạch 2025", "2025-01-01", "2025-12-31"), {"status": "target"})]
ROWS = [("Tâm thần phân liệt", "người bệnh tâm thần phân liệt được quản lý", ["2.946", "3.018", "3.100"]),
        ("Động kinh", "người bệnh động kinh được quản lý", ["2.512", "2.575", "2.650"]),
        ("Trầm cảm", "người bệnh trầm cảm được quản lý", ["318", "362", "420"]),
        ("Tổng số", "tổng số người bệnh được quản lý", ["5.776", "5.955", "6.170"])]


def table():
    out = []
    for label, subj, cells in ROWS:
        prev = label
        for (col, p, extra), num in zip(COLS, cells):
            out.append(fig(f"{prev}\n{num}", num, int(num.replace(".", "")), "count", "người",
                           subject=f"{subj} {col.lower()}", period=p, **extra))
            prev = num
    return out


FIGS = [
    fig("2024, 159/159", "159", 159, "count", "xã, phường, thị trấn", total=159,
        subject="xã, phường, thị trấn triển khai chương trình bảo vệ sức khỏe tâm thần cộng đồng", period=ASOF),
    fig("quản lý 5.955 người", "5.955", 5955, "count", "người bệnh",
        subject="người bệnh tâm thần được quản lý", period=ASOF),
    fig("đạt 93,5%", "93,5", 93.5, "percent", "%",
        subject="tỷ lệ người bệnh được điều trị, quản lý", period=ASOF),
    fig("tổ chức 12 lớp", "12", 12, "count", "lớp", subject="lớp tập huấn", period=Q3),
    fig("cho 364 cán bộ", "364", 364, "count", "cán bộ y tế xã, phường",
        subject="cán bộ y tế xã, phường được tập huấn", period=Q3),
    fig("khoảng 1,4 tỷ", "1,4", 1400000000, "money", "đồng", approx="about",
        subject="kinh phí mua thuốc điều trị cho người bệnh", period=per("năm 2024", "2024-01-01", "2024-12-31")),
    fig("lần lượt 812", "812", 812, "count", "người", location="Hoài Nhơn",
        subject="người bệnh được quản lý", period=inh(ASOF)),
    fig("812, 745", "745", 745, "count", "người", location="Phù Cát",
        subject="người bệnh được quản lý", period=inh(ASOF)),
    fig("và 690 người", "690", 690, "count", "người", location="Quy Nhơn",
        subject="người bệnh được quản lý", period=inh(ASOF)),
] + table()

NOTES = [
    "Department site (CDC Bình Định) with no dateline (published null): menu, related links, footer address, phone, 'Tổng lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: '39 Lê Lợi', '0256.3822.941', '842.615', '31' online, 'lần thứ 3', 'Ngày … 10/10', heading 'năm 2024'.",
    "Year-less 'Trong quý III' takes 2024 from the as-of date before it. 'lần lượt 812, 745 và 690 người': one figure per place (location), period inherited.",
    "One-cell-per-line table ('Đơn vị tính: người'; Nhóm bệnh × Năm 2023 / Năm 2024 / Kế hoạch 2025, 'Tổng số' row):",
    "subject = caption indicator with row label + column label; period from the column header (scored); 'Kế hoạch 2025' → target. No totals in cells.",
]

if __name__ == "__main__":
    write("p1140-7", TEXT, NOTES, FIGS, published=None, location="Bình Định")
