import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """BÁO QUẢNG BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG BÌNH

Phong Nha - Kẻ Bàng: Du lịch sinh thái khởi sắc, bảo tồn đa dạng sinh học được chú trọng

12/01/2024 08:45
Ngọc Mai

(BQB) Năm 2023, Vườn quốc gia Phong Nha - Kẻ Bàng đón 912.480 lượt khách tham quan, tăng 41,7% so với năm 2022; trong đó khách quốc tế 108.350 lượt, gấp 2,3 lần năm trước. Tổng doanh thu từ bán vé và dịch vụ du lịch đạt 246,8 tỷ đồng, vượt 23,4% kế hoạch. Các tuyến du lịch mạo hiểm như Hang Én, Tú Làn và tuyến "Đường 20 Quyết Thắng" tiếp tục thu hút đông du khách.

Với tổng diện tích 123.326 ha, Vườn hai lần được UNESCO công nhận là Di sản thiên nhiên thế giới (năm 2003 và năm 2015). Kết quả điều tra, cập nhật đến nay cho thấy hệ thực vật của Vườn có 2.951 loài, hệ động vật có 1.394 loài; trong đó 137 loài động vật được ghi trong Sách Đỏ Việt Nam và 72 loài có tên trong Danh lục đỏ IUCN. Đặc biệt, Vườn là nơi sinh sống của quần thể voọc Hà Tĩnh với khoảng 900 - 1.000 cá thể, lớn nhất Việt Nam.

Cũng trong năm 2023, lực lượng kiểm lâm của Vườn đã tổ chức 1.530 lượt tuần tra, tháo gỡ 6.744 bẫy, phát hiện 47 vụ vi phạm; tiếp nhận và tái thả về rừng 86 cá thể động vật hoang dã thuộc 21 loài do người dân tự nguyện giao nộp. Ban Quản lý Vườn cũng đã lắp đặt thêm 40 camera giám sát rừng dọc Quốc lộ 20.

Năm 2024, tỉnh Quảng Bình đặt mục tiêu đón khoảng 1,1 triệu lượt khách đến Phong Nha - Kẻ Bàng, doanh thu dự kiến trên 300 tỷ đồng; đồng thời thí điểm bán vé điện tử tại bến thuyền Sơn Trạch.

Đường dây nóng hỗ trợ du khách: 0232.3677.021.
"""

Y23 = Y(2023, "Năm 2023")
Y23i = Y(2023, "Năm 2023", inh=True)
NOW = P("đến nay", None, "2024-01-12")
NOWi = P("đến nay", None, "2024-01-12", inh=True)

FIGS = [
    F("đón 912.480 lượt khách", "912.480", 912480, "count", "lượt khách", "lượt khách tham quan",
      change=CH("increase", 41.7, baseline="năm 2022"), period=Y23),
    F("quốc tế 108.350 lượt", "108.350", 108350, "count", "lượt", "khách quốc tế", total=912480,
      change=CH("increase", 2.3, "lần", "năm trước"), period=Y23),
    F("đạt 246,8 tỷ đồng", "246,8", 246.8e9, "money", "đồng", "tổng doanh thu từ bán vé và dịch vụ du lịch",
      change=CH("increase", 23.4, baseline="kế hoạch"), period=Y23i),
    F("diện tích 123.326 ha", "123.326", 123326, "measure", "ha", "tổng diện tích của Vườn"),
    F("Vườn hai lần", "hai", 2, "count", "lần", "lần được UNESCO công nhận là Di sản thiên nhiên thế giới", optional=True),
    F("có 2.951 loài", "2.951", 2951, "count", "loài", "hệ thực vật", period=NOW),
    F("có 1.394 loài", "1.394", 1394, "count", "loài", "hệ động vật", period=NOW),
    F("đó 137 loài", "137", 137, "count", "loài", "loài động vật được ghi trong Sách Đỏ Việt Nam", total=1394, period=NOW),
    F("và 72 loài", "72", 72, "count", "loài", "loài có tên trong Danh lục đỏ IUCN", total=1394, period=NOW),
    F("khoảng 900 - 1.000 cá thể", "900", 900, "count", "cá thể", "quần thể voọc Hà Tĩnh",
      value_max=1000, approx="about", period=NOWi),
    F("tổ chức 1.530 lượt", "1.530", 1530, "count", "lượt tuần tra", "lượt tuần tra", period=Y(2023, "trong năm 2023")),
    F("tháo gỡ 6.744 bẫy", "6.744", 6744, "count", "bẫy", "bẫy tháo gỡ", period=Y(2023, "trong năm 2023")),
    F("phát hiện 47 vụ", "47", 47, "count", "vụ vi phạm", "vụ vi phạm phát hiện", period=Y(2023, "trong năm 2023")),
    F("rừng 86 cá thể", "86", 86, "count", "cá thể", "động vật hoang dã tiếp nhận và tái thả về rừng",
      period=Y(2023, "trong năm 2023")),
    F("thuộc 21 loài", "21", 21, "count", "loài", "loài động vật hoang dã tái thả", period=Y(2023, "trong năm 2023")),
    F("khoảng 1,1 triệu lượt khách", "1,1", 1.1e6, "count", "lượt khách", "lượt khách đến Phong Nha - Kẻ Bàng",
      approx="about", status="target", period=Y(2024, "Năm 2024")),
    F("trên 300 tỷ đồng", "300", 300e9, "money", "đồng", "doanh thu", approx="over", status="forecast",
      period=Y(2024, "Năm 2024")),
    F("thêm 40 camera", "40", 40, "count", "camera", "camera giám sát rừng lắp đặt thêm", period=Y(2023, "trong năm 2023", inh=True)),
]

COMMENTS = [
    "Party newspaper (Báo Quảng Bình): Vườn quốc gia Phong Nha - Kẻ Bàng, năm 2023 — visitors, revenue, species, patrols; 2024 targets.",
    "Bare dateline '12/01/2024 08:45' followed by a byline. Provincial paper tag '(BQB)'; location Quảng Bình throughout.",
    "Distractors: 'Đường 20 Quyết Thắng' (a route name), 'năm 2003 và năm 2015', 'Quốc lộ 20', hotline 0232.3677.021, 'Hang Én'.",
    "'trong đó khách quốc tế 108.350 lượt, gấp 2,3 lần năm trước': part of 912.480 with a change in lần. 'vượt 23,4% kế hoạch' is a gap to plan -> change with baseline kế hoạch.",
    "'hai lần được UNESCO công nhận' optional (a count of recognitions, like 'lần thứ 4' in h05). 'cập nhật đến nay' = as-of the dateline.",
    "'hệ thực vật … 2.951 loài, hệ động vật … 1.394 loài; trong đó 137 … và 72 …': the cue follows the 1.394 (animals), so both parts take total 1.394.",
    "'khoảng 900 - 1.000 cá thể' is an approximate range. Third paragraph states 'Cũng trong năm 2023'; '40 camera' in the next sentence inherits it.",
    "'đặt mục tiêu … khoảng 1,1 triệu' target; 'doanh thu dự kiến trên 300 tỷ đồng' forecast (its own cue).",
]

if __name__ == "__main__":
    sys.exit(1 if emit(4, TEXT, COMMENTS, FIGS, published="2024-01-12", location="Quảng Bình") else 0)
