"""p1009-7: department site (Sở TN&MT Đà Nẵng), no dateline, làng bánh tráng Túy Loan (Hòa Vang), one-cell-per-line table."""
from lib import F, P, INH, C, T, write

TABLE_ROWS = [("BOD5", ["214", "168", "50"]), ("COD", ["385", "297", "150"]), ("TSS", ["142", "96", "100"]),
              ("Amoni (tính theo N)", ["21,5", "14,8", "10"])]
HEADERS = ["Thông số", "Đơn vị", "Cống xả chung", "Mương thoát nước", "QCVN 40:2011/BTNMT (cột B)"]
TABLE_TEXT = "\n".join(HEADERS) + "\n" + "\n".join(
    "\n".join([label, "mg/l", *cells]) for label, cells in TABLE_ROWS)

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ ĐÀ NẴNG
Trang chủ › Tin tức › Quản lý môi trường

Kết quả quan trắc nước thải làng nghề bánh tráng Túy Loan

Làng nghề bánh tráng Túy Loan (xã Hòa Phong, huyện Hòa Vang) hiện có 46 hộ sản xuất, mỗi ngày sử dụng khoảng 2,5 tấn gạo, cho ra hơn 60.000 chiếc bánh tráng các loại. Lượng nước thải phát sinh khoảng 38 m3/ngày, chủ yếu từ khâu ngâm, xay gạo và vệ sinh dụng cụ.

Trong tháng 5/2024, Trung tâm Quan trắc tài nguyên và môi trường đã lấy mẫu nước thải tại cống xả chung của làng và mương thoát nước thôn Túy Loan Đông 1. Kết quả phân tích như sau:

""" + TABLE_TEXT + """

So với quy chuẩn, hàm lượng BOD5 tại cống xả chung vượt 4,28 lần, COD vượt 2,57 lần; riêng TSS tại mương thoát nước đạt quy chuẩn.

Theo kế hoạch, trong năm 2025 huyện Hòa Vang bố trí khoảng 4,5 tỷ đồng xây dựng hệ thống xử lý nước thải tập trung công suất 50 m3/ngày đêm cho làng nghề, đồng thời hỗ trợ 100% hộ sản xuất xây bể lắng sơ bộ.

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: Tầng 19, Trung tâm Hành chính, 24 Trần Phú, quận Hải Châu, TP Đà Nẵng
Điện thoại: 0236.3830.528 - Email: stnmt@danang.gov.vn
Tổng lượt truy cập: 3.482.906
"""

M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
COLS = ["cống xả chung", "mương thoát nước", "QCVN 40:2011/BTNMT (cột B)"]
TABLE = []
for label, cells in TABLE_ROWS:
    head = "N)" if label.startswith("Amoni") else label
    name = "Amoni" if label.startswith("Amoni") else label
    for i, cell in enumerate(cells):
        anchor = f"{head}\nmg/l\n{cell}" if i == 0 else f"{cells[i - 1]}\n{cell}"
        value = float(cell.replace(",", ".")) if "," in cell else int(cell)
        if i < 2:
            TABLE.append(F(anchor, cell, value, "measure", "mg/l", f"{name} {COLS[i]}", period=INH(M5)))
        else:  # the regulation's limit column: a threshold, optional
            TABLE.append(F(anchor, cell, value, "measure", "mg/l", f"{name} giới hạn {COLS[i]}", approx="at_most",
                           optional=True))

FIGS = [
    F("có 46 hộ", "46", 46, "count", "hộ", "hộ sản xuất"),
    F("khoảng 2,5 tấn gạo", "2,5", 2.5, "measure", "tấn/ngày", "gạo sử dụng mỗi ngày", approx="about"),
    F("hơn 60.000 chiếc", "60.000", 60000, "count", "chiếc/ngày", "bánh tráng làm ra mỗi ngày", approx="over"),
    F("khoảng 38 m3/ngày", "38", 38, "measure", "m3/ngày", "nước thải phát sinh", approx="about"),
    *TABLE,
    F("vượt 4,28 lần", "4,28", 4.28, "multiple", "lần", "hàm lượng BOD5 tại cống xả chung vượt quy chuẩn",
      period=INH(M5)),
    F("COD vượt 2,57 lần", "2,57", 2.57, "multiple", "lần", "hàm lượng COD tại cống xả chung vượt quy chuẩn",
      period=INH(M5)),
    F("khoảng 4,5 tỷ đồng", "4,5", 4500000000, "money", "đồng",
      "kinh phí xây dựng hệ thống xử lý nước thải tập trung", approx="about", status="target", period=Y25),
    F("công suất 50 m3/ngày đêm", "50", 50, "measure", "m3/ngày đêm",
      "công suất hệ thống xử lý nước thải tập trung", status="target", period=Y25),
    F("hỗ trợ 100% hộ", "100", 100, "percent", "%", "hộ sản xuất được hỗ trợ xây bể lắng sơ bộ", status="target",
      period=Y25),
]

NOTES = [
    "Department site (Sở TN&MT Đà Nẵng), no dateline (published absent); footer address, phone, visit counter.",
    "Default location Hòa Vang (the village is in xã Hòa Phong, huyện Hòa Vang).",
    "One-cell-per-line table: header cells, then per row label, unit, 3 values. Measured cells are measure mg/l with",
    "subject = parameter + sampling point, period 'tháng 5/2024' from the sentence above (inherited). The QCVN 40:2011",
    "limit column is a regulatory threshold: optional. 'vượt 4,28 lần', 'vượt 2,57 lần' (no base amount) are multiples.",
    "'Theo kế hoạch' -> target for the whole sentence.",
    "Distractors: BOD5, QCVN 40:2011/BTNMT (cột B), thôn Túy Loan Đông 1, Tầng 19, 24 Trần Phú, phone, Tổng lượt truy cập.",
]

if __name__ == "__main__":
    write("p1009-7", TEXT, FIGS, published=None, location="Hòa Vang", notes=NOTES)
