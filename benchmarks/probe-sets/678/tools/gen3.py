"""p678-3: UBND tỉnh Quảng Trị formal report - LED conversion 2023, flattened '|' table by locality."""
from lib import *

TEXT = """UBND TỈNH QUẢNG TRỊ
Số: 27/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Quảng Trị, ngày 22 tháng 01 năm 2024

BÁO CÁO
Kết quả chuyển đổi đèn chiếu sáng công cộng sang công nghệ LED năm 2023

Thực hiện Quyết định số 1168/QĐ-UBND ngày 26/5/2021 của UBND tỉnh, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Năm 2023, toàn tỉnh đã thay thế 5.912 bộ đèn LED, đạt 109,5% kế hoạch (kế hoạch 5.400 bộ); lũy kế từ năm 2021 đến hết năm 2023 đạt 14.736 bộ.
2. Kết quả tại các địa phương:
TT | Địa phương | Số bộ đèn thay thế (bộ) | Điện năng tiết kiệm (nghìn kWh) | Kinh phí (triệu đồng)
1 | TP. Đông Hà | 2.140 | 318,6 | 7.490
2 | Thị xã Quảng Trị | 615 | 88,2 | 2.150
3 | Vĩnh Linh | 1.027 | 142,0 | 3.595
4 | Gio Linh | 864 | 121,5 | 3.024
5 | Triệu Phong | 702 | 97,3 | 2.457
6 | Hải Lăng | 564 | 80,4 | 1.974
 | Tổng cộng | 5.912 | 848,0 | 20.690
3. Tổng điện năng tiết kiệm khoảng 848 nghìn kWh, tương đương khoảng 1,68 tỷ đồng (đơn giá bình quân 1.980 đồng/kWh); giảm phát thải khoảng 593 tấn CO2.
4. Lắp đặt mới 48 tủ điều khiển thông minh, nâng tổng số tủ kết nối về Trung tâm điều khiển chiếu sáng của tỉnh lên 131/205 tủ (63,9%).

II. NHIỆM VỤ NĂM 2024
Phấn đấu thay thế 6.000 bộ đèn LED, lắp đặt 60 tủ điều khiển thông minh; dự kiến kinh phí khoảng 22 tỷ đồng từ ngân sách tỉnh và huyện.

Nơi nhận:
- Bộ Xây dựng;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, CN.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Nam
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
C1, C2, C3 = "Số bộ đèn thay thế", "Điện năng tiết kiệm", "Kinh phí"

ROWS = [  # (anchors for the three cells, numbers, location)
    ("Đông Hà | 2.140", "2.140 | 318,6", "318,6 | 7.490", "2.140", "318,6", "7.490", "Đông Hà"),
    ("Quảng Trị | 615", "615 | 88,2", "88,2 | 2.150", "615", "88,2", "2.150", "Quảng Trị"),
    ("Vĩnh Linh | 1.027", "1.027 | 142,0", "142,0 | 3.595", "1.027", "142,0", "3.595", "Vĩnh Linh"),
    ("Gio Linh | 864", "864 | 121,5", "121,5 | 3.024", "864", "121,5", "3.024", "Gio Linh"),
    ("Triệu Phong | 702", "702 | 97,3", "97,3 | 2.457", "702", "97,3", "2.457", "Triệu Phong"),
    ("Hải Lăng | 564", "564 | 80,4", "80,4 | 1.974", "564", "80,4", "1.974", "Hải Lăng"),
    ("Tổng cộng | 5.912", "5.912 | 848,0", "848,0 | 20.690", "5.912", "848,0", "20.690", None),
]

FIGS = [
    fig("thay thế 5.912 bộ", "5.912", 5912, "count", "bộ đèn LED", "bộ đèn LED thay thế", Y23,
        percent=109.5, target=tgt(5400, "bộ")),
    fig("đạt 14.736 bộ", "14.736", 14736, "count", "bộ", "lũy kế bộ đèn LED thay thế",
        per("từ năm 2021 đến hết năm 2023", "2021-01-01", "2023-12-31")),
]
for a1, a2, a3, n1, n2, n3, loc in ROWS:
    pre = "Tổng cộng " if loc is None else ""
    kw = {"location": loc} if loc else {}
    FIGS.append(fig(a1, n1, parse_num(n1), "count", "bộ", pre + C1, inh(Y23), **kw))
    FIGS.append(fig(a2, n2, round(parse_num(n2) * 1000), "measure", "kWh", pre + C2, inh(Y23), **kw))
    FIGS.append(fig(a3, n3, round(parse_num(n3) * 1e6), "money", "đồng", pre + C3, inh(Y23), **kw))

FIGS += [
    fig("khoảng 848 nghìn kWh", "848", 848000, "measure", "kWh", "Tổng điện năng tiết kiệm", inh(Y23), approx="about"),
    fig("khoảng 1,68 tỷ", "1,68", 1680000000, "money", "đồng", "giá trị điện năng tiết kiệm", inh(Y23), approx="about"),
    fig("1.980 đồng/kWh", "1.980", 1980, "money", "đồng/kWh", "đơn giá điện bình quân"),
    fig("khoảng 593 tấn", "593", 593, "measure", "tấn CO2", "phát thải giảm", inh(Y23), approx="about"),
    fig("mới 48 tủ", "48", 48, "count", "tủ", "tủ điều khiển thông minh lắp đặt mới", inh(Y23)),
    fig("131/205 tủ", "131", 131, "count", "tủ", "tủ kết nối về Trung tâm điều khiển chiếu sáng của tỉnh", inh(Y23),
        total=205, percent=63.9),
    fig("thay thế 6.000 bộ", "6.000", 6000, "count", "bộ đèn LED", "bộ đèn LED thay thế", Y24, status="target"),
    fig("60 tủ", "60", 60, "count", "tủ", "tủ điều khiển thông minh lắp đặt", Y24, status="target"),
    fig("khoảng 22 tỷ", "22", 22000000000, "money", "đồng", "kinh phí", Y24, approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report under a letterhead: UBND tỉnh Quảng Trị, 'Số: 27/BC-UBND', 'Quảng Trị, ngày 22 tháng 01 năm 2024'; LED conversion 2023.",
    "Flattened '|' table, units and multipliers in the column headers (bộ; nghìn kWh -> x1000 kWh; triệu đồng -> x10^6 đồng).",
    "Every numeric cell is a figure; row numbers 1-6 are not. Place row labels go to location; 'Tổng cộng' row is the province.",
    "Table cells carry no total (no textual part-of cue); period 'Năm 2023' from item 1 (inherited). 'Thị xã Quảng Trị' -> location 'Quảng Trị'.",
    "'(kế hoạch 5.400 bộ)' after 'đạt 109,5% kế hoạch' is the target of 5.912. Section II heading 'NĂM 2024' is the (inherited) period of the tasks.",
    "Distractors: 'Số: 27/BC-UBND', 'Quyết định số 1168/QĐ-UBND ngày 26/5/2021', section numbers I., II., 1.-4., 'CO2'.",
]

if __name__ == "__main__":
    emit("p678-3", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Quảng Trị")
