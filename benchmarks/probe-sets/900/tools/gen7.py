"""p900-7: Sở VHTTDL Hà Giang site, no dateline, H1/2024 accommodation with a one-cell-per-line table."""
from lib import F, P, I, C, T, write

HEAD = ["Chỉ tiêu", "Đơn vị tính", "6 tháng năm 2023", "6 tháng năm 2024", "Kế hoạch năm 2024"]
ROWS = [
    ("Số cơ sở lưu trú", "cơ sở", ["796", "872", "900"]),
    ("Số buồng lưu trú", "buồng", ["8.940", "9.615", "10.000"]),
    ("Lượt khách lưu trú", "nghìn lượt", ["612,4", "705,8", "1.350"]),
    ("Công suất buồng bình quân", "%", ["48,6", "52,3", "55"]),
    ("Doanh thu lưu trú", "tỷ đồng", ["386,2", "447,5", "900"]),
]
TABLE = "\n".join(HEAD + [c for label, unit, cells in ROWS for c in [label, unit] + cells])

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH HÀ GIANG
Trang chủ / Tin tức / Quản lý du lịch

Kết quả hoạt động kinh doanh lưu trú 6 tháng đầu năm 2024

Nhờ chuỗi sự kiện mùa hoa đào, hoa mận và Lễ hội khèn Mông, hoạt động lưu trú trên địa bàn tỉnh tiếp tục khởi sắc. Toàn tỉnh hiện có 872 cơ sở lưu trú, trong đó có 94 khách sạn, 301 nhà nghỉ và 477 homestay. Huyện Đồng Văn có 176 cơ sở, chiếm 20,2% số cơ sở toàn tỉnh.

Một số chỉ tiêu chủ yếu như sau:
""" + TABLE + """

So với cùng kỳ, lượt khách lưu trú tăng 15,3%. Khách quốc tế ước đạt 165.000 lượt, chiếm 23,4% tổng lượt khách lưu trú. Doanh thu lưu trú đạt 49,7% kế hoạch năm.

Giá phòng nhà nghỉ bình quân khoảng 380.000 đồng/đêm; homestay từ 150.000 đến 250.000 đồng/người/đêm. Trong 6 tháng đầu năm, Sở đã phối hợp với Công an tỉnh kiểm tra 124 cơ sở lưu trú, nhắc nhở 17 cơ sở chưa niêm yết giá và chưa bảo đảm vệ sinh môi trường.

Địa chỉ: Số 315, đường Nguyễn Trãi, phường Nguyễn Trãi, TP Hà Giang
Điện thoại: 0219.3866.214 - Email: svhttdl@hagiang.gov.vn
Tổng số lượt truy cập: 1.284.507
"""

COLP = [P("6 tháng năm 2023", "2023-01-01", "2023-06-30"),
        P("6 tháng năm 2024", "2024-01-01", "2024-06-30"),
        P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")]
COLN = ["6 tháng năm 2023", "6 tháng năm 2024", "kế hoạch năm 2024"]

FIGS = [
    F("có 872 cơ sở", "872", 872, "count", "cơ sở lưu trú", "cơ sở lưu trú"),
    F("có 94 khách sạn", "94", 94, "count", "khách sạn", "khách sạn", total=872),
    F("301 nhà nghỉ", "301", 301, "count", "nhà nghỉ", "nhà nghỉ", total=872),
    F("477 homestay", "477", 477, "count", "homestay", "homestay", total=872),
    F("có 176 cơ sở", "176", 176, "count", "cơ sở", "cơ sở lưu trú", percent=20.2, location="Đồng Văn"),
]
for label, unit, cells in ROWS:
    for j, cell in enumerate(cells):
        # anchor: the unit line and the cells up to this one (unique in the text)
        anchor = "\n".join([unit] + cells[: j + 1])
        base = float(cell.replace(".", "").replace(",", "."))
        if unit == "nghìn lượt":
            val, kind, u = base * 1e3, "count", "lượt"
        elif unit == "tỷ đồng":
            val, kind, u = base * 1e9, "money", "đồng"
        elif unit == "%":
            val, kind, u = base, "percent", "%"
        else:
            val, kind, u = base, "count", unit
        kw = {"status": "target"} if j == 2 else {}
        FIGS.append(F(anchor, cell, val, kind, u, f"{label} {COLN[j]}", COLP[j], **kw))

H1 = P("6 tháng năm 2024", "2024-01-01", "2024-06-30", inh=True)
FIGS += [
    F("tăng 15,3%", "15,3", 15.3, "percent", "%", "lượt khách lưu trú so với cùng kỳ", H1),
    F("ước đạt 165.000 lượt", "165.000", 165000, "count", "lượt", "khách quốc tế lưu trú", H1,
      percent=23.4, status="estimate"),
    F("đạt 49,7%", "49,7", 49.7, "percent", "%", "doanh thu lưu trú so với kế hoạch năm", H1),
    F("khoảng 380.000 đồng/đêm", "380.000", 380000, "money", "đồng/đêm", "giá phòng nhà nghỉ bình quân", approx="about"),
    F("từ 150.000 đến 250.000", "150.000", 150000, "money", "đồng/người/đêm", "giá homestay", value_max=250000),
    F("kiểm tra 124 cơ sở", "124", 124, "count", "cơ sở lưu trú", "cơ sở lưu trú được kiểm tra",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("nhắc nhở 17 cơ sở", "17", 17, "count", "cơ sở",
      "cơ sở chưa niêm yết giá và chưa bảo đảm vệ sinh môi trường bị nhắc nhở",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
]

NOTES = [
    "p900-7: department site (Sở VHTTDL Hà Giang), no dateline, footer with address, phone, e-mail and a visit counter (1.284.507, not a figure).",
    "One-cell-per-line table: header cells one per line, then each row's label, unit, three cells. 'nghìn lượt' and 'tỷ đồng' multiply the cells;",
    "period from the column header (scored), 'Kế hoạch năm 2024' column → status target. Subject = row label + column label.",
    "The sentence '872 cơ sở lưu trú' uses 'hiện': no period. 'Trong 6 tháng đầu năm' takes 2024 from the table header above it.",
    "After the table: 'lượt khách lưu trú tăng 15,3%' and 'Doanh thu ... đạt 49,7% kế hoạch năm' have no base amount in their sentence: percent figures",
    "(period of the table's H1/2024 column, inherited). 'chiếm 23,4% tổng lượt khách lưu trú' is the percent of 165.000 (no number for the whole: no total).",
    "Distractors: 'Số 315, đường Nguyễn Trãi', phone 0219.3866.214, counter, headline '6 tháng đầu năm 2024'.",
]

if __name__ == "__main__":
    write("p900-7", TEXT, FIGS, NOTES, published=None, location="Hà Giang")
