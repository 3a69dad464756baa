"""p932-4: Bộ Thông tin và Truyền thông site, national figures on public game points (2024)."""
from lib import F, period, inherit, change, write

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG
Trang chủ > Tin tức > Phát thanh, truyền hình và thông tin điện tử
22/04/2024 15:30

Tăng cường quản lý điểm cung cấp dịch vụ trò chơi điện tử công cộng

Theo báo cáo của Cục Phát thanh, truyền hình và thông tin điện tử, tính đến ngày 31/3/2024, cả nước có 23.486 điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp Giấy chứng nhận đủ điều kiện hoạt động, giảm khoảng 11% so với cuối năm 2022. Trong đó, 5 địa phương có nhiều điểm nhất lần lượt là Hà Nội (2.134 điểm), TP Hồ Chí Minh (1.972 điểm), Thanh Hóa (1.045 điểm), Nghệ An (986 điểm) và Đồng Nai (874 điểm). Tổng số máy tính phục vụ trò chơi điện tử công cộng ước khoảng 410.000 máy, bình quân 17,5 máy/điểm.

Năm 2023, thanh tra chuyên ngành và các địa phương đã kiểm tra 6.812 lượt điểm, xử phạt 1.157 trường hợp với tổng số tiền 7,9 tỷ đồng, tăng 24,3% so với năm 2022; thu hồi 212 Giấy chứng nhận. Đến nay, 63/63 tỉnh, thành phố đã ban hành quy chế phối hợp quản lý.

Bộ đã lấy ý kiến lần thứ 2 đối với dự thảo Nghị định thay thế Nghị định số 72/2013/NĐ-CP, trong đó đề xuất giữ quy định điểm trò chơi điện tử công cộng không được hoạt động từ 22 giờ đến 8 giờ sáng hôm sau và bỏ yêu cầu khoảng cách 200 m tính từ cổng trường học.

Bộ dự báo đến hết năm 2024, số điểm trên cả nước sẽ còn khoảng 21.000 điểm do người chơi chuyển dần sang thiết bị di động. Mục tiêu đến năm 2025, 100% điểm được kết nối với hệ thống quản lý trực tuyến của các Sở Thông tin và Truyền thông.

Địa chỉ: 18 Nguyễn Du, Hà Nội | Điện thoại: 024.3822.6410
"""

ASOF = period("tính đến ngày 31/3/2024", None, "2024-03-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
NOW = period("Đến nay", None, "2024-04-22")
END24 = period("đến hết năm 2024", None, "2024-12-31")
TO25 = period("đến năm 2025", None, "2025-12-31")

S_POINT = "điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp Giấy chứng nhận"

FIGS = [
    F("có 23.486 điểm", "23.486", 23486, "count", "điểm",
      "điểm cung cấp dịch vụ trò chơi điện tử công cộng được cấp Giấy chứng nhận đủ điều kiện hoạt động", ASOF,
      change=change("decrease", 11, "%", "cuối năm 2022", approx="about")),
    F("5 địa phương", "5", 5, "count", "địa phương", "địa phương có nhiều điểm nhất", optional=True),
    F("Hà Nội (2.134 điểm)", "2.134", 2134, "count", "điểm", S_POINT, inherit(ASOF), total=23486,
      location="Hà Nội"),
    F("TP Hồ Chí Minh (1.972 điểm)", "1.972", 1972, "count", "điểm", S_POINT, inherit(ASOF), total=23486,
      location="TP Hồ Chí Minh"),
    F("Thanh Hóa (1.045 điểm)", "1.045", 1045, "count", "điểm", S_POINT, inherit(ASOF), total=23486,
      location="Thanh Hóa"),
    F("Nghệ An (986 điểm)", "986", 986, "count", "điểm", S_POINT, inherit(ASOF), total=23486,
      location="Nghệ An"),
    F("Đồng Nai (874 điểm)", "874", 874, "count", "điểm", S_POINT, inherit(ASOF), total=23486,
      location="Đồng Nai"),
    F("khoảng 410.000 máy", "410.000", 410000, "count", "máy",
      "máy tính phục vụ trò chơi điện tử công cộng", inherit(ASOF), approx="about", status="estimate"),
    F("bình quân 17,5 máy/điểm", "17,5", 17.5, "measure", "máy/điểm", "số máy tính bình quân mỗi điểm",
      inherit(ASOF), status="estimate"),
    F("kiểm tra 6.812 lượt điểm", "6.812", 6812, "count", "lượt điểm", "lượt điểm được kiểm tra", Y23),
    F("xử phạt 1.157 trường hợp", "1.157", 1157, "count", "trường hợp", "trường hợp bị xử phạt", Y23),
    F("số tiền 7,9 tỷ đồng", "7,9", 7.9e9, "money", "đồng", "tổng số tiền xử phạt", Y23,
      change=change("increase", 24.3, "%", "năm 2022")),
    F("thu hồi 212 Giấy chứng nhận", "212", 212, "count", "Giấy chứng nhận", "Giấy chứng nhận bị thu hồi", Y23),
    F("63/63 tỉnh, thành phố", "63", 63, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã ban hành quy chế phối hợp quản lý", NOW, total=63),
    F("khoảng cách 200 m", "200", 200, "measure", "m", "khoảng cách tính từ cổng trường học", optional=True),
    F("khoảng 21.000 điểm", "21.000", 21000, "count", "điểm", "điểm cung cấp dịch vụ trò chơi điện tử công cộng",
      END24, approx="about", status="forecast"),
    F("2025, 100% điểm", "100", 100, "percent", "%",
      "điểm được kết nối với hệ thống quản lý trực tuyến", TO25, status="target"),
]

NOTES = [
    "Ministry (Bộ TT&TT) site, 22/04/2024: national count of licensed public game points, top-5 provinces, enforcement 2023.",
    "Location Việt Nam except the five list items (each its province). Items after 'Trong đó' take total 23.486.",
    "Not figures: 'lần thứ 2' (ordinal), Nghị định 72/2013/NĐ-CP, 22 giờ / 8 giờ, address '18 Nguyễn Du', phone.",
    "Optional: '5 địa phương' (a top-N label), 'khoảng cách 200 m' (a rule's distance).",
    "'ước khoảng 410.000 máy, bình quân 17,5 máy/điểm': the estimate cue governs the continuing clause.",
]

write(4, TEXT, FIGS, NOTES, published="2024-04-22", location="Việt Nam")
