from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG BÌNH
SỞ Y TẾ
Số: 1842/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Bình, ngày 28 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện công tác phòng, chống tác hại của thuốc lá năm 2023

Thực hiện Công văn số 5127/BYT-DP của Bộ Y tế, Sở Y tế báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác truyền thông
Năm 2023, ngành Y tế phối hợp với các sở, ngành và 8 huyện, thị xã, thành phố tổ chức 548 buổi truyền thông trực tiếp với khoảng 31.200 lượt người tham dự; phát sóng 263 tin, bài trên Báo Quảng Bình, Đài Phát thanh - Truyền hình tỉnh; in và cấp phát 45.000 tờ rơi, 1.800 áp phích. Quỹ Phòng, chống tác hại của thuốc lá hỗ trợ 1,26 tỷ đồng, trong đó dành cho truyền thông 780 triệu đồng.

2. Công tác thanh tra, kiểm tra
Bảng 2. Kết quả thực hiện các chỉ tiêu chính
Chỉ tiêu	Đơn vị tính	Kế hoạch năm 2023	Thực hiện năm 2023	Tỷ lệ so với kế hoạch (%)
Cơ sở được kiểm tra	cơ sở	1.200	1.356	113,0
Cơ sở vi phạm bị xử phạt	cơ sở	-	187	-
Tiền phạt vi phạm hành chính	triệu đồng	350	412,5	117,9
Buổi truyền thông trực tiếp	buổi	500	548	109,6

Các hành vi vi phạm chủ yếu là hút thuốc lá tại địa điểm có quy định cấm (chiếm 62,6%) và không treo biển báo cấm hút thuốc lá (chiếm 24,1%).

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu kiểm tra tối thiểu 1.400 cơ sở; 100% cơ sở y tế, trường học treo biển cấm hút thuốc lá; tỷ lệ người lao động hút thuốc tại nơi làm việc giảm xuống dưới 20%.

Nơi nhận:
- Bộ Y tế (b/c);
- UBND tỉnh (b/c);
- Lưu: VT, NVY.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Thị Hoa
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
KH = P("năm 2023", "2023-01-01", "2023-12-31")   # from the column header 'Kế hoạch năm 2023' / 'Thực hiện năm 2023'
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)

FIGS = [
    F("và 8 huyện", "8", 8, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố phối hợp", Y, optional=True),
    F("tổ chức 548 buổi", "548", 548, "count", "buổi", "buổi truyền thông trực tiếp", Y),
    F("khoảng 31.200 lượt người", "31.200", 31200, "count", "lượt người", "lượt người tham dự", Y, approx="about"),
    F("phát sóng 263 tin", "263", 263, "count", "tin, bài", "tin, bài phát sóng", Y),
    F("45.000 tờ rơi", "45.000", 45000, "count", "tờ rơi", "tờ rơi in và cấp phát", Y),
    F("1.800 áp phích", "1.800", 1800, "count", "áp phích", "áp phích in và cấp phát", Y),
    F("hỗ trợ 1,26 tỷ đồng", "1,26", 1.26e9, "money", "đồng", "Quỹ Phòng, chống tác hại của thuốc lá hỗ trợ", I(Y)),
    F("truyền thông 780 triệu đồng", "780", 780e6, "money", "đồng", "kinh phí Quỹ hỗ trợ dành cho truyền thông", I(Y),
      total=1.26e9),
    # tab-flattened table
    F("cơ sở\t1.200\t", "1.200", 1200, "count", "cơ sở", "Cơ sở được kiểm tra kế hoạch năm 2023", KH, status="target"),
    F("1.200\t1.356\t", "1.356", 1356, "count", "cơ sở", "Cơ sở được kiểm tra thực hiện năm 2023", KH),
    F("1.356\t113,0", "113,0", 113.0, "percent", "%", "Tỷ lệ so với kế hoạch cơ sở được kiểm tra", I(Y)),
    F("-\t187\t", "187", 187, "count", "cơ sở", "Cơ sở vi phạm bị xử phạt thực hiện năm 2023", KH),
    F("triệu đồng\t350\t", "350", 350e6, "money", "đồng", "Tiền phạt vi phạm hành chính kế hoạch năm 2023", KH, status="target"),
    F("350\t412,5\t", "412,5", 412.5e6, "money", "đồng", "Tiền phạt vi phạm hành chính thực hiện năm 2023", KH),
    F("412,5\t117,9", "117,9", 117.9, "percent", "%", "Tỷ lệ so với kế hoạch tiền phạt vi phạm hành chính", I(Y)),
    F("buổi\t500\t", "500", 500, "count", "buổi", "Buổi truyền thông trực tiếp kế hoạch năm 2023", KH, status="target"),
    F("500\t548\t", "548", 548, "count", "buổi", "Buổi truyền thông trực tiếp thực hiện năm 2023", KH),
    F("548\t109,6", "109,6", 109.6, "percent", "%", "Tỷ lệ so với kế hoạch buổi truyền thông trực tiếp", I(Y)),
    F("(chiếm 62,6%)", "62,6", 62.6, "percent", "%", "hành vi vi phạm hút thuốc lá tại địa điểm có quy định cấm", I(Y)),
    F("(chiếm 24,1%)", "24,1", 24.1, "percent", "%", "hành vi vi phạm không treo biển báo cấm hút thuốc lá", I(Y)),
    F("tối thiểu 1.400 cơ sở", "1.400", 1400, "count", "cơ sở", "cơ sở được kiểm tra", Y24,
      approx="at_least", status="target"),
    F("sở; 100% cơ sở", "100", 100, "percent", "%", "cơ sở y tế, trường học treo biển cấm hút thuốc lá", Y24, status="target"),
    F("dưới 20%", "20", 20, "percent", "%", "tỷ lệ người lao động hút thuốc tại nơi làm việc", Y24,
      approx="under", status="target"),
]

COMMENTS = [
    "Formal report, Sở Y tế Quảng Bình, letterhead 'Số: 1842/BC-SYT', place-and-date line 28/12/2023: tobacco control results 2023.",
    "Tab-flattened table 'Bảng 2' (Chỉ tiêu / Đơn vị tính / Kế hoạch năm 2023 / Thực hiện năm 2023 / Tỷ lệ so với kế hoạch (%)).",
    "Distractors: document numbers 'Số: 1842/BC-SYT', 'Công văn số 5127/BYT-DP', section numbers I./II./1./2., 'Bảng 2', 'Lưu: VT, NVY', signer.",
    "'8 huyện, thị xã, thành phố' (the province's structure, partners of the campaign): optional.",
    "'1,26 tỷ đồng, trong đó … 780 triệu đồng': total 1,26 tỷ.",
    "Table: every numeric cell is a figure; '-' cells are none. Unit from the 'Đơn vị tính' column ('triệu đồng' makes 350 = 350·10⁶ đồng);",
    "Kế hoạch cells are targets, Thực hiện cells actual; period from the column header (scored); the '(%)' column has no year of its own,",
    "so its period is inherited from the text. No totals or targets attached across cells (each cell is its own figure).",
    "'(chiếm 62,6%)' after a category with no count: a percent figure of its own.",
    "Section II 'PHƯƠNG HƯỚNG NĂM 2024' + 'Phấn đấu': targets with inherited period 2024; 'tối thiểu' at_least, 'dưới' under.",
]

emit("p349-6", TEXT, COMMENTS, FIGS, published="2023-12-28", location="Quảng Bình")
