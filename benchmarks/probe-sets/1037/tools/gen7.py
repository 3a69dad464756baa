"""p1037-7: Sở Xây dựng Bến Tre (department site, no dateline), cemetery planning, one-cell-per-line table."""
from lib import F, P, I, C, T, emit

TEXT = """SỞ XÂY DỰNG TỈNH BẾN TRE
Trang chủ » Quy hoạch - Kiến trúc » Hạ tầng kỹ thuật

Quy hoạch hệ thống nghĩa trang và cơ sở hỏa táng tỉnh Bến Tre

Theo Quy hoạch tỉnh Bến Tre thời kỳ 2021-2030, tầm nhìn đến năm 2050 được phê duyệt tại Quyết định số 1570/QĐ-TTg, hệ thống nghĩa trang của tỉnh được tổ chức theo hướng tập trung, khuyến khích hình thức hỏa táng.

Hiện toàn tỉnh có 1 cơ sở hỏa táng tại TP Bến Tre với 2 lò. Năm 2024, cơ sở thực hiện 2.184 ca hỏa táng. Tỷ lệ hỏa táng toàn tỉnh năm 2024 đạt 24,7%, tăng 3,1 điểm phần trăm so với năm 2023.

Bảng: Hiện trạng và quy hoạch nghĩa trang tập trung
Địa phương
Số nghĩa trang tập trung hiện có
Diện tích hiện có (ha)
Diện tích quy hoạch đến năm 2030 (ha)
TP Bến Tre
3
18,6
32,0
Châu Thành
4
21,3
35,5
Ba Tri
5
16,8
40,0
Mỏ Cày Nam
3
12,4
30,5
Cộng
15
69,1
138,0

Theo quy hoạch, đến năm 2030 tỉnh đầu tư thêm 2 cơ sở hỏa táng tại huyện Ba Tri và huyện Mỏ Cày Nam, nâng tổng số lò hỏa táng lên 8 lò; tỷ lệ hỏa táng toàn tỉnh đạt 40%. Nhu cầu vốn dự kiến khoảng 1.250 tỷ đồng, chủ yếu huy động từ xã hội hóa.

Các nghĩa trang hung táng phải bảo đảm khoảng cách an toàn môi trường đến khu dân cư tối thiểu 1.500 m theo QCVN 01:2021/BXD. Những nghĩa trang nhỏ lẻ không phù hợp quy hoạch sẽ dừng táng mới và từng bước di dời.

SỞ XÂY DỰNG TỈNH BẾN TRE
Địa chỉ: số 7 đường Cách Mạng Tháng Tám, phường 3, TP Bến Tre, tỉnh Bến Tre
Điện thoại: 0275.3822.462 - Fax: 0275.3825.138
Lượt truy cập: 1.203.457
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
ROWS = [  # place, (count anchor, n), now ha, plan ha
    ("Bến Tre", ("TP Bến Tre\n3", "3"), "18,6", "32,0"),
    ("Châu Thành", ("Châu Thành\n4", "4"), "21,3", "35,5"),
    ("Ba Tri", ("Ba Tri\n5", "5"), "16,8", "40,0"),
    ("Mỏ Cày Nam", ("Mỏ Cày Nam\n3", "3"), "12,4", "30,5"),
    ("Bến Tre", ("Cộng\n15", "15"), "69,1", "138,0"),
]


def n(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for place, (ca, cn), now, plan in ROWS:
    TABLE += [
        F(ca, cn, n(cn), "count", "nghĩa trang", "Số nghĩa trang tập trung hiện có", location=place),
        F(now, now, n(now), "measure", "ha", "Diện tích nghĩa trang tập trung hiện có", location=place),
        F(plan, plan, n(plan), "measure", "ha", "Diện tích nghĩa trang tập trung quy hoạch đến năm 2030", T30,
          status="target", location=place),
    ]

FIGS = [
    F("có 1 cơ sở", "1", 1, "count", "cơ sở hỏa táng", "cơ sở hỏa táng"),
    F("với 2 lò", "2", 2, "count", "lò", "lò hỏa táng"),
    F("thực hiện 2.184 ca", "2.184", 2184, "count", "ca", "ca hỏa táng", Y24),
    F("đạt 24,7%", "24,7", 24.7, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", P("năm 2024", "2024-01-01", "2024-12-31"),
      change=C("increase", 3.1, "điểm phần trăm", "năm 2023")),
] + TABLE + [
    F("thêm 2 cơ sở", "2", 2, "count", "cơ sở hỏa táng", "cơ sở hỏa táng đầu tư thêm", T30, status="target"),
    F("lên 8 lò", "8", 8, "count", "lò", "tổng số lò hỏa táng", T30, status="target"),
    F("đạt 40%", "40", 40, "percent", "%", "tỷ lệ hỏa táng toàn tỉnh", T30, status="target"),
    F("khoảng 1.250 tỷ đồng", "1.250", 1.25e12, "money", "đồng", "nhu cầu vốn đầu tư nghĩa trang, cơ sở hỏa táng", I(T30),
      approx="about", status="forecast"),
    F("tối thiểu 1.500 m", "1.500", 1500, "measure", "m", "khoảng cách an toàn môi trường từ nghĩa trang hung táng đến khu dân cư",
      approx="at_least", optional=True),
]
COMMENTS = [
    "Sở Xây dựng Bến Tre: cemetery and crematorium planning; no dateline (no published). One-cell-per-line table (place | count |",
    "ha now | ha planned to 2030); the header 'Diện tích quy hoạch đến năm 2030 (ha)' gives status target and the period of its column.",
    "Not figures: 'thời kỳ 2021-2030, tầm nhìn đến năm 2050', 'Quyết định số 1570/QĐ-TTg', 'QCVN 01:2021/BXD', 'số 7 đường Cách Mạng',",
    "'phường 3', phone and fax, 'Lượt truy cập: 1.203.457'.",
    "TP Bến Tre and the province share the name: location 'Bến Tre' either way. 'thêm 2 cơ sở hỏa táng tại huyện Ba Tri và huyện Mỏ Cày Nam'",
    "spans two districts: location Bến Tre. The 1.500 m minimum distance is a regulation's threshold: optional.",
    "'Nhu cầu vốn dự kiến khoảng 1.250 tỷ đồng' -> forecast ('dự kiến').",
]
emit("p1037-7", TEXT, FIGS, COMMENTS, published=None, location="Bến Tre")
