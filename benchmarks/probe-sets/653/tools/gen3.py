from lib import F, P, I, CH, TG, emit

ROWS = [("Đồng Văn", "142", "1.065", "512,4"),
        ("Mèo Vạc", "88", "640", "276,8"),
        ("Quản Bạ", "74", "512", "198,3"),
        ("Hoàng Su Phì", "61", "390", "87,6")]

table = "\n".join(["Huyện | Số homestay (cơ sở) | Số phòng (phòng) | Lượt khách 9 tháng (nghìn lượt)"]
                  + [" | ".join(r) for r in ROWS])

TEXT = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: 286/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển du lịch cộng đồng 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Khách du lịch và doanh thu
9 tháng năm 2024, toàn tỉnh đón 2.416.000 lượt khách, tăng 9,8% so với cùng kỳ, đạt 80,5% kế hoạch năm; trong đó khách quốc tế 298.500 lượt. Tổng thu từ du lịch ước đạt 5.320 tỷ đồng. Lượt khách lưu trú tại các làng văn hóa du lịch cộng đồng chiếm khoảng 34% tổng lượt khách lưu trú.

2. Cơ sở lưu trú homestay
Tính đến ngày 30/9/2024, toàn tỉnh có 57 làng văn hóa du lịch cộng đồng và 695 homestay. Số liệu một số huyện trọng điểm:
""" + table + """

3. Hỗ trợ phát triển du lịch cộng đồng
Thực hiện Nghị quyết số 12/2023/NQ-HĐND ngày 14/7/2023 của HĐND tỉnh, đã hỗ trợ 36 hộ nâng cấp homestay với tổng kinh phí 2,88 tỷ đồng (mức 80 triệu đồng/hộ); 100% hướng dẫn viên tại điểm được cấp thẻ.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đón 3 triệu lượt khách; trong quý IV hoàn thành đào tạo 200 hướng dẫn viên tại điểm; triển khai Đề án 09 về phát triển du lịch cộng đồng.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
COL9 = P("Lượt khách 9 tháng", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("trong quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("đón 2.416.000 lượt", "2.416.000", 2416000, "count", "lượt khách", "lượt khách toàn tỉnh đón", M9,
      percent=80.5, change=CH("increase", 9.8, "%", "cùng kỳ")),
    F("quốc tế 298.500 lượt", "298.500", 298500, "count", "lượt", "khách quốc tế", M9, total=2416000),
    F("ước đạt 5.320 tỷ", "5.320", 5320000000000, "money", "đồng", "tổng thu từ du lịch", I(M9),
      status="estimate"),
    F("khoảng 34%", "34", 34, "percent", "%",
      "lượt khách lưu trú tại các làng văn hóa du lịch cộng đồng trong tổng lượt khách lưu trú", I(M9),
      approx="about"),
    F("có 57 làng", "57", 57, "count", "làng văn hóa du lịch cộng đồng", "làng văn hóa du lịch cộng đồng", ASOF),
    F("và 695 homestay", "695", 695, "count", "homestay", "homestay", ASOF),
]
for place, hs, ph, kh in ROWS:
    row = f"{place} | {hs} | {ph} | {kh}"
    FIGS.append(F(f"{place} | {hs} |", hs, int(hs), "count", "cơ sở", "Số homestay", I(ASOF), location=place))
    FIGS.append(F(f"| {ph} | {kh}", ph, int(ph.replace(".", "")), "count", "phòng", "Số phòng", I(ASOF),
                  location=place))
    v = round(float(kh.replace(",", ".")) * 1000)
    FIGS.append(F(f"| {kh}\n" if place != "Hoàng Su Phì" else f"| {kh}\n\n3.", kh, v, "count", "lượt",
                  "Lượt khách 9 tháng", COL9, location=place))

FIGS += [
    F("hỗ trợ 36 hộ", "36", 36, "count", "hộ", "hộ được hỗ trợ nâng cấp homestay", I(M9)),
    F("kinh phí 2,88 tỷ", "2,88", 2880000000, "money", "đồng", "tổng kinh phí hỗ trợ nâng cấp homestay", I(M9)),
    F("mức 80 triệu", "80", 80000000, "money", "đồng/hộ", "mức hỗ trợ nâng cấp homestay"),
    F("100% hướng dẫn viên", "100", 100, "percent", "%", "hướng dẫn viên tại điểm được cấp thẻ"),
    F("đón 3 triệu", "3", 3000000, "count", "lượt khách", "lượt khách", Y24, status="target"),
    F("đào tạo 200 hướng dẫn viên", "200", 200, "count", "hướng dẫn viên", "hướng dẫn viên tại điểm được đào tạo",
      Q4, status="target"),
]

COMMENTS = [
    "UBND tỉnh Hà Giang, formal report 'Số: 286/BC-UBND', place-and-date line 'Hà Giang, ngày 08 tháng 10 năm 2024'.",
    "9-month community-tourism report: visitors vs plan, foreign part, revenue, share of stays in cultural villages, villages and homestays,",
    "a flattened '|' table by district (units in column headers; '(nghìn lượt)' multiplies by 1 000), upgrade support, Q4 tasks.",
    "Table: every numeric cell is a figure; district row label -> location; subject = column label. Homestay/room columns take the",
    "as-of date of the sentence before (inherited); the visitors column states '9 tháng' in its header (scored, 2024-01..09). No totals on cells.",
    "'đạt 80,5% kế hoạch năm' -> percent of 2.416.000. 'khoảng 34%' is a share with no base figure -> percent figure.",
    "'Phấn đấu cả năm 2024 …; trong quý IV hoàn thành …' -> target status carries into the second clause; the 200 guides take quý IV/2024.",
    "Distractors: 'Số: 286/BC-UBND', 'Nghị quyết số 12/2023/NQ-HĐND ngày 14/7/2023', 'Đề án 09', section numbers 'I.', '1.', '2.', '3.', 'II.'.",
]

emit("p653-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hà Giang")
