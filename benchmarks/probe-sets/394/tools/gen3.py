from lib import *

TEXT = """LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG NAM
Ngày đăng: 08/10/2024 | Lượt xem: 1.208

Liên minh Hợp tác xã tỉnh: 9 tháng năm 2024 tư vấn, hỗ trợ thành lập mới 19 hợp tác xã

Trong 9 tháng năm 2024, Liên minh Hợp tác xã tỉnh đã tư vấn, hỗ trợ thành lập mới 19 hợp tác xã, đạt 76% kế hoạch năm, tập trung ở các địa phương: Điện Bàn (5 hợp tác xã), Duy Xuyên (4), Thăng Bình (4), Đại Lộc (3), Núi Thành (3). Số thành viên tham gia các hợp tác xã mới là 612 thành viên; vốn điều lệ đăng ký bình quân trên 1,2 tỷ đồng/hợp tác xã.

Về tín dụng, Quỹ Hỗ trợ phát triển hợp tác xã tỉnh (thành lập theo Quyết định số 23/2021/QĐ-UBND) đã giải ngân 14,75 tỷ đồng cho 31 dự án của hợp tác xã và thành viên, nâng tổng dư nợ tính đến ngày 30/9/2024 lên 52,3 tỷ đồng; tỷ lệ nợ quá hạn chỉ chiếm 0,8% tổng dư nợ.

Công tác đào tạo, bồi dưỡng được đẩy mạnh với 24 lớp tập huấn cho gần 1.500 lượt cán bộ quản lý, thành viên hợp tác xã, tổ hợp tác; Liên minh đã đưa 46 hợp tác xã tham gia hội chợ, triển lãm trong và ngoài tỉnh.

Đến nay, toàn tỉnh có 428 hợp tác xã, 1 liên hiệp hợp tác xã và 956 tổ hợp tác. Doanh thu bình quân của hợp tác xã năm 2024 ước đạt 3,1 tỷ đồng, cao hơn khoảng 9% so với năm 2023.

Quý IV/2024, Liên minh phấn đấu hỗ trợ thành lập mới thêm 6 hợp tác xã, bảo đảm hoàn thành chỉ tiêu cả năm là 25 hợp tác xã.

Văn phòng Liên minh Hợp tác xã tỉnh - số 02 Trần Phú, TP. Tam Kỳ. ĐT: 0235.3852.417
"""

M9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
AS = P("tính đến ngày 30/9/2024", None, "2024-09-30")
NOW = P("Đến nay", None, "2024-10-08")
SUBJ = "hợp tác xã được tư vấn, hỗ trợ thành lập mới"

FIGS = [
    F("thành lập mới 19 hợp tác xã\n", "19", 19, "count", "hợp tác xã", SUBJ,
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("thành lập mới 19 hợp tác xã,", "19", 19, "count", "hợp tác xã", SUBJ, M9, percent=76),
    F("Điện Bàn (5 hợp tác xã)", "5", 5, "count", "hợp tác xã", SUBJ, M9, total=19, location="Điện Bàn"),
    F("Duy Xuyên (4)", "4", 4, "count", "hợp tác xã", SUBJ, M9, total=19, location="Duy Xuyên"),
    F("Thăng Bình (4)", "4", 4, "count", "hợp tác xã", SUBJ, M9, total=19, location="Thăng Bình"),
    F("Đại Lộc (3)", "3", 3, "count", "hợp tác xã", SUBJ, M9, total=19, location="Đại Lộc"),
    F("Núi Thành (3)", "3", 3, "count", "hợp tác xã", SUBJ, M9, total=19, location="Núi Thành"),
    F("là 612 thành viên", "612", 612, "count", "thành viên", "thành viên tham gia các hợp tác xã mới", M9i),
    F("trên 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng/hợp tác xã", "vốn điều lệ đăng ký bình quân", M9i,
      approx="over"),
    F("giải ngân 14,75 tỷ đồng", "14,75", 14750000000, "money", "đồng",
      "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh giải ngân", M9i),
    F("cho 31 dự án", "31", 31, "count", "dự án", "dự án của hợp tác xã và thành viên được giải ngân", M9i),
    F("lên 52,3 tỷ đồng", "52,3", 52300000000, "money", "đồng", "tổng dư nợ", AS),
    F("chiếm 0,8%", "0,8", 0.8, "percent", "%", "tỷ lệ nợ quá hạn", AS),
    F("với 24 lớp", "24", 24, "count", "lớp", "lớp tập huấn", M9i),
    F("gần 1.500 lượt", "1.500", 1500, "count", "lượt cán bộ",
      "lượt cán bộ quản lý, thành viên hợp tác xã, tổ hợp tác được tập huấn", M9i, approx="nearly"),
    F("đưa 46 hợp tác xã", "46", 46, "count", "hợp tác xã", "hợp tác xã tham gia hội chợ, triển lãm", M9i),
    F("có 428 hợp tác xã", "428", 428, "count", "hợp tác xã", "hợp tác xã", NOW),
    F("1 liên hiệp", "1", 1, "count", "liên hiệp hợp tác xã", "liên hiệp hợp tác xã", NOW),
    F("và 956 tổ hợp tác", "956", 956, "count", "tổ hợp tác", "tổ hợp tác", NOW),
    F("ước đạt 3,1 tỷ đồng", "3,1", 3100000000, "money", "đồng", "doanh thu bình quân của hợp tác xã",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="estimate",
      change=C("increase", 9, "%", "năm 2023", approx="about")),
    F("thêm 6 hợp tác xã", "6", 6, "count", "hợp tác xã", "hợp tác xã hỗ trợ thành lập mới thêm",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    F("là 25 hợp tác xã", "25", 25, "count", "hợp tác xã", "chỉ tiêu cả năm hỗ trợ thành lập mới hợp tác xã",
      P("cả năm", "2024-01-01", "2024-12-31"), status="target"),
]

emit(3, TEXT, [
    "Liên minh HTX tỉnh Quảng Nam site: 'Ngày đăng: dd/mm/yyyy | Lượt xem: N' (counter is furniture); location Quảng Nam.",
    "19 HTX 'đạt 76% kế hoạch năm' → percent 76. The district list after ':' follows the whole 19 and adds up to it → total 19, place in location.",
    "14,75 tỷ/31 dự án belong to the 9 months (inherited) although the sentence also carries the as-of 30/9/2024 of the dư nợ.",
    "'Đến nay' = as-of the dateline 2024-10-08; '1 liên hiệp' is a count. 'cả năm' (the yearly plan, 25) → 2024, status target.",
    "Distractors: 'Quyết định số 23/2021/QĐ-UBND', 'số 02 Trần Phú, TP. Tam Kỳ', phone, 'Lượt xem: 1.208'.",
], FIGS, published="2024-10-08", location="Quảng Nam")
