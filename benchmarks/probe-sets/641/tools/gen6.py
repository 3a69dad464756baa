"""p641-6: national press (VnExpress style) — Báo cáo kết quả kiểm toán năm 2023 gửi Quốc hội."""
from lib import F, P, I, CH, emit

TEXT = """Thời sự › Chính trị
Thứ năm, 27/6/2024, 16:45 (GMT+7)

Kiểm toán Nhà nước kiến nghị xử lý tài chính hơn 87.400 tỷ đồng

Năm 2023, Kiểm toán Nhà nước kiến nghị xử lý tài chính 87.415 tỷ đồng, tăng 13,7% so với năm 2022, trong đó tăng thu ngân sách 14.062 tỷ đồng, giảm chi 8.359 tỷ đồng.

Báo cáo kết quả kiểm toán năm 2023 vừa được Tổng Kiểm toán Nhà nước Ngô Văn Tuấn gửi tới các đại biểu tại Kỳ họp thứ 7, Quốc hội khóa XV. Trong năm, cơ quan này phát hành 262 báo cáo kiểm toán tại 1.147 đơn vị; kiến nghị sửa đổi, bổ sung, hủy bỏ 217 văn bản không phù hợp với quy định.

Kiểm toán Nhà nước cũng chuyển 17 vụ việc có dấu hiệu vi phạm pháp luật sang cơ quan điều tra, tăng 5 vụ so với năm trước, và cung cấp 496 hồ sơ, tài liệu cho các cơ quan điều tra, thanh tra, kiểm tra phục vụ phòng, chống tham nhũng.

Theo báo cáo, các địa phương có số kiến nghị xử lý tài chính lớn là Hà Nội 4.125 tỷ đồng, TP Hồ Chí Minh 3.870 tỷ đồng, Thanh Hóa 1.218 tỷ đồng. Riêng lĩnh vực đất đai, khoáng sản, số tiền kiến nghị thu nộp ngân sách khoảng 9.600 tỷ đồng, chủ yếu do giá đất được xác định thấp hơn thực tế từ 20 đến 35%.

Về kết quả thực hiện, tỷ lệ thực hiện kiến nghị xử lý tài chính năm 2022 đạt 79,37%; giai đoạn 2019-2023, tỷ lệ bình quân đạt khoảng 78%. Tuy nhiên, đến ngày 31/12/2023 vẫn còn 43.208 tỷ đồng kiến nghị của các năm trước chưa được thực hiện, trong đó gần 5.300 tỷ đồng đã kéo dài trên 5 năm.

Năm 2024, Kiểm toán Nhà nước dự kiến thực hiện 185 cuộc kiểm toán và đặt mục tiêu tỷ lệ thực hiện kiến nghị đạt trên 80%.

Hoài Thu
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("đến ngày 31/12/2023", None, "2023-12-31")
T = 87415e9
VN = "Việt Nam"

FIGS = [
    F("tài chính hơn 87.400 tỷ đồng", "87.400", 87400e9, "money", "đồng", "kiến nghị xử lý tài chính", approx="over"),
    F("tài chính 87.415 tỷ đồng", "87.415", T, "money", "đồng", "kiến nghị xử lý tài chính", Y23,
      change=CH("increase", 13.7, "%", "năm 2022")),
    F("ngân sách 14.062 tỷ đồng", "14.062", 14062e9, "money", "đồng", "kiến nghị tăng thu ngân sách", Y23, total=T),
    F("giảm chi 8.359 tỷ đồng", "8.359", 8359e9, "money", "đồng", "kiến nghị giảm chi", Y23, total=T),
    F("phát hành 262 báo cáo", "262", 262, "count", "báo cáo kiểm toán", "báo cáo kiểm toán phát hành", IN),
    F("tại 1.147 đơn vị", "1.147", 1147, "count", "đơn vị", "đơn vị được kiểm toán", IN),
    F("hủy bỏ 217 văn bản", "217", 217, "count", "văn bản", "văn bản không phù hợp kiến nghị sửa đổi, bổ sung, hủy bỏ", IN),
    F("chuyển 17 vụ việc", "17", 17, "count", "vụ việc", "vụ việc có dấu hiệu vi phạm pháp luật chuyển cơ quan điều tra",
      I(Y23), change=CH("increase", 5, "vụ", "năm trước")),
    F("cung cấp 496 hồ sơ", "496", 496, "count", "hồ sơ, tài liệu",
      "hồ sơ, tài liệu cung cấp cho các cơ quan điều tra, thanh tra, kiểm tra", I(Y23)),
    F("Hà Nội 4.125 tỷ đồng", "4.125", 4125e9, "money", "đồng", "số kiến nghị xử lý tài chính", I(Y23), location="Hà Nội"),
    F("Hồ Chí Minh 3.870 tỷ đồng", "3.870", 3870e9, "money", "đồng", "số kiến nghị xử lý tài chính", I(Y23),
      location="TP Hồ Chí Minh"),
    F("Thanh Hóa 1.218 tỷ đồng", "1.218", 1218e9, "money", "đồng", "số kiến nghị xử lý tài chính", I(Y23),
      location="Thanh Hóa"),
    F("khoảng 9.600 tỷ đồng", "9.600", 9600e9, "money", "đồng",
      "số tiền kiến nghị thu nộp ngân sách lĩnh vực đất đai, khoáng sản", I(Y23), approx="about"),
    F("từ 20 đến 35%", "20", 20, "percent", "%", "giá đất được xác định thấp hơn thực tế", I(Y23), value_max=35),
    F("đạt 79,37%", "79,37", 79.37, "percent", "%", "tỷ lệ thực hiện kiến nghị xử lý tài chính năm 2022",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("khoảng 78%", "78", 78, "percent", "%", "tỷ lệ thực hiện kiến nghị bình quân",
      P("giai đoạn 2019-2023", "2019-01-01", "2023-12-31"), approx="about"),
    F("còn 43.208 tỷ đồng", "43.208", 43208e9, "money", "đồng", "kiến nghị của các năm trước chưa được thực hiện", ASOF),
    F("gần 5.300 tỷ đồng", "5.300", 5300e9, "money", "đồng", "kiến nghị chưa thực hiện kéo dài trên 5 năm", ASOF,
      approx="nearly", total=43208e9),
    F("trên 5 năm", "5", 5, "measure", "năm", "thời gian kéo dài", approx="over", optional=True),
    F("thực hiện 185 cuộc", "185", 185, "count", "cuộc kiểm toán", "cuộc kiểm toán dự kiến thực hiện", Y24,
      status="forecast"),
    F("đạt trên 80%", "80", 80, "percent", "%", "tỷ lệ thực hiện kiến nghị", Y24, approx="over", status="target"),
]

COMMENTS = [
    "National press (VnExpress style): Báo cáo kết quả kiểm toán năm 2023 of Kiểm toán Nhà nước sent to Quốc hội (invented).",
    "Dateline 'Thứ năm, 27/6/2024, 16:45 (GMT+7)'; byline at the end. 'Kỳ họp thứ 7', 'khóa XV', '(GMT+7)' are not figures.",
    "National figures: location Việt Nam; the three provinces in the list carry their own location (subject = the list's indicator).",
    "'Trong năm' (year-less) takes 2023 from 'Báo cáo kết quả kiểm toán năm 2023' just before: scored as năm 2023.",
    "'thấp hơn thực tế từ 20 đến 35%' has no base amount: a percent range as the claim. 'trên 5 năm' (age of the backlog) is optional.",
    "'dự kiến thực hiện 185 cuộc' → forecast; 'và đặt mục tiêu … trên 80%' opens its own cue → target.",
    "14.062 and 8.359 tỷ follow 'trong đó' after 87.415 tỷ: total, although the parts listed do not exhaust it.",
]

if __name__ == "__main__":
    emit("p641-6", TEXT, COMMENTS, FIGS, published="2024-06-27", location=VN)
