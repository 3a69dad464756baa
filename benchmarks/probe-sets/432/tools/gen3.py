from lib import F, P, ch, emit

TEXT = """TỈNH ĐOÀN ĐẮK LẮK
BCH ĐOÀN HUYỆN KRÔNG PẮC
Số: 86-BC/HĐTN
ĐOÀN TNCS HỒ CHÍ MINH
Krông Pắc, ngày 25 tháng 6 năm 2024

BÁO CÁO
Kết quả công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác tập hợp, phát triển đoàn viên
Tính đến ngày 15/6/2024, toàn huyện có 38 cơ sở Đoàn với 4.926 đoàn viên. Trong 6 tháng đầu năm 2024, các cơ sở Đoàn đã kết nạp 412 đoàn viên mới, đạt 68,7% chỉ tiêu năm (600 đoàn viên); giới thiệu 27 đoàn viên ưu tú cho Đảng xem xét, trong đó 19 đồng chí đã được kết nạp Đảng.

2. Các phong trào tình nguyện
Hưởng ứng Tháng Thanh niên và Chiến dịch tình nguyện Xuân, các cơ sở Đoàn làm mới 21 công trình thanh niên, trị giá 1,36 tỷ đồng; sửa chữa, phát quang 35 km đường giao thông nông thôn; trồng 18.500 cây xanh các loại (kế hoạch 15.000 cây); tổ chức 4 đợt hiến máu với 512 đơn vị máu.

Công tác an sinh xã hội: vận động trao 146 suất học bổng cho học sinh có hoàn cảnh khó khăn với tổng trị giá gần 220 triệu đồng; hỗ trợ xây dựng 3 "Nhà nhân ái" cho đoàn viên nghèo, mỗi căn 50 triệu đồng. Đội hình tình nguyện "Thanh niên xung kích 26/3" xã Ea Kly duy trì hoạt động thường xuyên.

3. Đánh giá chung
Có 8/12 chỉ tiêu đạt và vượt tiến độ (chiếm 66,7%); 4 chỉ tiêu đạt dưới 50% kế hoạch năm, chủ yếu là chỉ tiêu về phát triển đoàn viên và xây dựng cơ sở Đoàn vững mạnh.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
- Phấn đấu kết nạp tối thiểu 200 đoàn viên mới;
- Làm mới 10 công trình thanh niên, trồng thêm từ 5.000 đến 7.000 cây xanh;
- Vận động hiến ít nhất 600 đơn vị máu, phối hợp triển khai Nghị quyết số 05-NQ/HU của Huyện ủy.

Nơi nhận:
- Thường trực Tỉnh đoàn (b/c);
- Thường trực Huyện ủy;
- Lưu: VP.
TM. BAN THƯỜNG VỤ
BÍ THƯ
"""

AS = P("Tính đến ngày 15/6/2024", None, "2024-06-15")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H2i = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inh=True)

FIGS = [
    F("có 38 cơ sở Đoàn", "38", 38, "count", "cơ sở Đoàn", "cơ sở Đoàn", AS),
    F("4.926 đoàn viên", "4.926", 4926, "count", "đoàn viên", "đoàn viên", AS),
    F("kết nạp 412 đoàn viên", "412", 412, "count", "đoàn viên", "đoàn viên mới kết nạp", H1,
      percent=68.7, target={"value": 600, "unit": "đoàn viên", "met": False}),
    F("giới thiệu 27 đoàn viên", "27", 27, "count", "đoàn viên", "đoàn viên ưu tú giới thiệu cho Đảng", H1),
    F("trong đó 19 đồng chí", "19", 19, "count", "đồng chí", "đoàn viên được kết nạp Đảng", H1, total=27),
    F("làm mới 21 công trình", "21", 21, "count", "công trình", "công trình thanh niên làm mới", H1i),
    F("trị giá 1,36 tỷ đồng", "1,36", 1360000000, "money", "đồng", "giá trị công trình thanh niên", H1i),
    F("phát quang 35 km", "35", 35, "measure", "km", "đường giao thông nông thôn sửa chữa, phát quang", H1i),
    F("trồng 18.500 cây", "18.500", 18500, "count", "cây xanh", "cây xanh trồng", H1i,
      target={"value": 15000, "unit": "cây", "met": True}),
    F("tổ chức 4 đợt", "4", 4, "count", "đợt hiến máu", "đợt hiến máu tổ chức", H1i),
    F("với 512 đơn vị", "512", 512, "count", "đơn vị máu", "đơn vị máu tiếp nhận", H1i),
    F("trao 146 suất", "146", 146, "count", "suất học bổng", "suất học bổng trao cho học sinh có hoàn cảnh khó khăn", H1i),
    F("gần 220 triệu đồng", "220", 220000000, "money", "đồng", "tổng trị giá học bổng", H1i, approx="nearly"),
    F("xây dựng 3 \"Nhà", "3", 3, "count", "Nhà nhân ái", "Nhà nhân ái hỗ trợ xây dựng cho đoàn viên nghèo", H1i),
    F("mỗi căn 50 triệu", "50", 50000000, "money", "đồng", "hỗ trợ mỗi căn Nhà nhân ái", H1i),
    F("Có 8/12 chỉ tiêu", "8", 8, "count", "chỉ tiêu", "chỉ tiêu đạt và vượt tiến độ", H1i, total=12, percent=66.7),
    F("; 4 chỉ tiêu", "4", 4, "count", "chỉ tiêu", "chỉ tiêu đạt dưới 50% kế hoạch năm", H1i),
    F("đạt dưới 50% kế hoạch", "50", 50, "percent", "%", "mức đạt kế hoạch năm", H1i, approx="under", optional=True),
    F("tối thiểu 200 đoàn viên", "200", 200, "count", "đoàn viên", "đoàn viên mới kết nạp", H2i,
      approx="at_least", status="target"),
    F("Làm mới 10 công trình", "10", 10, "count", "công trình", "công trình thanh niên làm mới", H2i, status="target"),
    F("từ 5.000 đến 7.000 cây", "5.000", 5000, "count", "cây xanh", "cây xanh trồng thêm", H2i,
      value_max=7000, status="target"),
    F("ít nhất 600 đơn vị máu", "600", 600, "count", "đơn vị máu", "đơn vị máu vận động hiến", H2i,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Formal report of a district youth union (letterhead 'Số: 86-BC/HĐTN', place-and-date line 'Krông Pắc, ngày 25 tháng 6 năm 2024' = published).",
    "Location: the district (Krông Pắc) for every figure. Distractors: document number, 'Nghị quyết số 05-NQ/HU', 'Thanh niên xung kích 26/3'",
    "(team name), section numbers 'I.', '1.', '2.', '3.', 'II.', '(b/c)'.",
    "'Tính đến ngày 15/6/2024' gives as-of periods; 'Trong 6 tháng đầu năm 2024' stated in the kết nạp sentence, inherited by the later paragraphs.",
    "'412 đoàn viên mới, đạt 68,7% chỉ tiêu năm (600 đoàn viên)': percent + target (not met). '27 …, trong đó 19 đồng chí': total 27.",
    "'18.500 cây (kế hoạch 15.000 cây)': target met. '8/12 chỉ tiêu … (chiếm 66,7%)': total + percent; '4 chỉ tiêu' has no total (no part-of cue; the 12 is only the denominator of 8/12).",
    "'đạt dưới 50% kế hoạch' is a threshold defining the 4 indicators: optional. Section II targets inherit '6 tháng cuối năm 2024' from the heading.",
]

emit("p432-3", TEXT, COMMENTS, FIGS, published="2024-06-25", location="Krông Pắc")
