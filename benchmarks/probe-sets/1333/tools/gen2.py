"""p1333-2: district portal (huyện Yên Thành, Nghệ An): reading festival, grassroots bookcases (tủ sách cơ sở)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Văn hóa - Thể thao

Yên Thành: Lan tỏa văn hóa đọc từ những tủ sách cơ sở

23/04/2024 - 08:45

Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 (21/4), sáng 22/4, UBND huyện tổ chức Ngày hội đọc sách năm 2024 tại Trung tâm Văn hóa - Thể thao huyện, thu hút gần một nghìn học sinh, đoàn viên tham gia.

Hiện toàn huyện có 1 thư viện huyện, 12 thư viện xã và 168 tủ sách cơ sở đặt tại nhà văn hóa xóm, với tổng số khoảng 52 nghìn bản sách. Trong đó, 35 tủ sách do các doanh nghiệp, nhà hảo tâm tài trợ.

Năm 2023, các thư viện và tủ sách trên địa bàn phục vụ hơn 45.000 lượt bạn đọc, luân chuyển khoảng 96.000 lượt sách; số sách bình quân đạt 0,18 bản/người, trong khi bình quân toàn tỉnh là 0,25 bản/người.

Từ đầu năm đến nay, huyện đã vận động được hơn 4.300 bản sách, trị giá khoảng 215 triệu đồng, bổ sung cho ba chục tủ sách ở các xóm khó khăn thuộc các xã Lăng Thành, Đức Thành, Tân Thành.

Tại xã Hợp Thành, tủ sách ở nhà văn hóa xóm 7 do Câu lạc bộ Đọc sách Hoa Sen quản lý có hơn 1.200 cuốn; mỗi tháng có từ 150 đến 200 lượt người đến mượn. Chị Hồ Thị Mai, chủ nhiệm câu lạc bộ, cho biết tủ sách mở cửa vào tối thứ Bảy và Chủ nhật.

Phấn đấu đến năm 2025, 100% xã, thị trấn trên địa bàn có thư viện hoặc tủ sách đạt chuẩn, mỗi xóm có ít nhất một tủ sách cơ sở.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Yên Thành tổng kết 10 năm thực hiện phong trào khuyến học
- Hội thi Đại sứ văn hóa đọc cấp huyện năm 2024

Địa chỉ: Khối 3, thị trấn Hoa Thành, huyện Yên Thành, tỉnh Nghệ An
Điện thoại: 0238.3863.205
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-04-23")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần một nghìn", "một", 1000, "count", "học sinh, đoàn viên", approx="nearly",
        subject="học sinh, đoàn viên tham gia Ngày hội đọc sách"),
    fig("có 1 thư viện huyện", "1", 1, "count", "thư viện huyện", subject="thư viện huyện"),
    fig("12 thư viện xã", "12", 12, "count", "thư viện xã", subject="thư viện xã"),
    fig("168 tủ sách", "168", 168, "count", "tủ sách cơ sở",
        subject="tủ sách cơ sở đặt tại nhà văn hóa xóm"),
    fig("khoảng 52 nghìn", "52", 52000, "count", "bản sách", approx="about",
        subject="tổng số bản sách của thư viện và tủ sách cơ sở"),
    fig("35 tủ sách", "35", 35, "count", "tủ sách", total=168,
        subject="tủ sách do các doanh nghiệp, nhà hảo tâm tài trợ"),
    fig("hơn 45.000 lượt", "45.000", 45000, "count", "lượt bạn đọc", approx="over",
        subject="lượt bạn đọc các thư viện và tủ sách phục vụ", period=Y23),
    fig("khoảng 96.000 lượt", "96.000", 96000, "count", "lượt sách", approx="about",
        subject="lượt sách luân chuyển", period=Y23),
    fig("đạt 0,18 bản", "0,18", 0.18, "measure", "bản/người",
        subject="số sách bình quân", period=Y23),
    fig("là 0,25 bản", "0,25", 0.25, "measure", "bản/người",
        subject="số sách bình quân toàn tỉnh", period=Y23, location="Nghệ An"),
    fig("hơn 4.300 bản", "4.300", 4300, "count", "bản sách", approx="over",
        subject="bản sách huyện vận động được", period=YTD),
    fig("khoảng 215 triệu", "215", 215e6, "money", "đồng", approx="about",
        subject="trị giá sách vận động được", period=YTD),
    fig("ba chục tủ sách", "ba chục", 30, "count", "tủ sách",
        subject="tủ sách ở các xóm khó khăn được bổ sung sách", period=YTD),
    fig("hơn 1.200 cuốn", "1.200", 1200, "count", "cuốn", approx="over",
        subject="sách của tủ sách ở nhà văn hóa xóm 7"),
    fig("từ 150 đến 200", "150", 150, "measure", "lượt người/tháng", value_max=200,
        subject="lượt người đến mượn sách mỗi tháng"),
    fig("100% xã", "100", 100, "percent", "%", status="target",
        subject="xã, thị trấn có thư viện hoặc tủ sách đạt chuẩn", period=T25),
    fig("ít nhất một tủ sách", "một", 1, "count", "tủ sách cơ sở", approx="at_least", status="target",
        subject="tủ sách cơ sở mỗi xóm có", period=T25),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): banner naming the district, breadcrumb, '23/04/2024 - 08:45', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'lần thứ 3 (21/4)', 'sáng 22/4', 08:45, 'xóm 7', '10 năm' in a link title, 'Khối 3', phone 0238.3863.205.",
    "'gần một nghìn học sinh': number word with multiplier, 1000, nearly.",
    "'Trong đó, 35 tủ sách' follows '... 168 tủ sách ..., với tổng số khoảng 52 nghìn bản sách': the whole counting the same thing",
    "(tủ sách) is 168, not the nearer 52 nghìn bản sách (FIGURES.md: the whole counts the same thing).",
    "'trong khi bình quân toàn tỉnh là 0,25 bản/người' is the province's own figure (location Nghệ An), same sentence as 'Năm 2023'.",
    "'ba chục tủ sách' = 30 (number words). 'mỗi tháng có từ 150 đến 200 lượt người' is a monthly rate: measure, 'lượt người/tháng'.",
    "Commune passages (Hợp Thành, Lăng Thành ...) stay with the district: location is province, city or district.",
    "'Phấn đấu đến năm 2025' governs both clauses: 100% and 'ít nhất một tủ sách' are targets, period null..2025-12-31.",
]

if __name__ == "__main__":
    write("p1333-2", TEXT, NOTES, FIGS, published="2024-04-23", location="Yên Thành")
