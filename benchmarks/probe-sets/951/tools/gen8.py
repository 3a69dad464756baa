"""p951-8: provincial newspaper online (Báo Bình Phước, '(BPO) -'), book rotation to grassroots, 10 months 2023."""
from lib import F, P, I, C, T, write

TEXT = """Bình Phước luân chuyển gần 120 nghìn bản sách về cơ sở trong 10 tháng
Thứ Tư, 15/11/2023 | 15:40

(BPO) - Thông tin từ Thư viện tỉnh, 10 tháng năm 2023, đơn vị đã luân chuyển 118.600 bản sách đến 425 điểm thư viện cơ sở, tủ sách trường học, đồn biên phòng, đạt 91,2% kế hoạch năm. Trong số điểm nhận sách có 312 tủ sách trường học, 68 tủ sách cộng đồng và 45 tủ sách đồn biên phòng.

Các huyện biên giới Lộc Ninh, Bù Đốp, Bù Gia Mập lần lượt nhận 14.200, 12.800 và 11.500 bản. Nhiều điểm sách nằm dọc Quốc lộ 13 và đường ĐT.741, thuận tiện cho người dân ghé đọc.

Số lượt bạn đọc tại các điểm cơ sở ước đạt 265.000 lượt, tăng 18,4% so với cùng kỳ năm 2022. Tổng kinh phí luân chuyển sách từ đầu năm là 540 triệu đồng, bình quân khoảng 4.500 đồng/bản.

Khảo sát của Thư viện tỉnh tại 20 trường THCS cho thấy khoảng 38% học sinh đọc ít nhất 1 cuốn sách mỗi tháng, cao hơn 6 điểm phần trăm so với năm 2021; số học sinh chưa có thói quen đọc sách giảm còn dưới 15%.

Dự kiến đến hết năm 2023, lượng sách luân chuyển sẽ đạt khoảng 132.000 bản, vượt 1,5% kế hoạch. Năm 2024, Thư viện tỉnh đặt mục tiêu luân chuyển 140.000 bản sách và mở thêm 30 điểm tủ sách tại các ấp, sóc đồng bào dân tộc thiểu số; phấn đấu tỷ lệ học sinh đọc ít nhất 1 cuốn sách/tháng đạt 50%.

Theo bà Điểu Thị Hạnh, Phó Giám đốc Thư viện tỉnh, mỗi bộ sách luân chuyển được giữ tại điểm từ 3 đến 6 tháng rồi mới thay đổi, giúp người đọc có thêm lựa chọn.

MINH LUÂN
"""

