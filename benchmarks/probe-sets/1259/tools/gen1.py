"""p1259-1: province portal (Sơn La): satellite forest-loss alerts, 9 months of 2024; a district passage (Mường La)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Sơn La: Ảnh vệ tinh phát hiện 312 điểm nghi mất rừng trong 9 tháng

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386

Theo Chi cục Kiểm lâm tỉnh Sơn La, 9 tháng đầu năm 2024, hệ thống cảnh báo sớm mất rừng dựa trên ảnh vệ tinh Sentinel-2 đã phát hiện 312 điểm nghi biến động rừng, tăng 14,3% so với cùng kỳ năm 2023, với tổng diện tích khoảng 486,5 ha.

Lực lượng kiểm lâm đã xác minh thực địa 298 điểm, đạt 95,5%. Trong đó, 187 điểm do khai thác rừng trồng hợp pháp, 64 điểm do phát nương làm rẫy, 47 điểm do cháy rừng và các nguyên nhân khác. Qua xác minh, cơ quan chức năng đã lập hồ sơ xử lý 52 vụ vi phạm, giảm 9 vụ so với cùng kỳ; diện tích rừng bị thiệt hại 38,7 ha; xử phạt hành chính gần 1,4 tỷ đồng.

Hiện 12/12 huyện, thành phố đã kết nối với hệ thống; 100% hạt kiểm lâm được trang bị điện thoại thông minh cài ứng dụng định vị.

Tại huyện Mường La, nơi tỷ lệ che phủ rừng đạt 47,8%, Hạt Kiểm lâm đã dùng hai thiết bị bay không người lái để kiểm tra 41 điểm ở vùng sâu dọc Quốc lộ 279D, rút ngắn thời gian xác minh mỗi điểm từ 5-7 ngày xuống còn 1-2 ngày.

Với gần 650 nghìn ha rừng, Sơn La đứng thứ 3 cả nước về diện tích rừng. Năm 2024, tỉnh phấn đấu duy trì tỷ lệ che phủ rừng ở mức 47%; đến năm 2025 đạt 48%.

Tin liên quan:
- Sơn La tổng kết công tác phòng cháy, chữa cháy rừng năm 2023
- Tập huấn sử dụng phần mềm SMART cho lực lượng kiểm lâm
"""

NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")
ML = "Mường La"

FIGS = [
    fig("hiện 312 điểm nghi mất", "312", 312, "count", "điểm", subject="điểm nghi mất rừng", period=NINE_H),
    fig("hiện 312 điểm nghi biến", "312", 312, "count", "điểm",
        change=chg("increase", 14.3, "%", "cùng kỳ năm 2023"),
        subject="điểm nghi biến động rừng hệ thống cảnh báo sớm mất rừng phát hiện", period=NINE),
    fig("khoảng 486,5 ha", "486,5", 486.5, "measure", "ha", approx="about",
        subject="tổng diện tích điểm nghi biến động rừng", period=NINE),
    fig("thực địa 298 điểm", "298", 298, "count", "điểm", percent=95.5,
        subject="điểm lực lượng kiểm lâm xác minh thực địa", period=inh(NINE)),
    fig("187 điểm", "187", 187, "count", "điểm", total=298,
        subject="điểm biến động do khai thác rừng trồng hợp pháp", period=inh(NINE)),
    fig("64 điểm", "64", 64, "count", "điểm", total=298,
        subject="điểm biến động do phát nương làm rẫy", period=inh(NINE)),
    fig("47 điểm", "47", 47, "count", "điểm", total=298,
        subject="điểm biến động do cháy rừng và các nguyên nhân khác", period=inh(NINE)),
    fig("xử lý 52 vụ", "52", 52, "count", "vụ", change=chg("decrease", 9, "vụ", "cùng kỳ"),
        subject="vụ vi phạm lập hồ sơ xử lý", period=inh(NINE)),
    fig("hại 38,7 ha", "38,7", 38.7, "measure", "ha", subject="diện tích rừng bị thiệt hại", period=inh(NINE)),
    fig("gần 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="nearly",
        subject="tiền xử phạt hành chính", period=inh(NINE)),
    fig("Hiện 12/12 huyện", "12", 12, "count", "huyện, thành phố", total=12,
        subject="huyện, thành phố kết nối với hệ thống"),
    fig("100% hạt", "100", 100, "percent", "%",
        subject="hạt kiểm lâm được trang bị điện thoại thông minh cài ứng dụng định vị"),
    fig("đạt 47,8%", "47,8", 47.8, "percent", "%", subject="tỷ lệ che phủ rừng", location=ML),
    fig("hai thiết bị", "hai", 2, "count", "thiết bị", subject="thiết bị bay không người lái Hạt Kiểm lâm dùng",
        location=ML),
    fig("kiểm tra 41 điểm", "41", 41, "count", "điểm", subject="điểm ở vùng sâu kiểm tra bằng thiết bị bay",
        location=ML),
    fig("từ 5-7 ngày", "5", 5, "measure", "ngày", value_max=7, subject="thời gian xác minh mỗi điểm trước đây",
        location=ML, optional=True),
    fig("còn 1-2 ngày", "1", 1, "measure", "ngày", value_max=2, subject="thời gian xác minh mỗi điểm",
        location=ML),
    fig("gần 650 nghìn", "650", 650e3, "measure", "ha", approx="nearly", subject="diện tích rừng"),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="diện tích rừng"),
    fig("mức 47%", "47", 47, "percent", "%", status="target", subject="tỷ lệ che phủ rừng", period=Y24),
    fig("đạt 48%", "48", 48, "percent", "%", status="target", subject="tỷ lệ che phủ rừng", period=TO25),
]

NOTES = [
    "Province portal (Sơn La): satellite forest-loss alerts, 9 months 2024; breadcrumb, 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386', related links.",
    "Distractors: 08:45, 'Lượt xem: 1.386', 'Sentinel-2', 'Quốc lộ 279D', 'năm 2023' in a related link, 'SMART'.",
    "Headline '312 điểm ... trong 9 tháng' is its own figure; year-less '9 tháng' takes 2024 (published).",
    "'Trong đó' after a sentence break: 187 + 64 + 47 = 298 (the verified points), so total 298; '298 điểm, đạt 95,5%' → percent.",
    "'giảm 9 vụ so với cùng kỳ' is the change of 52 vụ. Periods of the second paragraph stand in the first: inherited.",
    "Mường La passage: location Mường La. 'từ 5-7 ngày xuống còn 1-2 ngày': the old duration is optional (a before-value).",
    "'đứng thứ 3 cả nước về diện tích rừng' is Sơn La's rank (location Sơn La). 'phấn đấu' governs both clauses after it (target).",
]

if __name__ == "__main__":
    write("p1259-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Sơn La")
