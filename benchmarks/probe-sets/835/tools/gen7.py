from lib import F, per, chg, tgt, build

TEXT = """SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Trang chủ » Công nghiệp » Tin ngành
Ngành nước giải khát giữ đà tăng trưởng

Năm 2023, sản lượng nước giải khát các loại trên địa bàn tỉnh Bình Dương đạt 1.246 triệu lít, tăng 6,8% so với năm 2022, chiếm khoảng 14% sản lượng nước giải khát cả nước. Toàn tỉnh có 46 doanh nghiệp sản xuất đồ uống không cồn, trong đó 17 doanh nghiệp có vốn đầu tư nước ngoài.

Sản lượng theo nhóm sản phẩm như sau:
Đơn vị tính: triệu lít
Nhóm sản phẩm
Năm 2022
Năm 2023
Kế hoạch 2024
Nước giải khát có ga
412,5
436,0
450,0
Trà, cà phê pha sẵn
318,2
341,7
360,0
Nước tinh khiết, nước khoáng
436,2
468,3
495,0
Tổng số
1.166,9
1.246,0
1.305,0

Quý I/2024, sản lượng ước đạt 298,4 triệu lít, tăng 4,5% so với cùng kỳ. Kim ngạch xuất khẩu đồ uống không cồn quý I/2024 ước đạt 42,6 triệu USD, gấp 1,3 lần cùng kỳ; các thị trường chính là Hàn Quốc, Nhật Bản, Đài Loan.

Để hoàn thành kế hoạch, Sở Công Thương đề nghị các doanh nghiệp đầu tư thiết bị tiết kiệm năng lượng, phấn đấu nâng tỷ lệ bao bì tái chế lên tối thiểu 30% theo Nghị định số 08/2022/NĐ-CP.

SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 6, Tháp A, Trung tâm Hành chính tỉnh, đường Lê Lợi, phường Hòa Phú, TP Thủ Dầu Một
Điện thoại: 0274.3822.398 | Email: sct@binhduong.gov.vn
Lượt truy cập: 3.418.772
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
K24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = per("quý I/2024", "2024-01-01", "2024-03-31")


def row(label, prev, a, b, c):
    """Three cells of one table row (one cell per line)."""
    va, vb, vc = (float(x.replace(".", "").replace(",", ".")) * 1e6 for x in (a, b, c))
    return [
        F(f"{prev}\n{a}", a, va, "measure", "lít", f"{label} năm 2022", Y22),
        F(f"{a}\n{b}", b, vb, "measure", "lít", f"{label} năm 2023", Y23),
        F(f"{b}\n{c}", c, vc, "measure", "lít", f"{label} kế hoạch 2024", K24, status="target"),
    ]


FIGS = [
    F("đạt 1.246 triệu lít", "1.246", 1.246e9, "measure", "lít", "sản lượng nước giải khát các loại", Y23,
      percent=14, change=chg("increase", 6.8, baseline="năm 2022")),
    F("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp", "doanh nghiệp sản xuất đồ uống không cồn"),
    F("trong đó 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", "doanh nghiệp có vốn đầu tư nước ngoài", total=46),
    *row("Nước giải khát có ga", "có ga", "412,5", "436,0", "450,0"),
    *row("Trà, cà phê pha sẵn", "pha sẵn", "318,2", "341,7", "360,0"),
    *row("Nước tinh khiết, nước khoáng", "nước khoáng", "436,2", "468,3", "495,0"),
    *row("Tổng số", "Tổng số", "1.166,9", "1.246,0", "1.305,0"),
    F("ước đạt 298,4 triệu lít", "298,4", 298.4e6, "measure", "lít", "sản lượng nước giải khát", Q1,
      change=chg("increase", 4.5, baseline="cùng kỳ"), status="estimate"),
    F("ước đạt 42,6 triệu USD", "42,6", 42.6e6, "money", "USD", "kim ngạch xuất khẩu đồ uống không cồn", Q1b,
      change=chg("increase", 1.3, unit="lần", baseline="cùng kỳ"), status="estimate"),
    F("tối thiểu 30%", "30", 30, "percent", "%", "tỷ lệ bao bì tái chế", approx="at_least", status="target"),
]

COMMENTS = [
    "Department site (Sở Công Thương Bình Dương), no dateline: soft-drink output 2022-2023, plan 2024; one-cell-per-line table (invented).",
    "Distractors: footer address (Tầng 6, Tháp A …), phone 0274.3822.398, 'Lượt truy cập: 3.418.772', Nghị định số 08/2022/NĐ-CP.",
    "No published date. Table: unit from 'Đơn vị tính: triệu lít', period from the column header (scored), 'Kế hoạch 2024' → target;",
    "subject = row label + column label; no totals for table cells (Tổng số row is its own figure).",
    "'chiếm khoảng 14% sản lượng nước giải khát cả nước' is the percent of 1.246 triệu lít. 'gấp 1,3 lần cùng kỳ' after a figure = its change (unit lần).",
    "'phấn đấu nâng tỷ lệ bao bì tái chế lên tối thiểu 30%' → target, no period phrase in its sentence.",
]

build("p835-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Dương")
