"""p1082-3: formal report, UBND tỉnh Bạc Liêu, shrimp insurance 2023, flattened | table by district."""
from lib import F, build, period, inherit, change, target

TEXT = """UBND TỈNH BẠC LIÊU
Số: 285/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bạc Liêu, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ bảo hiểm nông nghiệp năm 2023

Thực hiện Quyết định số 13/2022/QĐ-TTg ngày 09/5/2022 của Thủ tướng Chính phủ và Kế hoạch số 96/KH-UBND ngày 15/7/2022 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Đối tượng tham gia
Tính đến ngày 30/11/2023, toàn tỉnh có 1.248 hộ nuôi tôm tham gia bảo hiểm với tổng diện tích 1.862,4 ha, đạt 62,1% kế hoạch; trong đó tôm sú 1.405,6 ha, tôm thẻ chân trắng 456,8 ha.
2. Phí bảo hiểm
Năm 2023, tổng phí bảo hiểm là 9.846 triệu đồng, trong đó ngân sách nhà nước hỗ trợ 7.215 triệu đồng (ngân sách trung ương 5.051 triệu đồng, ngân sách tỉnh 2.164 triệu đồng), hộ nuôi đóng 2.631 triệu đồng. Chi tiết theo địa bàn:
Đơn vị tính: triệu đồng
Huyện, thị xã | Tổng phí bảo hiểm | Ngân sách hỗ trợ | Hộ nuôi đóng | Số tiền bồi thường
Đông Hải | 4.120 | 3.018 | 1.102 | 1.365
Hòa Bình | 2.584 | 1.896 | 688 | 742
Giá Rai | 1.973 | 1.452 | 521 | 418
Phước Long | 1.169 | 849 | 320 | 215
Tổng cộng | 9.846 | 7.215 | 2.631 | 2.740
3. Bồi thường
Do dịch bệnh đốm trắng và hoại tử gan tụy cấp, 186 hộ với diện tích 274,5 ha bị thiệt hại đã được bồi thường 2.740 triệu đồng, bằng 27,8% tổng phí bảo hiểm.

II. TỒN TẠI, HẠN CHẾ
Số hộ tham gia mới chiếm khoảng 4% tổng số hộ nuôi tôm toàn tỉnh; mức phí 5,5-6,0% số tiền bảo hiểm còn cao so với thu nhập của hộ nuôi.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu năm 2024 có 2.000 hộ tham gia với diện tích 3.000 ha; dự kiến nhu cầu kinh phí hỗ trợ khoảng 12 tỷ đồng.
"""

