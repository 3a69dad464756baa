"""p685-3: UBND tỉnh Quảng Ngãi formal report — BT, HT, TĐC 9 tháng năm 2024, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Quảng Ngãi, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả công tác bồi thường, hỗ trợ, tái định cư các dự án trọng điểm 9 tháng năm 2024

Thực hiện Công văn số 5124/BGTVT-CQLXD của Bộ Giao thông vận tải, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Trong 9 tháng năm 2024, toàn tỉnh đã thu hồi 412,8 ha đất để thực hiện 46 dự án, tăng 7 dự án so với cùng kỳ năm 2023; phê duyệt phương án bồi thường với tổng kinh phí 1.126,4 tỷ đồng, trong đó ngân sách Trung ương 684,2 tỷ đồng, ngân sách tỉnh 442,2 tỷ đồng. Đã chi trả 1.018,7 tỷ đồng, đạt 90,4%.

2. Kết quả tại các dự án trọng điểm (tính đến ngày 30/9/2024)
TT | Dự án | Diện tích cần thu hồi (ha) | Đã bàn giao (ha) | Tỷ lệ (%) | Số hộ bị ảnh hưởng (hộ)
1 | Cao tốc Quảng Ngãi - Hoài Nhơn | 318,6 | 316,9 | 99,5 | 2.104
2 | Đường ven biển Dung Quất - Sa Huỳnh, giai đoạn II | 96,4 | 81,3 | 84,3 | 735
3 | Cầu Trà Khúc 3 | 5,8 | 3,1 | 53,4 | 147

3. Công tác tái định cư
Toàn tỉnh đã bố trí 386 lô đất tái định cư cho 352 hộ; còn 64 hộ chưa được bố trí do 2 khu tái định cư chưa hoàn thành hạ tầng.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến ngày 31/12/2024 bàn giao 100% mặt bằng dự án cao tốc Quảng Ngãi - Hoài Nhơn và tối thiểu 95% mặt bằng dự án đường ven biển; hoàn thành chi trả khoảng 107,7 tỷ đồng còn lại.

Nơi nhận:
- Bộ Giao thông vận tải;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Phước Hiền
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
TAB = P("tính đến ngày 30/9/2024", end="2024-09-30", inh=True)
END = P("đến ngày 31/12/2024", end="2024-12-31")

ROWS = [
    ("Cao tốc Quảng Ngãi - Hoài Nhơn", "Hoài Nhơn | 318,6", "318,6", "| 316,9", "316,9", "| 99,5", "99,5", "| 2.104", "2.104"),
    ("Đường ven biển Dung Quất - Sa Huỳnh, giai đoạn II", "II | 96,4", "96,4", "| 81,3", "81,3", "| 84,3", "84,3", "| 735", "735"),
    ("Cầu Trà Khúc 3", "3 | 5,8", "5,8", "| 3,1", "3,1", "| 53,4", "53,4", "| 147", "147"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("thu hồi 412,8 ha", "412,8", 412.8, "measure", "ha", "diện tích đất thu hồi", M9),
    F("thực hiện 46 dự án", "46", 46, "count", "dự án", "dự án thu hồi đất", M9,
      change=CH("increase", 7, "dự án", baseline="cùng kỳ năm 2023")),
    F("kinh phí 1.126,4 tỷ đồng", "1.126,4", 1126.4e9, "money", "đồng",
      "tổng kinh phí phương án bồi thường được phê duyệt", M9),
    F("Trung ương 684,2 tỷ đồng", "684,2", 684.2e9, "money", "đồng", "kinh phí bồi thường từ ngân sách Trung ương", M9,
      total=1126.4e9),
    F("tỉnh 442,2 tỷ đồng", "442,2", 442.2e9, "money", "đồng", "kinh phí bồi thường từ ngân sách tỉnh", M9,
      total=1126.4e9),
    F("chi trả 1.018,7 tỷ đồng", "1.018,7", 1018.7e9, "money", "đồng", "kinh phí bồi thường đã chi trả", I(M9),
      percent=90.4),
]
for name, a1, n1, a2, n2, a3, n3, a4, n4 in ROWS:
    FIGS += [
        F(a1, n1, num(n1), "measure", "ha", f"{name} diện tích cần thu hồi", TAB),
        F(a2, n2, num(n2), "measure", "ha", f"{name} diện tích đã bàn giao", TAB),
        F(a3, n3, num(n3), "percent", "%", f"{name} tỷ lệ diện tích đã bàn giao", TAB),
        F(a4, n4, num(n4), "count", "hộ", f"{name} số hộ bị ảnh hưởng", TAB),
    ]
FIGS += [
    F("bố trí 386 lô", "386", 386, "count", "lô", "lô đất tái định cư đã bố trí"),
    F("cho 352 hộ", "352", 352, "count", "hộ", "hộ đã được bố trí đất tái định cư"),
    F("còn 64 hộ", "64", 64, "count", "hộ", "hộ chưa được bố trí tái định cư"),
    F("do 2 khu", "2", 2, "count", "khu", "khu tái định cư chưa hoàn thành hạ tầng"),
    F("bàn giao 100% mặt bằng", "100", 100, "percent", "%", "mặt bằng dự án cao tốc Quảng Ngãi - Hoài Nhơn bàn giao",
      END, status="target"),
    F("tối thiểu 95%", "95", 95, "percent", "%", "mặt bằng dự án đường ven biển bàn giao", END,
      approx="at_least", status="target"),
    F("khoảng 107,7 tỷ đồng", "107,7", 107.7e9, "money", "đồng", "kinh phí bồi thường còn lại hoàn thành chi trả", END,
      approx="about", status="target"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Quảng Ngãi, Số: 318/BC-UBND, 'Quảng Ngãi, ngày 08 tháng 10 năm 2024' (published).",
    "Distractors: Số 318/BC-UBND, Công văn số 5124/BGTVT-CQLXD, section numbers I./1./2./3./II., table row numbers 1-3,",
    "'giai đoạn II', 'Cầu Trà Khúc 3' (name), 'quý IV/2024' heading, 'tính đến ngày 30/9/2024' heading.",
    "Flattened | table: every numeric cell is a figure; units from the column headers; subject = row label + column label;",
    "period from the section heading (as-of 30/9/2024) marked inherited. 'trong đó ngân sách …' parts total 1.126,4 tỷ.",
    "'tăng 7 dự án so với cùng kỳ năm 2023' is the change of 46 dự án. 'Phấn đấu đến ngày 31/12/2024' → target, as-of end.",
]

emit("p685-3", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Quảng Ngãi")
