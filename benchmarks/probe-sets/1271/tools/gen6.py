"""p1271-6: national newspaper: saving native livestock breeds (lợn Mẹo in Kỳ Sơn, vịt Cổ Lũng in Bá Thước, national program)."""
from lib import F, P, I, Y, C, T, write

TEXT = """Thời sự › Nông nghiệp
Thứ năm, 12/9/2024, 14:20 (GMT+7)

Cứu những giống vật nuôi bản địa khỏi nguy cơ biến mất

Từ khoảng 50 con, đàn lợn Mẹo ở Nghệ An nay đã lên hơn 1.400 con; vịt Cổ Lũng, gà Tò, ngựa bạch cũng dần được phục hồi nhờ chương trình bảo tồn nguồn gen.

Chương trình bảo tồn nguồn gen vật nuôi đã được triển khai hơn ba thập kỷ. Theo Trung tâm Tài nguyên di truyền vật nuôi, năm 2023 cả nước nuôi giữ khoảng 21.500 con vật nuôi giống gốc thuộc 46 giống quý hiếm tại 28 tỉnh, thành phố; kinh phí từ ngân sách trung ương đạt 18,6 tỷ đồng, tăng 7% so với năm 2022.

Ở huyện Kỳ Sơn (Nghệ An), năm 2008 đàn lợn Mẹo thuần chỉ còn khoảng 50 con. Đến tháng 8/2024, đàn đã đạt 1.426 con, trong đó có 310 nái sinh sản. Lợn Mẹo trưởng thành nặng 70-90 kg, thịt bán 180.000 đồng/kg, cao gấp rưỡi lợn lai.

Tại Thanh Hóa, đàn vịt Cổ Lũng ở huyện Bá Thước hiện có khoảng 12.000 con, gấp 4 lần năm 2018.

"Mỗi năm có từ 2 đến 3 giống vật nuôi bản địa được đưa vào sản xuất hàng hóa, nhưng tỷ lệ giống được lưu giữ tinh, phôi đông lạnh mới đạt khoảng 35%", TS Phạm Văn Lộc, Giám đốc Trung tâm, nói. 8 tháng đầu năm nay, trung tâm đã cung cấp 1.250 liều tinh cho các địa phương.

Theo kế hoạch, đến năm 2030, ngân hàng gen vật nuôi sẽ lưu giữ ít nhất 50.000 liều tinh đông lạnh, gấp đôi hiện nay.

Gia Chính
"""

Y23 = Y(2023)
Y08 = Y(2008)
ASOF = P("Đến tháng 8/2024", None, "2024-08-31")
M8 = P("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Từ khoảng 50 con", "50", 50, "count", "con", approx="about", location="Nghệ An", subject="đàn lợn Mẹo",
      optional=True),
    F("hơn 1.400 con", "1.400", 1400, "count", "con", approx="over", location="Nghệ An", subject="đàn lợn Mẹo"),
    F("hơn ba thập kỷ", "ba", 3, "measure", "thập kỷ", approx="over", optional=True,
      subject="thời gian triển khai chương trình bảo tồn nguồn gen vật nuôi"),
    F("khoảng 21.500 con", "21.500", 21500, "count", "con", approx="about", period=Y23,
      subject="vật nuôi giống gốc nuôi giữ"),
    F("thuộc 46 giống", "46", 46, "count", "giống", period=Y23, subject="giống quý hiếm"),
    F("tại 28 tỉnh", "28", 28, "count", "tỉnh, thành phố", period=Y23,
      subject="tỉnh, thành phố nuôi giữ vật nuôi giống gốc"),
    F("đạt 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", period=Y23, change=C("increase", 7, "%", "năm 2022"),
      subject="kinh phí bảo tồn nguồn gen vật nuôi từ ngân sách trung ương"),
    F("còn khoảng 50 con", "50", 50, "count", "con", approx="about", period=Y08, location="Kỳ Sơn",
      subject="đàn lợn Mẹo thuần"),
    F("đạt 1.426 con", "1.426", 1426, "count", "con", period=ASOF, location="Kỳ Sơn", subject="đàn lợn Mẹo"),
    F("có 310 nái", "310", 310, "count", "nái", total=1426, period=ASOF, location="Kỳ Sơn",
      subject="nái sinh sản"),
    F("nặng 70-90 kg", "70", 70, "measure", "kg", value_max=90, location="Kỳ Sơn",
      subject="trọng lượng lợn Mẹo trưởng thành"),
    F("bán 180.000", "180.000", 180000, "money", "đồng/kg", location="Kỳ Sơn",
      change=C("increase", 1.5, "lần", "lợn lai"), subject="giá bán thịt lợn Mẹo"),
    F("khoảng 12.000 con", "12.000", 12000, "count", "con", approx="about", location="Bá Thước",
      change=C("increase", 4, "lần", "năm 2018"), subject="đàn vịt Cổ Lũng"),
    F("từ 2 đến 3 giống", "2", 2, "measure", "giống/năm", value_max=3,
      subject="giống vật nuôi bản địa được đưa vào sản xuất hàng hóa"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="tỷ lệ giống được lưu giữ tinh, phôi đông lạnh"),
    F("cung cấp 1.250 liều", "1.250", 1250, "count", "liều", period=M8,
      subject="liều tinh trung tâm cung cấp cho các địa phương"),
    F("ít nhất 50.000 liều", "50.000", 50000, "count", "liều", approx="at_least", status="target", period=T30,
      change=C("increase", 2, "lần", "hiện nay"), subject="liều tinh đông lạnh ngân hàng gen vật nuôi lưu giữ"),
]

NOTES = [
    "National newspaper: section path, 'Thứ năm, 12/9/2024, 14:20 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: '14:20', '(GMT+7)', baseline years 'năm 2018', 'năm 2022'.",
    "'hơn ba thập kỷ' (the age of the program) is optional: a duration, but stated as a claim. The sapo's 'Từ khoảng 50 con' is the",
    "starting point of a 'từ … lên' change: optional (the body restates it with its year, required there).",
    "'năm 2008 … chỉ còn khoảng 50 con' has period 2008; 'Đến tháng 8/2024' is an as-of date, also for '310 nái' (same sentence, total 1426).",
    "'cao gấp rưỡi lợn lai' → change of the price, 1.5 lần. 'gấp 4 lần năm 2018', 'gấp đôi hiện nay' → changes in lần.",
    "'Mỗi năm có từ 2 đến 3 giống' is a yearly rate: measure, unit giống/năm. '8 tháng đầu năm nay' = 2024 (dateline year).",
    "'Theo kế hoạch, đến năm 2030 … sẽ lưu giữ ít nhất 50.000 liều' → target, at_least.",
    "Kỳ Sơn paragraph → location Kỳ Sơn; sapo 'ở Nghệ An' → Nghệ An; Bá Thước for the ducks; national figures Việt Nam.",
]

if __name__ == "__main__":
    write("p1271-6", TEXT, NOTES, FIGS, published="2024-09-12", location="Việt Nam")
