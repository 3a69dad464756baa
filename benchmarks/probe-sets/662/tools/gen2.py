"""p662-2: Hoàn Kiếm district portal — Hoàn Kiếm lake walking space, 6 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀN KIẾM
Trang chủ / Tin tức / Văn hóa - Du lịch
Thứ Hai, 15/07/2024 - 09:20

Không gian đi bộ hồ Hoàn Kiếm: bình quân hơn 52.000 lượt khách mỗi tối

Theo Ban Quản lý phố cổ, 6 tháng đầu năm 2024, không gian đi bộ hồ Hoàn Kiếm và phụ cận đã tổ chức 78 đêm hoạt động, đón khoảng 4,1 triệu lượt khách, tăng 18% so với cùng kỳ; khách quốc tế chiếm khoảng 35%. Bình quân mỗi tối có hơn 52.000 lượt khách, riêng dịp nghỉ lễ 30/4 - 1/5 có tối lên tới 120.000 lượt.

Để bảo đảm an ninh trật tự, Công an quận đã huy động 4.680 lượt cán bộ, chiến sĩ, bình quân 60 người mỗi tối; ghi nhận 23 vụ trộm cắp tài sản, giảm 9 vụ so với cùng kỳ; hỗ trợ tìm kiếm 146 trẻ em đi lạc.

Đường dây nóng của quận (024.3825.3536) tiếp nhận 41 phản ánh về tiếng ồn từ loa kẹo kéo, biểu diễn nghệ thuật đường phố, giảm 12,8% so với cùng kỳ; 100% phản ánh đã được xử lý. Kết quả quan trắc cho thấy độ ồn tại khu vực đền Bà Kiệu có thời điểm lên 78 dBA, vượt 8 dBA so với quy chuẩn.

Mỗi đêm hoạt động, Công ty TNHH MTV Môi trường đô thị Hà Nội bố trí 90 công nhân, thu gom từ 6 đến 8 tấn rác thải.

Thời gian tới, quận dự kiến mở rộng không gian đi bộ thêm 5 tuyến phố trong khu phố cổ, nâng tổng số tuyến phố đi bộ lên 36 tuyến.

Thu Hằng

UBND quận Hoàn Kiếm - 126 Hàng Trống, phường Hàng Trống
"""

S6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("bình quân hơn 52.000 lượt khách mỗi tối", "52.000", 52000, "count", "lượt khách",
      "lượt khách không gian đi bộ hồ Hoàn Kiếm bình quân mỗi tối", approx="over"),
    F("tổ chức 78 đêm", "78", 78, "count", "đêm", "đêm hoạt động không gian đi bộ hồ Hoàn Kiếm", S6),
    F("khoảng 4,1 triệu lượt khách", "4,1", 4100000, "count", "lượt khách",
      "lượt khách không gian đi bộ hồ Hoàn Kiếm", S6, approx="about",
      change=CH("increase", 18, "%", "cùng kỳ")),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", "khách quốc tế", S6, approx="about"),
    F("có hơn 52.000 lượt khách", "52.000", 52000, "count", "lượt khách",
      "lượt khách bình quân mỗi tối", I(S6), approx="over"),
    F("lên tới 120.000 lượt", "120.000", 120000, "count", "lượt",
      "lượt khách một tối dịp nghỉ lễ 30/4 - 1/5"),
    F("huy động 4.680 lượt", "4.680", 4680, "count", "lượt cán bộ, chiến sĩ",
      "lượt cán bộ, chiến sĩ công an huy động bảo đảm an ninh trật tự", I(S6)),
    F("bình quân 60 người", "60", 60, "count", "người", "cán bộ, chiến sĩ bình quân mỗi tối", I(S6)),
    F("ghi nhận 23 vụ", "23", 23, "count", "vụ", "vụ trộm cắp tài sản", I(S6),
      change=CH("decrease", 9, "vụ", "cùng kỳ")),
    F("tìm kiếm 146 trẻ em", "146", 146, "count", "trẻ em", "trẻ em đi lạc được hỗ trợ tìm kiếm", I(S6)),
    F("tiếp nhận 41 phản ánh", "41", 41, "count", "phản ánh", "phản ánh về tiếng ồn", I(S6),
      change=CH("decrease", 12.8, "%", "cùng kỳ")),
    F("; 100% phản ánh", "100", 100, "percent", "%", "phản ánh đã được xử lý", I(S6)),
    F("lên 78 dBA", "78", 78, "measure", "dBA", "độ ồn tại khu vực đền Bà Kiệu",
      change=CH("increase", 8, "dBA", "quy chuẩn")),
    F("bố trí 90 công nhân", "90", 90, "count", "công nhân", "công nhân môi trường bố trí mỗi đêm hoạt động"),
    F("từ 6 đến 8 tấn", "6", 6, "measure", "tấn", "rác thải thu gom mỗi đêm hoạt động", value_max=8),
    F("thêm 5 tuyến phố", "5", 5, "count", "tuyến phố", "tuyến phố mở rộng không gian đi bộ", status="forecast"),
    F("lên 36 tuyến", "36", 36, "count", "tuyến", "tổng số tuyến phố đi bộ", status="forecast"),
]

COMMENTS = [
    "Hoàn Kiếm district portal (Hà Nội): walking space around Hoàn Kiếm lake, 6 months 2024; byline at the end.",
    "District portal: location Hoàn Kiếm throughout (the Hà Nội waste company does not make the figures the city's).",
    "'vượt 8 dBA so với quy chuẩn' is a gap to a standard: a change with baseline 'quy chuẩn'. '30/4 - 1/5' is a holiday date, phone and address are distractors.",
    "Sentences of the security and noise paragraphs carry the lead's '6 tháng đầu năm 2024' as an inherited period.",
]

if __name__ == "__main__":
    emit("p662-2", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Hoàn Kiếm")
