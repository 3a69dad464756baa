from lib import F, P, write

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Cục Trẻ em
Trang chủ | Tin tức | Bảo vệ trẻ em

Tăng cường phòng, chống đuối nước trẻ em

Theo số liệu của Cục Trẻ em, 9 tháng năm 2024, cả nước có 1.126 trẻ em tử vong do đuối nước, giảm 7,8% so với cùng kỳ năm 2023. Riêng quý III/2024 có 483 em tử vong, chiếm 42,9% số trẻ tử vong do đuối nước từ đầu năm.

Các địa phương có số trẻ em tử vong do đuối nước cao trong 9 tháng năm 2024 là Nghệ An (62 em), Thanh Hóa (58 em), Gia Lai (47 em) và Đắk Lắk (44 em).

Năm 2023, cả nước có gần 1.900 trẻ em tử vong do đuối nước; tỷ suất tử vong do đuối nước ở trẻ em là 7,6 trẻ/100.000 trẻ em. Tỷ suất này cao gấp 8 lần các nước phát triển. Trong số trẻ tử vong năm 2023, nhóm từ 5 đến 14 tuổi chiếm khoảng 60%.

Tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn tính đến tháng 6/2024 đạt 41,2%, tăng 6,5 điểm phần trăm so với năm 2020. Cả nước hiện có 15.840 bể bơi, trong đó chỉ khoảng 9% số trường phổ thông có bể bơi. Đến nay, 63/63 tỉnh, thành phố đã ban hành kế hoạch phòng, chống đuối nước trẻ em; 52 địa phương tổ chức dạy bơi miễn phí cho trẻ em có hoàn cảnh đặc biệt.

Chương trình phòng, chống tai nạn, thương tích trẻ em giai đoạn 2021-2030 (Quyết định số 1248/QĐ-TTg) đặt mục tiêu đến năm 2030 giảm 20% số trẻ em tử vong do đuối nước so với năm 2020 và 80% trẻ em từ 6 tuổi trở lên được trang bị kỹ năng an toàn trong môi trường nước.

Ngày 20/5/2024, Cục Trẻ em đã có Công văn số 815/TE-BVTE đề nghị các địa phương rà soát điểm nguy cơ, bố trí người trông giữ trẻ trong dịp nghỉ hè. Mọi thông tin về nguy cơ trẻ em bị tai nạn, thương tích xin báo về Tổng đài quốc gia bảo vệ trẻ em 111.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TGT = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("có 1.126 trẻ em", "1.126", 1126, "count", "trẻ em", "trẻ em tử vong do đuối nước",
      change={"direction": "decrease", "value": 7.8, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=M9),
    F("có 483 em", "483", 483, "count", "em", "trẻ em tử vong do đuối nước", percent=42.9,
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("Nghệ An (62 em)", "62", 62, "count", "em", "trẻ em tử vong do đuối nước", location="Nghệ An", period=M9),
    F("Thanh Hóa (58 em)", "58", 58, "count", "em", "trẻ em tử vong do đuối nước", location="Thanh Hóa", period=M9),
    F("Gia Lai (47 em)", "47", 47, "count", "em", "trẻ em tử vong do đuối nước", location="Gia Lai", period=M9),
    F("Đắk Lắk (44 em)", "44", 44, "count", "em", "trẻ em tử vong do đuối nước", location="Đắk Lắk", period=M9),
    F("gần 1.900 trẻ em", "1.900", 1900, "count", "trẻ em", "trẻ em tử vong do đuối nước", approx="nearly",
      period=Y23),
    F("là 7,6 trẻ/100.000", "7,6", 7.6, "measure", "trẻ/100.000 trẻ em", "tỷ suất tử vong do đuối nước ở trẻ em",
      period=Y23),
    F("gấp 8 lần", "8", 8, "multiple", "lần", "tỷ suất tử vong do đuối nước ở trẻ em so với các nước phát triển",
      period=P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)),
    F("từ 5 đến 14 tuổi", "5", 5, "measure", "tuổi", "độ tuổi", value_max=14, optional=True),
    F("khoảng 60%", "60", 60, "percent", "%", "nhóm từ 5 đến 14 tuổi trong số trẻ tử vong", approx="about",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("từ 6 đến 15 tuổi", "6", 6, "measure", "tuổi", "độ tuổi", value_max=15, optional=True),
    F("đạt 41,2%", "41,2", 41.2, "percent", "%", "tỷ lệ trẻ em từ 6 đến 15 tuổi biết bơi an toàn",
      change={"direction": "increase", "value": 6.5, "unit": "điểm phần trăm", "baseline": "năm 2020"},
      period=P("tính đến tháng 6/2024", None, "2024-06-30")),
    F("có 15.840 bể bơi", "15.840", 15840, "count", "bể bơi", "bể bơi"),
    F("khoảng 9%", "9", 9, "percent", "%", "trường phổ thông có bể bơi", approx="about"),
    F("63/63 tỉnh", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố ban hành kế hoạch phòng, chống đuối nước trẻ em",
      total=63),
    F("52 địa phương", "52", 52, "count", "địa phương", "địa phương tổ chức dạy bơi miễn phí cho trẻ em có hoàn cảnh đặc biệt"),
    F("giảm 20%", "20", 20, "percent", "%", "giảm số trẻ em tử vong do đuối nước so với năm 2020", status="target",
      period=TGT),
    F("và 80% trẻ em", "80", 80, "percent", "%", "trẻ em từ 6 tuổi trở lên được trang bị kỹ năng an toàn trong môi trường nước",
      status="target", period=TGT),
    F("từ 6 tuổi trở lên", "6", 6, "measure", "tuổi", "độ tuổi", approx="at_least", optional=True),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH, Cục Trẻ em): national child-drowning figures. No dateline anywhere: no `published`; every scored period is written out.",
    "Distractors: 'Quyết định số 1248/QĐ-TTg', 'Công văn số 815/TE-BVTE', 'Ngày 20/5/2024', programme name 'giai đoạn 2021-2030', hotline 111, '100.000 trẻ em' denominator.",
    "'Riêng quý III/2024 có 483 em ..., chiếm 42,9% ... từ đầu năm': percent 42.9; 'Riêng' is no part-of cue, so no total.",
    "Province list: provinces are locations of national-source figures (each describes its province); period '9 tháng năm 2024' in the same sentence.",
    "'Tỷ suất này cao gấp 8 lần các nước phát triển' stands alone in its sentence: a multiple figure (FIGURES.md table).",
    "'tăng 6,5 điểm phần trăm so với năm 2020' is the change of 41,2%. '... trong đó chỉ khoảng 9% số trường phổ thông có bể bơi' is a share of schools, not part of the pools: no total.",
    "'Đến nay' without a dateline gives no period. Targets 'đến năm 2030 giảm 20% ... so với năm 2020' (a rate as the claim: percent, no change) and 80%. Ages optional.",
]

if __name__ == "__main__":
    write("p326-6", TEXT, FIGS, COMMENTS, location="Việt Nam")
