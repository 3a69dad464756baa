from lib import *

TEXT = """Bắc Giang: Gần 48 nghìn suất quà Trung thu đến với trẻ em khó khăn

(BGĐT) - Năm nay, các cấp bộ Đoàn, Hội đồng Đội và các tổ chức, cá nhân trên địa bàn tỉnh đã vận động được hơn 7,8 tỷ đồng để tổ chức Tết Trung thu cho thiếu nhi, tăng 1,3 tỷ đồng so với năm 2023.

Từ nguồn kinh phí này, toàn tỉnh đã trao tặng gần 48 nghìn suất quà cho trẻ em có hoàn cảnh khó khăn, trẻ em khuyết tật, trẻ em mồ côi, tập trung ở các huyện Lục Ngạn (6.420 suất), Sơn Động (5.180 suất), Yên Thế (4.350 suất). Mỗi suất quà trị giá từ 100.000 đến 500.000 đồng, gồm bánh Trung thu, đèn ông sao, sách vở và đồ chơi.

Chương trình "Trung thu cho em" năm nay được tổ chức tại 192/192 xã, phường, thị trấn, với khoảng 1.650 điểm vui chơi, thu hút hơn 320 nghìn lượt thiếu nhi tham gia. Đáng chú ý, 38 đội hình tình nguyện với 760 đoàn viên, thanh niên đã lên các thôn, bản vùng cao tổ chức Trung thu, làm tặng 12.000 chiếc đèn ông sao từ vật liệu tái chế.

Bên cạnh đó, Hội Liên hiệp Phụ nữ tỉnh phối hợp Sở Lao động - Thương binh và Xã hội trao 1.200 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo vượt khó. Tổng giá trị quà tặng của các chương trình Trung thu trên địa bàn tỉnh ước đạt 10,5 tỷ đồng.

Anh Nguyễn Văn Thắng, Phó Bí thư Tỉnh đoàn cho biết, giai đoạn 2025-2027, Tỉnh đoàn phấn đấu mỗi năm vận động ít nhất 8 tỷ đồng chăm lo Tết Trung thu cho thiếu nhi, ưu tiên 6 huyện miền núi.

Ngọc Anh
15/09/2024
"""

NN = P("Năm nay", "2024-01-01", "2024-12-31")
nn = P("năm nay", "2024-01-01", "2024-12-31")
WHOLE = "suất quà trao tặng cho trẻ em có hoàn cảnh khó khăn, trẻ em khuyết tật, trẻ em mồ côi"
G = P("giai đoạn 2025-2027", "2025-01-01", "2027-12-31")
FIGS = [
    F("Gần 48 nghìn suất quà Trung thu", "48", 48000, "count", "suất quà", approx="nearly",
      subject="suất quà Trung thu đến với trẻ em khó khăn"),
    F("hơn 7,8 tỷ đồng", "7,8", 7800000000, "money", "đồng", approx="over",
      change=CH("increase", 1300000000, "đồng", baseline="năm 2023"),
      subject="kinh phí vận động để tổ chức Tết Trung thu cho thiếu nhi", period=NN),
    F("gần 48 nghìn suất quà cho", "48", 48000, "count", "suất quà", approx="nearly",
      subject=WHOLE, period=I(NN)),
    F("(6.420 suất)", "6.420", 6420, "count", "suất", subject=WHOLE,
      period=I(NN), location="Lục Ngạn"),
    F("(5.180 suất)", "5.180", 5180, "count", "suất", subject=WHOLE,
      period=I(NN), location="Sơn Động"),
    F("(4.350 suất)", "4.350", 4350, "count", "suất", subject=WHOLE,
      period=I(NN), location="Yên Thế"),
    F("từ 100.000 đến 500.000 đồng", "100.000", 100000, "money", "đồng", value_max=500000,
      subject="trị giá mỗi suất quà"),
    F("192/192 xã", "192", 192, "count", "xã, phường, thị trấn", total=192,
      subject='xã, phường, thị trấn tổ chức Chương trình "Trung thu cho em"', period=nn),
    F("khoảng 1.650 điểm", "1.650", 1650, "count", "điểm vui chơi", approx="about",
      subject="điểm vui chơi", period=nn),
    F("hơn 320 nghìn lượt", "320", 320000, "count", "lượt thiếu nhi", approx="over",
      subject="lượt thiếu nhi tham gia", period=nn),
    F("38 đội hình", "38", 38, "count", "đội hình tình nguyện",
      subject="đội hình tình nguyện lên các thôn, bản vùng cao tổ chức Trung thu"),
    F("760 đoàn viên", "760", 760, "count", "đoàn viên, thanh niên",
      subject="đoàn viên, thanh niên lên các thôn, bản vùng cao tổ chức Trung thu"),
    F("12.000 chiếc", "12.000", 12000, "count", "chiếc đèn ông sao",
      subject="đèn ông sao từ vật liệu tái chế làm tặng"),
    F("trao 1.200 suất", "1.200", 1200, "count", "suất học bổng",
      subject="suất học bổng cho học sinh nghèo vượt khó"),
    F("mỗi suất 1 triệu đồng", "1", 1000000, "money", "đồng", subject="trị giá mỗi suất học bổng"),
    F("ước đạt 10,5 tỷ đồng", "10,5", 10500000000, "money", "đồng", status="estimate",
      subject="tổng giá trị quà tặng của các chương trình Trung thu"),
    F("ít nhất 8 tỷ đồng", "8", 8000000000, "money", "đồng", approx="at_least", status="target",
      subject="kinh phí vận động mỗi năm chăm lo Tết Trung thu cho thiếu nhi", period=G),
    F("ưu tiên 6 huyện", "6", 6, "count", "huyện miền núi", status="target",
      subject="huyện miền núi được ưu tiên", optional=True),
]

emit("p775-5", TEXT, [
    "Báo Bắc Giang (BGĐT, Party newspaper; invented): quà Trung thu, kinh phí vận động, chương trình 'Trung thu cho em' 2024; byline + date at the end.",
    "Distractors: (BGĐT) tag, byline date 15/09/2024, 'giai đoạn 2025-2027', 'Trung thu cho em' name.",
    "'Năm nay'/'năm nay' = 2024 (year of the dateline). The bracketed district items neither add up to the 48 nghìn nor follow a part-of cue: no total.",
    "revised after the first run: the bracketed district items' subject is the list's indicator stated before the list (FIGURES.md, lists).",
    "'tăng 1,3 tỷ đồng so với năm 2023' is an absolute change (unit đồng). '6 huyện miền núi' (an aside inside the target) is optional.",
], FIGS, published="2024-09-15", location="Bắc Giang")
