from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG PHÚ - HUYỆN QUẢNG TRẠCH - TỈNH QUẢNG BÌNH
Trang chủ > Tin tức > Xây dựng nông thôn mới
Ngày đăng: 25/04/2024 | Lượt xem: 412

Quảng Phú hoàn thành tiêu chí số 2 về giao thông theo chuẩn nông thôn mới nâng cao

Đến cuối quý I/2024, xã Quảng Phú có 48,6 km đường giao thông, trong đó đường trục xã 9,2 km, đường trục thôn 16,8 km, đường ngõ xóm 15,4 km và đường trục chính nội đồng 7,2 km. Tỷ lệ đường trục xã, trục thôn được nhựa hóa, bê tông hóa đạt 100%; đường ngõ xóm cứng hóa đạt 97,4%; đường nội đồng cứng hóa 85,3%, vượt chỉ tiêu 70% của tiêu chí.

Trong 3 năm (2021-2023), xã đã huy động 21,6 tỷ đồng để nâng cấp 17,5 km đường, trong đó ngân sách cấp trên hỗ trợ 11,3 tỷ đồng, ngân sách xã 2,8 tỷ đồng, nhân dân đóng góp 7,5 tỷ đồng. Nhân dân 6 thôn đã hiến 8.750 m² đất, tự nguyện tháo dỡ 2.100 m tường rào, cổng ngõ; nhiều hộ ở thôn Tây Trúc, thôn 3 hiến từ 200 đến 500 m² đất.

Xã thành lập 12 tổ tự quản bảo trì đường với 156 thành viên, mỗi tháng tổ chức dọn vệ sinh, phát quang 2 lần. Đây là lần thứ 2 xã được huyện khen thưởng về phong trào làm đường giao thông.

Năm 2024, xã phấn đấu trồng 3 km đường hoa, đưa tỷ lệ đường ngõ xóm cứng hóa lên 100%; dự kiến nâng cấp tuyến từ Quốc lộ 12A vào thôn Phù Lưu dài 1,8 km với kinh phí khoảng 3,5 tỷ đồng.

UBND xã Quảng Phú - Điện thoại: 0232.3596.108
"""

Q = P("Đến cuối quý I/2024", None, "2024-03-31")
G = P("Trong 3 năm (2021-2023)", "2021-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("có 48,6 km", "48,6", 48.6, "measure", "km", "đường giao thông", Q),
    F("xã 9,2 km", "9,2", 9.2, "measure", "km", "đường trục xã", Q, total=48.6),
    F("thôn 16,8 km", "16,8", 16.8, "measure", "km", "đường trục thôn", Q, total=48.6),
    F("xóm 15,4 km", "15,4", 15.4, "measure", "km", "đường ngõ xóm", Q, total=48.6),
    F("đồng 7,2 km", "7,2", 7.2, "measure", "km", "đường trục chính nội đồng", Q, total=48.6),
    F("đạt 100%;", "100", 100, "percent", "%", "tỷ lệ đường trục xã, trục thôn được nhựa hóa, bê tông hóa", I(Q)),
    F("97,4%", "97,4", 97.4, "percent", "%", "tỷ lệ đường ngõ xóm cứng hóa", I(Q)),
    F("85,3%", "85,3", 85.3, "percent", "%", "tỷ lệ đường nội đồng cứng hóa", I(Q), target={"value": 70, "unit": "%", "met": True}),
    F("huy động 21,6 tỷ đồng", "21,6", 21.6e9, "money", "đồng", "kinh phí xã huy động nâng cấp đường", G),
    F("nâng cấp 17,5 km", "17,5", 17.5, "measure", "km", "đường được nâng cấp", G),
    F("hỗ trợ 11,3 tỷ đồng", "11,3", 11.3e9, "money", "đồng", "ngân sách cấp trên hỗ trợ", G, total=21.6e9),
    F("xã 2,8 tỷ đồng", "2,8", 2.8e9, "money", "đồng", "ngân sách xã", G, total=21.6e9),
    F("góp 7,5 tỷ đồng", "7,5", 7.5e9, "money", "đồng", "nhân dân đóng góp", G, total=21.6e9),
    F("Nhân dân 6 thôn", "6", 6, "count", "thôn", "thôn có nhân dân hiến đất", I(G)),
    F("hiến 8.750 m²", "8.750", 8750, "measure", "m²", "đất nhân dân hiến", I(G)),
    F("dỡ 2.100 m", "2.100", 2100, "measure", "m", "tường rào, cổng ngõ nhân dân tháo dỡ", I(G)),
    F("từ 200 đến 500 m²", "200", 200, "measure", "m²", "đất mỗi hộ hiến", I(G), value_max=500),
    F("lập 12 tổ", "12", 12, "count", "tổ tự quản", "tổ tự quản bảo trì đường", None),
    F("156 thành viên", "156", 156, "count", "thành viên", "thành viên tổ tự quản bảo trì đường", None),
    F("phát quang 2 lần", "2", 2, "count", "lần", "số lần dọn vệ sinh, phát quang mỗi tháng", None, optional=True),
    F("trồng 3 km", "3", 3, "measure", "km", "đường hoa", Y24, status="target"),
    F("lên 100%", "100", 100, "percent", "%", "tỷ lệ đường ngõ xóm cứng hóa", Y24, status="target"),
    F("dài 1,8 km", "1,8", 1.8, "measure", "km", "tuyến từ Quốc lộ 12A vào thôn Phù Lưu", Y24, status="forecast"),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "kinh phí nâng cấp tuyến từ Quốc lộ 12A vào thôn Phù Lưu", Y24,
      approx="about", status="forecast"),
]

emit("p576-8", TEXT, [
    "Commune portal (xã Quảng Phú, huyện Quảng Trạch, Quảng Bình): tiêu chí số 2 giao thông NTM nâng cao, đến cuối quý I/2024.",
    "Distractors: tiêu chí số 2, thôn 3, lần thứ 2, Quốc lộ 12A, Lượt xem 412, phone.",
    "Location: the contract names province, city or district, so a commune's figures take its district, Quảng Trạch (header names it).",
    "'vượt chỉ tiêu 70%' is the target of 85,3% (met). 'Đến cuối quý I/2024' is an as-of date; the second sentence inherits it.",
], FIGS, published="2024-04-25", location="Quảng Trạch")
