"""p544-2: district portal, huyện Mường Khương (Lào Cai), child-friendly communes 2023."""
from lib import F, P, Y, CH, T, AGE, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI
Tin tức - Sự kiện
Thứ Năm, 14/12/2023 - 15:20

Mường Khương: 9/16 xã, thị trấn đạt tiêu chuẩn phù hợp với trẻ em

Năm 2023, công tác bảo vệ, chăm sóc trẻ em trên địa bàn huyện Mường Khương tiếp tục được quan tâm. Toàn huyện có 20.415 trẻ em dưới 16 tuổi, trong đó trẻ em dưới 6 tuổi là 7.932 em, chiếm 38,9%. Số trẻ em có hoàn cảnh đặc biệt là 356 em (48 trẻ em mồ côi cả cha và mẹ, 132 trẻ em khuyết tật nặng, 176 trẻ em thuộc các nhóm khác); 100% số trẻ em này được lập hồ sơ quản lý.

Trong năm, huyện có thêm 2 xã được công nhận đạt tiêu chuẩn xã phù hợp với trẻ em, nâng tổng số lên 9/16 xã, thị trấn (đạt 56,25%), vượt 1 xã so với kế hoạch. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,2%; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 24,7%, giảm 1,3% so với năm 2022. Có 1.540 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế miễn phí.

Công tác phòng, chống tai nạn thương tích cho trẻ em được đẩy mạnh: huyện đã tổ chức 12 lớp dạy bơi an toàn cho 480 học sinh tại Trường PTDTBT THCS Bản Lầu và Trường Tiểu học số 2 thị trấn Mường Khương. Cơ quan công an đã phát hiện, xử lý 3 vụ xâm hại tình dục trẻ em, giảm 2 vụ so với năm 2022; ngăn chặn 6 trường hợp tảo hôn.

Năm 2024, huyện phấn đấu có thêm 2 xã đạt chuẩn phù hợp với trẻ em; trên 90% trẻ em có hoàn cảnh đặc biệt được trợ giúp. Kinh phí thực hiện dự kiến 450 triệu đồng.

Phòng Lao động - Thương binh và Xã hội huyện, điện thoại: 0214.3881.205
"""

Y23i = Y(2023, "Năm 2023", inherited=True)
INYEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = Y(2024, "Năm 2024")

FIGS = [
    F("Mường Khương: 9/16", "9", 9, "count", "xã, thị trấn",
      "xã, thị trấn đạt tiêu chuẩn phù hợp với trẻ em", total=16),
    F("có 20.415 trẻ em", "20.415", 20415, "count", "trẻ em", "trẻ em dưới 16 tuổi", Y23i),
    AGE("dưới 16 tuổi", "16", 16, approx="under"),
    AGE("dưới 6 tuổi là", "6", 6, approx="under"),
    F("là 7.932 em", "7.932", 7932, "count", "em", "trẻ em dưới 6 tuổi", Y23i, total=20415, percent=38.9),
    F("là 356 em", "356", 356, "count", "em", "trẻ em có hoàn cảnh đặc biệt", Y23i),
    F("(48 trẻ em", "48", 48, "count", "trẻ em", "trẻ em mồ côi cả cha và mẹ", Y23i, total=356),
    F("132 trẻ em", "132", 132, "count", "trẻ em", "trẻ em khuyết tật nặng", Y23i, total=356),
    F("176 trẻ em", "176", 176, "count", "trẻ em", "trẻ em thuộc các nhóm khác", Y23i, total=356),
    F("100% số trẻ em này", "100", 100, "percent", "%",
      "trẻ em có hoàn cảnh đặc biệt được lập hồ sơ quản lý", Y23i),
    F("thêm 2 xã được", "2", 2, "count", "xã",
      "xã được công nhận đạt tiêu chuẩn xã phù hợp với trẻ em", INYEAR),
    F("lên 9/16", "9", 9, "count", "xã, thị trấn",
      "xã, thị trấn đạt tiêu chuẩn xã phù hợp với trẻ em", INYEAR,
      total=16, percent=56.25, change=CH("increase", 1, "xã", "kế hoạch")),
    AGE("dưới 1 tuổi", "1", 1, approx="under"),
    F("đạt 96,2%", "96,2", 96.2, "percent", "%", "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", Y23i),
    AGE("dưới 5 tuổi", "5", 5, approx="under"),
    F("còn 24,7%", "24,7", 24.7, "percent", "%",
      "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", Y23i,
      change=CH("decrease", 1.3, "%", "năm 2022")),
    F("Có 1.540 trẻ em", "1.540", 1540, "count", "trẻ em",
      "trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế miễn phí", Y23i),
    AGE("dưới 6 tuổi được", "6", 6, approx="under"),
    F("12 lớp", "12", 12, "count", "lớp", "lớp dạy bơi an toàn", Y23i),
    F("480 học sinh", "480", 480, "count", "học sinh", "học sinh học bơi an toàn", Y23i),
    F("xử lý 3 vụ", "3", 3, "count", "vụ", "vụ xâm hại tình dục trẻ em", Y23i,
      change=CH("decrease", 2, "vụ", "năm 2022")),
    F("6 trường hợp", "6", 6, "count", "trường hợp", "trường hợp tảo hôn được ngăn chặn", Y23i),
    F("thêm 2 xã đạt chuẩn", "2", 2, "count", "xã", "xã đạt chuẩn phù hợp với trẻ em", Y24, status="target"),
    F("trên 90%", "90", 90, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", Y24,
      approx="over", status="target"),
    F("dự kiến 450 triệu đồng", "450", 450e6, "money", "đồng", "kinh phí thực hiện",
      Y(2024, "Năm 2024", inherited=True), status="forecast"),
]

COMMENTS = [
    "District portal of huyện Mường Khương (Lào Cai): child protection results 2023, xã phù hợp với trẻ em.",
    "Location Mường Khương (district portal). Figures of 2023 outside the 'Năm 2023' / 'Trong năm' sentences carry an inherited period.",
    "'Trong năm' in a year-end article = năm 2023 (the article's own year). Age thresholds (dưới 16/6/1/5 tuổi) are optional, as in shared 000/h24.",
    "'vượt 1 xã so với kế hoạch' is a gap to plan: change with baseline kế hoạch. 'giảm còn 24,7%, giảm 1,3%': level 24.7 with its change.",
    "Bracketed 48+132+176 = 356: parts with total 356. Headline 9/16 has no period.",
    "Distractors: Thứ Năm 14/12/2023 - 15:20, Trường Tiểu học số 2, phone 0214.3881.205, 'không' words.",
]

if __name__ == "__main__":
    emit("p544-2", TEXT, COMMENTS, FIGS, published="2023-12-14", location="Mường Khương")
