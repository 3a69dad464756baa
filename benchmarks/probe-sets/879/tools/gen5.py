"""p879-5: provincial Party newspaper (Báo Hà Tĩnh) - hầm Đèo Ngang in 2023, byline and bare date at the end."""
from lib import F, P, C, write

TEXT = """Hầm Đèo Ngang an toàn, thông suốt trong năm 2023

Năm 2023, hầm đường bộ Đèo Ngang đã đón 1,96 triệu lượt phương tiện, tăng 6,3% so với năm 2022. Bình quân mỗi ngày đêm có khoảng 5.370 lượt xe qua hầm, ngày cao điểm lên tới hơn 9.000 lượt.

Hầm Đèo Ngang dài 495 m, nằm trên Quốc lộ 1, là cửa ngõ phía Nam của tỉnh Hà Tĩnh. Theo Trạm quản lý hầm, hầm được trang bị 48 camera giám sát, 12 quạt phản lực và 26 họng nước chữa cháy, hoạt động liên tục 24/24 giờ.

Trong năm, lực lượng tuần kiểm phối hợp với Công an tỉnh kiểm tra 1.284 phương tiện, phát hiện, xử lý 316 trường hợp vi phạm, phạt tiền hơn 1,2 tỷ đồng, tước giấy phép lái xe 42 trường hợp. Trong số các trường hợp vi phạm, xe chở hàng quá tải trọng chiếm 57%.

Nhờ làm tốt công tác tuần tra, trong hầm không xảy ra tai nạn giao thông nghiêm trọng; số vụ va chạm nhỏ giảm từ 14 vụ năm 2022 xuống còn 8 vụ.

Tháng 9/2023, Trạm phối hợp với Phòng Cảnh sát PCCC và CNCH tổ chức diễn tập chữa cháy trong hầm lần thứ 3, với sự tham gia của gần 120 cán bộ, chiến sĩ và 8 xe chuyên dụng.

Ông Trần Văn Hai, Trưởng trạm quản lý hầm Đèo Ngang cho biết, năm 2024, đơn vị đặt mục tiêu giảm 10% số vụ va chạm trong hầm, đồng thời thay thế 320 bộ đèn chiếu sáng bằng đèn LED, tiết kiệm khoảng 35% chi phí điện năng.

THU HÀ
5/1/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23_I = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
TN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đã đón 1,96 triệu lượt phương tiện", "1,96", 1960000, "count", "lượt phương tiện",
      "lượt phương tiện qua hầm đường bộ Đèo Ngang", Y23, change=C("increase", 6.3, "%", "năm 2022")),
    F("khoảng 5.370 lượt xe", "5.370", 5370, "measure", "lượt xe/ngày đêm",
      "lưu lượng bình quân qua hầm mỗi ngày đêm", Y23_I, approx="about"),
    F("hơn 9.000 lượt", "9.000", 9000, "count", "lượt", "lưu lượng ngày cao điểm", Y23_I, approx="over"),
    F("dài 495 m", "495", 495, "measure", "m", "chiều dài hầm Đèo Ngang"),
    F("trang bị 48 camera", "48", 48, "count", "camera giám sát", "camera giám sát trong hầm"),
    F("12 quạt phản lực", "12", 12, "count", "quạt phản lực", "quạt phản lực trong hầm"),
    F("26 họng nước", "26", 26, "count", "họng nước chữa cháy", "họng nước chữa cháy trong hầm"),
    F("kiểm tra 1.284 phương tiện", "1.284", 1284, "count", "phương tiện", "phương tiện được kiểm tra", TN),
    F("xử lý 316 trường hợp", "316", 316, "count", "trường hợp", "trường hợp vi phạm bị phát hiện, xử lý", TN),
    F("hơn 1,2 tỷ đồng", "1,2", 1200000000, "money", "đồng", "tiền phạt vi phạm", TN, approx="over"),
    F("tước giấy phép lái xe 42 trường hợp", "42", 42, "count", "trường hợp",
      "trường hợp bị tước giấy phép lái xe", TN),
    F("chiếm 57%", "57", 57, "percent", "%", "xe chở hàng quá tải trọng trong các trường hợp vi phạm", Y23_I),
    F("từ 14 vụ", "14", 14, "count", "vụ", "vụ va chạm nhỏ trong hầm", P("năm 2022", "2022-01-01", "2022-12-31")),
    F("còn 8 vụ", "8", 8, "count", "vụ", "vụ va chạm nhỏ trong hầm", Y23_I),
    F("gần 120 cán bộ", "120", 120, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ tham gia diễn tập chữa cháy",
      P("Tháng 9/2023", "2023-09-01", "2023-09-30"), approx="nearly"),
    F("8 xe chuyên dụng", "8", 8, "count", "xe chuyên dụng", "xe chuyên dụng tham gia diễn tập",
      P("Tháng 9/2023", "2023-09-01", "2023-09-30")),
    F("giảm 10% số vụ", "10", 10, "percent", "%", "giảm số vụ va chạm trong hầm", Y24, status="target"),
    F("thay thế 320 bộ đèn", "320", 320, "count", "bộ đèn", "bộ đèn chiếu sáng thay thế bằng đèn LED", Y24,
      status="target"),
    F("khoảng 35% chi phí", "35", 35, "percent", "%", "tiết kiệm chi phí điện năng", Y24,
      approx="about", status="target"),
]

NOTES = [
    "Provincial Party newspaper (Báo Hà Tĩnh): hầm Đèo Ngang in 2023; byline 'THU HÀ' and bare date '5/1/2024' at the end.",
    "Not figures: 'Quốc lộ 1', '24/24 giờ' (round-the-clock), 'lần thứ 3' (ordinal), 'Ông Trần Văn Hai' (name),",
    "'Tháng 9/2023', 'năm 2022' as periods, 'Phòng Cảnh sát PCCC và CNCH'.",
    "A daily average written 'mỗi ngày đêm có ... 5.370 lượt xe' is a rate: measure, unit 'lượt xe/ngày đêm'.",
    "'giảm từ 14 vụ năm 2022 xuống còn 8 vụ': two figures (2022 and 2023), no change value is written.",
    "'Trong số các trường hợp vi phạm, ... chiếm 57%' is a share standing alone: a percent figure.",
]

if __name__ == "__main__":
    write("p879-5", TEXT, FIGS, NOTES, published="2024-01-05", location="Hà Tĩnh")
