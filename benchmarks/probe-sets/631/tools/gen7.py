"""p631-7: Sở Công Thương Hà Tĩnh department site (no dateline) — market network review, one-cell-per-line table."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ CÔNG THƯƠNG TỈNH HÀ TĨNH
Trang chủ » Quản lý thương mại » Phát triển thị trường

Rà soát mạng lưới chợ trên địa bàn tỉnh

Thực hiện Kế hoạch số 118/KH-SCT, Sở Công Thương đã rà soát toàn bộ mạng lưới chợ trên địa bàn tỉnh Hà Tĩnh. Kết quả, tính đến 31/12/2023 toàn tỉnh có 176 chợ, trong đó 138 chợ nông thôn; 21 chợ chưa có ban quản lý hoặc tổ quản lý chợ. Các chợ bố trí 7.460 điểm kinh doanh cho khoảng 6.900 hộ tiểu thương. Số chợ tại một số địa phương như sau:

Đơn vị tính: chợ
Địa phương
Tổng số
Chợ hạng II
Chợ hạng III
Huyện Can Lộc
18
1
17
Huyện Thạch Hà
21
2
19
Huyện Hương Sơn
16
1
15
Thị xã Kỳ Anh
14
1
13
Huyện Cẩm Xuyên
20
1
19

Năm 2023, các chợ thu dịch vụ sử dụng diện tích bán hàng khoảng 14,8 tỷ đồng; mức thu phổ biến tại chợ nông thôn từ 2.000 đến 4.000 đồng/m²/ngày. Có 9 chợ đã chuyển giao cho doanh nghiệp, hợp tác xã quản lý, chiếm 5,1% tổng số chợ. Trên địa bàn tỉnh hiện có 6 siêu thị, 1 trung tâm thương mại và 58 cửa hàng tiện lợi, chủ yếu tập trung tại TP. Hà Tĩnh.

Giai đoạn 2024-2025, Sở đặt mục tiêu xây mới 7 chợ, cải tạo 15 chợ với tổng nhu cầu vốn khoảng 95 tỷ đồng.

Mọi thông tin liên hệ: Phòng Quản lý thương mại, số 2 Nguyễn Chí Thanh, TP. Hà Tĩnh; điện thoại: 0239.3855.726.
Tổng số lượt truy cập: 1.208.455
"""

ASOF = P("tính đến 31/12/2023", None, "2023-12-31")
TAB = I(ASOF)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")


def row(place, cells):
    out = []
    for anchor, number, col in cells:
        out.append(F(anchor, number, int(number), "count", "chợ", f"số chợ {col}", TAB, location=place))
    return out


FIGS = [
    F("có 176 chợ", "176", 176, "count", "chợ", "chợ toàn tỉnh", ASOF),
    F("138 chợ", "138", 138, "count", "chợ", "chợ nông thôn", ASOF, total=176),
    F("; 21 chợ", "21", 21, "count", "chợ", "chợ chưa có ban quản lý hoặc tổ quản lý chợ", ASOF, total=176),
    F("7.460 điểm", "7.460", 7460, "count", "điểm kinh doanh", "điểm kinh doanh tại các chợ", TAB),
    F("khoảng 6.900 hộ", "6.900", 6900, "count", "hộ tiểu thương", "hộ tiểu thương tại các chợ", TAB, approx="about"),
    *row("Can Lộc", [("Lộc\n18", "18", "tổng số"), ("Lộc\n18\n1", "1", "hạng II"), ("1\n17\nHuyện", "17", "hạng III")]),
    *row("Thạch Hà", [("Hà\n21", "21", "tổng số"), ("21\n2\n19", "2", "hạng II"), ("2\n19\nHuyện", "19", "hạng III")]),
    *row("Hương Sơn", [("Sơn\n16", "16", "tổng số"), ("16\n1\n15", "1", "hạng II"), ("1\n15\nThị", "15", "hạng III")]),
    *row("Kỳ Anh", [("Anh\n14", "14", "tổng số"), ("14\n1\n13", "1", "hạng II"), ("1\n13\nHuyện", "13", "hạng III")]),
    *row("Cẩm Xuyên", [("Xuyên\n20", "20", "tổng số"), ("20\n1\n19", "1", "hạng II"), ("1\n19\n", "19", "hạng III")]),
    F("khoảng 14,8 tỷ", "14,8", 14800000000, "money", "đồng", "thu dịch vụ sử dụng diện tích bán hàng", Y23,
      approx="about"),
    F("từ 2.000 đến 4.000", "2.000", 2000, "money", "đồng/m²/ngày", "mức thu phổ biến tại chợ nông thôn", Y23,
      value_max=4000),
    F("Có 9 chợ", "9", 9, "count", "chợ", "chợ đã chuyển giao cho doanh nghiệp, hợp tác xã quản lý", I(Y23),
      percent=5.1),
    F("có 6 siêu thị", "6", 6, "count", "siêu thị", "siêu thị trên địa bàn tỉnh"),
    F("1 trung tâm thương mại", "1", 1, "count", "trung tâm thương mại", "trung tâm thương mại trên địa bàn tỉnh"),
    F("58 cửa hàng", "58", 58, "count", "cửa hàng tiện lợi", "cửa hàng tiện lợi trên địa bàn tỉnh"),
    F("xây mới 7 chợ", "7", 7, "count", "chợ", "chợ xây mới", G, status="target"),
    F("cải tạo 15 chợ", "15", 15, "count", "chợ", "chợ cải tạo", G, status="target"),
    F("khoảng 95 tỷ", "95", 95000000000, "money", "đồng", "tổng nhu cầu vốn xây mới, cải tạo chợ", G,
      approx="about", status="target"),
]

COMMENTS = [
    "revised after first run: subject of 176 chợ 'chợ trên địa bàn tỉnh' -> 'chợ toàn tỉnh' (the sentence's own words, as in p631-4 'chợ cả nước').",
    "Department site (Sở Công Thương Hà Tĩnh), breadcrumb, no dateline (published null), visit counter in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: chợ' (columns Tổng số / Chợ hạng II / Chợ hạng III); row labels are districts",
    "-> location; subject = indicator + column; cells inherit the as-of period of the lead sentence (unscored); no totals in the table.",
    "Distractors: Kế hoạch số 118/KH-SCT, 'số 2 Nguyễn Chí Thanh', phone 0239.3855.726, 'Tổng số lượt truy cập: 1.208.455',",
    "column labels 'hạng II/III'. 138 and 21 are parts of 176 ('trong đó', continued after ';').",
    "'chiếm 5,1% tổng số chợ' is the share of 9 chợ (no number for the whole in that clause: no total).",
    "Supermarket / trade-centre / convenience-store counts 'chủ yếu tập trung tại TP. Hà Tĩnh' are provincial counts (Hà Tĩnh).",
    "'đặt mục tiêu' governs the whole sentence -> target, the capital need included.",
]

if __name__ == "__main__":
    emit("p631-7", TEXT, COMMENTS, FIGS, published=None, location="Hà Tĩnh")
