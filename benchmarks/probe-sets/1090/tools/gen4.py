"""p1090-4: central agency site (Cục CSGT, Bộ Công an), national results of camera surveillance in 2024."""
from lib import F, per, inherit, chg, write

TEXT = """CỤC CẢNH SÁT GIAO THÔNG - BỘ CÔNG AN
Trang chủ / Tin tức / Hoạt động của lực lượng CSGT
Ngày đăng: 10/01/2025 | Lượt xem: 5.208

Năm 2024, camera giám sát phát hiện hơn 1,6 triệu trường hợp vi phạm giao thông

Ngày 9/1/2025, Cục Cảnh sát giao thông (C08) tổ chức Hội nghị tổng kết công tác năm 2024. Theo báo cáo, năm 2024, hệ thống camera giám sát của lực lượng CSGT toàn quốc đã phát hiện 1.627.450 trường hợp vi phạm, tăng 1,8 lần so với năm 2023. Trong đó, lỗi chạy quá tốc độ quy định chiếm 52,6%, vượt đèn tín hiệu giao thông chiếm 21,3%, dừng, đỗ xe sai quy định chiếm 9,8%.

Đến ngày 31/12/2024, Trung tâm chỉ huy của Cục đã kết nối 1.845 camera trên 63/63 tỉnh, thành phố và 2.150 km đường cao tốc; ngoài ra, các địa phương đã đầu tư khoảng 9.700 camera phục vụ giám sát giao thông.

Từ dữ liệu camera, các đơn vị đã gửi 1.412.300 thông báo vi phạm qua đường bưu điện và ứng dụng VNeID, ra quyết định xử phạt 986.540 trường hợp, nộp ngân sách nhà nước hơn 2.180 tỷ đồng, tăng 64% so với năm 2023.

Các địa phương phát hiện nhiều vi phạm qua camera nhất lần lượt là TP Hồ Chí Minh (198.420 trường hợp), Hà Nội (176.305 trường hợp), Đồng Nai (64.212 trường hợp) và Bình Dương (58.760 trường hợp).

Năm 2025, Cục CSGT đặt mục tiêu 100% tuyến cao tốc được lắp camera giám sát, phấn đấu giảm ít nhất 5% số vụ tai nạn giao thông so với năm 2024. Theo Nghị định số 168/2024/NĐ-CP có hiệu lực từ ngày 1/1/2025, ô tô vượt đèn đỏ bị phạt từ 18 đến 20 triệu đồng.
"""

PY = per("năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến ngày 31/12/2024", None, "2024-12-31")
P25 = per("Năm 2025", "2025-01-01", "2025-12-31")
LIST = "trường hợp vi phạm phát hiện qua camera"

FIGS = [
    F("hơn 1,6 triệu trường hợp", "1,6", 1.6e6, "count", "trường hợp", approx="over",
      subject="trường hợp vi phạm giao thông camera giám sát phát hiện",
      period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    F("phát hiện 1.627.450 trường hợp", "1.627.450", 1627450, "count", "trường hợp",
      change=chg("increase", 1.8, "lần", "năm 2023"),
      subject="trường hợp vi phạm hệ thống camera giám sát của lực lượng CSGT phát hiện", period=PY),
    F("chiếm 52,6%", "52,6", 52.6, "percent", "%",
      subject="lỗi chạy quá tốc độ quy định trong số vi phạm", period=inherit(PY)),
    F("chiếm 21,3%", "21,3", 21.3, "percent", "%",
      subject="lỗi vượt đèn tín hiệu giao thông trong số vi phạm", period=inherit(PY)),
    F("chiếm 9,8%", "9,8", 9.8, "percent", "%",
      subject="lỗi dừng, đỗ xe sai quy định trong số vi phạm", period=inherit(PY)),
    F("kết nối 1.845 camera", "1.845", 1845, "count", "camera",
      subject="camera kết nối với Trung tâm chỉ huy của Cục", period=ASOF),
    F("63/63 tỉnh, thành phố", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố có camera kết nối với Trung tâm chỉ huy", period=ASOF),
    F("2.150 km", "2.150", 2150, "measure", "km",
      subject="đường cao tốc có camera kết nối với Trung tâm chỉ huy", period=ASOF),
    F("khoảng 9.700 camera", "9.700", 9700, "count", "camera", approx="about",
      subject="camera các địa phương đầu tư phục vụ giám sát giao thông", period=ASOF),
    F("gửi 1.412.300 thông báo", "1.412.300", 1412300, "count", "thông báo",
      subject="thông báo vi phạm gửi qua đường bưu điện và ứng dụng VNeID", period=inherit(PY)),
    F("xử phạt 986.540 trường hợp", "986.540", 986540, "count", "trường hợp",
      subject="trường hợp ra quyết định xử phạt", period=inherit(PY)),
    F("hơn 2.180 tỷ đồng", "2.180", 2180e9, "money", "đồng", approx="over",
      change=chg("increase", 64, "%", "năm 2023"),
      subject="tiền phạt nộp ngân sách nhà nước", period=inherit(PY)),
    F("(198.420 trường hợp)", "198.420", 198420, "count", "trường hợp", subject=LIST,
      location="Hồ Chí Minh", period=inherit(PY)),
    F("(176.305 trường hợp)", "176.305", 176305, "count", "trường hợp", subject=LIST,
      location="Hà Nội", period=inherit(PY)),
    F("(64.212 trường hợp)", "64.212", 64212, "count", "trường hợp", subject=LIST,
      location="Đồng Nai", period=inherit(PY)),
    F("(58.760 trường hợp)", "58.760", 58760, "count", "trường hợp", subject=LIST,
      location="Bình Dương", period=inherit(PY)),
    F("mục tiêu 100% tuyến cao tốc", "100", 100, "percent", "%", status="target",
      subject="tuyến cao tốc được lắp camera giám sát", period=P25),
    F("ít nhất 5%", "5", 5, "percent", "%", approx="at_least", status="target",
      subject="số vụ tai nạn giao thông giảm", period=P25),
    F("từ 18 đến 20 triệu đồng", "18", 18e6, "money", "đồng", value_max=20e6,
      subject="mức phạt ô tô vượt đèn đỏ"),
]

NOTES = [
    "Central agency site (Cục Cảnh sát giao thông, Bộ Công an): 'Ngày đăng: 10/01/2025 | Lượt xem: 5.208'. National: location Việt Nam.",
    "Distractors: Lượt xem 5.208, 'Ngày 9/1/2025', '(C08)', Nghị định số 168/2024/NĐ-CP, 'từ ngày 1/1/2025'.",
    "'tăng 1,8 lần so với năm 2023' is the change of 1.627.450 (unit lần). Shares after 'Trong đó ... chiếm' are percent figures.",
    "The ranking list 'lần lượt là TP Hồ Chí Minh (...), Hà Nội (...)' shares its indicator; places go to location; no total.",
    "'giảm ít nhất 5% ... so với năm 2024' has no base amount: a percent figure (target) without change.",
    "The legal fine range 18-20 triệu đồng is recorded as a money figure (an amount stated as fact), no period.",
]

write(4, TEXT, FIGS, NOTES, published="2025-01-10", location="Việt Nam")
