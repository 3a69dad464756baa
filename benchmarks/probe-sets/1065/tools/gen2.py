from lib import F, P, I, C, T, write

TEXT = """
UBND HUYỆN ĐỨC TRỌNG - TỈNH LÂM ĐỒNG
Cổng thông tin điện tử huyện Đức Trọng
Kinh tế | Thứ Ba, 14/11/2023 - 10:45

Kiểm tra 46 cửa hàng xăng dầu, nhắc nhở 7 cơ sở

Từ ngày 23/10 đến 10/11/2023, đoàn kiểm tra liên ngành của huyện đã tiến hành đợt kiểm tra lần thứ 2 trong năm tại 46/58 cửa hàng xăng dầu trên địa bàn, tập trung dọc Quốc lộ 20 và Quốc lộ 27.

Đoàn đã kiểm tra 212 cột đo xăng dầu; trong đó 205 cột đo có sai số nằm trong giới hạn cho phép (không vượt quá ±0,5%), chiếm 96,7%. Đoàn nhắc nhở 7 cơ sở chưa niêm yết giá bán đúng quy định, lập biên bản xử phạt hai cửa hàng có cột đo sai số vượt mức cho phép với tổng số tiền 37,5 triệu đồng theo Nghị định số 99/2020/NĐ-CP.

Về hóa đơn điện tử, đến ngày 10/11/2023 có 41 cửa hàng đã lập hóa đơn điện tử cho từng lần bán hàng, 17 cửa hàng vẫn xuất hóa đơn tổng vào cuối ngày. Theo Chi cục Thuế khu vực Đức Trọng - Lâm Hà, sản lượng xăng dầu bán ra trên địa bàn huyện 10 tháng năm 2023 đạt khoảng 46.800 m3, bình quân mỗi cửa hàng bán khoảng 80 m3/tháng.

Xã Hiệp Thạnh và thị trấn Liên Nghĩa là các địa phương có nhiều cửa hàng nhất, lần lượt có 9 và 8 cửa hàng; xã Tà Năng và xã Đa Quyn mỗi xã chỉ có 1 cửa hàng.

Huyện phấn đấu đến ngày 31/12/2023, 100% cửa hàng xăng dầu trên địa bàn thực hiện hóa đơn điện tử từng lần bán. Mọi phản ánh về vi phạm trong kinh doanh xăng dầu, người dân liên hệ Phòng Kinh tế và Hạ tầng huyện qua số điện thoại 0263.3843.226.

Minh Châu (Phòng Kinh tế và Hạ tầng)
"""

NOTES = [
    "Probe 1065-2: Đức Trọng district portal (Lâm Đồng), inspection of petrol stations, meters, e-invoices, Oct-Nov 2023.",
    "Distractors: 10:45, 'lần thứ 2' (ordinal), Quốc lộ 20/27, Nghị định số 99/2020/NĐ-CP, phone 0263.3843.226, Lâm Hà in an office name.",
    "Communes (Hiệp Thạnh, Liên Nghĩa, Tà Năng, Đa Quyn) are below district level: location stays Đức Trọng (FIGURES.md: province, city or district).",
    "±0,5% is the legal tolerance of a meter (a category threshold): optional. 41 and 17 have no part-of cue: no total.",
    "Headline figures take their period from the body (inherited). The commune counts have no period phrase: none.",
]

INSP = P("Từ ngày 23/10 đến 10/11/2023", "2023-10-23", "2023-11-10")
AS = P("đến ngày 10/11/2023", end="2023-11-10")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")

FIGS = [
    F("Kiểm tra 46 cửa hàng", "46", 46, "count", "cửa hàng", "cửa hàng xăng dầu được kiểm tra", I(INSP)),
    F("cửa hàng xăng dầu, nhắc nhở 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở bị nhắc nhở", I(INSP)),
    F("tại 46/58 cửa hàng", "46", 46, "count", "cửa hàng", "cửa hàng xăng dầu được đoàn kiểm tra liên ngành kiểm tra", INSP,
      total=58),
    F("kiểm tra 212 cột đo", "212", 212, "count", "cột đo", "cột đo xăng dầu được kiểm tra", I(INSP)),
    F("trong đó 205 cột đo", "205", 205, "count", "cột đo", "cột đo có sai số nằm trong giới hạn cho phép", I(INSP),
      total=212, percent=96.7),
    F("±0,5%", "0,5", 0.5, "percent", "%", "sai số giới hạn cho phép", approx="at_most", optional=True),
    F("Đoàn nhắc nhở 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở chưa niêm yết giá bán đúng quy định bị nhắc nhở", I(INSP)),
    F("xử phạt hai cửa hàng", "hai", 2, "count", "cửa hàng", "cửa hàng có cột đo sai số vượt mức cho phép bị xử phạt", I(INSP)),
    F("37,5 triệu đồng", "37,5", 37500000, "money", "đồng", "tổng số tiền xử phạt", I(INSP)),
    F("có 41 cửa hàng", "41", 41, "count", "cửa hàng", "cửa hàng đã lập hóa đơn điện tử cho từng lần bán hàng", AS),
    F("17 cửa hàng vẫn", "17", 17, "count", "cửa hàng", "cửa hàng vẫn xuất hóa đơn tổng vào cuối ngày", AS),
    F("khoảng 46.800 m3", "46.800", 46800, "measure", "m3", "sản lượng xăng dầu bán ra trên địa bàn huyện", M10, approx="about"),
    F("khoảng 80 m3/tháng", "80", 80, "measure", "m3/tháng", "sản lượng bán bình quân mỗi cửa hàng", M10, approx="about"),
    F("lần lượt có 9", "9", 9, "count", "cửa hàng", "cửa hàng xăng dầu"),
    F("9 và 8 cửa hàng", "8", 8, "count", "cửa hàng", "cửa hàng xăng dầu"),
    F("chỉ có 1 cửa hàng", "1", 1, "count", "cửa hàng", "cửa hàng xăng dầu mỗi xã"),
    F("2023, 100% cửa hàng", "100", 100, "percent", "%", "cửa hàng xăng dầu thực hiện hóa đơn điện tử từng lần bán",
      P("đến ngày 31/12/2023", end="2023-12-31"), status="target"),
]

write("p1065-2", TEXT, NOTES, FIGS, published="2023-11-14", location="Đức Trọng")
