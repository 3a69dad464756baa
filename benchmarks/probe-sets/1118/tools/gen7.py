"""p1118-7: department site (Sở Công Thương Sơn La), no dateline: Thai women's brocade online sales 2024; one-cell-per-line table."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """SỞ CÔNG THƯƠNG TỈNH SƠN LA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Đưa sản phẩm thổ cẩm của phụ nữ Thái lên sàn thương mại điện tử

Năm 2024, Sở Công Thương phối hợp Hội Liên hiệp Phụ nữ tỉnh hỗ trợ 38 hợp tác xã, tổ hợp tác dệt thổ cẩm đưa sản phẩm lên các sàn thương mại điện tử; 1.240 sản phẩm đã được bán qua kênh trực tuyến, chiếm khoảng 16% tổng số sản phẩm tiêu thụ.

Số lượng sản phẩm thổ cẩm tiêu thụ năm 2024 theo nhóm hàng:
Đơn vị tính: sản phẩm
Nhóm sản phẩm
Bán tại chỗ
Bán trực tuyến
Khăn piêu
2.150
410
Váy, áo
1.480
260
Túi, ví
1.920
450
Chăn, gối, đệm
1.110
120
Tổng số
6.660
1.240

Giá bán một chiếc khăn piêu thêu tay từ 250.000 đến 400.000 đồng; một bộ váy áo nhuộm chàm khoảng 1,2 triệu đồng. Tổng doanh thu của các hợp tác xã, tổ hợp tác tham gia chương trình đạt hơn 4,7 tỷ đồng, tăng 21,5% so với năm 2023. Tại huyện Mai Sơn, Hợp tác xã thổ cẩm Chiềng Mung có 35 thành viên là phụ nữ Thái, doanh thu năm 2024 khoảng 860 triệu đồng.

Năm 2025, Sở phấn đấu hỗ trợ thêm 20 hợp tác xã, nâng tỷ lệ sản phẩm bán trực tuyến lên 25%.

Liên kết website | Sơ đồ cổng
SỞ CÔNG THƯƠNG TỈNH SƠN LA
Địa chỉ: Tầng 3, Tòa nhà 7 tầng, Trung tâm Hành chính tỉnh, phường Chiềng Lề, TP Sơn La
Điện thoại: 0212.3852.066
Lượt truy cập: 2.846.113 | Đang online: 41
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TAB = per("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Khăn piêu", "khăn piêu", "2.150", "410"), ("Váy, áo", "váy, áo", "1.480", "260"),
        ("Túi, ví", "túi, ví", "1.920", "450"), ("Chăn, gối, đệm", "chăn, gối, đệm", "1.110", "120"),
        ("Tổng số", "tổng số", "6.660", "1.240")]


def cells():
    out = []
    for label, low, a, b in ROWS:
        va, vb = float(a.replace(".", "")), float(b.replace(".", ""))
        out.append(fig(f"{label}\n{a}", a, va, "count", "sản phẩm",
                       subject=f"sản phẩm thổ cẩm tiêu thụ {low} bán tại chỗ", period=TAB))
        out.append(fig(f"{a}\n{b}", b, vb, "count", "sản phẩm",
                       subject=f"sản phẩm thổ cẩm tiêu thụ {low} bán trực tuyến", period=TAB))
    return out


FIGS = [
    fig("hỗ trợ 38 hợp tác xã", "38", 38, "count", "hợp tác xã, tổ hợp tác",
        subject="hợp tác xã, tổ hợp tác dệt thổ cẩm được hỗ trợ đưa sản phẩm lên sàn thương mại điện tử", period=Y24),
    fig("tử; 1.240 sản phẩm", "1.240", 1240, "count", "sản phẩm", percent=16,
        subject="sản phẩm bán qua kênh trực tuyến", period=Y24),
] + cells() + [
    fig("từ 250.000 đến 400.000", "250.000", 250000, "money", "đồng", value_max=400000,
        subject="giá bán một chiếc khăn piêu thêu tay"),
    fig("khoảng 1,2 triệu", "1,2", 1.2e6, "money", "đồng", approx="about",
        subject="giá bán một bộ váy áo nhuộm chàm"),
    fig("hơn 4,7 tỷ", "4,7", 4.7e9, "money", "đồng", approx="over",
        change=chg("increase", 21.5, "%", "năm 2023"),
        subject="tổng doanh thu của các hợp tác xã, tổ hợp tác tham gia chương trình", period=inh(Y24)),
    fig("có 35 thành viên", "35", 35, "count", "thành viên",
        subject="thành viên Hợp tác xã thổ cẩm Chiềng Mung là phụ nữ Thái", location="Mai Sơn"),
    fig("khoảng 860 triệu", "860", 860e6, "money", "đồng", approx="about",
        subject="doanh thu Hợp tác xã thổ cẩm Chiềng Mung", period=y24, location="Mai Sơn"),
    fig("thêm 20 hợp tác xã", "20", 20, "count", "hợp tác xã", status="target",
        subject="hợp tác xã được hỗ trợ thêm", period=Y25),
    fig("lên 25%", "25", 25, "percent", "%", status="target",
        subject="tỷ lệ sản phẩm bán trực tuyến", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Sơn La), no dateline: no published. Footer address, phone, 'Lượt truy cập', 'Đang online'.",
    "One-cell-per-line table ('Đơn vị tính: sản phẩm'), rows are product groups, columns Bán tại chỗ / Bán trực tuyến; the year stands",
    "only in the caption line → inherited period. Subject = caption indicator + row label + column label. No totals for cells.",
    "'1.240 sản phẩm …, chiếm khoảng 16%' → percent 16 attribute. Prices are standing prices: no period. 4,7 tỷ: period inherited",
    "from the first paragraph ('Năm 2024'), baseline 'năm 2023'. The Chiềng Mung coop is in huyện Mai Sơn → location Mai Sơn.",
    "Distractors: 'Tầng 3', 'Tòa nhà 7 tầng', phone 0212.3852.066, 'Lượt truy cập: 2.846.113', 'Đang online: 41'; 'một chiếc', 'một bộ' (per-item).",
]

if __name__ == "__main__":
    build("p1118-7", TEXT, NOTES, FIGS, published=None, location="Sơn La")
