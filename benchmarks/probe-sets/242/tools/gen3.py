from lib import F, P, build

TEXT = """UBND TỈNH QUẢNG NGÃI
SỞ CÔNG THƯƠNG
Số: 2145/BC-SCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 05 tháng 12 năm 2024

BÁO CÁO
Tình hình hoạt động của Nhà máy Lọc dầu Dung Quất 11 tháng năm 2024

Thực hiện Công văn số 5872/UBND-KTN ngày 20/11/2024 của UBND tỉnh, Sở Công Thương báo cáo như sau:

1. Kết quả sản xuất
Trong 11 tháng năm 2024, Nhà máy Lọc dầu Dung Quất vận hành ở mức trung bình 112% công suất thiết kế, tiếp nhận 6,35 triệu tấn dầu thô, trong đó dầu thô nhập khẩu 1,52 triệu tấn (chiếm 23,9%).

Bảng 1. Sản lượng sản phẩm chính
Đơn vị tính: nghìn tấn
Sản phẩm | Kế hoạch năm 2024 | Thực hiện 11 tháng | So với kế hoạch năm (%)
Xăng RON 92, RON 95 | 2.310 | 2.248 | 97,3
Dầu diesel (DO) | 2.780 | 2.695 | 96,9
Nhiên liệu bay Jet A1 | 620 | 641 | 103,4
Khí hóa lỏng (LPG) | 305 | 289 | 94,8
Hạt nhựa Polypropylene | 145 | 138 | 95,2
Tổng cộng | 6.160 | 6.011 | 97,6

2. Tiêu thụ và đóng góp ngân sách
Lũy kế 11 tháng, Công ty cổ phần Lọc hóa dầu Bình Sơn (BSR) tiêu thụ 6,12 triệu tấn sản phẩm các loại, doanh thu đạt 139.460 tỷ đồng, bằng 104,2% kế hoạch năm; nộp ngân sách nhà nước 12.736 tỷ đồng, tăng 6,8% so với cùng kỳ năm 2023, chiếm khoảng 58% tổng thu ngân sách trên địa bàn tỉnh. Dự kiến cả năm 2024, Nhà máy sản xuất khoảng 6,6 triệu tấn sản phẩm, nộp ngân sách trên 14.000 tỷ đồng.

3. Kiến nghị
Dự án nâng cấp, mở rộng Nhà máy có tổng mức đầu tư khoảng 1,48 tỷ USD, nâng công suất chế biến lên 171.000 thùng/ngày (hiện nay là 148.000 thùng/ngày). Đề nghị UBND tỉnh kiến nghị Thủ tướng Chính phủ sớm xem xét, chấp thuận điều chỉnh chủ trương đầu tư.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, QLCN.
GIÁM ĐỐC
Trần Minh Đức
"""

M11 = lambda t="11 tháng năm 2024", inh=False: P(t, "2024-01-01", "2024-11-30", inh)
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
TH = P("Thực hiện 11 tháng", "2024-01-01", "2024-11-30")

rows = [
    ("Xăng RON 92, RON 95", "2.310", 2310, "2.248", 2248, "97,3", 97.3),
    ("Dầu diesel (DO)", "2.780", 2780, "2.695", 2695, "96,9", 96.9),
    ("Nhiên liệu bay Jet A1", "620", 620, "641", 641, "103,4", 103.4),
    ("Khí hóa lỏng (LPG)", "305", 305, "289", 289, "94,8", 94.8),
    ("Hạt nhựa Polypropylene", "145", 145, "138", 138, "95,2", 95.2),
    ("Tổng cộng", "6.160", 6160, "6.011", 6011, "97,6", 97.6),
]

