"""p551-1: Đồng Nai province portal — tai nạn lao động năm 2023, thiệt hại, địa phương, lĩnh vực, thanh tra, mục tiêu 2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng Thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > Lao động - Xã hội

Năm 2023, Đồng Nai xảy ra 246 vụ tai nạn lao động

Cập nhật: 16/01/2024 09:20

Theo báo cáo của Sở Lao động – Thương binh và Xã hội, năm 2023 trên địa bàn tỉnh Đồng Nai xảy ra 246 vụ tai nạn lao động, làm 253 người bị nạn, giảm 18 vụ so với năm 2022. Trong đó có 29 vụ tai nạn lao động chết người, làm 31 người chết; 64 người bị thương nặng.

Tổng thiệt hại vật chất do tai nạn lao động (chi phí y tế, trả lương trong thời gian điều trị, bồi thường, trợ cấp) khoảng 14,6 tỷ đồng; tổng số ngày nghỉ của người bị nạn là 5.120 ngày.

Các địa phương xảy ra nhiều vụ tai nạn lao động chết người là TP. Biên Hòa (8 vụ), huyện Trảng Bom (5 vụ), huyện Nhơn Trạch (4 vụ) và huyện Long Thành (3 vụ). Tai nạn xảy ra chủ yếu trong lĩnh vực xây dựng, chiếm 34,2% tổng số vụ; cơ khí, luyện kim chiếm 21,5%; chế biến gỗ chiếm 12,8%.

Tần suất tai nạn lao động chết người năm 2023 là 2,6 người/100.000 lao động (năm 2022 là 3,1).

Trong năm, Thanh tra Sở đã thanh tra, kiểm tra 112 doanh nghiệp, đạt 101,8% kế hoạch; ban hành quyết định xử phạt vi phạm hành chính theo Nghị định số 12/2022/NĐ-CP đối với 27 doanh nghiệp với tổng số tiền hơn 1,9 tỷ đồng.

Năm 2024, tỉnh phấn đấu giảm ít nhất 4% tần suất tai nạn lao động chết người; 100% doanh nghiệp có nguy cơ cao về tai nạn lao động được kiểm tra.

Mọi thông tin về tai nạn lao động xin liên hệ Thanh tra Sở, số 2 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa; đường dây nóng 0251.3822.315.

Lượt xem: 1.284
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")

FIGS = [
    F("Năm 2023, Đồng Nai xảy ra 246", "246", 246, "count", "vụ", "vụ tai nạn lao động",
      P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("tỉnh Đồng Nai xảy ra 246 vụ", "246", 246, "count", "vụ", "vụ tai nạn lao động", Y23,
      change=CH("decrease", 18, "vụ", "năm 2022")),
    F("làm 253 người bị nạn", "253", 253, "count", "người", "người bị nạn", Y23),
    F("có 29 vụ tai nạn", "29", 29, "count", "vụ", "vụ tai nạn lao động chết người", I(Y23), total=246),
    F("làm 31 người chết", "31", 31, "count", "người", "người chết", I(Y23), total=253),
    F("64 người bị thương nặng", "64", 64, "count", "người", "người bị thương nặng", I(Y23), total=253),
    F("khoảng 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", "tổng thiệt hại vật chất do tai nạn lao động", I(Y23),
      approx="about"),
    F("là 5.120 ngày", "5.120", 5120, "measure", "ngày", "tổng số ngày nghỉ của người bị nạn", I(Y23)),
    F("Biên Hòa (8 vụ)", "8", 8, "count", "vụ", "vụ tai nạn lao động chết người", I(Y23), location="Biên Hòa"),
    F("Trảng Bom (5 vụ)", "5", 5, "count", "vụ", "vụ tai nạn lao động chết người", I(Y23), location="Trảng Bom"),
    F("Nhơn Trạch (4 vụ)", "4", 4, "count", "vụ", "vụ tai nạn lao động chết người", I(Y23), location="Nhơn Trạch"),
    F("Long Thành (3 vụ)", "3", 3, "count", "vụ", "vụ tai nạn lao động chết người", I(Y23), location="Long Thành"),
    F("chiếm 34,2%", "34,2", 34.2, "percent", "%", "vụ tai nạn lao động trong lĩnh vực xây dựng", I(Y23)),
    F("chiếm 21,5%", "21,5", 21.5, "percent", "%", "vụ tai nạn lao động trong lĩnh vực cơ khí, luyện kim", I(Y23)),
    F("chiếm 12,8%", "12,8", 12.8, "percent", "%", "vụ tai nạn lao động trong lĩnh vực chế biến gỗ", I(Y23)),
    F("là 2,6 người", "2,6", 2.6, "measure", "người/100.000 lao động", "tần suất tai nạn lao động chết người", Y23),
    F("là 3,1)", "3,1", 3.1, "measure", "người/100.000 lao động", "tần suất tai nạn lao động chết người", Y22),
    F("kiểm tra 112 doanh nghiệp", "112", 112, "count", "doanh nghiệp", "doanh nghiệp được thanh tra, kiểm tra", TN,
      percent=101.8),
    F("đối với 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp bị xử phạt vi phạm hành chính", TN),
    F("hơn 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "tổng số tiền xử phạt vi phạm hành chính", TN, approx="over"),
    F("ít nhất 4%", "4", 4, "percent", "%", "giảm tần suất tai nạn lao động chết người", Y24,
      approx="at_least", status="target"),
    F("100% doanh nghiệp", "100", 100, "percent", "%", "doanh nghiệp có nguy cơ cao về tai nạn lao động được kiểm tra",
      Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Đồng Nai: tai nạn lao động năm 2023 (vụ, người bị nạn, chết, bị thương nặng), thiệt hại, địa phương, lĩnh vực,",
    "tần suất, thanh tra - xử phạt, mục tiêu 2024. Breadcrumb, `Cập nhật:` line, `Lượt xem:` counter (furniture).",
    "`giảm 18 vụ` is the change of the 246 vụ (unit vụ) across the 253 người clause; `Trong đó` parts: vụ chết người -> 246 vụ,",
    "người chết / bị thương nặng -> 253 người bị nạn (same thing counted). District brackets (8+5+4+3 != 29, no cue): no total.",
    "`(năm 2022 là 3,1)` is a figure of its own (own verb), unit implied from the rate before it. `Trong năm` = 2023 (nearest year).",
    "Distractors: Nghị định số 12/2022/NĐ-CP, số 2 Nguyễn Văn Trị, 0251.3822.315, Lượt xem: 1.284, the dateline.",
]

if __name__ == "__main__":
    emit("p551-1", TEXT, COMMENTS, FIGS, published="2024-01-16", location="Đồng Nai")
