"""p1474-7: department site (Sở Công Thương Bắc Ninh), no dateline: FDI makers of strollers etc.; one-cell-per-line table."""
from lib import fig, per, inh, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Ngành sản xuất đồ dùng trẻ em tăng trưởng ổn định

Bắc Ninh hiện có 9 doanh nghiệp FDI sản xuất xe đẩy, xe tập đi, ghế ngồi ô tô và nôi cũi trẻ em tại các KCN Quế Võ, Yên Phong và VSIP Bắc Ninh, tổng vốn đầu tư đăng ký khoảng 420 triệu USD, sử dụng gần 14.000 lao động.

Sản lượng một số sản phẩm đồ dùng trẻ em
Đơn vị tính: nghìn chiếc
Sản phẩm
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
So với cùng kỳ (%)
Xe đẩy trẻ em
845,2
912,6
980,0
108,0
Xe tập đi
312,4
298,5
320,0
95,6
Ghế ngồi ô tô trẻ em
506,8
571,3
620,0
112,7
Nôi, cũi
188,1
203,9
215,0
108,4
Tổng số
1.852,5
1.986,3
2.135,0
107,2

Năm 2024, giá trị xuất khẩu nhóm hàng này ước đạt 296 triệu USD, tăng 7,6% so với năm 2023, chiếm 0,6% tổng kim ngạch xuất khẩu của tỉnh. Khoảng 95% sản lượng được xuất khẩu sang Hoa Kỳ, EU và Australia; thị trường nội địa mới chiếm chưa tới 5%.

Mục tiêu đến năm 2030, ngành đồ dùng trẻ em của tỉnh đạt kim ngạch xuất khẩu 500 triệu USD/năm, tỷ lệ nội địa hóa trên 40%.

Tin cùng chuyên mục:
- Hội nghị kết nối doanh nghiệp FDI với nhà cung ứng trong nước lần thứ 3
- Kiểm tra an toàn lao động tại KCN Quế Võ II

SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Địa chỉ: Số 11 Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.558 | Email: sct@bacninh.gov.vn
Lượt truy cập: 1.204.377
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Xe đẩy trẻ em", ["845,2", "912,6", "980,0", "108,0"]),
        ("Xe tập đi", ["312,4", "298,5", "320,0", "95,6"]),
        ("Ghế ngồi ô tô trẻ em", ["506,8", "571,3", "620,0", "112,7"]),
        ("Nôi, cũi", ["188,1", "203,9", "215,0", "108,4"]),
        ("Tổng số", ["1.852,5", "1.986,3", "2.135,0", "107,2"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


CELLS = []
for label, nums in ROWS:
    prev, row = label, label.lower()
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        CELLS.append(fig(f"{prev}\n{n}\n", n, num(n) * 1e3, "count", "chiếc",
                         subject=f"sản lượng {row} {col}", period=p, **kw))
        prev = n
    pct = nums[3]
    CELLS.append(fig(f"{prev}\n{pct}\n", pct, num(pct), "percent", "%", subject=f"sản lượng {row} so với cùng kỳ"))

FIGS = [
    fig("có 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp",
        subject="doanh nghiệp FDI sản xuất xe đẩy, xe tập đi, ghế ngồi ô tô và nôi cũi trẻ em"),
    fig("khoảng 420 triệu", "420", 420e6, "money", "USD", approx="about",
        subject="tổng vốn đầu tư đăng ký của các doanh nghiệp FDI"),
    fig("gần 14.000 lao động", "14.000", 14000, "count", "lao động", approx="nearly",
        subject="lao động các doanh nghiệp FDI sử dụng"),
] + CELLS + [
    fig("ước đạt 296 triệu", "296", 296e6, "money", "USD", status="estimate", percent=0.6,
        change=chg("increase", 7.6, "%", "năm 2023"),
        subject="giá trị xuất khẩu nhóm hàng đồ dùng trẻ em", period=Y24),
    fig("Khoảng 95%", "95", 95, "percent", "%", approx="about", subject="sản lượng được xuất khẩu"),
    fig("chưa tới 5%", "5", 5, "percent", "%", approx="under", subject="tỷ trọng thị trường nội địa"),
    fig("khẩu 500 triệu", "500", 500e6, "money", "USD/năm", status="target",
        subject="kim ngạch xuất khẩu ngành đồ dùng trẻ em", period=T30),
    fig("trên 40%", "40", 40, "percent", "%", approx="over", status="target",
        subject="tỷ lệ nội địa hóa", period=T30),
]

NOTES = [
    "Department site (Sở Công Thương Bắc Ninh), no dateline: menu, related links, footer address, phone, e-mail, 'Lượt truy cập'.",
    "Distractors: 'VSIP Bắc Ninh', 'KCN Quế Võ II', 'lần thứ 3', 'Số 11 Lý Thái Tổ', phone 0222.3822.558, counter 1.204.377.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn chiếc' (×10^3): rows are products; subject = caption indicator + row + column;",
    "period from the column header; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. 'So với cùng kỳ (%)' cells are",
    "percent figures with no period and status actual (their header names neither). Table cells get no total.",
    "'ước đạt 296 triệu USD, tăng 7,6% so với năm 2023, chiếm 0,6% ...' → estimate, change, percent 0.6.",
    "'Khoảng 95% sản lượng' and 'chưa tới 5%' (under) stand on their own. 'Mục tiêu đến năm 2030' → target for 500 triệu USD/năm and",
    "'trên 40%'.",
]

if __name__ == "__main__":
    write("p1474-7", TEXT, NOTES, FIGS, location="Bắc Ninh")
