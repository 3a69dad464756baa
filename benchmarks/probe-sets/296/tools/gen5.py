from lib import F, P, C, T, emit

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN LÝ SƠN
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lý Sơn, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tình hình phát triển du lịch năm 2024, phương hướng, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Khách du lịch và doanh thu
Năm 2024, huyện Lý Sơn ước đón 365.000 lượt khách, tăng 12,3% so với năm 2023, đạt 104,3% chỉ tiêu Nghị quyết HĐND huyện giao (350.000 lượt); trong đó khách quốc tế khoảng 4.200 lượt. Tổng lượt khách lưu trú qua đêm ước đạt 146.000 lượt, chiếm 40% tổng lượt khách. Doanh thu từ hoạt động du lịch ước đạt 438 tỷ đồng, tăng 15,8% so với năm 2023.

2. Cơ sở lưu trú
Tính đến ngày 30/11/2024, toàn huyện có 168 cơ sở lưu trú với 1.524 phòng, tăng 21 cơ sở so với cuối năm 2023. Trong đó có 9 khách sạn (312 phòng), 37 nhà nghỉ (445 phòng) và 122 homestay (767 phòng); chưa có khách sạn được xếp hạng từ 3 sao trở lên. Công suất sử dụng phòng bình quân cả năm khoảng 42%, mùa cao điểm hè đạt từ 80 đến 90%, mùa thấp điểm chỉ đạt 15-20%.

3. Giai đoạn 2021-2025
Giai đoạn 2021-2025, tổng vốn đầu tư vào lĩnh vực lưu trú, dịch vụ du lịch trên địa bàn huyện ước đạt khoảng 620 tỷ đồng; số phòng lưu trú tăng bình quân 14,5%/năm.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 đón 400.000 lượt khách, doanh thu du lịch đạt 500 tỷ đồng; nâng tổng số phòng lưu trú lên 1.700 phòng, trong đó có ít nhất 01 khách sạn đạt chuẩn 3 sao.

Nơi nhận:
- UBND tỉnh Quảng Ngãi (b/c);
- Sở Văn hóa, Thể thao và Du lịch;
- Lưu: VT, VHTT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Thị Hương
"""

Y4 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y4i = P("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)
ASOF = P("Tính đến ngày 30/11/2024", None, "2024-11-30")
ASOFi = P("Tính đến ngày 30/11/2024", None, "2024-11-30", inherited=True)
GD = P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
Y5 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("ước đón 365.000 lượt khách", "365.000", 365000, "count", "lượt khách", "lượt khách đón", status="estimate",
      change=C("increase", 12.3, "%", "năm 2023"), percent=104.3, target=T(350000, "lượt"), period=Y4),
    F("khoảng 4.200 lượt", "4.200", 4200, "count", "lượt", "khách quốc tế", approx="about", total=365000,
      status="estimate", period=Y4),
    F("ước đạt 146.000 lượt", "146.000", 146000, "count", "lượt", "tổng lượt khách lưu trú qua đêm",
      status="estimate", percent=40, period=Y4i),
    F("ước đạt 438 tỷ đồng", "438", 438000000000, "money", "đồng", "doanh thu từ hoạt động du lịch",
      status="estimate", change=C("increase", 15.8, "%", "năm 2023"), period=Y4i),
    F("có 168 cơ sở lưu trú", "168", 168, "count", "cơ sở lưu trú", "cơ sở lưu trú",
      change=C("increase", 21, "cơ sở", "cuối năm 2023"), period=ASOF),
    F("với 1.524 phòng", "1.524", 1524, "count", "phòng", "phòng của cơ sở lưu trú", period=ASOF),
    F("có 9 khách sạn", "9", 9, "count", "khách sạn", "khách sạn", total=168, period=ASOFi),
    F("(312 phòng)", "312", 312, "count", "phòng", "phòng khách sạn", total=1524, period=ASOFi),
    F("37 nhà nghỉ", "37", 37, "count", "nhà nghỉ", "nhà nghỉ", total=168, period=ASOFi),
    F("(445 phòng)", "445", 445, "count", "phòng", "phòng nhà nghỉ", total=1524, period=ASOFi),
    F("122 homestay", "122", 122, "count", "homestay", "homestay", total=168, period=ASOFi),
    F("(767 phòng)", "767", 767, "count", "phòng", "phòng homestay", total=1524, period=ASOFi),
    F("khoảng 42%", "42", 42, "percent", "%", "công suất sử dụng phòng bình quân cả năm", approx="about",
      period=Y4i),
    F("từ 80 đến 90%", "80", 80, "percent", "%", "công suất sử dụng phòng mùa cao điểm hè", value_max=90,
      period=Y4i),
    F("đạt 15-20%", "15", 15, "percent", "%", "công suất sử dụng phòng mùa thấp điểm", value_max=20, period=Y4i),
    F("khoảng 620 tỷ đồng", "620", 620000000000, "money", "đồng",
      "tổng vốn đầu tư vào lĩnh vực lưu trú, dịch vụ du lịch", approx="about", status="estimate", period=GD),
    F("bình quân 14,5%/năm", "14,5", 14.5, "percent", "%", "tăng số phòng lưu trú bình quân",
      period=GD),
    F("đón 400.000 lượt khách", "400.000", 400000, "count", "lượt khách", "lượt khách đón", status="target",
      period=Y5),
    F("đạt 500 tỷ đồng", "500", 500000000000, "money", "đồng", "doanh thu du lịch", status="target", period=Y5),
    F("lên 1.700 phòng", "1.700", 1700, "count", "phòng", "tổng số phòng lưu trú", status="target", period=Y5),
    F("ít nhất 01 khách sạn", "01", 1, "count", "khách sạn", "khách sạn đạt chuẩn 3 sao", approx="at_least",
      status="target", period=Y5),
]

COMMENTS = """
Formal report with letterhead (UBND huyện Lý Sơn, Quảng Ngãi, "Số: 186/BC-UBND"); the place-and-date line "Lý Sơn, ngày 18 tháng 12 năm 2024"
is its date. Distractors: document number, section numbers I./II./1./2./3., headings "NĂM 2024"/"NĂM 2025", "Lưu: VT, VHTT", signer,
star classes "từ 3 sao trở lên", "3 sao"; "Giai đoạn 2021-2025" and "cuối năm 2023" are periods/baselines.
365.000 lượt: estimate, change 12,3%, share 104,3% and the plan in brackets (target 350.000). "trong đó khách quốc tế khoảng 4.200" is
part of it and continues the "ước" clause (estimate). "chiếm 40% tổng lượt khách" names no number: no total for 146.000.
"Trong đó có 9 khách sạn (312 phòng), …" after a sentence break: establishments parts of 168 cơ sở, rooms parts of 1.524 phòng (sums check).
"tăng 21 cơ sở" is the change of 168 cơ sở lưu trú. Season occupancy ranges: periods inherited from "Năm 2024" (unscored).
"tăng bình quân 14,5%/năm" is a growth rate as the claim (percent, no change). Revised after the first run: status actual, not estimate —
the clause after ";" has its own subject and verb ("số phòng lưu trú tăng"), so the "ước đạt" cue of the 620 tỷ clause does not govern it
(FIGURES.md: a cue governs its own clause and the clauses that continue it, not a figure with its own verb).
Section II: "Phấn đấu" governs the whole sentence (targets); "ít nhất 01 khách sạn" is at_least, not a part of 1.700 phòng (other unit).
"""

emit(5, COMMENTS, TEXT, FIGS, published="2024-12-18", location="Lý Sơn")
