"""p1015-8: Báo Bắc Giang online (BGĐT), gold shops fined, from the start of 2024 to mid-November."""
from lib import F, P, I, C, T, write_set

TEXT = """Báo Bắc Giang điện tử > Kinh tế > Thị trường

14 cơ sở kinh doanh vàng bị xử phạt hơn 180 triệu đồng

18/11/2024 07:30

(BGĐT) - Từ đầu năm đến nay, Cục Quản lý thị trường tỉnh đã kiểm tra 48 cơ sở kinh doanh vàng, bạc, đạt 80% kế hoạch năm, phát hiện và xử phạt 14 cơ sở vi phạm với tổng số tiền 183,5 triệu đồng, tăng 26,5% so với cùng kỳ năm 2023. Trong đó, 6 cơ sở không niêm yết giá bán, 5 cơ sở không xuất hóa đơn cho khách hàng và 3 cơ sở kinh doanh hàng hóa không rõ nguồn gốc. Đây là đợt kiểm tra chuyên đề lần thứ 3 trong năm của Cục.

Các địa bàn có nhiều cơ sở vi phạm là TP. Bắc Giang, huyện Lục Ngạn và thị xã Việt Yên với lần lượt 5, 4 và 3 cơ sở. Tại Lục Ngạn, các cửa hàng chủ yếu nằm dọc Quốc lộ 31, phục vụ người dân mua vàng sau vụ vải thiều.

Toàn tỉnh hiện có 196 cơ sở kinh doanh vàng, bạc, đá quý, tăng gần gấp đôi so với năm 2019. Giá vàng nhẫn tròn trơn 9999 tại các cửa hàng ở TP. Bắc Giang ngày 17/11 ở mức 82,3 triệu đồng/lượng (bán ra), giảm khoảng 6 triệu đồng/lượng so với mức đỉnh cuối tháng 10.

Từ nay đến cuối năm, Cục phấn đấu kiểm tra thêm 20 cơ sở; dự kiến phối hợp với Thuế tỉnh rà soát khoảng 70 cơ sở chưa sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Người dân có thể phản ánh hành vi gian lận qua đường dây nóng 0204.3854.192.

Minh Thu
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-18")
REST = P("Từ nay đến cuối năm", "2024-11-18", "2024-12-31")
FIG = [
    F("14 cơ sở kinh doanh vàng bị", "14", 14, "count", "cơ sở", "cơ sở kinh doanh vàng bị xử phạt"),
    F("hơn 180 triệu đồng", "180", 180_000_000, "money", "đồng", "tiền xử phạt", approx="over"),
    F("kiểm tra 48 cơ sở", "48", 48, "count", "cơ sở", "cơ sở kinh doanh vàng, bạc được kiểm tra", YTD, percent=80),
    F("xử phạt 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở vi phạm bị xử phạt", YTD),
    F("số tiền 183,5 triệu", "183,5", 183_500_000, "money", "đồng", "tổng số tiền xử phạt", YTD,
      change=C("increase", 26.5, "%", "cùng kỳ năm 2023")),
    F("Trong đó, 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở không niêm yết giá bán", I(YTD), total=14),
    F(", 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở không xuất hóa đơn cho khách hàng", I(YTD), total=14),
    F("và 3 cơ sở kinh doanh", "3", 3, "count", "cơ sở", "cơ sở kinh doanh hàng hóa không rõ nguồn gốc", I(YTD),
      total=14),
    F("lần lượt 5,", "5", 5, "count", "cơ sở", "cơ sở vi phạm", I(YTD), location="Bắc Giang"),
    F("5, 4 và", "4", 4, "count", "cơ sở", "cơ sở vi phạm", I(YTD), location="Lục Ngạn"),
    F("4 và 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở vi phạm", I(YTD), location="Việt Yên"),
    F("có 196 cơ sở", "196", 196, "count", "cơ sở", "cơ sở kinh doanh vàng, bạc, đá quý",
      change=C("increase", 2, "lần", "năm 2019", "nearly")),
    F("mức 82,3 triệu", "82,3", 82_300_000, "money", "đồng/lượng", "giá vàng nhẫn tròn trơn 9999 bán ra",
      P("ngày 17/11", "2024-11-17", "2024-11-17"), location="Bắc Giang",
      change=C("decrease", 6_000_000, "đồng/lượng", "mức đỉnh cuối tháng 10", "about")),
    F("thêm 20 cơ sở", "20", 20, "count", "cơ sở", "cơ sở kiểm tra thêm", REST, status="target"),
    F("khoảng 70 cơ sở", "70", 70, "count", "cơ sở", "cơ sở chưa sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
      REST, approx="about", status="forecast"),
]

NOTES = [
    "Báo Bắc Giang điện tử (BGĐT): kiểm tra, xử phạt cơ sở kinh doanh vàng từ đầu năm 2024 đến 18/11/2024.",
    "Headline 14 cơ sở and 'hơn 180 triệu đồng' (rounded 183,5 triệu) are figures without period.",
    "'Trong đó, 6 ..., 5 ... và 3 cơ sở' follows the money figure but counts cơ sở vi phạm: the whole is 14 (6 + 5 + 3 = 14).",
    "'lần lượt 5, 4 và 3 cơ sở' -> each a figure of 'cơ sở vi phạm' located in TP. Bắc Giang, Lục Ngạn, Việt Yên; no total (12 < 14).",
    "'tăng gần gấp đôi so với năm 2019' is the change of 196 (2 lần, nearly). 'Từ nay đến cuối năm' runs from the dateline.",
    "'phấn đấu' -> target; '; dự kiến' starts its own clause -> forecast.",
    "Not figures: 'lần thứ 3' (ordinal), 'vàng nhẫn 9999', 'Quốc lộ 31', phone 0204.3854.192, dateline 18/11/2024 07:30, dates 17/11, 'cuối tháng 10'.",
]

write_set("p1015-8", TEXT, FIG, NOTES, published="2024-11-18", location="Bắc Giang")
