"""p534-8: government e-newspaper (Chinhphu.vn style), Hòa Lạc Hi-Tech Park results 2023 and targets."""
from lib import F, P, INH, CH, emit

TEXT = """Khu công nghệ cao Hòa Lạc thu hút thêm 1.150 tỷ đồng vốn đầu tư
15/01/2024 10:42

(Chinhphu.vn) - Năm 2023, Khu công nghệ cao Hòa Lạc (Hà Nội) cấp mới và điều chỉnh 9 dự án với tổng vốn đầu tư tăng thêm khoảng 1.150 tỷ đồng, nâng tổng số dự án còn hiệu lực lên 108 dự án, tổng vốn đăng ký đạt 117.400 tỷ đồng (tương đương gần 4,9 tỷ USD).

Trong đó, 38 dự án có vốn đầu tư nước ngoài, đến từ Nhật Bản, Hàn Quốc, Singapore và Hoa Kỳ.

Doanh thu của các doanh nghiệp trong khu năm 2023 ước đạt 42.500 tỷ đồng, tăng 11,3% so với năm 2022. Giá trị xuất khẩu đạt khoảng 1,05 tỷ USD; nộp ngân sách nhà nước 1.820 tỷ đồng.

Hiện có 12.600 lao động đang làm việc tại khu, trong đó lao động có trình độ đại học trở lên chiếm 62%. Tính đến ngày 31/12/2023, các tổ chức, doanh nghiệp trong khu đã nộp 96 đơn đăng ký sáng chế, được cấp 31 bằng độc quyền sáng chế; 17 trung tâm nghiên cứu và phát triển (R&D) đang hoạt động. Tỷ lệ chi cho R&D của doanh nghiệp bình quân đạt 3,5% doanh thu.

Năm 2024, Ban Quản lý phấn đấu thu hút thêm 10 dự án mới, doanh thu của các doanh nghiệp đạt trên 48.000 tỷ đồng. Đến năm 2030, mục tiêu Khu công nghệ cao Hòa Lạc thu hút khoảng 100.000 người đến làm việc.

Khu được thành lập theo Quyết định số 198/1998/QĐ-TTg, trụ sở Ban Quản lý tại Km 29 Đại lộ Thăng Long, Hà Nội.

Phương Liên
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thêm 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "vốn đầu tư Khu công nghệ cao Hòa Lạc thu hút thêm"),
    F("điều chỉnh 9 dự án", "9", 9, "count", "dự án", "dự án cấp mới và điều chỉnh", Y23),
    F("khoảng 1.150 tỷ đồng", "1.150", 1150e9, "money", "đồng", "tổng vốn đầu tư tăng thêm", Y23, approx="about"),
    F("lên 108 dự án", "108", 108, "count", "dự án", "tổng số dự án còn hiệu lực", Y23),
    F("đạt 117.400 tỷ đồng", "117.400", 117400e9, "money", "đồng", "tổng vốn đăng ký", Y23),
    F("gần 4,9 tỷ USD", "4,9", 4.9e9, "money", "USD", "tổng vốn đăng ký", Y23, approx="nearly"),
    F("38 dự án", "38", 38, "count", "dự án", "dự án có vốn đầu tư nước ngoài", INH(Y23), total=108),
    F("ước đạt 42.500 tỷ đồng", "42.500", 42500e9, "money", "đồng", "doanh thu của các doanh nghiệp trong khu", Y23b,
      change=CH("increase", 11.3, "%", "năm 2022"), status="estimate"),
    F("khoảng 1,05 tỷ USD", "1,05", 1.05e9, "money", "USD", "giá trị xuất khẩu", INH(Y23b), approx="about"),
    F("1.820 tỷ đồng", "1.820", 1820e9, "money", "đồng", "nộp ngân sách nhà nước", INH(Y23b)),
    F("có 12.600 lao động", "12.600", 12600, "count", "lao động", "lao động đang làm việc tại khu"),
    F("chiếm 62%", "62", 62, "percent", "%", "lao động có trình độ đại học trở lên"),
    F("nộp 96 đơn", "96", 96, "count", "đơn", "đơn đăng ký sáng chế", ASOF),
    F("cấp 31 bằng", "31", 31, "count", "bằng", "bằng độc quyền sáng chế được cấp", ASOF),
    F("17 trung tâm", "17", 17, "count", "trung tâm", "trung tâm nghiên cứu và phát triển (R&D) đang hoạt động", ASOF),
    F("đạt 3,5% doanh thu", "3,5", 3.5, "percent", "%", "tỷ lệ chi cho R&D của doanh nghiệp"),
    F("thêm 10 dự án", "10", 10, "count", "dự án", "dự án mới thu hút thêm", Y24, status="target"),
    F("trên 48.000 tỷ đồng", "48.000", 48000e9, "money", "đồng", "doanh thu của các doanh nghiệp", Y24,
      approx="over", status="target"),
    F("khoảng 100.000 người", "100.000", 100000, "count", "người", "người đến làm việc tại Khu công nghệ cao Hòa Lạc",
      P("Đến năm 2030", None, "2030-12-31"), approx="about", status="target"),
]

COMMENTS = [
    "Government e-newspaper (Chinhphu.vn style, invented): Khu công nghệ cao Hòa Lạc năm 2023; dateline '15/01/2024 10:42' under the headline.",
    "Not figures: '(Chinhphu.vn)', '10:42', 'Quyết định số 198/1998/QĐ-TTg', 'Km 29 Đại lộ Thăng Long', foreign investor origins (not places).",
    "'(tương đương gần 4,9 tỷ USD)' is an equivalent amount: a money figure of its own (469/h01 convention). 'Trong đó, 38 dự án' follows",
    "'108 dự án' (same thing counted): total 108. 'ước đạt' governs its own sentence only; export and budget figures in the next sentence",
    "are actual. 'trong đó lao động ... chiếm 62%' is a share of a subset with no amount: a percent figure, not an attribute of 12.600.",
    "'Hiện có' and the R&D spending ratio carry no period. Location: Hà Nội (the park is named with '(Hà Nội)').",
]

if __name__ == "__main__":
    emit("p534-8", TEXT, COMMENTS, FIGS, published="2024-01-15", location="Hà Nội")
