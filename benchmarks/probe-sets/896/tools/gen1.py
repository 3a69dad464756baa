"""p896-1: Khánh Hòa province portal, 6 months 2024, sidewalk encroachment handled."""
from lib import F, P, I, C, T, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Đô thị - Giao thông
Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.315

Khánh Hòa: Xử lý gần 2.000 trường hợp lấn chiếm vỉa hè trong 6 tháng

Theo báo cáo của Sở Giao thông vận tải, 6 tháng đầu năm 2024, lực lượng chức năng các địa phương trong tỉnh đã tổ chức 4.826 lượt kiểm tra, phát hiện 1.968 trường hợp lấn chiếm vỉa hè, lòng đường để buôn bán, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, thành phố Nha Trang có 1.318 trường hợp, chiếm 67%; các địa phương còn lại lần lượt là Cam Ranh (247 trường hợp), Ninh Hòa (196 trường hợp), Diên Khánh (121 trường hợp) và Vạn Ninh (86 trường hợp).

Các lực lượng đã ra quyết định xử phạt vi phạm hành chính 1.245 trường hợp với tổng số tiền hơn 2,6 tỷ đồng; tạm giữ 3.150 tang vật các loại như bàn ghế, dù bạt, xe đẩy. Theo Nghị định số 100/2019/NĐ-CP, cá nhân bày bán hàng hóa trên vỉa hè bị phạt từ 2 đến 3 triệu đồng. Riêng đoạn Quốc lộ 1A qua thị xã Ninh Hòa, lực lượng liên ngành đã giải tỏa 58 lều quán tạm.

Đáng chú ý, tại Nha Trang, thành phố đã sắp xếp 14 điểm kinh doanh tạm thời với khoảng 620 chỗ bán cho người bán hàng rong, mức thu hỗ trợ 10.000 đồng/người/ngày. Đến nay, 42/57 tuyến đường trung tâm của thành phố đã cơ bản thông thoáng vỉa hè.

Theo kế hoạch, trong 6 tháng cuối năm, tỉnh phấn đấu 100% tuyến đường chính tại các đô thị loại III trở lên không còn tình trạng lấn chiếm vỉa hè; bố trí thêm khoảng 8 điểm kinh doanh có thời gian cho khoảng 300 hộ buôn bán nhỏ.

Cổng Thông tin điện tử tỉnh Khánh Hòa - Số 01 Trần Phú, Nha Trang
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
SUBJ = "trường hợp lấn chiếm vỉa hè, lòng đường để buôn bán"

FIGS = [
    F("Xử lý gần 2.000 trường hợp", "2.000", 2000, "count", "trường hợp",
      "trường hợp lấn chiếm vỉa hè được xử lý", HEAD, approx="nearly"),
    F("tổ chức 4.826 lượt kiểm tra", "4.826", 4826, "count", "lượt kiểm tra",
      "lượt kiểm tra của lực lượng chức năng", H1),
    F("phát hiện 1.968 trường hợp", "1.968", 1968, "count", "trường hợp", SUBJ, H1,
      change=C("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("có 1.318 trường hợp", "1.318", 1318, "count", "trường hợp", SUBJ, I(H1),
      total=1968, percent=67, location="Nha Trang"),
    F("Cam Ranh (247 trường hợp)", "247", 247, "count", "trường hợp", SUBJ, I(H1),
      total=1968, location="Cam Ranh"),
    F("Ninh Hòa (196 trường hợp)", "196", 196, "count", "trường hợp", SUBJ, I(H1),
      total=1968, location="Ninh Hòa"),
    F("Diên Khánh (121 trường hợp)", "121", 121, "count", "trường hợp", SUBJ, I(H1),
      total=1968, location="Diên Khánh"),
    F("Vạn Ninh (86 trường hợp)", "86", 86, "count", "trường hợp", SUBJ, I(H1),
      total=1968, location="Vạn Ninh"),
    F("hành chính 1.245 trường hợp", "1.245", 1245, "count", "trường hợp",
      "trường hợp bị xử phạt vi phạm hành chính", I(H1)),
    F("hơn 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng",
      "tiền xử phạt vi phạm hành chính", I(H1), approx="over"),
    F("tạm giữ 3.150 tang vật", "3.150", 3150, "count", "tang vật",
      "tang vật bị tạm giữ", I(H1)),
    F("từ 2 đến 3 triệu đồng", "2", 2e6, "money", "đồng",
      "mức phạt cá nhân bày bán hàng hóa trên vỉa hè", value_max=3e6),
    F("giải tỏa 58 lều quán", "58", 58, "count", "lều quán",
      "lều quán tạm được giải tỏa trên Quốc lộ 1A", I(H1), location="Ninh Hòa"),
    F("sắp xếp 14 điểm kinh doanh", "14", 14, "count", "điểm kinh doanh",
      "điểm kinh doanh tạm thời cho người bán hàng rong", location="Nha Trang"),
    F("khoảng 620 chỗ bán", "620", 620, "count", "chỗ bán",
      "chỗ bán cho người bán hàng rong", approx="about", location="Nha Trang"),
    F("10.000 đồng/người/ngày", "10.000", 10000, "money", "đồng/người/ngày",
      "mức thu hỗ trợ tại điểm kinh doanh tạm thời", location="Nha Trang"),
    F("42/57 tuyến đường", "42", 42, "count", "tuyến đường",
      "tuyến đường trung tâm đã cơ bản thông thoáng vỉa hè",
      P("Đến nay", None, "2024-07-12"), total=57, location="Nha Trang"),
    F("phấn đấu 100% tuyến đường", "100", 100, "percent", "%",
      "tuyến đường chính tại các đô thị không còn lấn chiếm vỉa hè", H2, status="target"),
    F("khoảng 8 điểm kinh doanh", "8", 8, "count", "điểm kinh doanh",
      "điểm kinh doanh có thời gian bố trí thêm", H2, approx="about", status="target"),
    F("khoảng 300 hộ", "300", 300, "count", "hộ",
      "hộ buôn bán nhỏ được bố trí", H2, approx="about", status="target"),
]

COMMENTS = [
    "Khánh Hòa province portal: sidewalk encroachment handled in the first half of 2024 (invented).",
    "Not figures: Lượt xem 2.315, times, Nghị định số 100/2019/NĐ-CP, Quốc lộ 1A, đô thị loại III, Số 01 Trần Phú.",
    "District list in brackets adds up to 1.968 after 'Trong đó' -> total 1968; period of the list inherited.",
    "The legal fine band 'từ 2 đến 3 triệu đồng' is a stated amount (range), required.",
]

if __name__ == "__main__":
    build("p896-1", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Khánh Hòa")
