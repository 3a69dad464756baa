"""p575-7: department site (Sở TT&TT Thái Nguyên), no dateline, one-cell-per-line table with 'Đơn vị tính: giờ'."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH THÁI NGUYÊN
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Thông tin báo chí, phát thanh trên địa bàn tỉnh

Trên địa bàn tỉnh Thái Nguyên hiện có 3 cơ quan báo chí địa phương, 26 văn phòng đại diện, phóng viên thường trú của các cơ quan báo chí Trung ương và 512 hội viên Hội Nhà báo tỉnh, bình quân 3,8 hội viên/vạn dân. Đài Phát thanh - Truyền hình Thái Nguyên phát sóng 2 kênh truyền hình TN1, TN2 với tổng thời lượng 40 giờ/ngày và 1 kênh phát thanh trên tần số FM 102,1 MHz, phát 17 giờ/ngày.

Năm 2023, Sở đã cấp 11 giấy phép xuất bản bản tin, tăng 3 giấy phép so với năm 2022; cấp 4 giấy phép thiết lập trang thông tin điện tử tổng hợp. Tổng thời lượng chương trình phát thanh tự sản xuất của 4 Trung tâm Văn hóa - Thông tin cấp huyện năm 2023 đạt 1.174 giờ, tăng 5,4% so với năm 2022.

Bảng: Thời lượng chương trình phát thanh tự sản xuất cấp huyện
Đơn vị tính: giờ
Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
TP Thái Nguyên
312
336
350
Đại Từ
298
305
320
Định Hóa
264
281
290
Phú Lương
240
252
260
Tổng cộng
1.114
1.174
1.220

Liên hệ: Sở Thông tin và Truyền thông tỉnh Thái Nguyên, số 8 đường Cách mạng Tháng Tám, TP Thái Nguyên. Điện thoại: 0208.3655.668.
Tổng số lượt truy cập: 2.418.360
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
IND = "thời lượng chương trình phát thanh tự sản xuất"

FIGS = [
    F("có 3 cơ quan", "3", 3, "count", "cơ quan báo chí", "cơ quan báo chí địa phương"),
    F("26 văn phòng", "26", 26, "count", "văn phòng đại diện, phóng viên thường trú",
      "văn phòng đại diện, phóng viên thường trú của các cơ quan báo chí Trung ương"),
    F("512 hội viên", "512", 512, "count", "hội viên", "hội viên Hội Nhà báo tỉnh"),
    F("3,8 hội viên/vạn dân", "3,8", 3.8, "measure", "hội viên/vạn dân", "hội viên Hội Nhà báo bình quân trên vạn dân"),
    F("sóng 2 kênh", "2", 2, "count", "kênh truyền hình", "kênh truyền hình Đài Phát thanh - Truyền hình Thái Nguyên phát sóng"),
    F("tổng thời lượng 40 giờ/ngày", "40", 40, "measure", "giờ/ngày", "tổng thời lượng phát sóng kênh truyền hình"),
    F("và 1 kênh", "1", 1, "count", "kênh phát thanh", "kênh phát thanh"),
    F("FM 102,1 MHz", "102,1", 102.1, "measure", "MHz", "tần số kênh phát thanh FM", optional=True),
    F("phát 17 giờ/ngày", "17", 17, "measure", "giờ/ngày", "thời lượng phát sóng kênh phát thanh"),
    F("cấp 11 giấy phép", "11", 11, "count", "giấy phép", "giấy phép xuất bản bản tin", Y23,
      change=CH("increase", 3, "giấy phép", "năm 2022")),
    F("cấp 4 giấy phép", "4", 4, "count", "giấy phép", "giấy phép thiết lập trang thông tin điện tử tổng hợp", Y23),
    F("của 4 Trung tâm", "4", 4, "count", "Trung tâm", "Trung tâm Văn hóa - Thông tin cấp huyện"),
    F("đạt 1.174 giờ", "1.174", 1174, "measure", "giờ", "tổng " + IND, y23,
      change=CH("increase", 5.4, "%", "năm 2022")),
]

ROWS = [("TP Thái Nguyên", "Thái Nguyên", ["312", "336", "350"], "Nguyên\n312"),
        ("Đại Từ", "Đại Từ", ["298", "305", "320"], None),
        ("Định Hóa", "Định Hóa", ["264", "281", "290"], None),
        ("Phú Lương", "Phú Lương", ["240", "252", "260"], None),
        ("Tổng cộng", None, ["1.114", "1.174", "1.220"], None)]
for label, loc, cells, _ in ROWS:
    for (col, per, status), num in zip(COLS, cells):
        kw = {} if status == "actual" else {"status": status}
        if loc:
            kw["location"] = loc
        subj = (f"tổng {IND} {col}" if loc is None else f"{IND} {col}")
        FIGS.append(F(f"\n{num}\n", num, float(num.replace(".", "")), "measure", "giờ", subj, per, **kw))

COMMENTS = [
    "Sở Thông tin và Truyền thông Thái Nguyên (department site): menu line, no dateline (published absent), visit counter in the footer.",
    "One-cell-per-line table with 'Đơn vị tính: giờ': every numeric cell is a measure in giờ; period from the column header",
    "(Năm 2022, Năm 2023 actual; 'Kế hoạch 2024' target). Row labels are districts/city: location; subject = indicator (table title) + column.",
    "The 'Tổng cộng' row keeps the province as location. Rate '3,8 hội viên/vạn dân': the denominator is in the unit.",
    "11 giấy phép carries 'tăng 3 giấy phép so với năm 2022' as its change; 1.174 giờ carries +5,4% vs năm 2022.",
    "The FM frequency '102,1 MHz' names the channel (an identifier more than a quantity): optional. TN1, TN2 are channel names.",
    "Not figures: address 'số 8 đường Cách mạng Tháng Tám', phone 0208.3655.668, 'Tổng số lượt truy cập: 2.418.360'.",
]

if __name__ == "__main__":
    emit("p575-7", TEXT, COMMENTS, FIGS, published=None, location="Thái Nguyên")
