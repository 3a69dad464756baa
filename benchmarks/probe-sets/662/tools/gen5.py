"""p662-5: Party newspaper (Báo Cần Thơ) — Bến Ninh Kiều walking street and night market, H1 2024."""
from lib import F, P, I, CH, emit

TEXT = """KINH TẾ - DU LỊCH

Phố đi bộ Bến Ninh Kiều hút gần 30.000 lượt khách mỗi tuần

Mở cửa từ 17 giờ đến 24 giờ các tối thứ Sáu, thứ Bảy, Chủ nhật, phố đi bộ Bến Ninh Kiều đã trở thành điểm hẹn quen thuộc của du khách khi đến TP Cần Thơ.

Theo Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch thành phố, 6 tháng đầu năm, phố đi bộ đón trên 640.000 lượt khách, trong đó khoảng 18% là khách quốc tế. Bãi giữ xe trên đường 30 Tháng 4 có sức chứa 1.200 xe máy thường xuyên kín chỗ vào tối thứ Bảy.

Khu chợ đêm liền kề có 182 sạp, ki-ốt, gồm 96 sạp ẩm thực, 54 sạp hàng lưu niệm và 32 sạp hàng may mặc. Doanh thu bình quân mỗi đêm cuối tuần của chợ ước khoảng 1,5 tỷ đồng. Thu nhập của tiểu thương đạt từ 8 đến 12 triệu đồng/tháng, cao hơn nhiều so với buôn bán ban ngày.

Để giữ an ninh trật tự, Công an phường Tân An phân công 3 tổ tuần tra, mỗi tổ 6 đồng chí, túc trực suốt thời gian phố đi bộ hoạt động. Trong 6 tháng đầu năm, UBND phường tiếp nhận 19 ý kiến phản ánh về tiếng ồn từ các quán bar trên đường Hai Bà Trưng, đã xử phạt 7 cơ sở với tổng số tiền 84 triệu đồng.

Thành phố đang hoàn thiện đề án chợ đêm ven sông Cần Thơ, dự kiến có khoảng 250 gian hàng, tổng vốn đầu tư 85 tỷ đồng, khởi công trong quý I/2025. Theo ông Trần Văn Bảy, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, đây sẽ là điểm nhấn của kinh tế đêm Tây Đô.

NGỌC THẢO
20/07/2024
"""

S6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")

FIGS = [
    F("hút gần 30.000 lượt khách", "30.000", 30000, "count", "lượt khách",
      "lượt khách phố đi bộ Bến Ninh Kiều mỗi tuần", approx="nearly"),
    F("đón trên 640.000 lượt khách", "640.000", 640000, "count", "lượt khách", "lượt khách phố đi bộ", S6, approx="over"),
    F("khoảng 18% là", "18", 18, "percent", "%", "khách quốc tế", S6, approx="about"),
    F("sức chứa 1.200 xe máy", "1.200", 1200, "count", "xe máy", "sức chứa bãi giữ xe"),
    F("có 182 sạp", "182", 182, "count", "sạp, ki-ốt", "sạp, ki-ốt khu chợ đêm"),
    F("gồm 96 sạp", "96", 96, "count", "sạp", "sạp ẩm thực", total=182),
    F("54 sạp hàng", "54", 54, "count", "sạp hàng", "sạp hàng lưu niệm", total=182),
    F("32 sạp hàng", "32", 32, "count", "sạp hàng", "sạp hàng may mặc", total=182),
    F("ước khoảng 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng",
      "doanh thu bình quân mỗi đêm cuối tuần của chợ", approx="about", status="estimate"),
    F("từ 8 đến 12 triệu", "8", 8000000, "money", "đồng/tháng", "thu nhập của tiểu thương", value_max=12000000),
    F("phân công 3 tổ", "3", 3, "count", "tổ tuần tra", "tổ tuần tra Công an phường Tân An"),
    F("mỗi tổ 6 đồng chí", "6", 6, "count", "đồng chí", "đồng chí mỗi tổ tuần tra"),
    F("tiếp nhận 19 ý kiến", "19", 19, "count", "ý kiến", "ý kiến phản ánh về tiếng ồn từ các quán bar", S6),
    F("xử phạt 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở bị xử phạt", S6),
    F("tổng số tiền 84 triệu", "84", 84000000, "money", "đồng", "tổng số tiền xử phạt", S6),
    F("khoảng 250 gian hàng", "250", 250, "count", "gian hàng", "gian hàng chợ đêm ven sông Cần Thơ",
      approx="about", status="forecast"),
    F("đầu tư 85 tỷ đồng", "85", 85000000000, "money", "đồng", "tổng vốn đầu tư chợ đêm ven sông Cần Thơ",
      status="forecast"),
]

COMMENTS = [
    "Party newspaper (Báo Cần Thơ): Bến Ninh Kiều walking street and night market; byline and bare date '20/07/2024' at the end.",
    "'6 tháng đầu năm' has no year: it takes the year of published (2024). 'gồm 96 … 54 … 32' add up to 182: parts with total.",
    "'từ 8 đến 12 triệu đồng/tháng' is a money range with the rate in the unit. 'dự kiến' governs the planned night market's two figures;",
    "'khởi công trong quý I/2025' dates the start of works, not the figures (no period). Distractors: 17 giờ/24 giờ, đường 30 Tháng 4,",
    "đường Hai Bà Trưng, ông Trần Văn Bảy, quý I/2025, the dateline.",
]

if __name__ == "__main__":
    emit("p662-5", TEXT, COMMENTS, FIGS, published="2024-07-20", location="Cần Thơ")
