"""p1086-4: ministry site (Bộ Tài nguyên và Môi trường), national noise complaints and monitoring, 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ / Tin tức / Môi trường
Ô nhiễm tiếng ồn tại đô thị: cần giải pháp đồng bộ
Ngày đăng: 22/04/2024 | Lượt xem: 1.057

Theo Báo cáo công tác bảo vệ môi trường năm 2023, cả nước ghi nhận khoảng 14.600 phản ánh, kiến nghị về ô nhiễm tiếng ồn, chiếm 21,3% tổng số phản ánh về môi trường mà các địa phương tiếp nhận. Các địa phương có nhiều phản ánh nhất lần lượt là Hà Nội (3.120 phản ánh), TP Hồ Chí Minh (2.874 phản ánh), Đồng Nai (986 phản ánh) và Bình Dương (912 phản ánh). Tại Hà Nội, phản ánh liên quan đến karaoke chiếm khoảng 45%, công trình xây dựng chiếm 28%.

Trong số 112 điểm thuộc mạng lưới quan trắc môi trường quốc gia, có 68 điểm có mức ồn trung bình ban ngày vượt QCVN 26:2010/BTNMT, chiếm 60,7%; mức ồn tại các nút giao thông lớn phổ biến từ 70 đến 80 dBA.

Năm 2023, lực lượng Cảnh sát môi trường và thanh tra chuyên ngành đã phát hiện, xử lý 2.415 vụ vi phạm về tiếng ồn, độ rung, tăng 12,8% so với năm 2022; tổng số tiền xử phạt trên 41 tỷ đồng. Việc xử phạt được thực hiện theo Nghị định số 45/2022/NĐ-CP của Chính phủ.

Theo Kế hoạch hành động quốc gia về quản lý chất lượng môi trường không khí, đến năm 2025, 100% đô thị loại I trở lên có bản đồ tiếng ồn; đến năm 2030, mức ồn trung bình tại các khu dân cư đô thị giảm từ 3 đến 5 dBA so với năm 2020. Năm 2024, Bộ dự kiến đầu tư thêm 20 trạm quan trắc tiếng ồn tự động, liên tục tại 8 đô thị lớn, tổng vốn khoảng 60 tỷ đồng.

Cục Kiểm soát ô nhiễm môi trường - Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội. Điện thoại: 024.3795.6868
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 14.600 phản ánh", "14.600", 14600, "count", "phản ánh",
      "phản ánh, kiến nghị về ô nhiễm tiếng ồn", Y23, approx="about", percent=21.3),
    F("Hà Nội (3.120 phản ánh)", "3.120", 3120, "count", "phản ánh",
      "phản ánh, kiến nghị về ô nhiễm tiếng ồn", I(Y23), location="Hà Nội"),
    F("TP Hồ Chí Minh (2.874 phản ánh)", "2.874", 2874, "count", "phản ánh",
      "phản ánh, kiến nghị về ô nhiễm tiếng ồn", I(Y23), location="TP Hồ Chí Minh"),
    F("Đồng Nai (986 phản ánh)", "986", 986, "count", "phản ánh",
      "phản ánh, kiến nghị về ô nhiễm tiếng ồn", I(Y23), location="Đồng Nai"),
    F("Bình Dương (912 phản ánh)", "912", 912, "count", "phản ánh",
      "phản ánh, kiến nghị về ô nhiễm tiếng ồn", I(Y23), location="Bình Dương"),
    F("chiếm khoảng 45%", "45", 45, "percent", "%", "tỷ lệ phản ánh liên quan đến karaoke",
      I(Y23), approx="about", location="Hà Nội"),
    F("chiếm 28%", "28", 28, "percent", "%", "tỷ lệ phản ánh liên quan đến công trình xây dựng",
      I(Y23), location="Hà Nội"),
    F("Trong số 112 điểm", "112", 112, "count", "điểm",
      "điểm thuộc mạng lưới quan trắc môi trường quốc gia", I(Y23)),
    F("có 68 điểm", "68", 68, "count", "điểm",
      "điểm có mức ồn trung bình ban ngày vượt QCVN", I(Y23), total=112, percent=60.7),
    F("từ 70 đến 80 dBA", "70", 70, "measure", "dBA", "mức ồn tại các nút giao thông lớn", I(Y23),
      value_max=80),
    F("xử lý 2.415 vụ", "2.415", 2415, "count", "vụ", "vụ vi phạm về tiếng ồn, độ rung",
      P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=C("increase", 12.8, "%", "năm 2022")),
    F("trên 41 tỷ đồng", "41", 41e9, "money", "đồng", "tổng số tiền xử phạt",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("2025, 100% đô thị", "100", 100, "percent", "%", "đô thị loại I trở lên có bản đồ tiếng ồn",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("từ 3 đến 5 dBA", "3", 3, "measure", "dBA",
      "mức giảm ồn trung bình tại các khu dân cư đô thị so với năm 2020",
      P("đến năm 2030", None, "2030-12-31"), value_max=5, status="target"),
    F("thêm 20 trạm", "20", 20, "count", "trạm", "trạm quan trắc tiếng ồn tự động, liên tục đầu tư thêm",
      Y24, status="forecast"),
    F("tại 8 đô thị", "8", 8, "count", "đô thị", "đô thị lớn được đầu tư trạm quan trắc tiếng ồn",
      Y24, status="forecast"),
    F("khoảng 60 tỷ đồng", "60", 60e9, "money", "đồng", "tổng vốn đầu tư trạm quan trắc tiếng ồn",
      Y24, approx="about", status="forecast"),
]

NOTES = [
    "Bộ TN&MT site (invented): national noise complaints 2023, monitoring network, fines, targets 2025/2030, 2024 plan.",
    "National article: location Việt Nam; list items and the Hà Nội shares take their province.",
    "68 of 'Trong số 112 điểm' -> total 112, share 60,7%. 'giảm từ 3 đến 5 dBA' (no base amount) is the claim: a target measure range.",
    "'Bộ dự kiến … tại 8 đô thị lớn, tổng vốn khoảng 60 tỷ đồng' all governed by dự kiến (forecast).",
    "Distractors: Lượt xem 1.057, QCVN 26:2010/BTNMT, Nghị định số 45/2022/NĐ-CP, đô thị loại I, Số 10 Tôn Thất Thuyết, 024.3795.6868.",
]

write_set("p1086-4", TEXT, FIGS, NOTES, published="2024-04-22", location="Việt Nam")
