"""p689-2: huyện Mường Khương (Lào Cai) district portal — Tháng hành động vì bình đẳng giới 2023, women in leadership, child marriage."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG KHƯƠNG
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Thứ Năm, 14/12/2023 - 15:20

Mường Khương: Tỷ lệ nữ tham gia cấp ủy cấp huyện đạt 24,6%

Ngày 13/12, Ban Vì sự tiến bộ của phụ nữ huyện Mường Khương tổ chức hội nghị tổng kết Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2023.

Trong tháng hành động (từ 15/11 đến 15/12), các cơ quan, đoàn thể và 16 xã, thị trấn đã tổ chức 48 buổi tuyên truyền, thu hút hơn 3.600 lượt người tham dự; treo 120 băng rôn, khẩu hiệu; phát 2.500 tờ rơi song ngữ Việt - Mông.

Năm 2023, toàn huyện có 1.214 cán bộ, công chức, viên chức nữ, chiếm 47,3% tổng số cán bộ, công chức, viên chức; tỷ lệ nữ tham gia cấp ủy cấp huyện đạt 24,6%, cấp xã đạt 21,8%. Có 9/16 xã, thị trấn có lãnh đạo chủ chốt là nữ.

Tình trạng tảo hôn, hôn nhân cận huyết thống giảm rõ rệt: năm 2023 phát hiện 12 trường hợp tảo hôn, giảm 7 trường hợp so với năm 2022; không phát sinh trường hợp hôn nhân cận huyết thống. Toàn huyện xảy ra 5 vụ bạo lực gia đình, 100% nạn nhân được hỗ trợ kịp thời.

Từ nguồn vốn Dự án 8 thuộc Chương trình mục tiêu quốc gia 1719, huyện đã bố trí 185 triệu đồng để duy trì 32 câu lạc bộ "Thủ lĩnh của sự thay đổi" trong trường học và 27 "Địa chỉ tin cậy" tại cộng đồng.

Năm 2024, huyện phấn đấu giảm ít nhất 20% số trường hợp tảo hôn so với năm 2023; 100% xã, thị trấn có mô hình phòng, chống bạo lực gia đình hoạt động hiệu quả.

Vàng Thị Mỷ - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
Điện thoại: 0214.3881.235
"""

TH = P("từ 15/11 đến 15/12", "2023-11-15", "2023-12-15")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("cấp huyện đạt 24,6%\n", "24,6", 24.6, "percent", "%", "tỷ lệ nữ tham gia cấp ủy cấp huyện"),
    F("và 16 xã, thị trấn", "16", 16, "count", "xã, thị trấn",
      "xã, thị trấn tổ chức tuyên truyền trong tháng hành động", TH),
    F("tổ chức 48 buổi", "48", 48, "count", "buổi", "buổi tuyên truyền", TH),
    F("hơn 3.600 lượt người", "3.600", 3600, "count", "lượt người", "lượt người tham dự tuyên truyền", TH,
      approx="over"),
    F("treo 120 băng rôn", "120", 120, "count", "băng rôn, khẩu hiệu", "băng rôn, khẩu hiệu được treo", TH),
    F("phát 2.500 tờ rơi", "2.500", 2500, "count", "tờ rơi", "tờ rơi song ngữ Việt - Mông được phát", TH),
    F("có 1.214 cán bộ", "1.214", 1214, "count", "cán bộ, công chức, viên chức",
      "cán bộ, công chức, viên chức nữ", Y23, percent=47.3),
    F("cấp huyện đạt 24,6%,", "24,6", 24.6, "percent", "%", "tỷ lệ nữ tham gia cấp ủy cấp huyện", Y23),
    F("cấp xã đạt 21,8%", "21,8", 21.8, "percent", "%", "tỷ lệ nữ tham gia cấp ủy cấp xã", Y23),
    F("Có 9/16 xã", "9", 9, "count", "xã, thị trấn", "xã, thị trấn có lãnh đạo chủ chốt là nữ", total=16),
    F("phát hiện 12 trường hợp", "12", 12, "count", "trường hợp", "trường hợp tảo hôn", y23,
      change=CH("decrease", 7, "trường hợp", "năm 2022")),
    F("xảy ra 5 vụ", "5", 5, "count", "vụ", "vụ bạo lực gia đình", I(y23)),
    F("5 vụ bạo lực gia đình, 100% nạn nhân", "100", 100, "percent", "%",
      "tỷ lệ nạn nhân bạo lực gia đình được hỗ trợ kịp thời", I(y23)),
    F("bố trí 185 triệu đồng", "185", 185_000_000, "money", "đồng",
      "kinh phí duy trì câu lạc bộ \"Thủ lĩnh của sự thay đổi\" và \"Địa chỉ tin cậy\""),
    F("duy trì 32 câu lạc bộ", "32", 32, "count", "câu lạc bộ",
      "câu lạc bộ \"Thủ lĩnh của sự thay đổi\" trong trường học"),
    F("và 27 \"Địa chỉ", "27", 27, "count", "Địa chỉ tin cậy", "\"Địa chỉ tin cậy\" tại cộng đồng"),
    F("ít nhất 20%", "20", 20, "percent", "%", "số trường hợp tảo hôn giảm so với năm 2023", Y24,
      approx="at_least", status="target"),
    F("; 100% xã", "100", 100, "percent", "%",
      "xã, thị trấn có mô hình phòng, chống bạo lực gia đình hoạt động hiệu quả", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Mường Khương (Lào Cai), invented: tổng kết Tháng hành động vì bình đẳng giới 2023.",
    "Dateline 'Thứ Năm, 14/12/2023 - 15:20'. District portal: location Mường Khương.",
    "'từ 15/11 đến 15/12' (year from the dateline) is the period of the campaign figures. 'Ngày 13/12', 'Dự án 8', '1719',",
    "the phone number and 'Việt - Mông' are not figures. '20%' reduction as the claim: percent figure without change.",
    "Headline 24,6% gets no period (the headline names none).",
]

if __name__ == "__main__":
    emit("p689-2", TEXT, COMMENTS, FIGS, published="2023-12-14", location="Mường Khương")
