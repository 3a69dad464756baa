"""p766-5: Báo Bình Định (Party newspaper) — Thư viện tỉnh phục vụ bạn đọc khiếm thị, sách chữ nổi."""
from lib import F, P, INH, CH, emit

TEXT = """BÁO BÌNH ĐỊNH
Xã hội

Thư viện tỉnh: Hơn 3.200 cuốn sách chữ nổi phục vụ bạn đọc khiếm thị

(BĐ) - Phòng đọc dành cho người khiếm thị của Thư viện tỉnh Bình Định (số 02 Tăng Bạt Hổ, TP Quy Nhơn) hiện lưu giữ 3.240 cuốn sách chữ nổi và 1.856 tài liệu sách nói, là địa chỉ quen thuộc của hội viên Hội Người mù tỉnh.

Theo bà Trần Thị Hạnh, Phó Giám đốc Thư viện tỉnh, năm 2023 phòng đọc phục vụ 4.615 lượt bạn đọc khiếm thị, tăng 18,6% so với năm 2022; luân chuyển 1.920 lượt sách chữ nổi đến 9 chi hội người mù cơ sở. Riêng 6 tháng đầu năm 2024, thư viện đã phục vụ gần 2.700 lượt bạn đọc khiếm thị, bằng 58,5% kế hoạch năm.

Từ năm 2021 đến nay, thư viện đã bổ sung 615 cuốn sách chữ nổi mới với tổng kinh phí khoảng 420 triệu đồng, trong đó ngân sách tỉnh 252 triệu đồng, chiếm 60%, còn lại do các nhà hảo tâm đóng góp. Mỗi cuốn sách chữ nổi dày gấp 3-4 lần sách in thông thường, giá thành từ 500.000 đến 700.000 đồng/cuốn.

Hội Người mù tỉnh hiện có 2.150 hội viên ở 11 huyện, thị xã, thành phố. Các địa phương có nhiều hội viên thường xuyên mượn sách là Quy Nhơn (312 người), Hoài Nhơn (185 người), Phù Cát (146 người).

Thời gian tới, thư viện dự kiến số hóa thêm 500 đầu sách nói. Đến năm 2025, thư viện phấn đấu nâng tỷ lệ sách nói trong kho tài liệu dành cho người khiếm thị lên 45%.

NGỌC NHUẬN
20/07/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = P("Từ năm 2021 đến nay", "2021-01-01", "2024-07-20")
TO25 = P("Đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hơn 3.200 cuốn", "3.200", 3200, "count", "cuốn sách chữ nổi", "sách chữ nổi phục vụ bạn đọc khiếm thị", approx="over"),
    F("giữ 3.240 cuốn", "3.240", 3240, "count", "cuốn sách chữ nổi", "sách chữ nổi phòng đọc dành cho người khiếm thị lưu giữ"),
    F("1.856 tài liệu sách nói", "1.856", 1856, "count", "tài liệu sách nói", "tài liệu sách nói phòng đọc lưu giữ"),
    F("phục vụ 4.615 lượt", "4.615", 4615, "count", "lượt bạn đọc", "lượt bạn đọc khiếm thị phòng đọc phục vụ", Y23,
      change=CH("increase", 18.6, "%", "năm 2022")),
    F("luân chuyển 1.920 lượt", "1.920", 1920, "count", "lượt sách chữ nổi", "lượt sách chữ nổi luân chuyển đến chi hội", Y23),
    F("đến 9 chi hội", "9", 9, "count", "chi hội", "chi hội người mù cơ sở được luân chuyển sách", Y23),
    F("gần 2.700 lượt", "2.700", 2700, "count", "lượt bạn đọc", "lượt bạn đọc khiếm thị thư viện phục vụ", H1,
      approx="nearly", percent=58.5),
    F("bổ sung 615 cuốn", "615", 615, "count", "cuốn sách chữ nổi", "sách chữ nổi mới bổ sung", SINCE),
    F("khoảng 420 triệu đồng", "420", 420000000, "money", "đồng", "tổng kinh phí bổ sung sách chữ nổi", SINCE, approx="about"),
    F("tỉnh 252 triệu đồng", "252", 252000000, "money", "đồng", "ngân sách tỉnh", SINCE, total=420000000, percent=60),
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", "độ dày sách chữ nổi so với sách in thông thường", value_max=4),
    F("từ 500.000 đến 700.000 đồng/cuốn", "500.000", 500000, "money", "đồng/cuốn", "giá thành sách chữ nổi",
      value_max=700000),
    F("có 2.150 hội viên", "2.150", 2150, "count", "hội viên", "hội viên Hội Người mù tỉnh"),
    F("ở 11 huyện", "11", 11, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố có hội viên"),
    F("Quy Nhơn (312 người)", "312", 312, "count", "người", "hội viên thường xuyên mượn sách", location="Quy Nhơn"),
    F("Hoài Nhơn (185 người)", "185", 185, "count", "người", "hội viên thường xuyên mượn sách", location="Hoài Nhơn"),
    F("Phù Cát (146 người)", "146", 146, "count", "người", "hội viên thường xuyên mượn sách", location="Phù Cát"),
    F("thêm 500 đầu sách nói", "500", 500, "count", "đầu sách nói", "đầu sách nói số hóa", status="forecast"),
    F("lên 45%", "45", 45, "percent", "%", "tỷ lệ sách nói trong kho tài liệu dành cho người khiếm thị", TO25, status="target"),
]

COMMENTS = [
    "Báo Bình Định (invented Party newspaper): '(BĐ) -' lead tag, byline NGỌC NHUẬN and bare date '20/07/2024' at the end.",
    "Distractors: 'số 02 Tăng Bạt Hổ', TP Quy Nhơn address, '(BĐ)'. 'Từ năm 2021 đến nay' ends at the dateline.",
    "'trong đó ngân sách tỉnh 252 triệu đồng, chiếm 60%': part of the ~420 triệu whole (total) with its share (percent).",
    "'dày gấp 3-4 lần sách in' standing alone is a multiple range. Bracketed districts are list items (location), no cue so no total.",
    "'dự kiến số hóa 500' → forecast; next sentence 'Đến năm 2025, ... phấn đấu ... 45%' → target.",
]

if __name__ == "__main__":
    emit("p766-5", TEXT, COMMENTS, FIGS, published="2024-07-20", location="Bình Định")
