"""p1390-8: radio/TV site (KTV, Đài PT-TH Khánh Hòa): sheep farming in drought-prone huyện Cam Lâm; province herd, ranks, 2025 targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """KTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KHÁNH HÒA
Thời sự | Kinh tế | Xã hội | Nông nghiệp | Video | Phát thanh

Cam Lâm: Nuôi cừu thích ứng với khô hạn
Thứ Năm, 26/09/2024 17:05
[Video] Thời lượng: 02:48 | Bản tin Thời sự 19h

(KTV) - Chăn nuôi cừu đang trở thành hướng đi hiệu quả ở vùng đất khô hạn huyện Cam Lâm. Hiện toàn huyện có 2.150 con cừu, gấp hai lần năm 2020, với 74 hộ nuôi.

Gia đình ông Mấu Văn Tư ở thôn Suối Lau 1, xã Suối Cát nuôi 65 con cừu trên diện tích chuồng trại khoảng 400 m2. Theo ông Tư, cừu ăn được nhiều loại cỏ khô, lá cây, mỗi con chỉ cần 3-4 kg thức ăn xanh/ngày, chi phí thấp hơn nuôi bò khoảng 40%. Năm 2023, gia đình ông bán 40 con cừu thịt, thu khoảng 120 triệu đồng.

Theo Phòng Nông nghiệp và PTNT huyện Cam Lâm, 9 tháng năm 2024, huyện đã hỗ trợ 25 con cừu đực giống cho 25 hộ với tổng kinh phí 350 triệu đồng từ Chương trình mục tiêu quốc gia giảm nghèo bền vững. Riêng quý III, huyện tổ chức 3 lớp tập huấn kỹ thuật nuôi cừu cho gần 100 lượt hộ dân.

Toàn tỉnh Khánh Hòa hiện có khoảng 6.800 con cừu, tập trung ở Cam Lâm, Cam Ranh và Ninh Hòa. Cam Lâm đứng thứ hai toàn tỉnh về tổng đàn cừu, sau TP Cam Ranh (khoảng 3.100 con).

Mục tiêu đến năm 2025, huyện Cam Lâm phát triển đàn cừu lên 3.000 con, hình thành ít nhất 2 tổ hợp tác chăn nuôi cừu với từ 15 đến 20 thành viên mỗi tổ.

Thu Hà - Minh Khoa/KTV

Tin cùng chuyên mục:
- Khánh Sơn: Hỗ trợ bò giống cho hộ nghèo theo Chương trình 1719
- Ninh Hòa: Nông dân gieo sạ vụ Hè Thu 2024
"""

NINE = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
CL = "Cam Lâm"

FIGS = [
    fig("có 2.150 con", "2.150", 2150, "count", "con", change=chg("increase", 2, "lần", "năm 2020"),
        subject="cừu"),
    fig("với 74 hộ", "74", 74, "count", "hộ", subject="hộ nuôi cừu"),
    fig("nuôi 65 con", "65", 65, "count", "con", subject="cừu gia đình ông Tư nuôi"),
    fig("khoảng 400 m2", "400", 400, "measure", "m2", approx="about", subject="diện tích chuồng trại"),
    fig("cần 3-4 kg", "3", 3, "measure", "kg/con/ngày", value_max=4, subject="thức ăn xanh mỗi con cần"),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="chi phí nuôi cừu thấp hơn nuôi bò"),
    fig("bán 40 con", "40", 40, "count", "con", subject="cừu thịt gia đình ông bán", period=Y23),
    fig("khoảng 120 triệu", "120", 120e6, "money", "đồng", approx="about", subject="tiền bán cừu thịt thu về",
        period=Y23),
    fig("hỗ trợ 25 con", "25", 25, "count", "con", subject="cừu đực giống hỗ trợ", period=NINE),
    fig("cho 25 hộ", "25", 25, "count", "hộ", subject="hộ được hỗ trợ cừu đực giống", period=NINE),
    fig("kinh phí 350 triệu", "350", 350e6, "money", "đồng", subject="tổng kinh phí hỗ trợ cừu đực giống",
        period=NINE),
    fig("chức 3 lớp", "3", 3, "count", "lớp", subject="lớp tập huấn kỹ thuật nuôi cừu", period=Q3),
    fig("gần 100 lượt", "100", 100, "count", "lượt hộ dân", approx="nearly",
        subject="lượt hộ dân được tập huấn kỹ thuật nuôi cừu", period=Q3),
    fig("khoảng 6.800 con", "6.800", 6800, "count", "con", approx="about", subject="cừu", location="Khánh Hòa"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="tổng đàn cừu"),
    fig("khoảng 3.100 con", "3.100", 3100, "count", "con", approx="about", subject="tổng đàn cừu",
        location="Cam Ranh"),
    fig("lên 3.000 con", "3.000", 3000, "count", "con", status="target", subject="đàn cừu", period=T25),
    fig("ít nhất 2 tổ", "2", 2, "count", "tổ hợp tác", approx="at_least", status="target",
        subject="tổ hợp tác chăn nuôi cừu", period=T25),
    fig("từ 15 đến 20", "15", 15, "measure", "thành viên/tổ", value_max=20, status="target",
        subject="thành viên mỗi tổ hợp tác", period=T25),
]

NOTES = [
    "Radio/TV site (KTV Khánh Hòa): channel banner, menu, 'Thứ Năm, 26/09/2024 17:05', video line '[Video] Thời lượng: 02:48 | Bản tin Thời sự 19h', tag '(KTV) -', byline, related links.",
    "Distractors: 17:05, 02:48, 'Thời sự 19h', 'thôn Suối Lau 1', 'năm 2020' (baseline), 'Chương trình 1719', 'vụ Hè Thu 2024'.",
    "Location Cam Lâm by default (huyện Cam Lâm; xã Suối Cát lies in it); province total → Khánh Hòa; 'TP Cam Ranh (khoảng 3.100 con)' → Cam Ranh.",
    "'2.150 con cừu, gấp hai lần năm 2020' → change increase 2 lần (as 'tăng 2,8 lần' in the spec), 'Hiện': no period.",
    "'mỗi con chỉ cần 3-4 kg thức ăn xanh/ngày' → a rate per head per day: kg/con/ngày, range. 'thấp hơn nuôi bò khoảng 40%' has no base amount: a percent figure.",
    "'9 tháng năm 2024' governs the support sentence; 'Riêng quý III' takes 2024. 'đứng thứ hai toàn tỉnh' → rank 2 of Cam Lâm, no period.",
    "'Mục tiêu đến năm 2025' governs the whole sentence: three targets; 'từ 15 đến 20 thành viên mỗi tổ' → measure, thành viên/tổ.",
]

if __name__ == "__main__":
    write("p1390-8", TEXT, NOTES, FIGS, published="2024-09-26", location="Cam Lâm")
