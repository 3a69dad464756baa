"""p601-8: city portal (TP. Hồ Chí Minh, "Ngày cập nhật") — fires and rescues in 5 months of 2024, new fire trucks."""
from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH
Tin tức > Trật tự - An toàn xã hội

TP.HCM: 5 tháng đầu năm, lực lượng Cảnh sát PCCC cứu được 137 người

Ngày cập nhật 18/06/2024

Theo Công an TP.HCM, 5 tháng đầu năm 2024, Phòng Cảnh sát PCCC và CNCH cùng 22 đội khu vực đã tiếp nhận, xử lý 412 vụ cháy, sự cố, tai nạn. Trong đó có 168 vụ cháy, bình quân 1,1 vụ/ngày; 244 vụ cứu nạn, cứu hộ.

Các vụ cháy làm chết 9 người, bị thương 12 người, thiệt hại tài sản ước khoảng 46,8 tỷ đồng, giảm 17,6% so với cùng kỳ năm 2023. Riêng tháng 5/2024 xảy ra 41 vụ cháy, tăng 6 vụ so với tháng trước do thời tiết nắng nóng kéo dài.

Trong 244 vụ CNCH, có 97 vụ đuối nước trên sông, kênh rạch; 58 vụ mắc kẹt trong thang máy; 36 vụ sập đổ công trình. Lực lượng chức năng cứu được 137 người, trong đó 29 trẻ em; tìm kiếm 84 thi thể nạn nhân.

Tính đến ngày 31/5/2024, thành phố có 2.145 cơ sở thuộc danh mục nguy hiểm về cháy, nổ, chiếm khoảng 18% tổng số cơ sở thuộc diện quản lý.

Để nâng cao năng lực, thành phố đã đầu tư 24 xe chữa cháy mới với tổng kinh phí 356,8 tỷ đồng, bình quân gần 14,9 tỷ đồng/xe. Dự kiến trong quý III/2024 sẽ tiếp nhận thêm 6 xe thang có chiều cao từ 54 đến 72 m.

Người dân cần hỗ trợ gọi số 114 (miễn phí) hoặc liên hệ trụ sở số 258 Trần Hưng Đạo, Quận 1.
"""

H5 = P("5 tháng đầu năm", "2024-01-01", "2024-05-31")
P5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
M5 = P("tháng 5/2024", "2024-05-01", "2024-05-31")
ASOF = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("PCCC cứu được 137 người", "137", 137, "count", "người", "người được lực lượng Cảnh sát PCCC cứu", H5),
    F("cùng 22 đội khu vực", "22", 22, "count", "đội", "đội Cảnh sát PCCC và CNCH khu vực", P5, optional=True),
    F("xử lý 412 vụ", "412", 412, "count", "vụ", "vụ cháy, sự cố, tai nạn tiếp nhận, xử lý", P5),
    F("có 168 vụ cháy", "168", 168, "count", "vụ cháy", "vụ cháy", INH(P5), total=412),
    F("bình quân 1,1 vụ/ngày", "1,1", 1.1, "measure", "vụ/ngày", "vụ cháy bình quân mỗi ngày", INH(P5)),
    F("; 244 vụ cứu nạn", "244", 244, "count", "vụ", "vụ cứu nạn, cứu hộ", INH(P5), total=412),
    F("làm chết 9 người", "9", 9, "count", "người", "người chết do cháy", INH(P5)),
    F("bị thương 12 người", "12", 12, "count", "người", "người bị thương do cháy", INH(P5)),
    F("khoảng 46,8 tỷ đồng", "46,8", 46.8e9, "money", "đồng", "thiệt hại tài sản do cháy", INH(P5),
      approx="about", status="estimate", change=CH("decrease", 17.6, "%", "cùng kỳ năm 2023")),
    F("xảy ra 41 vụ cháy", "41", 41, "count", "vụ cháy", "vụ cháy", M5,
      change=CH("increase", 6, "vụ", "tháng trước")),
    F("Trong 244 vụ CNCH", "244", 244, "count", "vụ", "vụ cứu nạn, cứu hộ", INH(P5), optional=True),
    F("có 97 vụ", "97", 97, "count", "vụ", "vụ đuối nước trên sông, kênh rạch", INH(P5), total=244),
    F("58 vụ mắc kẹt", "58", 58, "count", "vụ", "vụ mắc kẹt trong thang máy", INH(P5), total=244),
    F("36 vụ sập đổ", "36", 36, "count", "vụ", "vụ sập đổ công trình", INH(P5), total=244),
    F("năng cứu được 137 người", "137", 137, "count", "người", "người được cứu", INH(P5)),
    F("29 trẻ em", "29", 29, "count", "trẻ em", "trẻ em được cứu", INH(P5), total=137),
    F("tìm kiếm 84 thi thể", "84", 84, "count", "thi thể", "thi thể nạn nhân tìm kiếm được", INH(P5)),
    F("có 2.145 cơ sở", "2.145", 2145, "count", "cơ sở", "cơ sở thuộc danh mục nguy hiểm về cháy, nổ", ASOF, percent=18),
    F("đầu tư 24 xe", "24", 24, "count", "xe chữa cháy", "xe chữa cháy mới đầu tư"),
    F("kinh phí 356,8 tỷ đồng", "356,8", 356.8e9, "money", "đồng", "tổng kinh phí đầu tư xe chữa cháy mới"),
    F("gần 14,9 tỷ đồng/xe", "14,9", 14.9e9, "money", "đồng/xe", "kinh phí bình quân mỗi xe chữa cháy", approx="nearly"),
    F("thêm 6 xe thang", "6", 6, "count", "xe thang", "xe thang tiếp nhận thêm", Q3, status="forecast"),
    F("từ 54 đến 72 m", "54", 54, "measure", "m", "chiều cao xe thang", Q3, value_max=72, status="forecast"),
]

COMMENTS = [
    "Cổng TTĐT TP. Hồ Chí Minh (invented): \"Ngày cập nhật 18/06/2024\" is the dateline. \"số 114\", \"số 258 Trần Hưng Đạo\",",
    "\"Quận 1\" are not figures. \"22 đội khu vực\" describes the force's structure (optional). 168 fires + 244 rescues = 412 (Trong đó).",
    "\"Trong 244 vụ CNCH\" restates the 244 (optional) and gives the total of the three kinds after it; \"trong đó 29 trẻ em\" -> total 137.",
    "\"ước khoảng\" = estimate + about; \"giảm 17,6% so với cùng kỳ năm 2023\" is the change of the damage. \"bình quân\" is not an approx cue.",
    "Rates keep the denominator in the unit (vụ/ngày, đồng/xe). \"Dự kiến\" governs the whole last sentence (forecast, quý III/2024).",
    "Headline \"5 tháng đầu năm\" takes 2024. Sentences without a period phrase inherit the lead's (unscored).",
]

if __name__ == "__main__":
    emit("p601-8", TEXT, COMMENTS, FIGS, published="2024-06-18", location="Hồ Chí Minh")
