from lib import *

TEXT = """
Cổng thông tin điện tử quận Hoàn Kiếm
Thứ Sáu, 11/10/2024 - 15:20

Không gian đi bộ hồ Hoàn Kiếm quý III/2024 đón trên 2,4 triệu lượt khách

Quý III/2024, không gian đi bộ hồ Hoàn Kiếm và phụ cận, tuyến phố Tạ Hiện cùng chợ đêm Hàng Đào đã đón trên 2,4 triệu lượt khách, tăng 12,3% so với quý II/2024 và tăng 21% so với cùng kỳ năm 2023. Trong đó, khách quốc tế chiếm khoảng 35%.

Bình quân mỗi tối cuối tuần có từ 45.000 đến 60.000 lượt người đến vui chơi; riêng tối 2/9 lượng khách ước khoảng 150.000 lượt. Không gian đi bộ hoạt động từ 19 giờ thứ Sáu đến 24 giờ Chủ nhật hằng tuần theo Kế hoạch số 219/KH-UBND của UBND thành phố.

Trong quý, UBND quận phối hợp tổ chức 42 chương trình biểu diễn nghệ thuật truyền thống và 15 hoạt động trải nghiệm văn hóa; bố trí 136 gian hàng tại chợ đêm Hàng Đào, trong đó có 58 gian hàng ẩm thực.

Về an ninh trật tự, Công an quận đã huy động 3.850 lượt cán bộ, chiến sĩ làm nhiệm vụ; tiếp nhận, giải quyết 64 vụ việc, gồm 27 vụ trộm cắp tài sản, 21 trường hợp trẻ lạc và 16 vụ việc khác; trao trả cho du khách 19 tài sản bị đánh rơi. Số vụ trộm cắp giảm 31% so với cùng kỳ, không có vụ việc nghiêm trọng.

Tổ công tác đặc biệt của quận đã kiểm tra 212 cơ sở kinh doanh, xử phạt 33 trường hợp lấn chiếm vỉa hè, lòng đường với tổng số tiền 86,5 triệu đồng.

Quý IV/2024, quận phấn đấu đón khoảng 2,6 triệu lượt khách, tổ chức ít nhất 45 chương trình nghệ thuật phục vụ người dân và du khách dịp Tết Dương lịch.

Mọi thông tin phản ánh xin gửi về UBND quận Hoàn Kiếm, số 126 Hàng Trống; điện thoại: 024.3825.3536.
"""

Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("Quý III/2024", "2024-07-01", "2024-09-30", inh=True)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("quý III/2024 đón trên 2,4 triệu", "2,4", 2400000, "count", "lượt khách", approx="over",
      subject="lượt khách không gian đi bộ hồ Hoàn Kiếm", period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("đã đón trên 2,4 triệu lượt khách", "2,4", 2400000, "count", "lượt khách", approx="over",
      change=C("increase", 12.3, baseline="quý II/2024"),
      subject="lượt khách không gian đi bộ hồ Hoàn Kiếm, phố Tạ Hiện, chợ đêm Hàng Đào", period=Q3),
    F("tăng 21% so với cùng kỳ", "21", 21, "percent", "%",
      subject="tăng lượt khách so với cùng kỳ năm 2023", period=Q3, optional=True),
    F("chiếm khoảng 35%", "35", 35, "percent", "%", approx="about", subject="khách quốc tế", period=Q3i),
    F("từ 45.000 đến 60.000", "45.000", 45000, "count", "lượt người", value_max=60000,
      subject="lượt người bình quân mỗi tối cuối tuần", period=Q3i),
    F("ước khoảng 150.000 lượt", "150.000", 150000, "count", "lượt", approx="about", status="estimate",
      subject="lượng khách tối 2/9", period=P("tối 2/9", "2024-09-02", "2024-09-02")),
    F("tổ chức 42 chương trình", "42", 42, "count", "chương trình",
      subject="chương trình biểu diễn nghệ thuật truyền thống", period=P("Trong quý", "2024-07-01", "2024-09-30")),
    F("15 hoạt động trải nghiệm", "15", 15, "count", "hoạt động",
      subject="hoạt động trải nghiệm văn hóa", period=P("Trong quý", "2024-07-01", "2024-09-30")),
    F("bố trí 136 gian hàng", "136", 136, "count", "gian hàng",
      subject="gian hàng tại chợ đêm Hàng Đào", period=P("Trong quý", "2024-07-01", "2024-09-30")),
    F("có 58 gian hàng", "58", 58, "count", "gian hàng", total=136,
      subject="gian hàng ẩm thực", period=P("Trong quý", "2024-07-01", "2024-09-30")),
    F("huy động 3.850 lượt", "3.850", 3850, "count", "lượt cán bộ, chiến sĩ",
      subject="lượt cán bộ, chiến sĩ làm nhiệm vụ", period=Q3i),
    F("giải quyết 64 vụ việc", "64", 64, "count", "vụ việc", subject="vụ việc tiếp nhận, giải quyết", period=Q3i),
    F("gồm 27 vụ", "27", 27, "count", "vụ", total=64, subject="vụ trộm cắp tài sản", period=Q3i),
    F("21 trường hợp trẻ lạc", "21", 21, "count", "trường hợp", total=64, subject="trường hợp trẻ lạc", period=Q3i),
    F("16 vụ việc khác", "16", 16, "count", "vụ việc", total=64, subject="vụ việc khác", period=Q3i),
    F("du khách 19 tài sản", "19", 19, "count", "tài sản", subject="tài sản bị đánh rơi trao trả cho du khách", period=Q3i),
    F("giảm 31% so với cùng kỳ", "31", 31, "percent", "%", subject="Số vụ trộm cắp giảm", period=Q3i),
    F("kiểm tra 212 cơ sở", "212", 212, "count", "cơ sở kinh doanh", subject="cơ sở kinh doanh được kiểm tra", period=Q3i),
    F("xử phạt 33 trường hợp", "33", 33, "count", "trường hợp", subject="trường hợp lấn chiếm vỉa hè, lòng đường bị xử phạt", period=Q3i),
    F("86,5 triệu đồng", "86,5", 86500000, "money", "đồng", subject="tổng số tiền xử phạt", period=Q3i),
    F("khoảng 2,6 triệu lượt khách", "2,6", 2600000, "count", "lượt khách", approx="about", status="target",
      subject="lượt khách", period=Q4),
    F("ít nhất 45 chương trình", "45", 45, "count", "chương trình", approx="at_least", status="target",
      subject="chương trình nghệ thuật phục vụ người dân và du khách", period=Q4),
]

write("p370-2", [
    "Cổng TTĐT quận Hoàn Kiếm (Hà Nội): không gian đi bộ hồ Hoàn Kiếm, quý III/2024. Weekday dateline with time 'Thứ Sáu, 11/10/2024 - 15:20'.",
    "Two changes on one count: the first (so với quý II/2024) is the attribute, the second 'tăng 21% so với cùng kỳ' a percent figure (optional, FIGURES.md).",
    "'khách quốc tế chiếm khoảng 35%' has no base amount of its own: a percent figure. 'Trong quý' in a quarterly report = quý III/2024 (stated).",
    "'tối 2/9' is a one-day period; 'ước khoảng' = estimate + about. 'gồm' breakdown 27 + 21 + 16 = 64 gives total 64.",
    "'Số vụ trộm cắp giảm 31% so với cùng kỳ' is a rate as the claim: percent figure, no change object.",
    "Distractors: times (19 giờ, 24 giờ), Kế hoạch số 219/KH-UBND, address số 126 Hàng Trống, phone, date 2/9, dateline.",
], TEXT, FIGS, published="2024-10-11", location="Hoàn Kiếm")
