"""p575-2: district portal, huyện Yên Thế (Bắc Giang), district radio station 6 months 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THẾ
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Yên Thế: Hơn 1.100 tin, bài phát trên hệ thống truyền thanh 6 tháng đầu năm

Ngày đăng: 09/07/2024 | Người viết: Hoàng Lan

6 tháng đầu năm 2024, Trung tâm Văn hóa - Thông tin và Thể thao huyện Yên Thế đã sản xuất 1.136 tin, bài, phóng sự phát trên sóng truyền thanh, tăng 12,4% so với cùng kỳ năm trước; trong đó có 214 tin, bài cộng tác với Đài Phát thanh và Truyền hình Bắc Giang.

Đài Truyền thanh huyện duy trì phát sóng 2 buổi/ngày, mỗi buổi 60 phút; tiếp sóng Đài Tiếng nói Việt Nam 1.810 giờ và Đài Phát thanh và Truyền hình tỉnh 362 giờ.

Hiện 21/21 xã, thị trấn trên địa bàn huyện đã có đài truyền thanh, trong đó 17 đài đã chuyển sang ứng dụng CNTT-VT với 186 cụm loa thông minh; 4 đài ở các xã Đồng Vương, Canh Nậu, Xuân Lương, Tam Tiến vẫn dùng công nghệ FM, nhiều thiết bị xuống cấp sau hơn 10 năm sử dụng.

Từ đầu năm đến nay, Trung tâm đã tổ chức 3 lớp tập huấn nghiệp vụ cho 57 lượt cán bộ phụ trách đài truyền thanh cấp xã, kiểm tra 8 đài tại các xã dọc Đường tỉnh 242.

Thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2022 của UBND huyện, năm 2024 huyện phấn đấu chuyển đổi nốt 4 đài FM còn lại; tổng kinh phí dự kiến khoảng 1,2 tỷ đồng từ ngân sách huyện.

Trung tâm Văn hóa - Thông tin và Thể thao huyện Yên Thế - Tổ dân phố Hoàng Hoa Thám, thị trấn Cầu Gồ. ĐT: 0204.3876.225
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-09")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 1.100 tin", "1.100", 1100, "count", "tin, bài", "tin, bài phát trên hệ thống truyền thanh", HEAD,
      approx="over"),
    F("sản xuất 1.136 tin", "1.136", 1136, "count", "tin, bài, phóng sự",
      "tin, bài, phóng sự phát trên sóng truyền thanh", H1,
      change=CH("increase", 12.4, "%", "cùng kỳ năm trước")),
    F("có 214 tin", "214", 214, "count", "tin, bài",
      "tin, bài cộng tác với Đài Phát thanh và Truyền hình Bắc Giang", H1, total=1136),
    F("phát sóng 2 buổi/ngày", "2", 2, "measure", "buổi/ngày", "phát sóng của Đài Truyền thanh huyện"),
    F("mỗi buổi 60 phút", "60", 60, "measure", "phút", "thời lượng mỗi buổi phát sóng"),
    F("Việt Nam 1.810 giờ", "1.810", 1810, "measure", "giờ", "thời lượng tiếp sóng Đài Tiếng nói Việt Nam", I(H1)),
    F("tỉnh 362 giờ", "362", 362, "measure", "giờ",
      "thời lượng tiếp sóng Đài Phát thanh và Truyền hình tỉnh", I(H1)),
    F("Hiện 21/21 xã", "21", 21, "count", "xã, thị trấn", "xã, thị trấn đã có đài truyền thanh", total=21),
    F("đó 17 đài", "17", 17, "count", "đài", "đài đã chuyển sang ứng dụng CNTT-VT", total=21),
    F("với 186 cụm loa", "186", 186, "count", "cụm loa", "cụm loa thông minh"),
    F("; 4 đài ở", "4", 4, "count", "đài", "đài vẫn dùng công nghệ FM", total=21),
    F("hơn 10 năm sử dụng", "10", 10, "measure", "năm", "thời gian sử dụng thiết bị", approx="over",
      optional=True),
    F("tổ chức 3 lớp", "3", 3, "count", "lớp", "lớp tập huấn nghiệp vụ", YTD),
    F("cho 57 lượt", "57", 57, "count", "lượt cán bộ", "lượt cán bộ phụ trách đài truyền thanh cấp xã được tập huấn",
      YTD),
    F("kiểm tra 8 đài", "8", 8, "count", "đài", "đài được kiểm tra", YTD),
    F("nốt 4 đài", "4", 4, "count", "đài", "đài FM còn lại chuyển đổi", Y24, status="target"),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí chuyển đổi", Y24, approx="about",
      status="forecast"),
]

COMMENTS = [
    "Yên Thế district portal (Bắc Giang): district radio station output and commune stations, first half of 2024.",
    "'Ngày đăng: 09/07/2024' dateline; Kế hoạch số 45/KH-UBND ngày 10/3/2022, Đường tỉnh 242, phone 0204.3876.225 are not figures.",
    "Headline '6 tháng đầu năm' has no year: the dateline (published) gives 2024. 'Từ đầu năm đến nay' ends at published.",
    "17 đài and '; 4 đài' are both parts of 21/21 (after trong đó, the second after ';'). 'hơn 10 năm sử dụng' (equipment age) optional.",
    "Location: the district (district portal), also for the items contributed to the provincial station.",
    "'phấn đấu' makes the 4 stations a target; 'kinh phí dự kiến' is a forecast.",
]

if __name__ == "__main__":
    emit("p575-2", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Yên Thế")
