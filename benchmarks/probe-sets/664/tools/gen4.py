"""p664-4: Bộ Nông nghiệp và Môi trường site — cơ sở nuôi động vật hoang dã được cấp mã số (tính đến 31/12/2024)."""
from lib import F, P, I, CH, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG

Trang chủ > Tin tức > Lâm nghiệp - Kiểm lâm

Cả nước có hơn 24.600 cơ sở nuôi động vật hoang dã được cấp mã số

Ngày đăng: 22/05/2025 | Lượt xem: 964

Theo Cục Lâm nghiệp và Kiểm lâm, tính đến ngày 31/12/2024, cả nước có 24.638 cơ sở nuôi động vật rừng thông thường và động vật hoang dã nguy cấp, quý, hiếm được cấp mã số theo Nghị định số 84/2021/NĐ-CP, tăng 1.215 cơ sở so với cuối năm 2023. Trong đó, có 2.947 cơ sở nuôi loài thuộc các Phụ lục CITES và 21.691 cơ sở nuôi động vật rừng thông thường.

Đồng Nai dẫn đầu cả nước với 3.412 cơ sở; Nghệ An xếp thứ 2 với 2.856 cơ sở; tiếp đến là Thanh Hóa (2.104 cơ sở) và Bình Dương (1.788 cơ sở).

Tổng đàn động vật hoang dã đang nuôi ước khoảng 1,6 triệu cá thể, chủ yếu là rắn ráo trâu, cá sấu, dúi, nhím và khỉ đuôi dài. Riêng cá sấu nước ngọt có khoảng 425.000 cá thể, khỉ đuôi dài hơn 45.000 cá thể.

Năm 2024, Cơ quan quản lý CITES Việt Nam đã cấp 3.856 giấy phép xuất khẩu mẫu vật có nguồn gốc nuôi sinh sản, kim ngạch ước đạt 78,5 triệu USD, tăng 6,4% so với năm 2023. Trong số 1.532 cơ sở được kiểm tra, có 87 cơ sở vi phạm (chiếm 5,7%), bị xử phạt tổng cộng 2,35 tỷ đồng.

Phấn đấu đến năm 2030, 100% cơ sở nuôi được quản lý trên cơ sở dữ liệu điện tử, số vụ vi phạm tại cơ sở nuôi giảm ít nhất 30% so với năm 2024.

Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3733.5701.
"""

AS = P("tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "cơ sở nuôi động vật hoang dã được cấp mã số"

FIGS = [
    F("hơn 24.600 cơ sở", "24.600", 24600, "count", "cơ sở", SUBJ, approx="over"),
    F("có 24.638 cơ sở", "24.638", 24638, "count", "cơ sở",
      "cơ sở nuôi động vật rừng thông thường và động vật hoang dã nguy cấp, quý, hiếm được cấp mã số", AS,
      change=CH("increase", 1215, "cơ sở", "cuối năm 2023")),
    F("có 2.947 cơ sở", "2.947", 2947, "count", "cơ sở", "cơ sở nuôi loài thuộc các Phụ lục CITES", I(AS), total=24638),
    F("21.691 cơ sở", "21.691", 21691, "count", "cơ sở", "cơ sở nuôi động vật rừng thông thường", I(AS), total=24638),
    F("với 3.412 cơ sở", "3.412", 3412, "count", "cơ sở", SUBJ, I(AS), location="Đồng Nai"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", SUBJ, I(AS), location="Nghệ An"),
    F("với 2.856 cơ sở", "2.856", 2856, "count", "cơ sở", SUBJ, I(AS), location="Nghệ An"),
    F("(2.104 cơ sở)", "2.104", 2104, "count", "cơ sở", SUBJ, I(AS), location="Thanh Hóa"),
    F("(1.788 cơ sở)", "1.788", 1788, "count", "cơ sở", SUBJ, I(AS), location="Bình Dương"),
    F("khoảng 1,6 triệu cá thể", "1,6", 1.6e6, "count", "cá thể", "tổng đàn động vật hoang dã đang nuôi",
      approx="about", status="estimate"),
    F("khoảng 425.000 cá thể", "425.000", 425000, "count", "cá thể", "cá sấu nước ngọt đang nuôi", approx="about"),
    F("hơn 45.000 cá thể", "45.000", 45000, "count", "cá thể", "khỉ đuôi dài đang nuôi", approx="over"),
    F("cấp 3.856 giấy phép", "3.856", 3856, "count", "giấy phép",
      "giấy phép xuất khẩu mẫu vật có nguồn gốc nuôi sinh sản", Y24),
    F("78,5 triệu USD", "78,5", 78.5e6, "money", "USD", "kim ngạch xuất khẩu mẫu vật có nguồn gốc nuôi sinh sản", Y24,
      change=CH("increase", 6.4, "%", "năm 2023"), status="estimate"),
    F("Trong số 1.532 cơ sở", "1.532", 1532, "count", "cơ sở", "cơ sở nuôi được kiểm tra", I(Y24)),
    F("có 87 cơ sở", "87", 87, "count", "cơ sở", "cơ sở nuôi vi phạm", I(Y24), total=1532, percent=5.7),
    F("2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "tiền xử phạt cơ sở nuôi vi phạm", I(Y24)),
    F("100% cơ sở", "100", 100, "percent", "%", "cơ sở nuôi được quản lý trên cơ sở dữ liệu điện tử", T30,
      status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "số vụ vi phạm tại cơ sở nuôi giảm so với năm 2024", T30,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Bộ Nông nghiệp và Môi trường site ('Ngày đăng: 22/05/2025 | Lượt xem: 964'): cơ sở nuôi động vật hoang dã được cấp mã số, cả nước.",
    "Distractors: 'Lượt xem: 964', 'Nghị định số 84/2021/NĐ-CP', 'Phụ lục CITES', 'Số 2 Ngọc Hà', phone 024.3733.5701.",
    "National figures: location Việt Nam; the province list keeps the indicator as subject and the province as location; 'xếp thứ 2' is a rank.",
    "'Trong số 1.532 cơ sở …, có 87' -> 1.532 is a figure (as shared h13 'Trong 25 chỉ tiêu') and the 87's total; '(chiếm 5,7%)' its percent.",
    "'ước khoảng 1,6 triệu' -> estimate + about; the next sentence ('Riêng …') has its own verb: actual. 'Riêng' is no part-of cue: no total.",
    "'giảm ít nhất 30% so với năm 2024' is a rate as the claim (target), no change object.",
]

if __name__ == "__main__":
    emit("p664-4", TEXT, COMMENTS, FIGS, published="2025-05-22", location="Việt Nam")
