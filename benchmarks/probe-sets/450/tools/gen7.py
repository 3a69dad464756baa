from lib import F, P, CH, TG, write

TEXT = """Tây Nguyên: Hàng chục nghìn hộ đồng bào DTTS vẫn thiếu nước sinh hoạt

Dù được đầu tư từ Chương trình MTQG 1719, tỷ lệ hộ đồng bào dân tộc thiểu số ở các tỉnh Tây Nguyên được dùng nước sạch theo quy chuẩn vẫn còn thấp.

Theo số liệu của Ban Dân tộc các tỉnh, tính đến tháng 8/2024, Gia Lai có khoảng 17.500 hộ DTTS thiếu nước sinh hoạt, Đắk Lắk khoảng 14.300 hộ, Kon Tum hơn 9.100 hộ và Đắk Nông gần 6.000 hộ.

Từ năm 2022 đến nay, các địa phương trong vùng đã hỗ trợ nước sinh hoạt phân tán cho 23.640 hộ và đầu tư 215 công trình nước tập trung, với tổng kinh phí trên 612 tỷ đồng. Tuy vậy, khoảng 30% công trình tập trung hoạt động kém hiệu quả hoặc đã ngừng hoạt động.

Tại Gia Lai, tỷ lệ hộ DTTS sử dụng nước hợp vệ sinh đạt 89,6%, nhưng tỷ lệ sử dụng nước sạch đáp ứng quy chuẩn chỉ khoảng 31%. Ở Kon Tum, hai tỷ lệ này lần lượt là 87,2% và 28,4%.

Ông Y Thông Byă, Phó Trưởng ban Dân tộc tỉnh Đắk Lắk cho biết, tại Đắk Lắk, chi phí đầu tư một công trình cấp nước tập trung cho một buôn từ 3-5 tỷ đồng; suất đầu tư bình quân cho mỗi hộ ở vùng cao gấp 2,5 lần vùng đồng bằng. Nhiều buôn dọc Quốc lộ 14 phải khoan giếng sâu hơn 80 m mới có nước.

Năm 2024, Đắk Lắk bố trí 85,6 tỷ đồng cho nội dung nước sinh hoạt, tăng 22% so với năm 2023; đến ngày 31/8 mới giải ngân được 19,7 tỷ đồng, tương đương 23%.

Mục tiêu của Chương trình MTQG 1719 trên cả nước đến năm 2025 là 90% hộ DTTS được sử dụng nước sinh hoạt hợp vệ sinh, trong đó 50% số hộ được dùng nước sạch đáp ứng quy chuẩn.
"""

AUG = P("tính đến tháng 8/2024", end="2024-08-31")
SINCE = P("Từ năm 2022 đến nay", "2022-01-01")
LACK = "hộ DTTS thiếu nước sinh hoạt"
T25 = P("đến năm 2025", end="2025-12-31")

