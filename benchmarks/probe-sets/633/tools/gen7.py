from lib import F, P, I, CH, T, emit

TEXT = """CHI CỤC CHĂN NUÔI VÀ THÚ Y TỈNH LONG AN
Tin tức > Kiểm soát giết mổ

Kết quả kiểm soát giết mổ 6 tháng đầu năm 2024

Toàn tỉnh Long An hiện có 9 cơ sở giết mổ tập trung và 165 điểm giết mổ nhỏ lẻ đang hoạt động, trong đó 112 điểm đã được bố trí nhân viên thú y kiểm soát giết mổ thường xuyên. 6 tháng đầu năm 2024, tỷ lệ gia súc được kiểm soát giết mổ đạt 76%, gia cầm đạt 41,5%.

Bảng: Số gia súc, gia cầm được kiểm soát giết mổ
Đơn vị tính: con

Loại vật nuôi
6 tháng đầu năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024

Lợn
186.420
197.350
400.000

Trâu, bò
7.815
7.240
15.000

Gia cầm
1.652.300
1.804.900
3.500.000

So với cùng kỳ, số lợn được kiểm soát giết mổ tăng 5,9%, gia cầm tăng 9,2%; riêng trâu, bò giảm 7,4% do nguồn cung giảm.

Trong 6 tháng, Chi cục đã cấp 1.126 giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi tỉnh; thu phí kiểm soát giết mổ 1,38 tỷ đồng, đạt 52,3% dự toán năm; phát hiện 14 trường hợp vi phạm, xử phạt 96 triệu đồng.

Chi cục đề nghị UBND các huyện, thị xã, thành phố tiếp tục rà soát, sắp xếp lại hoạt động giết mổ, phấn đấu đến cuối năm 2024 giảm số điểm giết mổ nhỏ lẻ xuống dưới 150 điểm.

Chi cục Chăn nuôi và Thú y tỉnh Long An
Địa chỉ: số 62 Nguyễn Cửu Vân, Phường 1, TP. Tân An
Điện thoại: 0272.3826.316
Tổng lượt truy cập: 528.914
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
C23 = P("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
C24 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
CK = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M6 = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
SUB = "được kiểm soát giết mổ"


def row(label, a, b, c):
    out = []
    for (anc, num), per, col, st in zip((a, b, c), (C23, C24, CK), ("6 tháng đầu năm 2023", "6 tháng đầu năm 2024",
                                                                      "kế hoạch năm 2024"), (None, None, "target")):
        kw = {"status": st} if st else {}
        out.append(F(anc, num, int(num.replace(".", "")), "count", "con", f"{label} {SUB} {col}", per, **kw))
    return out


FIGS = [
    F("có 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở giết mổ tập trung"),
    F("và 165 điểm", "165", 165, "count", "điểm giết mổ", "điểm giết mổ nhỏ lẻ đang hoạt động"),
    F("trong đó 112 điểm", "112", 112, "count", "điểm", "điểm giết mổ được bố trí nhân viên thú y kiểm soát giết mổ thường xuyên",
      total=165),
    F("đạt 76%", "76", 76, "percent", "%", "tỷ lệ gia súc được kiểm soát giết mổ", H1),
    F("đạt 41,5%", "41,5", 41.5, "percent", "%", "tỷ lệ gia cầm được kiểm soát giết mổ", H1),
    *row("Lợn", ("186.420", "186.420"), ("197.350", "197.350"), ("400.000", "400.000")),
    *row("Trâu, bò", ("7.815", "7.815"), ("7.240", "7.240"), ("\n15.000", "15.000")),
    *row("Gia cầm", ("1.652.300", "1.652.300"), ("1.804.900", "1.804.900"), ("3.500.000", "3.500.000")),
    F("tăng 5,9%", "5,9", 5.9, "percent", "%", "tăng số lợn được kiểm soát giết mổ so với cùng kỳ", I(H1)),
    F("tăng 9,2%", "9,2", 9.2, "percent", "%", "tăng số gia cầm được kiểm soát giết mổ so với cùng kỳ", I(H1)),
    F("giảm 7,4%", "7,4", 7.4, "percent", "%", "giảm số trâu, bò được kiểm soát giết mổ so với cùng kỳ", I(H1)),
    F("cấp 1.126 giấy", "1.126", 1126, "count", "giấy chứng nhận kiểm dịch",
      "giấy chứng nhận kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi tỉnh", M6),
    F("1,38 tỷ đồng", "1,38", 1380000000, "money", "đồng", "thu phí kiểm soát giết mổ", M6, percent=52.3),
    F("phát hiện 14 trường hợp", "14", 14, "count", "trường hợp", "trường hợp vi phạm", M6),
    F("xử phạt 96 triệu đồng", "96", 96000000, "money", "đồng", "tiền xử phạt", M6),
    F("dưới 150 điểm", "150", 150, "count", "điểm", "điểm giết mổ nhỏ lẻ", P("đến cuối năm 2024", None, "2024-12-31"),
      approx="under", status="target"),
]

COMMENTS = [
    "Department site (Chi cục Chăn nuôi và Thú y Long An), no dateline: slaughter control 6 tháng đầu năm 2024 with a one-cell-per-line table",
    "('Đơn vị tính: con'; columns 6 tháng 2023 | 6 tháng 2024 | Kế hoạch năm 2024 -> target). Table periods from the column headers (scored, as in shared h23).",
    "'hiện có' sentence: no period. '112 điểm' after 'trong đó' is part of 165. The growth rates 'tăng 5,9%', 'tăng 9,2%', 'giảm 7,4%' are the claim: percent",
    "figures, no change. '1,38 tỷ đồng, đạt 52,3% dự toán năm' -> percent 52,3. 'Trong 6 tháng' takes 2024 from the nearest earlier period.",
    "Distractors: 'Phường 1', số 62 Nguyễn Cửu Vân, phone 0272.3826.316, 'Tổng lượt truy cập: 528.914', headline period '6 tháng đầu năm 2024'.",
]

emit("p633-7", TEXT, COMMENTS, FIGS, published=None, location="Long An")
