"""p1145-1: Lào Cai province portal, trekking and climbing routes (Sa Pa, Bát Xát), 9 months 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Lào Cai: Gần 68.000 lượt khách trekking, leo núi trong 9 tháng

Cập nhật: 15/10/2024 16:20 | Lượt xem: 2.418

(laocai.gov.vn) - 9 tháng đầu năm 2024, các tuyến trekking, leo núi trên địa bàn thị xã Sa Pa và huyện Bát Xát đón 67.850 lượt khách, tăng 18,6% so với cùng kỳ năm 2023, đạt 75,4% kế hoạch năm. Trong đó, khách quốc tế 41.200 lượt, khách nội địa 26.650 lượt.

Hiện toàn tỉnh có 12 tuyến trekking, leo núi được công bố đủ điều kiện kinh doanh du lịch mạo hiểm theo Quyết định số 2128/QĐ-UBND, trong đó 3 tuyến chinh phục đỉnh Fansipan (cao 3.143 m). Tính đến ngày 30/9/2024, có 186 hướng dẫn viên, người dẫn đường được cấp chứng nhận hướng dẫn du lịch mạo hiểm, tăng 34 người so với cuối năm 2023.

Theo quy định, mỗi đoàn leo Fansipan qua đường mòn Trạm Tôn tối đa 8 khách và phải có ít nhất một hướng dẫn viên. Phí dịch vụ trọn gói 2 ngày 1 đêm dao động từ 2,5 đến 3,2 triệu đồng/khách, đã bao gồm bảo hiểm du lịch với mức chi trả tối đa 60 triệu đồng/người/vụ.

Từ đầu năm đến nay, lực lượng chức năng đã tổ chức 9 cuộc tìm kiếm, cứu nạn, đưa 14 du khách bị lạc, bị thương xuống núi an toàn; ghi nhận 1 trường hợp tử vong do đột quỵ. Trạm kiểm soát tại Km 17 Quốc lộ 4D cũng đã nhắc nhở gần 300 nhóm khách tự leo núi không đăng ký.

Năm 2025, tỉnh phấn đấu đón khoảng 100.000 lượt khách trekking, leo núi; 100% hướng dẫn viên du lịch mạo hiểm được tập huấn sơ cấp cứu. Hội thi hướng dẫn viên du lịch miền núi lần thứ 4 dự kiến tổ chức vào tháng 11.
"""

HEAD = per("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
WHOLE = "lượt khách các tuyến trekking, leo núi"

FIGS = [
    fig("Gần 68.000 lượt khách", "68.000", 68000, "count", "lượt khách", approx="nearly",
        subject="lượt khách trekking, leo núi", period=HEAD),
    fig("đón 67.850 lượt khách", "67.850", 67850, "count", "lượt khách", percent=75.4,
        change=chg("increase", 18.6, "%", "cùng kỳ năm 2023"), subject=WHOLE, period=NINE),
    fig("quốc tế 41.200 lượt", "41.200", 41200, "count", "lượt", total=67850,
        subject="lượt khách quốc tế trekking, leo núi", period=inh(NINE)),
    fig("nội địa 26.650 lượt", "26.650", 26650, "count", "lượt", total=67850,
        subject="lượt khách nội địa trekking, leo núi", period=inh(NINE)),
    fig("có 12 tuyến", "12", 12, "count", "tuyến",
        subject="tuyến trekking, leo núi được công bố đủ điều kiện kinh doanh du lịch mạo hiểm"),
    fig("trong đó 3 tuyến", "3", 3, "count", "tuyến", total=12,
        subject="tuyến trekking, leo núi chinh phục đỉnh Fansipan"),
    fig("cao 3.143 m", "3.143", 3143, "measure", "m", subject="độ cao đỉnh Fansipan"),
    fig("có 186 hướng dẫn viên", "186", 186, "count", "hướng dẫn viên",
        change=chg("increase", 34, "người", "cuối năm 2023"),
        subject="hướng dẫn viên, người dẫn đường được cấp chứng nhận hướng dẫn du lịch mạo hiểm", period=ASOF),
    fig("tối đa 8 khách", "8", 8, "measure", "khách/đoàn", approx="at_most",
        subject="khách mỗi đoàn leo Fansipan qua đường mòn Trạm Tôn"),
    fig("ít nhất một hướng dẫn viên", "một", 1, "measure", "hướng dẫn viên/đoàn", approx="at_least",
        subject="hướng dẫn viên mỗi đoàn leo Fansipan"),
    fig("gói 2 ngày", "2", 2, "measure", "ngày", optional=True, subject="thời gian gói dịch vụ"),
    fig("ngày 1 đêm", "1", 1, "measure", "đêm", optional=True, subject="thời gian gói dịch vụ"),
    fig("từ 2,5 đến 3,2 triệu", "2,5", 2500000, "money", "đồng/khách", value_max=3200000,
        subject="phí dịch vụ trọn gói leo Fansipan 2 ngày 1 đêm"),
    fig("tối đa 60 triệu", "60", 60000000, "money", "đồng/người/vụ", approx="at_most",
        subject="mức chi trả bảo hiểm du lịch"),
    fig("tổ chức 9 cuộc", "9", 9, "count", "cuộc", subject="cuộc tìm kiếm, cứu nạn", period=YTD),
    fig("đưa 14 du khách", "14", 14, "count", "du khách",
        subject="du khách bị lạc, bị thương được đưa xuống núi an toàn", period=YTD),
    fig("ghi nhận 1 trường hợp", "1", 1, "count", "trường hợp",
        subject="trường hợp tử vong do đột quỵ", period=YTD),
    fig("gần 300 nhóm", "300", 300, "count", "nhóm khách", approx="nearly",
        subject="nhóm khách tự leo núi không đăng ký bị nhắc nhở", period=inh(YTD)),
    fig("khoảng 100.000 lượt", "100.000", 100000, "count", "lượt khách", approx="about", status="target",
        subject="lượt khách trekking, leo núi", period=Y25),
    fig("100% hướng dẫn viên", "100", 100, "percent", "%", status="target",
        subject="hướng dẫn viên du lịch mạo hiểm được tập huấn sơ cấp cứu", period=Y25),
]

NOTES = [
    "Province portal (Lào Cai): trekking/climbing routes in Sa Pa and Bát Xát, 9 months 2024; 'Cập nhật: 15/10/2024 16:20 | Lượt xem: 2.418'.",
    "Distractors: view counter 2.418, time 16:20, Quyết định số 2128/QĐ-UBND, 'Km 17 Quốc lộ 4D', 'lần thứ 4', 'tháng 11', dateline.",
    "Figures about Sa Pa and Bát Xát together are provincial (Lào Cai). 'cao 3.143 m' is the peak's height (measure).",
    "'2 ngày 1 đêm' names the tour package (optional). Per-group caps are rates ('khách/đoàn', 'hướng dẫn viên/đoàn'), kind measure.",
    "'Từ đầu năm đến nay' ends at published 2024-10-15. The 300 groups continue the rescue paragraph: period inherited.",
]

if __name__ == "__main__":
    write("p1145-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Lào Cai")
