"""p1221-7: department site (Sở Công Thương Ninh Bình), no dateline, one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH NINH BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Ngành phân bón Ninh Bình: sản lượng tăng, thị trường mở rộng

Ninh Bình hiện có 5 doanh nghiệp sản xuất phân bón vô cơ, trong đó 1 nhà máy urê công suất 560.000 tấn/năm và 2 nhà máy phân lân nung chảy. Năm 2024, chỉ số sản xuất ngành phân bón tăng 9,6% so với năm 2023, đóng góp khoảng 1,2 điểm phần trăm vào mức tăng chung của ngành công nghiệp.

Sản lượng một số sản phẩm phân bón chủ yếu:
Đơn vị tính: tấn
Sản phẩm
Năm 2023
Năm 2024
Kế hoạch 2025
Phân urê
498.600
536.200
550.000
Phân lân nung chảy
182.300
190.500
200.000
Phân NPK
94.700
103.800
120.000
Tổng số
775.600
830.500
870.000

Năm 2024, các doanh nghiệp xuất khẩu 127.400 tấn phân bón, kim ngạch khoảng 46 triệu USD, tăng 14,2% so với năm trước. Giá bán lẻ phân urê tại các đại lý trong tỉnh dao động 10.200-10.800 đồng/kg; phân lân nung chảy từ 4.300 đến 4.600 đồng/kg.

Bài viết liên quan:
- Hội nghị kết nối cung cầu phân bón lần thứ 5
- Tăng cường kiểm tra kinh doanh phân bón dọc Quốc lộ 1A

SỞ CÔNG THƯƠNG TỈNH NINH BÌNH
Địa chỉ: Số 2 đường Lê Thái Tổ, phường Đông Thành, TP Ninh Bình
Điện thoại: 0229.3871.146 - Fax: 0229.3871.079
Lượt truy cập: 2.384.915 | Đang trực tuyến: 37
"""

COLS = {
    "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31"),
    "Năm 2024": per("Năm 2024", "2024-01-01", "2024-12-31"),
    "Kế hoạch 2025": per("Kế hoạch 2025", "2025-01-01", "2025-12-31"),
}
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return fig(anchor, number, float(number.replace(".", "")), "measure", "tấn",
               subject=f"sản lượng {row} {col.lower()}", period=COLS[col], **kw)


TABLE = []
for label, row, nums in [
    ("Phân urê", "phân urê", ["498.600", "536.200", "550.000"]),
    ("Phân lân nung chảy", "phân lân nung chảy", ["182.300", "190.500", "200.000"]),
    ("Phân NPK", "phân NPK", ["94.700", "103.800", "120.000"]),
    ("Tổng số", "phân bón chủ yếu tổng số", ["775.600", "830.500", "870.000"]),
]:
    cols = list(COLS)
    TABLE.append(cell(f"{label}\n{nums[0]}", nums[0], row, cols[0]))
    TABLE.append(cell(f"{nums[0]}\n{nums[1]}", nums[1], row, cols[1]))
    TABLE.append(cell(f"{nums[1]}\n{nums[2]}", nums[2], row, cols[2]))

FIGS = [
    fig("có 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất phân bón vô cơ"),
    fig("trong đó 1 nhà máy", "1", 1, "count", "nhà máy urê", total=5, subject="nhà máy urê"),
    fig("công suất 560.000", "560.000", 560000, "measure", "tấn/năm", subject="công suất nhà máy urê"),
    fig("và 2 nhà máy", "2", 2, "count", "nhà máy phân lân nung chảy", total=5,
        subject="nhà máy phân lân nung chảy"),
    fig("tăng 9,6%", "9,6", 9.6, "percent", "%", subject="chỉ số sản xuất ngành phân bón", period=Y24),
    fig("khoảng 1,2 điểm", "1,2", 1.2, "measure", "điểm phần trăm", approx="about",
        subject="mức đóng góp của ngành phân bón vào mức tăng chung của ngành công nghiệp", period=Y24),
    *TABLE,
    fig("xuất khẩu 127.400 tấn", "127.400", 127400, "measure", "tấn",
        subject="lượng phân bón xuất khẩu", period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("khoảng 46 triệu", "46", 46e6, "money", "USD", approx="about",
        change=chg("increase", 14.2, "%", "năm trước"), subject="kim ngạch xuất khẩu phân bón",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("dao động 10.200-10.800", "10.200", 10200, "money", "đồng/kg", value_max=10800,
        subject="giá bán lẻ phân urê", period=inh(Y24)),
    fig("từ 4.300 đến 4.600", "4.300", 4300, "money", "đồng/kg", value_max=4600,
        subject="giá bán lẻ phân lân nung chảy", period=inh(Y24)),
]

NOTES = [
    "Department site (Sở Công Thương Ninh Bình), no dateline: no published. Menu, related links, footer address, phone/fax, counters.",
    "One-cell-per-line table ('Đơn vị tính: tấn'): subject 'sản lượng' + row label + column label; periods from column headers",
    "  (scored); 'Kế hoạch 2025' → target. Cells get no total; the 'Tổng số' row is its own figure.",
    "'trong đó 1 nhà máy urê … và 2 nhà máy phân lân nung chảy' are parts of '5 doanh nghiệp' (they need not add up).",
    "'tăng 9,6%' is a growth rate standing as the claim (percent, no change); '1,2 điểm phần trăm' is a measure.",
    "Distractors: 'lần thứ 5', 'Quốc lộ 1A', 'Số 2 đường Lê Thái Tổ', phones 0229.3871.146 / 0229.3871.079,",
    "  'Lượt truy cập: 2.384.915', 'Đang trực tuyến: 37'.",
]

if __name__ == "__main__":
    write("p1221-7", TEXT, NOTES, FIGS, published=None, location="Ninh Bình")
