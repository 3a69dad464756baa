"""p1042-4: ministry site (Tổng cục Thuế, Bộ Tài chính), thu tiền thuê đất cả nước năm 2023."""
from lib import F, P, I, C, build

TEXT = """
BỘ TÀI CHÍNH
Cổng thông tin điện tử Tổng cục Thuế
Trang chủ > Tin tức > Hoạt động ngành thuế

Thu tiền thuê đất năm 2023 vượt dự toán

06/02/2024 15:30

(TCT) - Theo báo cáo của Tổng cục Thuế, năm 2023, thu tiền thuê đất trên cả nước đạt 38.652 tỷ đồng, bằng 118,6% dự toán, giảm 3,2% so với năm 2022. Thu tiền sử dụng đất đạt 153.420 tỷ đồng, chỉ bằng 85,2% dự toán và giảm 22,6% so với năm trước.

Các địa phương có số thu tiền thuê đất lớn nhất lần lượt là TP Hồ Chí Minh (5.820 tỷ đồng), Hà Nội (4.915 tỷ đồng), Bình Dương (3.106 tỷ đồng) và Đồng Nai (2.487 tỷ đồng). Có 49/63 địa phương hoàn thành dự toán thu tiền thuê đất; thấp nhất là Lai Châu chỉ đạt 61% dự toán.

Tính đến ngày 31/12/2023, tổng nợ tiền thuê đất trên cả nước là 11.230 tỷ đồng, tăng 9,4% so với thời điểm 31/12/2022, chiếm 6,9% tổng nợ thuế. Trong đó, nợ khó thu là 4.870 tỷ đồng. Riêng tiền chậm nộp phát sinh trên số nợ tiền thuê đất khoảng 1.265 tỷ đồng. Mức tính tiền chậm nộp hiện hành là 0,03%/ngày theo Luật Quản lý thuế số 38/2019/QH14.

Năm 2024, Tổng cục Thuế đặt mục tiêu thu tiền thuê đất 40.500 tỷ đồng, giảm nợ tiền thuê đất xuống dưới 8.000 tỷ đồng. Ngày 25/01/2024, Tổng cục Thuế đã ban hành Công văn số 312/TCT-QLN yêu cầu cục thuế các tỉnh, thành phố rà soát toàn bộ hồ sơ thuê đất, xử lý dứt điểm các khoản nợ kéo dài.

Tổng cục Thuế - Số 123 Lò Đúc, quận Hai Bà Trưng, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TY = 1e9
SUBJ_LIST = "số thu tiền thuê đất"

FIGS = [
    F("đạt 38.652 tỷ đồng", "38.652", 38652 * TY, "money", "đồng", "thu tiền thuê đất", Y23,
      percent=118.6, change=C("decrease", 3.2, baseline="năm 2022")),
    F("đạt 153.420 tỷ đồng", "153.420", 153420 * TY, "money", "đồng", "thu tiền sử dụng đất", I(Y23),
      percent=85.2, change=C("decrease", 22.6, baseline="năm trước")),
    F("(5.820 tỷ đồng)", "5.820", 5820 * TY, "money", "đồng", SUBJ_LIST, I(Y23), location="TP Hồ Chí Minh"),
    F("(4.915 tỷ đồng)", "4.915", 4915 * TY, "money", "đồng", SUBJ_LIST, I(Y23), location="Hà Nội"),
    F("(3.106 tỷ đồng)", "3.106", 3106 * TY, "money", "đồng", SUBJ_LIST, I(Y23), location="Bình Dương"),
    F("(2.487 tỷ đồng)", "2.487", 2487 * TY, "money", "đồng", SUBJ_LIST, I(Y23), location="Đồng Nai"),
    F("Có 49/63 địa phương", "49", 49, "count", "địa phương", "địa phương hoàn thành dự toán thu tiền thuê đất",
      I(Y23), total=63),
    F("chỉ đạt 61%", "61", 61, "percent", "%", "tỷ lệ thu tiền thuê đất so với dự toán", I(Y23),
      location="Lai Châu"),
    F("là 11.230 tỷ đồng", "11.230", 11230 * TY, "money", "đồng", "tổng nợ tiền thuê đất", ASOF,
      percent=6.9, change=C("increase", 9.4, baseline="thời điểm 31/12/2022")),
    F("là 4.870 tỷ đồng", "4.870", 4870 * TY, "money", "đồng", "nợ khó thu", I(ASOF), total=11230 * TY),
    F("khoảng 1.265 tỷ đồng", "1.265", 1265 * TY, "money", "đồng",
      "tiền chậm nộp phát sinh trên số nợ tiền thuê đất", I(ASOF), approx="about"),
    F("là 0,03%/ngày", "0,03", 0.03, "percent", "%", "mức tính tiền chậm nộp"),
    F("thuê đất 40.500 tỷ đồng", "40.500", 40500 * TY, "money", "đồng", "thu tiền thuê đất", Y24, status="target"),
    F("dưới 8.000 tỷ đồng", "8.000", 8000 * TY, "money", "đồng", "nợ tiền thuê đất", Y24,
      approx="under", status="target"),
]

COMMENTS = [
    "Ministry site (Tổng cục Thuế): national land-rent revenue 2023, top provinces, 49/63, debt as of 31/12/2023, 2024 targets.",
    "Distractors: Luật Quản lý thuế số 38/2019/QH14, Công văn số 312/TCT-QLN, 'Ngày 25/01/2024', 'thời điểm 31/12/2022' (baseline),",
    "address 'Số 123 Lò Đúc, quận Hai Bà Trưng' (number word in a name), dateline time.",
    "List items take the province as location; 61% of Lai Châu is a percent figure of its own (no base amount).",
    "0,03%/ngày: a percent rate per day; first annotated with unit '%/ngày' (rate rule).",
    "revised: unit now '%' (FIGURES.md: unit is '%' for percents; the rate examples are measure/money).",
    "'Riêng tiền chậm nộp … khoảng 1.265 tỷ' has no part-of cue: no total.",
]

if __name__ == "__main__":
    build("p1042-4", TEXT, FIGS, COMMENTS, published="2024-02-06", location="Việt Nam")
