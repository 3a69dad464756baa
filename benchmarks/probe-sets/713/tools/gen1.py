"""p713-1: Bình Dương province portal, labour inspection results 6 months 2024."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Lao động - Việc làm

6 tháng đầu năm 2024: Thanh tra, kiểm tra 312 doanh nghiệp, xử phạt hơn 4,6 tỷ đồng

Cập nhật: 10/07/2024 15:42 | Lượt xem: 1.864

Sáu tháng đầu năm 2024, Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương đã tổ chức 27 cuộc thanh tra, kiểm tra việc chấp hành pháp luật lao động tại 312 doanh nghiệp, đạt 52% kế hoạch năm, tăng 18,2% so với cùng kỳ. Qua thanh tra đã phát hiện 1.147 sai phạm, trong đó 286 sai phạm liên quan đến thời giờ làm việc, thời giờ nghỉ ngơi và làm thêm giờ.

Các đoàn đã ban hành 64 quyết định xử phạt vi phạm hành chính với tổng số tiền hơn 4,6 tỷ đồng; kiến nghị truy thu gần 3,2 tỷ đồng tiền bảo hiểm xã hội và 815 triệu đồng tiền lương làm thêm giờ cho 2.431 người lao động.

Doanh nghiệp tổ chức làm thêm vượt quá 300 giờ/năm tập trung ở TP. Thuận An (14 doanh nghiệp), TP. Dĩ An (11 doanh nghiệp), TP. Tân Uyên (9 doanh nghiệp) và TP. Bến Cát (6 doanh nghiệp). Số giờ làm thêm bình quân của người lao động khoảng 38 giờ/tháng, có nơi lên tới 62 giờ/tháng.

Theo ông Trần Văn Tâm, Chánh Thanh tra Sở, 6 tháng cuối năm, Sở dự kiến thanh tra thêm 25 cuộc tại khoảng 290 doanh nghiệp; phấn đấu đến năm 2025 có 100% doanh nghiệp sử dụng từ 500 lao động trở lên được thanh tra, kiểm tra.

Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương
Địa chỉ: Tầng 9, Tháp A, Trung tâm Hành chính tỉnh, đường Lê Lợi, phường Hòa Phú, TP. Thủ Dầu Một
Điện thoại: 0274.3822.629
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
P3 = per("đến năm 2025", None, "2025-12-31")

F = [
    fig("kiểm tra 312 doanh nghiệp, xử phạt", "312", 312, "count", "doanh nghiệp",
        "doanh nghiệp được thanh tra, kiểm tra", H1),
    fig("xử phạt hơn 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng",
        "tiền xử phạt", H1, approx="over"),
    fig("tổ chức 27 cuộc thanh tra", "27", 27, "count", "cuộc",
        "cuộc thanh tra, kiểm tra việc chấp hành pháp luật lao động", P1),
    fig("tại 312 doanh nghiệp, đạt", "312", 312, "count", "doanh nghiệp",
        "doanh nghiệp được thanh tra, kiểm tra việc chấp hành pháp luật lao động", P1,
        percent=52, change=chg("increase", 18.2, "%", "cùng kỳ")),
    fig("phát hiện 1.147 sai phạm", "1.147", 1147, "count", "sai phạm",
        "sai phạm phát hiện qua thanh tra", inh(P1)),
    fig("trong đó 286 sai phạm", "286", 286, "count", "sai phạm",
        "sai phạm liên quan đến thời giờ làm việc, thời giờ nghỉ ngơi và làm thêm giờ", inh(P1), total=1147),
    fig("ban hành 64 quyết định", "64", 64, "count", "quyết định",
        "quyết định xử phạt vi phạm hành chính", inh(P1)),
    fig("tiền hơn 4,6 tỷ đồng", "4,6", 4.6e9, "money", "đồng",
        "tổng số tiền xử phạt vi phạm hành chính", inh(P1), approx="over"),
    fig("truy thu gần 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng",
        "tiền bảo hiểm xã hội kiến nghị truy thu", inh(P1), approx="nearly"),
    fig("và 815 triệu đồng", "815", 815e6, "money", "đồng",
        "tiền lương làm thêm giờ kiến nghị truy thu", inh(P1)),
    fig("cho 2.431 người lao động", "2.431", 2431, "count", "người lao động",
        "người lao động được truy thu tiền bảo hiểm xã hội và tiền lương làm thêm giờ", inh(P1)),
    fig("vượt quá 300 giờ/năm", "300", 300, "measure", "giờ/năm", approx="over", optional=True),
    fig("Thuận An (14 doanh nghiệp)", "14", 14, "count", "doanh nghiệp",
        "doanh nghiệp tổ chức làm thêm vượt quá 300 giờ/năm", inh(P1), location="Thuận An"),
    fig("Dĩ An (11 doanh nghiệp)", "11", 11, "count", "doanh nghiệp",
        "doanh nghiệp tổ chức làm thêm vượt quá 300 giờ/năm", inh(P1), location="Dĩ An"),
    fig("Tân Uyên (9 doanh nghiệp)", "9", 9, "count", "doanh nghiệp",
        "doanh nghiệp tổ chức làm thêm vượt quá 300 giờ/năm", inh(P1), location="Tân Uyên"),
    fig("Bến Cát (6 doanh nghiệp)", "6", 6, "count", "doanh nghiệp",
        "doanh nghiệp tổ chức làm thêm vượt quá 300 giờ/năm", inh(P1), location="Bến Cát"),
    fig("khoảng 38 giờ/tháng", "38", 38, "measure", "giờ/tháng",
        "số giờ làm thêm bình quân của người lao động", inh(P1), approx="about"),
    fig("lên tới 62 giờ/tháng", "62", 62, "measure", "giờ/tháng",
        "số giờ làm thêm của người lao động cao nhất", inh(P1)),
    fig("thêm 25 cuộc", "25", 25, "count", "cuộc",
        "cuộc thanh tra", P2, status="forecast"),
    fig("khoảng 290 doanh nghiệp", "290", 290, "count", "doanh nghiệp",
        "doanh nghiệp được thanh tra", P2, approx="about", status="forecast"),
    fig("có 100% doanh nghiệp", "100", 100, "percent", "%",
        "doanh nghiệp sử dụng từ 500 lao động trở lên được thanh tra, kiểm tra", P3, status="target"),
    fig("từ 500 lao động", "500", 500, "count", "lao động", approx="at_least", status="target", optional=True),
]

write("p713-1", TEXT, [
    "Bình Dương province portal (breadcrumb, 'Cập nhật: 10/07/2024 15:42', 'Lượt xem: 1.864'): labour inspection 6 months 2024.",
    "Distractors: 'Lượt xem: 1.864', 'Tầng 9, Tháp A', phone 0274.3822.629, 'Sáu tháng'/'6 tháng' periods.",
    "'đạt 52% kế hoạch năm, tăng 18,2% so với cùng kỳ' belong to 312 doanh nghiệp (nearest figure). Districts in brackets -> location.",
    "Thresholds 'vượt quá 300 giờ/năm' (the list's indicator) and 'từ 500 lao động' are optional.",
    "'dự kiến' -> forecast for 25 cuộc / 290 DN; 'phấn đấu đến năm 2025' -> target.",
], F, published="2024-07-10", location="Bình Dương")
