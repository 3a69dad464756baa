"""p784-7: Sở LĐ-TB&XH Hà Nội (department site, no dateline) — tài xế công nghệ tham gia BHXH tự nguyện (one cell per line table)."""
from lib import F, P, I, CH, emit

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ HÀ NỘI
Trang chủ » Việc làm - BHXH » Tin hoạt động

Hơn 3.200 tài xế công nghệ tham gia BHXH tự nguyện

Năm 2023, toàn thành phố có 3.215 tài xế công nghệ tham gia BHXH tự nguyện (gồm 2.486 tài xế xe ôm công nghệ và 729 tài xế ô tô), chiếm 2,1% tổng số người tham gia BHXH tự nguyện trên địa bàn. Con số này gấp 1,6 lần năm 2022.

Thu nhập bình quân của tài xế tham gia khảo sát khoảng 8,5 triệu đồng/tháng; mức thu nhập làm căn cứ đóng được lựa chọn phổ biến từ 1,5 đến 2 triệu đồng/tháng.

Người tham gia tập trung tại 12 quận nội thành, trong đó 4 quận có trên 350 người như bảng dưới đây.

Bảng: Số tài xế công nghệ tham gia BHXH tự nguyện tại một số quận
Đơn vị tính: người
Quận
Năm 2022
Năm 2023
Kế hoạch 2024
Cầu Giấy
412
687
800
Đống Đa
365
598
700
Hoàng Mai
290
471
600
Hà Đông
218
356
450

Năm 2024, Sở dự kiến phối hợp BHXH thành phố tổ chức 24 hội nghị đối thoại tại các quận, huyện; phấn đấu mỗi quận có ít nhất 01 điểm tư vấn lưu động cho tài xế công nghệ. Tài xế cần hỗ trợ có thể liên hệ Phòng Việc làm - An toàn lao động, Sở Lao động - Thương binh và Xã hội, tầng 3, số 75 Nguyễn Chí Thanh, quận Đống Đa.

Liên kết website | Sơ đồ cổng
Điện thoại: 024.3773.5186
Tổng số lượt truy cập: 2.905.114
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
KH = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 3.200 tài xế", "3.200", 3200, "count", "tài xế", "tài xế công nghệ tham gia BHXH tự nguyện", I(Y23),
      approx="over"),
    F("có 3.215 tài xế", "3.215", 3215, "count", "tài xế", "tài xế công nghệ tham gia BHXH tự nguyện", Y23,
      percent=2.1),
    F("gồm 2.486 tài xế", "2.486", 2486, "count", "tài xế", "tài xế xe ôm công nghệ tham gia BHXH tự nguyện", Y23,
      total=3215),
    F("và 729 tài xế", "729", 729, "count", "tài xế", "tài xế ô tô tham gia BHXH tự nguyện", Y23, total=3215),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "số tài xế công nghệ tham gia BHXH tự nguyện so với năm 2022",
      I(Y23)),
    F("khoảng 8,5 triệu", "8,5", 8500000, "money", "đồng/tháng", "thu nhập bình quân của tài xế tham gia khảo sát",
      approx="about"),
    F("từ 1,5 đến 2 triệu", "1,5", 1500000, "money", "đồng/tháng", "mức thu nhập làm căn cứ đóng được lựa chọn phổ biến",
      value_max=2000000),
]
ROWS = [("Cầu Giấy", ["412", "687", "800"]), ("Đống Đa", ["365", "598", "700"]),
        ("Hoàng Mai", ["290", "471", "600"]), ("Hà Đông", ["218", "356", "450"])]
COLS = [("năm 2022", Y22, "actual"), ("năm 2023", Y23, "actual"), ("kế hoạch 2024", KH, "target")]
for district, cells in ROWS:
    for num, (ctext, per, status) in zip(cells, COLS):
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(f"\n{num}\n", num, int(num), "count", "người",
                      f"Số tài xế công nghệ tham gia BHXH tự nguyện {ctext}", per, location=district, **kw))
FIGS += [
    F("tại 12 quận", "12", 12, "count", "quận", "quận nội thành có tài xế công nghệ tham gia BHXH tự nguyện", I(Y23)),
    F("đó 4 quận", "4", 4, "count", "quận", "quận có trên 350 tài xế công nghệ tham gia BHXH tự nguyện", I(Y23),
      total=12),
    F("trên 350 người", "350", 350, "count", "người", approx="over", optional=True),
    F("tổ chức 24 hội nghị", "24", 24, "count", "hội nghị", "hội nghị đối thoại tại các quận, huyện", Y24,
      status="forecast"),
    F("ít nhất 01 điểm", "01", 1, "count", "điểm tư vấn", "điểm tư vấn lưu động cho tài xế công nghệ mỗi quận", Y24,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Sở LĐ-TB&XH Hà Nội (department site): tài xế công nghệ tham gia BHXH tự nguyện năm 2023, by district; no dateline (no published).",
    "One-cell-per-line table (Quận | Năm 2022 | Năm 2023 | Kế hoạch 2024), \"Đơn vị tính: người\": every cell a figure, district → location,",
    "period from the column header, Kế hoạch column → target. No total for the district cells (no cue; the rows are \"một số quận\").",
    "The bracketed breakdown (gồm 2.486 + 729 = 3.215) gets total 3215; \"chiếm 2,1%\" after the bracket is the share of 3.215.",
    "\"Con số này gấp 1,6 lần năm 2022\" stands alone as the claim: a multiple. Tầng 3, số 75 Nguyễn Chí Thanh, phone, the visit counter are not figures.",
    "\"dự kiến\" (forecast) governs the hội nghị clause; \"phấn đấu\" starts a clause of its own (target).",
]

if __name__ == "__main__":
    emit("p784-7", TEXT, COMMENTS, FIGS, location="Hà Nội")
