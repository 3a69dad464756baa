"""p803-1: Lai Châu province portal, mobile cinema in the first half of 2024."""
from lib import F, P, I, C, emit

TEXT = """
Cổng thông tin điện tử tỉnh Lai Châu
Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Lai Châu: Hơn 118 nghìn lượt người xem phim lưu động trong 6 tháng

Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Trung tâm Văn hóa - Điện ảnh tỉnh Lai Châu, 6 tháng đầu năm 2024, các đội chiếu phim lưu động đã tổ chức 642 buổi chiếu phục vụ đồng bào vùng sâu, vùng xa, đạt 53,5% kế hoạch năm, tăng 8,4% so với cùng kỳ năm 2023. Trong đó có 418 buổi chiếu tại các bản đặc biệt khó khăn và 57 buổi chiếu phục vụ cán bộ, chiến sĩ các đồn biên phòng. Các buổi chiếu đã thu hút hơn 118 nghìn lượt người xem.

Hiện toàn tỉnh có 8 đội chiếu phim lưu động với 26 cán bộ, viên chức; mỗi đội được trang bị 01 xe ô tô chuyên dụng. Các huyện có số buổi chiếu nhiều nhất lần lượt là Mường Tè (96 buổi), Sìn Hồ (88 buổi) và Phong Thổ (81 buổi). Nhiều bản cách trung tâm huyện trên 70 km, đường đi chủ yếu là đường đất; để tới điểm chiếu ở bản Pa Ủ, đội phải đi hết Quốc lộ 4H rồi đi bộ gần 12 km.

Bên cạnh chiếu phim, các đội lồng ghép tuyên truyền Quyết định số 1326/QĐ-UBND của UBND tỉnh về phòng, chống ma túy, mua bán người với 35 phim tài liệu, phóng sự được lồng tiếng Mông, Dao, Thái, chiếm khoảng 40% số phim phát hành. Kinh phí thực hiện 6 tháng ước đạt 1,85 tỷ đồng; chế độ bồi dưỡng cho người làm nhiệm vụ chiếu phim là 120.000 đồng/buổi.

Năm 2024, Trung tâm phấn đấu tổ chức 1.200 buổi chiếu, trong đó ít nhất 70% buổi chiếu tại các xã vùng III. Dự kiến trong quý III, tỉnh sẽ được bổ sung 2 bộ máy chiếu kỹ thuật số với tổng trị giá khoảng 780 triệu đồng.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("Hơn 118 nghìn lượt", "118", 118000, "count", "lượt người xem", "lượt người xem phim lưu động",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over"),
    F("tổ chức 642 buổi chiếu", "642", 642, "count", "buổi chiếu",
      "buổi chiếu phim lưu động phục vụ đồng bào vùng sâu, vùng xa", H1,
      percent=53.5, change=C("increase", 8.4, "%", "cùng kỳ năm 2023")),
    F("có 418 buổi chiếu", "418", 418, "count", "buổi chiếu", "buổi chiếu tại các bản đặc biệt khó khăn", I(H1),
      total=642),
    F("và 57 buổi chiếu", "57", 57, "count", "buổi chiếu", "buổi chiếu phục vụ cán bộ, chiến sĩ các đồn biên phòng",
      I(H1), total=642),
    F("thu hút hơn 118 nghìn", "118", 118000, "count", "lượt người xem", "lượt người xem các buổi chiếu", I(H1),
      approx="over"),
    F("có 8 đội chiếu phim", "8", 8, "count", "đội chiếu phim lưu động", "đội chiếu phim lưu động toàn tỉnh"),
    F("với 26 cán bộ", "26", 26, "count", "cán bộ, viên chức", "cán bộ, viên chức các đội chiếu phim"),
    F("trang bị 01 xe", "01", 1, "measure", "xe ô tô chuyên dụng/đội", "xe ô tô chuyên dụng trang bị cho mỗi đội",
      optional=True),
    F("Mường Tè (96 buổi)", "96", 96, "count", "buổi", "số buổi chiếu", I(H1), location="Mường Tè"),
    F("Sìn Hồ (88 buổi)", "88", 88, "count", "buổi", "số buổi chiếu", I(H1), location="Sìn Hồ"),
    F("Phong Thổ (81 buổi)", "81", 81, "count", "buổi", "số buổi chiếu", I(H1), location="Phong Thổ"),
    F("trên 70 km", "70", 70, "measure", "km", "khoảng cách từ bản đến trung tâm huyện", approx="over"),
    F("gần 12 km", "12", 12, "measure", "km", "quãng đường đi bộ tới điểm chiếu ở bản Pa Ủ", approx="nearly"),
    F("với 35 phim", "35", 35, "count", "phim tài liệu, phóng sự",
      "phim tài liệu, phóng sự được lồng tiếng Mông, Dao, Thái", I(H1), percent=40),
    F("1,85 tỷ đồng", "1,85", 1.85e9, "money", "đồng", "kinh phí thực hiện chiếu phim lưu động",
      P("6 tháng", "2024-01-01", "2024-06-30"), status="estimate"),
    F("120.000 đồng/buổi", "120.000", 120000, "money", "đồng/buổi",
      "chế độ bồi dưỡng cho người làm nhiệm vụ chiếu phim"),
    F("tổ chức 1.200 buổi", "1.200", 1200, "count", "buổi chiếu", "buổi chiếu phim lưu động",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("ít nhất 70%", "70", 70, "percent", "%", "tỷ lệ buổi chiếu tại các xã vùng III",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
    F("bổ sung 2 bộ", "2", 2, "count", "bộ máy chiếu kỹ thuật số", "bộ máy chiếu kỹ thuật số được bổ sung",
      P("quý III", "2024-07-01", "2024-09-30"), status="forecast"),
    F("khoảng 780 triệu đồng", "780", 780e6, "money", "đồng", "tổng trị giá máy chiếu kỹ thuật số bổ sung",
      P("quý III", "2024-07-01", "2024-09-30"), approx="about", status="forecast"),
]

NOTES = [
    "Lai Châu province portal: mobile cinema (chiếu phim lưu động), first half of 2024. Dateline 'Cập nhật: 12/07/2024 09:45'.",
    "Headline '6 tháng' has no year: 2024 from the dateline (nothing dated stands before it).",
    "'đạt 53,5% kế hoạch năm' is the percent of 642 buổi; 418 and 57 are parts after 'Trong đó' (sentence break) -> total 642.",
    "District list 'lần lượt là Mường Tè (96 buổi) ...' shares the indicator 'số buổi chiếu'; places go to location; no total (ranking).",
    "'mỗi đội được trang bị 01 xe' is an equipment specification (per team): optional.",
    "Distractors: Lượt xem 2.316, 09:45, Quốc lộ 4H, Quyết định số 1326/QĐ-UBND, 'xã vùng III', 'quý III'.",
]

if __name__ == "__main__":
    emit("p803-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Lai Châu")
