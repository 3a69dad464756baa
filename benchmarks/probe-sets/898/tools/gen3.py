"""p898-3: formal report under a letterhead (UBND tỉnh Đồng Nai) with a flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐỒNG NAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Đồng Nai, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác bảo tồn voi 9 tháng đầu năm 2024 và nhiệm vụ quý IV/2024

I. TÌNH HÌNH QUẦN THỂ VOI VÀ XUNG ĐỘT NGƯỜI - VOI
1. Qua theo dõi bằng 48 bẫy ảnh, quần thể voi hoang dã tại Khu Bảo tồn thiên nhiên - văn hóa Đồng Nai và Vườn quốc gia Cát Tiên ước khoảng 24 cá thể, trong đó có 4 voi con dưới 5 tuổi.
2. 9 tháng đầu năm 2024, trên địa bàn tỉnh ghi nhận 57 vụ voi rừng xâm nhập khu dân cư, rẫy của người dân, giảm 12 vụ so với cùng kỳ năm 2023; thiệt hại khoảng 35,4 ha cây trồng, giá trị thiệt hại ước gần 1,9 tỷ đồng. Số vụ theo địa phương như sau:

Đơn vị tính: vụ
Địa phương | Quý I/2024 | Quý II/2024 | Quý III/2024 | Cộng 9 tháng
Huyện Vĩnh Cửu | 9 | 12 | 8 | 29
Huyện Tân Phú | 5 | 7 | 4 | 16
Huyện Định Quán | 3 | 6 | 3 | 12
Tổng cộng | 17 | 25 | 15 | 57

II. KẾT QUẢ THỰC HIỆN
1. Tổ chức 126 đợt tuần tra với 1.040 lượt người tham gia; tháo gỡ 312 bẫy thú các loại.
2. Hoàn thành 12,8/15 km hàng rào điện theo kế hoạch, đạt 85,3%.
3. Chi hỗ trợ thiệt hại cho 138 hộ với tổng số tiền 642 triệu đồng; riêng 5 hộ có nhà bị voi phá hỏng được hỗ trợ 20 triệu đồng/hộ.

III. NHIỆM VỤ QUÝ IV/2024
Dự kiến hoàn thành 2,2 km hàng rào điện còn lại; mở 3 lớp tập huấn kỹ năng ứng phó với voi cho khoảng 150 người dân vùng đệm. Phấn đấu cả năm 2024 không để xảy ra thiệt hại về người do voi gây ra.

Nơi nhận:
- Bộ NN&PTNT (b/c);
- Lưu: VT, KTN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q2 = P("Quý II/2024", "2024-04-01", "2024-06-30")
Q3 = P("Quý III/2024", "2024-07-01", "2024-09-30")
C9 = P("Cộng 9 tháng", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
SUBJ = "vụ voi rừng xâm nhập khu dân cư, rẫy"

table = []
rows = [
    ("Vĩnh Cửu", ["Vĩnh Cửu | 9", "| 12 | 8", "| 8 | 29", "| 29\n"], ["9", "12", "8", "29"]),
    ("Tân Phú", ["Tân Phú | 5", "| 5 | 7", "| 4 | 16", "| 16\n"], ["5", "7", "4", "16"]),
    ("Định Quán", ["Định Quán | 3", "| 6 | 3", "| 3 | 12", "| 12\n"], ["3", "6", "3", "12"]),
    ("Đồng Nai", ["Tổng cộng | 17", "| 17 | 25", "| 15 | 57", "| 57\n"], ["17", "25", "15", "57"]),
]
for place, anchors, nums in rows:
    for anchor, num, per in zip(anchors, nums, (Q1, Q2, Q3, C9)):
        table.append(F(anchor, num, int(num), "count", "vụ", SUBJ, per, location=place))

FIGS = [
    F("bằng 48 bẫy ảnh", "48", 48, "count", "bẫy ảnh", "bẫy ảnh theo dõi voi"),
    F("ước khoảng 24 cá thể", "24", 24, "count", "cá thể", "quần thể voi hoang dã",
      approx="about", status="estimate"),
    F("có 4 voi con", "4", 4, "count", "voi con", "voi con dưới 5 tuổi", total=24, status="estimate"),
    F("dưới 5 tuổi", "5", 5, "measure", "tuổi", "tuổi voi con", approx="under", optional=True),
    F("ghi nhận 57 vụ", "57", 57, "count", "vụ", SUBJ, M9,
      change=C("decrease", 12, "vụ", "cùng kỳ năm 2023")),
    F("khoảng 35,4 ha", "35,4", 35.4, "measure", "ha", "diện tích cây trồng bị thiệt hại", M9, approx="about"),
    F("ước gần 1,9 tỷ đồng", "1,9", 1_900_000_000, "money", "đồng", "giá trị thiệt hại", M9,
      approx="nearly", status="estimate"),
    *table,
    F("Tổ chức 126 đợt", "126", 126, "count", "đợt", "đợt tuần tra", I(M9)),
    F("1.040 lượt người", "1.040", 1040, "count", "lượt người", "lượt người tham gia tuần tra", I(M9)),
    F("tháo gỡ 312 bẫy", "312", 312, "count", "bẫy thú", "bẫy thú tháo gỡ", I(M9)),
    F("Hoàn thành 12,8/15 km", "12,8", 12.8, "measure", "km", "hàng rào điện hoàn thành", I(M9),
      target=T(15, "km"), percent=85.3),
    F("cho 138 hộ", "138", 138, "count", "hộ", "hộ được chi hỗ trợ thiệt hại", I(M9)),
    F("số tiền 642 triệu đồng", "642", 642_000_000, "money", "đồng", "tiền chi hỗ trợ thiệt hại", I(M9)),
    F("riêng 5 hộ", "5", 5, "count", "hộ", "hộ có nhà bị voi phá hỏng", I(M9)),
    F("hỗ trợ 20 triệu đồng/hộ", "20", 20_000_000, "money", "đồng/hộ",
      "mức hỗ trợ hộ có nhà bị voi phá hỏng", I(M9)),
    F("hoàn thành 2,2 km", "2,2", 2.2, "measure", "km", "hàng rào điện còn lại hoàn thành",
      I(Q4), status="forecast"),
    F("mở 3 lớp", "3", 3, "count", "lớp", "lớp tập huấn kỹ năng ứng phó với voi", I(Q4), status="forecast"),
    F("khoảng 150 người", "150", 150, "count", "người", "người dân vùng đệm được tập huấn",
      I(Q4), approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Đồng Nai số 287/BC-UBND: bảo tồn voi 9 tháng đầu năm 2024; flattened '|' table of incidents by district and quarter.",
    "Not figures: 'Số: 287/BC-UBND', the place-date line, section numbers I.-III. and 1.-3., 'quý IV/2024' in the heading, 'Nơi nhận' lines.",
    "'ước khoảng 24 cá thể, trong đó có 4 voi con': total 24, the estimate cue continues into the 'trong đó' clause. 'dưới 5 tuổi' is a category threshold: optional.",
    "Table: every cell a figure, unit from 'Đơn vị tính: vụ', period from the column header (scored), district row label → location, 'Tổng cộng' row → Đồng Nai; no totals on cells.",
    "'12,8/15 km hàng rào điện theo kế hoạch, đạt 85,3%' → target 15 (plan), percent 85.3. Section III: 'Dự kiến' governs both clauses of the sentence (forecast); period quý IV/2024 from the heading (inherited).",
    "'riêng 5 hộ ...' has no part-of cue in the spec's list: no total (a reader may see 5 as part of the 138).",
]

if __name__ == "__main__":
    write(3, TEXT, NOTES, FIGS, published="2024-10-15", location="Đồng Nai")
