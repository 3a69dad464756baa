"""p889-1: province portal (Thanh Hóa) — cơ sở dạy thêm đăng ký kinh doanh theo Thông tư 29."""
from lib import F, P, CH, build

TEXT = """Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Hơn 400 cơ sở dạy thêm đăng ký kinh doanh theo quy định mới

Cập nhật: 18/03/2025 09:45 | Lượt xem: 2.316

Thực hiện Thông tư số 29/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo, tính đến ngày 15/3/2025, toàn tỉnh Thanh Hóa có 412 cơ sở dạy thêm ngoài nhà trường đã đăng ký kinh doanh, tăng 96 cơ sở so với cuối năm 2024. Trong đó, 287 cơ sở do tổ chức đứng tên và 125 cơ sở do cá nhân đứng tên. Các địa phương có nhiều cơ sở nhất là TP Thanh Hóa (138 cơ sở), TX Bỉm Sơn (41 cơ sở) và huyện Thọ Xuân (29 cơ sở).

Có 1.856 giáo viên đăng ký tham gia dạy thêm ngoài nhà trường, trong đó 1.204 giáo viên đang công tác tại các trường công lập, chiếm 64,9%. Số học sinh theo học tại các cơ sở ước khoảng 46.500 học sinh, tập trung ở lớp 9 và lớp 12; sĩ số bình quân 27 học sinh/lớp.

Từ đầu năm đến nay, Sở Giáo dục và Đào tạo phối hợp với UBND các huyện, thị xã, thành phố thành lập 27 đoàn kiểm tra, kiểm tra 163 cơ sở, phát hiện 19 cơ sở vi phạm, chiếm 11,7% số cơ sở được kiểm tra. Các đoàn đã xử phạt vi phạm hành chính hơn 185 triệu đồng theo Nghị định số 04/2021/NĐ-CP; đình chỉ hoạt động 4 cơ sở chưa đăng ký kinh doanh.

Học phí phổ biến từ 30.000 đến 50.000 đồng/buổi; riêng các lớp ôn thi vào lớp 10 tại TP Thanh Hóa có mức 80.000 đồng/buổi, cao hơn khoảng 60% so với năm học trước.

Theo kế hoạch, đến hết năm 2025, tỉnh phấn đấu 100% cơ sở dạy thêm được kiểm tra ít nhất một lần; dự kiến khoảng 60 cơ sở hoàn thiện hồ sơ đăng ký trong quý II/2025.

Đường dây nóng tiếp nhận phản ánh: 0237.3852.401
"""

ASOF = P("tính đến ngày 15/3/2025", end="2025-03-15")
ASOF_I = P("tính đến ngày 15/3/2025", end="2025-03-15", inherited=True)
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-18")
YTD_I = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-18", inherited=True)
SUBJ = "cơ sở dạy thêm ngoài nhà trường đã đăng ký kinh doanh"

FIGS = [
    F("Hơn 400 cơ sở", "400", "count", "cơ sở", "cơ sở dạy thêm đăng ký kinh doanh",
      approx="over", period=ASOF_I),
    F("có 412 cơ sở", "412", "count", "cơ sở", SUBJ,
      change=CH("increase", 96, "cơ sở", "cuối năm 2024"), period=ASOF),
    F("287 cơ sở do tổ chức", "287", "count", "cơ sở", "cơ sở do tổ chức đứng tên", total=412, period=ASOF_I),
    F("125 cơ sở do cá nhân", "125", "count", "cơ sở", "cơ sở do cá nhân đứng tên", total=412, period=ASOF_I),
    F("(138 cơ sở)", "138", "count", "cơ sở", SUBJ, period=ASOF_I, location="TP Thanh Hóa"),
    F("(41 cơ sở)", "41", "count", "cơ sở", SUBJ, period=ASOF_I, location="Bỉm Sơn"),
    F("(29 cơ sở)", "29", "count", "cơ sở", SUBJ, period=ASOF_I, location="Thọ Xuân"),
    F("Có 1.856 giáo viên", "1.856", "count", "giáo viên", "giáo viên đăng ký tham gia dạy thêm ngoài nhà trường",
      period=ASOF_I),
    F("1.204 giáo viên", "1.204", "count", "giáo viên", "giáo viên đang công tác tại các trường công lập",
      total=1856, percent=64.9, period=ASOF_I),
    F("khoảng 46.500 học sinh", "46.500", "count", "học sinh", "học sinh theo học tại các cơ sở",
      approx="about", status="estimate", period=ASOF_I),
    F("27 học sinh/lớp", "27", "measure", "học sinh/lớp", "sĩ số bình quân", period=ASOF_I),
    F("27 đoàn kiểm tra", "27", "count", "đoàn", "đoàn kiểm tra", period=YTD),
    F("kiểm tra 163 cơ sở", "163", "count", "cơ sở", "cơ sở được kiểm tra", period=YTD),
    F("phát hiện 19 cơ sở", "19", "count", "cơ sở", "cơ sở vi phạm", percent=11.7, period=YTD),
    F("hơn 185 triệu đồng", "185", "money", "đồng", "tiền xử phạt vi phạm hành chính", approx="over", period=YTD_I),
    F("đình chỉ hoạt động 4 cơ sở", "4", "count", "cơ sở", "cơ sở bị đình chỉ hoạt động do chưa đăng ký kinh doanh",
      period=YTD_I),
    F("từ 30.000 đến 50.000 đồng/buổi", "30.000", "money", "đồng/buổi", "học phí dạy thêm phổ biến", value_max=50000),
    F("mức 80.000 đồng/buổi", "80.000", "money", "đồng/buổi", "học phí lớp ôn thi vào lớp 10",
      change=CH("increase", 60, "%", "năm học trước", approx="about"), location="TP Thanh Hóa"),
    F("phấn đấu 100%", "100", "percent", "%", "cơ sở dạy thêm được kiểm tra", status="target",
      period=P("đến hết năm 2025", end="2025-12-31")),
    F("ít nhất một lần", "một", "count", "lần", "số lần kiểm tra mỗi cơ sở", approx="at_least", status="target",
      optional=True),
    F("khoảng 60 cơ sở", "60", "count", "cơ sở", "cơ sở hoàn thiện hồ sơ đăng ký", approx="about", status="forecast",
      period=P("quý II/2025", "2025-04-01", "2025-06-30")),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: cơ sở dạy thêm đăng ký kinh doanh theo Thông tư 29/2024 (tính đến 15/3/2025).",
    "Dateline 'Cập nhật: 18/03/2025 09:45'; 'Lượt xem: 2.316', document numbers, 'lớp 9/12/10' (grades) and the hotline are not figures.",
    "The district list (138+41+29 = 208 of 412) does not add up to the whole: no total. 'ít nhất một lần' is part of the target's definition: optional.",
]

if __name__ == "__main__":
    build("p889-1", TEXT, FIGS, published="2025-03-18", location="Thanh Hóa", notes=NOTES)
