import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, Y, CH, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 87/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 22 tháng 3 năm 2024

BÁO CÁO
Kết quả thực hiện nếp sống văn minh trong việc cưới, việc tang giai đoạn 2021-2023

I. KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo, tuyên truyền
Giai đoạn 2021-2023, UBND tỉnh ban hành 06 văn bản chỉ đạo; các huyện, thị xã, thành phố tổ chức 214 buổi tuyên truyền với hơn 18.500 lượt người tham dự.

2. Kết quả cụ thể
Bảng 1. Kết quả thực hiện việc cưới, việc tang
Chỉ tiêu | Đơn vị | Năm 2021 | Năm 2022 | Năm 2023
Số đám cưới | đám | 6.245 | 7.012 | 6.830
Tỷ lệ đám cưới thực hiện văn minh | % | 88,4 | 90,7 | 93,2
Số đám tang | đám | 7.918 | 8.104 | 7.765
Tỷ lệ hỏa táng | % | 9,6 | 12,3 | 15,8
Thôn, tổ dân phố có hương ước sửa đổi | thôn | 1.020 | 1.087 | 1.104

Năm 2023, chi phí bình quân một đám cưới khoảng 80 triệu đồng, giảm 15 - 20% so với trước khi thực hiện hương ước. Tổng diện tích đất nghĩa trang, nghĩa địa toàn tỉnh là 1.046,8 ha; trong đó 5 nghĩa trang tập trung cấp huyện với 126,4 ha.

II. TỒN TẠI, HẠN CHẾ
Một số nơi còn tổ chức cưới kéo dài 2 - 3 ngày; việc chôn cất ngoài nghĩa trang theo quy hoạch vẫn còn.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 có trên 95% đám cưới thực hiện văn minh; tỷ lệ hỏa táng đạt 18 - 20%; 100% thôn, tổ dân phố đưa nội dung việc cưới, việc tang vào hương ước, quy ước.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Đức Minh
"""

GD = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
Y21, Y22, Y23 = Y(2021, "Năm 2021"), Y(2022, "Năm 2022"), Y(2023, "Năm 2023")
T = "target"
FIGS = [
    F("ban hành 06 văn bản", "06", 6, "count", "văn bản", "văn bản chỉ đạo UBND tỉnh ban hành", GD),
    F("214 buổi", "214", 214, "count", "buổi", "buổi tuyên truyền", GD),
    F("hơn 18.500 lượt", "18.500", 18500, "count", "lượt người", "lượt người tham dự tuyên truyền", GD,
      approx="over"),
    # table: Số đám cưới
    F("đám | 6.245", "6.245", 6245, "count", "đám", "Số đám cưới năm 2021", Y21),
    F("6.245 | 7.012", "7.012", 7012, "count", "đám", "Số đám cưới năm 2022", Y22),
    F("7.012 | 6.830", "6.830", 6830, "count", "đám", "Số đám cưới năm 2023", Y23),
    F("% | 88,4", "88,4", 88.4, "percent", "%", "Tỷ lệ đám cưới thực hiện văn minh năm 2021", Y21),
    F("88,4 | 90,7", "90,7", 90.7, "percent", "%", "Tỷ lệ đám cưới thực hiện văn minh năm 2022", Y22),
    F("90,7 | 93,2", "93,2", 93.2, "percent", "%", "Tỷ lệ đám cưới thực hiện văn minh năm 2023", Y23),
    F("đám | 7.918", "7.918", 7918, "count", "đám", "Số đám tang năm 2021", Y21),
    F("7.918 | 8.104", "8.104", 8104, "count", "đám", "Số đám tang năm 2022", Y22),
    F("8.104 | 7.765", "7.765", 7765, "count", "đám", "Số đám tang năm 2023", Y23),
    F("% | 9,6", "9,6", 9.6, "percent", "%", "Tỷ lệ hỏa táng năm 2021", Y21),
    F("9,6 | 12,3", "12,3", 12.3, "percent", "%", "Tỷ lệ hỏa táng năm 2022", Y22),
    F("12,3 | 15,8", "15,8", 15.8, "percent", "%", "Tỷ lệ hỏa táng năm 2023", Y23),
    F("thôn | 1.020", "1.020", 1020, "count", "thôn", "Thôn, tổ dân phố có hương ước sửa đổi năm 2021", Y21),
    F("1.020 | 1.087", "1.087", 1087, "count", "thôn", "Thôn, tổ dân phố có hương ước sửa đổi năm 2022", Y22),
    F("1.087 | 1.104", "1.104", 1104, "count", "thôn", "Thôn, tổ dân phố có hương ước sửa đổi năm 2023", Y23),
    # text after the table
    F("khoảng 80 triệu", "80", 80_000_000, "money", "đồng", "chi phí bình quân một đám cưới", Y23,
      approx="about", change=CH("decrease", 15, baseline="trước khi thực hiện hương ước")),
    F("là 1.046,8 ha", "1.046,8", 1046.8, "measure", "ha", "tổng diện tích đất nghĩa trang, nghĩa địa toàn tỉnh"),
    F("trong đó 5 nghĩa trang", "5", 5, "count", "nghĩa trang", "nghĩa trang tập trung cấp huyện"),
    F("với 126,4 ha", "126,4", 126.4, "measure", "ha", "diện tích nghĩa trang tập trung cấp huyện", total=1046.8),
    F("kéo dài 2 - 3 ngày", "2", 2, "measure", "ngày", "thời gian tổ chức cưới ở một số nơi", value_max=3),
    F("trên 95%", "95", 95, "percent", "%", "đám cưới thực hiện văn minh", Y(2024), approx="over", status=T),
    F("đạt 18 - 20%", "18", 18, "percent", "%", "tỷ lệ hỏa táng", Y(2024), value_max=20, status=T),
    F("100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố đưa nội dung việc cưới, việc tang vào hương ước, quy ước",
      Y(2024), status=T),
]

COMMENTS = [
    "Formal report (letterhead, Số: 87/BC-UBND, place-and-date line) of UBND tỉnh Hà Nam on weddings/funerals 2021-2023;",
    "flattened '|' table (Chỉ tiêu | Đơn vị | Năm 2021 | Năm 2022 | Năm 2023) with the unit in its own column.",
    "Table cells: subject = row label + column (year), unit from the Đơn vị column, period from the column header (scored, as h23).",
    "'giảm 15 - 20% so với trước khi thực hiện hương ước' is the change of 80 triệu (value 15, the lower end).",
    "'trong đó 5 nghĩa trang ... với 126,4 ha': the 126,4 ha is part of the 1.046,8 ha (same measure, after 'trong đó');",
    "the 5 cemeteries are a count, not part of a hectare total. 'kéo dài 2 - 3 ngày' is a stated duration (measure, range).",
    "Section III targets: 'Phấn đấu năm 2024' governs the three clauses (status target).",
    "Distractors: Số: 87/BC-UBND, 'ngày 22 tháng 3 năm 2024', 'giai đoạn 2021-2023', section numbers I./II./III./1./2., 'Bảng 1'.",
    "'06 văn bản' is a real count (documents issued).",
]

if __name__ == "__main__":
    emit("p730-3", TEXT, COMMENTS, FIGS, published="2024-03-22", location="Hà Nam")