figs = [
    F("Hàng chục nghìn hộ", "Hàng chục nghìn", 10000, "count", "hộ", "hộ đồng bào DTTS vẫn thiếu nước sinh hoạt",
      approx="about", optional=True, location=""),
    F("khoảng 17.500 hộ", "17.500", 17500, "count", "hộ", LACK, AUG, approx="about", location="Gia Lai"),
    F("khoảng 14.300 hộ", "14.300", 14300, "count", "hộ", LACK, AUG, approx="about", location="Đắk Lắk"),
    F("hơn 9.100 hộ", "9.100", 9100, "count", "hộ", LACK, AUG, approx="over", location="Kon Tum"),
    F("gần 6.000 hộ", "6.000", 6000, "count", "hộ", LACK, AUG, approx="nearly", location="Đắk Nông"),
    F("cho 23.640 hộ", "23.640", 23640, "count", "hộ", "hộ được hỗ trợ nước sinh hoạt phân tán", SINCE),
    F("đầu tư 215 công trình", "215", 215, "count", "công trình", "công trình nước tập trung đầu tư", SINCE),
    F("trên 612 tỷ đồng", "612", 612000000000, "money", "đồng", "tổng kinh phí", SINCE, approx="over"),
    F("khoảng 30% công trình", "30", 30, "percent", "%",
      "công trình tập trung hoạt động kém hiệu quả hoặc đã ngừng hoạt động", approx="about"),
    F("đạt 89,6%", "89,6", 89.6, "percent", "%", "tỷ lệ hộ DTTS sử dụng nước hợp vệ sinh", location="Gia Lai"),
    F("chỉ khoảng 31%", "31", 31, "percent", "%", "tỷ lệ sử dụng nước sạch đáp ứng quy chuẩn", approx="about",
      location="Gia Lai"),
    F("hai tỷ lệ này", "hai", 2, "count", "tỷ lệ", "tỷ lệ", optional=True, location="Kon Tum"),
    F("là 87,2%", "87,2", 87.2, "percent", "%", "tỷ lệ hộ DTTS sử dụng nước hợp vệ sinh", location="Kon Tum"),
    F("và 28,4%", "28,4", 28.4, "percent", "%", "tỷ lệ sử dụng nước sạch đáp ứng quy chuẩn", location="Kon Tum"),
    F("từ 3-5 tỷ đồng", "3", 3000000000, "money", "đồng", "chi phí đầu tư một công trình cấp nước tập trung cho một buôn",
      value_max=5000000000, location="Đắk Lắk"),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "suất đầu tư bình quân cho mỗi hộ ở vùng cao so với vùng đồng bằng",
      location="Đắk Lắk"),
    F("hơn 80 m", "80", 80, "measure", "m", "độ sâu giếng khoan", approx="over", location="Đắk Lắk"),
    F("bố trí 85,6 tỷ đồng", "85,6", 85600000000, "money", "đồng", "vốn bố trí cho nội dung nước sinh hoạt",
      P("Năm 2024", "2024-01-01", "2024-12-31"), change=CH("increase", 22, "%", "năm 2023"), location="Đắk Lắk"),
    F("được 19,7 tỷ đồng", "19,7", 19700000000, "money", "đồng", "vốn nước sinh hoạt giải ngân",
      P("đến ngày 31/8", end="2024-08-31"), percent=23, location="Đắk Lắk"),
    F("là 90% hộ", "90", 90, "percent", "%", "hộ DTTS được sử dụng nước sinh hoạt hợp vệ sinh", T25,
      status="target", location="Việt Nam"),
    F("trong đó 50%", "50", 50, "percent", "%", "số hộ được dùng nước sạch đáp ứng quy chuẩn", T25,
      status="target", location="Việt Nam"),
]
# the headline's 'Hàng chục nghìn' is written as words: value 10000 is a guess at the floor; keep it optional.
for f in figs:
    if f.get("location") == "":
        del f["location"]

write("p450-7", TEXT, [
    "National press feature (no dateline, no byline, no date anywhere): 1719 clean water for ethnic-minority households in Tây Nguyên.",
    "No published date: 'Từ năm 2022 đến nay' starts 2022-01-01 and has no end (FIGURES.md: published, else null).",
    "Tây Nguyên is a region, not a province: region-wide figures have no location; each province's figures carry it.",
    "'tính đến tháng 8/2024' list: indicator 'hộ DTTS thiếu nước sinh hoạt', provinces as locations. 'đến ngày 31/8' takes 2024.",
    "'lần lượt là 87,2% và 28,4%' maps to the two rates of the previous sentence. 'từ 3-5 tỷ đồng' range; 'gấp 2,5 lần' multiple as the claim.",
    "National programme goal 'trên cả nước đến năm 2025': location Việt Nam, status target; 'trong đó 50%' is a percent of its own (no total).",
    "'hai tỷ lệ này' (anaphoric structure count, as 'cả 03 khối' in h05) optional — added after the first run.",
    "Distractors: 'MTQG 1719', 'Quốc lộ 14', person's name. Headline 'Hàng chục nghìn hộ' optional (vague number words).",
], figs)
