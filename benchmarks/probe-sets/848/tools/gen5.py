"""p848-5: Báo Quảng Nam style, riverbank erosion on the Thu Bồn, byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Khẩn cấp xử lý sạt lở bờ sông Thu Bồn

Những ngày qua, đoạn bờ nam sông Thu Bồn qua xã Duy Phước (huyện Duy Xuyên) tiếp tục sạt lở nghiêm trọng, lấn sâu vào đất liền từ 5 đến 8 m trên chiều dài hơn 700 m, đe dọa an toàn của 62 hộ dân.

Ông Nguyễn Văn Hai, Chủ tịch UBND xã Duy Phước cho biết, chỉ trong đợt lũ giữa tháng 11 vừa qua, bờ sông đã mất khoảng 1.500 m2 đất sản xuất; xã đã di dời khẩn cấp 14 hộ với 57 nhân khẩu đến nơi an toàn.

Theo Sở NN&PTNT, toàn tỉnh hiện có 97 điểm sạt lở bờ sông với tổng chiều dài gần 68 km, trong đó 23 điểm đặc biệt nguy hiểm. Từ năm 2018 đến nay, tỉnh đã đầu tư 41 công trình kè với tổng chiều dài 32,6 km, kinh phí trên 1.150 tỷ đồng. Số công trình kè được đầu tư giai đoạn 2021-2023 gấp khoảng 2,5 lần giai đoạn 2016-2020. Suất đầu tư kè bờ sông hiện vào khoảng 65-70 triệu đồng/m.

Dự án kè chống sạt lở bờ nam sông Thu Bồn đoạn qua xã Duy Phước dài 1,2 km, tổng mức đầu tư 85 tỷ đồng từ nguồn dự phòng ngân sách trung ương, đã được HĐND tỉnh thông qua chủ trương đầu tư tại kỳ họp thứ 17, dự kiến khởi công trong tháng 12/2023, thời gian thi công dự kiến 18 tháng.

Giai đoạn 2024-2025, tỉnh phấn đấu xử lý dứt điểm 15 điểm sạt lở đặc biệt nguy hiểm, ưu tiên các khu dân cư tập trung ven sông Vu Gia, Thu Bồn.

MINH HẢI
22/11/2023
"""

NOV = P("tháng 11", "2023-11-01", "2023-11-30")
SINCE = P("Từ năm 2018 đến nay", "2018-01-01", "2023-11-22")
GD = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
TGT = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
DX = "Duy Xuyên"

FIGS = [
    F("từ 5 đến 8 m", "5", 5, "measure", "m", "mức sạt lở lấn sâu vào đất liền", value_max=8,
      location=DX),
    F("hơn 700 m", "700", 700, "measure", "m", "chiều dài đoạn bờ sông sạt lở", approx="over",
      location=DX),
    F("của 62 hộ dân", "62", 62, "count", "hộ", "hộ dân bị đe dọa an toàn", location=DX),
    F("khoảng 1.500 m2", "1.500", 1500, "measure", "m2", "đất sản xuất bị mất", NOV, approx="about",
      location=DX),
    F("khẩn cấp 14 hộ", "14", 14, "count", "hộ", "hộ di dời khẩn cấp", NOV, location=DX),
    F("với 57 nhân khẩu", "57", 57, "count", "nhân khẩu", "nhân khẩu di dời khẩn cấp", NOV,
      location=DX),
    F("có 97 điểm", "97", 97, "count", "điểm", "điểm sạt lở bờ sông"),
    F("gần 68 km", "68", 68, "measure", "km", "tổng chiều dài sạt lở bờ sông", approx="nearly"),
    F("23 điểm đặc biệt", "23", 23, "count", "điểm", "điểm sạt lở đặc biệt nguy hiểm", total=97),
    F("đầu tư 41 công trình", "41", 41, "count", "công trình", "công trình kè được đầu tư", SINCE),
    F("dài 32,6 km", "32,6", 32.6, "measure", "km", "tổng chiều dài công trình kè", SINCE),
    F("trên 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "kinh phí đầu tư công trình kè", SINCE,
      approx="over"),
    F("gấp khoảng 2,5 lần", "2,5", 2.5, "multiple", "lần", "số công trình kè được đầu tư", GD,
      approx="about"),
    F("khoảng 65-70 triệu đồng/m", "65", 65e6, "money", "đồng/m", "suất đầu tư kè bờ sông",
      value_max=70e6, approx="about"),
    F("dài 1,2 km", "1,2", 1.2, "measure", "km", "chiều dài dự án kè chống sạt lở bờ nam sông Thu Bồn",
      location=DX),
    F("tư 85 tỷ đồng", "85", 85e9, "money", "đồng", "tổng mức đầu tư dự án kè", location=DX),
    F("dự kiến 18 tháng", "18", 18, "measure", "tháng", "thời gian thi công dự án kè", status="forecast",
      location=DX),
    F("dứt điểm 15 điểm", "15", 15, "count", "điểm", "điểm sạt lở đặc biệt nguy hiểm được xử lý", TGT,
      status="target"),
]

NOTES = [
    "Báo Quảng Nam style: erosion of the Thu Bồn bank at xã Duy Phước (huyện Duy Xuyên), provincial erosion and embankment figures.",
    "Byline MINH HẢI and bare date 22/11/2023 at the end give published. Commune figures take the district Duy Xuyên.",
    "'giữa tháng 11 vừa qua' = tháng 11/2023 (year of published). 'gấp khoảng 2,5 lần' standing alone is a multiple.",
    "'thời gian thi công dự kiến 18 tháng' is how long the work takes: a measure (forecast), not a period.",
    "Distractors: Ông Nguyễn Văn Hai (number word in a name), giai đoạn 2016-2020 (baseline), tháng 12/2023 (start date), kỳ họp thứ 17 (ordinal), 22/11/2023.",
]

if __name__ == "__main__":
    write("p848-5", TEXT, FIGS, NOTES, published="2023-11-22", location="Quảng Nam")
