"""p575-8: provincial radio-TV station site (Bình Định), grassroots radio 9 months 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH BÌNH ĐỊNH
Thời sự | 05/11/2024 09:42

Bình Định: 9 tháng, truyền thanh cơ sở phát sóng hơn 35.000 giờ

BTV - Theo Sở Thông tin và Truyền thông, 9 tháng năm 2024, hệ thống đài truyền thanh cấp xã trên địa bàn tỉnh ước phát sóng 35.480 giờ, đạt 78,5% kế hoạch năm, tăng 6,2% so với cùng kỳ. Riêng quý III/2024 phát sóng 12.260 giờ.

Các đài đã sản xuất 18.650 tin, bài, chuyên mục phản ánh tình hình địa phương, trong đó có 3.120 tin, bài tuyên truyền về chuyển đổi số; tiếp âm, tiếp sóng Đài Tiếng nói Việt Nam và Đài PT-TH tỉnh bình quân 4 giờ/ngày.

Toàn tỉnh hiện có 4.215 cụm loa, bình quân 7,4 cụm loa/1.000 hộ dân. Trong đó, 2.906 cụm loa ứng dụng CNTT-VT, chiếm 68,9%; các huyện có tỷ lệ chuyển đổi thấp là Vĩnh Thạnh (41%), An Lão (45,5%) và Vân Canh (47,2%). Đến nay, 155/155 xã, phường, thị trấn đã có đài truyền thanh; 100% đài cấp xã đã kết nối với hệ thống thông tin nguồn của tỉnh.

Cũng trong 9 tháng, Sở đã cấp 5 giấy phép xuất bản bản tin, cho phép tổ chức 9 cuộc họp báo. Trong quý IV, Sở phấn đấu chuyển đổi thêm 320 cụm loa với kinh phí dự kiến 6,9 tỷ đồng, nâng tỷ lệ cụm loa ứng dụng CNTT-VT lên trên 75%.

Đài PT-TH Bình Định - 458 Trần Hưng Đạo, TP Quy Nhơn. Đường dây nóng: 0256.3822.180
"""

HEAD = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-11-05")
IN9 = P("trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
CONV = "tỷ lệ chuyển đổi"

FIGS = [
    F("hơn 35.000 giờ", "35.000", 35000, "measure", "giờ", "thời lượng phát sóng của truyền thanh cơ sở", HEAD,
      approx="over"),
    F("ước phát sóng 35.480 giờ", "35.480", 35480, "measure", "giờ",
      "thời lượng phát sóng của hệ thống đài truyền thanh cấp xã", M9, percent=78.5,
      change=CH("increase", 6.2, "%", "cùng kỳ"), status="estimate"),
    F("III/2024 phát sóng 12.260 giờ", "12.260", 12260, "measure", "giờ", "thời lượng phát sóng quý III", Q3),
    F("sản xuất 18.650 tin", "18.650", 18650, "count", "tin, bài, chuyên mục",
      "tin, bài, chuyên mục phản ánh tình hình địa phương", I(M9)),
    F("có 3.120 tin", "3.120", 3120, "count", "tin, bài", "tin, bài tuyên truyền về chuyển đổi số", I(M9),
      total=18650),
    F("bình quân 4 giờ/ngày", "4", 4, "measure", "giờ/ngày",
      "thời lượng tiếp âm, tiếp sóng Đài Tiếng nói Việt Nam và Đài PT-TH tỉnh"),
    F("có 4.215 cụm loa", "4.215", 4215, "count", "cụm loa", "cụm loa"),
    F("7,4 cụm loa/1.000 hộ dân", "7,4", 7.4, "measure", "cụm loa/1.000 hộ dân", "cụm loa bình quân trên 1.000 hộ dân"),
    F("đó, 2.906 cụm loa", "2.906", 2906, "count", "cụm loa", "cụm loa ứng dụng CNTT-VT", total=4215, percent=68.9),
    F("Vĩnh Thạnh (41%)", "41", 41, "percent", "%", CONV, location="Vĩnh Thạnh"),
    F("An Lão (45,5%)", "45,5", 45.5, "percent", "%", CONV, location="An Lão"),
    F("Vân Canh (47,2%)", "47,2", 47.2, "percent", "%", CONV, location="Vân Canh"),
    F("155/155", "155", 155, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đã có đài truyền thanh", NOW,
      total=155),
    F("100% đài", "100", 100, "percent", "%", "đài cấp xã đã kết nối với hệ thống thông tin nguồn của tỉnh", NOW),
    F("cấp 5 giấy phép", "5", 5, "count", "giấy phép", "giấy phép xuất bản bản tin", IN9),
    F("tổ chức 9 cuộc", "9", 9, "count", "cuộc họp báo", "cuộc họp báo được cho phép tổ chức", IN9),
    F("thêm 320 cụm loa", "320", 320, "count", "cụm loa", "cụm loa chuyển đổi thêm", Q4, status="target"),
    F("dự kiến 6,9 tỷ đồng", "6,9", 6.9e9, "money", "đồng", "kinh phí chuyển đổi cụm loa", Q4, status="forecast"),
    F("trên 75%", "75", 75, "percent", "%", "tỷ lệ cụm loa ứng dụng CNTT-VT", Q4, approx="over", status="target"),
]

COMMENTS = [
    "Bình Định provincial radio-TV station site: 'Thời sự | 05/11/2024 09:42' dateline, 'BTV -' lead tag; 9-month 2024 grassroots radio.",
    "35.480 giờ: estimate (ước), percent 78,5 (đạt ...% kế hoạch năm), change +6,2% vs cùng kỳ. 'Riêng quý III' is no part cue: no total.",
    "Headline '9 tháng' takes 2024 from the dateline. 'Đến nay' is as-of the dateline; 'Trong quý IV' is 2024-Q4 (year from earlier dates).",
    "'phấn đấu chuyển đổi thêm 320 cụm loa' is a target; 'kinh phí dự kiến 6,9 tỷ đồng' inside it is a forecast (its own cue).",
    "Rate '7,4 cụm loa/1.000 hộ dân': denominator in the unit. Districts in the low-conversion list are locations.",
    "revised: the district list's subject is now 'tỷ lệ chuyển đổi' as the list sentence names it (was '... cụm loa ứng dụng CNTT-VT').",
    "Not figures: '458 Trần Hưng Đạo', hotline 0256.3822.180, 'BTV'.",
]

if __name__ == "__main__":
    emit("p575-8", TEXT, COMMENTS, FIGS, published="2024-11-05", location="Bình Định")
