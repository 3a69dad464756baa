"""p512-7: Sở LĐ-TB&XH Đồng Tháp site (no dateline), voluntary BHXH by locality, one-cell-per-line table."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH ĐỒNG THÁP
Trang chủ / Lao động - Việc làm / Bảo hiểm xã hội

Kết quả phát triển người tham gia BHXH tự nguyện 6 tháng đầu năm 2024

Tính đến ngày 30/6/2024, toàn tỉnh Đồng Tháp có 34.862 người tham gia BHXH tự nguyện, tăng 2.417 người so với cuối năm 2023, đạt 83,2% kế hoạch năm 2024. Số người tham gia tại một số địa phương như sau:

Đơn vị tính: người
Địa phương
Năm 2023
6 tháng 2024
Kế hoạch 2024
TP Cao Lãnh
3.912
4.208
4.900
TP Sa Đéc
2.455
2.630
3.100
TP Hồng Ngự
1.870
1.982
2.450
Huyện Tháp Mười
4.106
4.387
5.200
Huyện Lai Vung
3.027
3.219
3.950

Trong 6 tháng, ngân sách nhà nước đã hỗ trợ tiền đóng cho 12.530 lượt người với số tiền gần 4,6 tỷ đồng. Tỷ lệ người tham gia BHXH tự nguyện trên lực lượng lao động trong độ tuổi mới đạt 3,4%. Sở đề nghị các địa phương tăng cường tuyên truyền, phấn đấu đến năm 2025 có 5% lực lượng lao động trong độ tuổi tham gia BHXH tự nguyện.

Theo đánh giá của Sở, số người tham gia tăng chưa bền vững do thu nhập của lao động khu vực nông nghiệp còn thấp, không ổn định; nhiều người chưa hiểu rõ quyền lợi được hưởng lương hưu và thẻ BHYT miễn phí khi đủ điều kiện. Tình trạng người tham gia dừng đóng giữa chừng vẫn còn xảy ra ở các huyện Tam Nông, Thanh Bình và Tân Hồng.

Phòng Lao động - Việc làm: số 04 đường 30/4, Phường 1, TP Cao Lãnh. ĐT: 0277.3851.347
Tổng số lượt truy cập: 2.184.905
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
C23 = P("Năm 2023", "2023-01-01", "2023-12-31")
C24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
CKH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
H6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")

FIGS = [
    F("có 34.862 người", "34.862", 34862, "count", "người", "người tham gia BHXH tự nguyện", ASOF,
      percent=83.2, change=CH("increase", 2417, "người", baseline="cuối năm 2023")),
]
ROWS = [("TP Cao Lãnh", "Cao Lãnh", "3.912", "4.208", "4.900"),
        ("TP Sa Đéc", "Sa Đéc", "2.455", "2.630", "3.100"),
        ("TP Hồng Ngự", "Hồng Ngự", "1.870", "1.982", "2.450"),
        ("Huyện Tháp Mười", "Tháp Mười", "4.106", "4.387", "5.200"),
        ("Huyện Lai Vung", "Lai Vung", "3.027", "3.219", "3.950")]
S = "người tham gia BHXH tự nguyện"
for label, loc, a, b, c in ROWS:
    FIGS.append(F(f"{label}\n{a}\n", a, int(a.replace(".", "")), "count", "người", f"{S} năm 2023", C23, location=loc))
    FIGS.append(F(f"\n{b}\n", b, int(b.replace(".", "")), "count", "người", f"{S} 6 tháng 2024", C24, location=loc))
    FIGS.append(F(f"\n{c}\n", c, int(c.replace(".", "")), "count", "người", f"{S} kế hoạch 2024", CKH,
                  status="target", location=loc))
FIGS += [
    F("cho 12.530 lượt người", "12.530", 12530, "count", "lượt người", "lượt người được ngân sách nhà nước hỗ trợ tiền đóng", H6),
    F("gần 4,6 tỷ đồng", "4,6", 4600000000, "money", "đồng", "số tiền ngân sách nhà nước hỗ trợ tiền đóng", H6, approx="nearly"),
    F("mới đạt 3,4%", "3,4", 3.4, "percent", "%",
      "tỷ lệ người tham gia BHXH tự nguyện trên lực lượng lao động trong độ tuổi", I(ASOF)),
    F("có 5% lực lượng", "5", 5, "percent", "%", "lực lượng lao động trong độ tuổi tham gia BHXH tự nguyện",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Đồng Tháp site (invented), no dateline: BHXH tự nguyện at 30/6/2024; one-cell-per-line table with 'Đơn vị tính: người'",
    "and columns Năm 2023 | 6 tháng 2024 | Kế hoạch 2024 (periods from the headers; Kế hoạch -> target). Row labels are cities/districts:",
    "location, never subject (place() strips TP/Huyện). 'Năm 2023' column read as the year 2023 (the table rule, as shared h24).",
    "Distractors: breadcrumb, 'đường 30/4', 'Phường 1', phone 0277.3851.347, 'Tổng số lượt truy cập: 2.184.905'. No `published`.",
]

if __name__ == "__main__":
    emit("p512-7", TEXT, COMMENTS, FIGS, published=None, location="Đồng Tháp")
