"""p507-4: national sport results 2023, Bộ VHTTDL ministry site."""
from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ / Tin tức / Thể dục thể thao
Ngày đăng: 28/12/2023 | Lượt xem: 2.651

Năm 2023, thể thao Việt Nam giành 136 HCV tại SEA Games 32

Ngày 27/12, tại số 36 Trần Phú, Hà Nội, Cục Thể dục thể thao tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, thể thao thành tích cao tiếp tục ghi dấu ấn. Tại SEA Games 32 ở Campuchia, Đoàn Thể thao Việt Nam với 702 vận động viên đã giành 355 huy chương, gồm 136 HCV, 105 HCB và 114 HCĐ, dẫn đầu bảng tổng sắp. Tại ASIAD 19 ở Hàng Châu (Trung Quốc), Đoàn giành 3 HCV, 5 HCB, 19 HCĐ, xếp thứ 21/45 quốc gia và vùng lãnh thổ. Đến hết năm 2023, các vận động viên đã giành 12 suất chính thức dự Olympic Paris 2024.

Về thể thao quần chúng, ước đến hết năm 2023 cả nước có 37,5% dân số tập luyện thể dục thể thao thường xuyên, 26,8% số hộ đạt tiêu chuẩn gia đình thể thao; số câu lạc bộ thể thao cơ sở khoảng 62.000 câu lạc bộ.

Tại Đại hội Thể thao toàn quốc lần thứ IX, 3 địa phương dẫn đầu về số HCV lần lượt là Hà Nội (158 HCV), TP Hồ Chí Minh (112 HCV) và Thanh Hóa (47 HCV).

Kinh phí chi cho thể thao thành tích cao năm 2023 đạt 1.120 tỷ đồng, tăng 8,5% so với năm 2022; số vận động viên đội tuyển quốc gia tập trung tập huấn là 1.653 người, trong đó có 312 vận động viên trẻ.

Năm 2024, ngành phấn đấu có từ 14 đến 16 vận động viên giành vé dự Olympic Paris 2024, tỷ lệ dân số tập luyện thể dục thể thao thường xuyên đạt 38%.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Đến hết năm 2023", None, "2023-12-31")
ASOF2 = P("đến hết năm 2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("giành 136 HCV tại", "136", 136, "count", "HCV", subject="HCV tại SEA Games 32", period=Y23),
    F("với 702 vận động viên", "702", 702, "count", "vận động viên",
      subject="vận động viên Đoàn Thể thao Việt Nam tại SEA Games 32", period=I(Y23)),
    F("giành 355 huy chương", "355", 355, "count", "huy chương",
      subject="huy chương Đoàn Thể thao Việt Nam giành tại SEA Games 32", period=I(Y23)),
    F("gồm 136 HCV", "136", 136, "count", "HCV", total=355, subject="HCV tại SEA Games 32", period=I(Y23)),
    F("105 HCB", "105", 105, "count", "HCB", total=355, subject="HCB tại SEA Games 32", period=I(Y23)),
    F("114 HCĐ", "114", 114, "count", "HCĐ", total=355, subject="HCĐ tại SEA Games 32", period=I(Y23)),
    F("giành 3 HCV", "3", 3, "count", "HCV", subject="HCV tại ASIAD 19", period=I(Y23)),
    F("HCV, 5 HCB", "5", 5, "count", "HCB", subject="HCB tại ASIAD 19", period=I(Y23)),
    F("19 HCĐ", "19", 19, "count", "HCĐ", subject="HCĐ tại ASIAD 19", period=I(Y23)),
    F("xếp thứ 21/45", "21", 21, "rank", "hạng", total=45,
      subject="xếp hạng Đoàn Thể thao Việt Nam tại ASIAD 19", period=I(Y23)),
    F("giành 12 suất", "12", 12, "count", "suất", subject="suất chính thức dự Olympic Paris 2024", period=ASOF),
    F("có 37,5% dân số", "37,5", 37.5, "percent", "%", status="estimate",
      subject="dân số tập luyện thể dục thể thao thường xuyên", period=ASOF2),
    F("26,8% số hộ", "26,8", 26.8, "percent", "%", status="estimate",
      subject="số hộ đạt tiêu chuẩn gia đình thể thao", period=ASOF2),
    F("khoảng 62.000 câu lạc bộ", "62.000", 62000, "count", "câu lạc bộ", approx="about", status="estimate",
      subject="câu lạc bộ thể thao cơ sở", period=ASOF2),
    F("3 địa phương", "3", 3, "count", "địa phương",
      subject="địa phương dẫn đầu về số HCV tại Đại hội Thể thao toàn quốc lần thứ IX"),
    F("Hà Nội (158 HCV)", "158", 158, "count", "HCV",
      subject="số HCV tại Đại hội Thể thao toàn quốc lần thứ IX", location="Hà Nội"),
    F("TP Hồ Chí Minh (112 HCV)", "112", 112, "count", "HCV",
      subject="số HCV tại Đại hội Thể thao toàn quốc lần thứ IX", location="TP Hồ Chí Minh"),
    F("Thanh Hóa (47 HCV)", "47", 47, "count", "HCV",
      subject="số HCV tại Đại hội Thể thao toàn quốc lần thứ IX", location="Thanh Hóa"),
    F("đạt 1.120 tỷ đồng", "1.120", 1120e9, "money", "đồng", change=CH("increase", 8.5, baseline="năm 2022"),
      subject="kinh phí chi cho thể thao thành tích cao", period=Y23b),
    F("là 1.653 người", "1.653", 1653, "count", "người",
      subject="vận động viên đội tuyển quốc gia tập trung tập huấn", period=Y23b),
    F("có 312 vận động viên", "312", 312, "count", "vận động viên", total=1653,
      subject="vận động viên trẻ", period=Y23b),
    F("từ 14 đến 16 vận động viên", "14", 14, "count", "vận động viên", value_max=16, status="target",
      subject="vận động viên giành vé dự Olympic Paris 2024", period=Y24),
    F("đạt 38%", "38", 38, "percent", "%", status="target",
      subject="tỷ lệ dân số tập luyện thể dục thể thao thường xuyên", period=Y24),
]

COMMENTS = [
    "Bộ VHTTDL: tổng kết thể thao năm 2023 (SEA Games 32, ASIAD 19, suất Olympic, thể thao quần chúng, Đại hội toàn quốc, kinh phí, mục tiêu 2024).",
    "National figures, location Việt Nam; the three provinces in the 'lần lượt là Hà Nội (158 HCV) ...' list are the items' locations,",
    "the count '3 địa phương' stays national. '355 huy chương, gồm 136 HCV, 105 HCB và 114 HCĐ' adds up -> total 355.",
    "'xếp thứ 21/45 quốc gia và vùng lãnh thổ' -> rank 21, total 45. 'Đến hết năm 2023' / 'ước đến hết năm 2023' are as-of (start null).",
    "Not figures: 'SEA Games 32', 'ASIAD 19', 'Olympic Paris 2024', 'lần thứ IX', 'số 36 Trần Phú', 'Lượt xem: 2.651', dates 27/12, 28/12/2023.",
    "The 1.653/312 clause continues the sentence that names 'năm 2023', so its period is stated (scored).",
]

if __name__ == "__main__":
    emit("p507-4", TEXT, COMMENTS, FIGS, published="2023-12-28", location="Việt Nam")
