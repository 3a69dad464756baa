from lib import F, P, write

TEXT = """Quảng Ninh: Nhiều kết quả nổi bật trong Tháng hành động phòng, chống ma túy năm 2024

Hưởng ứng Tháng hành động phòng, chống ma túy và Ngày Quốc tế phòng, chống ma túy 26/6, từ ngày 1/6 đến 30/6/2024, các cấp, ngành, địa phương trong tỉnh Quảng Ninh đã đồng loạt ra quân với nhiều hoạt động thiết thực.

Trong Tháng hành động, toàn tỉnh đã tổ chức 1.250 buổi tuyên truyền với hơn 86.000 lượt người tham dự; treo 3.400 băng rôn, khẩu hiệu; cấp phát 25 nghìn tờ rơi, tài liệu. Riêng ngành Giáo dục tổ chức 214 buổi ngoại khóa cho hàng chục nghìn lượt học sinh.

Lực lượng chức năng đã phát hiện, bắt giữ 62 vụ, 91 đối tượng phạm tội về ma túy, tăng 10 vụ so với cùng kỳ năm 2023; thu giữ tổng cộng 2,6 kg ma túy các loại. Kết quả tại một số địa phương như sau:

Địa phương	Số vụ	Số đối tượng	Ma túy thu giữ (gam)
Hạ Long	21	34	812,5
Cẩm Phả	14	19	356,2
Móng Cái	9	15	1.240
Uông Bí	7	9	98,7

Toàn tỉnh hiện có 1.438 người nghiện ma túy có hồ sơ quản lý, trong đó 45,6% đang được điều trị bằng thuốc Methadone. Đến hết tháng 6/2024, có 126/171 xã, phường, thị trấn được công nhận không có ma túy, đạt 73,7%; riêng huyện đảo Cô Tô đạt 100%.

Năm 2024, tỉnh phấn đấu duy trì không có huyện trọng điểm về ma túy, giảm 5% số người nghiện so với năm 2023 và có trên 75% xã, phường, thị trấn không có ma túy.

(Nguồn: Ban Chỉ đạo 138 tỉnh Quảng Ninh)
"""

JUN = P("từ ngày 1/6 đến 30/6/2024", "2024-06-01", "2024-06-30")
JUNt = P("Trong Tháng hành động", "2024-06-01", "2024-06-30", inherited=True)
JUNi = P("từ ngày 1/6 đến 30/6/2024", "2024-06-01", "2024-06-30", inherited=True)
A6 = P("Đến hết tháng 6/2024", None, "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("tổ chức 1.250 buổi", "1.250", 1250, "count", "buổi tuyên truyền", "buổi tuyên truyền", period=JUNt),
    F("hơn 86.000 lượt", "86.000", 86000, "count", "lượt người", "lượt người tham dự", approx="over", period=JUNt),
    F("treo 3.400 băng rôn", "3.400", 3400, "count", "băng rôn, khẩu hiệu", "băng rôn, khẩu hiệu", period=JUNt),
    F("cấp phát 25 nghìn tờ rơi", "25", 25000, "count", "tờ rơi", "tờ rơi, tài liệu cấp phát", period=JUNt),
    F("tổ chức 214 buổi", "214", 214, "count", "buổi ngoại khóa", "buổi ngoại khóa ngành Giáo dục tổ chức", period=JUNi),
    F("hàng chục nghìn lượt", "hàng chục nghìn", 10000, "count", "lượt học sinh", "lượt học sinh", approx="about", optional=True),
    F("bắt giữ 62 vụ", "62", 62, "count", "vụ", "vụ phạm tội về ma túy phát hiện, bắt giữ",
      change={"direction": "increase", "value": 10, "unit": "vụ", "baseline": "cùng kỳ năm 2023"}, period=JUNi),
    F("91 đối tượng", "91", 91, "count", "đối tượng", "đối tượng phạm tội về ma túy", period=JUNi),
    F("tổng cộng 2,6 kg", "2,6", 2.6, "measure", "kg", "ma túy các loại thu giữ", period=JUNi),
]
for place, a, b, c, cv in [("Hạ Long", "21", "34", "812,5", 812.5), ("Cẩm Phả", "14", "19", "356,2", 356.2),
                           ("Móng Cái", "9", "15", "1.240", 1240), ("Uông Bí", "7", "9", "98,7", 98.7)]:
    FIGS.append(F(f"{place}\t{a}\t", a, int(a), "count", "vụ", "Số vụ", location=place, period=JUNi))
    FIGS.append(F(f"{place}\t{a}\t{b}\t", b, int(b), "count", "đối tượng", "Số đối tượng", location=place, period=JUNi))
    FIGS.append(F(f"\t{c}\n", c, cv, "measure", "gam", "Ma túy thu giữ", location=place, period=JUNi))

FIGS += [
    F("có 1.438 người", "1.438", 1438, "count", "người nghiện", "người nghiện ma túy có hồ sơ quản lý"),
    F("trong đó 45,6%", "45,6", 45.6, "percent", "%", "người nghiện đang được điều trị bằng thuốc Methadone"),
    F("có 126/171 xã", "126", 126, "count", "xã, phường, thị trấn", "xã, phường, thị trấn được công nhận không có ma túy",
      total=171, percent=73.7, period=A6),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ xã, thị trấn được công nhận không có ma túy của huyện đảo", location="Cô Tô", period=A6),
    F("giảm 5% số người", "5", 5, "percent", "%", "giảm số người nghiện", status="target", period=Y24),
    F("trên 75% xã", "75", 75, "percent", "%", "xã, phường, thị trấn không có ma túy", approx="over", status="target", period=Y24),
]

COMMENTS = [
    "Provincial Party-paper style report on Quảng Ninh's Tháng hành động phòng, chống ma túy 2024. No dateline at all (published null).",
    "Tab-flattened table (Địa phương | Số vụ | Số đối tượng | Ma túy thu giữ (gam)): place rows → location, subject = column label, unit from the",
    "column label; period = the month of action stated above the table (inherited). Distractors: 'Ngày Quốc tế … 26/6', 'từ ngày 1/6 đến 30/6/2024',",
    "'Ban Chỉ đạo 138' (name). '25 nghìn tờ rơi' = 25000. 'hàng chục nghìn lượt' is vague (optional). '62 vụ …, tăng 10 vụ so với cùng kỳ': change.",
    "'1.438 người …, trong đó 45,6%': a percent has no whole in người (as shared h01), so 45,6% is a figure of its own with no total.",
    "'126/171 …, đạt 73,7%': total 171, percent 73.7. 'riêng huyện đảo Cô Tô đạt 100%': location Cô Tô. 'Trong Tháng hành động' names the month only via the previous paragraph: inherited.",
]

if __name__ == "__main__":
    write(8, TEXT, COMMENTS, FIGS, location="Quảng Ninh")
