from lib import F, P, INH, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ > Tin tức - Sự kiện > Quốc phòng - An ninh

6 tháng đầu năm 2024, Công an Nghệ An triệt phá 1.042 vụ phạm tội về ma túy

Cập nhật: 15/07/2024 08:30
Lượt xem: 1.284

Sáng 14/7, Công an tỉnh Nghệ An tổ chức họp báo thông tin kết quả công tác phòng, chống tội phạm 6 tháng đầu năm 2024. Theo đó, lực lượng chức năng toàn tỉnh đã phát hiện, bắt giữ 1.042 vụ, 1.517 đối tượng phạm tội về ma túy, tăng 8,6% số vụ so với cùng kỳ năm 2023; trong đó Phòng Cảnh sát điều tra tội phạm về ma túy trực tiếp bắt giữ 187 vụ, 263 đối tượng.

Tang vật thu giữ gồm 96 bánh heroin, 27,35 kg và 186.400 viên ma túy tổng hợp, 3,2 kg thuốc phiện cùng nhiều tài sản có liên quan. Đáng chú ý, ngày 12/4/2024, tại Km 7 trên Quốc lộ 48 thuộc địa bàn huyện Quế Phong, lực lượng chức năng bắt quả tang 2 đối tượng vận chuyển 20 bánh heroin.

Các địa phương phát hiện nhiều vụ phạm tội về ma túy nhất là huyện Kỳ Sơn (124 vụ), Tương Dương (98 vụ), thị xã Hoàng Mai (76 vụ) và TP. Vinh (71 vụ).

Tính đến ngày 30/6/2024, toàn tỉnh có 4.586 người nghiện ma túy có hồ sơ quản lý, giảm 312 người so với cuối năm 2023; đã đưa 735 người đi cai nghiện bắt buộc, đạt 61,3% kế hoạch năm.

Thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị, tỉnh phấn đấu đến năm 2025 giảm ít nhất 30% số xã, phường trọng điểm, phức tạp về ma túy so với năm 2020. Người dân phát hiện hành vi vi phạm có thể báo tin qua số điện thoại 069.2850.114.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
D = P("ngày 12/4/2024", "2024-04-12", "2024-04-12")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")

FIGS = [
    F("triệt phá 1.042 vụ", "1.042", 1042, "count", "vụ", "vụ phạm tội về ma túy triệt phá", H1),
    F("bắt giữ 1.042 vụ", "1.042", 1042, "count", "vụ", "vụ phạm tội về ma túy phát hiện, bắt giữ", INH(H1),
      change=CH("increase", 8.6, "%", "cùng kỳ năm 2023")),
    F("1.517 đối tượng", "1.517", 1517, "count", "đối tượng", "đối tượng phạm tội về ma túy", INH(H1)),
    F("giữ 187 vụ", "187", 187, "count", "vụ",
      "vụ phạm tội về ma túy do Phòng Cảnh sát điều tra tội phạm về ma túy trực tiếp bắt giữ", INH(H1), total=1042),
    F("263 đối tượng", "263", 263, "count", "đối tượng",
      "đối tượng do Phòng Cảnh sát điều tra tội phạm về ma túy trực tiếp bắt giữ", INH(H1), total=1517),
    F("96 bánh heroin", "96", 96, "count", "bánh", "heroin thu giữ", INH(H1)),
    F("27,35 kg", "27,35", 27.35, "measure", "kg", "ma túy tổng hợp thu giữ", INH(H1)),
    F("186.400 viên", "186.400", 186400, "count", "viên", "ma túy tổng hợp thu giữ", INH(H1)),
    F("3,2 kg thuốc phiện", "3,2", 3.2, "measure", "kg", "thuốc phiện thu giữ", INH(H1)),
    F("quả tang 2 đối tượng", "2", 2, "count", "đối tượng", "đối tượng vận chuyển heroin bị bắt quả tang", D,
      location="Quế Phong"),
    F("vận chuyển 20 bánh", "20", 20, "count", "bánh", "heroin vận chuyển bị bắt quả tang", D, location="Quế Phong"),
]
for place, anchor, num in (("Kỳ Sơn", "(124 vụ)", "124"), ("Tương Dương", "(98 vụ)", "98"),
                           ("Hoàng Mai", "(76 vụ)", "76"), ("Vinh", "(71 vụ)", "71")):
    FIGS.append(F(anchor, num, int(num), "count", "vụ", "vụ phạm tội về ma túy phát hiện", INH(H1), location=place))
FIGS += [
    F("có 4.586 người", "4.586", 4586, "count", "người", "người nghiện ma túy có hồ sơ quản lý", ASOF,
      change=CH("decrease", 312, "người", "cuối năm 2023")),
    F("đưa 735 người", "735", 735, "count", "người", "người nghiện đưa đi cai nghiện bắt buộc", ASOF, percent=61.3),
    F("ít nhất 30%", "30", 30, "percent", "%", "giảm số xã, phường trọng điểm, phức tạp về ma túy so với năm 2020",
      P("đến năm 2025", None, "2025-12-31"), approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Nghệ An (province portal): drug crime results, 6 months 2024. Breadcrumb, 'Cập nhật: 15/07/2024 08:30', 'Lượt xem: 1.284'.",
    "Headline figure has its period in the same line (scored); body figures after the lead sentence inherit it (unscored).",
    "'tăng 8,6% số vụ' is the change of the 1.042 vụ, not of the 1.517 đối tượng. 'trong đó ... 187 vụ, 263 đối tượng': each part takes the",
    "whole that counts the same thing (1.042 vụ, 1.517 đối tượng). '27,35 kg và 186.400 viên ma túy tổng hợp' share the noun.",
    "A dated event ('ngày 12/4/2024') is given a one-day period; its district Quế Phong is the location.",
    "District list in brackets: location per item, subject = the list's indicator; the items do not add up and have no cue: no total.",
    "'đạt 61,3% kế hoạch năm' is the percent of 735 người. 'phấn đấu đến năm 2025 giảm ít nhất 30%' is a target percent (at_least).",
    "Distractors: 'Lượt xem: 1.284', 'Km 7', 'Quốc lộ 48', 'Chỉ thị số 36-CT/TW', '069.2850.114', 'Sáng 14/7', 'so với năm 2020'.",
]

emit("p531-1", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Nghệ An")