ASOF = period("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
M = 1e6
TI = inherit(Y23)

COLS = [("Tổng phí bảo hiểm", "tổng phí bảo hiểm"), ("Ngân sách hỗ trợ", "ngân sách hỗ trợ"),
        ("Hộ nuôi đóng", "hộ nuôi đóng"), ("Số tiền bồi thường", "số tiền bồi thường")]
ROWS = [("Đông Hải", ["4.120", "3.018", "1.102", "1.365"]),
        ("Hòa Bình", ["2.584", "1.896", "688", "742"]),
        ("Giá Rai", ["1.973", "1.452", "521", "418"]),
        ("Phước Long", ["1.169", "849", "320", "215"]),
        ("Tổng cộng", ["9.846", "7.215", "2.631", "2.740"])]


def table_figs():
    out = []
    for place, cells in ROWS:
        prev = place
        for (col, subj), cell in zip(COLS, cells):
            anchor = f"{prev} | {cell}"
            loc = "Bạc Liêu" if place == "Tổng cộng" else place
            s = subj if place != "Tổng cộng" else subj + " tổng cộng"
            out.append(F(anchor, cell, float(cell.replace(".", "")) * M, "money", "đồng", s, location=loc, period=TI))
            prev = cell
    return out


FIGS = [
    F("có 1.248 hộ", "1.248", 1248, "count", "hộ", "hộ nuôi tôm tham gia bảo hiểm", period=ASOF),
    F("diện tích 1.862,4 ha", "1.862,4", 1862.4, "measure", "ha", "diện tích nuôi tôm tham gia bảo hiểm",
      percent=62.1, period=ASOF),
    F("tôm sú 1.405,6 ha", "1.405,6", 1405.6, "measure", "ha", "diện tích tôm sú tham gia bảo hiểm",
      total=1862.4, period=ASOF),
    F("chân trắng 456,8 ha", "456,8", 456.8, "measure", "ha", "diện tích tôm thẻ chân trắng tham gia bảo hiểm",
      total=1862.4, period=ASOF),
    F("là 9.846 triệu đồng", "9.846", 9846 * M, "money", "đồng", "tổng phí bảo hiểm", period=Y23),
    F("hỗ trợ 7.215 triệu đồng", "7.215", 7215 * M, "money", "đồng", "ngân sách nhà nước hỗ trợ phí bảo hiểm",
      total=9846 * M, period=Y23),
    F("trung ương 5.051 triệu đồng", "5.051", 5051 * M, "money", "đồng", "ngân sách trung ương hỗ trợ",
      total=7215 * M, period=Y23),
    F("tỉnh 2.164 triệu đồng", "2.164", 2164 * M, "money", "đồng", "ngân sách tỉnh hỗ trợ",
      total=7215 * M, period=Y23),
    F("đóng 2.631 triệu đồng", "2.631", 2631 * M, "money", "đồng", "phí bảo hiểm hộ nuôi đóng",
      total=9846 * M, period=Y23),
] + table_figs() + [
    F("186 hộ", "186", 186, "count", "hộ", "hộ nuôi tôm bị thiệt hại được bồi thường", period=TI),
    F("diện tích 274,5 ha", "274,5", 274.5, "measure", "ha", "diện tích nuôi tôm bị thiệt hại", period=TI),
    F("bồi thường 2.740 triệu đồng", "2.740", 2740 * M, "money", "đồng", "số tiền bồi thường",
      percent=27.8, period=TI),
    F("khoảng 4%", "4", 4, "percent", "%", "hộ tham gia bảo hiểm trong tổng số hộ nuôi tôm", approx="about"),
    F("mức phí 5,5-6,0%", "5,5", 5.5, "percent", "%", "mức phí bảo hiểm tôm", value_max=6.0),
    F("có 2.000 hộ", "2.000", 2000, "count", "hộ", "hộ tham gia bảo hiểm", status="target", period=Y24),
    F("diện tích 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích tham gia bảo hiểm", status="target", period=Y24),
    F("khoảng 12 tỷ đồng", "12", 12e9, "money", "đồng", "nhu cầu kinh phí hỗ trợ", approx="about",
      status="forecast", period=Y24),
]

build("p1082-3", TEXT, FIGS, published="2023-12-12", location="Bạc Liêu", comments=[
    "Formal report, UBND tỉnh Bạc Liêu (Số: 285/BC-UBND, ngày 12 tháng 12 năm 2023): shrimp insurance 2023, flattened | table.",
    "Table: Đơn vị tính: triệu đồng → cells × 10^6 đồng; subject = column label; place column → location (districts), Tổng cộng row → Bạc Liêu.",
    "Table cells take the period 'Năm 2023' of the sentence above the table (another sentence → inherited). Cells get no totals.",
    "'đạt 62,1% kế hoạch' → percent of 1.862,4 ha. Parts after trong đó → total 1.862,4 ha; bracketed breakdown of 7.215 → total 7.215.",
    "Section 3 figures have no period phrase of their own: the report year is recorded as inherited.",
    "'Phấn đấu năm 2024' → target for hộ and ha; 'dự kiến nhu cầu kinh phí' → forecast, still năm 2024 (same sentence).",
    "Distractors: Số 285/BC-UBND, QĐ 13/2022/QĐ-TTg ngày 09/5/2022, KH 96/KH-UBND ngày 15/7/2022, section numbers I.–III., 1.–3.",
])
