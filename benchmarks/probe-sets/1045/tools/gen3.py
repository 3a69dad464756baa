from lib import P, I, C, T, F, write

TEXT = """UBND TỈNH THÁI BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/BC-UBND
Thái Bình, ngày 12 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án kiểm soát mất cân bằng giới tính khi sinh 9 tháng đầu năm 2024

Thực hiện Quyết định số 468/QĐ-TTg ngày 23/3/2016 của Thủ tướng Chính phủ, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Công tác truyền thông
Tổ chức 312 buổi truyền thông tại cộng đồng với trên 15.600 lượt người tham dự; phát sóng 48 tin, bài trên Đài Phát thanh và Truyền hình tỉnh.
2. Công tác thanh tra, kiểm tra
Kiểm tra 65 cơ sở cung cấp dịch vụ siêu âm, phá thai, đạt 108,3% kế hoạch; phát hiện 2 cơ sở vi phạm, xử phạt 30 triệu đồng.
3. Kết quả chủ yếu
9 tháng đầu năm 2024, toàn tỉnh có 15.236 trẻ sinh ra; tỷ số giới tính khi sinh là 113,9 bé trai/100 bé gái, giảm 0,7 điểm so với cùng kỳ năm 2023. Tỷ lệ sàng lọc trước sinh đạt 82,6%, sàng lọc sơ sinh đạt 91,3%.
Số trẻ sinh tại 4 huyện trọng điểm 9 tháng đầu năm 2024:
Đơn vị tính: trẻ
Đơn vị | Tổng số trẻ sinh | Bé trai | Bé gái | Tỷ số GTKS (bé trai/100 bé gái)
Huyện Quỳnh Phụ | 2.106 | 1.130 | 976 | 115,8
Huyện Hưng Hà | 1.975 | 1.064 | 911 | 116,8
Huyện Vũ Thư | 1.538 | 818 | 720 | 113,6
Huyện Kiến Xương | 1.842 | 973 | 869 | 112,0
Tổng cộng | 7.461 | 3.985 | 3.476 | 114,6

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 tỷ số giới tính khi sinh dưới 114 bé trai/100 bé gái; dự kiến kinh phí thực hiện Đề án trong quý IV khoảng 1,2 tỷ đồng.

Nơi nhận:
- Bộ Y tế;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT.
"""

SRB = "bé trai/100 bé gái"
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("Tổ chức 312 buổi", "312", 312, "count", "buổi truyền thông", "buổi truyền thông tại cộng đồng", I(M9)),
    F("trên 15.600 lượt", "15.600", 15600, "count", "lượt người", "lượt người tham dự", I(M9), approx="over"),
    F("phát sóng 48 tin", "48", 48, "count", "tin, bài", "tin, bài phát sóng trên Đài Phát thanh và Truyền hình tỉnh", I(M9)),
    F("Kiểm tra 65 cơ sở", "65", 65, "count", "cơ sở", "cơ sở cung cấp dịch vụ siêu âm, phá thai được kiểm tra", I(M9),
      percent=108.3),
    F("phát hiện 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở vi phạm", I(M9)),
    F("xử phạt 30 triệu đồng", "30", 30e6, "money", "đồng", "tiền xử phạt", I(M9)),
    F("có 15.236 trẻ", "15.236", 15236, "count", "trẻ", "trẻ sinh ra", M9),
    F("là 113,9 bé trai", "113,9", 113.9, "measure", SRB, "tỷ số giới tính khi sinh", M9,
      change=C("-", 0.7, "điểm", "cùng kỳ năm 2023")),
    F("đạt 82,6%", "82,6", 82.6, "percent", "%", "tỷ lệ sàng lọc trước sinh", I(M9)),
    F("đạt 91,3%", "91,3", 91.3, "percent", "%", "tỷ lệ sàng lọc sơ sinh", I(M9)),
    F("tại 4 huyện trọng điểm", "4", 4, "count", "huyện", "huyện trọng điểm", optional=True),
]

ROWS = [("Quỳnh Phụ", "Huyện Quỳnh Phụ | ", ["2.106", "1.130", "976", "115,8"]),
        ("Hưng Hà", "Huyện Hưng Hà | ", ["1.975", "1.064", "911", "116,8"]),
        ("Vũ Thư", "Huyện Vũ Thư | ", ["1.538", "818", "720", "113,6"]),
        ("Kiến Xương", "Huyện Kiến Xương | ", ["1.842", "973", "869", "112,0"]),
        ("Thái Bình", "Tổng cộng | ", ["7.461", "3.985", "3.476", "114,6"])]
COLS = ["tổng số trẻ sinh", "bé trai", "bé gái", "tỷ số GTKS"]
for place, head, cells in ROWS:
    prefix = head
    for j, (num, col) in enumerate(zip(cells, COLS)):
        anchor = prefix + num
        val = float(num.replace(".", "").replace(",", "."))
        subj = col if place != "Thái Bình" else col + " tổng cộng 4 huyện trọng điểm"
        if j == 3:
            FIGS.append(F(anchor, num, val, "measure", SRB, subj, I(M9), location=place))
        else:
            FIGS.append(F(anchor, num, val, "count", "trẻ", subj, I(M9), location=place))
        prefix = num + " | "

FIGS += [
    F("dưới 114 bé trai", "114", 114, "measure", SRB, "tỷ số giới tính khi sinh", Y24, approx="under", status="target"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí thực hiện Đề án", Q4,
      approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Thái Bình số 215/BC-UBND, 12/10/2024: Đề án kiểm soát mất cân bằng giới tính khi sinh, 9 tháng 2024.",
    "Not figures: Số 215/BC-UBND, Quyết định số 468/QĐ-TTg ngày 23/3/2016, section numbers I/II/1/2/3, 'QUÝ IV/2024' heading.",
    "The report's period stands in its title: figures of sections 1-2 and the table inherit '9 tháng đầu năm 2024'.",
    "Flattened table: unit 'trẻ' from 'Đơn vị tính', the ratio column's unit from its header; districts are locations;",
    "the 'Tổng cộng' row (sum of the 4 districts) is located in the province; table cells carry no totals. '4 huyện' optional.",
    "revised: ratio-column cells take the column label as written ('tỷ số GTKS'), as the other columns do (was expanded).",
    "'đạt 108,3% kế hoạch' is the percent of 65 cơ sở. 'dự kiến kinh phí ... quý IV' is a forecast for Q4 2024.",
]

write("p1045-3", TEXT, NOTES, FIGS, published="2024-10-12", location="Thái Bình")
