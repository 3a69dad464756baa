from lib import *

text = """UBND TỈNH ĐỒNG THÁP
SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 1842/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 10 tháng 10 năm 2024

BÁO CÁO
Kết quả liên kết sản xuất, tiêu thụ và chế biến xoài 9 tháng năm 2024

Thực hiện Kế hoạch số 87/KH-UBND ngày 15/3/2024 của UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Vùng nguyên liệu
9 tháng năm 2024, toàn tỉnh có 11.260 ha xoài, sản lượng ước đạt 128.500 tấn. Diện tích xoài liên kết với doanh nghiệp chế biến, xuất khẩu là 3.985 ha, chiếm 35,4% diện tích; có 112 mã số vùng trồng với 2.640 ha đủ điều kiện xuất khẩu.

2. Kết quả theo địa phương
Bảng 1. Diện tích liên kết và sản lượng đưa vào chế biến
Địa phương | Diện tích xoài (ha) | Diện tích liên kết (ha) | Tỷ lệ liên kết (%) | Sản lượng chế biến 9 tháng năm 2024 (tấn)
Huyện Cao Lãnh | 5.120 | 2.010 | 39,3 | 14.860
TP. Cao Lãnh | 2.870 | 1.125 | 39,2 | 7.420
Huyện Tháp Mười | 1.640 | 460 | 28,0 | 2.150
Huyện Lấp Vò | 1.630 | 390 | 23,9 | 1.870
Tổng | 11.260 | 3.985 | 35,4 | 26.300

3. Chế biến và bảo quản
Trên địa bàn có 6 nhà máy, cơ sở chế biến xoài (xoài sấy dẻo, puree, xoài cấp đông) với tổng công suất 420 tấn/ngày; 23 kho lạnh tổng sức chứa 5.600 tấn. Giá trị xuất khẩu xoài và sản phẩm chế biến từ xoài 9 tháng ước đạt 58,7 triệu USD, tăng 12,6% so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến cuối năm 2024 diện tích liên kết đạt 4.500 ha, sản lượng xoài đưa vào chế biến đạt 35.000 tấn.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, PTNT.
"""

L = "Đồng Tháp"
p9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
p9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
pend = P("đến cuối năm 2024", None, "2024-12-31")

figs = [
    F("có 11.260 ha", "11.260", 11260, "measure", "ha", "diện tích xoài", period=p9),
    F("ước đạt 128.500 tấn", "128.500", 128500, "measure", "tấn", "sản lượng xoài", status="estimate", period=p9),
    F("là 3.985 ha", "3.985", 3985, "measure", "ha", "diện tích xoài liên kết với doanh nghiệp chế biến, xuất khẩu",
      percent=35.4, period=p9i),
    F("có 112 mã số", "112", 112, "count", "mã số vùng trồng", "mã số vùng trồng", period=p9i),
    F("với 2.640 ha", "2.640", 2640, "measure", "ha", "diện tích đủ điều kiện xuất khẩu", period=p9i),
]
rows = [
    ("Huyện Cao Lãnh", "Cao Lãnh", ["5.120", "2.010", "39,3", "14.860"]),
    ("TP. Cao Lãnh", "Cao Lãnh", ["2.870", "1.125", "39,2", "7.420"]),
    ("Huyện Tháp Mười", "Tháp Mười", ["1.640", "460", "28,0", "2.150"]),
    ("Huyện Lấp Vò", "Lấp Vò", ["1.630", "390", "23,9", "1.870"]),
    ("Tổng", None, ["11.260", "3.985", "35,4", "26.300"]),
]
cols = [("Diện tích xoài", "measure", "ha"), ("Diện tích liên kết", "measure", "ha"),
        ("Tỷ lệ liên kết", "percent", "%"), ("Sản lượng chế biến", "measure", "tấn")]
for label, loc, cells in rows:
    for i, c in enumerate(cells):
        anchor = label + " | " + " | ".join(cells[:i + 1])
        if label.startswith("TP."):
            anchor = label + " | " + " | ".join(cells[:i + 1])
        v = float(c.replace(".", "").replace(",", "."))
        col, kind, unit = cols[i]
        subj = col if loc else "Tổng " + col.lower()
        per = p9 if i == 3 else p9i
        f = F(anchor, c, v, kind, unit, subj, period=per)
        if loc:
            f["location"] = loc
        figs.append(f)

figs += [
    F("có 6 nhà máy", "6", 6, "count", "nhà máy, cơ sở", "nhà máy, cơ sở chế biến xoài", period=p9i),
    F("công suất 420 tấn/ngày", "420", 420, "measure", "tấn/ngày", "tổng công suất chế biến xoài", period=p9i),
    F("23 kho lạnh", "23", 23, "count", "kho lạnh", "kho lạnh", period=p9i),
    F("sức chứa 5.600 tấn", "5.600", 5600, "measure", "tấn", "tổng sức chứa kho lạnh", period=p9i),
    F("ước đạt 58,7 triệu USD", "58,7", 58.7e6, "money", "USD", "giá trị xuất khẩu xoài và sản phẩm chế biến từ xoài",
      change=CH("increase", 12.6, "%", "cùng kỳ"), status="estimate",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("đạt 4.500 ha", "4.500", 4500, "measure", "ha", "diện tích liên kết", status="target", period=pend),
    F("đạt 35.000 tấn", "35.000", 35000, "measure", "tấn", "sản lượng xoài đưa vào chế biến", status="target",
      period=pend),
]

build(4, [
    "Formal report, Sở NN&PTNT Đồng Tháp, letterhead 'Số: 1842/BC-SNN', place-and-date line 'Đồng Tháp, ngày 10 tháng 10 năm 2024'.",
    "Mango contract farming, processing, cold storage, 9 months 2024; flattened '|' table by district (Bảng 1).",
    "Distractors: Kế hoạch số 87/KH-UBND ngày 15/3/2024, section numbers I./1./2./3./II., 'Bảng 1', 'NHIỆM VỤ QUÝ IV/2024' (heading), 'Lưu: VT'.",
    "Table: every numeric cell is a figure; subject = column label; district rows give location (Huyện Cao Lãnh and TP. Cao Lãnh both 'Cao Lãnh');",
    "  'Tổng' row keeps the province. Period: only the last column header carries '9 tháng năm 2024' (scored); other cells inherit the title's.",
    "  No totals for table cells (FIGURES.md gives tables no part-of rule); the (%) column is percent.",
    "'chiếm 35,4% diện tích' is the percent of 3.985 ha. 'Phấn đấu đến cuối năm 2024' targets: period end 2024-12-31, start null.",
], text, figs, published="2024-10-10", location=L)
