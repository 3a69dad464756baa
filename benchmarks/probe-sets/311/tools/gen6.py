import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import *

TEXT = """ỦY BAN NHÂN DÂN
HUYỆN BA BỂ
Số: 486/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ba Bể, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác bảo vệ rừng, bảo tồn đa dạng sinh học và phát triển du lịch sinh thái năm 2024

Thực hiện Công văn số 2317/SNN-KL ngày 25/11/2024 của Sở Nông nghiệp và Phát triển nông thôn, UBND huyện Ba Bể báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị | Năm 2023 | Ước năm 2024 | So sánh (%)
Diện tích đất có rừng | ha | 56.412 | 56.905 | 100,9
Tỷ lệ che phủ rừng | % | 73,1 | 73,6 | -
Lượt tuần tra, kiểm tra rừng | lượt | 1.148 | 1.302 | 113,4
Số vụ vi phạm lâm luật | vụ | 37 | 29 | 78,4
Khách du lịch đến Ba Bể | nghìn lượt | 152,6 | 186,3 | 122,1
Doanh thu từ du lịch | tỷ đồng | 118,5 | 142,7 | 120,4

2. Công tác bảo tồn
Vườn quốc gia Ba Bể phối hợp với huyện cứu hộ 64 cá thể động vật hoang dã, tái thả 51 cá thể về phân khu bảo vệ nghiêm ngặt, trong đó có 9 cá thể rùa hộp ba vạch thuộc nhóm IB. Diện tích rừng đặc dụng do Vườn quản lý là 10.048 ha, chiếm 17,7% diện tích có rừng của huyện. Huyện đã giao khoán bảo vệ rừng cho 38 cộng đồng thôn, bản và 1.215 hộ gia đình; kinh phí chi trả dịch vụ môi trường rừng khoảng 5,4 tỷ đồng.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Phấn đấu tỷ lệ che phủ rừng đạt 74%; đón từ 200 đến 220 nghìn lượt khách du lịch, doanh thu du lịch đạt trên 160 tỷ đồng; giảm ít nhất 10% số vụ vi phạm lâm luật so với năm 2024.

Nơi nhận:
- Sở NN&PTNT;
- Lưu: VT, NN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Thạch
"""

def y(yr, text, inh=False):
    return Y(yr, text, inh)

Y23 = Y(2023, "Năm 2023")
Y24 = Y(2024, "Ước năm 2024")
Y24i = Y(2024, "năm 2024", inh=True)
Y25i = Y(2025, "NĂM 2025", inh=True)

ROWS = [
    ("Diện tích đất có rừng", "ha", "measure", 1, ["56.412", "56.905", "100,9"]),
    ("Tỷ lệ che phủ rừng", "%", "percent", 1, ["73,1", "73,6", None]),
    ("Lượt tuần tra, kiểm tra rừng", "lượt", "count", 1, ["1.148", "1.302", "113,4"]),
    ("Số vụ vi phạm lâm luật", "vụ", "count", 1, ["37", "29", "78,4"]),
    ("Khách du lịch đến Ba Bể", "lượt", "count", 1e3, ["152,6", "186,3", "122,1"]),
    ("Doanh thu từ du lịch", "đồng", "money", 1e9, ["118,5", "142,7", "120,4"]),
]

FIGS = []
for label, unit, kind, mult, cells in ROWS:
    a23, a24, cmp_ = cells
    v23 = parse_number(a23) * mult
    v24 = parse_number(a24) * mult
    FIGS.append(F(f"{label} | {TEXT.split(label + ' | ')[1].split(' | ')[0]} | {a23} |", a23, v23, kind, unit,
                  f"{label} năm 2023", period=Y23))
    FIGS.append(F(f"| {a23} | {a24} |", a24, v24, kind, unit, f"{label} ước năm 2024", status="estimate", period=Y24))
    if cmp_:
        FIGS.append(F(f"| {cmp_}\n", cmp_, parse_number(cmp_), "percent", None,
                      f"So sánh {label} năm 2024 với năm 2023", period=Y24i))

FIGS += [
    F("cứu hộ 64 cá thể", "64", 64, "count", "cá thể", "động vật hoang dã cứu hộ", period=Y24i),
    F("tái thả 51 cá thể", "51", 51, "count", "cá thể", "cá thể tái thả về phân khu bảo vệ nghiêm ngặt", period=Y24i),
    F("có 9 cá thể", "9", 9, "count", "cá thể", "cá thể rùa hộp ba vạch thuộc nhóm IB", total=51, period=Y24i),
    F("là 10.048 ha", "10.048", 10048, "measure", "ha", "diện tích rừng đặc dụng do Vườn quản lý", percent=17.7, period=Y24i),
    F("cho 38 cộng đồng", "38", 38, "count", "cộng đồng thôn, bản", "cộng đồng thôn, bản được giao khoán bảo vệ rừng", period=Y24i),
    F("và 1.215 hộ", "1.215", 1215, "count", "hộ gia đình", "hộ gia đình được giao khoán bảo vệ rừng", period=Y24i),
    F("khoảng 5,4 tỷ đồng", "5,4", 5.4e9, "money", "đồng", "kinh phí chi trả dịch vụ môi trường rừng", approx="about", period=Y24i),
    F("rừng đạt 74%", "74", 74, "percent", None, "tỷ lệ che phủ rừng", status="target", period=Y25i),
    F("từ 200 đến 220 nghìn", "200", 200e3, "count", "lượt khách du lịch", "lượt khách du lịch", value_max=220e3,
      status="target", period=Y25i),
    F("trên 160 tỷ đồng", "160", 160e9, "money", "đồng", "doanh thu du lịch", approx="over", status="target", period=Y25i),
    F("ít nhất 10%", "10", 10, "percent", None, "giảm số vụ vi phạm lâm luật so với năm 2024", approx="at_least",
      status="target", period=Y25i),
]

COMMENTS = [
    "Formal report with letterhead (UBND huyện Ba Bể, Bắc Kạn, 'Số: 486/BC-UBND'); 'Ba Bể, ngày 18 tháng 12 năm 2024' is its date.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị | Năm 2023 | Ước năm 2024 | So sánh (%). Unit and multiplier from the Đơn vị column ('nghìn lượt' ×10³, 'tỷ đồng' ×10⁹).",
    "Column-header periods are scored (as in shared h23/h24); 'Ước năm 2024' cells are status estimate; 'So sánh (%)' cells are percent figures (period inherited 2024, actual).",
    "'-' is no number. No totals for table cells. Distractors: Số: 486/BC-UBND, Công văn số 2317/SNN-KL ngày 25/11/2024, section numbers I./II./1./2.,",
    "'rùa hộp ba vạch' (species name with a number word), 'nhóm IB', 'Lưu: VT, NN', 'KT. CHỦ TỊCH'.",
    "Section 2 figures inherit 'năm 2024' from the heading 'I. KẾT QUẢ THỰC HIỆN NĂM 2024'. '9 cá thể' after 'trong đó' is part of 51 (the figure the cue follows).",
    "'10.048 ha, chiếm 17,7%' -> percent 17.7. Section II ('NĂM 2025', 'Phấn đấu') targets: 74%, range 200-220 nghìn lượt, trên 160 tỷ, 'giảm ít nhất 10%' (a rate that is the claim).",
    "Location Ba Bể throughout ('Khách du lịch đến Ba Bể' row label names the same place).",
]

if __name__ == "__main__":
    sys.exit(1 if emit(6, TEXT, COMMENTS, FIGS, published="2024-12-18", location="Ba Bể") else 0)
