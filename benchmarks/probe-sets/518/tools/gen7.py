from lib import F, P, INH, CH, TG, emit

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính
Tiến độ giải phóng mặt bằng Dự án đường Vành đai 4 – Vùng Thủ đô đoạn qua tỉnh Hưng Yên

Dự án thành phần 1.3 (đường song hành, hệ thống đường gom) và dự án thành phần 2.3 (đường cao tốc đầu tư theo hình thức PPP) trên địa bàn tỉnh có chiều dài 19,3 km, đi qua 4 huyện Văn Giang, Khoái Châu, Yên Mỹ, Văn Lâm với 25 xã, thị trấn.

Bảng 1. Kết quả bàn giao mặt bằng tính đến ngày 31/5/2024
Đơn vị tính: ha
Huyện
Diện tích cần thu hồi
Đã bàn giao
Còn lại
Văn Giang
42,6
42,6
0
Khoái Châu
58,3
55,1
3,2
Yên Mỹ
61,9
57,4
4,5
Văn Lâm
39,7
38,8
0,9
Tổng cộng
202,5
193,9
8,6

Tỷ lệ bàn giao mặt bằng toàn tỉnh đạt 95,8%. Tổng kinh phí bồi thường, hỗ trợ, tái định cư của dự án dự kiến 3.870 tỷ đồng; đến nay đã chi trả 3.215 tỷ đồng cho 4.862 hộ. Tỉnh bố trí 9 khu tái định cư với tổng diện tích 38,5 ha. Giá bồi thường đất nông nghiệp là 270.000 đồng/m², hỗ trợ ổn định đời sống 30 kg gạo/nhân khẩu/tháng.

Sở đề nghị UBND các huyện hoàn thành bàn giao phần diện tích còn lại trước ngày 30/6/2024.

Địa chỉ: Đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên | Điện thoại: 0221.3862.524 | Tổng lượt truy cập: 1.284.556
"""

T = INH(P("tính đến ngày 31/5/2024", end="2024-05-31"))
A, B, C = "Diện tích cần thu hồi", "Diện tích đã bàn giao", "Diện tích còn lại"


def row(label, loc, cells):
    (a1, n1), (a2, n2), (a3, n3) = cells
    kw = {"location": loc} if loc else {}
    pre = "" if loc else "Tổng cộng "
    return [
        F(a1, n1, float(n1.replace(",", ".")), "measure", "ha", pre + A, **kw),
        F(a2, n2, float(n2.replace(",", ".")), "measure", "ha", pre + B, T, **kw),
        F(a3, n3, float(n3.replace(",", ".")), "measure", "ha", pre + C, T, **kw),
    ]


FIGS = [
    F("dài 19,3 km", "19,3", 19.3, "measure", "km", "chiều dài dự án đường Vành đai 4 trên địa bàn tỉnh"),
    F("qua 4 huyện", "4", 4, "count", "huyện", "huyện dự án đi qua"),
    F("25 xã, thị trấn", "25", 25, "count", "xã, thị trấn", "xã, thị trấn dự án đi qua"),
    *row("Văn Giang", "Văn Giang", [("Văn Giang\n42,6", "42,6"), ("42,6\n0", "42,6"), ("\n0\nKhoái", "0")]),
    *row("Khoái Châu", "Khoái Châu", [("58,3", "58,3"), ("55,1", "55,1"), ("3,2", "3,2")]),
    *row("Yên Mỹ", "Yên Mỹ", [("61,9", "61,9"), ("57,4", "57,4"), ("4,5", "4,5")]),
    *row("Văn Lâm", "Văn Lâm", [("39,7", "39,7"), ("38,8", "38,8"), ("0,9", "0,9")]),
    *row("Tổng cộng", None, [("202,5", "202,5"), ("193,9", "193,9"), ("8,6", "8,6")]),
    F("đạt 95,8%", "95,8", 95.8, "percent", "%", "tỷ lệ bàn giao mặt bằng toàn tỉnh", T),
    F("dự kiến 3.870 tỷ", "3.870", 3870e9, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ, tái định cư",
      status="forecast"),
    F("trả 3.215 tỷ", "3.215", 3215e9, "money", "đồng", "kinh phí bồi thường đã chi trả"),
    F("cho 4.862 hộ", "4.862", 4862, "count", "hộ", "hộ được chi trả bồi thường"),
    F("trí 9 khu", "9", 9, "count", "khu tái định cư", "khu tái định cư tỉnh bố trí"),
    F("diện tích 38,5 ha", "38,5", 38.5, "measure", "ha", "tổng diện tích khu tái định cư"),
    F("270.000 đồng/m²", "270.000", 270000, "money", "đồng/m²", "giá bồi thường đất nông nghiệp"),
    F("30 kg", "30", 30, "measure", "kg gạo/nhân khẩu/tháng", "hỗ trợ ổn định đời sống"),
]

COMMENTS = [
    "Sở GTVT Hưng Yên (department site, no dateline): GPMB Vành đai 4 – Vùng Thủ đô, one-cell-per-line table by district (invented, set 518).",
    "Table 'Đơn vị tính: ha': every numeric cell (the 0 included) is a measure in ha; district row labels go to location, the total row stays",
    "at Hưng Yên; periods of the handed-over / remaining columns come from the table title line (inherited). No published date, so 'đến nay'",
    "gives no period. Distractors: 'Dự án thành phần 1.3 / 2.3', 'Vành đai 4', 'Bảng 1', phone 0221.3862.524, 'Tổng lượt truy cập: 1.284.556'.",
]

if __name__ == "__main__":
    emit("p518-7", TEXT, COMMENTS, FIGS, location="Hưng Yên")
