"""p694-2: Yên Thành district portal (Nghệ An) — reading movement, first half of 2024."""
from lib import write, fig, per, inh, ch, tg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Tin tức > Văn hóa - Xã hội
11/07/2024 08:35 | Lượt xem: 412

Yên Thành: Hơn 85% trường học có thư viện đạt chuẩn

Sáu tháng đầu năm 2024, phong trào đọc sách trên địa bàn huyện tiếp tục lan tỏa. Thư viện huyện đã phục vụ 14.260 lượt bạn đọc; luân chuyển 9.850 bản sách, tăng 7,2% so với cùng kỳ năm 2023; cấp mới 635 thẻ bạn đọc, trong đó 512 thẻ cấp cho học sinh. Số bạn đọc có thẻ của huyện đạt 196 người/vạn dân.

Toàn huyện hiện có 39 thư viện, tủ sách cấp xã và 312 tủ sách cộng đồng (168 tủ sách tại nhà văn hóa xóm, 97 tủ sách dòng họ, 47 tủ sách gia đình) với tổng số khoảng 96.500 bản sách. Ngày hội đọc sách lần thứ 5 của huyện, tổ chức tại Trường THCS Phan Đăng Lưu, thu hút khoảng 1.500 lượt học sinh.

Đáng chú ý, 42/48 trường học có thư viện đạt chuẩn trở lên, chiếm 87,5%; trong đó 11 thư viện đạt chuẩn mức độ 1 và 3 thư viện xuất sắc. Tổng kinh phí bổ sung sách 6 tháng đầu năm đạt 486 triệu đồng, trong đó ngân sách huyện 210 triệu đồng, còn lại huy động xã hội hóa.

Huyện đặt mục tiêu đến hết năm 2024 luân chuyển ít nhất 20.000 bản sách, 100% trường tiểu học và THCS có tủ sách lớp học, tỷ lệ bạn đọc là học sinh chiếm từ 60 đến 65%.

Địa chỉ: Khối 3, thị trấn Hoa Thành, huyện Yên Thành. Điện thoại: 0238.3863.215
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
H1b = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
T24 = per("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    fig("Hơn 85%", "85", 85, "percent", "%", "trường học có thư viện đạt chuẩn", inh(H1), approx="over"),
    fig("phục vụ 14.260 lượt bạn đọc", "14.260", 14260, "count", "lượt bạn đọc",
        "lượt bạn đọc Thư viện huyện phục vụ", H1),
    fig("luân chuyển 9.850 bản sách", "9.850", 9850, "count", "bản sách", "bản sách luân chuyển", H1,
        change=ch("increase", 7.2, "%", "cùng kỳ năm 2023")),
    fig("cấp mới 635 thẻ", "635", 635, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới", H1),
    fig("trong đó 512 thẻ", "512", 512, "count", "thẻ", "thẻ bạn đọc cấp cho học sinh", H1, total=635),
    fig("đạt 196 người/vạn dân", "196", 196, "measure", "người/vạn dân", "số bạn đọc có thẻ", inh(H1)),
    fig("có 39 thư viện", "39", 39, "count", "thư viện, tủ sách cấp xã", "thư viện, tủ sách cấp xã"),
    fig("và 312 tủ sách cộng đồng", "312", 312, "count", "tủ sách cộng đồng", "tủ sách cộng đồng"),
    fig("(168 tủ sách", "168", 168, "count", "tủ sách", "tủ sách tại nhà văn hóa xóm", total=312),
    fig("97 tủ sách dòng họ", "97", 97, "count", "tủ sách", "tủ sách dòng họ", total=312),
    fig("47 tủ sách gia đình", "47", 47, "count", "tủ sách", "tủ sách gia đình", total=312),
    fig("khoảng 96.500 bản sách", "96.500", 96500, "count", "bản sách",
        "bản sách của thư viện, tủ sách cấp xã và tủ sách cộng đồng", approx="about"),
    fig("khoảng 1.500 lượt học sinh", "1.500", 1500, "count", "lượt học sinh",
        "lượt học sinh tham gia Ngày hội đọc sách của huyện", inh(H1), approx="about"),
    fig("42/48 trường học", "42", 42, "count", "trường học", "trường học có thư viện đạt chuẩn trở lên",
        inh(H1), total=48, percent=87.5),
    fig("trong đó 11 thư viện", "11", 11, "count", "thư viện", "thư viện đạt chuẩn mức độ 1", inh(H1),
        total=42),
    fig("và 3 thư viện xuất sắc", "3", 3, "count", "thư viện", "thư viện xuất sắc", inh(H1), total=42),
    fig("đạt 486 triệu đồng", "486", 486000000, "money", "đồng", "tổng kinh phí bổ sung sách", H1b),
    fig("huyện 210 triệu đồng", "210", 210000000, "money", "đồng", "kinh phí bổ sung sách từ ngân sách huyện",
        H1b, total=486000000),
    fig("ít nhất 20.000 bản sách", "20.000", 20000, "count", "bản sách", "bản sách luân chuyển", T24,
        approx="at_least", status="target"),
    fig("100% trường tiểu học", "100", 100, "percent", "%", "trường tiểu học và THCS có tủ sách lớp học", T24,
        status="target"),
    fig("từ 60 đến 65%", "60", 60, "percent", "%", "tỷ lệ bạn đọc là học sinh", T24, value_max=65,
        status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An): reading movement in the first half of 2024. Dateline '11/07/2024 08:35 | Lượt xem: 412'.",
    "Not figures: 'Lượt xem: 412', 'Sáu tháng đầu năm 2024' (period in words), 'lần thứ 5', 'mức độ 1' (a standard level), 'Khối 3', phone.",
    "Location is the district for every figure. 42/48 ... chiếm 87,5% → total 48, percent 87.5; its 'trong đó' parts take total 42.",
    "The bracketed tủ sách breakdown adds up to 312 (total). 'đến hết năm 2024' targets: as-of period (start null).",
    "The headline percent and the 'Hiện có' stock counts carry no scored period.",
]

if __name__ == "__main__":
    write("p694-2", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Yên Thành")
