"""p921-2: district portal (huyện Châu Thành, Tiền Giang), launch of the larvae campaign, May 2023."""
from lib import F, P, C, write

TEXT = """UBND HUYỆN CHÂU THÀNH - TỈNH TIỀN GIANG
Trang chủ » Tin tức » Y tế - Giáo dục

Châu Thành ra quân chiến dịch diệt lăng quăng năm 2023

Thứ Hai, 08/05/2023 - 10:30

Sáng 6/5/2023, Ban Chỉ đạo phòng, chống dịch bệnh huyện Châu Thành tổ chức lễ ra quân chiến dịch diệt lăng quăng, bọ gậy tại UBND xã Tân Hương (Quốc lộ 1A), với sự tham gia của khoảng 450 cán bộ, đoàn viên, hội viên và người dân.

Theo Trung tâm Y tế huyện, 4 tháng đầu năm 2023, toàn huyện ghi nhận 126 ca sốt xuất huyết, tăng 38 ca so với cùng kỳ năm 2022; trong đó có 21 ca sốt xuất huyết có dấu hiệu cảnh báo, chiếm 16,7%. Các xã có số ca mắc cao là Tân Hương (24 ca), Long Hưng (19 ca) và Thân Cửu Nghĩa (15 ca). Qua giám sát tại 8 xã trọng điểm, chỉ số Breteau trung bình là 46, cao gấp 2,3 lần ngưỡng cho phép; chỉ số nhà có lăng quăng là 21,4%.

Trong đợt ra quân từ ngày 6/5 đến ngày 20/5, huyện thành lập 23 tổ xung kích đến từng hộ dân kiểm tra, hướng dẫn diệt lăng quăng, phấn đấu kiểm tra 18.600 hộ dân, thu gom khoảng 35 tấn phế thải và thả cá diệt lăng quăng vào 2.000 lu, khạp. Trước đó, Trung tâm Y tế huyện đã phun hóa chất diệt muỗi tại 3 xã Tân Hương, Tân Lý Tây, Nhị Bình với 5.320 hộ. Tổng kinh phí cho chiến dịch hơn 210 triệu đồng, trong đó ngân sách huyện hỗ trợ 150 triệu đồng, còn lại do các xã đối ứng.

Phát biểu tại lễ ra quân, ông Nguyễn Văn Tư, Phó Chủ tịch UBND huyện, yêu cầu các xã phấn đấu đến hết tháng 6/2023 đưa chỉ số Breteau xuống dưới 20 và nâng tỷ lệ hộ gia đình không có lăng quăng lên trên 90%.

Tin: Thanh Tâm - Trung tâm VH-TT&TT huyện
"""

M4 = P("4 tháng đầu năm 2023", "2023-01-01", "2023-04-30")
M4i = P("4 tháng đầu năm 2023", "2023-01-01", "2023-04-30", inh=True)
CAMP = P("từ ngày 6/5 đến ngày 20/5", "2023-05-06", "2023-05-20")
JUN = P("đến hết tháng 6/2023", None, "2023-06-30")
FIGS = [
    F("khoảng 450 cán bộ", "450", 450, "count", "cán bộ, đoàn viên, hội viên và người dân",
      "cán bộ, đoàn viên, hội viên và người dân tham gia lễ ra quân", approx="about",
      period=P("Sáng 6/5/2023", "2023-05-06", "2023-05-06")),
    F("ghi nhận 126 ca", "126", 126, "count", "ca", "ca sốt xuất huyết",
      change=C("increase", 38, "ca", "cùng kỳ năm 2022"), period=M4),
    F("có 21 ca", "21", 21, "count", "ca", "ca sốt xuất huyết có dấu hiệu cảnh báo", total=126, percent=16.7, period=M4),
    F("Tân Hương (24 ca)", "24", 24, "count", "ca", "số ca mắc", location="Tân Hương", period=M4i),
    F("Long Hưng (19 ca)", "19", 19, "count", "ca", "số ca mắc", location="Long Hưng", period=M4i),
    F("Thân Cửu Nghĩa (15 ca)", "15", 15, "count", "ca", "số ca mắc", location="Thân Cửu Nghĩa", period=M4i),
    F("tại 8 xã", "8", 8, "count", "xã", "xã trọng điểm được giám sát", period=M4i),
    F("trung bình là 46", "46", 46, "measure", "chỉ số", "chỉ số Breteau trung bình",
      change=C("increase", 2.3, "lần", "ngưỡng cho phép"), period=M4i),
    F("lăng quăng là 21,4%", "21,4", 21.4, "percent", "%", "chỉ số nhà có lăng quăng", period=M4i),
    F("thành lập 23 tổ", "23", 23, "count", "tổ xung kích", "tổ xung kích kiểm tra, hướng dẫn diệt lăng quăng",
      period=CAMP),
    F("kiểm tra 18.600 hộ dân", "18.600", 18600, "count", "hộ dân", "hộ dân được kiểm tra", status="target", period=CAMP),
    F("khoảng 35 tấn", "35", 35, "measure", "tấn", "phế thải được thu gom", approx="about", status="target", period=CAMP),
    F("vào 2.000 lu, khạp", "2.000", 2000, "count", "lu, khạp", "lu, khạp được thả cá diệt lăng quăng",
      status="target", period=CAMP),
    F("tại 3 xã", "3", 3, "count", "xã", "xã được phun hóa chất diệt muỗi"),
    F("với 5.320 hộ", "5.320", 5320, "count", "hộ", "hộ được phun hóa chất diệt muỗi"),
    F("hơn 210 triệu đồng", "210", 210000000, "money", "đồng", "tổng kinh phí cho chiến dịch", approx="over"),
    F("hỗ trợ 150 triệu đồng", "150", 150000000, "money", "đồng", "ngân sách huyện hỗ trợ kinh phí chiến dịch",
      total=210000000),
    F("xuống dưới 20", "20", 20, "measure", "chỉ số", "chỉ số Breteau", approx="under", status="target", period=JUN),
    F("lên trên 90%", "90", 90, "percent", "%", "tỷ lệ hộ gia đình không có lăng quăng", approx="over",
      status="target", period=JUN),
]
NOTES = [
    "District portal of Châu Thành (Tiền Giang): launch of the 2023 larvae campaign on 6/5/2023.",
    "Location: the district (Châu Thành); items of the commune list take the commune as location (spec names",
    "province/city/district only; a commune is the place the figure describes).",
    "'cao gấp 2,3 lần ngưỡng cho phép' is the change (lần) of BI 46, not a figure of its own.",
    "'phấn đấu kiểm tra 18.600 hộ …, thu gom …, thả cá …': the cue governs the continuing clauses (target).",
    "'trong đó ngân sách huyện hỗ trợ 150 triệu đồng' → total 210 triệu (the whole before the cue).",
    "Distractors: Quốc lộ 1A, 'Thứ Hai', 10:30, Nguyễn Văn Tư (a name), VH-TT&TT.",
]
write(2, TEXT, FIGS, published="2023-05-08", location="Châu Thành", notes=NOTES)
