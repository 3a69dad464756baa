"""p1134-8: provincial newspaper online (Báo Quảng Bình, '(QBĐT) -'): toilets at Phong Nha - Kẻ Bàng in quý III."""
from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Bình điện tử
Xã hội | Du lịch

Phong Nha: Hơn 1,1 triệu lượt khách dùng nhà vệ sinh công cộng trong quý III

Cập nhật lúc 10:15 ngày 02/10/2024

(QBĐT) - Trong quý III, các nhà vệ sinh công cộng tại Vườn quốc gia Phong Nha - Kẻ Bàng và vùng phụ cận phục vụ hơn 1,1 triệu lượt khách, tăng 14,3% so với cùng kỳ năm trước. Hiện khu vực này có 46 nhà vệ sinh công cộng, trong đó 31 nhà nằm trên các tuyến tham quan hang động.

Theo Trung tâm Du lịch Phong Nha - Kẻ Bàng, phí sử dụng nhà vệ sinh đã được tính trong giá vé tham quan, khách không phải trả thêm. Trung tâm ký hợp đồng khoán dọn vệ sinh với 3 đơn vị, tổng giá trị gần 2,9 tỷ đồng/năm, sử dụng 64 lao động là người dân xã Sơn Trạch, huyện Bố Trạch.

Ông Đinh Văn Lực ở thôn Xuân Tiến, xã Sơn Trạch nhận khoán dọn 4 nhà vệ sinh tại bến thuyền Phong Nha. Mỗi ngày cao điểm, tổ của ông gồm sáu người làm việc từ 6 giờ sáng, thu nhập 6-7 triệu đồng/người/tháng. Trước đây, anh em trong tổ chủ yếu làm thuê theo mùa vụ, thu nhập bấp bênh.

Trong 9 tháng, ban quản lý nhận 8 phản ánh về tình trạng xếp hàng chờ, thiếu giấy vệ sinh vào giờ cao điểm, đều đã được giải quyết. Quý IV, trung tâm dự kiến lắp thêm 2 nhà vệ sinh di động tại động Thiên Đường. Năm 2025, trung tâm phấn đấu 100% nhà vệ sinh trên tuyến hang động đạt tiêu chuẩn ISO 14001.

Minh Phong
"""

Q3_HEAD = P("trong quý III", "2024-07-01", "2024-09-30")
Q3 = P("Trong quý III", "2024-07-01", "2024-09-30")
NINE = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
BT = "Bố Trạch"

FIGS = [
    F("Hơn 1,1 triệu", "1,1", 1100000, "count", "lượt khách", approx="over",
      subject="lượt khách dùng nhà vệ sinh công cộng", period=Q3_HEAD),
    F("hơn 1,1 triệu", "1,1", 1100000, "count", "lượt khách", approx="over",
      change=C("increase", 14.3, "%", "cùng kỳ năm trước"),
      subject="lượt khách sử dụng nhà vệ sinh công cộng tại Vườn quốc gia Phong Nha - Kẻ Bàng và vùng phụ cận",
      period=Q3),
    F("có 46 nhà", "46", 46, "count", "nhà vệ sinh công cộng",
      subject="nhà vệ sinh công cộng khu vực Phong Nha - Kẻ Bàng"),
    F("31 nhà", "31", 31, "count", "nhà", total=46,
      subject="nhà vệ sinh nằm trên các tuyến tham quan hang động"),
    F("với 3 đơn vị", "3", 3, "count", "đơn vị", subject="đơn vị nhận khoán dọn vệ sinh"),
    F("gần 2,9 tỷ", "2,9", 2900000000, "money", "đồng/năm", approx="nearly",
      subject="tổng giá trị hợp đồng khoán dọn vệ sinh"),
    F("64 lao động", "64", 64, "count", "lao động",
      subject="lao động dọn vệ sinh là người dân xã Sơn Trạch", location=BT),
    F("dọn 4 nhà", "4", 4, "count", "nhà vệ sinh",
      subject="nhà vệ sinh ông Đinh Văn Lực nhận khoán dọn tại bến thuyền Phong Nha", location=BT),
    F("gồm sáu người", "sáu", 6, "count", "người", subject="người trong tổ dọn vệ sinh của ông Đinh Văn Lực",
      location=BT),
    F("nhập 6-7 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7000000,
      subject="thu nhập thành viên tổ dọn vệ sinh", location=BT),
    F("nhận 8 phản ánh", "8", 8, "count", "phản ánh",
      subject="phản ánh về tình trạng xếp hàng chờ, thiếu giấy vệ sinh", period=NINE),
    F("thêm 2 nhà", "2", 2, "count", "nhà vệ sinh di động", status="forecast",
      subject="nhà vệ sinh di động lắp thêm tại động Thiên Đường", period=Q4),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="nhà vệ sinh trên tuyến hang động đạt tiêu chuẩn", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Bình): 'Cập nhật lúc 10:15 ngày 02/10/2024' (published), tag '(QBĐT) -', byline at the end.",
    "Headline figure with its own period ('trong quý III', year-less → 2024 from the dateline), scored. Year-less 'Quý IV', 'Trong 9 tháng' → 2024.",
    "Default location Quảng Bình (the paper and Phong Nha - Kẻ Bàng); figures about the workers from xã Sơn Trạch, huyện Bố Trạch and the",
    "passage about Ông Đinh Văn Lực's cleaning team (thôn Xuân Tiến, xã Sơn Trạch) → location Bố Trạch (district named in the paragraph before).",
    "'sáu người' is a number word. 'gần 2,9 tỷ đồng/năm' → nearly, unit đồng/năm.",
    "Distractors: 10:15, '6 giờ sáng' (time of day), 'ISO 14001' (a standard's name), 'cùng kỳ năm trước' baseline.",
]

if __name__ == "__main__":
    write("p1134-8", TEXT, NOTES, FIGS, published="2024-10-02", location="Quảng Bình")
