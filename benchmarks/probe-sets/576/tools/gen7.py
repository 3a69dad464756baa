from lib import *

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả bảo trì đường giao thông nông thôn năm 2023

Năm 2023, các huyện, thành phố đã thực hiện bảo dưỡng thường xuyên 3.846,5 km đường huyện, đường xã, đạt 102,4% kế hoạch; sửa chữa định kỳ 214,6 km mặt đường hư hỏng. Tổng kinh phí bảo trì 126,8 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 45 tỷ đồng theo định mức 12 triệu đồng/km/năm đối với đường huyện và 6 triệu đồng/km/năm đối với đường xã. Việc bảo dưỡng đường xã do 226 xã, thị trấn tổ chức thực hiện thông qua 1.940 tổ tự quản, mỗi tổ từ 5 đến 7 thành viên.

Khối lượng bảo dưỡng thường xuyên tại một số huyện
Đơn vị tính: km

Huyện
Năm 2022
Năm 2023
Kế hoạch 2024
Hải Hậu
512
546
560
Giao Thủy
438
451
470
Nghĩa Hưng
397
420
435
Ý Yên
365
372
390

Qua kiểm tra, có 27 tuyến với tổng chiều dài 58,3 km xuống cấp nghiêm trọng, chủ yếu trên các tuyến đường xã ven đê và tuyến nối ĐT.488 với ĐH.52.

Năm 2024, Sở dự kiến bố trí khoảng 140 tỷ đồng cho công tác bảo trì, tăng 10,4% so với năm 2023; phấn đấu 100% tuyến đường huyện được bảo dưỡng thường xuyên, tỷ lệ đường xã được bảo dưỡng đạt từ 85 đến 90%.

Địa chỉ: số 2 Vũ Hữu Lợi, TP Nam Định. Điện thoại: 0228.3849.526
Tổng số lượt truy cập: 2.184.903
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
cols = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
rows = [("Hải Hậu", ["512", "546", "560"]), ("Giao Thủy", ["438", "451", "470"]),
        ("Nghĩa Hưng", ["397", "420", "435"]), ("Ý Yên", ["365", "372", "390"])]
FIGS = [
    F("xuyên 3.846,5 km", "3.846,5", 3846.5, "measure", "km", "đường huyện, đường xã được bảo dưỡng thường xuyên", Y23, percent=102.4),
    F("định kỳ 214,6 km", "214,6", 214.6, "measure", "km", "mặt đường hư hỏng được sửa chữa định kỳ", Y23),
    F("trì 126,8 tỷ đồng", "126,8", 126.8e9, "money", "đồng", "tổng kinh phí bảo trì", I(Y23)),
    F("hỗ trợ 45 tỷ đồng", "45", 45e9, "money", "đồng", "ngân sách tỉnh hỗ trợ bảo trì", I(Y23), total=126.8e9),
    F("mức 12 triệu", "12", 12e6, "money", "đồng/km/năm", "định mức hỗ trợ bảo trì đường huyện", None),
    F("và 6 triệu", "6", 6e6, "money", "đồng/km/năm", "định mức hỗ trợ bảo trì đường xã", None),
]
for loc, cells in rows:
    prev = loc
    for (label, per, st), c in zip(cols, cells):
        FIGS.append(F(f"{prev}\n{c}", c, float(c), "measure", "km", f"Khối lượng bảo dưỡng thường xuyên {label}", per,
                      location=loc, **({"status": st} if st != "actual" else {})))
        prev = c
FIGS += [
    F("do 226 xã", "226", 226, "count", "xã, thị trấn", "xã, thị trấn tổ chức bảo dưỡng đường xã", None),
    F("1.940 tổ", "1.940", 1940, "count", "tổ tự quản", "tổ tự quản bảo dưỡng đường xã", None),
    F("từ 5 đến 7 thành viên", "5", 5, "count", "thành viên", "thành viên mỗi tổ tự quản", None, value_max=7),
    F("có 27 tuyến", "27", 27, "count", "tuyến", "tuyến đường xuống cấp nghiêm trọng", None),
    F("dài 58,3 km", "58,3", 58.3, "measure", "km", "tổng chiều dài tuyến đường xuống cấp nghiêm trọng", None),
    F("khoảng 140 tỷ đồng", "140", 140e9, "money", "đồng", "kinh phí bảo trì", Y24, approx="about", status="forecast",
      change=CH("increase", 10.4, "%", "năm 2023")),
    F("phấn đấu 100%", "100", 100, "percent", "%", "tuyến đường huyện được bảo dưỡng thường xuyên", Y24, status="target"),
    F("từ 85 đến 90%", "85", 85, "percent", "%", "tỷ lệ đường xã được bảo dưỡng", Y24, value_max=90, status="target"),
]

emit("p576-7", TEXT, [
    "Sở GTVT Nam Định department site, no dateline: bảo trì đường GTNT năm 2023; one-cell-per-line table with 'Đơn vị tính: km'.",
    "Distractors: ĐT.488, ĐH.52, số 2 Vũ Hữu Lợi, phone, 'Tổng số lượt truy cập: 2.184.903'.",
    "Table: every cell is a figure; period and status from the column header (Kế hoạch 2024 -> target), scored as in shared h23;",
    "district rows -> location. 'dự kiến bố trí khoảng 140 tỷ' -> forecast; 'phấn đấu' clause -> target, continuing to the range 85-90%.",
], FIGS, published=None, location="Nam Định")
