from lib import F, P, I, C, T, build

TEXT = """Báo Bắc Giang điện tử
Pháp luật
08/10/2024 07:40

Viện KSND tỉnh: Giải quyết 98,6% tin báo, tố giác tội phạm

BBG - Từ đầu năm đến nay, Viện Kiểm sát nhân dân hai cấp tỉnh Bắc Giang đã kiểm sát việc giải quyết 2.146 tin báo, tố giác tội phạm và kiến nghị khởi tố; cơ quan có thẩm quyền đã giải quyết 2.116 tin, đạt 98,6% (chỉ tiêu Quốc hội giao tại Nghị quyết số 96/2019/QH14 là trên 90%).

Viện KSND hai cấp thực hành quyền công tố, kiểm sát điều tra 1.287 vụ/2.034 bị can (tăng 112 vụ, 187 bị can so với cùng kỳ năm 2023). Cơ quan điều tra đã kết thúc điều tra, đề nghị truy tố 1.015 vụ/1.622 bị can. Viện kiểm sát đã truy tố 998 vụ, đạt tỷ lệ 98,3% (chỉ tiêu trên 95%), với 1.597 bị can; trong đó tội phạm về ma túy 312 vụ/455 bị can, chiếm 31,3% số vụ; tội phạm về tham nhũng, chức vụ 14 vụ/38 bị can. 100% vụ án được truy tố đúng thời hạn luật định.

Trong công tác kiểm sát xét xử, Viện kiểm sát đã phối hợp với Tòa án tổ chức 215 phiên tòa rút kinh nghiệm, 47 phiên tòa xét xử lưu động tại các huyện Lục Ngạn, Yên Thế, Sơn Động. Viện KSND hai cấp ban hành 146 kiến nghị phòng ngừa vi phạm, tăng 2,1 lần so với cùng kỳ; kháng nghị phúc thẩm 27 vụ án hình sự, được Tòa án chấp nhận 24 vụ, đạt 88,9%.

Đồng chí Nguyễn Văn Thanh, Viện trưởng Viện KSND tỉnh cho biết, những tháng cuối năm, ngành phấn đấu tỷ lệ giải quyết tin báo, tố giác tội phạm đạt trên 95%; không để xảy ra oan, sai, bỏ lọt tội phạm; mỗi kiểm sát viên tổ chức ít nhất 2 phiên tòa rút kinh nghiệm/năm.

Thu Hà
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Y = I(YTD)

FIGS = [
    F("Giải quyết 98,6% tin báo", "98,6", 98.6, "percent", "%", "tỷ lệ giải quyết tin báo, tố giác tội phạm"),
    F("giải quyết 2.146 tin báo", "2.146", 2146, "count", "tin báo",
      "tin báo, tố giác tội phạm và kiến nghị khởi tố được kiểm sát", period=YTD),
    F("giải quyết 2.116 tin", "2.116", 2116, "count", "tin", "tin báo, tố giác tội phạm đã giải quyết",
      percent=98.6, target=T(90, "%", True), period=YTD),
    F("điều tra 1.287 vụ", "1.287", 1287, "count", "vụ", "vụ án thực hành quyền công tố, kiểm sát điều tra",
      change=C("increase", 112, "vụ", "cùng kỳ năm 2023"), period=Y),
    F("vụ/2.034 bị can", "2.034", 2034, "count", "bị can", "bị can thực hành quyền công tố, kiểm sát điều tra",
      change=C("increase", 187, "bị can", "cùng kỳ năm 2023"), period=Y),
    F("truy tố 1.015 vụ", "1.015", 1015, "count", "vụ", "vụ án đề nghị truy tố", period=Y),
    F("vụ/1.622 bị can", "1.622", 1622, "count", "bị can", "bị can đề nghị truy tố", period=Y),
    F("truy tố 998 vụ", "998", 998, "count", "vụ", "vụ án Viện kiểm sát truy tố", percent=98.3,
      target=T(95, "%", True), period=Y),
    F("với 1.597 bị can", "1.597", 1597, "count", "bị can", "bị can Viện kiểm sát truy tố", period=Y),
    F("ma túy 312 vụ", "312", 312, "count", "vụ", "vụ án tội phạm về ma túy truy tố", total=998, percent=31.3, period=Y),
    F("vụ/455 bị can", "455", 455, "count", "bị can", "bị can tội phạm về ma túy truy tố", total=1597, period=Y),
    F("chức vụ 14 vụ", "14", 14, "count", "vụ", "vụ án tội phạm về tham nhũng, chức vụ truy tố", total=998, period=Y),
    F("vụ/38 bị can", "38", 38, "count", "bị can", "bị can tội phạm về tham nhũng, chức vụ truy tố", total=1597,
      period=Y),
    F("100% vụ án", "100", 100, "percent", "%", "vụ án được truy tố đúng thời hạn luật định", period=Y),
    F("tổ chức 215 phiên", "215", 215, "count", "phiên tòa", "phiên tòa rút kinh nghiệm", period=Y),
    F("47 phiên tòa", "47", 47, "count", "phiên tòa", "phiên tòa xét xử lưu động", period=Y),
    F("ban hành 146 kiến nghị", "146", 146, "count", "kiến nghị", "kiến nghị phòng ngừa vi phạm",
      change=C("increase", 2.1, "lần", "cùng kỳ"), period=Y),
    F("phúc thẩm 27 vụ", "27", 27, "count", "vụ án", "vụ án hình sự kháng nghị phúc thẩm", period=Y),
    F("chấp nhận 24 vụ", "24", 24, "count", "vụ", "vụ kháng nghị được Tòa án chấp nhận", percent=88.9, period=Y),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ giải quyết tin báo, tố giác tội phạm", approx="over",
      status="target"),
    F("ít nhất 2 phiên", "2", 2, "measure", "phiên tòa/năm",
      "phiên tòa rút kinh nghiệm mỗi kiểm sát viên tổ chức", approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (Party newspaper), bare dateline '08/10/2024 07:40', tag 'BBG -', byline at the end. Viện KSND hai cấp tỉnh Bắc Giang, from the start of 2024.",
    "Distractors: 'Nghị quyết số 96/2019/QH14', the newspaper tag, districts Lục Ngạn/Yên Thế/Sơn Động (places of the trials; the figures stay provincial), a person's name.",
    "'N vụ/M bị can' is two counts in different units, never a part of a whole: no total. The bracket '(tăng 112 vụ, 187 bị can ...)' gives each its change.",
    "'2.116 tin, đạt 98,6% (chỉ tiêu ... trên 90%)': percent + target (no total: 'đã giải quyết' has no part-of cue).",
    "'998 vụ, đạt tỷ lệ 98,3% (chỉ tiêu trên 95%), với 1.597 bị can; trong đó ... 312 vụ/455 bị can, chiếm 31,3% số vụ; ... 14 vụ/38 bị can': parts take the same-unit whole; 'chiếm 31,3% số vụ' is the share of 312 vụ (not of 455 bị can).",
    "'Từ đầu năm đến nay' = 2024-01-01 .. dateline 2024-10-08; later sentences inherit it. 'tăng 2,1 lần so với cùng kỳ' is a change in 'lần'.",
    "'những tháng cuối năm' has no period in the table of FIGURES.md: no period given for the two targets. 'ít nhất 2 phiên ... /năm' is a rate (measure) target.",
]

if __name__ == "__main__":
    build("p250-2", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Bắc Giang")