FIGS = [
    F("trung bình 112% công suất", "112", 112, "percent", "%", "mức vận hành so với công suất thiết kế", M11()),
    F("tiếp nhận 6,35 triệu tấn", "6,35", 6350000, "measure", "tấn", "dầu thô tiếp nhận", M11()),
    F("nhập khẩu 1,52 triệu tấn", "1,52", 1520000, "measure", "tấn", "dầu thô nhập khẩu", M11(),
      total=6350000, percent=23.9),
]
for label, a, av, b, bv, c, cv in rows:
    FIGS.append(F(f"{label} | {a}", a, av * 1000, "measure", "tấn", f"{label} kế hoạch năm 2024", KH, status="target"))
    FIGS.append(F(f"| {a} | {b}", b, bv * 1000, "measure", "tấn", f"{label} thực hiện 11 tháng", TH))
    FIGS.append(F(f"{b} | {c}", c, cv, "percent", "%", f"{label} so với kế hoạch năm",
                  M11("11 tháng năm 2024", inh=True)))

FIGS += [
    F("tiêu thụ 6,12 triệu tấn", "6,12", 6120000, "measure", "tấn", "sản phẩm các loại tiêu thụ",
      M11("Lũy kế 11 tháng")),
    F("đạt 139.460 tỷ đồng", "139.460", 139460e9, "money", "đồng", "doanh thu", M11("Lũy kế 11 tháng"), percent=104.2),
    F("nước 12.736 tỷ đồng", "12.736", 12736e9, "money", "đồng", "nộp ngân sách nhà nước", M11("Lũy kế 11 tháng"),
      percent=58, change={"direction": "increase", "value": 6.8, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("khoảng 6,6 triệu tấn", "6,6", 6600000, "measure", "tấn", "sản phẩm sản xuất",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
    F("trên 14.000 tỷ đồng", "14.000", 14000e9, "money", "đồng", "nộp ngân sách",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="forecast"),
    F("khoảng 1,48 tỷ USD", "1,48", 1480000000, "money", "USD", "tổng mức đầu tư",
      approx="about"),
    F("lên 171.000 thùng/ngày", "171.000", 171000, "measure", "thùng/ngày", "công suất chế biến sau nâng cấp"),
    F("là 148.000 thùng/ngày", "148.000", 148000, "measure", "thùng/ngày", "công suất chế biến hiện nay"),
]

COMMENTS = [
    "revised after the first run: subjects drop the owning entity (plant, pipeline, joint venture, project) and keep the indicator as the sentence names it (shared h01 convention).",
    "Formal report of Sở Công Thương Quảng Ngãi (letterhead 'Số: 2145/BC-SCT', place-and-date line 05/12/2024): Dung Quất refinery, 11 months of 2024.",
    "Flattened '|' table, 'Đơn vị tính: nghìn tấn' (x1000 tấn) except the '(%)' column. 'Kế hoạch năm 2024' cells: status target, period from the header;",
    "'Thực hiện 11 tháng' cells: actual, period Jan-Nov 2024 from the header; '%' cells: percent, period only in the report title (inherited). Total row cells are figures too.",
    "Distractors: 'Số: 2145/BC-SCT', 'Công văn số 5872/UBND-KTN ngày 20/11/2024', 'RON 92, RON 95' and 'Jet A1' inside row labels, section numbers '1.', '2.', '3.', 'Bảng 1'.",
    "Location: Quảng Ngãi for every figure; 'Lọc hóa dầu Bình Sơn' is a company name (Bình Sơn is also a district) and does not make the figures district-level.",
    "'trong đó dầu thô nhập khẩu 1,52 triệu tấn (chiếm 23,9%)' -> total 6,35 triệu tấn, percent 23.9. '12.736 tỷ đồng, tăng 6,8% ..., chiếm khoảng 58% ...' -> change + percent 58.",
    "'Dự kiến cả năm 2024' governs both following clauses (forecast). Project investment and capacities: actual (no cue); '(hiện nay là 148.000 thùng/ngày)' a figure of its own.",
]

build(3, TEXT, FIGS, COMMENTS, published="2024-12-05", location="Quảng Ngãi")
