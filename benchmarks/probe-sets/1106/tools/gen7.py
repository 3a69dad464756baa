"""p1106-7: Đà Nẵng department site (Ban Quản lý Âu thuyền và Cảng cá Thọ Quang), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN THÀNH PHỐ ĐÀ NẴNG
BAN QUẢN LÝ ÂU THUYỀN VÀ CẢNG CÁ THỌ QUANG
Trang chủ » Tin hoạt động

Kết quả hoạt động năm 2024 của Âu thuyền và Cảng cá Thọ Quang

Năm 2024, Âu thuyền và Cảng cá Thọ Quang (TP Đà Nẵng) đã đón 18.742 lượt tàu cá ra vào neo đậu, bốc dỡ hàng hóa; sản lượng thủy sản qua cảng đạt 41.360 tấn, vượt 3,4% kế hoạch. Chợ cá trong khu cảng hoạt động ổn định với 186 tiểu thương, bình quân mỗi ngày giao dịch khoảng 120 tấn hải sản.

Một số chỉ tiêu chủ yếu
Chỉ tiêu
Đơn vị tính
Năm 2023
Năm 2024
Kế hoạch 2025
Lượt tàu cập cảng
lượt
17.905
18.742
19.000
Sản lượng hàng qua cảng
tấn
39.870
41.360
42.000
Thu phí, giá dịch vụ
triệu đồng
7.926
8.415
8.800
Nước đá cung ứng
tấn
52.300
55.180
56.000

Bên cạnh kết quả đạt được, hạ tầng cảng đã xuống cấp sau hơn 20 năm sử dụng; luồng vào âu thuyền bị bồi lắng, có đoạn chỉ còn sâu 2,5 m. Năm 2025, Ban phấn đấu thu hút thêm 5 doanh nghiệp thu mua, chế biến thủy sản vào khu cảng. Dự án nạo vét luồng và sửa chữa kè bờ có kinh phí dự kiến 32 tỷ đồng, nguồn vốn ngân sách thành phố.

BAN QUẢN LÝ ÂU THUYỀN VÀ CẢNG CÁ THỌ QUANG
Địa chỉ: Đường Vân Đồn, phường Nại Hiên Đông, quận Sơn Trà, TP Đà Nẵng
Điện thoại: 0236.3921.376 - Fax: 0236.3921.377
Lượt truy cập: 486.215
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Năm 2024", P("Năm 2024", "2024-01-01", "2024-12-31"), "actual"),
        ("Kế hoạch 2025", P("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target")]
ROWS = [("Lượt tàu cập cảng", "lượt", "count", "lượt tàu", 1, ["17.905", "18.742", "19.000"]),
        ("Sản lượng hàng qua cảng", "tấn", "measure", "tấn", 1, ["39.870", "41.360", "42.000"]),
        ("Thu phí, giá dịch vụ", "triệu đồng", "money", "đồng", 1e6, ["7.926", "8.415", "8.800"]),
        ("Nước đá cung ứng", "tấn", "measure", "tấn", 1, ["52.300", "55.180", "56.000"])]

FIGS = [
    F("đón 18.742 lượt tàu", "18.742", 18742, "count", "lượt tàu", "lượt tàu cá ra vào neo đậu, bốc dỡ hàng hóa", Y24),
    F("đạt 41.360 tấn", "41.360", 41360, "measure", "tấn", "sản lượng thủy sản qua cảng", Y24,
      change=C("increase", 3.4, "%", "kế hoạch")),
    F("với 186 tiểu thương", "186", 186, "count", "tiểu thương", "tiểu thương tại chợ cá trong khu cảng", I(Y24)),
    F("khoảng 120 tấn", "120", 120, "measure", "tấn/ngày", "hải sản giao dịch bình quân mỗi ngày tại chợ cá",
      I(Y24), approx="about"),
]
for label, ucell, kind, unit, mult, cells in ROWS:
    for i, ((col, per, status), cell) in enumerate(zip(COLS, cells)):
        prev = ucell if i == 0 else cells[i - 1]
        anchor = f"{prev}\n{cell}"
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(anchor, cell, float(cell.replace(".", "")) * mult, kind, unit,
                      f"{label} {col.lower()}", per, **kw))
FIGS += [
    F("hơn 20 năm", "20", 20, "measure", "năm", "thời gian sử dụng hạ tầng cảng", approx="over", optional=True),
    F("sâu 2,5 m", "2,5", 2.5, "measure", "m", "độ sâu luồng vào âu thuyền"),
    F("thêm 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp thu mua, chế biến thủy sản thu hút vào khu cảng",
      P("Năm 2025", "2025-01-01", "2025-12-31"), status="target"),
    F("dự kiến 32 tỷ đồng", "32", 32e9, "money", "đồng", "kinh phí dự án nạo vét luồng và sửa chữa kè bờ",
      status="forecast"),
]

COMMENTS = [
    "Department site (Ban Quản lý Âu thuyền và Cảng cá Thọ Quang, Sở NN&PTNT Đà Nẵng): kết quả năm 2024; no dateline.",
    "Table pasted one cell per line: Chỉ tiêu | Đơn vị tính | Năm 2023 | Năm 2024 | Kế hoạch 2025. Each cell is a figure; its unit from",
    "the 'Đơn vị tính' cell (triệu đồng x10^6), its period from the column header (scored), 'Kế hoạch 2025' gives status target.",
    "Cells repeat the prose 18.742 and 41.360: each occurrence is its own figure. 'vượt 3,4% kế hoạch' is a change with baseline 'kế hoạch'.",
    "Not figures: footer address (quận Sơn Trà is the office address: location stays Đà Nẵng), phone/fax, 'Lượt truy cập: 486.215'.",
    "'sau hơn 20 năm sử dụng' (age of the infrastructure) is optional.",
]

if __name__ == "__main__":
    build("p1106-7", TEXT, FIGS, COMMENTS, published=None, location="Đà Nẵng")
