"""p601-1: province portal (breadcrumb, Cập nhật, Lượt xem) — Bình Dương, fires and PCCC work, first half of 2024."""
from lib import F, P, INH, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > An ninh - Trật tự

Bình Dương: 6 tháng đầu năm xảy ra 38 vụ cháy, giảm 11 vụ

Cập nhật: 08/07/2024 10:25 | Lượt xem: 1.482

Theo Phòng Cảnh sát PCCC và CNCH Công an tỉnh Bình Dương, 6 tháng đầu năm 2024, toàn tỉnh xảy ra 38 vụ cháy, giảm 11 vụ, tương ứng giảm 22,4% so với cùng kỳ năm 2023; làm chết 2 người (giảm 3 người so với cùng kỳ), bị thương 4 người; thiệt hại tài sản ước tính khoảng 27,6 tỷ đồng.

Trong đó, cháy nhà ở, hộ gia đình 14 vụ; cơ sở sản xuất, kinh doanh 9 vụ; phương tiện giao thông 6 vụ; còn lại là cháy bãi cỏ, rác thải. Các vụ cháy tập trung tại TP. Thuận An (9 vụ), TP. Dĩ An (7 vụ) và TP. Thủ Dầu Một (5 vụ). Nguyên nhân chủ yếu do sự cố hệ thống, thiết bị điện với 22 vụ, chiếm 57,9%.

Lực lượng Cảnh sát PCCC và CNCH đã tham gia 17 vụ cứu nạn, cứu hộ, cứu được 9 người, tìm kiếm và bàn giao 11 thi thể nạn nhân cho gia đình.

Công tác kiểm tra an toàn PCCC được tăng cường với 2.146 lượt cơ sở được kiểm tra, đạt 54% kế hoạch năm; qua đó xử phạt vi phạm hành chính 163 trường hợp với tổng số tiền hơn 3,1 tỷ đồng, tạm đình chỉ hoạt động 12 cơ sở, đình chỉ 4 cơ sở.

Thời gian tới, Công an tỉnh phấn đấu đến hết năm 2024 xây dựng thêm 1.200 “Tổ liên gia an toàn PCCC” và 450 “Điểm chữa cháy công cộng” tại các khu dân cư dọc Quốc lộ 13. Khi phát hiện cháy, người dân gọi ngay số 114 hoặc đường dây nóng 0274.3822.114.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
P1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T24 = P("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("năm xảy ra 38 vụ cháy", "38", 38, "count", "vụ cháy", "vụ cháy", H1,
      change=CH("decrease", 11, "vụ")),
    F("toàn tỉnh xảy ra 38 vụ cháy", "38", 38, "count", "vụ cháy", "vụ cháy xảy ra trên địa bàn tỉnh", P1,
      change=CH("decrease", 11, "vụ", "cùng kỳ năm 2023")),
    F("tương ứng giảm 22,4%", "22,4", 22.4, "percent", "%", "số vụ cháy giảm so với cùng kỳ", P1, optional=True),
    F("làm chết 2 người", "2", 2, "count", "người", "người chết do cháy", P1,
      change=CH("decrease", 3, "người", "cùng kỳ")),
    F("bị thương 4 người", "4", 4, "count", "người", "người bị thương do cháy", P1),
    F("khoảng 27,6 tỷ đồng", "27,6", 27.6e9, "money", "đồng", "thiệt hại tài sản do cháy", P1,
      approx="about", status="estimate"),
    F("hộ gia đình 14 vụ", "14", 14, "count", "vụ", "vụ cháy nhà ở, hộ gia đình", INH(P1), total=38),
    F("kinh doanh 9 vụ", "9", 9, "count", "vụ", "vụ cháy cơ sở sản xuất, kinh doanh", INH(P1), total=38),
    F("giao thông 6 vụ", "6", 6, "count", "vụ", "vụ cháy phương tiện giao thông", INH(P1), total=38),
    F("Thuận An (9 vụ)", "9", 9, "count", "vụ", "vụ cháy", INH(P1), location="Thuận An"),
    F("Dĩ An (7 vụ)", "7", 7, "count", "vụ", "vụ cháy", INH(P1), location="Dĩ An"),
    F("Thủ Dầu Một (5 vụ)", "5", 5, "count", "vụ", "vụ cháy", INH(P1), location="Thủ Dầu Một"),
    F("với 22 vụ, chiếm", "22", 22, "count", "vụ", "vụ cháy do sự cố hệ thống, thiết bị điện", INH(P1),
      percent=57.9),
    F("tham gia 17 vụ", "17", 17, "count", "vụ", "vụ cứu nạn, cứu hộ lực lượng Cảnh sát PCCC và CNCH tham gia", INH(P1)),
    F("cứu được 9 người", "9", 9, "count", "người", "người được cứu", INH(P1)),
    F("bàn giao 11 thi thể", "11", 11, "count", "thi thể", "thi thể nạn nhân tìm kiếm và bàn giao", INH(P1)),
    F("với 2.146 lượt cơ sở", "2.146", 2146, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra an toàn PCCC", INH(P1),
      percent=54),
    F("hành chính 163 trường hợp", "163", 163, "count", "trường hợp", "trường hợp bị xử phạt vi phạm hành chính", INH(P1)),
    F("hơn 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", INH(P1),
      approx="over"),
    F("hoạt động 12 cơ sở", "12", 12, "count", "cơ sở", "cơ sở bị tạm đình chỉ hoạt động", INH(P1)),
    F("đình chỉ 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở bị đình chỉ", INH(P1)),
    F("thêm 1.200 “Tổ", "1.200", 1200, "count", "Tổ liên gia an toàn PCCC", "Tổ liên gia an toàn PCCC xây dựng thêm", T24,
      status="target"),
    F("và 450 “Điểm", "450", 450, "count", "Điểm chữa cháy công cộng", "Điểm chữa cháy công cộng xây dựng thêm", T24,
      status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Dương (invented): tình hình cháy, CNCH và kiểm tra PCCC 6 tháng đầu năm 2024.",
    "\"Cập nhật: 08/07/2024 10:25\" is the dateline; \"Lượt xem: 1.482\", \"Quốc lộ 13\", \"số 114\", \"0274.3822.114\" are not figures.",
    "38 vụ carries two changes: \"giảm 11 vụ\" is its change, the further \"giảm 22,4%\" is a percent figure of its own (optional).",
    "Fire types after \"Trong đó\" take the 38 as total; the district items in brackets have no cue and do not add up: no total.",
    "Headline \"6 tháng đầu năm\" takes 2024 (lead / dateline). \"ước tính khoảng\" = estimate + about.",
]

if __name__ == "__main__":
    emit("p601-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Bình Dương")
