from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN QUỲNH LƯU - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện / Nội chính
05/07/2024 15:20

Quỳnh Lưu: Giải quyết 94% vụ việc khiếu nại, tố cáo thuộc thẩm quyền trong 6 tháng đầu năm

Sáng 4/7, UBND huyện Quỳnh Lưu tổ chức hội nghị sơ kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo 6 tháng đầu năm 2024.

Trong 6 tháng đầu năm, Ban Tiếp công dân huyện và UBND các xã, thị trấn đã tiếp 612 lượt công dân, tăng 5,4% so với cùng kỳ năm 2023; Chủ tịch UBND huyện trực tiếp chủ trì 14 phiên tiếp công dân định kỳ theo Điều 18 Luật Tiếp công dân. Nội dung chủ yếu liên quan đến đất đai, chiếm khoảng 70% số lượt tiếp.

Toàn huyện tiếp nhận 428 đơn các loại, trong đó 356 đơn kiến nghị, phản ánh, 47 đơn khiếu nại và 25 đơn tố cáo. Đơn khiếu nại, tố cáo chủ yếu thuộc lĩnh vực đất đai (51 đơn), chế độ chính sách (12 đơn) và tư pháp (9 đơn).

Trong số 52 vụ việc thuộc thẩm quyền, các cấp đã giải quyết 49 vụ việc, đạt 94,2%; trong đó cấp huyện giải quyết 18/19 vụ việc, cấp xã giải quyết 31/33 vụ việc. Số vụ khiếu nại, tố cáo đúng và đúng một phần lần lượt là 6 vụ và 4 vụ. Qua giải quyết, đã kiến nghị trả lại cho công dân 1.250 m2 đất và 386,5 triệu đồng.

Thời gian giải quyết mỗi vụ việc bình quân từ 25 đến 30 ngày, bảo đảm thời hạn theo quy định.

Trong 6 tháng cuối năm, huyện phấn đấu giải quyết trên 95% vụ việc thuộc thẩm quyền, không để phát sinh điểm nóng. Công dân liên hệ Ban Tiếp công dân huyện qua số điện thoại 0238.3864.215 hoặc tại Khối 3, thị trấn Cầu Giát.

Ngọc Anh - Trung tâm VH-TT&TT huyện
"""

H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
C6 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
I6 = I(H6)

FIGS = [
    F("Giải quyết 94%", "94", 94, "percent", "%", "vụ việc khiếu nại, tố cáo thuộc thẩm quyền được giải quyết", H6),
    F("612 lượt", "612", 612, "count", "lượt", "lượt tiếp công dân", H6,
      change=CH("increase", 5.4, "%", "cùng kỳ năm 2023")),
    F("14 phiên", "14", 14, "count", "phiên", "phiên tiếp công dân định kỳ do Chủ tịch UBND huyện chủ trì", H6),
    F("khoảng 70%", "70", 70, "percent", "%", "lượt tiếp có nội dung liên quan đến đất đai", I6, approx="about"),
    F("428 đơn", "428", 428, "count", "đơn", "đơn các loại tiếp nhận", I6),
    F("356 đơn", "356", 356, "count", "đơn", "đơn kiến nghị, phản ánh", I6, total=428),
    F("47 đơn", "47", 47, "count", "đơn", "đơn khiếu nại", I6, total=428),
    F("25 đơn", "25", 25, "count", "đơn", "đơn tố cáo", I6, total=428),
    F("(51 đơn)", "51", 51, "count", "đơn", "đơn khiếu nại, tố cáo thuộc lĩnh vực đất đai", I6),
    F("(12 đơn)", "12", 12, "count", "đơn", "đơn khiếu nại, tố cáo thuộc lĩnh vực chế độ chính sách", I6),
    F("(9 đơn)", "9", 9, "count", "đơn", "đơn khiếu nại, tố cáo thuộc lĩnh vực tư pháp", I6),
    F("Trong số 52 vụ việc", "52", 52, "count", "vụ việc", "vụ việc thuộc thẩm quyền", I6),
    F("giải quyết 49 vụ việc", "49", 49, "count", "vụ việc", "vụ việc thuộc thẩm quyền đã giải quyết", I6, total=52, percent=94.2),
    F("18/19 vụ việc", "18", 18, "count", "vụ việc", "vụ việc cấp huyện giải quyết", I6, total=19),
    F("31/33 vụ việc", "31", 31, "count", "vụ việc", "vụ việc cấp xã giải quyết", I6, total=33),
    F("là 6 vụ", "6", 6, "count", "vụ", "vụ khiếu nại, tố cáo đúng", I6),
    F("và 4 vụ", "4", 4, "count", "vụ", "vụ khiếu nại, tố cáo đúng một phần", I6),
    F("1.250 m2", "1.250", 1250, "measure", "m2", "đất kiến nghị trả lại cho công dân", I6),
    F("386,5 triệu đồng", "386,5", 386.5e6, "money", "đồng", "tiền kiến nghị trả lại cho công dân", I6),
    F("từ 25 đến 30 ngày", "25", 25, "measure", "ngày", "thời gian giải quyết mỗi vụ việc bình quân", I6, value_max=30),
    F("trên 95%", "95", 95, "percent", "%", "vụ việc thuộc thẩm quyền được giải quyết", C6, approx="over", status="target"),
]

COMMENTS = [
    "District portal (huyện Quỳnh Lưu, Nghệ An): citizen reception and complaints/denunciations, first half of 2024. Dateline 05/07/2024 15:20.",
    "Location is the district throughout. Điều 18, phone 0238.3864.215, 'Khối 3' and dates are not figures.",
    "'trong đó' parts of 428 đơn take total 428; the field breakdown (51/12/9 đơn) follows a label with no figure, so no total;",
    "'Trong số 52 vụ việc … 49' gives total 52; '18/19', '31/33' give their own totals. 'lần lượt là 6 vụ và 4 vụ' are two figures.",
    "'6 tháng cuối năm' (target clause with 'phấn đấu') = 2024-07-01..2024-12-31.",
]

if __name__ == "__main__":
    emit("p548-2", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Quỳnh Lưu")
