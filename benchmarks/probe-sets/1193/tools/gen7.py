"""p1193-7: department site (Sở Công Thương Quảng Nam), no dateline, khuyến công for đường bát / đường phèn; one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Khuyến công | Văn bản

Khuyến công tiếp sức cho cơ sở nấu đường bát, đường phèn

Những năm gần đây, nhiều cơ sở nấu đường bát, đường phèn, mạch nha ở Duy Xuyên, Đại Lộc, Quế Sơn được hỗ trợ đổi mới thiết bị từ chương trình khuyến công. Năm 2024, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp hỗ trợ 8 cơ sở với tổng kinh phí 1,35 tỷ đồng, trong đó ngân sách tỉnh 620 triệu đồng, phần còn lại do cơ sở đối ứng.

Cơ sở đường bát Bà Tư ở xã Duy Trinh (huyện Duy Xuyên) được hỗ trợ 180 triệu đồng mua nồi nấu inox và máy ép mía. Nhờ đó, mỗi ngày cơ sở nấu được 1.200 chén đường bát, gấp đôi trước đây, lượng củi giảm khoảng 35%.

Sản lượng sản phẩm đường, mật thủ công trên địa bàn tỉnh
Đơn vị tính: tấn
Sản phẩm
Năm 2022
Năm 2023
Ước năm 2024
Đường phèn
410
445
470
Đường bát
1.260
1.180
1.150
Mạch nha
325
352
380
Mật mía
690
715
740
Tổng số
2.685
2.692
2.740

Theo kế hoạch, giai đoạn 2025-2027 tỉnh dự kiến hỗ trợ thêm 15 cơ sở; phấn đấu có 5 sản phẩm đường, mạch nha đạt OCOP 3 sao trở lên.

Tin liên quan:
- Hội chợ Công Thương tỉnh Quảng Nam lần thứ 6 thu hút 210 gian hàng
- Tập huấn an toàn thực phẩm cho cơ sở chế biến nông sản

SỞ CÔNG THƯƠNG TỈNH QUẢNG NAM
Địa chỉ: 02 Trần Phú, TP Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3810.275 - Fax: 0235.3812.560
Tổng lượt truy cập: 1.204.377 | Đang trực tuyến: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24E = P("Ước năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
G = P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
COLS = [("Năm 2022", Y22, "actual"), ("Năm 2023", Y23, "actual"), ("Ước năm 2024", Y24E, "estimate")]


def row(label, prev, numbers):
    out = []
    for (col, per, st), (num, val) in zip(COLS, numbers):
        out.append(F(f"{prev}\n{num}", num, val, "measure", "tấn",
                     subject=f"sản lượng {label.lower()} {col.lower()}", period=per, status=st))
        prev = num
    return out


FIGS = [
    F("hỗ trợ 8 cơ sở", "8", 8, "count", "cơ sở", subject="cơ sở được khuyến công hỗ trợ", period=Y24),
    F("kinh phí 1,35 tỷ", "1,35", 1.35e9, "money", "đồng", subject="tổng kinh phí khuyến công",
      period=Y24),
    F("tỉnh 620 triệu", "620", 620e6, "money", "đồng", total=1.35e9,
      subject="kinh phí từ ngân sách tỉnh", period=Y24),
    F("hỗ trợ 180 triệu", "180", 180e6, "money", "đồng", location="Duy Xuyên",
      subject="kinh phí hỗ trợ cơ sở đường bát Bà Tư mua nồi nấu inox và máy ép mía"),
    F("được 1.200 chén", "1.200", 1200, "count", "chén đường bát", location="Duy Xuyên",
      change=C("increase", 2, "lần", "trước đây"),
      subject="đường bát cơ sở nấu được mỗi ngày"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about", location="Duy Xuyên",
      subject="lượng củi giảm"),
    *row("Đường phèn", "Đường phèn", [("410", 410), ("445", 445), ("470", 470)]),
    *row("Đường bát", "Đường bát", [("1.260", 1260), ("1.180", 1180), ("1.150", 1150)]),
    *row("Mạch nha", "Mạch nha", [("325", 325), ("352", 352), ("380", 380)]),
    *row("Mật mía", "Mật mía", [("690", 690), ("715", 715), ("740", 740)]),
    *row("Tổng số", "Tổng số", [("2.685", 2685), ("2.692", 2692), ("2.740", 2740)]),
    F("thêm 15 cơ sở", "15", 15, "count", "cơ sở", status="forecast",
      subject="cơ sở được hỗ trợ thêm", period=G),
    F("có 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target",
      subject="sản phẩm đường, mạch nha đạt OCOP 3 sao trở lên", period=G),
    F("OCOP 3 sao", "3", 3, "measure", "sao", status="target", optional=True, subject="hạng sao OCOP"),
    F("thu hút 210 gian hàng", "210", 210, "count", "gian hàng", optional=True,
      subject="gian hàng Hội chợ Công Thương tỉnh Quảng Nam lần thứ 6"),
]

NOTES = [
    "Department site (Sở Công Thương Quảng Nam), NO dateline: menu, related links, footer with address, phone/fax, 'Tổng lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: '02 Trần Phú', phone and fax numbers, visitor counters 1.204.377 and 37, 'lần thứ 6'. The related-link headline '210 gian hàng' is page furniture (optional).",
    "One-cell-per-line table, 'Đơn vị tính: tấn', rows are products, columns are years; period from the column header (scored), 'Ước năm 2024' → estimate; 'Tổng số' row is its own figure.",
    "'gấp đôi trước đây' after 1.200 chén is its change (2 lần). 'lượng củi giảm khoảng 35%' is a rate as the claim. '620 triệu' after 'trong đó' is part of 1,35 tỷ.",
    "'giai đoạn 2025-2027 ... dự kiến' → forecast; 'phấn đấu' after ';' → target, same period.",
]

if __name__ == "__main__":
    write("p1193-7", TEXT, NOTES, FIGS, location="Quảng Nam")
