"""p601-7: department site, no dateline (Phòng Cảnh sát PCCC và CNCH Công an tỉnh Đồng Nai) — one-cell-per-line table."""
from lib import F, P, INH, emit

TEXT = """CÔNG AN TỈNH ĐỒNG NAI
PHÒNG CẢNH SÁT PCCC VÀ CNCH
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ

Tình hình cháy, nổ và cứu nạn, cứu hộ 9 tháng năm 2024

9 tháng năm 2024, trên địa bàn tỉnh Đồng Nai xảy ra 63 vụ cháy, làm 3 người chết, 7 người bị thương; thiệt hại tài sản khoảng 112,4 tỷ đồng, trong đó riêng vụ cháy kho hàng tại KCN Nhơn Trạch 3 thiệt hại gần 70 tỷ đồng. Cháy tại các khu công nghiệp 14 vụ, chiếm 22,2%. Nguyên nhân chủ yếu do chập điện (39 vụ) và sơ suất khi sử dụng lửa (11 vụ).

Số vụ cháy theo địa bàn, từng quý:
Đơn vị tính: vụ
Địa bàn
Quý I/2024
Quý II/2024
Quý III/2024
TP. Biên Hòa
9
8
6
TP. Long Khánh
2
1
2
Huyện Trảng Bom
4
3
2
Huyện Nhơn Trạch
3
5
4
Toàn tỉnh
24
22
17

Lực lượng CNCH đã tham gia 26 vụ cứu nạn, cứu hộ, cứu được 14 người. Thời gian có mặt trung bình tại hiện trường là 9,5 phút; phấn đấu đến năm 2025 rút ngắn xuống dưới 8 phút đối với khu vực nội thành.

Qua công tác kiểm tra, phòng đã lập biên bản 286 trường hợp vi phạm, chuyển người có thẩm quyền xử phạt 241 trường hợp với tổng số tiền 3,82 tỷ đồng. Phòng cũng tổ chức 318 buổi tuyên truyền, hướng dẫn kỹ năng thoát nạn cho khoảng 41.000 lượt người.

Đường dây nóng: 0251.3822.114 – Địa chỉ: số 161 đường Phạm Văn Thuận, phường Tân Tiến, TP. Biên Hòa.
Số lượt truy cập: 2.458.903 | Đang trực tuyến: 37
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
QS = [P("Quý I/2024", "2024-01-01", "2024-03-31"), P("Quý II/2024", "2024-04-01", "2024-06-30"),
      P("Quý III/2024", "2024-07-01", "2024-09-30")]
T25 = P("đến năm 2025", None, "2025-12-31")

ROWS = [  # label in text, location, cells, anchors
    ("TP. Biên Hòa", "Biên Hòa", ["9", "8", "6"], ["Biên Hòa\n9\n", "9\n8\n6\n", "8\n6\nTP."]),
    ("TP. Long Khánh", "Long Khánh", ["2", "1", "2"], ["Long Khánh\n2\n", "2\n1\n2\nHuyện", "1\n2\nHuyện"]),
    ("Huyện Trảng Bom", "Trảng Bom", ["4", "3", "2"], ["Trảng Bom\n4\n", "4\n3\n2\n", "3\n2\nHuyện"]),
    ("Huyện Nhơn Trạch", "Nhơn Trạch", ["3", "5", "4"], ["Huyện Nhơn Trạch\n3\n", "3\n5\n4\n", "5\n4\nToàn"]),
    ("Toàn tỉnh", None, ["24", "22", "17"], ["Toàn tỉnh\n24\n", "24\n22\n", "22\n17\n"]),
]

FIGS = [
    F("xảy ra 63 vụ cháy", "63", 63, "count", "vụ cháy", "vụ cháy", M9),
    F("làm 3 người chết", "3", 3, "count", "người", "người chết do cháy", M9),
    F("7 người bị thương", "7", 7, "count", "người", "người bị thương do cháy", M9),
    F("khoảng 112,4 tỷ đồng", "112,4", 112.4e9, "money", "đồng", "thiệt hại tài sản do cháy", M9, approx="about"),
    F("gần 70 tỷ đồng", "70", 70e9, "money", "đồng", "thiệt hại vụ cháy kho hàng tại KCN Nhơn Trạch 3", M9,
      approx="nearly", total=112.4e9),
    F("công nghiệp 14 vụ", "14", 14, "count", "vụ", "vụ cháy tại các khu công nghiệp", INH(M9), percent=22.2),
    F("chập điện (39 vụ)", "39", 39, "count", "vụ", "vụ cháy do chập điện", INH(M9)),
    F("lửa (11 vụ)", "11", 11, "count", "vụ", "vụ cháy do sơ suất khi sử dụng lửa", INH(M9)),
]
for label, loc, cells, anchors in ROWS:
    for q, cell, anchor in zip(QS, cells, anchors):
        kw = {"location": loc} if loc else {}
        FIGS.append(F(anchor, cell, int(cell), "count", "vụ", f"số vụ cháy {q['text']}", q, **kw))
FIGS += [
    F("tham gia 26 vụ", "26", 26, "count", "vụ", "vụ cứu nạn, cứu hộ lực lượng CNCH tham gia", INH(M9)),
    F("cứu được 14 người", "14", 14, "count", "người", "người được cứu", INH(M9)),
    F("là 9,5 phút", "9,5", 9.5, "measure", "phút", "thời gian có mặt trung bình tại hiện trường", INH(M9)),
    F("dưới 8 phút", "8", 8, "measure", "phút", "thời gian có mặt tại hiện trường khu vực nội thành", T25,
      approx="under", status="target"),
    F("biên bản 286 trường hợp", "286", 286, "count", "trường hợp", "trường hợp vi phạm lập biên bản", INH(M9)),
    F("xử phạt 241 trường hợp", "241", 241, "count", "trường hợp", "trường hợp chuyển người có thẩm quyền xử phạt", INH(M9)),
    F("số tiền 3,82 tỷ đồng", "3,82", 3.82e9, "money", "đồng", "tổng số tiền xử phạt", INH(M9)),
    F("tổ chức 318 buổi", "318", 318, "count", "buổi", "buổi tuyên truyền, hướng dẫn kỹ năng thoát nạn", INH(M9)),
    F("khoảng 41.000 lượt người", "41.000", 41000, "count", "lượt người", "lượt người được tuyên truyền, hướng dẫn", INH(M9),
      approx="about"),
]

COMMENTS = [
    "Department site (invented): Phòng Cảnh sát PCCC và CNCH Công an tỉnh Đồng Nai; no dateline, so no `published`.",
    "Furniture and distractors: menu line, \"KCN Nhơn Trạch 3\" (a name), hotline \"0251.3822.114\", \"số 161 đường Phạm Văn Thuận\",",
    "\"Số lượt truy cập: 2.458.903\", \"Đang trực tuyến: 37\". One-cell-per-line table with \"Đơn vị tính: vụ\": every cell is a figure,",
    "period from the quarter column header, district row label -> location, \"Toàn tỉnh\" -> Đồng Nai. \"gần 70 tỷ\" follows \"trong đó\" after",
    "the 112,4 tỷ damage (same unit, same period): total. \"dưới 8 phút\" is a 2025 target (under).",
]

if __name__ == "__main__":
    emit("p601-7", TEXT, COMMENTS, FIGS, location="Đồng Nai")
