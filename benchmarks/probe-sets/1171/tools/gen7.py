"""p1171-7: department site (Sở GTVT Khánh Hòa), no dateline, one-cell-per-line table of licences."""
from lib import F, P, I, C, T, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH KHÁNH HÒA
Giới thiệu | Tin tức - Sự kiện | Thủ tục hành chính | Hỏi đáp

Kết quả cấp giấy phép lái xe 6 tháng đầu năm 2024

Trong 6 tháng đầu năm 2024, Sở GTVT đã cấp 23.470 giấy phép lái xe (GPLX) các loại, bằng 49,7% kế hoạch năm và tăng 6,8% so với cùng kỳ. Ước cả năm 2024, Sở cấp khoảng 47.500 GPLX, vượt kế hoạch đề ra. Số hồ sơ cấp đổi GPLX tiếp nhận qua Cổng dịch vụ công quốc gia là 7.240 hồ sơ, chiếm 69,5% số hồ sơ cấp đổi. Hồ sơ trực tuyến được giải quyết trong không quá 5 ngày làm việc, lệ phí 135.000 đồng/GPLX nộp qua thanh toán trực tuyến.

Kết quả cấp GPLX theo loại hình:
Đơn vị tính: GPLX
Nội dung
Năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024
Cấp mới
24.560
11.870
25.000
Cấp đổi
18.320
10.415
20.000
Cấp lại
2.140
1.185
2.200
Tổng số
45.020
23.470
47.200

Toàn tỉnh có 7 cơ sở đào tạo lái xe ô tô với 412 xe tập lái, trong đó 38 xe số tự động; 3 trung tâm sát hạch đặt tại TP Nha Trang, TP Cam Ranh và thị xã Ninh Hòa. Học phí đào tạo lái xe hạng B2 dao động từ 15,5 đến 18 triệu đồng/học viên.

Tin liên quan:
- Hướng dẫn đổi GPLX trên Cổng dịch vụ công quốc gia
- Sát hạch lái xe lưu động tại huyện Khánh Sơn lần thứ 3

SỞ GIAO THÔNG VẬN TẢI TỈNH KHÁNH HÒA
Địa chỉ: 04 Phan Chu Trinh, TP Nha Trang, tỉnh Khánh Hòa
Điện thoại: 0258.3822.656 - Fax: 0258.3821.436
Lượt truy cập: 986.420 | Đang online: 37
"""

H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
COLS = {
    "năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
    "6 tháng đầu năm 2024": P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"),
    "kế hoạch năm 2024": P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"),
}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("kế hoạch") else {}
    return F(anchor, number, value, "count", "GPLX", subject=f"GPLX {row} {col}", period=COLS[col], **kw)


A, B, K = "năm 2023", "6 tháng đầu năm 2024", "kế hoạch năm 2024"

FIGS = [
    F("cấp 23.470 giấy", "23.470", 23470, "count", "giấy phép lái xe", percent=49.7,
      change=C("increase", 6.8, "%", "cùng kỳ"), subject="giấy phép lái xe các loại được cấp", period=H1),
    F("khoảng 47.500 GPLX", "47.500", 47500, "count", "GPLX", approx="about", status="estimate",
      subject="GPLX cấp", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("là 7.240 hồ sơ", "7.240", 7240, "count", "hồ sơ", percent=69.5,
      subject="hồ sơ cấp đổi GPLX tiếp nhận qua Cổng dịch vụ công quốc gia", period=I(H1)),
    F("không quá 5 ngày", "5", 5, "measure", "ngày làm việc", approx="at_most",
      subject="thời gian giải quyết hồ sơ trực tuyến"),
    F("135.000 đồng/GPLX", "135.000", 135000, "money", "đồng/GPLX", subject="lệ phí cấp đổi GPLX"),
    cell("Cấp mới\n24.560", "24.560", 24560, "cấp mới", A),
    cell("24.560\n11.870", "11.870", 11870, "cấp mới", B),
    cell("11.870\n25.000", "25.000", 25000, "cấp mới", K),
    cell("Cấp đổi\n18.320", "18.320", 18320, "cấp đổi", A),
    cell("18.320\n10.415", "10.415", 10415, "cấp đổi", B),
    cell("10.415\n20.000", "20.000", 20000, "cấp đổi", K),
    cell("Cấp lại\n2.140", "2.140", 2140, "cấp lại", A),
    cell("2.140\n1.185", "1.185", 1185, "cấp lại", B),
    cell("1.185\n2.200", "2.200", 2200, "cấp lại", K),
    cell("Tổng số\n45.020", "45.020", 45020, "tổng số", A),
    cell("45.020\n23.470", "23.470", 23470, "tổng số", B),
    cell("23.470\n47.200", "47.200", 47200, "tổng số", K),
    F("có 7 cơ sở", "7", 7, "count", "cơ sở đào tạo lái xe ô tô", subject="cơ sở đào tạo lái xe ô tô"),
    F("412 xe", "412", 412, "count", "xe tập lái", subject="xe tập lái"),
    F("38 xe", "38", 38, "count", "xe số tự động", total=412, subject="xe tập lái số tự động"),
    F("3 trung tâm", "3", 3, "count", "trung tâm sát hạch", subject="trung tâm sát hạch"),
    F("từ 15,5 đến 18 triệu", "15,5", 15500000, "money", "đồng/học viên", value_max=18000000,
      subject="học phí đào tạo lái xe hạng B2"),
]

NOTES = [
    "Department site (Sở GTVT Khánh Hòa), no dateline (published absent): menu, related links, footer address, phone/fax, counters.",
    "One-cell-per-line table, 'Đơn vị tính: GPLX'; rows Cấp mới / Cấp đổi / Cấp lại / Tổng số, columns Năm 2023 / 6 tháng đầu năm 2024 /",
    "Kế hoạch năm 2024 (period from the column; the Kế hoạch column is status target). Cell subject = unit + row label + column label.",
    "'bằng 49,7% kế hoạch năm và tăng 6,8% so với cùng kỳ' → percent and change of 23.470. 7.240 hồ sơ 'chiếm 69,5% số hồ sơ cấp đổi':",
    "the whole (10.415) is not stated in that sentence, so only the share. The 38 automatic cars follow 'trong đó' after 412 xe tập lái.",
    "'Ước cả năm 2024 ... khoảng 47.500 GPLX' → estimate (period in the sentence).",
    "Distractors: '04 Phan Chu Trinh', phones, 'Lượt truy cập: 986.420', 'Đang online: 37', 'hạng B2', 'lần thứ 3'.",
]

if __name__ == "__main__":
    write("p1171-7", TEXT, NOTES, FIGS, location="Khánh Hòa")
