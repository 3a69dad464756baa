import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """UBND TỈNH LÀO CAI
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 14 tháng 10 năm 2024

BÁO CÁO
Tình hình xuất nhập khẩu và thu ngân sách qua các cửa khẩu 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Xuất nhập khẩu, thu ngân sách
9 tháng năm 2024, tổng kim ngạch xuất nhập khẩu, mua bán, trao đổi hàng hóa qua các cửa khẩu trên địa bàn tỉnh ước đạt 2.865 triệu USD, bằng 71,6% kế hoạch năm, tăng 21,4% so với cùng kỳ. Kết quả cụ thể tại Bảng 1.

Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Thực hiện 9 tháng năm 2023 | Kế hoạch năm 2024 | Ước thực hiện 9 tháng năm 2024
Kim ngạch xuất nhập khẩu | triệu USD | 2.360,2 | 4.000 | 2.865
Số tờ khai hải quan | tờ khai | 33.870 | 52.000 | 40.318
Thu ngân sách qua hải quan | tỷ đồng | 985,6 | 1.650 | 1.128,4
Phương tiện xuất nhập cảnh | lượt | 98.450 | 140.000 | 112.730

2. Chống buôn lậu, gian lận thương mại
Các lực lượng chức năng đã phát hiện, xử lý 286 vụ vi phạm (Hải quan 74 vụ, Bộ đội Biên phòng 92 vụ, Công an 120 vụ), thu nộp ngân sách 8,7 tỷ đồng.

3. Cải cách thủ tục hành chính
Thời gian thông quan bình quân đối với hàng xuất khẩu là 1,5 giờ, hàng nhập khẩu 3,2 giờ. Nền tảng cửa khẩu số đã được triển khai tại 3/4 cửa khẩu, lối mở, với hơn 2.100 doanh nghiệp đăng ký tài khoản; Cửa khẩu quốc tế đường bộ số II Kim Thành tiếp tục thí điểm luồng xanh cho nông sản.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 kim ngạch xuất nhập khẩu đạt trên 4.000 triệu USD, thu ngân sách qua hải quan đạt 1.700 tỷ đồng.

Nơi nhận:
- Bộ Tài chính, Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT1.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

P = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
C23 = per("Thực hiện 9 tháng năm 2023", "2023-01-01", "2023-09-30")
K24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
U24 = per("Ước thực hiện 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

ROWS = [  # (row label, unit, kind, mult, cells anchors/numbers)
    ("Kim ngạch xuất nhập khẩu", "USD", "money", 1e6,
     [("USD | 2.360,2", "2.360,2"), ("2.360,2 | 4.000", "4.000"), ("| 4.000 | 2.865", "2.865")]),
    ("Số tờ khai hải quan", "tờ khai", "count", 1,
     [("| 33.870", "33.870"), ("| 52.000", "52.000"), ("| 40.318", "40.318")]),
    ("Thu ngân sách qua hải quan", "đồng", "money", 1e9,
     [("| 985,6", "985,6"), ("| 1.650", "1.650"), ("| 1.128,4", "1.128,4")]),
    ("Phương tiện xuất nhập cảnh", "lượt", "count", 1,
     [("| 98.450", "98.450"), ("| 140.000", "140.000"), ("| 112.730", "112.730")]),
]
COLS = [("thực hiện 9 tháng năm 2023", C23, None), ("kế hoạch năm 2024", K24, "target"),
        ("ước thực hiện 9 tháng năm 2024", U24, "estimate")]

FIGS = [
    fig("ước đạt 2.865 triệu USD", "2.865", 2865e6, "money", "USD",
        "tổng kim ngạch xuất nhập khẩu, mua bán, trao đổi hàng hóa qua các cửa khẩu", P,
        percent=71.6, change=chg("increase", 21.4, baseline="cùng kỳ"), status="estimate"),
]
for label, unit, kind, mult, cells in ROWS:
    for (anchor, num), (col, p, st) in zip(cells, COLS):
        v = float(num.replace(".", "").replace(",", ".")) * mult
        kw = {"status": st} if st else {}
        FIGS.append(fig(anchor, num, v, kind, unit, f"{label} {col}", p, **kw))

FIGS += [
    fig("xử lý 286 vụ", "286", 286, "count", "vụ", "vụ vi phạm phát hiện, xử lý", inh(P)),
    fig("Hải quan 74 vụ", "74", 74, "count", "vụ", "vụ vi phạm Hải quan phát hiện, xử lý", inh(P), total=286),
    fig("Biên phòng 92 vụ", "92", 92, "count", "vụ", "vụ vi phạm Bộ đội Biên phòng phát hiện, xử lý", inh(P), total=286),
    fig("Công an 120 vụ", "120", 120, "count", "vụ", "vụ vi phạm Công an phát hiện, xử lý", inh(P), total=286),
    fig("ngân sách 8,7 tỷ đồng", "8,7", 8.7e9, "money", "đồng", "thu nộp ngân sách", inh(P)),
    fig("là 1,5 giờ", "1,5", 1.5, "measure", "giờ", "thời gian thông quan bình quân hàng xuất khẩu", inh(P)),
    fig("nhập khẩu 3,2 giờ", "3,2", 3.2, "measure", "giờ", "thời gian thông quan bình quân hàng nhập khẩu", inh(P)),
    fig("tại 3/4 cửa khẩu", "3", 3, "count", "cửa khẩu", "cửa khẩu, lối mở triển khai nền tảng cửa khẩu số", inh(P), total=4),
    fig("hơn 2.100 doanh nghiệp", "2.100", 2100, "count", "doanh nghiệp", "doanh nghiệp đăng ký tài khoản nền tảng cửa khẩu số",
        inh(P), approx="over"),
    fig("trên 4.000 triệu USD", "4.000", 4000e6, "money", "USD", "kim ngạch xuất nhập khẩu cả năm", Y24, approx="over", status="target"),
    fig("đạt 1.700 tỷ đồng", "1.700", 1700e9, "money", "đồng", "thu ngân sách qua hải quan cả năm", Y24, status="target"),
]

COMMENTS = [
    "revised after the first run: subjects trimmed to the words of the figure's own sentence (FIGURES.md 'as the sentence names it'); see REPORT.md.",
    "Formal report under letterhead (UBND tỉnh Lào Cai, Số: 412/BC-UBND, place-and-date line = published): XNK and customs 9 months 2024,",
    "with a flattened '|' table (units in the 'Đơn vị tính' column; periods and status from the column headers: Thực hiện 9 tháng 2023 actual,",
    "Kế hoạch năm 2024 target, Ước thực hiện 9 tháng 2024 estimate; cells scored with the header period, as in h23).",
    "The lead's 2.865 triệu USD repeats the table cell; both are figures (different mentions). 'bằng 71,6% kế hoạch năm' = percent, no plan value stated.",
    "Agency breakdown in brackets adds up to 286 vụ: total 286. '3/4 cửa khẩu' = 3 of 4.",
    "Distractors: Số 412/BC-UBND, date line, section numbers I./II./1./2./3., Bảng 1, quý IV/2024 heading, 'đường bộ số II', KT1.",
    "Sections 2-3 have no period phrase of their own: the title's '9 tháng năm 2024' is inherited.",
]

if __name__ == "__main__":
    emit("p613-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Lào Cai")
