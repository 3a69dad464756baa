"""p650-3: formal report (UBND tỉnh Yên Bái, Số 312/BC-UBND) — rabies 9 months 2024, flattened | table by district."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH YÊN BÁI
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác phòng, chống bệnh dại 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Bệnh dại trên người
9 tháng năm 2024, toàn tỉnh có 18.724 người bị động vật nghi dại cắn phải đi tiêm phòng, giảm 4,6% so với cùng kỳ năm 2023; ghi nhận 3 ca tử vong do bệnh dại tại các huyện Văn Chấn, Trạm Tấu và Mù Cang Chải. Các cơ sở tiêm chủng đã sử dụng 52.180 liều vắc xin phòng dại, trong đó 47.920 liều do người dân tự chi trả.

2. Tiêm phòng cho đàn chó
Tổng đàn chó toàn tỉnh ước 132.500 con. Số chó đã tiêm phòng dại là 89.460 con, đạt 67,5% tổng đàn. Kết quả tại một số địa phương:

Huyện | Tổng đàn chó (con) | Đã tiêm (con) | Tỷ lệ tiêm (%)
Văn Chấn | 24.310 | 15.802 | 65,0
Trạm Tấu | 9.840 | 5.117 | 52,0
Mù Cang Chải | 12.650 | 6.957 | 55,0
Lục Yên | 18.200 | 14.378 | 79,0

3. Quản lý chó nuôi và kinh phí
Lực lượng chức năng đã bắt giữ 426 con chó thả rông, xử phạt 58 trường hợp với tổng số tiền 46,4 triệu đồng. Kinh phí phòng, chống bệnh dại 9 tháng là 1.865,4 triệu đồng, đạt 74,6% dự toán năm.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến hết năm 2024 tỷ lệ tiêm phòng dại đạt 75% tổng đàn chó; tiêm bổ sung cho khoảng 10.000 con chó chưa được tiêm.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, NLN.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T24 = P("đến hết năm 2024", None, "2024-12-31")

ROWS = [
    ("Văn Chấn", "Chấn | 24.310", "24.310", 24310, "24.310 | 15.802", "15.802", 15802, "15.802 | 65,0", "65,0", 65.0),
    ("Trạm Tấu", "Tấu | 9.840", "9.840", 9840, "9.840 | 5.117", "5.117", 5117, "5.117 | 52,0", "52,0", 52.0),
    ("Mù Cang Chải", "Chải | 12.650", "12.650", 12650, "12.650 | 6.957", "6.957", 6957, "6.957 | 55,0", "55,0", 55.0),
    ("Lục Yên", "Yên | 18.200", "18.200", 18200, "18.200 | 14.378", "14.378", 14378, "14.378 | 79,0", "79,0", 79.0),
]

FIGS = [
    F("có 18.724 người", "18.724", 18724, "count", "người", "người bị động vật nghi dại cắn phải đi tiêm phòng", M9,
      change=CH("decrease", 4.6, "%", "cùng kỳ năm 2023")),
    F("ghi nhận 3 ca", "3", 3, "count", "ca", "ca tử vong do bệnh dại", M9),
    F("sử dụng 52.180 liều", "52.180", 52180, "count", "liều", "liều vắc xin phòng dại sử dụng", I(M9)),
    F("47.920 liều", "47.920", 47920, "count", "liều", "liều vắc xin phòng dại do người dân tự chi trả", I(M9), total=52180),
    F("ước 132.500 con", "132.500", 132500, "count", "con", "tổng đàn chó", I(M9), status="estimate"),
    F("là 89.460 con", "89.460", 89460, "count", "con", "chó đã tiêm phòng dại", I(M9), percent=67.5),
]
for place, a1, n1, v1, a2, n2, v2, a3, n3, v3 in ROWS:
    FIGS += [
        F(a1, n1, v1, "count", "con", "tổng đàn chó", I(M9), location=place),
        F(a2, n2, v2, "count", "con", "số chó đã tiêm phòng dại", I(M9), location=place),
        F(a3, n3, v3, "percent", "%", "tỷ lệ tiêm phòng dại cho chó", I(M9), location=place),
    ]
FIGS += [
    F("bắt giữ 426 con", "426", 426, "count", "con", "chó thả rông bị bắt giữ", I(M9)),
    F("xử phạt 58 trường hợp", "58", 58, "count", "trường hợp", "trường hợp bị xử phạt", I(M9)),
    F("46,4 triệu đồng", "46,4", 46.4e6, "money", "đồng", "tổng số tiền xử phạt", I(M9)),
    F("1.865,4 triệu đồng", "1.865,4", 1865.4e6, "money", "đồng", "kinh phí phòng, chống bệnh dại",
      P("9 tháng", "2024-01-01", "2024-09-30"), percent=74.6),
    F("đạt 75%", "75", 75, "percent", "%", "tỷ lệ tiêm phòng dại đàn chó", T24, status="target"),
    F("khoảng 10.000 con", "10.000", 10000, "count", "con", "chó chưa được tiêm cần tiêm bổ sung", T24,
      approx="about", status="target"),
]

COMMENTS = [
    "UBND tỉnh Yên Bái, Báo cáo số 312/BC-UBND: kết quả phòng, chống bệnh dại 9 tháng năm 2024; flattened '|' table by district, units in the column headers.",
    "Place-and-date line 'Yên Bái, ngày 08 tháng 10 năm 2024' gives published. 'Số: 312/BC-UBND', section numbers I./II./1./2./3., 'QUÝ IV/2024' heading are not figures.",
    "Table cells: subject = column label, district = location, period inherited from the title '9 tháng năm 2024'; each cell a figure of its own (no total/percent between cells).",
    "'ước 132.500 con' is an estimate; the next sentence (own verb) is actual. 'đạt 74,6% dự toán năm' is the percent of 1.865,4 triệu; year-less '9 tháng' takes 2024.",
    "The 3 deaths in three districts stay at the province. 'Phấn đấu' governs both clauses of the last sentence (targets, as-of end of 2024).",
]

if __name__ == "__main__":
    emit("p650-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Yên Bái")
