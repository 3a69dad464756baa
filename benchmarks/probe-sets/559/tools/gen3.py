"""p559-3: formal report UBND tỉnh Lào Cai - XNK qua các cửa khẩu 9 tháng 2024, flattened '|' table by gate."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """UBND TỈNH LÀO CAI
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 07 tháng 10 năm 2024

BÁO CÁO
Tình hình hoạt động xuất nhập khẩu qua các cửa khẩu 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kim ngạch xuất nhập khẩu
Tổng kim ngạch xuất nhập khẩu, mua bán, trao đổi hàng hóa qua các cửa khẩu trên địa bàn tỉnh 9 tháng năm 2024 ước đạt 2.215,6 triệu USD, tăng 31,2% so với cùng kỳ, đạt 73,9% kế hoạch năm (3.000 triệu USD). Chi tiết theo cửa khẩu:

Bảng 1. Kim ngạch theo cửa khẩu (Đơn vị tính: triệu USD)
TT | Cửa khẩu | 9 tháng năm 2023 | Kế hoạch năm 2024 | Ước thực hiện 9 tháng năm 2024
1 | Cửa khẩu quốc tế đường bộ số II Kim Thành | 1.024,3 | 1.900 | 1.398,5
2 | Cửa khẩu quốc tế Lào Cai | 386,2 | 650 | 472,8
3 | Ga đường sắt quốc tế Lào Cai | 214,7 | 330 | 268,1
4 | Cửa khẩu Mường Khương | 63,5 | 120 | 76,2
Cộng | | 1.688,7 | 3.000 | 2.215,6

2. Phương tiện và thu ngân sách
Số phương tiện xuất nhập cảnh qua cửa khẩu số II Kim Thành đạt 148.265 lượt, bình quân 543 lượt xe/ngày. Thu ngân sách nhà nước từ hoạt động xuất nhập khẩu ước đạt 1.864 tỷ đồng, bằng 77,7% dự toán năm.

3. Chống buôn lậu, gian lận thương mại
Các lực lượng chức năng đã phát hiện, xử lý 164 vụ vi phạm, trong đó 38 vụ buôn lậu, 126 vụ gian lận thương mại; thu nộp ngân sách 5,82 tỷ đồng.

II. PHƯƠNG HƯỚNG QUÝ IV/2024
Phấn đấu cả năm 2024 kim ngạch đạt trên 3.000 triệu USD; duy trì thông quan bình quân 600 xe/ngày tại cửa khẩu Kim Thành.

Nơi nhận:
- Bộ Công Thương;
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M = 1e6
P23 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
PKH = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
P24 = per("Ước thực hiện 9 tháng năm 2024", "2024-01-01", "2024-09-30")
LEAD = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")

ROWS = [
    # (label for subject, anchors and numbers of the three cells, values)
    ("Cửa khẩu quốc tế đường bộ số II Kim Thành", ("Kim Thành | 1.024,3", "1.024,3", 1024.3),
     ("| 1.900 |", "1.900", 1900), ("| 1.398,5", "1.398,5", 1398.5)),
    ("Cửa khẩu quốc tế Lào Cai", ("| 386,2", "386,2", 386.2), ("| 650 |", "650", 650), ("| 472,8", "472,8", 472.8)),
    ("Ga đường sắt quốc tế Lào Cai", ("| 214,7", "214,7", 214.7), ("| 330 |", "330", 330),
     ("| 268,1", "268,1", 268.1)),
    ("Cửa khẩu Mường Khương", ("| 63,5", "63,5", 63.5), ("| 120 |", "120", 120), ("| 76,2", "76,2", 76.2)),
    ("các cửa khẩu (Cộng)", ("| 1.688,7", "1.688,7", 1688.7), ("| 3.000 |", "3.000", 3000),
     ("| 2.215,6", "2.215,6", 2215.6)),
]

FIGS = [
    fig("ước đạt 2.215,6 triệu USD", "2.215,6", 2215.6 * M, "money", "USD",
        "tổng kim ngạch xuất nhập khẩu, mua bán, trao đổi hàng hóa qua các cửa khẩu", LEAD,
        percent=73.9, change=chg("increase", 31.2, baseline="cùng kỳ"), target=tgt(3000 * M, "USD"),
        status="estimate"),
]
for label, c23, ckh, c24 in ROWS:
    FIGS.append(fig(c23[0], c23[1], c23[2] * M, "money", "USD", f"Kim ngạch {label} 9 tháng năm 2023", P23))
    FIGS.append(fig(ckh[0], ckh[1], ckh[2] * M, "money", "USD", f"Kim ngạch {label} kế hoạch năm 2024", PKH,
                    status="target"))
    FIGS.append(fig(c24[0], c24[1], c24[2] * M, "money", "USD",
                    f"Kim ngạch {label} ước thực hiện 9 tháng năm 2024", P24, status="estimate"))

FIGS += [
    fig("đạt 148.265 lượt", "148.265", 148265, "count", "lượt",
        "phương tiện xuất nhập cảnh qua cửa khẩu số II Kim Thành", inh(LEAD)),
    fig("bình quân 543 lượt xe/ngày", "543", 543, "measure", "lượt xe/ngày",
        "phương tiện xuất nhập cảnh qua cửa khẩu số II Kim Thành bình quân", inh(LEAD)),
    fig("ước đạt 1.864 tỷ đồng", "1.864", 1864e9, "money", "đồng",
        "thu ngân sách nhà nước từ hoạt động xuất nhập khẩu", inh(LEAD), percent=77.7, status="estimate"),
    fig("xử lý 164 vụ vi phạm", "164", 164, "count", "vụ", "vụ vi phạm được phát hiện, xử lý", inh(LEAD)),
    fig("trong đó 38 vụ", "38", 38, "count", "vụ", "vụ buôn lậu", inh(LEAD), total=164),
    fig("126 vụ gian lận", "126", 126, "count", "vụ", "vụ gian lận thương mại", inh(LEAD), total=164),
    fig("thu nộp ngân sách 5,82 tỷ đồng", "5,82", 5.82e9, "money", "đồng",
        "thu nộp ngân sách từ xử lý vi phạm", inh(LEAD)),
    fig("đạt trên 3.000 triệu USD", "3.000", 3000 * M, "money", "USD", "kim ngạch",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    fig("bình quân 600 xe/ngày", "600", 600, "measure", "xe/ngày", "thông quan tại cửa khẩu Kim Thành",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Lào Cai Số: 287/BC-UBND, 'Lào Cai, ngày 07 tháng 10 năm 2024': XNK qua các cửa khẩu 9 tháng 2024.",
    "Flattened '|' table (Đơn vị tính: triệu USD): every numeric cell is a figure; period from the column header (scored, as h23);",
    "'Kế hoạch năm 2024' cells are targets, 'Ước thực hiện 9 tháng năm 2024' cells estimates. Row numbers 1-4, section numbers (I., 1.),",
    "'Bảng 1', 'Số: 287/BC-UBND', 'số II' in the gate's name and 'QUÝ IV/2024' are not figures. Gates stay in the subject; location Lào Cai.",
    "'(3.000 triệu USD)' after 'đạt 73,9% kế hoạch năm' is the target attribute of the lead 2.215,6; the Cộng plan cell is its own figure.",
    "38 + 126 = 164 after 'trong đó'. Section 2/3 sentences name no period: the report's 9 months are inherited (unscored).",
    "'600 xe/ngày' continues the 'Phấn đấu cả năm 2024' clause: target.",
]

if __name__ == "__main__":
    emit("p559-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Lào Cai")
