from lib import F, P, I, CH, emit

TEXT = """SỞ TÀI CHÍNH TỈNH BÌNH ĐỊNH
Trang chủ / Ngân sách nhà nước / Công khai ngân sách

Công khai dự toán ngân sách địa phương năm 2025

Thực hiện Thông tư số 343/2016/TT-BTC, Sở Tài chính công khai số liệu dự toán ngân sách năm 2025 đã được HĐND tỉnh Bình Định quyết định tại Kỳ họp thứ 24. Tổng thu ngân sách nhà nước trên địa bàn năm 2025 dự toán 15.360 tỷ đồng, tăng 11,4% so với ước thực hiện năm 2024; trong đó thu tiền sử dụng đất 4.200 tỷ đồng. Dự toán chi đầu tư phát triển năm 2025 là 6.120 tỷ đồng, chiếm 29% tổng chi ngân sách địa phương.

Bảng 2. Cân đối ngân sách địa phương
Đơn vị tính: triệu đồng
STT
Nội dung
Ước thực hiện năm 2024
Dự toán năm 2025
So sánh (%)
1
Thu NSNN trên địa bàn
13.785.000
15.360.000
111,4
2
Thu nội địa
12.640.000
14.080.000
111,4
3
Thu tiền sử dụng đất
3.450.000
4.200.000
121,7
4
Tổng chi ngân sách địa phương
19.826.500
21.074.300
106,3
5
Bội chi ngân sách địa phương
312.000
286.400
91,8

Tỷ lệ điều tiết tiền sử dụng đất cho ngân sách cấp tỉnh từ 30 đến 70% tùy khu vực. Thị xã An Nhơn, thị xã Hoài Nhơn và huyện Phù Cát được giao dự toán thu tiền sử dụng đất lần lượt là 520 tỷ đồng, 480 tỷ đồng và 390 tỷ đồng.

Mọi ý kiến góp ý xin gửi Phòng Quản lý ngân sách, số 61 Lê Duẩn, TP. Quy Nhơn. ĐT: 0256.3822.571
Lượt truy cập: 2.451.907
"""

Y24 = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Dự toán năm 2025", "2025-01-01", "2025-12-31")

ROWS = [
    ("Thu NSNN trên địa bàn", "13.785.000", 13785000, "15.360.000", 15360000, "111,4\n2", "111,4", 111.4),
    ("Thu nội địa", "12.640.000", 12640000, "14.080.000", 14080000, "111,4\n3", "111,4", 111.4),
    ("Thu tiền sử dụng đất", "3.450.000", 3450000, "4.200.000", 4200000, "121,7", "121,7", 121.7),
    ("Tổng chi ngân sách địa phương", "19.826.500", 19826500, "21.074.300", 21074300, "106,3", "106,3", 106.3),
    ("Bội chi ngân sách địa phương", "312.000", 312000, "286.400", 286400, "91,8", "91,8", 91.8),
]

FIGS = [
    F("dự toán 15.360 tỷ", "15.360", 15360e9, "money", "đồng", "tổng thu ngân sách nhà nước trên địa bàn",
      P("năm 2025", "2025-01-01", "2025-12-31"), change=CH("increase", 11.4, baseline="ước thực hiện năm 2024"), status="target"),
    F("đất 4.200 tỷ", "4.200", 4200e9, "money", "đồng", "thu tiền sử dụng đất", P("năm 2025", "2025-01-01", "2025-12-31"),
      total=15360e9, status="target"),
    F("là 6.120", "6.120", 6120e9, "money", "đồng", "dự toán chi đầu tư phát triển", P("năm 2025", "2025-01-01", "2025-12-31"),
      percent=29, status="target"),
]
for label, n1, v1, n2, v2, a3, n3, v3 in ROWS:
    FIGS += [
        F(f"\n{n1}\n", n1, v1 * 1e6, "money", "đồng", f"{label} ước thực hiện năm 2024", Y24, status="estimate"),
        F(f"\n{n2}\n", n2, v2 * 1e6, "money", "đồng", f"{label} dự toán năm 2025", Y25, status="target"),
        F(f"\n{a3}", n3, v3, "percent", "%", f"{label} so sánh dự toán năm 2025 với ước thực hiện năm 2024"),
    ]
FIGS += [
    F("từ 30 đến 70%", "30", 30, "percent", "%", "tỷ lệ điều tiết tiền sử dụng đất cho ngân sách cấp tỉnh", value_max=70),
    F("là 520 tỷ", "520", 520e9, "money", "đồng", "dự toán thu tiền sử dụng đất", I(P("năm 2025", "2025-01-01", "2025-12-31")),
      status="target", location="An Nhơn"),
    F("đồng, 480 tỷ", "480", 480e9, "money", "đồng", "dự toán thu tiền sử dụng đất", I(P("năm 2025", "2025-01-01", "2025-12-31")),
      status="target", location="Hoài Nhơn"),
    F("và 390 tỷ", "390", 390e9, "money", "đồng", "dự toán thu tiền sử dụng đất", I(P("năm 2025", "2025-01-01", "2025-12-31")),
      status="target", location="Phù Cát"),
]

COMMENTS = [
    "Sở Tài chính Bình Định (department site, no dateline; visit counter in the footer): công khai dự toán NSĐP năm 2025.",
    "One-cell-per-line table, 'Đơn vị tính: triệu đồng' (13.785.000 triệu = 13,785·10^12 đồng). Columns: Ước thực hiện năm 2024 (estimate,",
    "2024) | Dự toán năm 2025 (target, 2025) | So sánh (%) (percent; no status cue and no single period in the header: actual, no period).",
    "STT row numbers 1-5 and 'Bảng 2' are not figures. Dự toán figures in the text and the district list are status target.",
    "Distractors: Thông tư số 343/2016/TT-BTC, Kỳ họp thứ 24, 'số 61 Lê Duẩn', phone 0256.3822.571, Lượt truy cập 2.451.907.",
]

if __name__ == "__main__":
    emit("p527-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Định")
