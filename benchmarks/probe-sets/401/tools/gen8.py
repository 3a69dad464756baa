from lib import *

TEXT = """Lâm Đồng: Hơn 9.800 hồ sơ cấp Phiếu lý lịch tư pháp trong 9 tháng

Từ đầu năm 2024 đến ngày 30/9, Sở Tư pháp tỉnh Lâm Đồng đã tiếp nhận 9.842 hồ sơ đề nghị cấp Phiếu lý lịch tư pháp, đã trả kết quả 9.615 hồ sơ, trong đó trả đúng hạn 9.588 hồ sơ (đạt 99,7%), trả quá hạn 27 hồ sơ do phải xác minh thông tin án tích tại tỉnh khác.

Về hình thức nộp, có 4.730 hồ sơ nộp qua ứng dụng VNeID, chiếm 48,1%; 3.206 hồ sơ nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh và 1.906 hồ sơ nộp qua Cổng Dịch vụ công quốc gia. Các địa phương có nhiều người đề nghị cấp phiếu là TP Bảo Lộc (2.104 hồ sơ), TP Đà Lạt (1.986 hồ sơ), huyện Đức Trọng (1.215 hồ sơ) và huyện Di Linh (874 hồ sơ).

Đối với công tác chứng thực, tính đến 30/9, 100% UBND cấp xã (142/142 đơn vị) đã sử dụng phần mềm chứng thực điện tử. Trong 9 tháng, UBND cấp xã chứng thực khoảng 312 nghìn bản sao, thu lệ phí gần 1,1 tỷ đồng; Phòng Tư pháp các huyện, thành phố chứng thực 5.480 hợp đồng, giao dịch.

Quý IV/2024, Sở Tư pháp phấn đấu tỷ lệ hồ sơ nộp qua VNeID đạt 60%; ước cả năm 2024, Sở tiếp nhận khoảng 13.000 hồ sơ đề nghị cấp Phiếu lý lịch tư pháp, tăng gần 15% so với năm 2023.

Mọi thắc mắc xin liên hệ Phòng Hành chính tư pháp, Sở Tư pháp, số 36 Trần Phú, Phường 4, TP Đà Lạt; điện thoại 0263.3822.614.
"""

YTD = P("Từ đầu năm 2024 đến ngày 30/9", "2024-01-01", "2024-09-30")
YTDi = P("Từ đầu năm 2024 đến ngày 30/9", "2024-01-01", "2024-09-30", inh=True)
AS_OF = P("tính đến 30/9", None, "2024-09-30")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
S = "hồ sơ đề nghị cấp Phiếu lý lịch tư pháp"

FIGS = [
    F("Hơn 9.800 hồ sơ", "9.800", 9800, "count", "hồ sơ", "hồ sơ cấp Phiếu lý lịch tư pháp", M9, approx="over"),
    F("tiếp nhận 9.842 hồ sơ", "9.842", 9842, "count", "hồ sơ", S + " tiếp nhận", YTD),
    F("kết quả 9.615 hồ sơ", "9.615", 9615, "count", "hồ sơ", "hồ sơ đã trả kết quả", YTD),
    F("đúng hạn 9.588 hồ sơ", "9.588", 9588, "count", "hồ sơ", "hồ sơ trả đúng hạn", YTD, total=9615, percent=99.7),
    F("quá hạn 27 hồ sơ", "27", 27, "count", "hồ sơ", "hồ sơ trả quá hạn", YTD, total=9615),
    F("có 4.730 hồ sơ", "4.730", 4730, "count", "hồ sơ", "hồ sơ nộp qua ứng dụng VNeID", YTDi, percent=48.1),
    F("48,1%; 3.206 hồ sơ", "3.206", 3206, "count", "hồ sơ", "hồ sơ nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh", YTDi),
    F("và 1.906 hồ sơ", "1.906", 1906, "count", "hồ sơ", "hồ sơ nộp qua Cổng Dịch vụ công quốc gia", YTDi),
    F("Bảo Lộc (2.104", "2.104", 2104, "count", "hồ sơ", "hồ sơ đề nghị cấp phiếu", YTDi, location="Bảo Lộc"),
    F("Đà Lạt (1.986", "1.986", 1986, "count", "hồ sơ", "hồ sơ đề nghị cấp phiếu", YTDi, location="Đà Lạt"),
    F("Đức Trọng (1.215", "1.215", 1215, "count", "hồ sơ", "hồ sơ đề nghị cấp phiếu", YTDi, location="Đức Trọng"),
    F("Di Linh (874", "874", 874, "count", "hồ sơ", "hồ sơ đề nghị cấp phiếu", YTDi, location="Di Linh"),
    F("tính đến 30/9, 100%", "100", 100, "percent", "%", "UBND cấp xã sử dụng phần mềm chứng thực điện tử", AS_OF),
    F("(142/142 đơn vị)", "142", 142, "count", "đơn vị", "UBND cấp xã sử dụng phần mềm chứng thực điện tử", AS_OF, total=142),
    F("khoảng 312 nghìn", "312", 312000, "count", "bản sao", "bản sao UBND cấp xã chứng thực", M9, approx="about"),
    F("gần 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", "lệ phí chứng thực thu được", M9, approx="nearly"),
    F("chứng thực 5.480 hợp đồng", "5.480", 5480, "count", "hợp đồng, giao dịch",
      "hợp đồng, giao dịch Phòng Tư pháp các huyện, thành phố chứng thực", M9),
    F("đạt 60%", "60", 60, "percent", "%", "tỷ lệ hồ sơ nộp qua VNeID", P("Quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    F("khoảng 13.000 hồ sơ", "13.000", 13000, "count", "hồ sơ", S + " tiếp nhận cả năm", Y("cả năm 2024", 2024),
      approx="about", status="estimate", change=ch("+", 15, baseline="năm 2023", approx="nearly")),
]

emit("p401-8", TEXT, [
    "Provincial news item without any dateline (Lâm Đồng): judicial-record requests and commune certification, Jan-Sep 2024; no published date.",
    "Headline '9 tháng' has no year and nothing earlier: the baseline 'so với năm 2023' implies 2024. 'Từ đầu năm 2024 đến ngày 30/9' = 2024-01-01..2024-09-30.",
    "'trong đó' after 9.615 hồ sơ: 9.588 and 27 take total 9.615 (not 9.842). Submission channels have no part-of cue: no total.",
    "Cities/districts in the list (Bảo Lộc, Đà Lạt, Đức Trọng, Di Linh) are locations. '100% … (142/142 đơn vị)' gives two figures.",
    "Distractors: số 36 Trần Phú, Phường 4, TP Đà Lạt (address), phone 0263.3822.614.",
], FIGS, location="Lâm Đồng")
