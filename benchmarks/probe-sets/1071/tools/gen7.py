"""p1071-7: Sở TN&MT Sơn La site (no dateline) — rural waste collection 2023, one-cell-per-line table."""
from lib import F, P, Y, C, T, build

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH SƠN LA
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả thu gom, xử lý rác thải sinh hoạt nông thôn năm 2023

Năm 2023, toàn tỉnh có 142/188 xã tổ chức thu gom rác thải sinh hoạt, tăng 9 xã so với năm 2022. Tổng khối lượng rác thải sinh hoạt nông thôn phát sinh khoảng 410 tấn/ngày, thu gom được 268 tấn/ngày, đạt 65,4%. Còn 46 xã vùng cao chưa tổ chức thu gom, người dân tự xử lý bằng cách đốt, chôn lấp tại hộ gia đình. Chi phí thu gom, vận chuyển bình quân khoảng 550.000 đồng/tấn.

Toàn tỉnh có 23 lò đốt rác quy mô xã, cụm xã, công suất từ 100 đến 300 kg/giờ, xử lý khoảng 38 tấn/ngày. Kết quả tại một số huyện như sau:

Huyện
Khối lượng phát sinh (tấn/ngày)
Khối lượng thu gom (tấn/ngày)
Tỷ lệ thu gom (%)
Số lò đốt
Mai Sơn
62,5
45,1
72,2
5
Mộc Châu
48,0
36,7
76,5
4
Thuận Châu
55,3
30,4
55,0
3
Sốp Cộp
12,8
5,2
40,6
1

Mức thu phí vệ sinh tại khu vực nông thôn từ 10.000 đến 20.000 đồng/hộ/tháng, nhiều xã vùng cao chưa thu được phí. Năm 2024, Sở phấn đấu nâng tỷ lệ thu gom lên 70% và hỗ trợ các huyện đầu tư thêm 8 lò đốt tại các cụm xã có trên 500 hộ dân.

SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH SƠN LA
Địa chỉ: Tầng 5, Tòa nhà 7 tầng, Trung tâm hành chính tỉnh, phường Chiềng Cơi, TP Sơn La
Điện thoại: 0212.3852.497 - Email: stnmt@sonla.gov.vn
Tổng lượt truy cập: 1.284.519 | Đang online: 37
"""

Y23 = Y(2023, "Năm 2023")
Y23i = Y(2023, "Năm 2023", inherited=True)

FIGS = [
    F("có 142/188 xã", "142", 142, "count", "xã", "xã tổ chức thu gom rác thải sinh hoạt", Y23, total=188,
      change=C("increase", 9, "xã", "năm 2022")),
    F("khoảng 410 tấn/ngày", "410", 410, "measure", "tấn/ngày", "tổng khối lượng rác thải sinh hoạt nông thôn phát sinh",
      Y23i, approx="about"),
    F("thu gom được 268 tấn/ngày", "268", 268, "measure", "tấn/ngày", "khối lượng rác thải sinh hoạt nông thôn thu gom được",
      Y23i, percent=65.4),
    F("Còn 46 xã", "46", 46, "count", "xã", "xã vùng cao chưa tổ chức thu gom", Y23i),
    F("khoảng 550.000 đồng/tấn", "550.000", 550000, "money", "đồng/tấn", "chi phí thu gom, vận chuyển bình quân",
      Y23i, approx="about"),
    F("có 23 lò đốt", "23", 23, "count", "lò đốt", "lò đốt rác quy mô xã, cụm xã"),
    F("từ 100 đến 300 kg/giờ", "100", 100, "measure", "kg/giờ", "công suất lò đốt", value_max=300),
    F("khoảng 38 tấn/ngày", "38", 38, "measure", "tấn/ngày", "khối lượng rác lò đốt xử lý", approx="about"),
]

COLS = [("Khối lượng phát sinh", "measure", "tấn/ngày"), ("Khối lượng thu gom", "measure", "tấn/ngày"),
        ("Tỷ lệ thu gom", "percent", "%"), ("Số lò đốt", "count", "lò đốt")]
ROWS = [("Mai Sơn", ["62,5", "45,1", "72,2", "5"]), ("Mộc Châu", ["48,0", "36,7", "76,5", "4"]),
        ("Thuận Châu", ["55,3", "30,4", "55,0", "3"]), ("Sốp Cộp", ["12,8", "5,2", "40,6", "1"])]
for place, cells in ROWS:
    for i, ((col, kind, unit), num) in enumerate(zip(COLS, cells)):
        anchor = "\n".join([place] + cells[: i + 1])
        FIGS.append(F(anchor, num, float(num.replace(",", ".")), kind, unit, col, Y23i, location=place))

FIGS += [
    F("từ 10.000 đến 20.000 đồng/hộ/tháng", "10.000", 10000, "money", "đồng/hộ/tháng",
      "mức thu phí vệ sinh tại khu vực nông thôn", value_max=20000),
    F("lên 70%", "70", 70, "percent", "%", "tỷ lệ thu gom", Y(2024, "Năm 2024"), status="target"),
    F("thêm 8 lò đốt", "8", 8, "count", "lò đốt", "lò đốt đầu tư thêm", Y(2024, "Năm 2024"), status="target"),
    F("trên 500 hộ dân", "500", 500, "count", "hộ dân", "hộ dân của cụm xã", approx="over", status="target",
      optional=True),
]

NOTES = [
    "Sở TN&MT Sơn La page, no dateline (no published): rural household waste collection in 2023; one-cell-per-line table by district.",
    "Distractors: footer 'Tầng 5, Tòa nhà 7 tầng', phone '0212.3852.497', 'Tổng lượt truy cập: 1.284.519', 'Đang online: 37'.",
    "'142/188 xã … tăng 9 xã so với năm 2022': total 188, change +9 xã. '268 tấn/ngày, đạt 65,4%': percent 65,4; no part-of cue, so no total 410. 'Còn 46 xã' likewise no total.",
    "Table: row label is a district (location), column label is the subject, unit from the header bracket; period 2023 from the title/lead (inherited).",
    "'trên 500 hộ dân' describes the kind of commune cluster that qualifies (threshold): optional.",
]

if __name__ == "__main__":
    build("p1071-7", TEXT, NOTES, FIGS, published=None, location="Sơn La")
