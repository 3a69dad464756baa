"""p930-3: Nghệ An formal report on the autumn 2023 campaign against bird trapping, flattened | table."""
from lib import F, P, I, Y, C, T, write

TEXT = """
UBND TỈNH NGHỆ AN
Số: 587/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả đợt cao điểm tháo gỡ bẫy bắt chim hoang dã, chim di cư mùa thu năm 2023

Thực hiện Kế hoạch số 615/KH-UBND ngày 28/8/2023 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tuyên truyền
Từ ngày 01/9 đến ngày 30/11/2023, các địa phương tổ chức 146 buổi tuyên truyền với trên 5.200 lượt người tham dự; vận động 318 hộ ký cam kết không săn bắt chim hoang dã.

2. Tuần tra, tháo gỡ bẫy
Trong đợt cao điểm, các lực lượng đã tháo gỡ 18.640 m lưới, thả về tự nhiên 2.935 cá thể chim; xử lý 41 vụ vi phạm, giảm 12 vụ so với cùng kỳ năm 2022, trong đó xử phạt hành chính 38 vụ với số tiền 256 triệu đồng, khởi tố 3 vụ án hình sự.

Kết quả tháo gỡ lưới bẫy chim tại 4 huyện trọng điểm:
Đơn vị tính: m
Địa phương | Tháng 9 | Tháng 10 | Tháng 11 | Cộng
Diễn Châu | 1.250 | 2.430 | 1.640 | 5.320
Quỳnh Lưu | 980 | 1.870 | 1.300 | 4.150
Nghi Lộc | 760 | 1.590 | 1.130 | 3.480
Hưng Nguyên | 450 | 1.020 | 740 | 2.210
Tổng cộng | 3.440 | 6.910 | 4.810 | 15.160

3. Cứu hộ chim
Trung tâm Cứu hộ, bảo tồn và phát triển sinh vật tiếp nhận 64 cá thể chim bị thương, trong đó 51 cá thể đã được tái thả.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% xã ven biển, ven sông có chim di cư được tuần tra định kỳ; dự kiến kinh phí khoảng 1,5 tỷ đồng.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NN.
"""

CAMP = P("Từ ngày 01/9 đến ngày 30/11/2023", "2023-09-01", "2023-11-30")
M = {9: P("Tháng 9", "2023-09-01", "2023-09-30"), 10: P("Tháng 10", "2023-10-01", "2023-10-31"),
     11: P("Tháng 11", "2023-11-01", "2023-11-30")}
S = "lưới bẫy chim tháo gỡ"
ROWS = [("Diễn Châu", ["1.250", "2.430", "1.640", "5.320"]),
        ("Quỳnh Lưu", ["980", "1.870", "1.300", "4.150"]),
        ("Nghi Lộc", ["760", "1.590", "1.130", "3.480"]),
        ("Hưng Nguyên", ["450", "1.020", "740", "2.210"]),
        ("Tổng cộng", ["3.440", "6.910", "4.810", "15.160"])]


def num(s):
    return float(s.replace(".", ""))


TABLE = []
for place, cells in ROWS:
    line = place + " | " + " | ".join(cells)
    loc = None if place == "Tổng cộng" else place
    for i, c in enumerate(cells):
        # anchor: the cell with its left neighbour (unique in the article)
        left = place if i == 0 else cells[i - 1]
        anchor = f"{left} | {c}"
        if i < 3:
            subj, per = (S if loc else f"tổng cộng {S} tại 4 huyện trọng điểm"), M[9 + i]
        else:
            subj, per = (f"{S} cộng" if loc else f"tổng cộng {S} tại 4 huyện trọng điểm"), I(CAMP)
        TABLE.append(F(anchor, c, num(c), "measure", "m", subj, per, location=loc))

FIGS = [
    F("tổ chức 146 buổi", "146", 146, "count", "buổi", "buổi tuyên truyền", CAMP),
    F("trên 5.200 lượt", "5.200", 5200, "count", "lượt người", "lượt người tham dự tuyên truyền", CAMP, approx="over"),
    F("vận động 318 hộ", "318", 318, "count", "hộ", "hộ ký cam kết không săn bắt chim hoang dã", CAMP),
    F("gỡ 18.640 m", "18.640", 18640, "measure", "m", "lưới tháo gỡ", I(CAMP)),
    F("tự nhiên 2.935 cá thể", "2.935", 2935, "count", "cá thể", "chim thả về tự nhiên", I(CAMP)),
    F("xử lý 41 vụ", "41", 41, "count", "vụ", "vụ vi phạm xử lý", I(CAMP),
      change=C("decrease", 12, "vụ", "cùng kỳ năm 2022")),
    F("hành chính 38 vụ", "38", 38, "count", "vụ", "vụ xử phạt hành chính", I(CAMP), total=41),
    F("tiền 256 triệu đồng", "256", 256000000, "money", "đồng", "tiền xử phạt hành chính", I(CAMP)),
    F("khởi tố 3 vụ án", "3", 3, "count", "vụ án", "vụ án hình sự khởi tố", I(CAMP), total=41),
    F("tại 4 huyện trọng điểm", "4", 4, "count", "huyện", "huyện trọng điểm", optional=True),
] + TABLE + [
    F("tiếp nhận 64 cá thể", "64", 64, "count", "cá thể", "chim bị thương được tiếp nhận cứu hộ"),
    F("trong đó 51 cá thể", "51", 51, "count", "cá thể", "chim được tái thả", total=64),
    F("Phấn đấu 100% xã", "100", 100, "percent", "%", "xã ven biển, ven sông có chim di cư được tuần tra định kỳ",
      Y(2024, "NĂM 2024", inherited=True), status="target"),
    F("khoảng 1,5 tỷ đồng", "1,5", 1500000000, "money", "đồng", "kinh phí thực hiện",
      Y(2024, "NĂM 2024", inherited=True), approx="about", status="forecast"),
]

NOTES = [
    "Nghệ An formal report (Số: 587/BC-UBND, 15/12/2023): autumn 2023 campaign against bird trapping; flattened '|' table of nets removed",
    "by district and month (Đơn vị tính: m). Table cells: subject = the caption indicator, row place = location, month column = period",
    "(year 2023 from the campaign dates, scored); 'Cộng' column and 'Tổng cộng' row get the campaign period (inherited) and no total.",
    "'Tổng cộng' row is the sum of four districts: location left to the article default (Nghệ An). '4 huyện trọng điểm' in the caption is optional.",
    "38 vụ and 3 vụ án follow 'trong đó' after 41 vụ: total 41. Section II heading 'NĂM 2024' gives the period (inherited); 'Phấn đấu' target,",
    "'dự kiến' forecast. Distractors: Số: 587/BC-UBND, Kế hoạch số 615/KH-UBND ngày 28/8/2023, section numbers I., 1.-3., II., dates.",
]

write(3, TEXT, FIGS, NOTES, published="2023-12-15", location="Nghệ An")
