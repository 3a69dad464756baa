"""p1500-6: department site (Sở Công Thương Hà Nam), no dateline: rag doormat households; one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản | Liên hệ

Phát triển nghề làm thảm lau chân từ vải vụn ở nông thôn

Những năm gần đây, nghề làm thảm lau chân, thảm chùi chân từ vải vụn phát triển mạnh ở nhiều xã của tỉnh. Nguyên liệu là vải vụn, vải biên thu gom từ các doanh nghiệp may tại các khu công nghiệp Đồng Văn I, Đồng Văn II với giá chỉ 2.000-3.000 đồng/kg. Mỗi lao động may được 120-150 tấm/ngày, tiền công 1.200 đồng/tấm.

Số hộ làm thảm vải vụn theo địa bàn
Đơn vị tính: hộ
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Huyện Lý Nhân
640
710
760
Huyện Bình Lục
415
452
500
Huyện Thanh Liêm
185
208
240
Tổng số
1.240
1.370
1.500

Năm 2024, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp hỗ trợ 35 hộ mua máy may công nghiệp, mức hỗ trợ 30% giá trị máy nhưng tối đa 5 triệu đồng/hộ; mở 4 lớp đào tạo nghề cho 120 học viên. Tổng kinh phí khuyến công dành cho nghề thảm năm 2024 là 420 triệu đồng, bằng 140% năm 2023.

Theo ước tính, mỗi năm các hộ tiêu thụ khoảng 6.000 tấn vải vụn, góp phần giảm lượng rác thải công nghiệp phải chôn lấp.

Bài viết liên quan:
- Hà Nam: Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu năm 2024
- Kế hoạch khuyến công địa phương năm 2025

SỞ CÔNG THƯƠNG TỈNH HÀ NAM
Địa chỉ: Số 25 đường Trường Chinh, phường Hai Bà Trưng, TP Phủ Lý
Điện thoại: 0226.3852.704
Lượt truy cập: 1.204.563
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
COLS = {"năm 2023": (C23, None), "ước thực hiện 2024": (E24, "estimate"), "kế hoạch 2025": (K25, "target")}


def cell(anchor, number, place, col):
    p, st = COLS[col]
    kw = {"status": st} if st else {}
    if place:
        kw["location"] = place
        subj = f"số hộ làm thảm vải vụn {col}"
    else:
        subj = f"tổng số hộ làm thảm vải vụn {col}"
    return fig(anchor, number, float(number.replace(".", "")), "count", "hộ", subject=subj, period=p, **kw)


ROWS = [("Huyện Lý Nhân", "Lý Nhân", ["640", "710", "760"]),
        ("Huyện Bình Lục", "Bình Lục", ["415", "452", "500"]),
        ("Huyện Thanh Liêm", "Thanh Liêm", ["185", "208", "240"]),
        ("Tổng số", None, ["1.240", "1.370", "1.500"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for col, n in zip(COLS, nums):
        CELLS.append(cell(f"{prev}\n{n}\n", n, place, col))
        prev = n

FIGS = [
    fig("giá chỉ 2.000-3.000", "2.000", 2000, "money", "đồng/kg", value_max=3000, subject="giá vải vụn, vải biên thu gom"),
    fig("120-150 tấm/ngày", "120", 120, "measure", "tấm/ngày", value_max=150, subject="thảm mỗi lao động may được"),
    fig("công 1.200 đồng/tấm", "1.200", 1200, "money", "đồng/tấm", subject="tiền công"),
] + CELLS + [
    fig("hỗ trợ 35 hộ", "35", 35, "count", "hộ", subject="hộ được hỗ trợ mua máy may công nghiệp", period=Y24),
    fig("hỗ trợ 30%", "30", 30, "percent", "%", subject="mức hỗ trợ giá trị máy", period=Y24),
    fig("tối đa 5 triệu", "5", 5e6, "money", "đồng/hộ", approx="at_most", subject="mức hỗ trợ tối đa", period=Y24),
    fig("mở 4 lớp", "4", 4, "count", "lớp", subject="lớp đào tạo nghề", period=Y24),
    fig("cho 120 học viên", "120", 120, "count", "học viên", subject="học viên được đào tạo nghề", period=Y24),
    fig("là 420 triệu", "420", 420e6, "money", "đồng", percent=140,
        subject="tổng kinh phí khuyến công dành cho nghề thảm", period=Y24b),
    fig("khoảng 6.000 tấn", "6.000", 6000, "measure", "tấn/năm", approx="about", status="estimate",
        subject="vải vụn các hộ tiêu thụ mỗi năm"),
]

NOTES = [
    "Department site (Sở Công Thương Hà Nam), no dateline: menu, related links, footer address, phone, 'Lượt truy cập'.",
    "Distractors: 'Đồng Văn I, Đồng Văn II', 'năm 2024'/'năm 2025' in link titles, 'Số 25 đường Trường Chinh',",
    "'phường Hai Bà Trưng' (a name with a number word), phone 0226.3852.704, 'Lượt truy cập: 1.204.563'.",
    "One-cell-per-line table, 'Đơn vị tính: hộ'; the place column gives location (districts; 'Tổng số' row → Hà Nam);",
    "subject = caption indicator + column; period from the column header (scored); 'Ước thực hiện 2024' → estimate,",
    "'Kế hoạch 2025' → target. Cells get no total.",
    "'mức hỗ trợ 30% giá trị máy' is a percent figure; 'tối đa 5 triệu đồng/hộ' → at_most; 'bằng 140% năm 2023' → percent 140.",
    "'Theo ước tính, mỗi năm ... khoảng 6.000 tấn' → estimate, about, tấn/năm. Standing prices and rates have no period.",
]

if __name__ == "__main__":
    write("p1500-6", TEXT, NOTES, FIGS, location="Hà Nam")
