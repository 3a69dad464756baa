"""p1231-2: district portal (huyện Kỳ Sơn, Nghệ An): a book-bus tour of border communes, October 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KỲ SƠN - TỈNH NGHỆ AN
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội

Đưa "chuyến xe tri thức" đến học sinh các xã biên giới

Ngày đăng: 15/10/2024 | Người đăng: Lữ Văn Hùng

Từ ngày 7 đến 11/10, Phòng Văn hóa và Thông tin huyện phối hợp với Thư viện tỉnh Nghệ An đưa xe thư viện lưu động đến 12 điểm trường thuộc 5 xã biên giới Mường Lống, Na Loi, Keng Đu, Nậm Cắn và Mường Ải. Chuyến xe mang theo hơn 5.000 bản sách, truyện thiếu nhi và phục vụ 3.640 lượt học sinh, trong đó học sinh dân tộc Mông, Khơ Mú chiếm hơn 90%.

Tại mỗi điểm trường, xe dừng từ 3 đến 4 giờ; các em được đọc sách tại chỗ, xem phim tài liệu và nghe cán bộ thư viện hướng dẫn cách giữ gìn sách. Riêng tại điểm trường bản Huồi Pốc (xã Mường Lống), hai cán bộ thư viện đã phải mang sách đi bộ gần 6 km do đường sạt lở, xe không vào được. Dịp này, Thư viện tỉnh trao tặng các trường 1.200 cuốn sách và 300 bộ đồ dùng học tập, tổng trị giá 85 triệu đồng.

Theo Phòng Văn hóa và Thông tin huyện, 9 tháng năm 2024, xe thư viện lưu động đã về huyện 4 đợt, phục vụ khoảng 11.500 lượt học sinh, tăng 2.300 lượt so với cùng kỳ. Toàn huyện hiện có 41 trường phổ thông, trong đó mới có 17 trường có thư viện đạt chuẩn; nhiều điểm trường lẻ ở các bản xa chưa có tủ sách.

Năm 2025, huyện phấn đấu 100% điểm trường ở các xã biên giới được xe thư viện lưu động phục vụ ít nhất 2 lần/năm học, đồng thời xây dựng thêm 20 tủ sách lớp học.

UBND HUYỆN KỲ SƠN - Thị trấn Mường Xén, huyện Kỳ Sơn, tỉnh Nghệ An
Điện thoại: 0238.3875.116 | Email: kyson@nghean.gov.vn
"""

TOUR = per("Từ ngày 7 đến 11/10", "2024-10-07", "2024-10-11")
N9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("đến 12 điểm trường", "12", 12, "count", "điểm trường",
        subject="điểm trường được xe thư viện lưu động đến phục vụ", period=TOUR),
    fig("thuộc 5 xã", "5", 5, "count", "xã", subject="xã biên giới có điểm trường được xe đến", period=TOUR),
    fig("hơn 5.000 bản", "5.000", 5000, "count", "bản sách", approx="over",
        subject="bản sách, truyện thiếu nhi chuyến xe mang theo", period=inh(TOUR)),
    fig("phục vụ 3.640 lượt", "3.640", 3640, "count", "lượt học sinh",
        subject="lượt học sinh được chuyến xe phục vụ", period=inh(TOUR)),
    fig("chiếm hơn 90%", "90", 90, "percent", "%", approx="over",
        subject="tỷ lệ học sinh dân tộc Mông, Khơ Mú trong lượt học sinh được phục vụ", period=inh(TOUR)),
    fig("từ 3 đến 4 giờ", "3", 3, "measure", "giờ", value_max=4,
        subject="thời gian xe dừng tại mỗi điểm trường"),
    fig("hai cán bộ", "hai", 2, "count", "cán bộ thư viện",
        subject="cán bộ thư viện mang sách đi bộ đến điểm trường bản Huồi Pốc"),
    fig("gần 6 km", "6", 6, "measure", "km", approx="nearly",
        subject="quãng đường cán bộ thư viện mang sách đi bộ"),
    fig("các trường 1.200 cuốn", "1.200", 1200, "count", "cuốn sách",
        subject="sách Thư viện tỉnh trao tặng các trường", period=inh(TOUR)),
    fig("300 bộ", "300", 300, "count", "bộ đồ dùng học tập",
        subject="bộ đồ dùng học tập Thư viện tỉnh trao tặng các trường", period=inh(TOUR)),
    fig("trị giá 85 triệu", "85", 85000000, "money", "đồng",
        subject="tổng trị giá sách và đồ dùng học tập trao tặng", period=inh(TOUR)),
    fig("về huyện 4 đợt", "4", 4, "count", "đợt",
        subject="đợt xe thư viện lưu động về huyện", period=N9),
    fig("khoảng 11.500 lượt", "11.500", 11500, "count", "lượt học sinh", approx="about",
        change=chg("increase", 2300, "lượt", "cùng kỳ"),
        subject="lượt học sinh được xe thư viện lưu động phục vụ", period=N9),
    fig("có 41 trường", "41", 41, "count", "trường phổ thông", subject="trường phổ thông toàn huyện"),
    fig("có 17 trường", "17", 17, "count", "trường", total=41,
        subject="trường phổ thông có thư viện đạt chuẩn"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ điểm trường ở các xã biên giới được xe thư viện lưu động phục vụ", period=Y25),
    fig("ít nhất 2 lần", "2", 2, "measure", "lần/năm học", approx="at_least", status="target", optional=True,
        subject="số lần điểm trường được xe phục vụ mỗi năm học", period=Y25),
    fig("thêm 20 tủ", "20", 20, "count", "tủ sách lớp học", status="target",
        subject="tủ sách lớp học xây dựng thêm", period=Y25),
]

NOTES = [
    "District portal (Kỳ Sơn, Nghệ An): a five-day book-bus tour of border communes. 'Ngày đăng: 15/10/2024 | Người đăng: …'.",
    "Location is the district (Kỳ Sơn); communes (Mường Lống, Na Loi, …) are not places of figures. 'Tỉnh Nghệ An' appears only in the header and footer.",
    "'Từ ngày 7 đến 11/10' takes 2024 from the dateline: 2024-10-07..2024-10-11 (scored where it stands in the sentence).",
    "'trong đó học sinh dân tộc Mông, Khơ Mú chiếm hơn 90%' is the share of a part with no count of its own: a percent figure, not a percent of 3.640.",
    "'tăng 2.300 lượt so với cùng kỳ' is the change of 11.500. 17 of 41 trường after 'trong đó': total 41.",
    "'ít nhất 2 lần/năm học' is the condition of the 100% target (optional). 'Tại mỗi điểm trường, xe dừng từ 3 đến 4 giờ' is a duration measure, no period.",
    "Distractors: 'Ngày đăng: 15/10/2024', phone 0238.3875.116, 'Thị trấn Mường Xén', 'bản Huồi Pốc'.",
]

if __name__ == "__main__":
    write("p1231-2", TEXT, NOTES, FIGS, published="2024-10-15", location="Kỳ Sơn")
