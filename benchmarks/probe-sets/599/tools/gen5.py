"""p599-5: Báo Nghệ An (Party newspaper): black-credit cases 2023, pawnshop licensing and inspection, women's savings groups."""
from lib import F, P, I, CH, emit

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Pháp luật

Siết chặt quản lý cơ sở cầm đồ, đẩy lùi "tín dụng đen"

(Baonghean) - Năm 2023, Công an tỉnh đã phát hiện 52 vụ liên quan đến hoạt động "tín dụng đen", giảm 8,8% so với năm 2022; khởi tố 31 vụ/58 bị can, thu giữ gần 3,7 tỷ đồng.

Theo thống kê, toàn tỉnh có 1.146 cơ sở kinh doanh dịch vụ cầm đồ, trong đó 1.082 cơ sở đã được cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự, chiếm 94,4%; bình quân 3,2 cơ sở/1 vạn dân. Các cơ sở tập trung ở TP. Vinh (312 cơ sở), huyện Diễn Châu (81 cơ sở), thị xã Cửa Lò (74 cơ sở). Trong năm, lực lượng chức năng kiểm tra 736 lượt cơ sở, phát hiện 61 cơ sở vi phạm, xử phạt 318,5 triệu đồng, tăng 24,6% so với năm 2022.

Thủ đoạn phổ biến là cho vay "góp ngày" với mức lãi từ 3.000 đến 5.000 đồng/1 triệu đồng/ngày, tương ứng lãi suất từ 109,5% đến 182,5%/năm. Nhiều người vay ở xã Nghi Phong, huyện Nghi Lộc phải bán nhà, đất để trả nợ.

Để giúp người dân tiếp cận vốn chính thống, Hội Liên hiệp Phụ nữ tỉnh đang quản lý 3.418 tổ tiết kiệm và vay vốn với 96.500 thành viên, dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 4.870 tỷ đồng, chiếm 37,2% tổng dư nợ chính sách toàn tỉnh. Nghệ An hiện có 84 quỹ tín dụng nhân dân, đứng thứ 2 cả nước sau Thái Bình.

Đại tá Nguyễn Đức Hải, Phó Giám đốc Công an tỉnh cho biết, năm 2024, đơn vị phấn đấu kiểm tra 100% cơ sở cầm đồ, tỷ lệ khám phá các vụ án liên quan "tín dụng đen" đạt từ 90% trở lên. Người dân có thể phản ánh qua đường dây nóng 069.2968.113.

Thanh Sơn
22/02/2024
"""

P23 = P("Năm 2023", "2023-01-01", "2023-12-31")
PN = P("Trong năm", "2023-01-01", "2023-12-31")
P24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("phát hiện 52 vụ", "52", 52, "count", "vụ",
      "vụ liên quan đến hoạt động tín dụng đen phát hiện", P23,
      change=CH("decrease", 8.8, "%", "năm 2022")),
    F("khởi tố 31 vụ", "31", 31, "count", "vụ",
      "vụ khởi tố", P23),
    F("58 bị can", "58", 58, "count", "bị can",
      "bị can khởi tố", P23),
    F("gần 3,7 tỷ đồng", "3,7", 3.7e9, "money", "đồng",
      "tiền thu giữ", P23, approx="nearly"),
    F("có 1.146 cơ sở", "1.146", 1146, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ"),
    F("1.082 cơ sở", "1.082", 1082, "count", "cơ sở",
      "cơ sở được cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự", total=1146, percent=94.4),
    F("3,2 cơ sở/1 vạn dân", "3,2", 3.2, "measure", "cơ sở/1 vạn dân",
      "cơ sở kinh doanh dịch vụ cầm đồ bình quân"),
    F("(312 cơ sở)", "312", 312, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ", location="Vinh"),
    F("(81 cơ sở)", "81", 81, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ", location="Diễn Châu"),
    F("(74 cơ sở)", "74", 74, "count", "cơ sở",
      "cơ sở kinh doanh dịch vụ cầm đồ", location="Cửa Lò"),
    F("kiểm tra 736 lượt", "736", 736, "count", "lượt cơ sở",
      "lượt cơ sở được kiểm tra", PN),
    F("phát hiện 61 cơ sở", "61", 61, "count", "cơ sở",
      "cơ sở vi phạm", PN),
    F("xử phạt 318,5 triệu đồng", "318,5", 318.5e6, "money", "đồng",
      "tiền xử phạt", PN, change=CH("increase", 24.6, "%", "năm 2022")),
    F("từ 3.000 đến 5.000", "3.000", 3000, "money", "đồng/1 triệu đồng/ngày",
      "mức lãi cho vay góp ngày", value_max=5000),
    F("từ 109,5% đến 182,5%", "109,5", 109.5, "percent", "%",
      "lãi suất cho vay góp ngày", value_max=182.5),
    F("quản lý 3.418 tổ", "3.418", 3418, "count", "tổ tiết kiệm và vay vốn",
      "tổ tiết kiệm và vay vốn do Hội Liên hiệp Phụ nữ tỉnh quản lý"),
    F("96.500 thành viên", "96.500", 96500, "count", "thành viên",
      "thành viên tổ tiết kiệm và vay vốn"),
    F("đạt 4.870 tỷ đồng", "4.870", 4870e9, "money", "đồng",
      "dư nợ ủy thác qua Ngân hàng Chính sách xã hội", percent=37.2),
    F("có 84 quỹ", "84", 84, "count", "quỹ tín dụng nhân dân",
      "quỹ tín dụng nhân dân"),
    F("đứng thứ 2", "2", 2, "rank", "hạng",
      "số quỹ tín dụng nhân dân"),
    F("kiểm tra 100%", "100", 100, "percent", "%",
      "cơ sở cầm đồ được kiểm tra", P24, status="target"),
    F("từ 90% trở lên", "90", 90, "percent", "%",
      "tỷ lệ khám phá các vụ án liên quan tín dụng đen", P24, approx="at_least", status="target"),
]

COMMENTS = [
    "Báo Nghệ An (Party newspaper; tag '(Baonghean)', byline and bare date '22/02/2024' at the end): tín dụng đen 2023, cơ sở cầm đồ, tổ TK&VV.",
    "Location Nghệ An (the paper's province, named in the text); district list TP. Vinh / Diễn Châu / Cửa Lò -> each its own location.",
    "'31 vụ/58 bị can' is cases with defendants, not part/whole: no total. '1.082 cơ sở' after 'trong đó' is part of 1.146, 'chiếm 94,4%' its share.",
    "'Trong năm' = năm 2023 (scored). '3.000 đến 5.000 đồng/1 triệu đồng/ngày' money rate range; 'tương ứng ... 109,5% đến 182,5%/năm' its own percent range.",
    "'đứng thứ 2 cả nước' is Nghệ An's rank (location Nghệ An). 'từ 90% trở lên' -> at_least. Not figures: 'Đại tá', phone 069.2968.113, date, 'xã Nghi Phong'.",
    "revised after first scoring: 736 lượt no longer imports 'cầm đồ' from another sentence (list items keep the indicator stated before the list, as FIGURES.md allows).",
]

if __name__ == "__main__":
    emit("p599-5", TEXT, COMMENTS, FIGS, published="2024-02-22", location="Nghệ An")