M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")
HEAD = P("10 tháng", "2023-01-01", "2023-10-31")
YTD = P("từ đầu năm", "2023-01-01", "2023-11-15")
Y23 = P("đến hết năm 2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
BORDER = "bản sách luân chuyển đến các huyện biên giới"

FIGS = [
    F("gần 120 nghìn bản sách", "120", 120000, "count", "bản sách", "bản sách luân chuyển về cơ sở",
      approx="nearly", period=HEAD),
    F("luân chuyển 118.600 bản sách", "118.600", 118600, "count", "bản sách", "bản sách luân chuyển",
      percent=91.2, period=M10),
    F("đến 425 điểm", "425", 425, "count", "điểm", "điểm thư viện cơ sở, tủ sách trường học, đồn biên phòng nhận sách",
      period=M10),
    F("có 312 tủ sách", "312", 312, "count", "tủ sách trường học", "tủ sách trường học nhận sách", total=425,
      period=I(M10)),
    F("68 tủ sách cộng đồng", "68", 68, "count", "tủ sách cộng đồng", "tủ sách cộng đồng nhận sách", total=425,
      period=I(M10)),
    F("45 tủ sách đồn", "45", 45, "count", "tủ sách đồn biên phòng", "tủ sách đồn biên phòng nhận sách",
      total=425, period=I(M10)),
    F("nhận 14.200,", "14.200", 14200, "count", "bản", BORDER, location="Lộc Ninh", period=I(M10)),
    F("12.800 và", "12.800", 12800, "count", "bản", BORDER, location="Bù Đốp", period=I(M10)),
    F("11.500 bản", "11.500", 11500, "count", "bản", BORDER, location="Bù Gia Mập", period=I(M10)),
    F("ước đạt 265.000 lượt", "265.000", 265000, "count", "lượt", "lượt bạn đọc tại các điểm cơ sở",
      status="estimate", change=C("increase", 18.4, baseline="cùng kỳ năm 2022"), period=I(M10)),
    F("là 540 triệu đồng", "540", 540e6, "money", "đồng", "tổng kinh phí luân chuyển sách", period=YTD),
    F("khoảng 4.500 đồng/bản", "4.500", 4500, "money", "đồng/bản", "kinh phí luân chuyển bình quân mỗi bản sách",
      approx="about", period=YTD),
    F("tại 20 trường THCS", "20", 20, "count", "trường THCS", "trường THCS được khảo sát"),
    F("khoảng 38% học sinh", "38", 38, "percent", "%", "học sinh đọc ít nhất 1 cuốn sách mỗi tháng",
      approx="about", change=C("increase", 6, unit="điểm phần trăm", baseline="năm 2021")),
    F("ít nhất 1 cuốn sách mỗi tháng", "1", 1, "measure", "cuốn sách/tháng", "ngưỡng đọc sách mỗi tháng",
      approx="at_least", optional=True),
    F("dưới 15%", "15", 15, "percent", "%", "học sinh chưa có thói quen đọc sách", approx="under"),
    F("khoảng 132.000 bản", "132.000", 132000, "count", "bản", "lượng sách luân chuyển cả năm", approx="about",
      status="forecast", change=C("increase", 1.5, baseline="kế hoạch"), period=Y23),
    F("luân chuyển 140.000 bản sách", "140.000", 140000, "count", "bản sách", "bản sách luân chuyển",
      status="target", period=Y24),
    F("thêm 30 điểm", "30", 30, "count", "điểm tủ sách", "điểm tủ sách mở thêm tại các ấp, sóc", status="target",
      period=Y24),
    F("ít nhất 1 cuốn sách/tháng", "1", 1, "measure", "cuốn sách/tháng", "ngưỡng đọc sách mỗi tháng",
      approx="at_least", optional=True),
    F("đạt 50%", "50", 50, "percent", "%", "tỷ lệ học sinh đọc ít nhất 1 cuốn sách/tháng", status="target",
      period=Y24),
    F("từ 3 đến 6 tháng", "3", 3, "measure", "tháng", "thời gian mỗi bộ sách luân chuyển được giữ tại điểm",
      value_max=6),
]

NOTES = [
    "Báo Bình Phước online: headline with a figure, 'Thứ Tư, 15/11/2023 | 15:40', tag '(BPO) -' (implies Bình Phước).",
    "Headline '10 tháng' has no year: nothing dated before it -> published year 2023.",
    "'đạt 91,2% kế hoạch năm' -> percent 91.2 of 118.600. 'Trong số điểm nhận sách có 312, 68, 45' -> total 425 (they add up).",
    "'lần lượt nhận 14.200, 12.800 và 11.500 bản': a list sharing one indicator; each district is the location.",
    "'cao hơn 6 điểm phần trăm so với năm 2021' -> change of the 38% (unit điểm phần trăm).",
    "'Dự kiến đến hết năm 2023 ... khoảng 132.000 bản, vượt 1,5% kế hoạch' -> forecast; the gap to plan is a change, baseline kế hoạch.",
    "'ít nhất 1 cuốn sách mỗi tháng' / '1 cuốn sách/tháng' define the category of readers: optional thresholds.",
    "'từ 3 đến 6 tháng' is a duration that is the claim (how long a set stays), measure in tháng, not a period.",
    "Not figures: 'Quốc lộ 13', 'ĐT.741', weekday and time in the dateline, byline.",
    "'Năm 2024 ... đặt mục tiêu' governs 140.000, 30 điểm and (after ';' 'phấn đấu') 50%.",
]

write(8, TEXT, FIGS, NOTES, published="2023-11-15", location="Bình Phước")
