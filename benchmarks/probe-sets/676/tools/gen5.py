"""p676-5: Báo Cần Thơ (Party newspaper) — cấp cứu 115 during the Tết Giáp Thìn 2024 holiday."""
from lib import F, P, I, CH, emit

TEXT = """Báo Cần Thơ > Xã hội > Y tế

Dịp Tết Giáp Thìn: Cấp cứu 115 Cần Thơ xử lý 98 ca tai nạn giao thông

Trong 7 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8 đến 14/2/2024), Trung tâm Cấp cứu 115 TP Cần Thơ tiếp nhận 1.236 cuộc gọi, điều xe cấp cứu 342 lượt, tăng 46 lượt so với Tết Quý Mão năm 2023.

Đáng chú ý, số ca cấp cứu do tai nạn giao thông là 98 ca, tăng 15,3% so với cùng kỳ; trong đó có 57 ca người điều khiển phương tiện có nồng độ cồn, chiếm 58,2%. Có 3 trường hợp tử vong trước khi đến viện. Số cuộc gọi trong đêm Giao thừa gấp 2,5 lần đêm thường.

Ngoài tai nạn giao thông, Trung tâm còn cấp cứu 64 ca đột quỵ, 27 ca ngộ độc rượu và 19 ca bị thương do đánh nhau. Các quận có nhiều ca cấp cứu là Ninh Kiều (112 ca), Cái Răng (54 ca) và Bình Thủy (47 ca).

Bác sĩ Trần Văn Hùng, Giám đốc Trung tâm, cho biết trong dịp Tết, Trung tâm bố trí 12 kíp trực với 86 cán bộ, nhân viên; thời gian từ khi nhận cuộc gọi đến khi tiếp cận người bệnh trung bình 11 phút ở khu vực nội ô.

Theo ông Hùng, số ca tai nạn giao thông tăng chủ yếu vào chiều mùng 2 và mùng 3 Tết, tập trung trên Quốc lộ 91 và đường Nguyễn Văn Cừ. Trung tâm khuyến cáo người dân gọi 115 ngay khi có tai nạn, không tự ý di chuyển nạn nhân.

Dự kiến trong dịp Lễ hội Tết Nguyên tiêu sắp tới, Trung tâm tiếp tục duy trì 4 trạm vệ tinh tại các quận, huyện và tăng cường thêm 3 xe cấp cứu.

NGỌC THẢO

15/02/2024
"""

TET = P("từ ngày 8 đến 14/2/2024", "2024-02-08", "2024-02-14")

FIGS = [
    F("xử lý 98 ca", "98", 98, "count", "ca", subject="ca tai nạn giao thông", period=I(TET)),
    F("1.236 cuộc gọi", "1.236", 1236, "count", "cuộc gọi", subject="cuộc gọi Trung tâm Cấp cứu 115 tiếp nhận", period=TET),
    F("342 lượt", "342", 342, "count", "lượt", change=CH("increase", 46, "lượt", baseline="Tết Quý Mão năm 2023"),
      subject="lượt điều xe cấp cứu", period=TET),
    F("là 98 ca", "98", 98, "count", "ca", change=CH("increase", 15.3, baseline="cùng kỳ"),
      subject="số ca cấp cứu do tai nạn giao thông", period=I(TET)),
    F("có 57 ca", "57", 57, "count", "ca", total=98, percent=58.2,
      subject="ca người điều khiển phương tiện có nồng độ cồn", period=I(TET)),
    F("Có 3 trường hợp", "3", 3, "count", "trường hợp", subject="trường hợp tử vong trước khi đến viện", period=I(TET)),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", subject="số cuộc gọi trong đêm Giao thừa so với đêm thường"),
    F("64 ca đột quỵ", "64", 64, "count", "ca", subject="ca đột quỵ được cấp cứu", period=I(TET)),
    F("27 ca ngộ độc", "27", 27, "count", "ca", subject="ca ngộ độc rượu được cấp cứu", period=I(TET)),
    F("19 ca bị thương", "19", 19, "count", "ca", subject="ca bị thương do đánh nhau được cấp cứu", period=I(TET)),
    F("Ninh Kiều (112 ca)", "112", 112, "count", "ca", subject="ca cấp cứu", period=I(TET), location="Ninh Kiều"),
    F("Cái Răng (54 ca)", "54", 54, "count", "ca", subject="ca cấp cứu", period=I(TET), location="Cái Răng"),
    F("Bình Thủy (47 ca)", "47", 47, "count", "ca", subject="ca cấp cứu", period=I(TET), location="Bình Thủy"),
    F("12 kíp trực", "12", 12, "count", "kíp trực", subject="kíp trực bố trí trong dịp Tết"),
    F("86 cán bộ", "86", 86, "count", "cán bộ, nhân viên", subject="cán bộ, nhân viên trực Tết"),
    F("trung bình 11 phút", "11", 11, "measure", "phút",
      subject="thời gian từ khi nhận cuộc gọi đến khi tiếp cận người bệnh trung bình ở khu vực nội ô"),
    F("duy trì 4 trạm", "4", 4, "count", "trạm vệ tinh", status="forecast", subject="trạm vệ tinh duy trì"),
    F("thêm 3 xe", "3", 3, "count", "xe cấp cứu", status="forecast", subject="xe cấp cứu tăng cường"),
]

COMMENTS = [
    "Báo Cần Thơ: Trung tâm Cấp cứu 115 TP Cần Thơ in the Tết Giáp Thìn holiday (8-14/2/2024). Byline and bare date '15/02/2024' at the end = published.",
    "'7 ngày nghỉ Tết' (duration locating the figures), 'mùng 2 và mùng 3 Tết', 'Quốc lộ 91', '115' are not figures.",
    "'tăng 46 lượt so với Tết Quý Mão' is the change of 342 lượt (unit lượt); 'gấp 2,5 lần' standing alone is a multiple.",
    "The headline 98 and the body 98 are both figures (different mentions); quận list items take the quận as location.",
]

if __name__ == "__main__":
    emit("p676-5", TEXT, COMMENTS, FIGS, published="2024-02-15", location="Cần Thơ")
