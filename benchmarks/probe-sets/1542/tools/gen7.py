"""p1542-7: department site (Sở Công Thương Tây Ninh), no dateline: output of bottled water, one-cell-per-line table."""
from lib import fig, per, chg, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Dịch vụ công | Hỏi đáp

Ngành sản xuất nước uống đóng chai tăng trưởng ổn định

Sản lượng nước uống đóng chai, đóng bình trên địa bàn tỉnh năm 2024 ước đạt 96,4 triệu lít, tăng 8,1% so với năm 2023 và vượt 2,6% kế hoạch. Toàn tỉnh có 118 cơ sở sản xuất, trong đó 12 doanh nghiệp có dây chuyền chiết chai tự động. Nhiều cơ sở đã đầu tư hệ thống lọc RO, tiệt trùng bằng tia UV và ozone; 3 sản phẩm nước uống đóng chai của tỉnh được công nhận sản phẩm OCOP 4 sao.

Sản lượng nước uống đóng chai, đóng bình
Đơn vị tính: triệu lít
Chỉ tiêu
Năm 2022
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Tổng số
82,5
89,2
96,4
104,0
Trong đó: Nước đóng bình 19-20 lít
61,3
65,8
70,1
75,0
Nước đóng chai dưới 2 lít
21,2
23,4
26,3
29,0

Ngành hiện sử dụng khoảng 1.450 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng. Năm 2025, Sở phấn đấu hỗ trợ ít nhất 5 cơ sở đầu tư dây chuyền chiết rót tự động, mỗi cơ sở được hỗ trợ tối đa 300 triệu đồng từ nguồn kinh phí khuyến công.

Bài viết liên quan:
- Tập huấn quy định về ghi nhãn hàng hóa năm 2024
- Hội chợ Công Thương khu vực Đông Nam Bộ lần thứ 3

SỞ CÔNG THƯƠNG TỈNH TÂY NINH
Địa chỉ: Số 83 Phạm Tung, Phường 3, TP Tây Ninh
Điện thoại: 0276.3822.514 | Email: sct@tayninh.gov.vn
Lượt truy cập: 1.204.377 | Đang trực tuyến: 52
"""

Y2024 = per("năm 2024", "2024-01-01", "2024-12-31")
H22 = per("Năm 2022", "2022-01-01", "2022-12-31")
H23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
H25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y2025 = per("Năm 2025", "2025-01-01", "2025-12-31")
COLS = [(H22, "năm 2022", "actual"), (H23, "năm 2023", "actual"),
        (H24, "ước thực hiện 2024", "estimate"), (H25, "kế hoạch 2025", "target")]
ROWS = [  # (row subject, anchor lead, cells, total row cells)
    ("sản lượng nước uống đóng chai, đóng bình tổng số", "Tổng số", ["82,5", "89,2", "96,4", "104,0"], None),
    ("sản lượng nước đóng bình 19-20 lít", "19-20 lít", ["61,3", "65,8", "70,1", "75,0"], ["82,5", "89,2", "96,4", "104,0"]),
    ("sản lượng nước đóng chai dưới 2 lít", "dưới 2 lít", ["21,2", "23,4", "26,3", "29,0"], ["82,5", "89,2", "96,4", "104,0"]),
]


def num(s):
    return float(s.replace(",", "."))


def table():
    out = []
    for subj, lead, cells, tot in ROWS:
        prev = lead
        for i, (cell, (per_, label, status)) in enumerate(zip(cells, COLS)):
            kw = {"status": status} if status != "actual" else {}
            if tot:
                kw["total"] = round(num(tot[i]) * 1e6)
            out.append(fig(f"{prev}\n{cell}", cell, round(num(cell) * 1e6), "measure", "lít",
                           subject=f"{subj} {label}", period=per_, **kw))
            prev = cell
    return out


FIGS = [
    fig("ước đạt 96,4 triệu", "96,4", 96.4e6, "measure", "lít", status="estimate",
        change=chg("increase", 8.1, "%", "năm 2023"),
        subject="sản lượng nước uống đóng chai, đóng bình trên địa bàn tỉnh", period=Y2024),
    fig("vượt 2,6% kế hoạch", "2,6", 2.6, "percent", "%", status="estimate", optional=True,
        subject="sản lượng vượt kế hoạch", period=Y2024),
    fig("có 118 cơ sở", "118", 118, "count", "cơ sở", subject="cơ sở sản xuất"),
    fig("trong đó 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp", total=118,
        subject="doanh nghiệp có dây chuyền chiết chai tự động"),
    fig("ozone; 3 sản phẩm", "3", 3, "count", "sản phẩm",
        subject="sản phẩm nước uống đóng chai được công nhận sản phẩm OCOP 4 sao"),
    fig("bình 19-20 lít", "19", 19, "measure", "lít", value_max=20, optional=True,
        subject="dung tích bình"),
    fig("chai dưới 2 lít", "2", 2, "measure", "lít", approx="under", optional=True,
        subject="dung tích chai"),
] + table() + [
    fig("khoảng 1.450 lao động", "1.450", 1450, "count", "lao động", approx="about",
        subject="lao động ngành sử dụng"),
    fig("bình quân 7,8 triệu", "7,8", 7.8e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("ít nhất 5 cơ sở", "5", 5, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được hỗ trợ đầu tư dây chuyền chiết rót tự động", period=Y2025),
    fig("tối đa 300 triệu", "300", 300e6, "money", "đồng/cơ sở", approx="at_most", status="target",
        subject="mức hỗ trợ mỗi cơ sở", period=Y2025),
]

NOTES = [
    "Department site (Sở Công Thương Tây Ninh), no dateline: menu, related links, footer with address, phone, e-mail, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 83 Phạm Tung, Phường 3', phone 0276.3822.514, 'Lượt truy cập: 1.204.377', 'Đang trực tuyến: 52', 'lần thứ 3', 'OCOP 4 sao', 'năm 2024' in a link.",
    "One-cell-per-line table, 'Đơn vị tính: triệu lít': cells are litres ×10⁶; period from the column header; 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target.",
    "The 'Trong đó' sub-rows (bình 19-20 lít, chai dưới 2 lít) add up to 'Tổng số' in every column, so each sub-row cell takes that column's total.",
    "Container sizes inside row labels ('19-20 lít', 'dưới 2 lít') are optional. The lead figure 96,4 triệu repeats the table cell: both are figures.",
    "'tăng 8,1% so với năm 2023 và vượt 2,6% kế hoạch': the first change is the attribute; the second is a percent figure of its own (optional).",
    "'Năm 2025, Sở phấn đấu … ít nhất 5 cơ sở …, mỗi cơ sở được hỗ trợ tối đa 300 triệu đồng': target; the cap is a rate per facility (đồng/cơ sở).",
]

if __name__ == "__main__":
    write("p1542-7", TEXT, NOTES, FIGS, published=None, location="Tây Ninh")
