"""p795-3: formal report (UBND tỉnh Hà Giang), chợ gia súc and kiểm dịch 9 tháng đầu năm 2024, flattened | table."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH HÀ GIANG
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động các chợ gia súc và công tác kiểm dịch vận chuyển trâu, bò 9 tháng đầu năm 2024

Thực hiện Công văn số 1735/BNN-TY ngày 12/9/2024 của Bộ Nông nghiệp và Phát triển nông thôn, UBND tỉnh Hà Giang báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động các chợ gia súc
Toàn tỉnh hiện có 17 chợ gia súc, trong đó 4 chợ đã được nâng cấp, có khu cách ly và hố khử trùng. 9 tháng đầu năm 2024, tổng số trâu, bò giao dịch qua các chợ đạt 26.840 con, bằng 104,6% cùng kỳ. Số lượng tại các huyện trọng điểm:

Đơn vị tính: con
Huyện | Trâu | Bò | Tổng số
Đồng Văn | 1.920 | 5.310 | 7.230
Mèo Vạc | 2.450 | 4.880 | 7.330
Yên Minh | 1.760 | 3.240 | 5.000
Quản Bạ | 1.130 | 2.150 | 3.280
Tổng cộng | 7.260 | 15.580 | 22.840

2. Công tác kiểm dịch vận chuyển
Các trạm, chốt kiểm dịch đã kiểm tra 1.412 lượt phương tiện, kiểm dịch 14.680 con trâu, bò xuất ra ngoài tỉnh, tăng 9,3% so với cùng kỳ năm 2023; phát hiện 23 vụ vận chuyển gia súc không rõ nguồn gốc (giảm 6 vụ), xử phạt vi phạm hành chính 186 triệu đồng theo Nghị định số 90/2017/NĐ-CP. Tỷ lệ tiêm phòng lở mồm long móng đàn trâu, bò đạt 78,5%.

II. TỒN TẠI, HẠN CHẾ
Một số chợ chưa có hố khử trùng; 13/17 chợ chưa bố trí cán bộ thú y thường trực.

III. NHIỆM VỤ QUÝ IV/2024
1. Dự kiến quý IV, lượng trâu, bò giao dịch khoảng 9.500 con, nâng tổng cả năm lên trên 36.000 con.
2. Phấn đấu đến hết năm 2024 tỷ lệ tiêm phòng đạt trên 80%.
3. Đề nghị Trung ương hỗ trợ 3,5 tỷ đồng nâng cấp chợ gia súc Mèo Vạc lần thứ 2.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
YR = P("cả năm", "2024-01-01", "2024-12-31")
END = P("đến hết năm 2024", None, "2024-12-31")

ROWS = [  # (district, trâu, bò, tổng)
    ("Đồng Văn", "1.920", "5.310", "7.230"),
    ("Mèo Vạc", "2.450", "4.880", "7.330"),
    ("Yên Minh", "1.760", "3.240", "5.000"),
    ("Quản Bạ", "1.130", "2.150", "3.280"),
    ("Tổng cộng", "7.260", "15.580", "22.840"),
]


def num(s):
    return float(s.replace(".", ""))


TABLE = []
for label, trau, bo, tong in ROWS:
    loc = "Hà Giang" if label == "Tổng cộng" else label
    # subject = row label + column label (FIGURES.md, Tables); a district row label goes to location instead
    head = "Tổng cộng " if label == "Tổng cộng" else ""
    TABLE += [
        F(f"{label} | {trau}", trau, num(trau), "count", "con", head + "Trâu", I(M9), location=loc),
        F(f"{trau} | {bo}", bo, num(bo), "count", "con", head + "Bò", I(M9), location=loc),
        F(f"{bo} | {tong}", tong, num(tong), "count", "con", head + "Tổng số", I(M9), location=loc),
    ]

FIGS = [
    F("hiện có 17 chợ", "17", 17, "count", "chợ", "chợ gia súc toàn tỉnh"),
    F("trong đó 4 chợ", "4", 4, "count", "chợ", "chợ gia súc đã được nâng cấp", total=17),
    F("đạt 26.840 con", "26.840", 26840, "count", "con", "tổng số trâu, bò giao dịch qua các chợ", M9, percent=104.6),
] + TABLE + [
    F("kiểm tra 1.412 lượt", "1.412", 1412, "count", "lượt phương tiện", "lượt phương tiện được kiểm tra", I(M9)),
    F("kiểm dịch 14.680 con", "14.680", 14680, "count", "con", "trâu, bò xuất ra ngoài tỉnh được kiểm dịch", I(M9),
      change=C("increase", 9.3, baseline="cùng kỳ năm 2023")),
    F("phát hiện 23 vụ", "23", 23, "count", "vụ", "vụ vận chuyển gia súc không rõ nguồn gốc", I(M9),
      change=C("decrease", 6, "vụ")),
    F("186 triệu", "186", 186000000, "money", "đồng", "tiền xử phạt vi phạm hành chính", I(M9)),
    F("đạt 78,5%", "78,5", 78.5, "percent", "%", "tỷ lệ tiêm phòng lở mồm long móng đàn trâu, bò", I(M9)),
    F("13/17 chợ", "13", 13, "count", "chợ", "chợ chưa bố trí cán bộ thú y thường trực", total=17),
    F("khoảng 9.500 con", "9.500", 9500, "count", "con", "trâu, bò giao dịch", Q4, approx="about", status="forecast"),
    F("trên 36.000 con", "36.000", 36000, "count", "con", "tổng trâu, bò giao dịch cả năm", YR, approx="over",
      status="forecast"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng", END, approx="over", status="target"),
    F("hỗ trợ 3,5 tỷ", "3,5", 3500000000, "money", "đồng", "kinh phí đề nghị Trung ương hỗ trợ nâng cấp chợ gia súc",
      location="Mèo Vạc"),
]

COMMENTS = [
    "Formal report, UBND tỉnh Hà Giang, Số: 318/BC-UBND, dated 08/10/2024: chợ gia súc and kiểm dịch vận chuyển, 9 tháng đầu năm 2024.",
    "Flattened | table (Đơn vị tính: con): every cell is a figure, district rows give the location, the Tổng cộng row is Hà Giang;",
    "the period comes from the sentence before the table (inherited). Table cells carry no totals.",
    "revised after the first run: table subjects are the row and column labels only (FIGURES.md, Tables), e.g. 'Trâu', 'Tổng cộng Bò';",
    "the first gold had added the caption's meaning ('trâu giao dịch qua các chợ').",
    "'bằng 104,6% cùng kỳ' is the percent of 26.840; '(giảm 6 vụ)' is the change of 23 vụ; '13/17 chợ' has total 17.",
    "Section II/III figures: 'Dự kiến quý IV' forecast (and the continuing 'nâng tổng cả năm'), 'Phấn đấu' target.",
    "The requested 3,5 tỷ is a stated amount (actual), about the Mèo Vạc market.",
    "Distractors: Số: 318/BC-UBND, Công văn số 1735/BNN-TY ngày 12/9/2024, Nghị định số 90/2017/NĐ-CP, section numbers I.-III., 1.-3., 'lần thứ 2'.",
]

write("p795-3", TEXT, FIGS, COMMENTS, published="2024-10-08", location="Hà Giang")
