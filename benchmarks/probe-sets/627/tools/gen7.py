"""p627-7: CDC Bình Định department site (no dateline), one-cell-per-line table by locality."""
from lib import F, P, I, CH, TG, AGE, emit

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH BÌNH ĐỊNH
Giới thiệu | Tin tức - Sự kiện | Tiêm chủng mở rộng | Văn bản

Kết quả tiêm chủng đầy đủ cho trẻ dưới 1 tuổi năm 2024 theo địa phương

Năm 2024, công tác tiêm chủng mở rộng trên địa bàn tỉnh Bình Định gặp nhiều khó khăn do nguồn cung vắc xin không ổn định. Ước cả năm 2024, toàn tỉnh tiêm chủng đầy đủ cho 17.640 trẻ, đạt 91,2% (kế hoạch 95%). Kết quả tại một số địa phương như sau:

Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ
Đơn vị tính: %
Địa phương
Năm 2023
Ước năm 2024
Kế hoạch năm 2025
TP. Quy Nhơn
96,4
92,8
97
Thị xã An Nhơn
95,1
90,5
96
Thị xã Hoài Nhơn
94,7
91,9
96
Huyện An Lão
88,3
84,6
93
Huyện Vĩnh Thạnh
90,2
86,0
94
Toàn tỉnh
95,0
91,2
96

Năm 2024, toàn tỉnh có 4 huyện miền núi có tỷ lệ tiêm chủng đầy đủ dưới 90%, tăng 2 huyện so với năm 2023. Tỷ lệ mắc ho gà năm 2024 là 0,85 ca/100.000 dân, cao hơn 0,31 ca/100.000 dân so với năm trước.

Để bảo đảm dây chuyền lạnh, năm 2024 tỉnh đầu tư 46 tủ lạnh chuyên dụng bảo quản vắc xin với tổng kinh phí 2,76 tỷ đồng, bình quân 60 triệu đồng/tủ. Trung tâm đề nghị các địa phương rà soát, tiêm bù cho trẻ bị lỡ mũi trong quý I/2025 theo Kế hoạch số 27/KH-SYT.

Địa chỉ: 39 Phạm Ngũ Lão, TP. Quy Nhơn, tỉnh Bình Định | Điện thoại: 0256.3822.539
Tổng lượt truy cập: 482.117
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch năm 2025", "2025-01-01", "2025-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
IND = "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ"

ROWS = [
    # location, anchors (2023, 2024e, 2025 plan), numbers
    ("Quy Nhơn", "Nhơn\n96,4", "96,4\n92,8", "92,8\n97\n", "96,4", "92,8", "97"),
    ("An Nhơn", "95,1", "95,1\n90,5", "90,5\n96", "95,1", "90,5", "96"),
    ("Hoài Nhơn", "94,7", "94,7\n91,9", "91,9\n96", "94,7", "91,9", "96"),
    ("An Lão", "88,3", "88,3\n84,6", "84,6\n93", "88,3", "84,6", "93"),
    ("Vĩnh Thạnh", "90,2", "90,2\n86,0", "86,0\n94", "90,2", "86,0", "94"),
    ("Bình Định", "tỉnh\n95,0", "95,0\n91,2", "91,2\n96", "95,0", "91,2", "96"),
]


def num(s):
    return float(s.replace(",", "."))


FIGS = [
    AGE("cho trẻ dưới 1 tuổi năm 2024", "1", 1, approx="under"),
    F("cho 17.640 trẻ", "17.640", 17640, "count", "trẻ", "trẻ được tiêm chủng đầy đủ",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), percent=91.2, target=TG(95, "%", False), status="estimate"),
    AGE("Tỷ lệ trẻ dưới 1 tuổi được", "1", 1, approx="under"),
]
for loc, a1, a2, a3, n1, n2, n3 in ROWS:
    FIGS.append(F(a1, n1, num(n1), "percent", "%", f"{IND} năm 2023", Y23, location=loc))
    FIGS.append(F(a2, n2, num(n2), "percent", "%", f"{IND} ước năm 2024", E24, status="estimate", location=loc))
    FIGS.append(F(a3, n3, num(n3), "percent", "%", f"{IND} kế hoạch năm 2025", K25, status="target", location=loc))

FIGS += [
    F("có 4 huyện", "4", 4, "count", "huyện", "huyện miền núi có tỷ lệ tiêm chủng đầy đủ dưới 90%", Y24,
      change=CH("increase", 2, "huyện", "năm 2023")),
    F("dưới 90%", "90", 90, "percent", "%", "tỷ lệ tiêm chủng đầy đủ", approx="under", optional=True),
    F("là 0,85 ca/100.000 dân", "0,85", 0.85, "measure", "ca/100.000 dân", "Tỷ lệ mắc ho gà", Y24,
      change=CH("increase", 0.31, "ca/100.000 dân", "năm trước")),
    F("đầu tư 46 tủ lạnh", "46", 46, "count", "tủ lạnh", "tủ lạnh chuyên dụng bảo quản vắc xin đầu tư", Y24),
    F("phí 2,76 tỷ đồng", "2,76", 2760000000, "money", "đồng", "tổng kinh phí đầu tư tủ lạnh bảo quản vắc xin", Y24),
    F("bình quân 60 triệu đồng/tủ", "60", 60000000, "money", "đồng/tủ", "kinh phí bình quân một tủ lạnh", Y24),
]

COMMENTS = [
    "Department site (CDC Bình Định), no dateline (published null); footer address, phone, visit counter are not figures.",
    "One-cell-per-line table with 'Đơn vị tính: %': every numeric cell is a percent figure; subject = table title + column;",
    "row labels are places → location (TP. Quy Nhơn, Thị xã An Nhơn, Thị xã Hoài Nhơn, Huyện An Lão, Huyện Vĩnh Thạnh; 'Toàn tỉnh' → Bình Định).",
    "Column headers give periods (scored) and status: 'Ước năm 2024' → estimate, 'Kế hoạch năm 2025' → target.",
    "Lead: 17.640 trẻ, 'Ước cả năm 2024' → estimate, 'đạt 91,2%' its share, '(kế hoạch 95%)' its target (met false, as shared h09).",
    "'tăng 2 huyện so với năm 2023' is the change of 4 huyện; 'cao hơn 0,31 ca/100.000 dân' the change of the incidence rate.",
    "'dưới 90%' threshold optional; ages 'dưới 1 tuổi' optional. '60 triệu đồng/tủ' money with the rate in the unit.",
]

if __name__ == "__main__":
    emit("p627-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Định")
