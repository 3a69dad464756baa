"""p1085-3: UBND tỉnh Phú Yên formal report, năm 2023, flattened | table."""
from lib import F, P, I, C, build

TEXT = """UBND TỈNH PHÚ YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 286/BC-UBND
Phú Yên, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất năm 2023

Thực hiện Công văn số 5127/BTNMT-ĐĐ của Bộ Tài nguyên và Môi trường, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Cấp Giấy chứng nhận (GCN) lần đầu
Từ đầu năm đến ngày 30/11/2023, toàn tỉnh cấp 2.736 GCN lần đầu với diện tích 1.214,8 ha, đạt 84,8% kế hoạch năm. Kết quả tại các địa phương có khối lượng lớn như sau:
Đơn vị tính: giấy; diện tích: ha
STT | Địa phương | Cấp lần đầu | Cấp đổi, cấp lại | Diện tích cấp lần đầu
1 | TP Tuy Hòa | 412 | 1.986 | 38,4
2 | Thị xã Sông Cầu | 365 | 1.204 | 96,7
3 | Huyện Tuy An | 528 | 1.137 | 214,3
4 | Huyện Sơn Hòa | 603 | 842 | 587,9
 | Cộng | 1.908 | 5.169 | 937,3
Lũy kế đến ngày 30/11/2023, diện tích đã cấp GCN lần đầu là 412.530 ha, đạt 96,4% diện tích cần cấp.
2. Đăng ký biến động, giải quyết hồ sơ
Trong 11 tháng năm 2023, Văn phòng Đăng ký đất đai và các Chi nhánh đã tiếp nhận 38.642 hồ sơ, giải quyết 36.915 hồ sơ, đạt 95,5%; số hồ sơ trễ hạn là 264 hồ sơ, giảm 41% so với năm 2022.

II. TỒN TẠI, HẠN CHẾ
Còn khoảng 2.140 hồ sơ cấp GCN lần đầu tồn đọng từ các năm trước, tập trung tại huyện Sơn Hòa và huyện Tuy An.

III. NHIỆM VỤ NĂM 2024
Phấn đấu cấp 2.500 GCN lần đầu; dự kiến thu ngân sách từ đất đai khoảng 320 tỷ đồng.

Nơi nhận:
- Bộ TN&MT;
- Lưu: VT, KT.
"""

YTD = P("Từ đầu năm đến ngày 30/11/2023", "2023-01-01", "2023-11-30")
T24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cells(row, place, vals, anchors):
    out = []
    cols = [("GCN cấp lần đầu", "count", "giấy", 1),
            ("GCN cấp đổi, cấp lại", "count", "giấy", 1),
            ("diện tích cấp lần đầu", "measure", "ha", 1)]
    for (subj, kind, unit, _), (num, val), anc in zip(cols, vals, anchors):
        out.append(F(anc, num, val, kind, unit, f"{row} {subj}".strip(), I(YTD), location=place))
    return out


FIGS = [
    F("cấp 2.736 GCN", "2.736", 2736, "count", "GCN", "GCN lần đầu đã cấp", YTD, percent=84.8),
    F("diện tích 1.214,8 ha", "1.214,8", 1214.8, "measure", "ha", "diện tích cấp GCN lần đầu", YTD),
]
FIGS += cells("", "Tuy Hòa", [("412", 412), ("1.986", 1986), ("38,4", 38.4)],
              ["| 412 |", "| 1.986 |", "| 38,4"])
FIGS += cells("", "Sông Cầu", [("365", 365), ("1.204", 1204), ("96,7", 96.7)],
              ["| 365 |", "| 1.204 |", "| 96,7"])
FIGS += cells("", "Tuy An", [("528", 528), ("1.137", 1137), ("214,3", 214.3)],
              ["| 528 |", "| 1.137 |", "| 214,3"])
FIGS += cells("", "Sơn Hòa", [("603", 603), ("842", 842), ("587,9", 587.9)],
              ["| 603 |", "| 842 |", "| 587,9"])
FIGS += cells("cộng", "Phú Yên", [("1.908", 1908), ("5.169", 5169), ("937,3", 937.3)],
              ["| 1.908 |", "| 5.169 |", "5.169 | 937,3"])
FIGS += [
    F("là 412.530 ha", "412.530", 412530, "measure", "ha", "diện tích đã cấp GCN lần đầu lũy kế",
      P("Lũy kế đến ngày 30/11/2023", None, "2023-11-30"), percent=96.4),
    F("tiếp nhận 38.642 hồ sơ", "38.642", 38642, "count", "hồ sơ", "hồ sơ đăng ký biến động tiếp nhận",
      P("Trong 11 tháng năm 2023", "2023-01-01", "2023-11-30")),
    F("giải quyết 36.915 hồ sơ", "36.915", 36915, "count", "hồ sơ", "hồ sơ đã giải quyết",
      P("Trong 11 tháng năm 2023", "2023-01-01", "2023-11-30"), percent=95.5),
    F("là 264 hồ sơ", "264", 264, "count", "hồ sơ", "hồ sơ trễ hạn",
      P("Trong 11 tháng năm 2023", "2023-01-01", "2023-11-30"),
      change=C("decrease", 41, "%", "năm 2022")),
    F("khoảng 2.140 hồ sơ", "2.140", 2140, "count", "hồ sơ", "hồ sơ cấp GCN lần đầu tồn đọng từ các năm trước",
      approx="about"),
    F("cấp 2.500 GCN", "2.500", 2500, "count", "GCN", "GCN lần đầu cấp", T24, status="target"),
    F("khoảng 320 tỷ đồng", "320", 320e9, "money", "đồng", "thu ngân sách từ đất đai", T24,
      approx="about", status="forecast"),
]

COMMENTS = [
    "UBND tỉnh Phú Yên, Số: 286/BC-UBND (12/12/2023): báo cáo đăng ký đất đai, cấp GCN năm 2023, with a '|' table by district.",
    "The place-and-date line gives published. 'Số: 286/BC-UBND', 'Công văn số 5127/BTNMT-ĐĐ', section numbers I.-III., 1.-2.,",
    "and the STT column 1-4 are not figures. Table cells: subject = column label (the row label is a place -> location);",
    "unit from 'Đơn vị tính: giấy; diện tích: ha'; period from the sentence above the table (inherited). The total row is its own",
    "figure (location Phú Yên: the sum of the listed districts) and table cells carry no totals. '2.736 GCN ... với diện tích 1.214,8 ha,",
    "đạt 84,8% kế hoạch năm': the plan share belongs to the main-clause count, not to the area in the 'với' phrase.",
    "'NHIỆM VỤ NĂM 2024' heading gives the period of section III (inherited); 'Phấn đấu' -> target, 'dự kiến' -> forecast.",
]

build("p1085-3", TEXT, COMMENTS, FIGS, published="2023-12-12", location="Phú Yên")
