from lib import F, P, write

ART = """Phú Yên: Nhân rộng câu lạc bộ gia đình phát triển bền vững
Ngày cập nhật 24/10/2024 15:07 - Số lượt xem: 418

Thực hiện Chương trình giáo dục đạo đức, lối sống trong gia đình, tính đến 30/9/2024, toàn tỉnh có 184 câu lạc bộ (CLB) gia đình phát triển bền vững với 5.620 thành viên, tăng 23 CLB so với cuối năm 2023. Ngoài ra, các địa phương duy trì 96 nhóm phòng, chống bạo lực gia đình và 112 địa chỉ tin cậy tại cộng đồng.

Kết quả tại một số địa phương:
Địa phương
Số CLB
Số thành viên (người)
Tỷ lệ thôn, khu phố có CLB (%)
TP Tuy Hòa
31
982
78,5
Thị xã Sông Cầu
22
706
64,2
Huyện Tây Hòa
27
841
71,0
Huyện Đồng Xuân
18
523
52,9

Trong 9 tháng năm 2024, các CLB đã tổ chức 1.150 buổi sinh hoạt chuyên đề, thu hút hơn 34.000 lượt người tham dự; tư vấn, hòa giải thành công 87/95 vụ mâu thuẫn gia đình, đạt 91,6%. Sở đã tập huấn cho 240 chủ nhiệm, ban chủ nhiệm CLB, tăng gấp đôi so với năm trước.

Theo Sở Văn hóa, Thể thao và Du lịch (số 54 Lê Duẩn, TP Tuy Hòa), năm 2025 phấn đấu 100% xã, phường, thị trấn có ít nhất 1 CLB gia đình phát triển bền vững; tỷ lệ hộ gia đình được phổ biến kiến thức về phòng, chống bạo lực gia đình đạt trên 90%. Kinh phí thực hiện dự kiến khoảng 1,2 tỷ đồng từ ngân sách tỉnh theo Quyết định số 1735/QĐ-UBND.

Phòng Quản lý văn hóa và gia đình
"""

T = P("tính đến 30/9/2024", None, "2024-09-30")
Ti = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
N9 = P("Trong 9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")


def cells(place, loc, clb, tv, pct):
    return [
        F(f"{place}\n{clb[0]}\n", clb[0], clb[1], "count", "CLB", "Số CLB", period=Ti, location=loc),
        F(f"{clb[0]}\n{tv[0]}\n", tv[0], tv[1], "count", "người", "Số thành viên", period=Ti, location=loc),
        F(f"{tv[0]}\n{pct[0]}\n", pct[0], pct[1], "percent", "%", "Tỷ lệ thôn, khu phố có CLB", period=Ti, location=loc),
    ]


FIGS = [
    F("có 184 câu lạc bộ", "184", 184, "count", "câu lạc bộ", "câu lạc bộ (CLB) gia đình phát triển bền vững",
      change={"direction": "increase", "value": 23, "unit": "CLB", "baseline": "cuối năm 2023"}, period=T),
    F("với 5.620 thành viên", "5.620", 5620, "count", "thành viên", "thành viên CLB gia đình phát triển bền vững", period=T),
    F("duy trì 96 nhóm", "96", 96, "count", "nhóm", "nhóm phòng, chống bạo lực gia đình", period=Ti),
    F("và 112 địa chỉ", "112", 112, "count", "địa chỉ tin cậy", "địa chỉ tin cậy tại cộng đồng", period=Ti),
]
FIGS += cells("TP Tuy Hòa", "Tuy Hòa", ("31", 31), ("982", 982), ("78,5", 78.5))
FIGS += cells("Thị xã Sông Cầu", "Sông Cầu", ("22", 22), ("706", 706), ("64,2", 64.2))
FIGS += cells("Huyện Tây Hòa", "Tây Hòa", ("27", 27), ("841", 841), ("71,0", 71.0))
FIGS += cells("Huyện Đồng Xuân", "Đồng Xuân", ("18", 18), ("523", 523), ("52,9", 52.9))
FIGS += [
    F("tổ chức 1.150 buổi", "1.150", 1150, "count", "buổi sinh hoạt chuyên đề", "buổi sinh hoạt chuyên đề", period=N9),
    F("hơn 34.000 lượt", "34.000", 34000, "count", "lượt người", "lượt người tham dự", approx="over", period=N9),
    F("87/95 vụ", "87", 87, "count", "vụ", "vụ mâu thuẫn gia đình được tư vấn, hòa giải thành công", total=95,
      percent=91.6, period=N9),
    F("cho 240 chủ nhiệm", "240", 240, "count", "chủ nhiệm, ban chủ nhiệm CLB", "chủ nhiệm, ban chủ nhiệm CLB được tập huấn",
      change={"direction": "increase", "value": 2, "unit": "lần", "baseline": "năm trước"}, period=N9.copy() | {"inherited": True}),
    F("phấn đấu 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn có ít nhất 1 CLB gia đình phát triển bền vững",
      status="target", period=Y25),
    F("ít nhất 1 CLB", "1", 1, "count", "CLB", approx="at_least", status="target", optional=True),
    F("trên 90%", "90", 90, "percent", "%", "tỷ lệ hộ gia đình được phổ biến kiến thức về phòng, chống bạo lực gia đình",
      approx="over", status="target", period=Y25),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "Kinh phí thực hiện", approx="about", status="forecast",
      period=Y25 | {"inherited": True}),
]

COMMENTS = [
    "Department site (Sở VHTTDL tỉnh Phú Yên): family clubs (CLB gia đình phát triển bền vững), counselling and mediation, 9 months 2024.",
    "Dateline 'Ngày cập nhật 24/10/2024 15:07 - Số lượt xem: 418' (counter is page furniture).",
    "Table written one cell per line: header 'Địa phương | Số CLB | Số thành viên (người) | Tỷ lệ thôn, khu phố có CLB (%)';",
    "place row labels go to location; subject is the column label; cells inherit 'tính đến 30/9/2024' (not scored). '71,0' = 71.",
    "Distractors: address 'số 54 Lê Duẩn, TP Tuy Hòa' (not a location of any figure), 'Quyết định số 1735/QĐ-UBND', counter 418.",
    "87/95 carries total 95 and percent 91,6. 'tăng gấp đôi so với năm trước' = change of 240 (2 lần, number word 'đôi').",
    "'ít nhất 1 CLB' is a criterion inside the target's subject: optional. 'dự kiến khoảng 1,2 tỷ' = about + forecast.",
]

write(6, COMMENTS, ART, FIGS, published="2024-10-24", location="Phú Yên")
