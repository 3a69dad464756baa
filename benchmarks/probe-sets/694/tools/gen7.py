"""p694-7: department site (Sở VH&TT Bình Định), no dateline — public libraries 2023, one-cell-per-line table."""
from lib import write, fig, per, inh, ch, tg

TEXT = """SỞ VĂN HÓA VÀ THỂ THAO TỈNH BÌNH ĐỊNH
Trang chủ / Thư viện - Văn hóa đọc

Hoạt động của hệ thống thư viện công cộng năm 2023

Năm 2023, hệ thống thư viện công cộng toàn tỉnh phục vụ 412.500 lượt bạn đọc, tăng 9,8% so với năm 2022; luân chuyển 735.000 lượt sách, báo. Thư viện tỉnh cấp mới 2.140 thẻ bạn đọc, nâng tổng số thẻ còn hiệu lực lên 8.960 thẻ. Trong năm, xe thư viện lưu động thực hiện 6 chuyến, phục vụ 24 điểm trường tại các huyện miền núi với khoảng 9.600 lượt học sinh; Ngày hội sách tại Quảng trường Nguyễn Tất Thành thu hút hơn 15.000 lượt người.

Bảng: Số bản sách luân chuyển qua thư viện cấp huyện
Đơn vị tính: bản

Địa phương
Năm 2022
Năm 2023
Kế hoạch 2024
Quy Nhơn
28.400
31.250
33.000
An Nhơn
15.620
16.880
18.000
Phù Cát
9.750
10.420
11.500
Tây Sơn
8.310
7.960
9.000

Tây Sơn là địa phương duy nhất có số bản sách luân chuyển giảm, do trụ sở thư viện huyện sửa chữa từ tháng 8/2023. Bình quân toàn tỉnh đạt 0,27 bản sách/người; tỷ lệ dân số sử dụng thư viện công cộng khoảng 8,5%.

Năm 2024, Sở phấn đấu 11/11 huyện, thị xã, thành phố có thư viện đạt chuẩn; tổ chức ít nhất 2 đợt luân chuyển sách về vùng sâu, vùng xa mỗi quý.

Địa chỉ: 96 Mai Xuân Thưởng, TP Quy Nhơn | Điện thoại: 0256.3822.624
Tổng lượt truy cập: 1.904.227
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
C22 = per("Năm 2022", "2022-01-01", "2022-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
P24 = per("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LABEL = "Số bản sách luân chuyển qua thư viện cấp huyện"

FIGS = [
    fig("phục vụ 412.500 lượt bạn đọc", "412.500", 412500, "count", "lượt bạn đọc",
        "lượt bạn đọc hệ thống thư viện công cộng phục vụ", Y23, change=ch("increase", 9.8, "%", "năm 2022")),
    fig("luân chuyển 735.000 lượt", "735.000", 735000, "count", "lượt sách, báo", "lượt sách, báo luân chuyển", Y23),
    fig("cấp mới 2.140 thẻ", "2.140", 2140, "count", "thẻ bạn đọc", "thẻ bạn đọc Thư viện tỉnh cấp mới", inh(Y23)),
    fig("lên 8.960 thẻ", "8.960", 8960, "count", "thẻ", "tổng số thẻ còn hiệu lực", inh(Y23)),
    fig("thực hiện 6 chuyến", "6", 6, "count", "chuyến", "chuyến xe thư viện lưu động", inh(Y23)),
    fig("phục vụ 24 điểm trường", "24", 24, "count", "điểm trường", "điểm trường xe thư viện lưu động phục vụ",
        inh(Y23)),
    fig("khoảng 9.600 lượt học sinh", "9.600", 9600, "count", "lượt học sinh",
        "lượt học sinh được xe thư viện lưu động phục vụ", inh(Y23), approx="about"),
    fig("hơn 15.000 lượt người", "15.000", 15000, "count", "lượt người", "lượt người tham gia Ngày hội sách",
        inh(Y23), approx="over"),
]
TABLE = [
    ("Quy Nhơn", [("Quy Nhơn\n28.400", "28.400", 28400), ("28.400\n31.250", "31.250", 31250), ("31.250\n33.000", "33.000", 33000)]),
    ("An Nhơn", [("An Nhơn\n15.620", "15.620", 15620), ("15.620\n16.880", "16.880", 16880), ("16.880\n18.000", "18.000", 18000)]),
    ("Phù Cát", [("Phù Cát\n9.750", "9.750", 9750), ("9.750\n10.420", "10.420", 10420), ("10.420\n11.500", "11.500", 11500)]),
    ("Tây Sơn", [("Tây Sơn\n8.310", "8.310", 8310), ("8.310\n7.960", "7.960", 7960), ("7.960\n9.000", "9.000", 9000)]),
]
for place, cells in TABLE:
    for (anchor, num, v), (col, p, st) in zip(cells, (("năm 2022", C22, None), ("năm 2023", C23, None),
                                                     ("kế hoạch 2024", P24, "target"))):
        kw = {"status": st} if st else {}
        FIGS.append(fig(anchor, num, v, "count", "bản", f"{LABEL} {col}", p, location=place, **kw))
FIGS += [
    fig("đạt 0,27 bản sách/người", "0,27", 0.27, "measure", "bản sách/người", "bình quân bản sách toàn tỉnh", inh(Y23)),
    fig("khoảng 8,5%", "8,5", 8.5, "percent", "%", "tỷ lệ dân số sử dụng thư viện công cộng", inh(Y23),
        approx="about"),
    fig("11/11 huyện", "11", 11, "count", "huyện, thị xã, thành phố",
        "huyện, thị xã, thành phố có thư viện đạt chuẩn", Y24, total=11, status="target"),
    fig("ít nhất 2 đợt", "2", 2, "count", "đợt", "đợt luân chuyển sách về vùng sâu, vùng xa mỗi quý", Y24,
        approx="at_least", status="target"),
]

COMMENTS = [
    "Department site (Sở Văn hóa và Thể thao Bình Định), no dateline: public libraries in 2023 with a one-cell-per-line table.",
    "Not figures: 'tháng 8/2023', address '96 Mai Xuân Thưởng', phone, 'Tổng lượt truy cập: 1.904.227', 'mỗi quý' (frequency),",
    "'Quảng trường Nguyễn Tất Thành' (name).",
    "Table: 'Đơn vị tính: bản'; row labels are districts/towns/city → location; subject = table title + column; period from the",
    "column header (scored, as in shared h23); 'Kế hoạch 2024' → target. Table title is the indicator.",
    "'11/11 huyện, thị xã, thành phố' → count 11, total 11, target. 'bản sách/người' is a rate unit.",
]

if __name__ == "__main__":
    write("p694-7", TEXT, COMMENTS, FIGS, published=None, location="Bình Định")
