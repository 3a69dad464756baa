from lib import F, P, chg, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
Số: 187/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hưng Yên, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án phát triển nghĩa trang và cơ sở hỏa táng 6 tháng đầu năm 2024

Thực hiện Công văn số 2156/BXD-HTKT ngày 12/6/2024 của Bộ Xây dựng, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Về quy hoạch, đầu tư nghĩa trang
Toàn tỉnh hiện có 1.246 nghĩa trang, nghĩa địa với tổng diện tích khoảng 1.085 ha, trong đó 10 nghĩa trang nhân dân tập trung cấp huyện với diện tích 186,5 ha. Diện tích bình quân 0,87 ha/nghĩa trang. Trong 6 tháng đầu năm 2024, tỉnh đã đóng cửa 37 nghĩa địa nhỏ lẻ không phù hợp quy hoạch, nâng tổng số nghĩa địa đã đóng cửa từ năm 2021 đến nay lên 214 điểm.

2. Về hỏa táng
6 tháng đầu năm 2024, toàn tỉnh có 4.315 người từ trần, trong đó 1.942 trường hợp hỏa táng, chiếm 45%, tăng 3,6 điểm phần trăm so với cùng kỳ năm 2023. Ngân sách các huyện, thị xã, thành phố đã hỗ trợ chi phí hỏa táng 8,74 tỷ đồng.

Kết quả một số chỉ tiêu chủ yếu:

Đơn vị tính: %

Chỉ tiêu

Kế hoạch năm 2024

Thực hiện 6 tháng đầu năm 2024

Tỷ lệ hỏa táng toàn tỉnh

48

45,0

Tỷ lệ hỏa táng khu vực đô thị

75

71,8

Tỷ lệ nghĩa trang được quản lý theo quy hoạch

90

86,4

Tỷ lệ xã có quy chế quản lý nghĩa trang

100

97,3

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Đẩy nhanh tiến độ dự án cơ sở hỏa táng tại huyện Văn Giang (4 lò hỏa táng, tổng mức đầu tư 126 tỷ đồng).
2. Phấn đấu cả năm 2024 đóng cửa thêm từ 60 đến 80 nghĩa địa nhỏ lẻ.

Nơi nhận:
- Bộ Xây dựng;
- Lưu: VT, XD.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1t = P("Thực hiện 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")


def cell(anchor, number, value, row, col, period, status="actual"):
    kw = {"status": status} if status != "actual" else {}
    return F(anchor, number, value, "percent", "%", f"{row} {col}", period, **kw)


FIGS = [
    F("có 1.246 nghĩa trang", "1.246", 1246, "count", "nghĩa trang, nghĩa địa", "nghĩa trang, nghĩa địa"),
    F("khoảng 1.085 ha", "1.085", 1085, "measure", "ha", "tổng diện tích nghĩa trang, nghĩa địa", approx="about"),
    F("đó 10 nghĩa trang", "10", 10, "count", "nghĩa trang", "nghĩa trang nhân dân tập trung cấp huyện", total=1246),
    F("tích 186,5 ha", "186,5", 186.5, "measure", "ha", "diện tích nghĩa trang nhân dân tập trung cấp huyện", total=1085),
    F("bình quân 0,87 ha/nghĩa trang", "0,87", 0.87, "measure", "ha/nghĩa trang", "diện tích bình quân"),
    F("cửa 37 nghĩa địa", "37", 37, "count", "nghĩa địa", "nghĩa địa nhỏ lẻ không phù hợp quy hoạch đã đóng cửa",
      P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")),
    F("lên 214 điểm", "214", 214, "count", "điểm", "tổng số nghĩa địa đã đóng cửa",
      P("từ năm 2021 đến nay", "2021-01-01", "2024-07-05")),
    F("có 4.315 người", "4.315", 4315, "count", "người", "người từ trần", H1),
    F("1.942 trường hợp", "1.942", 1942, "count", "trường hợp", "trường hợp hỏa táng", H1,
      total=4315, percent=45, change=chg("increase", 3.6, "điểm phần trăm", "cùng kỳ năm 2023")),
    F("hỏa táng 8,74 tỷ đồng", "8,74", 8740000000, "money", "đồng", "ngân sách các huyện, thị xã, thành phố hỗ trợ chi phí hỏa táng",
      P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)),
    cell("toàn tỉnh\n\n48", "48", 48, "Tỷ lệ hỏa táng toàn tỉnh", "kế hoạch năm 2024", KH, "target"),
    cell("48\n\n45,0", "45,0", 45, "Tỷ lệ hỏa táng toàn tỉnh", "thực hiện 6 tháng đầu năm 2024", H1t),
    cell("đô thị\n\n75", "75", 75, "Tỷ lệ hỏa táng khu vực đô thị", "kế hoạch năm 2024", KH, "target"),
    cell("71,8", "71,8", 71.8, "Tỷ lệ hỏa táng khu vực đô thị", "thực hiện 6 tháng đầu năm 2024", H1t),
    cell("quy hoạch\n\n90", "90", 90, "Tỷ lệ nghĩa trang được quản lý theo quy hoạch", "kế hoạch năm 2024", KH, "target"),
    cell("86,4", "86,4", 86.4, "Tỷ lệ nghĩa trang được quản lý theo quy hoạch", "thực hiện 6 tháng đầu năm 2024", H1t),
    cell("nghĩa trang\n\n100", "100", 100, "Tỷ lệ xã có quy chế quản lý nghĩa trang", "kế hoạch năm 2024", KH, "target"),
    cell("97,3", "97,3", 97.3, "Tỷ lệ xã có quy chế quản lý nghĩa trang", "thực hiện 6 tháng đầu năm 2024", H1t),
    F("(4 lò", "4", 4, "count", "lò hỏa táng", "lò hỏa táng của dự án cơ sở hỏa táng", location="Văn Giang"),
    F("tư 126 tỷ đồng", "126", 126000000000, "money", "đồng", "tổng mức đầu tư dự án cơ sở hỏa táng", location="Văn Giang"),
    F("từ 60 đến 80", "60", 60, "count", "nghĩa địa", "nghĩa địa nhỏ lẻ đóng cửa thêm", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      value_max=80, status="target"),
]

COMMENTS = [
    "Formal report with letterhead (Số: 187/BC-UBND), place-and-date line 'Hưng Yên, ngày 05 tháng 7 năm 2024'. Cemetery land and cremation, H1 2024.",
    "One-cell-per-line table with 'Đơn vị tính: %' and columns 'Kế hoạch năm 2024' (status target) / 'Thực hiện 6 tháng đầu năm 2024' (actual); period from the column header.",
    "Distractors: Số: 187/BC-UBND, Công văn số 2156/BXD-HTKT ngày 12/6/2024, section numbers I./II./1./2., 'Lưu: VT, XD', headings with '6 tháng'.",
    "10 nghĩa trang and 186,5 ha after 'trong đó' are parts of 1.246 nghĩa trang and 1.085 ha (the whole counting the same thing).",
    "'từ năm 2021 đến nay' ends at the report date 2024-07-05. 8,74 tỷ: the period stands in the previous sentence (inherited).",
    "The Văn Giang project scale (4 lò, 126 tỷ) has no period and is actual (a project fact in a task item); located in Văn Giang.",
]
emit("p278-3", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Hưng Yên")
