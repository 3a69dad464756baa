"""p551-3: UBND tỉnh Bắc Ninh formal report — tai nạn lao động 6 tháng đầu năm 2024, flattened `|` table, thanh tra, phương hướng."""
from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Ninh, ngày 15 tháng 7 năm 2024

BÁO CÁO
Tình hình tai nạn lao động và công tác an toàn, vệ sinh lao động 6 tháng đầu năm 2024

Thực hiện Công văn số 2156/LĐTBXH-ATLĐ ngày 10/6/2024 của Bộ Lao động – Thương binh và Xã hội, UBND tỉnh Bắc Ninh báo cáo như sau:

I. TÌNH HÌNH TAI NẠN LAO ĐỘNG
1. Khu vực có quan hệ lao động
Bảng 1. Một số chỉ tiêu về tai nạn lao động
Chỉ tiêu | Đơn vị | 6 tháng 2023 | 6 tháng 2024 | So sánh (%)
Số vụ tai nạn lao động | vụ | 118 | 104 | 88,1
Số vụ có người chết | vụ | 9 | 10 | 111,1
Số người bị nạn | người | 123 | 109 | 88,6
Số người chết | người | 9 | 11 | 122,2
Số người bị thương nặng | người | 27 | 22 | 81,5
Chi phí do tai nạn lao động | triệu đồng | 4.860 | 5.215 | 107,3
Các vụ tai nạn lao động chết người xảy ra chủ yếu tại các khu công nghiệp Yên Phong, Quế Võ, VSIP Bắc Ninh. Nguyên nhân do người sử dụng lao động chiếm 46% tổng số vụ.

2. Khu vực không có quan hệ lao động
6 tháng đầu năm 2024 xảy ra 17 vụ tai nạn lao động, làm 6 người chết, tăng 2 vụ so với cùng kỳ.

II. CÔNG TÁC THANH TRA, KIỂM TRA
Thanh tra Sở Lao động – Thương binh và Xã hội đã tiến hành 3 cuộc thanh tra tại 58 doanh nghiệp, phát hiện 412 thiếu sót, vi phạm; ban hành 19 quyết định xử phạt vi phạm hành chính với tổng số tiền 845,5 triệu đồng. Đã phối hợp huấn luyện cho 1.960 người làm công tác an toàn, vệ sinh lao động.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2024
Phấn đấu thanh tra, kiểm tra tối thiểu 70 doanh nghiệp; giảm từ 5 đến 7% số vụ tai nạn lao động chết người so với năm 2023.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
"""

H23 = P("6 tháng 2023", "2023-01-01", "2023-06-30")
H24 = P("6 tháng 2024", "2024-01-01", "2024-06-30")
H24t = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
H24s = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31", inh=True)

ROWS = [
    # label, unit label, kind, unit, multiplier, 2023, 2024, ratio, anchors (2023, 2024, ratio)
    ("Số vụ tai nạn lao động", "vụ", "count", "vụ", 1, "118", "104", "88,1",
     ("| 118 |", "| 104 |", "| 88,1")),
    ("Số vụ có người chết", "vụ", "count", "vụ", 1, "9", "10", "111,1",
     ("chết | vụ | 9 |", "| 10 |", "| 111,1")),
    ("Số người bị nạn", "người", "count", "người", 1, "123", "109", "88,6",
     ("| 123 |", "| 109 |", "| 88,6")),
    ("Số người chết", "người", "count", "người", 1, "9", "11", "122,2",
     ("chết | người | 9 |", "| 11 |", "| 122,2")),
    ("Số người bị thương nặng", "người", "count", "người", 1, "27", "22", "81,5",
     ("| 27 |", "| 22 |", "| 81,5")),
    ("Chi phí do tai nạn lao động", "triệu đồng", "money", "đồng", 1e6, "4.860", "5.215", "107,3",
     ("| 4.860 |", "| 5.215 |", "| 107,3")),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = []
for label, _u, kind, unit, mult, a, b, r, (aa, ab, ar) in ROWS:
    FIGS.append(F(aa, a, num(a) * mult, kind, unit, f"{label} 6 tháng 2023", H23))
    FIGS.append(F(ab, b, num(b) * mult, kind, unit, f"{label} 6 tháng 2024", H24))
    FIGS.append(F(ar, r, num(r), "percent", "%", f"{label} so sánh 6 tháng 2024 với 6 tháng 2023", H24t))

FIGS += [
    F("chiếm 46%", "46", 46, "percent", "%", "nguyên nhân do người sử dụng lao động trong tổng số vụ",
      H24t),
    F("xảy ra 17 vụ", "17", 17, "count", "vụ", "vụ tai nạn lao động", H24s,
      change=CH("increase", 2, "vụ", "cùng kỳ")),
    F("làm 6 người chết", "6", 6, "count", "người", "người chết", H24s),
    F("tiến hành 3 cuộc", "3", 3, "count", "cuộc", "cuộc thanh tra", H24t),
    F("tại 58 doanh nghiệp", "58", 58, "count", "doanh nghiệp", "doanh nghiệp được thanh tra", H24t),
    F("phát hiện 412 thiếu sót", "412", 412, "count", "thiếu sót, vi phạm", "thiếu sót, vi phạm phát hiện qua thanh tra", H24t),
    F("ban hành 19 quyết định", "19", 19, "count", "quyết định", "quyết định xử phạt vi phạm hành chính", H24t),
    F("tiền 845,5 triệu đồng", "845,5", 845.5e6, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", H24t),
    F("cho 1.960 người", "1.960", 1960, "count", "người", "người làm công tác an toàn, vệ sinh lao động được huấn luyện", H24t),
    F("tối thiểu 70 doanh nghiệp", "70", 70, "count", "doanh nghiệp", "doanh nghiệp được thanh tra, kiểm tra", H2,
      approx="at_least", status="target"),
    F("từ 5 đến 7%", "5", 5, "percent", "%", "giảm số vụ tai nạn lao động chết người so với năm 2023", H2,
      value_max=7, status="target"),
]

COMMENTS = [
    "Formal report under a letterhead (UBND tỉnh Bắc Ninh, Số: 214/BC-UBND, place-and-date line 15/7/2024): tai nạn lao động 6 tháng",
    "đầu năm 2024 with a flattened `|` table (Chỉ tiêu | Đơn vị | 6 tháng 2023 | 6 tháng 2024 | So sánh (%)), khu vực không có QHLĐ,",
    "thanh tra, phương hướng. Table: every numeric cell is a figure; unit from the `Đơn vị` column (`triệu đồng` -> money ×10^6),",
    "periods from the column headers (scored); the `So sánh (%)` column is a percent figure per row, period from the title (inherited).",
    "Section II/III figures take the title's / heading's period (inherited). `Phấn đấu` -> target (70 doanh nghiệp, 5-7%).",
    "Distractors: Số: 214/BC-UBND, Công văn số 2156/LĐTBXH-ATLĐ ngày 10/6/2024, Bảng 1, I./II./III., 1./2., the date line.",
    "revised after first scoring: subjects of 46%, 17 vụ, 6 người cut back to the sentence's own words (section heading `2. Khu vực không có quan hệ lao động` is not the sentence; FIGURES.md `as the sentence names it`, shared h14).",
]

if __name__ == "__main__":
    emit("p551-3", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Bắc Ninh")
