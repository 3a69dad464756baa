"""p557-2: huyện Yên Phong (Bắc Ninh) district portal, budget revenue 9 months 2023, communes, land auctions."""
from lib import F, P, I, CH, B, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN PHONG - TỈNH BẮC NINH
Thứ Năm, 12/10/2023 - 09:15

Yên Phong: Thu ngân sách 9 tháng đạt 108% dự toán năm

Theo Chi cục Thuế khu vực Yên Phong - Quế Võ, 9 tháng năm 2023, tổng thu ngân sách nhà nước trên địa bàn huyện đạt 1.356,8 tỷ đồng, bằng 108% dự toán tỉnh giao, tăng 12,5% so với cùng kỳ. Trong đó, thu tiền sử dụng đất 402 tỷ đồng, chiếm 29,6% tổng thu; thu từ khu vực công thương nghiệp ngoài quốc doanh đạt 315,2 tỷ đồng. Riêng số thu tiền sử dụng đất gấp 2,4 lần cùng kỳ.

Một số xã có số thu cao là: xã Đông Phong (86,4 tỷ đồng), xã Yên Trung (57 tỷ đồng), xã Long Châu (43,9 tỷ đồng). Các xã Dũng Liệt và Tam Đa lần lượt đạt 95% và 88% dự toán, còn xã Văn Môn mới đạt khoảng 61%.

Công tác đấu giá quyền sử dụng đất tại các khu dân cư dọc đường ĐT.286 được đẩy mạnh. Từ đầu năm đến nay, huyện tổ chức 6 phiên đấu giá với 214 lô đất, tổng số tiền trúng đấu giá hơn 386 tỷ đồng; giá trúng bình quân 21,5 triệu đồng/m2, cao hơn giá khởi điểm từ 30 đến 40%.

Tuy nhiên, tính đến 30/9/2023, nợ đọng thuế trên địa bàn còn 27,3 tỷ đồng, trong đó có 14 doanh nghiệp nợ trên 500 triệu đồng. Chi cục Thuế đã phối hợp với UBND các xã, thị trấn đôn đốc thu nộp theo Nghị quyết số 35/NQ-HĐND.

Huyện phấn đấu cả năm 2023 thu ngân sách trên địa bàn đạt 1.650 tỷ đồng, bảo đảm nguồn chi cho 42 công trình đầu tư công.

Mọi thông tin liên hệ: Văn phòng HĐND và UBND huyện, điện thoại 0222.3860.215.
"""

LOC = "Yên Phong"
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
H9 = P("9 tháng", "2023-01-01", "2023-09-30")
SINCE = P("Từ đầu năm đến nay", "2023-01-01", "2023-10-12")
ASOF = P("tính đến 30/9/2023", end="2023-09-30")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
TOT = B(1356.8)
SUBJ_C = "số thu ngân sách"

FIGS = [
    F("đạt 108% dự toán năm", "108", 108, "percent", "%", "thu ngân sách so với dự toán năm", H9),
    F("đạt 1.356,8 tỷ đồng", "1.356,8", TOT, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn huyện", M9,
      percent=108, change=CH("increase", 12.5, baseline="cùng kỳ")),
    F("thu tiền sử dụng đất 402 tỷ", "402", B(402), "money", "đồng", "thu tiền sử dụng đất", I(M9),
      total=TOT, percent=29.6),
    F("đạt 315,2 tỷ đồng", "315,2", B(315.2), "money", "đồng", "thu từ khu vực công thương nghiệp ngoài quốc doanh",
      I(M9), total=TOT),
    F("gấp 2,4 lần", "2,4", 2.4, "multiple", "lần", "số thu tiền sử dụng đất so với cùng kỳ", I(M9)),
    F("(86,4 tỷ đồng)", "86,4", B(86.4), "money", "đồng", SUBJ_C, I(M9), location=LOC),
    F("(57 tỷ đồng)", "57", B(57), "money", "đồng", SUBJ_C, I(M9), location=LOC),
    F("(43,9 tỷ đồng)", "43,9", B(43.9), "money", "đồng", SUBJ_C, I(M9), location=LOC),
    F("lần lượt đạt 95%", "95", 95, "percent", "%", "số thu so với dự toán", I(M9), location=LOC),
    F("95% và 88% dự toán", "88", 88, "percent", "%", "số thu so với dự toán", I(M9), location=LOC),
    F("khoảng 61%", "61", 61, "percent", "%", "số thu so với dự toán", I(M9), approx="about", location=LOC),
    F("tổ chức 6 phiên", "6", 6, "count", "phiên đấu giá", "phiên đấu giá quyền sử dụng đất", SINCE),
    F("với 214 lô đất", "214", 214, "count", "lô đất", "lô đất đấu giá", SINCE),
    F("hơn 386 tỷ đồng", "386", B(386), "money", "đồng", "tổng số tiền trúng đấu giá", SINCE, approx="over"),
    F("bình quân 21,5 triệu", "21,5", 21_500_000, "money", "đồng/m2", "giá trúng bình quân", SINCE,
      change=CH("increase", 30, baseline="giá khởi điểm")),
    F("còn 27,3 tỷ đồng", "27,3", B(27.3), "money", "đồng", "nợ đọng thuế trên địa bàn", ASOF),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", "doanh nghiệp nợ thuế trên 500 triệu đồng", ASOF),
    F("nợ trên 500 triệu", "500", 500_000_000, "money", "đồng", "mức nợ thuế", approx="over", optional=True),
    F("đạt 1.650 tỷ đồng", "1.650", B(1650), "money", "đồng", "thu ngân sách trên địa bàn", Y23, status="target"),
    F("cho 42 công trình", "42", 42, "count", "công trình", "công trình đầu tư công", Y23, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Phong (Bắc Ninh), dateline 'Thứ Năm, 12/10/2023 - 09:15': thu ngân sách 9 tháng 2023, xã, đấu giá đất, nợ thuế (invented).",
    "Location is the district, also for the commune list items (FIGURES.md: location is the province, city or district).",
    "revised after the first run: commune items had the commune as location; the spec's location is province/city/district, so Yên Phong.",
    "'cao hơn giá khởi điểm từ 30 đến 40%' is the change of the price (value 30, the lower end). 'gấp 2,4 lần cùng kỳ' standing alone = multiple.",
    "'trên 500 triệu đồng' threshold optional. 42 công trình: the target cue 'phấn đấu' governs the continuing clause.",
    "Distractors: ĐT.286, Nghị quyết số 35/NQ-HĐND, phone 0222.3860.215, 'Chi cục Thuế khu vực Yên Phong - Quế Võ'.",
]

if __name__ == "__main__":
    emit("p557-2", TEXT, COMMENTS, FIGS, published="2023-10-12", location=LOC)
