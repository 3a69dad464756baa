"""p1049-3: formal report (UBND tỉnh Quảng Bình), performing arts in 2024, flattened | table by district."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH QUẢNG BÌNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả hoạt động nghệ thuật biểu diễn năm 2024

Thực hiện Nghị định số 144/2020/NĐ-CP của Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động biểu diễn
Năm 2024, 2 đơn vị nghệ thuật công lập của tỉnh đã tổ chức 412 buổi biểu diễn, đạt 103% kế hoạch (kế hoạch 400 buổi), tăng 6,2% so với năm 2023; trong đó 286 buổi phục vụ cơ sở miễn phí. Tổng số lượt khán giả ước đạt 235.000 lượt; doanh thu bán vé, hợp đồng biểu diễn đạt 3.120 triệu đồng.

Số buổi biểu diễn phục vụ cơ sở năm 2024 theo địa bàn
Đơn vị tính: buổi
Địa bàn | Đoàn Ca múa nhạc | Đoàn Nghệ thuật truyền thống | Cộng
Minh Hóa | 38 | 27 | 65
Tuyên Hóa | 31 | 24 | 55
Bố Trạch | 29 | 33 | 62
Lệ Thủy | 22 | 41 | 63
Quảng Ninh | 19 | 22 | 41
Tổng cộng | 139 | 147 | 286

2. Xây dựng chương trình
Các đơn vị đã dàn dựng mới 6 chương trình nghệ thuật và 2 vở diễn; tham gia Liên hoan Ca múa nhạc chuyên nghiệp toàn quốc, đoạt 1 Huy chương Vàng, 3 Huy chương Bạc.

3. Kinh phí
Ngân sách tỉnh cấp cho hoạt động nghệ thuật biểu diễn năm 2024 là 14,6 tỷ đồng, trong đó chi hỗ trợ biểu diễn phục vụ cơ sở 2,3 tỷ đồng, bình quân khoảng 8 triệu đồng/buổi.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu tổ chức 420 buổi biểu diễn, trong đó ít nhất 300 buổi phục vụ vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số; doanh thu đạt trên 3,5 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phan Mạnh Hùng
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TAB = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Y25 = P("NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
CM = "buổi biểu diễn phục vụ cơ sở của Đoàn Ca múa nhạc"
TT = "buổi biểu diễn phục vụ cơ sở của Đoàn Nghệ thuật truyền thống"
SUM = "tổng số buổi biểu diễn phục vụ cơ sở"


def row(place, a, b, c, anchors):
    aa, ab, ac = anchors
    return [
        F(aa, a, int(a), "count", "buổi", CM, TAB, location=place),
        F(ab, b, int(b), "count", "buổi", TT, TAB, location=place),
        F(ac, c, int(c), "count", "buổi", SUM, TAB, location=place),
    ]


FIGS = [
    F("2 đơn vị nghệ thuật công lập", "2", 2, "count", "đơn vị nghệ thuật công lập",
      "đơn vị nghệ thuật công lập của tỉnh", Y24),
    F("tổ chức 412 buổi", "412", 412, "count", "buổi", "buổi biểu diễn", Y24,
      percent=103, target=T(400, "buổi"), change=C("increase", 6.2, "%", "năm 2023")),
    F("trong đó 286 buổi", "286", 286, "count", "buổi", "buổi phục vụ cơ sở miễn phí", Y24, total=412),
    F("ước đạt 235.000 lượt", "235.000", 235000, "count", "lượt",
      "tổng số lượt khán giả", I(Y24), status="estimate"),
    F("đạt 3.120 triệu đồng", "3.120", 3120000000, "money", "đồng",
      "doanh thu bán vé, hợp đồng biểu diễn", I(Y24)),
]
FIGS += row("Minh Hóa", "38", "27", "65", ("Minh Hóa | 38", "38 | 27", "27 | 65"))
FIGS += row("Tuyên Hóa", "31", "24", "55", ("Tuyên Hóa | 31", "31 | 24", "24 | 55"))
FIGS += row("Bố Trạch", "29", "33", "62", ("Bố Trạch | 29", "29 | 33", "33 | 62"))
FIGS += row("Lệ Thủy", "22", "41", "63", ("Lệ Thủy | 22", "22 | 41 | 63", "41 | 63"))
FIGS += row("Quảng Ninh", "19", "22", "41", ("Quảng Ninh | 19", "19 | 22", "22 | 41\nTổng"))
FIGS += row("Quảng Bình", "139", "147", "286", ("Tổng cộng | 139", "139 | 147", "147 | 286"))
FIGS += [
    F("dàn dựng mới 6 chương trình", "6", 6, "count", "chương trình",
      "chương trình nghệ thuật dàn dựng mới", I(Y24)),
    F("và 2 vở diễn", "2", 2, "count", "vở diễn", "vở diễn dàn dựng mới", I(Y24)),
    F("đoạt 1 Huy chương Vàng", "1", 1, "count", "Huy chương Vàng",
      "Huy chương Vàng tại Liên hoan Ca múa nhạc chuyên nghiệp toàn quốc", I(Y24)),
    F("3 Huy chương Bạc", "3", 3, "count", "Huy chương Bạc",
      "Huy chương Bạc tại Liên hoan Ca múa nhạc chuyên nghiệp toàn quốc", I(Y24)),
    F("là 14,6 tỷ đồng", "14,6", 14600000000, "money", "đồng",
      "ngân sách tỉnh cấp cho hoạt động nghệ thuật biểu diễn", P("năm 2024", "2024-01-01", "2024-12-31")),
    F("cơ sở 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng",
      "chi hỗ trợ biểu diễn phục vụ cơ sở", P("năm 2024", "2024-01-01", "2024-12-31"),
      total=14600000000),
    F("khoảng 8 triệu đồng/buổi", "8", 8000000, "money", "đồng/buổi",
      "chi hỗ trợ bình quân một buổi biểu diễn phục vụ cơ sở", P("năm 2024", "2024-01-01", "2024-12-31"),
      approx="about"),
    F("tổ chức 420 buổi", "420", 420, "count", "buổi", "buổi biểu diễn", Y25, status="target"),
    F("ít nhất 300 buổi", "300", 300, "count", "buổi",
      "buổi biểu diễn phục vụ vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số", Y25,
      approx="at_least", total=420, status="target"),
    F("trên 3,5 tỷ đồng", "3,5", 3500000000, "money", "đồng", "doanh thu", Y25,
      approx="over", status="target"),
]

NOTES = [
    "Formal report, UBND tỉnh Quảng Bình, Số: 27/BC-UBND, 'Quảng Bình, ngày 10 tháng 01 năm 2025' (published).",
    "Distractors: document number, 'Nghị định số 144/2020/NĐ-CP', section numbers I., II., 1.-3., 'Lưu: VT'.",
    "'đạt 103% kế hoạch (kế hoạch 400 buổi)' -> percent 103 and target 400 of 412; '(kế hoạch 400 buổi)' is no figure of its own.",
    "Flattened table: row labels are districts -> location (Quảng Ninh is the district of Quảng Bình);",
    "'Tổng cộng' row -> Quảng Bình. Unit from 'Đơn vị tính: buổi'. Period from the caption line (inherited).",
    "Table cells carry no totals (the Cộng column and Tổng cộng row are figures of their own).",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2025' gives the targets' period (inherited); 'Phấn đấu' -> target.",
]

if __name__ == "__main__":
    build("p1049-3", TEXT, FIGS, NOTES, published="2025-01-10", location="Quảng Bình")
