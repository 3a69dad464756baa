"""p551-4: Bộ LĐ-TB&XH ministry site — tình hình tai nạn lao động năm 2023 toàn quốc."""
from lib import F, P, I, CH, TG, emit

TEXT = """BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI
Trang chủ | Tin tức | An toàn, vệ sinh lao động
Ngày đăng: 28/02/2024 | Lượt xem: 3.472

Năm 2023, cả nước có 703 người chết vì tai nạn lao động

Ngày 27/2/2024, Bộ Lao động – Thương binh và Xã hội ban hành Thông báo số 1056/TB-LĐTBXH về tình hình tai nạn lao động năm 2023. Theo báo cáo của 63/63 tỉnh, thành phố trực thuộc Trung ương, năm 2023 trên toàn quốc đã xảy ra 7.412 vụ tai nạn lao động (TNLĐ) làm 7.569 người bị nạn, trong đó số người chết là 703 người.

1. Khu vực có quan hệ lao động: xảy ra 6.218 vụ TNLĐ làm 6.341 người bị nạn, giảm 1,9% số vụ so với năm 2022. Số vụ TNLĐ chết người là 528 vụ, làm 557 người chết, tăng 27 người (5,1%) so với năm 2022. Tổng chi phí tiền thuốc, mai táng, tiền bồi thường cho gia đình người chết và những người bị thương là 1.254,6 tỷ đồng; tổng số ngày nghỉ do TNLĐ là 115.230 ngày.

Các địa phương có số người chết vì TNLĐ nhiều nhất là: TP. Hồ Chí Minh (61 người), Bình Dương (38 người), Đồng Nai (29 người), Quảng Ninh (24 người) và Hà Nội (21 người). Lĩnh vực xây dựng chiếm 21,6% tổng số vụ TNLĐ chết người và 22,3% tổng số người chết; khai thác mỏ, khoáng sản chiếm 10,4% số vụ.

2. Khu vực người lao động làm việc không theo hợp đồng lao động: xảy ra 1.194 vụ TNLĐ làm 1.228 người bị nạn, trong đó 146 người chết.

Năm 2024, Bộ đặt mục tiêu giảm tần suất TNLĐ chết người trong khu vực có quan hệ lao động bình quân 4%/năm. Tháng hành động về an toàn, vệ sinh lao động lần thứ 8 sẽ được phát động từ ngày 1/5/2024.

Mọi ý kiến xin gửi về Cục An toàn lao động, số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội; điện thoại 024.3826.9534.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = I(Y23)
KV1 = "khu vực có quan hệ lao động"
KV2 = "khu vực người lao động làm việc không theo hợp đồng lao động"

FIGS = [
    F("có 703 người", "703", 703, "count", "người", "người chết vì tai nạn lao động",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("63/63", "63", 63, "count", "tỉnh, thành phố", "tỉnh, thành phố trực thuộc Trung ương báo cáo", Y23i, total=63),
    F("ra 7.412 vụ", "7.412", 7412, "count", "vụ", "vụ tai nạn lao động", Y23),
    F("làm 7.569 người", "7.569", 7569, "count", "người", "người bị nạn", Y23),
    F("là 703 người", "703", 703, "count", "người", "người chết", Y23, total=7569),
    F("ra 6.218 vụ", "6.218", 6218, "count", "vụ", f"vụ TNLĐ {KV1}", Y23i,
      change=CH("decrease", 1.9, "%", "năm 2022")),
    F("làm 6.341 người", "6.341", 6341, "count", "người", f"người bị nạn {KV1}", Y23i),
    F("là 528 vụ", "528", 528, "count", "vụ", "vụ TNLĐ chết người", Y23i),
    F("làm 557 người", "557", 557, "count", "người", "người chết", Y23i,
      change=CH("increase", 27, "người", "năm 2022")),
    F("(5,1%)", "5,1", 5.1, "percent", "%", "người chết tăng so với năm 2022", Y23i, optional=True),
    F("là 1.254,6 tỷ đồng", "1.254,6", 1254.6e9, "money", "đồng",
      "tổng chi phí tiền thuốc, mai táng, tiền bồi thường cho gia đình người chết và những người bị thương", Y23i),
    F("là 115.230 ngày", "115.230", 115230, "measure", "ngày", "tổng số ngày nghỉ do TNLĐ", Y23i),
    F("(61 người)", "61", 61, "count", "người", "người chết vì TNLĐ", Y23i, location="Hồ Chí Minh"),
    F("(38 người)", "38", 38, "count", "người", "người chết vì TNLĐ", Y23i, location="Bình Dương"),
    F("(29 người)", "29", 29, "count", "người", "người chết vì TNLĐ", Y23i, location="Đồng Nai"),
    F("(24 người)", "24", 24, "count", "người", "người chết vì TNLĐ", Y23i, location="Quảng Ninh"),
    F("(21 người)", "21", 21, "count", "người", "người chết vì TNLĐ", Y23i, location="Hà Nội"),
    F("chiếm 21,6%", "21,6", 21.6, "percent", "%", "lĩnh vực xây dựng trong tổng số vụ TNLĐ chết người", Y23i),
    F("và 22,3%", "22,3", 22.3, "percent", "%", "lĩnh vực xây dựng trong tổng số người chết", Y23i),
    F("chiếm 10,4%", "10,4", 10.4, "percent", "%", "khai thác mỏ, khoáng sản trong số vụ TNLĐ chết người", Y23i),
    F("ra 1.194 vụ", "1.194", 1194, "count", "vụ", f"vụ TNLĐ {KV2}", Y23i),
    F("làm 1.228 người", "1.228", 1228, "count", "người", f"người bị nạn {KV2}", Y23i),
    F("trong đó 146 người", "146", 146, "count", "người", f"người chết {KV2}", Y23i, total=1228),
    F("bình quân 4%", "4", 4, "percent", "%", "giảm tần suất TNLĐ chết người trong khu vực có quan hệ lao động",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Bộ LĐ-TB&XH): thông báo tình hình tai nạn lao động năm 2023, toàn quốc and both sectors; provinces; lĩnh vực.",
    "`Ngày đăng: 28/02/2024 | Lượt xem: 3.472`. Location Việt Nam; provinces in the bracketed list are the items' locations.",
    "`63/63` -> 63 of 63. `trong đó số người chết là 703` -> part of 7.569 người. `giảm 1,9% số vụ` is the change of 6.218 vụ",
    "(it names số vụ) across the người clause. `tăng 27 người (5,1%)`: 27 người is the change, 5,1% the second change (optional).",
    "Sections `1. Khu vực …:` / `2. Khu vực …:` are not given the 7.412 / 7.569 national totals: the colon follows a section label,",
    "not the whole (which stands a paragraph earlier) - annotation choice. `bình quân 4%/năm` target: unit `%`.",
    "Distractors: Thông báo số 1056/TB-LĐTBXH, Ngày 27/2/2024, lần thứ 8, từ ngày 1/5/2024, số 12 Ngô Quyền, 024.3826.9534, Lượt xem.",
    'revised after first scoring: subjects of 528 vụ, 557 người, 5,1% no longer carry the section label of the previous sentence (FIGURES.md `as the sentence names it`, shared h14).',
]

if __name__ == "__main__":
    emit("p551-4", TEXT, COMMENTS, FIGS, published="2024-02-28", location="Việt Nam")
