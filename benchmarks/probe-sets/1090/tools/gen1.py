"""p1090-1: province portal (Đồng Nai), 7 months of 2024, camera violations and cold fines."""
from lib import F, per, inherit, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Camera giám sát phát hiện hơn 41.000 trường hợp vi phạm giao thông trong 7 tháng
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.317

(Cổng TTĐT Đồng Nai) - Theo báo cáo của Công an tỉnh, 7 tháng đầu năm 2024, hệ thống camera giám sát giao thông trên địa bàn tỉnh Đồng Nai đã ghi nhận 41.286 trường hợp vi phạm trật tự an toàn giao thông, tăng 27,4% so với cùng kỳ năm 2023. Trong đó, vi phạm tốc độ có 23.518 trường hợp, chiếm 57%; vượt đèn đỏ 9.742 trường hợp; đi sai làn đường 5.903 trường hợp; còn lại là lỗi dừng, đỗ xe sai quy định.

Hiện toàn tỉnh có 386 camera phục vụ giám sát, xử lý vi phạm được kết nối về Trung tâm Thông tin chỉ huy Công an tỉnh, gồm 214 camera do Công an tỉnh đầu tư và 172 camera thuộc dự án giao thông thông minh của Sở Giao thông vận tải. Camera tập trung trên Quốc lộ 1A, Quốc lộ 51, Quốc lộ 20 và cao tốc TP Hồ Chí Minh - Long Thành - Dầu Giây.

Từ dữ liệu hình ảnh, Phòng Cảnh sát giao thông đã gửi 36.850 thông báo vi phạm qua đường bưu điện đến chủ phương tiện, đạt 89,3% số trường hợp phát hiện; ra quyết định xử phạt 28.417 trường hợp với tổng số tiền hơn 86,5 tỷ đồng, tăng 31,2% so với cùng kỳ. Số tiền phạt đã thu nộp ngân sách nhà nước ước đạt 71,2 tỷ đồng, bằng 82,3% số tiền đã ra quyết định.

Đáng chú ý, còn gần 4.400 thông báo bị bưu điện trả lại do chủ phương tiện đã bán xe hoặc thay đổi địa chỉ. Công an tỉnh đã phối hợp với 11 huyện, thành phố đăng tải danh sách biển số xe vi phạm để người dân tra cứu.

Theo Kế hoạch số 152/KH-UBND ngày 25/4/2024 của UBND tỉnh, đến hết năm 2024 tỉnh phấn đấu lắp đặt thêm 120 camera tại các nút giao trọng điểm, nâng tổng số camera lên trên 500 camera. Tổng kinh phí dự kiến khoảng 48 tỷ đồng từ ngân sách tỉnh. Đường dây nóng: 0251.3822.345.
"""

P7 = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
PE = per("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("hơn 41.000 trường hợp", "41.000", 41000, "count", "trường hợp", approx="over",
      subject="trường hợp vi phạm giao thông camera giám sát phát hiện",
      period=per("trong 7 tháng", "2024-01-01", "2024-07-31")),
    F("ghi nhận 41.286 trường hợp", "41.286", 41286, "count", "trường hợp",
      change=chg("increase", 27.4, "%", "cùng kỳ năm 2023"),
      subject="trường hợp vi phạm trật tự an toàn giao thông camera giám sát ghi nhận", period=P7),
    F("có 23.518 trường hợp", "23.518", 23518, "count", "trường hợp", total=41286, percent=57,
      subject="vi phạm tốc độ", period=inherit(P7)),
    F("vượt đèn đỏ 9.742 trường hợp", "9.742", 9742, "count", "trường hợp", total=41286,
      subject="vi phạm vượt đèn đỏ", period=inherit(P7)),
    F("đi sai làn đường 5.903 trường hợp", "5.903", 5903, "count", "trường hợp", total=41286,
      subject="vi phạm đi sai làn đường", period=inherit(P7)),
    F("có 386 camera", "386", 386, "count", "camera",
      subject="camera phục vụ giám sát, xử lý vi phạm kết nối về Trung tâm Thông tin chỉ huy"),
    F("gồm 214 camera", "214", 214, "count", "camera", total=386,
      subject="camera do Công an tỉnh đầu tư"),
    F("và 172 camera", "172", 172, "count", "camera", total=386,
      subject="camera thuộc dự án giao thông thông minh của Sở Giao thông vận tải"),
    F("gửi 36.850 thông báo", "36.850", 36850, "count", "thông báo", percent=89.3,
      subject="thông báo vi phạm gửi qua đường bưu điện đến chủ phương tiện", period=inherit(P7)),
    F("xử phạt 28.417 trường hợp", "28.417", 28417, "count", "trường hợp",
      subject="trường hợp ra quyết định xử phạt", period=inherit(P7)),
    F("hơn 86,5 tỷ đồng", "86,5", 86.5e9, "money", "đồng", approx="over",
      change=chg("increase", 31.2, "%", "cùng kỳ"),
      subject="tổng số tiền xử phạt", period=inherit(P7)),
    F("ước đạt 71,2 tỷ đồng", "71,2", 71.2e9, "money", "đồng", percent=82.3, status="estimate",
      subject="số tiền phạt đã thu nộp ngân sách nhà nước", period=inherit(P7)),
    F("gần 4.400 thông báo", "4.400", 4400, "count", "thông báo", approx="nearly",
      subject="thông báo bị bưu điện trả lại", period=inherit(P7)),
    F("với 11 huyện, thành phố", "11", 11, "count", "huyện, thành phố",
      subject="huyện, thành phố phối hợp đăng tải danh sách biển số xe vi phạm"),
    F("thêm 120 camera", "120", 120, "count", "camera", status="target",
      subject="camera lắp đặt thêm tại các nút giao trọng điểm", period=PE),
    F("trên 500 camera", "500", 500, "count", "camera", approx="over", status="target",
      subject="tổng số camera", period=PE),
    F("khoảng 48 tỷ đồng", "48", 48e9, "money", "đồng", approx="about", status="forecast",
      subject="tổng kinh phí lắp đặt camera", period=inherit(PE)),
]

NOTES = [
    "Province portal of Đồng Nai (breadcrumb, 'Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.317').",
    "Distractors: Lượt xem 2.317, Quốc lộ 1A/51/20, Kế hoạch số 152/KH-UBND ngày 25/4/2024, hotline 0251.3822.345.",
    "Year-less headline '7 tháng' takes 2024 from the dateline. 'Hiện' sentences get no period.",
    "The three violation types after 'Trong đó' are parts of 41.286; 214 and 172 after 'gồm' are parts of 386.",
]

write(1, TEXT, FIGS, NOTES, published="2024-08-14", location="Đồng Nai")
