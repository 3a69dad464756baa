"""p712-2: huyện Đông Anh district portal — giấy phép xây dựng nhà ở riêng lẻ 9 tháng 2024, đấu giá đất, nhà ở xã hội."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH
Trang chủ / Tin tức - Sự kiện / Quản lý đô thị

Đông Anh: 9 tháng cấp 1.215 giấy phép xây dựng nhà ở riêng lẻ

Thứ Năm, 10/10/2024 - 15:20

Theo Phòng Quản lý đô thị huyện, 9 tháng năm 2024, tổng diện tích sàn nhà ở riêng lẻ được cấp phép khoảng 318.600 m²; UBND huyện đã cấp 1.215 giấy phép xây dựng nhà ở riêng lẻ, tăng 17,4% so với cùng kỳ năm 2023, đạt 86,8% kế hoạch năm. Trong đó, các xã có nhiều giấy phép là Uy Nỗ (164 giấy phép), Xuân Canh (131 giấy phép), Vân Nội (118 giấy phép) và Kim Chung (97 giấy phép).

Công tác đấu giá quyền sử dụng đất tiếp tục sôi động. Ngày 19/8/2024, huyện đấu giá thành công 68 thửa đất tại khu X4 xã Nguyên Khê với giá khởi điểm từ 30,4 đến 35,2 triệu đồng/m²; giá trúng cao nhất 98,7 triệu đồng/m², thấp nhất 66,5 triệu đồng/m². Giá trúng bình quân gấp 2,3 lần giá khởi điểm. Tổng số tiền trúng đấu giá hơn 596 tỷ đồng.

Về nhà ở xã hội, dự án tại xã Kim Chung quy mô 1.540 căn hộ đã thi công xong phần móng, dự kiến quý II/2025 bàn giao 480 căn đầu tiên. Huyện phấn đấu đến năm 2025 tỷ lệ nhà ở kiên cố đạt 100%, diện tích nhà ở bình quân đạt 35 m² sàn/người.

Thực hiện Quyết định số 1482/QĐ-UBND của UBND huyện, Phòng Quản lý đô thị tiếp tục rà soát các trường hợp xây dựng không phép dọc Quốc lộ 3.

Địa chỉ: số 68 đường Cao Lỗ, thị trấn Đông Anh. Điện thoại: 024.3883.2121.
"""

COMMENTS = [
    "Cổng TTĐT huyện Đông Anh (Hà Nội), dateline 'Thứ Năm, 10/10/2024 - 15:20': giấy phép xây dựng nhà ở riêng lẻ 9 tháng 2024,",
    "đấu giá quyền sử dụng đất, nhà ở xã hội, mục tiêu 2025. Location: Đông Anh throughout (communes are not a province, city or",
    "district, so commune items keep the district and name the commune in the subject). Headline '9 tháng' takes 2024 (dateline).",
    "Commune items follow 'Trong đó' after the 1.215 permits: total 1215 (they do not add up, but the cue names the whole).",
    "'Giá trúng bình quân gấp 2,3 lần giá khởi điểm.' stands alone: a multiple. The auction day 'Ngày 19/8/2024' is not a period.",
    "Distractors: dateline, 'khu X4', 'Quyết định số 1482/QĐ-UBND', 'Quốc lộ 3', 'số 68 đường Cao Lỗ', phone 024.3883.2121.",
]

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
G2025 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("tháng cấp 1.215 giấy phép", "1.215", 1215, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ",
      P("9 tháng", "2024-01-01", "2024-09-30")),
    F("khoảng 318.600 m²", "318.600", 318600, "measure", "m²", "tổng diện tích sàn nhà ở riêng lẻ được cấp phép", M9,
      approx="about"),
    F("đã cấp 1.215 giấy phép", "1.215", 1215, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ UBND huyện đã cấp", M9,
      percent=86.8, change=CH("increase", 17.4, baseline="cùng kỳ năm 2023")),
    F("Uy Nỗ (164 giấy phép)", "164", 164, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ xã Uy Nỗ", I(M9), total=1215),
    F("Xuân Canh (131 giấy phép)", "131", 131, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ xã Xuân Canh", I(M9),
      total=1215),
    F("Vân Nội (118 giấy phép)", "118", 118, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ xã Vân Nội", I(M9),
      total=1215),
    F("Kim Chung (97 giấy phép)", "97", 97, "count", "giấy phép", "giấy phép xây dựng nhà ở riêng lẻ xã Kim Chung", I(M9),
      total=1215),
    F("thành công 68 thửa đất", "68", 68, "count", "thửa đất", "thửa đất đấu giá thành công tại khu X4 xã Nguyên Khê"),
    F("từ 30,4 đến 35,2 triệu", "30,4", 30.4e6, "money", "đồng/m²", "giá khởi điểm", value_max=35.2e6),
    F("cao nhất 98,7 triệu", "98,7", 98.7e6, "money", "đồng/m²", "giá trúng cao nhất"),
    F("thấp nhất 66,5 triệu", "66,5", 66.5e6, "money", "đồng/m²", "giá trúng thấp nhất"),
    F("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", "giá trúng bình quân so với giá khởi điểm"),
    F("hơn 596 tỷ đồng", "596", 596e9, "money", "đồng", "tổng số tiền trúng đấu giá", approx="over"),
    F("quy mô 1.540 căn hộ", "1.540", 1540, "count", "căn hộ", "quy mô dự án nhà ở xã hội tại xã Kim Chung"),
    F("bàn giao 480 căn", "480", 480, "count", "căn", "căn hộ nhà ở xã hội bàn giao đầu tiên",
      P("quý II/2025", "2025-04-01", "2025-06-30"), status="forecast"),
    F("kiên cố đạt 100%", "100", 100, "percent", "%", "tỷ lệ nhà ở kiên cố", G2025, status="target"),
    F("đạt 35 m² sàn/người", "35", 35, "measure", "m² sàn/người", "diện tích nhà ở bình quân", G2025, status="target"),
]

if __name__ == "__main__":
    emit("p712-2", TEXT, COMMENTS, FIGS, published="2024-10-10", location="Đông Anh")
