"""p1040-8: provincial newspaper online (Báo Kiên Giang, (BKG) tag), đua ghe Ngo huyện Gò Quao 2023, headline figure."""
from lib import F, P, Y, I, C, T, write

TEXT = """Gần 100.000 lượt người xem đua ghe Ngo ở Gò Quao

Cập nhật lúc 16:05, Thứ Ba, 28/11/2023

(BKG) - Ngày 27/11, UBND huyện Gò Quao tổ chức Lễ hội Ok Om Bok – Đua ghe Ngo huyện Gò Quao lần thứ XIII năm 2023 trên sông Cái Lớn, đoạn qua thị trấn Gò Quao. Lễ hội thu hút gần 100.000 lượt người xem, tăng hơn 20% so với lần tổ chức trước.

Giải đua năm nay có 18 ghe Ngo của các chùa Khmer trong huyện và các huyện lân cận tham gia, gồm 14 ghe nam và bốn ghe nữ, với tổng số 1.080 vận động viên. Các xã có nhiều ghe tham gia là Vĩnh Hòa Hưng Bắc (4 ghe), Định An (3 ghe) và Vĩnh Tuy (2 ghe).

Kết quả, giải Nhất nội dung nam thuộc về ghe chùa Cái Thia, giải Nhất nội dung nữ thuộc về ghe chùa Phước Lâm. Tổng giá trị giải thưởng gần 300 triệu đồng; ngoài ra, mỗi ghe tham gia được huyện hỗ trợ 15 triệu đồng chi phí tập luyện.

Trong 2 ngày diễn ra lễ hội, khu ẩm thực, sản phẩm OCOP với 85 gian hàng phục vụ khoảng 15.000 lượt khách, doanh thu ước trên 2 tỷ đồng.

Gò Quao là huyện có đông đồng bào Khmer với 43 chùa Khmer; đồng bào Khmer chiếm khoảng 29% dân số huyện. Toàn tỉnh hiện có 76 ghe Ngo, trong đó Gò Quao có 22 ghe. Từ đầu năm đến nay, huyện đã hỗ trợ sửa chữa, đóng mới 7 ghe Ngo với tổng kinh phí 1,4 tỷ đồng. Huyện phấn đấu đến năm 2025 có ít nhất 6 ghe Ngo nữ.

THÙY TRANG
"""

NN = Y(2023, "năm nay")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-28")
T25 = P("đến năm 2025", None, "2025-12-31")
FEST = P("Ngày 27/11", "2023-11-27", "2023-11-27", inherited=True)

FIGS = [
    F("Gần 100.000 lượt người xem", "100.000", 100000, "count", "lượt người xem", "lượt người xem đua ghe Ngo",
      approx="nearly"),
    F("gần 100.000 lượt người xem,", "100.000", 100000, "count", "lượt người xem", "lượt người xem lễ hội", FEST,
      approx="nearly", change=C("increase", 20, "%", "lần tổ chức trước", approx="over")),
    F("có 18 ghe Ngo", "18", 18, "count", "ghe Ngo", "ghe Ngo tham gia giải đua", NN),
    F("14 ghe nam", "14", 14, "count", "ghe", "ghe nam", NN, total=18),
    F("bốn ghe nữ", "bốn", 4, "count", "ghe", "ghe nữ", NN, total=18),
    F("số 1.080 vận động viên", "1.080", 1080, "count", "vận động viên", "vận động viên", NN),
    F("(4 ghe)", "4", 4, "count", "ghe", "ghe tham gia xã Vĩnh Hòa Hưng Bắc", I(NN)),
    F("(3 ghe)", "3", 3, "count", "ghe", "ghe tham gia xã Định An", I(NN)),
    F("(2 ghe)", "2", 2, "count", "ghe", "ghe tham gia xã Vĩnh Tuy", I(NN)),
    F("gần 300 triệu đồng", "300", 300e6, "money", "đồng", "tổng giá trị giải thưởng", I(NN), approx="nearly"),
    F("hỗ trợ 15 triệu đồng", "15", 15e6, "money", "đồng/ghe", "hỗ trợ chi phí tập luyện mỗi ghe", I(NN)),
    F("với 85 gian hàng", "85", 85, "count", "gian hàng", "gian hàng khu ẩm thực, sản phẩm OCOP", FEST),
    F("khoảng 15.000 lượt khách", "15.000", 15000, "count", "lượt khách", "lượt khách khu ẩm thực, sản phẩm OCOP phục vụ",
      FEST, approx="about"),
    F("ước trên 2 tỷ đồng", "2", 2e9, "money", "đồng", "doanh thu khu ẩm thực, sản phẩm OCOP", FEST,
      approx="over", status="estimate"),
    F("với 43 chùa Khmer", "43", 43, "count", "chùa Khmer", "chùa Khmer"),
    F("khoảng 29% dân số", "29", 29, "percent", "%", "đồng bào Khmer trong dân số huyện", approx="about"),
    F("có 76 ghe Ngo", "76", 76, "count", "ghe Ngo", "ghe Ngo toàn tỉnh", location="Kiên Giang"),
    F("Gò Quao có 22 ghe", "22", 22, "count", "ghe", "ghe Ngo", total=76),
    F("đóng mới 7 ghe Ngo", "7", 7, "count", "ghe Ngo", "ghe Ngo được hỗ trợ sửa chữa, đóng mới", YTD),
    F("kinh phí 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng", "tổng kinh phí hỗ trợ sửa chữa, đóng mới ghe Ngo", YTD),
    F("ít nhất 6 ghe Ngo nữ", "6", 6, "count", "ghe Ngo nữ", "ghe Ngo nữ", T25, approx="at_least", status="target"),
]

NOTES = [
    "Báo Kiên Giang online ((BKG) tag, 'Cập nhật lúc 16:05, Thứ Ba, 28/11/2023'): đua ghe Ngo huyện Gò Quao 2023; headline figure.",
    "Location: the district's festival and district facts -> Gò Quao; '(BKG)' implies Kiên Giang for 'Toàn tỉnh … 76 ghe Ngo'.",
    "Communes in the list (Vĩnh Hòa Hưng Bắc, Định An, Vĩnh Tuy) are not locations (province/city/district only); 4+3+2 != 18: no total.",
    "Not figures: 'lần thứ XIII', '2 ngày diễn ra lễ hội' (duration that locates), dates and time. 'bốn' is a number word.",
    "'Từ đầu năm đến nay' runs from 2023-01-01 to the dateline; 'đến năm 2025' target (as-of end).",
]

write("p1040-8", TEXT, FIGS, NOTES, published="2023-11-28", location="Gò Quao")
